"""UTF-8 text with a few damaged bytes, or a passage in GBK or Big5 pasted into it (issue 24).

:func:`looks_like_damaged_utf8` decides, from measured byte statistics, whether
a file that is not valid UTF-8 is still UTF-8 text with damage (and not a
binary file or a whole file in a legacy encoding); :func:`repair` then decodes
it passage by passage:

- a passage is a line, cut further at runs of valid UTF-8 Chinese, so a GBK
  or Big5 sentence next to a UTF-8 one stands alone; one that is still neither
  is cut at ASCII and UTF-8 punctuation too;
- a passage that is not UTF-8 but decodes strictly in GB18030 (or Big5-HKSCS)
  into common characters — at least :data:`COMMON_SHARE` of its ideographs in
  the first level of GB2312 (or of Big5), where real Chinese text has about
  99% and UTF-8 bytes read as GB18030 have none (their lead bytes E4–E9 fall
  in the second level) — is decoded so;
- otherwise each undecodable byte shows as U+FFFD, and so does a lone NUL or
  control character, which damage makes as often as it makes invalid bytes.

The rules were set on the 72 work reports with 1, 5, 50 and 500 random bytes
overwritten and on the non-text files under /usr/bin; the 1,557 Taiwan
releases and /usr/share were held out (``python -m quality.damaged_text``).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

#: ideographs a passage needs to be read as GB18030 / Big5: with 2, one random byte in a UTF-8 line
#: made a "GB18030 passage" of its broken character's neighbours in 9 of 1,557 releases (33 at 5 bytes,
#: 339 at 50); with 4 (and characters beyond the BMP counted as uncommon) in 0, 0 and 4, while every
#: Big5 passage of the releases and every GBK one of the reports but one still came back
MIN_IDEOGRAPHS = 4
#: share of a passage's ideographs that must be common for it to count as GB18030 / Big5 text
COMMON_SHARE = 0.8
#: bytes in valid 3- and 4-byte UTF-8 sequences, as a share of the file: Chinese text has ~0.9, damaged
#: or not; random bytes (compressed files, images) ~0.01
MIN_CJK_SHARE = 0.10
#: printable ASCII and whitespace as a share of the file, for text that is not Chinese
MIN_ASCII_SHARE = 0.90
#: lone NULs at most this share of the file (damage makes one in 256 bytes it touches; binary formats
#: make runs of them, which refuse a file outright)
MAX_NUL_SHARE = 0.01

_SEQUENCE = re.compile(
    rb"[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"  # 3- and 4-byte sequences (not validated further)
)
_PRINTABLE = re.compile(rb"[\x20-\x7e\t\n\r\f]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Passage boundaries, coarse: runs of two or more valid 3-byte UTF-8 Chinese sequences (GBK text makes
# such a run about once in 2,000 characters). Fine, inside a coarse passage that is neither UTF-8 nor
# one legacy passage: ASCII runs and UTF-8 ideographic punctuation. ASCII is not a coarse boundary
# because Big5's second bytes include 0x40-0x7E.
_COARSE = re.compile(rb"((?:[\xe3-\xe9][\x80-\xbf]{2}){2,})")
_ESCAPED = re.compile("[\udc80-\udcff]")
_FINE = re.compile(rb"([\x00-\x7f]+|\xe3\x80[\x81\x82\x8a-\x91]|\xef\xbc[\x88\x89\x8c\x9a\x9b\x9f\x81])")


@dataclass
class Repaired:
    text: str
    #: bytes shown as U+FFFD (undecodable bytes, lone NULs and control characters)
    damaged: int = 0
    #: the passages decoded in a legacy encoding, as decoded
    legacy: list[str] = field(default_factory=list)
    #: the legacy encodings used, in the order first used
    encodings: list[str] = field(default_factory=list)

    def took(self, text: str, encoding: str) -> str:
        self.legacy.append(text)
        if encoding not in self.encodings:
            self.encodings.append(encoding)
        return text


def looks_like_damaged_utf8(data: bytes) -> bool:
    """Whether ``data`` (not valid UTF-8) is UTF-8 text with damage, by the measured rules above."""
    return not binary_sign(data)


def binary_sign(data: bytes) -> str:
    """The rule by which ``data`` is not damaged UTF-8 text ("" when it is): what
    ``quality/damaged_text.py`` counts each refusal under."""
    n = len(data)
    if not n:
        return "empty"
    if b"\x00\x00" in data:
        return "two NULs in a row"
    if data.count(0) > MAX_NUL_SHARE * n:
        return "NULs over 1%"
    cjk = sum(len(m) for m in _SEQUENCE.findall(data))
    if cjk >= MIN_CJK_SHARE * n:
        return ""
    printable = len(_PRINTABLE.findall(data))
    return "" if printable >= MIN_ASCII_SHARE * n else "under 10% UTF-8 Chinese and under 90% ASCII"


def repair(data: bytes) -> Repaired:
    """``data`` decoded passage by passage (see the module): UTF-8, legacy Chinese, or U+FFFD."""
    out = Repaired("")
    parts: list[str] = []
    for line in data.split(b"\n"):
        try:
            parts.append(_controls(line.decode("utf-8"), out))
            continue
        except UnicodeDecodeError:
            pass
        legacy = _legacy(line)
        if legacy is not None:
            parts.append(_controls(out.took(*legacy), out))
            continue
        parts.append(_controls(_passages(line, out), out))
    out.text = "\n".join(parts)
    return out


def _passages(line: bytes, out: Repaired) -> str:
    """A line that is neither UTF-8 nor one legacy passage, decoded passage by passage.

    A legacy passage's last or first character can form a valid UTF-8 character with the bytes
    next to it (GBK 告。 is B8E6 A1A3, and E6 A1 A3 is UTF-8 档), so a passage that does not
    decode borrows up to six bytes from its UTF-8 neighbours when that makes both decode.
    """
    raw = [p for p in _COARSE.split(line) if p]
    texts: list[str | None] = [None] * len(raw)
    for i, piece in enumerate(raw):
        try:
            texts[i] = piece.decode("utf-8")
        except UnicodeDecodeError:
            pass
    for i, piece in enumerate(raw):
        if texts[i] is not None:
            continue
        legacy = _legacy(piece)
        if legacy is None and i + 1 < len(raw) and texts[i + 1] is not None:
            for k in range(1, 7):
                legacy = _legacy(piece + raw[i + 1][:k])
                rest = _utf8(raw[i + 1][k:])
                if legacy is not None and rest is not None:
                    raw[i + 1], texts[i + 1] = raw[i + 1][k:], rest
                    break
                legacy = None
        if legacy is None and i > 0 and texts[i - 1] is not None and texts[i - 1] == _utf8(raw[i - 1]):
            for k in range(1, 7):
                legacy = _legacy(raw[i - 1][-k:] + piece)
                rest = _utf8(raw[i - 1][:-k])
                if legacy is not None and rest is not None:
                    raw[i - 1], texts[i - 1] = raw[i - 1][:-k], rest
                    break
                legacy = None
        if legacy is not None:
            texts[i] = out.took(*legacy)
        else:
            texts[i] = _split(raw[i], out)
    return "".join(t or "" for t in texts)


def _split(piece: bytes, out: Repaired) -> str:
    """A passage that is a legacy sentence and UTF-8 text after it (or before it) with no run of
    UTF-8 Chinese between them (``……開燈。從2024年`` with the first sentence in Big5): cut where the
    UTF-8 decoder last (or first) failed, give or take a character's bytes; otherwise :func:`_fine`."""
    text = piece.decode("utf-8", "surrogateescape")  # each undecodable byte becomes one U+DC80-U+DCFF
    bad = [m.start() for m in _ESCAPED.finditer(text)]
    if bad:
        first = len(text[: bad[0]].encode("utf-8", "surrogateescape"))
        last = len(text[: bad[-1] + 1].encode("utf-8", "surrogateescape"))
        for k in sorted(range(last - 6, last + 7), key=lambda k: abs(k - last)):  # legacy, then UTF-8
            if 0 < k < len(piece):
                legacy, rest = _legacy(piece[:k]), _utf8(piece[k:])
                if legacy is not None and rest is not None:
                    return out.took(*legacy) + rest
        for k in sorted(range(first - 6, first + 7), key=lambda k: abs(k - first)):  # UTF-8, then legacy
            if 0 < k < len(piece):
                head, legacy = _utf8(piece[:k]), _legacy(piece[k:])
                if legacy is not None and head is not None:
                    return head + out.took(*legacy)
    return _fine(piece, out)


