"""Reading one document file: the single-file rules, then its format's reader.

Only a regular file within :data:`MAX_FILE_BYTES` is a document: a FIFO would
block for ever and a device such as ``/dev/zero`` never ends. The library's
folder walker follows the same rules through :func:`check_document_file` and
:func:`read_document_bytes`.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from .decoding import decode_bytes_detailed
from .text import DecodedText, LoadError, normalise

#: Largest file the app opens: the size it is measured to serve (issue 14, item 7;
#: ``make bench`` size_limit). On two shared cores a 4 MB report shows in the
#: window in 1.7 s, where 6 MB took 2.2 s, 10 MB 3.5 s and the old 32 MB limit
#: 11 s. Its figures and dates follow at 3.6 s; labels and names from the LAC
#: model take about 12 s per MB more (52 s for 4 MB, with a Stop button). All
#: 72 State Council work reports together (1954-2025) are 3.3 MB.
MAX_FILE_BYTES = 4 * 1024 * 1024

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")


def kind_for(path: Path | None, text: str = "") -> str:
    suffix = path.suffix.lower() if path is not None else ""
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix == "" and re.match(r"\s*(<!doctype html|<html\b)", text[:512], re.I):
        return "html"
    return "text"


def read_file(path: Path) -> DecodedText:
    """Read and decode ``path``; raises :class:`LoadError` with a readable reason."""
    path = Path(path)
    if path.suffix.lower() in (".pdf", ".docx"):  # binary formats: their own readers, loaded lazily
        check_document_file(path)
        from .office_formats import read_office

        return read_office(path)
    data = read_document_bytes(path)
    decoded = decode_bytes_detailed(data, name=path.name)
    text = decoded.text
    return DecodedText(normalise(text), decoded.encoding, kind_for(path, text), decoded.replaced, decoded.legacy)


def check_document_file(path: Path) -> os.stat_result:
    """``path``'s status if it may be read as a document (a regular file, links followed, within
    the size limit); raises :class:`LoadError` saying why not. Never blocks, reads nothing."""
    fd = _open(Path(path))
    try:
        return _checked_status(Path(path), fd)
    finally:
        os.close(fd)


def read_document_bytes(path: Path) -> bytes:
    """The bytes of ``path`` under the rules of :func:`check_document_file`, read at most to the
    size limit (a file that grows past it while read is refused too)."""
    path = Path(path)
    fd = _open(path)
    try:
        _checked_status(path, fd)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=True) as fh:
            fd = -1
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as err:
        raise _unreadable(path, err) from None
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > MAX_FILE_BYTES:  # grew after fstat
        raise _too_large(path, len(data))
    return data


def _open(path: Path) -> int:
    """A descriptor opened without blocking (a FIFO with no writer would block ``open``)."""
    try:
        return os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise LoadError(f"“{path.name}” does not exist.", "missing", path.name) from None
    except IsADirectoryError:
        raise LoadError(f"“{path.name}” is a folder, not a document.", "folder", path.name) from None
    except OSError as err:
        if _is_dir(path):
            raise LoadError(f"“{path.name}” is a folder, not a document.", "folder", path.name) from None
        raise _unreadable(path, err) from None


def _checked_status(path: Path, fd: int) -> os.stat_result:
    """``fstat`` on the open descriptor (no race with a path swapped meanwhile), judged."""
    try:
        info = os.fstat(fd)
    except OSError as err:
        raise _unreadable(path, err) from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError(f"“{path.name}” is a folder, not a document.", "folder", path.name)
    if not stat.S_ISREG(info.st_mode):
        raise LoadError(
            f"“{path.name}” is not a regular file (a pipe, socket or device), so it is not a document.",
            "not_regular",
            path.name,
        )
    if info.st_size > MAX_FILE_BYTES:
        raise _too_large(path, info.st_size)
    return info


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except (OSError, RuntimeError):
        return False


def _unreadable(path: Path, err: OSError) -> LoadError:
    reason = err.strerror or str(err)
    return LoadError(f"“{path.name}” cannot be read: {reason}.", "unreadable", path.name, reason)


def _too_large(path: Path, size: int) -> LoadError:
    return LoadError(
        f"“{path.name}” is {size / 1e6:.1f} MB; the largest document Fact Browser opens is "
        f"{MAX_FILE_BYTES // (1024 * 1024)} MB.",
        "too_large",
        path.name,
        f"{size / 1e6:.1f}",
        MAX_FILE_BYTES // (1024 * 1024),
    )
