"""Text of a PDF with a text layer, as paragraphs, through pypdfium2 (PDFium, the engine of Chrome).

Why pypdfium2 (``benchmarks/bench_pdf.py`` measures it): on Chinese PDFs made
by Qt's QPdfWriter with the Noto CJK fonts, pypdfium2, pdfminer.six and pypdf
recover the same characters (they all read the PDF's own ToUnicode map), but
pypdfium2 is 14–19× faster (14 ms against 200–270 ms for nine pages) and
gives each character's box, which is what rebuilds paragraphs from lines.

The document is read as a document, not a stream of lines (each page's
lines: :mod:`core.ingest.pdf_lines`; the layout: :mod:`core.ingest.pdf_layout`): headings from the PDF's outline or from type
sizes and weights, paragraphs from the lines' geometry, running headers,
footers and page numbers dropped, typesetting spaces next to CJK removed. When
the layout finds headings the text goes on as Markdown-shaped text, like a
.docx; when it says nothing (no outline, one size and weight throughout: a
plain export) the paragraphs go on as plain text and the plain-text rules find
the headings (``一、``, short lines), as for a .txt file. That pass costs about
3–4× PDFium's bare text per page (``make bench``: pdf_layout). Fonts such as Noto CJK / Source Han map some glyphs back to radicals
(⼈ U+2F08 for 人, ⻅ U+2EC5 for 见); those are turned back into the
ideographs the text meant.

A PDF whose pages carry no text (a scan) is refused with a sentence saying so.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

from .pdf_layout import document_blocks, drop_running, markdown
from .pdf_lines import page_lines
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
#: Fewer printable characters than this on every page: a scan, not a text PDF.
_MIN_TEXT = 8


def read_pdf(path: Path) -> str:
    """The text of ``path`` (see :func:`read_pdf_document`); raises :class:`LoadError`."""
    return read_pdf_document(path)[0]


def read_pdf_document(path: Path, *, use_outline: bool = True) -> tuple[str, str]:
    """``(text, kind)``: Markdown-shaped text (kind "markdown") when the layout found headings,
    else paragraphs separated by blank lines (kind "text"); raises :class:`LoadError`.
    ``use_outline=False`` takes headings from sizes and weights even when the PDF has an outline."""
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
                textpage = page.get_textpage()
                try:
                    lines.extend(page_lines(textpage, number, page.get_height()))
                finally:
                    textpage.close()
            finally:
                page.close()
        pages = len(pdf)
        outline = _outline(pdf) if use_outline else []
    except LoadError:
        raise
    except Exception:
        log.info("PDFium could not read the pages of %s", path, exc_info=True)
        raise pdf_damaged(path.name) from None
    finally:
        pdf.close()
    # Radicals back to ideographs before the outline's titles are looked for among the lines
    # (lines hold no newline: one pass over the document, its script judged as a whole).
    for line, text in zip(lines, ideographs("\n".join(ln.text for ln in lines)).split("\n")):
        line.text = text
    blocks = document_blocks(drop_running(lines, pages), outline)
    if any(kind == "heading" for kind, _, _ in blocks):
        text, kind = markdown(blocks), "markdown"
    else:  # layout says nothing: the plain-text rules find the headings, as in a .txt file
        text, kind = "\n\n".join(t for _, _, t in blocks), "text"
    if sum(1 for c in text if not c.isspace()) < _MIN_TEXT:
        raise LoadError(
            f"“{path.name}” has no text layer (it looks like a scanned image); Fact Browser reads PDFs that contain text, "
            "not pictures of text. Run it through OCR first.",
            "scanned_pdf",
            path.name,
        )
    return text, kind


def _outline(pdf) -> list[tuple[int, str]]:
    """The PDF's outline (bookmarks) as (depth, title); [] when it has none or it cannot be read."""
    try:
        return [(item.level, item.get_title() if hasattr(item, "get_title") else item.title) for item in pdf.get_toc()]
    except Exception:  # noqa: BLE001 - a damaged outline costs the headings it would give, never the text
        return []


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