def _fine(piece: bytes, out: Repaired) -> str:
    """A passage cut at ASCII and at UTF-8 punctuation: each part UTF-8, legacy, or U+FFFD per byte."""
    texts = []
    for part in _FINE.split(piece):
        if not part:
            continue
        text = _utf8(part)
        if text is None:
            legacy = _legacy(part)
            if legacy is not None:
                text = out.took(*legacy)
            else:
                out.damaged += _invalid_bytes(part)
                text = part.decode("utf-8", errors=_ONE_PER_BYTE)
        texts.append(text)
    return "".join(texts)


def _one_per_byte(err: UnicodeDecodeError) -> tuple[str, int]:
    """One U+FFFD for every undecodable byte (Python's "replace" gives one per broken sequence), so
    the count the user is told is the number of � they see."""
    return "\ufffd" * (err.end - err.start), err.end


_ONE_PER_BYTE = "fact-browser-one-per-byte"
codecs.register_error(_ONE_PER_BYTE, _one_per_byte)


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _controls(text: str, out: Repaired) -> str:
    """Lone NULs and control characters (not tab, line or page breaks) shown as U+FFFD and counted."""
    found = _CONTROL.findall(text)
    if not found:
        return text
    out.damaged += len(found)
    return _CONTROL.sub("\ufffd", text)


