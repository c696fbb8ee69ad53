"""What the library window borrows from the shell, in one place (features meet through the shell)."""
from __future__ import annotations

from ..shell import settings as keys  # noqa: F401  (re-exported)
from ..shell import tasks  # noqa: F401
from ..shell.filtering import filter_change  # noqa: F401
from ..shell.messages import load_error_text  # noqa: F401
from ..shell.settings import Settings  # noqa: F401
