"""File bytes to text: byte-order mark, then strict UTF-8, then the encoding that
charset-normalizer detects over the whole file; a refusal for what is not text."""

from __future__ import annotations

import codecs

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
    text, encoding, _ = decode_bytes_counted(data, name)
    return text, encoding


def decode_bytes_counted(data: bytes, name: str = "the document") -> tuple[str, str, int]:
    """Like :func:`decode_bytes`, plus how many undecodable bytes were replaced by U+FFFD."""
    if not data.strip():
        raise LoadError(f"“{name}” is empty.", "empty", name)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            if not data[len(bom) :].strip():  # a byte-order mark and nothing after it
                raise LoadError(f"“{name}” is empty.", "empty", name)
            try:
                return _checked(data[len(bom) :].decode(encoding), name), encoding, 0
            except UnicodeDecodeError:
                raise LoadError(
                    f"“{name}” starts with a {encoding} byte-order mark but is not valid {encoding}.",
                    "bad_bom",
                    name,
                    encoding,
                ) from None
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
