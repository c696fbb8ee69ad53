"""A PDF page's printed lines, from PDFium's character data.

What each character gives (pypdfium2's raw PDFium calls): its loose box, its
font size, its font (bold from the weight or the face's name, looked up once
per font) and whether PDFium *generated* it (a space PDFium inserted where it
saw a gap: between ``2019`` and ``年`` in a LibreOffice PDF, never a space the
text had). A line ends where the next character sits below it; its characters
are put in order by position, and a :class:`Line` records what the layout
needs of it (:mod:`.pdf_layout` makes headings and paragraphs of the lines):
its box, size, weight, the width of a CJK character and of its first word.

* **spaces**: a generated space next to a CJK character is typesetting and goes
  (``2019 年`` → ``2019年``); real spaces stay, a space PDFium inferred between
  two Latin words stays, and a gap between two CJK characters wider than the
  line's own spacing is a space the PDF left out.
"""

from __future__ import annotations

import ctypes
from collections import Counter
from dataclasses import dataclass


@dataclass(slots=True)
class Line:
    """One printed line; coordinates in points, ``bottom``/``top`` from the page's foot up."""

    text: str
    left: float
    right: float
    bottom: float
    top: float
    size: float  # the font size most of its characters have (the PDF's unit: compare sizes with sizes)
    em: float  # the width of a CJK character, or the line's height / 1.4: the unit for distances
    bold: bool
    first_word: float  # width of its first word (one CJK character, or a Latin word)
    page: int
    page_height: float

    @property
    def style(self) -> tuple[float, bool]:
        return round(self.size * 2) / 2, self.bold


def _wide(ch: str) -> bool:
    """CJK ideographs, kana, hangul and their punctuation and full-width forms."""
    return ord(ch) >= 0x2E80


def _latin(ch: str) -> bool:
    """Letters, digits and punctuation of alphabetic scripts (not the curly quotes CJK text uses)."""
    return ord(ch) < 0x2000


#: What may not end a line (opening brackets and quotes) and what may not start one.
_NO_END = "（「『《【〔“‘([{"
_NO_START = "，。、；：！？）」』》】〕”’,.;:!?)]}%％…—"
_QUOTES = "“”‘’\"'"


def page_lines(textpage, page: int, page_height: float) -> list[Line]:
    """The printed lines of one page: a line ends where the next character sits below it
    (PDFium's own line breaks sometimes join a heading to the line before it)."""
    import pypdfium2.raw as raw

    tp = textpage.raw
    count = raw.FPDFText_CountChars(tp)
    rect = raw.FS_RECTF()
    fonts: dict[int, bool] = {}  # text object -> bold
    faces: dict[int, bool] = {}  # font -> bold
    name = ctypes.create_string_buffer(128)
    out: list[Line] = []
    chars: list[tuple] = []  # ch, a generated space before it (None or True), left, right, size, bold
    box: list[float] | None = None  # bottom, top, left of the line being read
    space: bool | None = None  # PDFium generated a space before the next character
    for i in range(count):
        ch = chr(raw.FPDFText_GetUnicode(tp, i))
        if ch in "\r\n\x00\ufffe":
            continue
        raw.FPDFText_GetLooseCharBox(tp, i, rect)
        left, right, bottom, top = rect.left, rect.right, rect.bottom, rect.top
        if ch.isspace() and ch != "\u3000":
            if raw.FPDFText_IsGenerated(tp, i) != 1:
                if chars:  # a printed space: its own box places it (before a quotation mark printed later)
                    chars.append((" ", None, left, left, 0.0, False))
            elif space is None:  # PDFium's guess at a gap: its box is no guide, it goes before the next character
                space = True
            continue
        middle = (top + bottom) / 2
        if box is not None and (
            not box[0] <= middle <= box[1]  # below the line, or above it (the next column's top)
            # back at the line's start and lower (lines set closer than their boxes); a PDF may print
            # a line's quotation marks and ideographic spaces after the rest of it, so going back
            # left alone is no new line
            or (left <= box[2] + 1 and middle < box[0] + 0.3 * (box[1] - box[0]))
        ):
            out.append(_line(chars, box, page, page_height))
            chars, box, space = [], None, None
        size = raw.FPDFText_GetFontSize(tp, i)
        obj = raw.FPDFText_GetTextObject(tp, i)
        key = ctypes.addressof(obj.contents) if obj else 0  # (ctypes.cast is 10× slower here)
        bold = fonts.get(key)
        if bold is None:
            bold = fonts[key] = _is_bold(raw, obj, name, faces)
        chars.append((ch, space if chars else None, left, right, size, bold))
        space = None
        box = [bottom, top, left] if box is None else [min(box[0], bottom), max(box[1], top), min(box[2], left)]
    if chars:
        out.append(_line(chars, box, page, page_height))
    return [ln for ln in out if ln.text]


