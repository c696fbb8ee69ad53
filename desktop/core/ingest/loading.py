"""Turning file bytes or pasted text into normalised text, or a clear refusal.

Decoding order: byte-order mark, then strict UTF-8, then the encoding that
charset-normalizer detects over the whole file. Normalisation: NFC, no
zero-width characters or BOMs, ``\\n`` line endings, no indentation. Joining
lines broken mid-sentence is structural and happens in ``core.ingest.structure``.
"""
from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

#: Largest file the app opens: the size it is measured to serve (issue 14, item 7;
#: ``make bench`` size_limit). On two shared cores a 4 MB report shows in the
#: window in 1.7 s, where 6 MB took 2.2 s, 10 MB 3.5 s and the old 32 MB limit
#: 11 s. Its figures and dates follow at 3.6 s; labels and names from the LAC
#: model take about 12 s per MB more (52 s for 4 MB, with a Stop button). All
#: 72 State Council work reports together (1954-2025) are 3.3 MB.
MAX_FILE_BYTES = 4 * 1024 * 1024

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Detected legacy encodings are widened to their supersets: GB2312/GBK text is
# valid GB18030, and Big5 files from Hong Kong use HKSCS additions.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "hz": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
}

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
_ZW_ONLY_LINE = re.compile("^[ \t\u3000]*[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e][ \t\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]*\n", re.M)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


