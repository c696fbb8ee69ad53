"""File names as a library stores them: losslessly, though a name may not be UTF-8.

On Linux a file name is bytes; Python shows the bytes that are not UTF-8 as lone surrogates,
which neither SQLite nor PostgreSQL text can hold. A path that is valid UTF-8 is stored as it
is (every library made before keeps its keys); any other is stored as ``bytes:`` followed by
its bytes with backslashes doubled and each byte that is not UTF-8 as ``\\xHH`` — readable,
unique (an absolute path never starts with ``bytes:``) and turned back into the exact name.
People see such a name with U+FFFD where the bytes were (:func:`shown`).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

PREFIX = "bytes:"
_ESCAPE = re.compile(rb"\\\\|\\x([0-9a-f]{2})")


def stored(path: Path | str) -> str:
    """The text a library keeps for ``path`` (see the module's docstring)."""
    text = str(path)
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        raw = os.fsencode(text).replace(b"\\", b"\\\\")
        return PREFIX + raw.decode("utf-8", "backslashreplace")


def real(text: str) -> Path:
    """The path :func:`stored` was given, byte for byte."""
    if not text.startswith(PREFIX):
        return Path(text)
    raw = text[len(PREFIX) :].encode("utf-8")
    data = _ESCAPE.sub(lambda m: b"\\" if m.group(1) is None else bytes([int(m.group(1), 16)]), raw)
    return Path(os.fsdecode(data))


def shown(text: str) -> str:
    """A stored path (or any text holding a file name) as people see it: bytes that are not UTF-8
    as U+FFFD."""
    if text.startswith(PREFIX):
        text = str(real(text))
    try:
        return os.fsencode(text).decode("utf-8", "replace") if _has_surrogates(text) else text
    except UnicodeEncodeError:  # a surrogate that no file name made: replace it as it is
        return re.sub("[\ud800-\udfff]", "\ufffd", text)


def _has_surrogates(text: str) -> bool:
    return any("\ud800" <= c <= "\udfff" for c in text)
