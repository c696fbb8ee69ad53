"""A PDF page's printed lines, and a document's lines as headings and paragraphs, from PDFium's character data.

What each character gives (pypdfium2's raw PDFium calls): its loose box, its
font size, its font (bold from the weight or the face's name) and whether
PDFium *generated* it (a space PDFium inserted where it saw a gap: between
``2019`` and ``年`` in a LibreOffice PDF, never a space the text had).

From the lines (see :func:`document_blocks`):

* **running headers and footers**: a line in the top or bottom 15% of its page
  whose text (digits aside) recurs at the same height on every page, or every
  page but the first, is dropped; so is a lone page number there (``3``,
  ``- 3 -``, ``第 3 页``). On a single page nothing recurs: its first line is
  a header when it sits in the top 15%, no larger than the body text and at
  least 2.5 em above the next (where the top margin puts a header).
* **headings**: from the PDF's outline (bookmarks) when it has one — an office
  suite writes its headings there — matched to the lines that print them, the
  outline's depth giving the level; without an outline (or when none of its
  titles is printed), lines larger than the body text or bold where the body is
  not, a level per size.
* **paragraphs**: a line continues the one before when both have the same size
  and weight, it is not indented, it follows at the paragraph's own line
  spacing (or opens the next page) and the line before was full: the next
  line's first word (a CJK character, or a Latin word) would not have fitted
  after it, and it does not stop short after a sentence end.
* **spaces**: a generated space next to a CJK character is typesetting and goes
  (``2019 年`` → ``2019年``); real spaces stay, and lines of Latin text are
  joined with one.
"""

from __future__ import annotations

import ctypes
import re
from collections import Counter
from dataclasses import dataclass

#: Running headers and footers are looked for in this share of the page's height, top and bottom.
BAND = 0.15
_PAGE_NUMBER = re.compile(r"^[\s\-–—·第页頁/\d]*\d[\s\-–—·第页頁/\d]*$")
_SENTENCE_END = "。！？!?；;：:"
_CLOSERS = "”’」』）)》】\"'"
#: A heading is short: longer lines in a heading's style are text set large, not a heading.
MAX_HEADING = 100


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


def drop_running(lines: list[Line], pages: int) -> list[Line]:
    """``lines`` without running headers, footers and page numbers (see the module's text)."""

    def in_band(ln: Line) -> bool:
        return ln.bottom >= ln.page_height * (1 - BAND) or ln.top <= ln.page_height * BAND

    def key(ln: Line) -> tuple[str, int]:
        return re.sub(r"\d+", "#", re.sub(r"\s", "", ln.text)), round(ln.bottom / 4)

    seen: dict[tuple[str, int], set[int]] = {}
    for ln in lines:
        if in_band(ln):
            seen.setdefault(key(ln), set()).add(ln.page)
    running = {k for k, on in seen.items() if pages >= 2 and len(on) >= max(2, pages - 1) and (0 in on or 1 in on)}
    kept = [ln for ln in lines if not (in_band(ln) and (key(ln) in running or _PAGE_NUMBER.match(ln.text)))]
    if pages == 1 and len(kept) >= 2:
        # One page: nothing recurs, but a header sits apart above the top margin, in body size or smaller.
        first, second = kept[0], kept[1]
        body = body_style(kept)[0]
        if (
            first.top >= first.page_height * (1 - BAND)
            and first.size <= body
            and first.bottom - second.top >= 2.5 * first.em
        ):
            kept = kept[1:]
    return kept


def _norm(text: str) -> str:
    return re.sub(r"\s", "", text)


def outline_headings(lines: list[Line], outline: list[tuple[int, str]]) -> dict[int, tuple[int, int]]:
    """``{first line index: (line count, level)}`` for the outline's titles found as printed lines, in order."""
    found: dict[int, tuple[int, int]] = {}
    wanted = [(depth, _norm(title)) for depth, title in outline if _norm(title)]
    start = 0
    for depth, title in wanted:
        for i in range(start, len(lines)):
            text, j = _norm(lines[i].text), i + 1
            if not title.startswith(text):
                continue
            while text != title and j < len(lines) and title.startswith(text + _norm(lines[j].text)):
                text += _norm(lines[j].text)
                j += 1
            if text == title:
                found[i] = (j - i, depth + 1)
                start = j
                break
    return found


def style_headings(lines: list[Line], body: tuple[float, bool]) -> dict[int, tuple[int, int]]:
    """Headings told by size and weight: larger than the body text, or bold where it is not."""
    size, bold = body
    candidates = [
        (ln.style[0] >= size * 1.07 or (ln.bold and not bold and ln.style[0] >= size * 0.97))
        and len(ln.text) <= MAX_HEADING
        for ln in lines
    ]
    styles = sorted({ln.style for ln, c in zip(lines, candidates) if c}, reverse=True)
    found: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(lines):
        if not candidates[i]:
            i += 1
            continue
        j = i + 1
        while (
            j < len(lines)
            and candidates[j]
            and lines[j].style == lines[i].style
            and lines[j].page == lines[j - 1].page
            and lines[j - 1].bottom - lines[j].top < lines[i].em
        ):
            j += 1
        if sum(len(ln.text) for ln in lines[i:j]) <= MAX_HEADING:
            found[i] = (j - i, styles.index(lines[i].style) + 1)
        i = j
    return found


