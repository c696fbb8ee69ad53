"""Turning file bytes or pasted text into normalised text, or a clear refusal.

Decoding order: byte-order mark, then strict UTF-8, then the encoding that
charset-normalizer detects over the whole file. Normalisation: NFC, no
zero-width characters or BOMs, ``\\n`` line endings, no indentation. Joining
lines broken mid-sentence is structural and happens in ``core.structure``.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

#: Largest file the app opens. A 1.1 M-character government report corpus is
#: 3.3 MB; 32 MB leaves room for ten times that while keeping the reader usable.
MAX_FILE_BYTES = 32 * 1024 * 1024

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
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise LoadError(f"“{path.name}” does not exist.", "missing", path.name) from None
    except OSError as err:
        raise LoadError(f"“{path.name}” cannot be read: {err.strerror or err}.", "unreadable", path.name, err.strerror or err) from None
    if path.is_dir():
        raise LoadError(f"“{path.name}” is a folder, not a document.", "folder", path.name)
    if size > MAX_FILE_BYTES:
        raise LoadError(
            f"“{path.name}” is {size / 1e6:.1f} MB; the largest document Fact Browser opens is "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB.",
            "too_large", path.name, f"{size / 1e6:.1f}", MAX_FILE_BYTES // (1024 * 1024),
        )
    if path.suffix.lower() in (".pdf", ".docx"):  # binary formats: their own readers, loaded lazily
        from .office_formats import read_office

        return read_office(path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise LoadError(f"“{path.name}” cannot be read: {err.strerror or err}.", "unreadable", path.name, err.strerror or err) from None
    text, encoding = decode_bytes(data, name=path.name)
    return DecodedText(normalise(text), encoding, kind_for(path, text))


def decode_bytes(data: bytes, name: str = "the document") -> tuple[str, str]:
    """Decode ``data``: BOM, then UTF-8, then detection. Returns ``(text, encoding)``."""
    if not data.strip():
        raise LoadError(f"“{name}” is empty.", "empty", name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data[len(bom):].decode(encoding), name), encoding
            except UnicodeDecodeError:
                raise LoadError(f"“{name}” starts with a {encoding} byte-order mark but is not valid {encoding}.", "bad_bom", name, encoding) from None
    if b"\x00" not in data:
        try:
            return _checked(data.decode("utf-8"), name), "utf-8"
        except UnicodeDecodeError:
            pass
    return _detect(data, name)


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
    """NFC, ``\\n`` line endings, no zero-width characters, no indentation or trailing blanks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    # A line holding only zero-width characters is an artefact of web copy
    # (the government reports put one inside broken words): drop the line.
    text = _ZW_ONLY_LINE.sub("", text)
    text = _ZERO_WIDTH.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _CONTROL.sub("", text.replace("\t", " ").replace("\f", "\n"))
    lines = [line.strip(" \u3000\u00a0") for line in text.split("\n")]
    return "\n".join(lines).strip("\n")