class LoadError(Exception):
    """A document could not be opened; ``str(err)`` is a sentence for the user (English).

    ``kind`` names the reason and ``params`` its values (file name first), so an
    interface in another language can say the same thing in its own words.
    """

    def __init__(self, message: str, kind: str | None = None, *params: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.params = tuple(str(p) for p in params)


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    kind: str  # "text", "markdown" or "html"
    #: undecodable bytes shown as U+FFFD (the user is told how many)
    replaced: int = 0


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
    """Read and decode ``path``; raises :class:`LoadError` with a readable reason.

    Only regular files are documents: a FIFO would block forever and a device
    such as ``/dev/zero`` never ends, so the file is opened without blocking,
    checked with ``fstat`` on the open descriptor (no race with a swapped path)
    and read up to the size limit plus one byte.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise LoadError(f"“{path.name}” does not exist.", "missing", path.name) from None
    except IsADirectoryError:
        raise LoadError(f"“{path.name}” is a folder, not a document.", "folder", path.name) from None
    except OSError as err:
        if _is_dir(path):
            raise LoadError(f"“{path.name}” is a folder, not a document.", "folder", path.name) from None
        raise _unreadable(path, err) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise LoadError(f"“{path.name}” is a folder, not a document.", "folder", path.name)
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(
                f"“{path.name}” is not a regular file (a pipe, socket or device), so it is not a document.",
                "not_regular", path.name,
            )
        if info.st_size > MAX_FILE_BYTES:
            raise _too_large(path, info.st_size)
        if path.suffix.lower() in (".pdf", ".docx"):  # binary formats: their own readers, loaded lazily
            from .office_formats import read_office

            return read_office(path)
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
    text, encoding, replaced = decode_bytes_counted(data, name=path.name)
    return DecodedText(normalise(text), encoding, kind_for(path, text), replaced)


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
        "too_large", path.name, f"{size / 1e6:.1f}", MAX_FILE_BYTES // (1024 * 1024),
    )


def decode_bytes(data: bytes, name: str = "the document") -> tuple[str, str]:
    """Decode ``data``: BOM, then UTF-8, then detection. Returns ``(text, encoding)``."""
    text, encoding, _ = decode_bytes_counted(data, name)
    return text, encoding


def decode_bytes_counted(data: bytes, name: str = "the document") -> tuple[str, str, int]:
    """Like :func:`decode_bytes`, plus how many undecodable bytes were replaced by U+FFFD."""
    if not data.strip():
        raise LoadError(f"“{name}” is empty.", "empty", name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if not data[len(bom):].strip():  # a byte-order mark and nothing after it
                raise LoadError(f"“{name}” is empty.", "empty", name)
            try:
                return _checked(data[len(bom):].decode(encoding), name), encoding, 0
            except UnicodeDecodeError:
                raise LoadError(f"“{name}” starts with a {encoding} byte-order mark but is not valid {encoding}.", "bad_bom", name, encoding) from None
    if b"\x00" not in data:
        try:
            return _checked(data.decode("utf-8"), name), "utf-8", 0
        except UnicodeDecodeError:
            pass
        mixed = _mostly_utf8(data, name)
        if mixed is not None:
            return mixed
    text, encoding = _detect(data, name)
    return text, encoding, 0


def _mostly_utf8(data: bytes, name: str) -> tuple[str, str, int] | None:
    """Text that is UTF-8 apart from a few stray bytes or some lines in a legacy Chinese
    encoding (a file pasted together from two sources), decoded line by line.

    ``None`` when most non-ASCII lines are not UTF-8: then the file is in one
    legacy encoding and whole-file detection is the better judge.
    """
    lines = data.split(b"\n")
    good = bad = 0
    for line in lines:
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
            good += 1
        except UnicodeDecodeError:
            bad += 1
    if good == 0 or bad > good * 4:
        return None
    out: list[str] = []
    replaced = 0
    legacy_used = ""
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
            continue
        except UnicodeDecodeError:
            pass
        lenient = line.decode("utf-8", errors="replace")
        stray = lenient.count("\ufffd") - line.count("\ufffd".encode())
        # A few stray bytes among well-formed UTF-8 characters: keep the line and
        # show each as U+FFFD. A legacy-encoded line is nearly all invalid bytes.
        decoded_ok = sum(1 for ch in lenient if ord(ch) > 127 and ch != "\ufffd")
        if stray * 4 <= decoded_ok:
            out.append(lenient)
            replaced += stray
            continue
        for legacy in ("gb18030", "big5hkscs"):
            try:
                out.append(line.decode(legacy))
                legacy_used = legacy_used or legacy
                break
            except UnicodeDecodeError:
                continue
        else:
            out.append(lenient)
            replaced += stray
    text = _checked("\n".join(out), name)
    return text, ("utf-8+" + legacy_used) if legacy_used else "utf-8", replaced


def _detect(data: bytes, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # only needed for non-UTF-8 files

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise LoadError(f"“{name}” is not text Fact Browser can read (it looks like a binary file).", "binary", name)
    encoding = _SUPERSETS.get(best.encoding.lower().replace("_", ""), best.encoding)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        text = str(best)
        encoding = best.encoding
    return _checked(text, name), encoding


def _checked(text: str, name: str) -> str:
    sample = text[:200_000]
    controls = len(_CONTROL.findall(sample))
    if controls > max(2, len(sample) // 200) or "\x00" in sample:
        raise LoadError(f"“{name}” is not text Fact Browser can read (it looks like a binary file).", "binary", name)
    replacement = sample.count("\ufffd")
    if replacement > max(8, len(sample) // 50):
        raise LoadError(f"“{name}” could not be decoded: too many characters are unreadable in every encoding tried.", "undecodable", name)
    return text


def normalise(text: str) -> str:
    """NFC, ``\\n`` line endings, no zero-width characters, no indentation or trailing blanks.

    A lone surrogate (``\\udc80``: what ``surrogateescape`` makes of a stray
    byte, or a broken UTF-16 pair from a clipboard) becomes U+FFFD: it cannot
    be encoded, so OpenCC and every writer would fail on it later.
    """
    text = without_surrogates(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    # A line holding only zero-width characters is an artefact of web copy
    # (the government reports put one inside broken words): drop the line.
    text = _ZW_ONLY_LINE.sub("", text)
    text = _ZERO_WIDTH.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text.replace("\t", " ").replace("\f", "\n"))
    lines = [line.strip(" \u3000\u00a0") for line in text.split("\n")]
    return "\n".join(lines).strip("\n")


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (same length)."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text
