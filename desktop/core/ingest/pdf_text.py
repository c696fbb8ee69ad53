"""Text of a PDF with a text layer, as paragraphs, through pypdfium2 (PDFium, the engine of Chrome).

Why pypdfium2 (``benchmarks/bench_pdf.py`` measures it): on Chinese PDFs made
by Qt's QPdfWriter with the Noto CJK fonts, pypdfium2, pdfminer.six and pypdf
recover the same characters (they all read the PDF's own ToUnicode map), but
pypdfium2 is 14–19× faster (14 ms against 200–270 ms for nine pages) and
gives each character's box, which is what rebuilds paragraphs from lines.

Lines are joined into paragraphs by their geometry: a line that reaches the
right margin continues on the next unless that one is indented or further
away than the line spacing. Page numbers (a line of digits alone) are dropped.
Fonts such as Noto CJK / Source Han map some glyphs back to radicals
(⼈ U+2F08 for 人, ⻅ U+2EC5 for 见); those are turned back into the
ideographs the text meant.

A PDF whose pages carry no text (a scan) is refused with a sentence saying so.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

from .pdf_limits import check_page, check_page_count, check_streams, count_text, pdf_damaged
from .text import LoadError

log = logging.getLogger(__name__)

#: CJK Radicals Supplement characters that Noto CJK's glyphs map back to, with the ideograph
#: each one shares its glyph with (found by printing every character of the two corpora with
#: QPdfWriter in the four Noto CJK faces and reading them back). Kangxi radicals (U+2F00–U+2FD5)
#: go through NFKC instead.
RADICAL_IDEOGRAPHS = {
    "⺒": "巳",
    "⺠": "民",
    "⻁": "虎",
    "⻅": "见",
    "⻆": "角",
    "⻉": "贝",
    "⻋": "车",
    "⻐": "钅",
    "⻑": "長",
    "⻓": "长",
    "⻔": "门",
    "⻘": "青",
    "⻙": "韦",
    "⻚": "页",
    "⻛": "风",
    "⻜": "飞",
    "⻝": "食",
    "⻢": "马",
    "⻣": "骨",
    "⻤": "鬼",
    "⻥": "鱼",
    "⻨": "麦",
    "⻩": "黄",
    "⻬": "齐",
    "⻮": "齿",
    "⻯": "竜",
    "⻰": "龙",
    "⻱": "龜",
    "⻲": "亀",
    "㬵": "胶",
}
# The most frequent characters that differ between the scripts, to tell which one a text is in.
_TRADITIONAL_COMMON = "們這個國說對會時來為發經與於過還進實體機關長開點義現"
_SIMPLIFIED_COMMON = "们这个国说对会时来为发经与于过还进实体机关长开点义现"
_RADICALS = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf\u3b35]")
_PAGE_NUMBER = re.compile(r"^[\s\-–—·第页頁/\d]*\d[\s\-–—·第页頁/\d]*$")
#: Fewer printable characters than this on every page: a scan, not a text PDF.
_MIN_TEXT = 8


def read_pdf(path: Path) -> str:
    """The text of ``path`` as paragraphs separated by blank lines; raises :class:`LoadError`."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # declared in pyproject; a broken install still gets a sentence
        raise LoadError(
            f"“{path.name}” is a PDF, and reading PDFs needs the pypdfium2 package.", "pdf_support", path.name
        ) from None
    if path.stat().st_size == 0:
        raise LoadError(f"“{path.name}” is empty.", "empty", path.name)
    check_streams(path)
    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as err:
        log.info("PDFium could not open %s: %s", path, err)
        # PDFium's last error can be left over from an earlier file: a password only when the file is encrypted
        if "password" in str(err).lower() and b"/Encrypt" in path.read_bytes():
            raise LoadError(
                f"“{path.name}” is protected by a password; open it in a PDF viewer and save a copy without one.",
                "pdf_password",
                path.name,
            ) from None
        raise LoadError(
            f"“{path.name}” cannot be opened as a PDF: it is damaged or not a PDF.", "bad_pdf", path.name
        ) from None
    try:
        check_page_count(pdf, path.name)
        count_text(pdf, path.name)  # the text's size, page by page, before any layout
        lines: list[tuple] = []
        for number in range(len(pdf)):
            page = pdf[number]
            try:
                check_page(page, path.name)
                lines.extend((*line, number) for line in _page_lines(page))
            finally:
                page.close()
    except LoadError:
        raise
    except Exception:
        log.info("PDFium could not read the pages of %s", path, exc_info=True)
        raise pdf_damaged(path.name) from None
    finally:
        pdf.close()
    paragraphs = _paragraphs([ln for ln in lines if not _PAGE_NUMBER.match(ln[0])])
    text = "\n\n".join(paragraphs)
    if sum(1 for c in text if not c.isspace()) < _MIN_TEXT:
        raise LoadError(
            f"“{path.name}” has no text layer (it looks like a scanned image); Fact Browser reads PDFs that contain text, "
            "not pictures of text. Run it through OCR first.",
            "scanned_pdf",
            path.name,
        )
    return text


