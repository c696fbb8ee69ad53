"""A document's printed lines as headings and paragraphs (the lines: :mod:`.pdf_lines`).

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
* **Latin lines** of one paragraph are joined with a space; CJK runs on.
"""

from __future__ import annotations

import re
from collections import Counter

from .pdf_lines import Line

#: Running headers and footers are looked for in this share of the page's height, top and bottom.
BAND = 0.15
_PAGE_NUMBER = re.compile(r"^[\s\-–—·第页頁/\d]*\d[\s\-–—·第页頁/\d]*$")
_SENTENCE_END = "。！？!?；;：:"
_CLOSERS = "”’」』）)》】\"'"
#: A heading is short: longer lines in a heading's style are text set large, not a heading.
MAX_HEADING = 100


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
