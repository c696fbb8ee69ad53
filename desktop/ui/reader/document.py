"""Writing an article into a QTextDocument block by block, recording where each piece lands."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextLength, QTextTableFormat

from ...core.modes import ViewMode
from ..shell import theme


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


class DocumentBuilder:
    """Writes an article into a QTextDocument and records where each block went."""

    def __init__(self, base: QFont, article, view, mode, english, english_block, english_font=("", 0.0)) -> None:
        """Formats are made here (on the main thread: they read the palette); :meth:`build_into`
        may then run in a worker. ``placed``/``english_placed`` fill in as it writes."""
        self.doc, self.article, self.view, self.mode = None, article, view, mode
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
        self.title = QTextCharFormat()
        self.title.setFontWeight(QFont.Bold)
        self.title.setFontPointSize(base.pointSizeF() * 1.6)
        self.byline = QTextCharFormat()
        self.byline.setFontItalic(True)

    def build_into(self, doc) -> None:
        """Write the article into the empty ``doc``."""
        self.doc = doc
        self.cursor = QTextCursor(doc)
        self.build()

    def build(self) -> None:
        a = self.article
        if a.title_span:
            self._block(*a.title_span, self.title, heading_level=1, space_after=10)
            self._english_block(*a.title_span)
        for section in a.sections:
            if section.title:
                self._block(section.heading_start, section.heading_end, self.heading, heading_level=2, space_before=14, space_after=6)
                self._english_block(section.heading_start, section.heading_end)
            for paragraph in section.paragraphs:
                sentences = paragraph.sentences
                if self.mode == ViewMode.ENGLISH:
                    self._english_only(paragraph)
                elif self.mode == ViewMode.SIDE_BY_SIDE:
                    self._side_by_side(paragraph)
                else:
                    self._block(paragraph.start, paragraph.end, self.body, space_after=4)
                    if self.mode == ViewMode.INTERLEAVED:
                        text = " ".join(t for t in (self.english(s.index) for s in sentences) if t)
                        if text:
                            self._english_paragraph(sentences)

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
        text = self.view.text[vs:ve]
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
