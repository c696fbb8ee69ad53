"""What every reader of :mod:`desktop.core.ingest` returns or raises, at the bottom of the room.

:class:`LoadError` (a refusal with a sentence for the user), :class:`DecodedText`
(a document's text and how it was read) and :func:`normalise` (the one
normalisation every text goes through: NFC, no zero-width characters or BOMs,
``\\n`` line endings, no indentation, no spaces typeset inside a number). Joining lines broken mid-sentence is
structural and happens in :mod:`desktop.core.ingest.structure`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
_ZW_ONLY_LINE = re.compile(
    "^[ \t\u3000]*[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e][ \t\u3000\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]*\n",
    re.M,
)
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: A number typeset with a space after each character (the 1998 work report: ``增长1 5 ．3 ％``,
#: ``1 9 9 8 年是``): after a Chinese character, a clause mark or an opening bracket, or opening a line before one.
#: The space may be a full-width one (``1　9　9　7　年``), the digits ASCII or full-width, the decimal point
#: ``．`` or ``.``, the sign ``％``, ``%`` or ``‰``.
_NUMBER_CHAR = "\\d．.％%‰"
_GAP = "[ \u3000]"
_SPACED_DIGIT = re.compile(f"[{_NUMBER_CHAR}]{_GAP}[{_NUMBER_CHAR}]")
_SPACED_NUMBER = re.compile(
    f"(?:(?<=[\u3400-\u9fff，。、；：（(“「])|^(?=[{_NUMBER_CHAR} \u3000]+[\u3400-\u9fff]))"
    f"\\d(?:{_GAP}?[{_NUMBER_CHAR}])*?{_GAP}[{_NUMBER_CHAR}](?:{_GAP}?[{_NUMBER_CHAR}])*(?<![．.])(?:{_GAP}(?=[\u3400-\u9fff]))?",
    re.M,
)
#: The same number set off by a space from the word before it (``共查处 2 2 ．4 万件``, ``增长 1 2 ．5 %``): only with two
#: digits or more and a unit or sign closing it, so a count spaced as prose (``近 3 年成长 2 %``) and a list of
#: numbers (``依次为 1 2 3``) stay apart. The space before it stays.
_SET_OFF_NUMBER = re.compile(
    f"(?<=[\u3400-\u9fff，。、；：][ \u3000])\\d(?:{_GAP}?[{_NUMBER_CHAR}])*?{_GAP}\\d(?:{_GAP}?[{_NUMBER_CHAR}])*"
    f"(?:{_GAP}?(?=[\u3400-\u9fff])|(?<=[％%‰]))"
)


#: The most text a document may expand to (issue 21.2): as many characters as the largest text
#: file holds bytes (:data:`core.ingest.loading.MAX_FILE_BYTES`), so a small PDF or DOCX whose
#: text is larger is refused as that file would be. Readers count as they go and stop at it.
MAX_TEXT_CHARS = 4 * 1024 * 1024


class LoadError(Exception):
    """A document could not be opened; ``str(err)`` is a sentence for the user (English).

    ``kind`` names the reason and ``params`` its values (file name first), so an
    interface in another language can say the same thing in its own words.
    """

    def __init__(self, message: str, kind: str | None = None, *params: object) -> None:
        super().__init__(message)
        self.kind = kind
        self.params = tuple(str(p) for p in params)


def text_too_large(name: str) -> LoadError:
    """The refusal for a document whose text passes :data:`MAX_TEXT_CHARS`."""
    millions = MAX_TEXT_CHARS // (1024 * 1024)
    return LoadError(
        f"“{name}” holds more than {millions} million characters of text, more than Fact Browser opens; "
        "split it into smaller documents.",
        "text_too_large",
        name,
        millions,
    )


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    kind: str  # "text", "markdown" or "html"
    #: undecodable bytes shown as U+FFFD (the user is told how many)
    replaced: int = 0
    #: passages decoded in a legacy encoding inside a UTF-8 file, as decoded (the user is told where)
    legacy: tuple[str, ...] = ()


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
    text = CONTROL_CHARS.sub("", text.replace("\t", " ").replace("\f", "\n"))
    lines = [line.strip(" \u3000\u00a0") for line in text.split("\n")]
    text = "\n".join(lines).strip("\n")
    if not _SPACED_DIGIT.search(text):  # nearly every text: no full scan with the lookbehinds
        return text
    text = _SPACED_NUMBER.sub(_unspaced, text)
    return _SET_OFF_NUMBER.sub(_unspaced, text)


def _unspaced(m: re.Match) -> str:
    return m.group().replace(" ", "").replace("\u3000", "")


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD (same length)."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text
