"""What the mouse pointer is over in the reader, in article offsets.

The pointer resting on a character (for the hover delay) names that character's offset (the
gloss popup opens there); moving or leaving ends the hover; a click without a selection names
the offset clicked; pointing at a sentence's English highlights its Chinese sentence, and back.
The reader view owns the signals and hands its mouse events here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QTextBrowser

from ..services import theme

#: the pointer rests this long (ms) before the character under it counts as hovered, until set
DEFAULT_HOVER_MS = 450


class PointerWatch(QObject):
    """Follows the pointer over ``view`` (the :class:`~desktop.ui.reader.view.ReaderView`) and emits
    its ``offsetHovered``, ``hoverEnded`` and ``offsetClicked``."""

    def __init__(self, view: QTextBrowser) -> None:
        super().__init__(view)
        self._view = view
        self._timer = QTimer(self, singleShot=True, interval=DEFAULT_HOVER_MS)
        self._timer.timeout.connect(self._on_rest)
        self._pos = QPoint()
        #: the sentence spans highlighted for the pointer (Chinese, English), to skip resetting them
        self._linked = None

    def set_delay(self, ms: int) -> None:
        self._timer.setInterval(max(50, ms))

    def delay(self) -> int:
        """How long (ms) the pointer rests before the character under it counts as hovered."""
        return self._timer.interval()

    def forget(self) -> None:
        """Another document is shown: the sentences linked under the pointer are gone with the old one."""
        self._linked = None

    def moved(self, pos: QPoint) -> None:
        self._pos = pos
        self._view.hoverEnded.emit()
        self._timer.start()
        self._link_sentence(self._view.cursorForPosition(pos).position())

    def left(self) -> None:
        self._timer.stop()
        self._view.hoverEnded.emit()

    def released(self, event) -> None:
        view = self._view
        if event.button() == Qt.LeftButton and not view.textCursor().hasSelection():
            offset = view.offset_at_point(event.position().toPoint())
            if offset is not None:
                view.offsetClicked.emit(offset)

    def _link_sentence(self, pos: int) -> None:
        """Pointing at an English sentence highlights its Chinese sentence, and back."""
        view = self._view
        article, positions = view.article(), view.positions
        if not positions.english or article is None:
            return
        colour = theme.link_hover_colour()
        index = positions.english_sentence_at(pos)
        if index is not None:
            s = article.sentences[index]
            spans = [(s.start, s.end, colour)]
            english = [(e.doc_start, e.doc_end, colour) for e in positions.english_of(index)]
        else:
            offset = positions.article_offset(pos)
            s = article.sentence_at(offset) if offset is not None else None
            spans = [(s.start, s.end, colour)] if s else []
            english = [(e.doc_start, e.doc_end, colour) for e in (positions.english_of(s.index) if s else ())]
        if not english:
            spans = []
        key = (tuple(sp[:2] for sp in spans), tuple(e[:2] for e in english))
        if key == self._linked:
            return
        self._linked = key
        view.set_layer("hover", spans)
        view.set_layer("hover_en", english, document_positions=True)

    def _on_rest(self) -> None:
        view, pos = self._view, self._pos
        cursor = view.cursorForPosition(pos)
        rect = view.cursorRect(cursor)
        # cursorForPosition snaps to the nearest character; ignore points in margins.
        if abs(rect.center().y() - pos.y()) > rect.height():
            return
        offset = view.article_offset(cursor.position())
        article = view.article()
        if offset is not None and article is not None and offset < len(article.text):
            # The character under the pointer is the one whose left half or right half holds it.
            left = view.cursorRect(cursor).left()
            if pos.x() < left and offset > 0:
                offset -= 1
            view.offsetHovered.emit(offset, view.viewport().mapToGlobal(pos))
