"""Text of a Word (.docx) document through python-docx, headings taken from the document's styles.

The result is Markdown-shaped text (``#`` headings, blank lines between
paragraphs) so the normal Markdown path of :mod:`core.ingest.builder` makes the
sections: the ``Title`` style becomes the title, ``Heading N`` a heading of
level N, everything else a paragraph. Tables are read row by row (one line per
row, cells apart by an ideographic space) so their figures are found too.
Known limit: a paragraph that starts like Markdown list markup (``1. ``, ``- ``)
loses that marker, as a Markdown file would.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from .text import LoadError

_HEADING = re.compile(r"^(?:heading|标题|標題)\s*(\d)$", re.I)


def read_docx(path: Path) -> str:
    """Markdown-shaped text of ``path``; raises :class:`LoadError` with a readable reason."""
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:
        raise LoadError(
            f"“{path.name}” is a Word document, and reading those needs the python-docx package.",
            "docx_support",
            path.name,
        ) from None
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError):
        raise LoadError(
            f"“{path.name}” cannot be opened as a Word document: it is damaged or not a .docx file.",
            "bad_docx",
            path.name,
        ) from None
    blocks: list[str] = []
    body = document.element.body
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            _paragraph(Paragraph(child, document), blocks)
        elif tag == "tbl":
            for row in Table(child, document).rows:
                cells = [c.text.strip() for c in row.cells]
                line = "　".join(dict.fromkeys(c for c in cells if c))  # merged cells repeat their text
                if line:
                    blocks.append(line)
    text = "\n\n".join(blocks)
    if not text.strip():
        raise LoadError(f"“{path.name}” has no text.", "no_text")
    return text


def _paragraph(paragraph, blocks: list[str]) -> None:
    text = paragraph.text.strip()
    if not text:
        return
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
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