def _is_bold(raw, obj, name, faces: dict[int, bool]) -> bool:
    """Whether the text object's font is bold, by its weight or its face's name (one look per font)."""
    if not obj:
        return False
    font = raw.FPDFTextObj_GetFont(obj)
    if not font:
        return False
    key = ctypes.addressof(font.contents)
    if key not in faces:
        faces[key] = _bold_face(raw, font, name)
    return faces[key]


def _bold_face(raw, font, name) -> bool:
    if raw.FPDFFont_GetWeight(font) >= 600:
        return True
    n = raw.FPDFFont_GetBaseFontName(font, name, len(name))
    face = name.raw[: max(0, n - 1)].decode("latin-1").lower()
    return any(word in face for word in ("bold", "heavy", "black", "semibold", "demibold"))


def _line(chars, box, page: int, page_height: float) -> Line:
    """A line from its characters, put in order by position: a PDF may print a line's CJK
    characters first and its quotation marks (another font) after them."""
    chars = sorted(chars, key=lambda c: c[2])
    widths = sorted(c[3] - c[2] for c in chars if _wide(c[0]) and c[0] != "\u3000")
    em = widths[len(widths) // 2] if widths else (box[1] - box[0]) / 1.4
    text = _spaced(chars, em)
    sizes = Counter(round(c[4], 1) for c in chars)
    bolds = sum(1 for c in chars if c[5])
    first = chars[0]
    # The first unit a line cannot be broken inside: opening marks, a CJK character or a Latin
    # word, and the marks that may not start a line after it (（CBAM）， moves down whole).
    k = 0
    while k < len(chars) - 1 and chars[k][0] in _NO_END:
        k += 1
    if not _wide(chars[k][0]):
        while k + 1 < len(chars) and not _wide(chars[k + 1][0]) and chars[k + 1][1] is None:
            k += 1
    # Quotation marks glue to both sides (Unicode line breaking, class QU): 范“热 moves down whole.
    while k + 1 < len(chars) and (
        chars[k + 1][0] in _NO_START or chars[k + 1][0] in _QUOTES or chars[k][0] in _QUOTES + _NO_END
    ):
        k += 1
    first_word = chars[k][3] - first[2]
    return Line(
        _pairs(text).strip(" "),  # an ideographic space at a line's end is the text's own
        first[2],
        chars[-1][3],
        box[0],
        box[1],
        sizes.most_common(1)[0][0],
        max(em, 0.1),
        bolds * 2 > len(chars),
        first_word,
        page,
        page_height,
    )


def _spaced(chars: list[tuple], em: float) -> str:
    """A line's text with the spaces it has: a space the PDF prints, one PDFium inferred between
    two Latin words, and a gap between two CJK characters wider than the line's own spacing (a
    space the PDF left out); a gap PDFium read as a space next to CJK is typesetting (``2019 年``)."""
    gaps = sorted(b[2] - a[3] for a, b in zip(chars, chars[1:]) if _wide(a[0]) and _wide(b[0]))
    spacing = gaps[len(gaps) // 2] if gaps else 0.0  # justified text spreads every character
    text = [chars[0][0]]
    for before, (ch, space, left, *_rest) in zip(chars, chars[1:]):
        b = text[-1]
        if ch == " " or "\u3000" in (b, ch):
            if ch == " " and b in " \u3000":
                continue
        elif space and _latin(b) and _latin(ch):
            text.append(" ")
        elif _wide(b) and _wide(ch) and left - before[3] >= spacing + 0.25 * em:
            text.append("\u3000" if left - before[3] >= spacing + 0.75 * em else " ")
        text.append(ch)
    return "".join(text)


def _pairs(text: str) -> str:
    """Characters beyond the BMP (CJK Extension B and on) that PDFium gave as two UTF-16 halves, whole."""
    if not any("\ud800" <= c <= "\udfff" for c in text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
