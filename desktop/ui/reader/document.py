"""Writing an article into a QTextDocument block by block, recording where each piece lands
(on the GUI thread, or for a long document in a worker: :func:`build_document`)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QBrush,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextLength,
    QTextListFormat,
    QTextTableFormat,
)

from ...core.bidi import show_bidi_controls
from ...core.modes import ViewMode
from ..services import theme


@dataclass(slots=True)
class Placed:
    """An article block placed in the document: ``[src_start, src_end)`` at ``doc_start``."""

    src_start: int
    src_end: int
    view_start: int
    doc_start: int
    doc_end: int


@dataclass(slots=True)
class EnglishPlaced:
    doc_start: int
    doc_end: int
    sentence_index: int


def new_document(font: QFont) -> QTextDocument:
    """An empty document as the reader shows one (its margin, font, no undo history)."""
    doc = QTextDocument()
    doc.setDocumentMargin(18)
    doc.setDefaultFont(font)
    doc.setUndoRedoEnabled(False)
    return doc


def build_document(builder: DocumentBuilder, font: QFont) -> QTextDocument:
    """In a worker (QTextDocument is reentrant): write the article, then hand the document to the GUI thread."""
    doc = new_document(font)
    builder.build_into(doc)
    doc.moveToThread(QCoreApplication.instance().thread())
    return doc


class DocumentBuilder:
    """Writes an article into a QTextDocument and records where each block went."""

    def __init__(
        self, base: QFont, article, view, mode, english, english_block, english_font=("", 0.0), notice=None
    ) -> None:
        """Formats are made here (on the main thread: they read the palette); :meth:`build_into`
        may then run in a worker. ``placed``/``english_placed`` fill in as it writes."""
        self.doc, self.article, self.view, self.mode = None, article, view, mode
        self.notice = notice
        self.english = english or (lambda i: None)
        self.english_block = english_block or (lambda s, e: None)
        self.placed: list[Placed] = []
        self.english_placed: list[EnglishPlaced] = []
        self.cursor = None
        self.first = True
        self.body = QTextCharFormat()
        self.en = QTextCharFormat()
        self.en.setForeground(theme.english_text_colour())
        family, size = english_font
        if family:
            self.en.setFontFamilies([family])
        self.en.setFontPointSize(size if size > 0 else max(8.0, base.pointSizeF() * 0.92))
        self.heading = QTextCharFormat()
        self.heading.setFontWeight(QFont.Bold)
        self.heading.setFontPointSize(base.pointSizeF() * 1.3)
        self.subheading = QTextCharFormat()
        self.subheading.setFontWeight(QFont.Bold)
        self.subheading.setFontPointSize(base.pointSizeF() * 1.12)
        self.title = QTextCharFormat()
        self.title.setFontWeight(QFont.Bold)
        self.title.setFontPointSize(base.pointSizeF() * 1.6)
        self.header_cell = QTextCharFormat()
        self.header_cell.setFontWeight(QFont.Bold)
        self._list = None  # the QTextList list items are being added to
        self._list_ordered = False
        self.byline = QTextCharFormat()
        self.byline.setFontItalic(True)

    def build_into(self, doc) -> None:
        """Write the article into the empty ``doc``."""
        self.doc = doc
        self.cursor = QTextCursor(doc)
        self.build()

    def build(self) -> None:
        a = self.article
        if self.notice and ViewMode(self.mode).shows_english:
            self._notice(*self.notice)
        if a.title_span:
            self._block(*a.title_span, self.title, heading_level=1, space_after=10)
            self._english_block(*a.title_span)
        # Headings are drawn as the navigator lists them (the outline), not as the facts read them (the
        # sections): 2003's （一）加强和改善宏观调控 is a paragraph to the facts and a heading to the reader.
        outline = [h for h in a.outline if h.title]
        starts = [h.start for h in outline]
        top = min((h.level for h in outline), default=1)

        def heading_over(offset: int):
            """The outline's heading whose line(s) hold ``offset`` (2006's 三、关于《 runs over three lines)."""
            at = bisect.bisect_right(starts, offset) - 1
            return outline[at] if at >= 0 and offset < outline[at].end else None

        for section in a.sections:
            if section.title:
                heading = heading_over(section.heading_start) if a.outline else None
                if heading is not None or not a.outline:
                    self._heading(section.heading_start, section.heading_end, heading.level - top if heading else 0)
                else:  # a line the outline does not list (a list's bare number): text, as it reads
                    self._block(section.heading_start, section.heading_end, self.body, space_after=4)
                self._english_block(section.heading_start, section.heading_end)
            paragraphs = section.paragraphs
            i = 0
            while i < len(paragraphs):
                paragraph = paragraphs[i]
                i += 1
                heading = heading_over(paragraph.start)
                if heading is not None and paragraph.kind not in ("table_row", "list_item"):
                    self._list = None
                    self._heading(paragraph.start, paragraph.end, heading.level - top)
                    if ViewMode(self.mode).shows_english and any(self.english(s.index) for s in paragraph.sentences):
                        self._english_paragraph(paragraph.sentences)
                    continue
                if paragraph.kind == "table_row":
                    # A table: its rows are consecutive paragraphs; cells are placed one by one.
                    table = a.table_at(paragraph.start)
                    while i < len(paragraphs) and paragraphs[i].kind == "table_row" and paragraphs[i].start < table.end:
                        i += 1
                    self._table(table)
                    continue
                sentences = paragraph.sentences
                if self.mode == ViewMode.ENGLISH:
                    self._english_only(paragraph)
                    self._list_item(paragraph)
                elif self.mode == ViewMode.SIDE_BY_SIDE:
                    self._side_by_side(paragraph)
                else:
                    self._block(paragraph.start, paragraph.end, self.body, space_after=4)
                    self._list_item(paragraph)
                    if self.mode == ViewMode.INTERLEAVED:
                        text = " ".join(t for t in (self.english(s.index) for s in sentences) if t)
                        if text:
                            self._english_paragraph(sentences)

                if paragraph.kind != "list_item":
                    self._list = None

    def _heading(self, start: int, end: int, depth: int) -> None:
        """A heading ``depth`` levels under the outline's top ones."""
        fmt = self.heading if depth <= 0 else self.subheading
        self._block(
            start,
            end,
            fmt,
            heading_level=min(2 + max(depth, 0), 6),
            space_before=14 if depth <= 0 else 10,
            space_after=6,
        )

    # -- tables and lists ----------------------------------------------------
    def _notice(self, why: str, link: str, action: str) -> None:
        """Why there is no English, in the text itself, with the one action that fixes it."""
        self._new_block(space_after=12)
        fmt = QTextCharFormat(self.en)
        fmt.setFontItalic(True)
        self.cursor.insertText(why + " ", fmt)
        if link and action:
            anchor = QTextCharFormat(self.en)
            anchor.setAnchor(True)
            anchor.setAnchorHref(f"fact-browser:{action}")
            anchor.setFontUnderline(True)
            anchor.setForeground(theme.english_text_colour().darker(130))
            self.cursor.insertText(link, anchor)

    def _list_item(self, paragraph) -> None:
        """Make the block just written an item of the current list (a new list after other blocks)."""
        if paragraph.kind != "list_item":
            self._list = None
            return
        ordered = paragraph.marker[:1].isdigit()
        if self._list is None or self._list_ordered != ordered:
            fmt = QTextListFormat()
            fmt.setStyle(QTextListFormat.ListDecimal if ordered else QTextListFormat.ListDisc)
            self._list = self.cursor.createList(fmt)
            self._list_ordered = ordered
        else:
            self._list.add(self.cursor.block())

    def _table(self, table) -> None:
        """An article table as a table: header cells bold and shaded, each cell's English under it."""
        self._list = None
        self._new_block(space_after=6)
        fmt = QTextTableFormat()
        fmt.setBorder(1)
        fmt.setBorderBrush(QBrush(theme.english_text_colour()))
        fmt.setCellPadding(4)
        fmt.setCellSpacing(0)
        fmt.setBorderCollapse(True)
        qtable = self.cursor.insertTable(table.rows, table.columns, fmt)
        shown = ViewMode(self.mode).shows_english
        for cell in table.cells:
            qcell = qtable.cellAt(cell.row, cell.column)
            if cell.header:
                cell_fmt = qcell.format()
                cell_fmt.setBackground(theme.english_text_colour().lighter(190))
                qcell.setFormat(cell_fmt)
            self.cursor = qcell.firstCursorPosition()
            self._chinese(cell.start, cell.end, self.header_cell if cell.header else self.body)
            sentences = self.article.sentences_between(cell.start, cell.end) if cell.end > cell.start else []
            cell_text = self.article.text[cell.start : cell.end]
            # A cell of figures only is its own English: do not say it twice.
            if shown and any(self.english(s.index) not in (None, "", cell_text) for s in sentences):
                self.cursor.insertBlock()
                self._english_sentences(sentences)
        self.cursor = QTextCursor(self.doc)
        self.cursor.movePosition(QTextCursor.End)

    # -- pieces -------------------------------------------------------------
    def _new_block(self, *, heading_level=0, space_before=0, space_after=0, indent=0) -> None:
        fmt = QTextBlockFormat()
        if heading_level:
            fmt.setHeadingLevel(heading_level)
        fmt.setTopMargin(space_before)
        fmt.setBottomMargin(space_after)
        fmt.setLineHeight(135, QTextBlockFormat.ProportionalHeight.value)
        if self.first:
            self.cursor.setBlockFormat(fmt)
            self.first = False
        else:
            self.cursor.insertBlock(fmt)

    def _block(self, start, end, fmt, **block_kw) -> None:
        self._new_block(**block_kw)
        self._chinese(start, end, fmt)

    def _chinese(self, start, end, fmt) -> None:
        vs, ve = self.view.to_view(start), self.view.to_view(end)
        doc_start = self.cursor.position()
        # Bidi controls would silently reorder what is read: show each as a sign (same length).
        text = show_bidi_controls(self.view.text[vs:ve])
        byline = self.article.byline_span
        if byline and start <= byline[0] < end and fmt is self.body:
            bs, be = self.view.to_view(byline[0]) - vs, self.view.to_view(byline[1]) - vs
            self.cursor.insertText(text[:bs], fmt)
            self.cursor.insertText(text[bs:be], self.byline)
            self.cursor.insertText(text[be:], fmt)
        else:
            self.cursor.insertText(text, fmt)
        self.placed.append(Placed(start, end, vs, doc_start, self.cursor.position()))

    def _english_block(self, start, end) -> None:
        if not ViewMode(self.mode).shows_english:
            return
        text = self.english_block(start, end)
        if text:
            self._new_block(space_after=8)
            self.cursor.insertText(text, self.en)

    def _english_paragraph(self, sentences) -> None:
        self._new_block(space_after=10, indent=0)
        self._english_sentences(sentences)

    def _english_sentences(self, sentences) -> None:
        """The sentences' English, space-separated, each recorded for hover links."""
        first = True
        for s in sentences:
            text = self.english(s.index)
            if not text:
                continue
            if not first:
                self.cursor.insertText(" ", self.en)
            first = False
            start = self.cursor.position()
            self.cursor.insertText(text, self.en)
            self.english_placed.append(EnglishPlaced(start, self.cursor.position(), s.index))

    def _english_only(self, paragraph) -> None:
        texts = [(s, self.english(s.index)) for s in paragraph.sentences]
        if all(t for _, t in texts):
            self._english_paragraph(paragraph.sentences)
        else:  # no English yet: show the Chinese rather than nothing
            self._block(paragraph.start, paragraph.end, self.body, space_after=8)

    def _side_by_side(self, paragraph) -> None:
        self._new_block()
        fmt = QTextTableFormat()
        fmt.setBorder(0)
        fmt.setCellPadding(4)
        fmt.setWidth(QTextLength(QTextLength.PercentageLength, 100))
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.PercentageLength, 50)] * 2)
        table = self.cursor.insertTable(1, 2, fmt)
        self.cursor = table.cellAt(0, 0).firstCursorPosition()
        self._chinese(paragraph.start, paragraph.end, self.body)
        self.cursor = table.cellAt(0, 1).firstCursorPosition()
        self._english_sentences(paragraph.sentences)
        self.cursor = QTextCursor(self.doc)
        self.cursor.movePosition(QTextCursor.End)
