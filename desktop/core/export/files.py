"""Writing an export to a file: never over an existing file unless asked, never half-written."""

from __future__ import annotations

import io
import os
import secrets
from collections.abc import Iterable
from pathlib import Path

from ..facts.model import Fact
from .formats import FORMATS, write


class ExportError(OSError):
    """An export could not be written; ``str(err)`` is a sentence for the user."""


class ExportExistsError(ExportError, FileExistsError):
    """The target file exists and the caller did not allow overwriting it."""


def write_export(path: Path | str, facts: Iterable[Fact], fmt: str, *, overwrite: bool = False, **kw) -> Path:
    """Write ``facts`` in ``fmt`` (see :func:`.formats.write`) to ``path`` as UTF-8 (``xlsx``: a workbook),
    streamed, and return the path.

    Refuses to replace an existing file unless ``overwrite=True``
    (:class:`ExportExistsError`; the UI asks the user, then calls again with
    ``overwrite=True``). The text goes to a temporary file beside ``path`` that
    then takes its place in one step, so a crash or a full disk never leaves a
    truncated export, and never destroys the file being replaced. Without
    ``overwrite`` the final step is a hard link, which fails if another program
    created ``path`` in the meantime. For ``html`` the file is a whole page
    unless ``document=False`` is passed. Other failures raise :class:`ExportError`.
    """
    path = Path(path)
    if fmt == "html":
        kw.setdefault("document", True)
    if fmt not in FORMATS and fmt != "xlsx":
        raise ValueError(f"unknown export format {fmt!r}")
    if not overwrite and os.path.lexists(path):
        raise ExportExistsError(f"{path} already exists; choose another name or confirm replacing it.")
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        # os.open with 0o666 lets the umask decide the mode, as for any file
        # the user saves (tempfile would leave it private to the user).
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        with os.fdopen(fd, "wb") as out:
            if fmt == "xlsx":
                from .workbook import write_workbook

                write_workbook(out, facts, **kw)
            else:
                # Written as it is produced: an export never exists whole in memory (issue 25).
                text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=False)
                write(text, facts, fmt, **kw)
                text.flush()
                text.detach()
            out.flush()
            os.fsync(out.fileno())
        if overwrite:
            os.replace(tmp, path)
        else:
            _link_new(tmp, path)
    except ExportError:
        raise
    except FileExistsError as err:
        raise ExportExistsError(f"{path} already exists; choose another name or confirm replacing it.") from err
    except OSError as err:
        raise ExportError(f"Could not write {path}: {err.strerror or err}") from err
    finally:
        if os.path.lexists(tmp):
            os.unlink(tmp)
    return path


def _link_new(tmp: Path, path: Path) -> None:
    """Move ``tmp`` to ``path`` only if ``path`` does not exist, atomically where the file system can."""
    try:
        os.link(tmp, path)  # fails with FileExistsError rather than replacing
    except FileExistsError:
        raise
    except OSError:
        # File systems without hard links (FAT, some network shares): the
        # check above is the best we can do there.
        if os.path.lexists(path):
            raise FileExistsError(path) from None
        os.replace(tmp, path)
