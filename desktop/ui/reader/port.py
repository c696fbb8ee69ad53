"""The reader feature's side of the reader protocol (:mod:`desktop.ui.services.reader_protocol`).

Features get a :class:`ReaderPort`, never the :class:`ReaderView` or the
:class:`SectionNavigator`: what they may do with the reader is this class's
public API, and document positions, highlight layers and the navigator's
models stay inside ``ui/reader``.
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QObject, QPoint, QTimer

from ..services.filtering import filter_change
from ..services.reader_protocol import ReaderSignals
from .navigator import SectionNavigator
from .view import ReaderView

#: how long :meth:`ReaderPort.select_span_when_shown` keeps selecting after each rendering
SELECT_WHEN_SHOWN_MS = 3000


class ReaderPort(ReaderSignals):
    """One window's reader (view and navigator) as the features see it. See :class:`Reader`."""

    def __init__(self, view: ReaderView, navigator: SectionNavigator) -> None:
        super().__init__(view)  # lives and dies with the view
        self._view, self._navigator = view, navigator
        view.rendered.connect(self.rendered)
        view.offsetClicked.connect(self.offsetClicked)
        view.offsetHovered.connect(self.offsetHovered)
        view.hoverEnded.connect(self.hoverEnded)
        view.cursorPositionChanged.connect(self.cursorMoved)
        view.actionRequested.connect(self.actionRequested)
        navigator.selectionModel().currentChanged.connect(
            lambda *_: self.sectionChanged.emit(navigator.current_section_index())
        )

    # -- marks ------------------------------------------------------------------
    def set_layer(self, name: str, marks, *, underline: bool = False) -> None:
        self._view.set_layer(name, marks, underline=underline)

    def set_layers(self, layers: dict) -> None:
        self._view.layers.set_many(layers)

    def set_english_layer(self, name: str, marks) -> None:
        positions = self._view.positions
        spans = [
            (a, b, colour)
            for index, start, end, colour in marks
            for a, b in positions.english_doc_spans(index, ((start, end),))
        ]
        self._view.set_layer(name, spans, document_positions=True)

    def selection_colour(self):
        return self._view.palette().highlight().color()

    # -- selection and cursor -----------------------------------------------------
    def select_span(self, start: int, end: int) -> None:
        self._view.select_span(start, end)

    def select_span_when_shown(self, start: int, end: int) -> None:
        """The reader may lay a long document out in a worker and render again as its English
        or script arrives: the span is selected after every rendering for a moment (once the
        event loop has laid it out), then left to the user."""
        view = self._view
        live = {"on": True}

        def select() -> None:
            if live["on"]:
                QTimer.singleShot(0, view, lambda: view.select_span(start, end))

        def stop() -> None:
            live["on"] = False
            view.rendered.disconnect(select)

        view.rendered.connect(select)
        QTimer.singleShot(SELECT_WHEN_SHOWN_MS, view, stop)  # with the view as context: dropped if it is gone

    def selected_span(self) -> tuple[int, int] | None:
        return self._view.selected_span()

    def clear_selection(self) -> None:
        cursor = self._view.textCursor()
        if cursor.hasSelection():
            cursor.clearSelection()
            self._view.setTextCursor(cursor)

    def cursor_offset(self, *, selection_start: bool = False) -> int | None:
        cursor = self._view.textCursor()
        return self._view.article_offset(cursor.selectionStart() if selection_start else cursor.position())

    def point_below_cursor(self) -> QPoint:
        view = self._view
        return view.viewport().mapToGlobal(view.cursorRect(view.textCursor()).bottomLeft())

    def focus(self) -> None:
        self._view.setFocus()

    def set_hover_delay(self, ms: int) -> None:
        self._view.set_hover_delay(ms)

    def watch_keys(self, watcher: QObject) -> None:
        self._view.installEventFilter(watcher)

    # -- sections -------------------------------------------------------------------
    def current_section(self) -> int:
        return self._navigator.current_section_index()

    def current_part(self) -> tuple[int, int] | None:
        return self._navigator.current_part()

    def select_section(self, index: int) -> None:
        self._navigator.select_section(index)

    def set_section_hit_counts(self, counts: dict[int, int], starts: Sequence[int] = ()) -> None:
        with filter_change(self._navigator.proxy):  # "hits only" depends on the counts
            self._navigator.sections.set_hit_counts(counts, starts)

    def set_only_sections_with_hits(self, on: bool) -> None:
        self._navigator.proxy.set_only_hits(on)
