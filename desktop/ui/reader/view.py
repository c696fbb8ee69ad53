"""The reader pane: the article in a QTextBrowser, built block by block.

The document is built with a cursor, not from HTML, so article text is never
interpreted as markup and we know where every article block starts in the
document. ``doc_position(offset)`` and ``article_offset(pos)`` translate
between ``Article.text`` offsets and document positions through the display
view (script conversion) and the inserted English blocks. The document is
written by :mod:`.document` (in a worker when long); what the mouse pointer
is over, hovered or clicked, is :mod:`.pointer`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QTextCursor
from PySide6.QtWidgets import QTextBrowser

from ...core.document import Article
from ...core.modes import ViewMode
from ..services import tasks
from ..services.viewport import KeepsViewportSize
from .highlights import HighlightLayers
from .document import DocumentBuilder, build_document, new_document
from .pointer import PointerWatch
from .positions import DisplayView, IdentityView, Positions

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # not loaded before the first paint: only the annotation names it

#: documents longer than this (characters) are laid out in a worker
BACKGROUND_CHARS = 300_000


def _build_in_worker(builder: DocumentBuilder, font: QFont, shown: tuple):
    """:func:`build_document`, returning what :meth:`ReaderView._install` needs with it."""
    return build_document(builder, font), builder, shown


class ReaderView(KeepsViewportSize, QTextBrowser):
    """Shows one article; emits article offsets, never document positions."""

    #: index of the section at the top of the viewport, after a scroll
    sectionScrolled = Signal(int)
    #: article offset at the top of the viewport (at its bottom at the very end), after the user scrolled
    offsetScrolled = Signal(int)
    #: a notice link was clicked: the name of the action it offers ("online", "translate_now")
    actionRequested = Signal(str)
    #: article offset clicked (no text selected)
    offsetClicked = Signal(int)
    #: article offset under the resting mouse pointer, and the global position
    offsetHovered = Signal(int, QPoint)
    #: the mouse left the text or moved on before the hover delay
    hoverEnded = Signal()
    #: the document was rebuilt: highlight layers must be set again
    rendered = Signal()
    #: a long document is being laid out in the background (True), or that finished (False)
    busyChanged = Signal(bool)
    buildFailed = Signal(str)
    #: the reader painted for the first time (start-up work held back for it may run now)
    firstPainted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._article: Article | None = None
        #: article offsets ↔ document positions of the document shown
        self.positions = Positions()
        self.layers = HighlightLayers(self)
        self._layer_timer = QTimer(self, singleShot=True, interval=15)
        #: hover, click and the English sentence linked to its Chinese under the pointer
        self.pointer = PointerWatch(self)
        self._last_scrolled_section = -1
        self._programmatic_scroll = False
        self._english_font: tuple[str, float] = ("", 0.0)
        self._window_key: tuple | None = None
        self._window = (0, 0)
        self._painted = False
        self._building = tasks.Latest(self, lambda built: self._install_built(*built), self._on_build_failed)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setObjectName("reader")
        self.setAccessibleName(self.tr("Article"))
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.setOpenExternalLinks(False)
        self.setMouseTracking(True)
        # Links too: the app's own notices ("Turn on online translation", the empty page's "Open a
        # document…") are links, and without this flag a click on one selected text and did nothing.
        self.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard | Qt.LinksAccessibleByMouse)
        self.document().setDocumentMargin(18)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        # valueChanged(int) must not reach QTimer.start(int msec): the scroll position became
        # the delay, and marks came back seconds after a jump (issue 13.5).
        self.verticalScrollBar().valueChanged.connect(lambda _value: self._layer_timer.start())
        self._layer_timer.timeout.connect(self.layers.refresh)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.firstPainted.emit()

    # -- public API -------------------------------------------------------
    def loadResource(self, type_: int, name: QUrl):
        """Article text is untrusted: never fetch anything it refers to."""
        return None

    def article(self) -> Article | None:
        return self._article

    def set_fonts(self, chinese: QFont, english_family: str, english_size: float) -> None:
        """Fonts for the next :meth:`show_article`: Chinese text, and English glosses/translations."""
        self.document().setDefaultFont(chinese)
        self._english_font = (english_family, english_size)

    def set_hover_delay(self, ms: int) -> None:
        self.pointer.set_delay(ms)

    def show_article(
        self,
        article: Article | None,
        view: DisplayView | None = None,
        *,
        mode: ViewMode = ViewMode.CHINESE,
        english: Callable[[int], str | None] | None = None,
        english_block: Callable[[int, int], str | None] | None = None,
        notice: tuple[str, str, str] | None = None,
    ) -> None:
        """Render ``article`` through ``view``.

        ``english(sentence_index)`` gives a sentence's English; ``english_block(start, end)``
        gives the English of a title or heading span. Both may return None.
        ``notice`` is ``(why, link text, action name)``: said at the head of the text when
        English is missing; clicking the link emits :attr:`actionRequested` with the name.
        """
        scroll = self.verticalScrollBar().value()
        # The same article shown again (another script, view mode or English): the text at the top
        # stays at the top, whatever the new layout's heights (the pixel offset alone drifted).
        # At the very top it stays at the very top: the notice at the head of the text sat above the
        # first line kept there, so a start-up's second rendering scrolled it out of sight.
        if article is not None and article is self._article and scroll > 0:
            scroll = (scroll, self.top_offset(), self._last_scrolled_section)
        view = view or IdentityView(article.text if article else "")
        self._building.cancel()
        builder = None
        if article is not None:
            builder = DocumentBuilder(
                self.document().defaultFont(), article, view, mode, english, english_block, self._english_font, notice
            )
        if article is not None and len(article.text) > BACKGROUND_CHARS:
            # A long report takes a second or more to lay into a QTextDocument: build it in a
            # worker (QTextDocument is reentrant) and keep showing the old one meanwhile.
            self.busyChanged.emit(True)
            self._building.start(_build_in_worker, builder, self.document().defaultFont(), (article, view, scroll))
            return
        doc = None
        if builder is not None:
            doc = new_document(self.document().defaultFont())
            builder.build_into(doc)
        self._install(doc, article, view, builder, scroll)

    def is_building(self) -> bool:
        return not self._building.is_idle()

    def _on_build_failed(self, err: BaseException) -> None:
        self.busyChanged.emit(False)
        self.buildFailed.emit(tasks.describe(err))

    def _install_built(self, doc, builder, shown) -> None:
        self.busyChanged.emit(False)
        article, view, scroll = shown
        self._install(doc, article, view, builder, scroll)

    def _install(self, doc, article, view, builder, scroll) -> None:
        if doc is None:
            doc = new_document(self.document().defaultFont())
        doc.setParent(self)
        # The same article again (its English arrived, another script or view mode): its marks and
        # selection stay, being article spans; a picked fact's marks vanished when the English came.
        same = article is not None and article is self._article
        selected = self.selected_span() if same else None
        self._article = article
        self.positions = Positions(view, builder.placed, builder.english_placed) if builder else Positions(view)
        self.layers.clear(keep_article_spans=same)
        self.pointer.forget()
        self._window_key = None
        self.setExtraSelections([])
        self.setDocument(doc)
        scroll, top, named = scroll if isinstance(scroll, tuple) else (scroll, None, -1)
        self.verticalScrollBar().setValue(scroll)
        self._last_scrolled_section = -1
        if top is not None and article is not None:
            self._programmatic_scroll = True
            try:
                self.scroll_line_to_top(top)
            finally:
                self._programmatic_scroll = False
            # The same text is on screen, so the same section: name it again rather than measure it.
            # (In a real window the new document is still being laid out here, and a point read
            # from it fell pages away: the navigator named section 19 over section 2's text.)
            section = article.section_at(top) if named < 0 else None
            named = section.index if section is not None else named
            if named >= 0:
                self._last_scrolled_section = named
                self.sectionScrolled.emit(named)
        if selected is not None:
            self._reselect(*selected)
        if same:
            self.layers.refresh(force=True)
        self.rendered.emit()

    def _reselect(self, start: int, end: int) -> None:
        """Select ``[start, end)`` again where the text now is, leaving the view where it was kept."""
        bar = self.verticalScrollBar()
        value = bar.value()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.doc_position(start))
        cursor.setPosition(self.doc_position(end), QTextCursor.KeepAnchor)
        self._programmatic_scroll = True
        try:
            self.setTextCursor(cursor)
            bar.setValue(value)
        finally:
            self._programmatic_scroll = False

    def english_doc_spans(self, sentence_index: int, spans) -> list[tuple[int, int]]:
        """Document positions of ``[start, end)`` spans of sentence ``sentence_index``'s English, where it is shown."""
        return self.positions.english_doc_spans(sentence_index, spans)

    def doc_position(self, offset: int) -> int:
        """Document position of article ``offset`` (clamped into its block)."""
        return self.positions.doc_position(offset)

    def article_offset(self, pos: int) -> int | None:
        """Article offset at document position ``pos``, or None on English or decoration."""
        return self.positions.article_offset(pos)

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as an article span ``[start, end)``, or None (nothing, or only English, selected)."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = self.article_offset(cursor.selectionStart()), self.article_offset(cursor.selectionEnd())
        if start is None or end is None or end <= start:
            return None
        return start, end

    def english_sentence_at(self, pos: int) -> int | None:
        """Index of the sentence whose English is at document position ``pos``, or None."""
        return self.positions.english_sentence_at(pos)

    def scroll_to_offset(self, offset: int, *, top: bool = True) -> None:
        pos = self.doc_position(offset)
        cursor = QTextCursor(self.document())
        cursor.setPosition(pos)
        block = cursor.block()
        layout = self.document().documentLayout()
        y = layout.blockBoundingRect(block).top() if block.isValid() else 0
        # A programmatic scroll must not re-select a section the user did not pick
        # (near the end the target cannot reach the top of the viewport).
        self._programmatic_scroll = True
        try:
            if top:
                self.verticalScrollBar().setValue(int(y) - 6)
            else:
                rect = self.cursorRect(cursor)
                if rect.top() < 0 or rect.bottom() > self.viewport().height():
                    self.verticalScrollBar().setValue(int(y - self.viewport().height() / 3))
        finally:
            self._programmatic_scroll = False

    def scroll_line_to_top(self, offset: int) -> None:
        """Scroll so the line holding ``offset`` is at the top: the exact line, where
        :meth:`scroll_to_offset` goes to its paragraph (used to keep the text still while it reflows)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.doc_position(offset))
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.cursorRect(cursor).top() - 8)

    def select_span(self, start: int, end: int) -> None:
        """Select the article span ``[start, end)`` and make it visible."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.doc_position(start))
        cursor.setPosition(self.doc_position(end), QTextCursor.KeepAnchor)
        self.scroll_to_offset(start, top=False)
        self.setTextCursor(cursor)

    def set_layer(
        self,
        name: str,
        spans: Iterable[tuple[int, int, QColor]],
        *,
        underline: bool = False,
        document_positions: bool = False,
    ) -> None:
        """Replace highlight layer ``name`` with ``spans`` (article offsets, or document positions
        when ``document_positions``, and a background colour; ``underline`` underlines instead)."""
        self.layers.set(name, spans, underline=underline, document_positions=document_positions)

    def visible_article_window(self) -> tuple[int, int]:
        """Article offsets from one screen above the viewport to one screen below it.

        Cached per scroll position and size: a hit test on a 10 MB document costs ~15 ms.
        """
        if not self.positions.placed:
            return (0, 0)
        size = self.viewport_size()  # not viewport(): this runs before the first paint (viewport.py)
        key = (self.verticalScrollBar().value(), size.width(), size.height(), id(self.document()))
        if key != self._window_key:
            self._window_key, self._window = key, self._compute_window()
        return self._window

    def _compute_window(self) -> tuple[int, int]:
        size = self.viewport_size()
        height = size.height()
        top = self.cursorForPosition(QPoint(0, -height)).position()
        bottom = self.cursorForPosition(QPoint(size.width(), 2 * height)).position()
        placed = self.positions.placed
        i = max(0, self.positions.block_index(top))
        j = max(i, self.positions.block_index(bottom))
        # Inside a block, cut at the exact offsets: a 3.5 MB single-line file is one
        # block, and widening to whole blocks made all its 20,000+ facts selections
        # (15 s of a frozen window per 0.5 MB).
        lo, hi = self.article_offset(top), self.article_offset(bottom)
        lo = placed[i].src_start if lo is None else lo
        hi = placed[j].src_end if hi is None else min(hi + 1, placed[j].src_end)
        return (lo, max(lo, hi))

    def offset_at_point(self, point: QPoint) -> int | None:
        return self.article_offset(self.cursorForPosition(point).position())

    def top_offset(self) -> int | None:
        """The article offset shown nearest the top left (the first line may be English or margin)."""
        return self._offset_near((8, 24, 48, 96, 160))

    def bottom_offset(self) -> int | None:
        """The article offset shown nearest the bottom left."""
        h = self.viewport().height()
        return self._offset_near((h - 8, h - 24, h - 48, h - 96, h - 160))

    def _offset_near(self, ys) -> int | None:
        for y in ys:
            for x in (8, 48):
                offset = self.offset_at_point(QPoint(x, max(0, y)))
                if offset is not None:
                    return offset
        return None

    # -- events -------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._layer_timer.start()
        # Reflowing moves other text to the top without moving the scroll bar: tell the navigator.
        QTimer.singleShot(0, self._on_scrolled)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        self.pointer.moved(event.position().toPoint())

    def _on_anchor(self, url) -> None:
        # Only the app's own notice links act; article text never carries links (it is text only).
        if url.scheme() == "fact-browser":
            self.actionRequested.emit(url.path())

    def leaveEvent(self, event) -> None:
        self.pointer.left()
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        self.pointer.released(event)

    def _on_scrolled(self) -> None:
        if self._article is None or self._programmatic_scroll:
            return
        bar = self.verticalScrollBar()
        if bar.value() >= bar.maximum() > 0:
            # At the very end the last sections can never reach the top: name the one at the bottom.
            offset = self.bottom_offset()
        else:
            offset = self.top_offset()
        if offset is None:
            return
        section = self._article.section_at(offset)
        if section is not None and section.index != self._last_scrolled_section:
            self._last_scrolled_section = section.index
            self.sectionScrolled.emit(section.index)
        self.offsetScrolled.emit(offset)
