"""PDF and DOCX files the tests (and ``benchmarks/bench_pdf.py``) make themselves.

PDFs are printed with Qt's own QPdfWriter: each paragraph laid out with
QTextLayout in a Noto CJK face, a page number at the foot of every page,
headings larger, a paragraph that does not fit continuing on the next page —
as a word processor prints. ``blocks`` are ``("title"|"heading"|"paragraph", text)``.
"""

from __future__ import annotations

from pathlib import Path


def cjk_family(traditional: bool = False) -> str | None:
    """The Noto CJK family installed (fonts-noto-cjk), or None."""
    from PySide6.QtGui import QFontDatabase

    wanted = ("Noto Sans CJK TC", "Noto Serif CJK TC") if traditional else ("Noto Sans CJK SC", "Noto Serif CJK SC")
    families = set(QFontDatabase.families())
    return next((f for f in wanted if f in families), None)


def make_pdf(path: Path, blocks: list[tuple[str, str]], family: str, *, point_size: float = 11) -> Path:
    """Print ``blocks`` to ``path`` with QPdfWriter (needs a QGuiApplication)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter, QTextLayout

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.A4))
    writer.setResolution(144)
    writer.setTitle(next((t for k, t in blocks if k == "title"), ""))
    painter = QPainter(writer)
    page = writer.pageLayout().paintRectPixels(writer.resolution())
    width, bottom = page.width(), page.height() - 60
    y, number = 0.0, 1

    def new_page() -> None:
        nonlocal y, number
        footer = QFont(family, 9)
        painter.setFont(footer)
        painter.drawText(QPointF(width / 2, page.height() - 20), str(number))
        writer.newPage()
        number += 1
        y = 0.0

    for kind, text in blocks:
        size = {"title": 1.8, "heading": 1.3}.get(kind, 1.0) * point_size
        font = QFont(family, size)
        font.setBold(kind != "paragraph")
        layout = QTextLayout(text, font, writer)
        layout.beginLayout()
        lines = []
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            lines.append(line)
        layout.endLayout()
        painter.setFont(font)
        for line in lines:
            if y + line.height() > bottom:
                new_page()
            line.setPosition(QPointF(0, 0))
            line.draw(painter, QPointF(0, y))
            y += line.height()
        y += point_size * 1.2  # the space between paragraphs
    painter.setFont(QFont(family, 9))
    painter.drawText(QPointF(width / 2, page.height() - 20), str(number))
    painter.end()
    return path


def make_scanned_pdf(path: Path) -> Path:
    """A PDF whose page is only a picture of text (no text layer), like a scan."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QFont, QImage, QPageSize, QPainter, QPdfWriter

    image = QImage(800, 300, QImage.Format_RGB32)
    image.fill(Qt.white)
    p = QPainter(image)
    p.setFont(QFont(cjk_family() or "Sans", 28))
    p.drawText(QPointF(20, 120), "国内生产总值增长5%左右")
    p.end()
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.A4))
    painter = QPainter(writer)
    painter.drawImage(QPointF(0, 0), image)
    painter.end()
    return path


def make_docx(path: Path, blocks: list[tuple[str, str]]) -> Path:
    """A Word document: the title in the Title style, headings in Heading 1/2, paragraphs in Normal."""
    import docx

    document = docx.Document()
    for kind, text in blocks:
        if kind == "title":
            document.add_heading(text, level=0)
        elif kind == "heading":
            document.add_heading(text, level=1)
        elif kind == "subheading":
            document.add_heading(text, level=2)
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path
