"""What the library window borrows from the rest of the interface, in one place.

The interface is being split into feature packages; should these modules move,
this is the only file of the library window to follow them.
"""
from __future__ import annotations

from .. import settings as keys  # noqa: F401  (re-exported)
from .. import tasks  # noqa: F401
from ..filtering import filter_change  # noqa: F401
from ..messages import load_error_text  # noqa: F401
from ..settings import Settings  # noqa: F401