def body_style(lines: list[Line]) -> tuple[float, bool]:
    weights: Counter = Counter()
    for ln in lines:
        weights[ln.style] += len(ln.text)
    return weights.most_common(1)[0][0] if weights else (0.0, False)


def document_blocks(lines: list[Line], outline: list[tuple[int, str]]) -> list[tuple[str, int, str]]:
    """``(kind, level, text)`` blocks, kind "heading" or "paragraph", from a document's lines
    (running headers and footers already dropped); headings from ``outline`` when it is not empty."""
    if not lines:
        return []
    body = body_style(lines)
    # An outline whose titles are not printed (bookmarks named "Page 1") says nothing: sizes decide.
    headings = (outline_headings(lines, outline) if outline else {}) or style_headings(lines, body)
    body_lines = [ln for ln in lines if ln.style == body] or lines
    rights = sorted(ln.right for ln in body_lines)
    margin_right = rights[int(len(rights) * 0.95)] if len(rights) > 3 else rights[-1]
    margin_left = sorted(ln.left for ln in body_lines)[len(body_lines) // 10]
    gap = _line_gap(lines, margin_right)
    blocks: list[tuple[str, int, str]] = []
    i = 0
    current: list[Line] = []

    def flush() -> None:
        if current:
            text = current[0].text
            for ln in current[1:]:
                text = join(text, ln.text)
            blocks.append(("paragraph", 0, text))
            current.clear()

    while i < len(lines):
        if i in headings:
            flush()
            count, level = headings[i]
            text = lines[i].text
            for ln in lines[i + 1 : i + count]:
                text = join(text, ln.text)
            blocks.append(("heading", level, text))
            i += count
            continue
        ln = lines[i]
        if current and not _continues(current[-1], ln, margin_left, margin_right, gap):
            flush()
        current.append(ln)
        i += 1
    flush()
    return blocks


def _line_gap(lines: list[Line], margin_right: float) -> float:
    """The space between two lines of one paragraph: the commonest gap after a full line."""
    gaps = Counter(
        round(a.bottom - b.top)
        for a, b in zip(lines, lines[1:])
        if a.page == b.page and a.style == b.style and a.right >= margin_right - 2 * a.em
    )
    return float(gaps.most_common(1)[0][0]) if gaps else 0.0


def _continues(prev: Line, nxt: Line, margin_left: float, margin_right: float, gap: float) -> bool:
    # Indented against the line before and the margin: a new paragraph (a quoted block, indented
    # as a whole, runs on; a first-line indent is the paragraph's start).
    if prev.style != nxt.style or nxt.left > max(margin_left, prev.left) + 0.5 * nxt.em:
        return False
    if nxt.page == prev.page:
        if not -0.2 * prev.em <= prev.bottom - nxt.top <= gap + 0.35 * prev.em:
            return False
    elif nxt.page != prev.page + 1:
        return False
    # Full: the next line's first word (plus a character's slack, for line-breaking rules that
    # keep punctuation off a line's start) would not have fitted after the line before.
    if prev.right + nxt.first_word + prev.em < margin_right:
        return False
    stripped = prev.text.rstrip(_CLOSERS)
    return not (stripped and stripped[-1] in _SENTENCE_END and prev.right < margin_right - 0.9 * prev.em)


def join(a: str, b: str) -> str:
    """Two lines of one paragraph: Latin words get their space back, CJK runs on."""
    if a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return f"{a} {b}"
    if a[-1] in ",;:.!?)" and b[0].isascii() and b[0].isalnum():
        return f"{a} {b}"
    return a + b


#: A paragraph starting like this would be read as Markdown block markup (a heading, a fence, a
#: quote, a rule): a thin space in front, which the Markdown reader strips as whitespace, keeps it text.
_MARKUP = re.compile(r"^(?:#{1,6}(?:\s|$)|```|~~~|>|(?:-{3,}|\*{3,}|_{3,})$)")


def markdown(blocks: list[tuple[str, int, str]]) -> str:
    """Blocks as the Markdown-shaped text the builder reads (as for .docx; the same known limit:
    inline emphasis marks, ``*x*``, are read as Markdown)."""
    return "\n\n".join(
        f"{'#' * min(6, level)} {text}" if kind == "heading" else f"\u2009{text}" if _MARKUP.match(text) else text
        for kind, level, text in blocks
    )
