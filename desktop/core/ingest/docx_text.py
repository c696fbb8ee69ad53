"""Text of a Word (.docx) document through python-docx, headings taken from the document's styles.

The result is Markdown-shaped text (``#`` headings, blank lines between
paragraphs) so the normal Markdown path of :mod:`core.ingest.builder` makes the
sections: the ``Title`` style becomes the title, ``Heading N`` a heading of
level N, everything else a paragraph. Tables are read row by row (one line per
row, cells apart by an ideographic space) so their figures are found too.
Known limit: a paragraph that starts like Markdown list markup (``1. ``, ``- ``)
loses that marker, as a Markdown file would.

Hostile files (issue 21): the zip is judged by :mod:`core.ingest.docx_package`
from its directory and a bounded test read before python-docx inflates
anything; the body is read element by element and refused once its text passes
:data:`core.ingest.text.MAX_TEXT_CHARS`. Whatever python-docx, lxml or zlib
raise on a damaged file becomes one sentence; their own words go to the log.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from .docx_package import check_package, damaged_docx
from .text import MAX_TEXT_CHARS, LoadError, text_too_large

log = logging.getLogger(__name__)

_HEADING = re.compile(r"^(?:heading|标题|標題)\s*(\d)$", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_docx(path: Path) -> str:
    """Markdown-shaped text of ``path``; raises :class:`LoadError` with a readable reason."""
    try:
        import docx
    except ImportError:
        raise LoadError(
            f"“{path.name}” is a Word document, and reading those needs the python-docx package.",
            "docx_support",
            path.name,
        ) from None
    check_package(path)
    try:
        document = docx.Document(str(path))
        blocks = _blocks(document, path)
    except LoadError:
        raise
    except Exception:
        log.info("python-docx could not read %s", path, exc_info=True)
        raise damaged_docx(path) from None
    text = "\n\n".join(blocks)
    if not text.strip():
        raise LoadError(f"“{path.name}” has no text.", "no_text")
    return text


def _blocks(document, path: Path) -> list[str]:
    """The body's paragraphs and table rows, element by element, refused past the text limit."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[str] = []
    size = 0
    # style id -> name once: python-docx's paragraph.style searches the styles part every time (5 s of 9
    # for 8,000 paragraphs)
    styles = {style.style_id: style.name or "" for style in document.styles}
    # Only paragraphs that hold text, chosen by XPath inside lxml: a Python object for each of a
    # million empty paragraphs took 13 s.
    body = document.element.body
    for child in body.xpath("./w:p[.//w:t or .//w:tab or .//w:br] | ./w:tbl"):
        before = len(blocks)
        if child.tag == f"{_W}p":
            _paragraph(Paragraph(child, document), _style_id(child), styles, blocks)
        else:
            for row in Table(child, document).rows:
                cells = [c.text.strip() for c in row.cells]
                line = "　".join(dict.fromkeys(c for c in cells if c))  # merged cells repeat their text
                if line:
                    blocks.append(line)
                    size += len(line) + 2
                    if size > MAX_TEXT_CHARS:
                        raise text_too_large(path.name)
            continue
        size += sum(len(b) + 2 for b in blocks[before:])
        if size > MAX_TEXT_CHARS:
            raise text_too_large(path.name)
    return blocks


def _style_id(p) -> str:
    style = p.find(f"{_W}pPr/{_W}pStyle")
    return style.get(f"{_W}val", "") if style is not None else ""


def _paragraph(paragraph, style_id: str, styles: dict[str, str], blocks: list[str]) -> None:
    text = paragraph.text.strip()
    if not text:
        return
    style = styles.get(style_id, "") if style_id else ""
    if style.lower() == "title":
        blocks.append(f"# {text}")
        return
    m = _HEADING.match(style.strip())
    if m:
        blocks.append(f"{'#' * min(6, int(m.group(1)) + 1)} {text}")
        return
    # Line breaks inside a paragraph (Shift+Enter) would end it in Markdown: keep it one block.
    blocks.append(text.replace("\n", " ") if not _is_cjk_join(text) else text.replace("\n", ""))


def _is_cjk_join(text: str) -> bool:
    return bool(re.search(r"[\u3400-\u9fff]\n[\u3400-\u9fff]", text))
