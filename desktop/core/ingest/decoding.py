"""File bytes to text: byte-order mark, then strict UTF-8, then UTF-8 with damaged bytes or
passages in GBK / Big5 (:mod:`core.ingest.damage`, issue 24), then the encoding that
charset-normalizer detects over the whole file; a refusal for what is not text."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .damage import looks_like_damaged_utf8, repair
from .text import CONTROL_CHARS, LoadError

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


def decode_bytes(data: bytes, name: str = "the document") -> tuple[str, str]:
    """Decode ``data``: BOM, then UTF-8, then detection. Returns ``(text, encoding)``."""
    decoded = decode_bytes_detailed(data, name)
    return decoded.text, decoded.encoding


def decode_bytes_counted(data: bytes, name: str = "the document") -> tuple[str, str, int]:
    """Like :func:`decode_bytes`, plus how many undecodable bytes were replaced by U+FFFD."""
    decoded = decode_bytes_detailed(data, name)
    return decoded.text, decoded.encoding, decoded.replaced


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    #: bytes shown as U+FFFD
    replaced: int = 0
    #: passages in another encoding inside UTF-8, as decoded (issue 24)
    legacy: tuple[str, ...] = ()


def decode_bytes_detailed(data: bytes, name: str = "the document") -> Decoded:
    """BOM, strict UTF-8, UTF-8 with damage or legacy passages (:mod:`core.ingest.damage`), then
    whole-file detection; raises :class:`LoadError` for what is not text."""
    if not data.strip():
        raise LoadError(f"“{name}” is empty.", "empty", name)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
        if not data.strip():  # a byte-order mark and nothing after it
            raise LoadError(f"“{name}” is empty.", "empty", name)
        try:
            return Decoded(_checked(data.decode("utf-8"), name), "utf-8")
        except (UnicodeDecodeError, LoadError):
            if looks_like_damaged_utf8(data):
                return _repaired(data, name)
            raise _bad_bom(name, "utf-8") from None
    for bom, encoding in _BOMS:
        if data.startswith(bom) and encoding != "utf-8":
            if not data[len(bom) :].strip():
                raise LoadError(f"“{name}” is empty.", "empty", name)
            # "\xff\xfe" opening a UTF-8 text is damage more often than a byte-order mark
            if looks_like_damaged_utf8(data):
                return _repaired(data, name)
            try:
                return Decoded(_checked(data[len(bom) :].decode(encoding), name), encoding)
            except UnicodeDecodeError:
                raise _bad_bom(name, encoding) from None
    try:
        return Decoded(_checked(data.decode("utf-8"), name), "utf-8")
    except (UnicodeDecodeError, LoadError):
        pass
    if looks_like_damaged_utf8(data):
        return _repaired(data, name)
    text, encoding = _detect(data, name)
    return Decoded(text, encoding)


def _repaired(data: bytes, name: str) -> Decoded:
    fixed = repair(data)
    encoding = "+".join(["utf-8", *fixed.encodings])
    return Decoded(fixed.text, encoding, fixed.damaged, tuple(fixed.legacy))


def _bad_bom(name: str, encoding: str) -> LoadError:
    return LoadError(
        f"“{name}” starts with a {encoding} byte-order mark but is not valid {encoding}.",
        "bad_bom",
        name,
        encoding,
    )


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
    controls = len(CONTROL_CHARS.findall(sample))
    if controls > max(2, len(sample) // 200) or "\x00" in sample:
        raise LoadError(f"“{name}” is not text Fact Browser can read (it looks like a binary file).", "binary", name)
    replacement = sample.count("\ufffd")
    if replacement > max(8, len(sample) // 50):
        raise LoadError(
            f"“{name}” could not be decoded: too many characters are unreadable in every encoding tried.",
            "undecodable",
            name,
        )
    return text
