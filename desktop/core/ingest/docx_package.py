"""A .docx file judged before anything in it is inflated (issue 21.3: the zip bomb).

A .docx is a zip. Its central directory says how large each part is unpacked;
:func:`check_package` refuses, from the directory alone, a part over
:data:`MAX_PART_BYTES`, parts together over :data:`MAX_PACKAGE_BYTES`, a large
part packed more tightly than :data:`MAX_RATIO` (text and markup deflate about
5–15:1; 2 GB of spaces deflate 1,000:1), entries that overlap (one packed body
counted many times) and encrypted entries. Then every part is inflated once,
at most 1 MB at a time and never past the size the directory gave, with its
CRC checked — so a directory that lies about a size ends in "damaged", not in
gigabytes of memory, before python-docx reads the parts again.

Word's own password protection is not a zip at all but an OLE compound file
holding an ``EncryptedPackage`` stream; an old binary .doc is the same kind of
file with a ``WordDocument`` stream. Each gets its own sentence.
"""

from __future__ import annotations

import logging
import zipfile
from pathlib import Path

from .text import LoadError

log = logging.getLogger(__name__)

#: the largest part (``word/document.xml`` …) unpacked: 16x the text limit, room for Word's markup
MAX_PART_BYTES = 64 * 1024 * 1024
#: all parts together, unpacked
MAX_PACKAGE_BYTES = 256 * 1024 * 1024
#: a part over :data:`RATIO_FROM_BYTES` packed more tightly than this is a bomb, not a document
MAX_RATIO = 100
RATIO_FROM_BYTES = 16 * 1024 * 1024
_OLE = bytes.fromhex("d0cf11e0a1b11ae1")
_CHUNK = 1 << 20


def check_package(path: Path) -> None:
    """Raise :class:`LoadError` unless ``path`` is a zip that may safely be handed to python-docx."""
    with open(path, "rb") as fh:
        head = fh.read(8)
        if not head:
            raise LoadError(f"“{path.name}” is empty.", "empty", path.name)
        if head == _OLE:
            fh.seek(0)
            _ole(path, fh.read())
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _judge_directory(path, infos)
            for info in infos:
                if info.is_dir():
                    continue
                with archive.open(info) as part:
                    while part.read(_CHUNK):
                        pass
    except LoadError:
        raise
    except Exception:
        log.info("%s is not a sound zip", path, exc_info=True)
        raise damaged_docx(path) from None


def damaged_docx(path: Path) -> LoadError:
    return LoadError(
        f"“{path.name}” cannot be opened as a Word document: it is damaged or not a .docx file.",
        "bad_docx",
        path.name,
    )


def _ole(path: Path, data: bytes) -> None:
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise LoadError(
            f"“{path.name}” is protected by a password; open it in Word or LibreOffice and save a copy without one.",
            "docx_password",
            path.name,
        )
    raise LoadError(
        f"“{path.name}” is an older Word document (.doc) or another Office file, not a .docx; "
        "save it as .docx in Word or LibreOffice.",
        "old_word",
        path.name,
    )


def _judge_directory(path: Path, infos: list[zipfile.ZipInfo]) -> None:
    if any(info.flag_bits & 0x1 for info in infos):
        raise LoadError(
            f"“{path.name}” is protected by a password; open it in Word or LibreOffice and save a copy without one.",
            "docx_password",
            path.name,
        )
    total = sum(info.file_size for info in infos)
    worst = max(infos, key=lambda i: i.file_size, default=None)
    tight = [i for i in infos if i.file_size > RATIO_FROM_BYTES and i.file_size > MAX_RATIO * max(1, i.compress_size)]
    if total > MAX_PACKAGE_BYTES or (worst is not None and worst.file_size > MAX_PART_BYTES) or tight:
        raise LoadError(
            f"“{path.name}” would unpack to {total / 1e6:.0f} MB, far more than a document Fact Browser opens; "
            "it was refused without being unpacked.",
            "docx_unpacks_large",
            path.name,
            f"{total / 1e6:.0f}",
        )
    # Entries must not share packed bytes: sorted by where they start, each ends before the next.
    starts = sorted(infos, key=lambda i: i.header_offset)
    for a, b in zip(starts, starts[1:]):
        if a.header_offset + 30 + len(a.orig_filename.encode()) + a.compress_size > b.header_offset:
            log.info("%s: entries %r and %r overlap", path, a.filename, b.filename)
            raise damaged_docx(path)