def _invalid_bytes(piece: bytes) -> int:
    """How many bytes of ``piece`` are not part of a valid UTF-8 sequence."""
    valid = piece.decode("utf-8", errors="ignore")
    return len(piece) - len(valid.encode("utf-8"))


def _legacy(passage: bytes) -> tuple[str, str] | None:
    """``passage`` decoded in GB18030 or Big5-HKSCS when it decodes strictly into common characters."""
    for encoding, common in (("gb18030", _common_gb), ("big5hkscs", _common_big5)):
        try:
            text = passage.decode(encoding)
        except UnicodeDecodeError:
            continue
        ideographs = [c for c in text if "\u3400" <= c <= "\u9fff"]
        # a private-use character counts as an uncommon one (Big5 bytes read as GB18030 make them: its
        # user-defined areas; real GBK text has none), and so does one beyond the BMP (HKSCS's rare ones)
        private = sum(1 for c in text if "\ue000" <= c <= "\uf8ff" or c > "\uffff")
        if len(ideographs) >= MIN_IDEOGRAPHS and sum(map(common, ideographs)) >= COMMON_SHARE * (
            len(ideographs) + private
        ):
            return text, encoding
    return None


def _common_gb(char: str) -> bool:
    """In the first level of GB2312 (the 3,755 most used characters, lead bytes B0–D7)."""
    try:
        lead = char.encode("gb2312")[0]
    except UnicodeEncodeError:
        return False
    return 0xB0 <= lead <= 0xD7


def _common_big5(char: str) -> bool:
    """In Big5's first level (the 5,401 most used characters, A440–C67E)."""
    try:
        code = char.encode("big5")
    except UnicodeEncodeError:
        return False
    return len(code) == 2 and 0xA440 <= int.from_bytes(code, "big") <= 0xC67E