def ideographs(text: str) -> str:
    """Radicals that stand for ideographs (see :data:`RADICAL_IDEOGRAPHS`) turned back into them.

    ⼾ is 户 in a Simplified face and 戶 in a Traditional one: the text's own script decides.
    """
    door = "戶" if _looks_traditional(text) else "户"
    return _RADICALS.sub(
        lambda m: (
            door
            if m.group(0) == "⼾"
            else RADICAL_IDEOGRAPHS.get(m.group(0)) or unicodedata.normalize("NFKC", m.group(0))
        ),
        text,
    )


def _looks_traditional(text: str) -> bool:
    sample = text[:20000]
    return sum(sample.count(c) for c in _TRADITIONAL_COMMON) > sum(sample.count(c) for c in _SIMPLIFIED_COMMON)


def _page_lines(page) -> list[tuple[str, float, float, float, float]]:
    """``(text, left, right, bottom, top)`` per printed line, from each character's box: a line
    ends where the next character sits lower than this one's bottom (PDFium's own line breaks
    sometimes join a heading to the line before it with a space)."""
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
        out = []
        chars: list[str] = []
        box = None  # left, right, bottom, top of the line being read
        for i, ch in enumerate(text):
            if ch in "\r\n":
                continue
            if ch.isspace():
                if chars:
                    chars.append(" ")
                continue
            left, bottom, right, top = textpage.get_charbox(i, loose=True)
            if (
                box is not None
                and top - 0.3 * (top - bottom) < box[2]
                or box is not None
                and left < box[0] - 1
                and top < box[3] - 1
            ):
                out.append(("".join(chars).strip(), *box))
                chars, box = [], None
            chars.append(ch)
            box = (
                (left, right, bottom, top)
                if box is None
                else (box[0], max(box[1], right), min(box[2], bottom), max(box[3], top))
            )
        if chars:
            out.append(("".join(chars).strip(), *box))
    finally:
        textpage.close()
    return [(ideographs(t), *b) for t, *b in out if t]


def _paragraphs(lines: list[tuple[str, float, float, float, float, int]]) -> list[str]:
    """Lines joined into paragraphs: a line reaching the right margin continues on the next line
    when that one is not indented, is the same size and follows at line spacing (or opens the next page)."""
    if not lines:
        return []
    rights = sorted(ln[2] for ln in lines)
    margin_right = rights[int(len(rights) * 0.9)] if len(rights) > 3 else rights[-1]
    margin_left = min(ln[1] for ln in lines)
    out: list[str] = []
    current = ""
    for i, (text, _left, right, bottom, top, page) in enumerate(lines):
        current = _join(current, text) if current else text
        height = max(1.0, top - bottom)
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if nxt is not None and right >= margin_right - 1.5 * height:
            _, n_left, _, n_bottom, n_top, n_page = nxt
            same_size = abs((n_top - n_bottom) - height) < 0.25 * height
            follows = n_page == page + 1 or (n_page == page and -0.2 * height <= bottom - n_top < 0.35 * height)
            if follows and same_size and n_left <= margin_left + 0.8 * height:
                continue
        out.append(current)
        current = ""
    if current:
        out.append(current)
    return out


def _join(a: str, b: str) -> str:
    if a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return f"{a} {b}"
    return a + b
