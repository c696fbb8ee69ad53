"""Side panels give way before the reader does (issue 13, item 6).

Qt keeps a dock's width when its window is resized and takes the whole change
out of the central widget, and the splitter shrinks the reader (stretch 1)
before the navigator; so in a small window the reader was squeezed to its
minimum while the facts table kept a third of a large one. Here, whenever the
window's width changes, the navigator and then the docks beside the reader
shrink (each down to its own minimum) until the reader has
:data:`READER_COMFORT_EMS` characters of the reading font per line; as the
window grows again they take back what they gave, never more, so widths the
user chose come back.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFontMetrics, QTextCursor
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

#: characters of the reading font per line that the reader keeps while side panels can still give way
READER_COMFORT_EMS = 28

_SIDES = (Qt.LeftDockWidgetArea, Qt.RightDockWidgetArea)


def _minimum(widget: QWidget) -> int:
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


class SidePanelsGiveWay(QObject):
    """Shares ``window``'s width between the reader and the side panels; the window calls
    :meth:`share` from its ``resizeEvent`` once its layout has placed everything.

    ``splitter`` holds the navigator (first) and the reader's column (second).
    """

    def __init__(self, window: QMainWindow, splitter: QSplitter, reader: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._splitter = splitter
        self._reader = reader
        #: width each dock gave up for the reader, returned when there is room again
        self._given: dict[QWidget, int] = {}
        #: the navigator's width as the user (or the saved state) left it: the splitter narrows
        #: it by itself in a small window and never widens it again
        #: (known once the window has painted: a hidden splitter reports its size hints)
        self._navigator_width: int | None = None
        splitter.splitterMoved.connect(lambda pos, _index: setattr(self, "_navigator_width", pos))

    def remember_navigator(self) -> None:
        """Take the navigator's current width as the one to come back to (the window calls this at its first paint)."""
        self._navigator_width = self._splitter.sizes()[0]

    def comfortable_width(self) -> int:
        font = self._reader.document().defaultFont()
        return READER_COMFORT_EMS * QFontMetrics(font).horizontalAdvance("中")

    def share(self) -> None:
        """Shrink side panels while the reader is narrower than comfortable; give width back when it is wider."""
        window = self._window
        navigator = self._splitter.widget(0)
        docks = [d for d in window.findChildren(QDockWidget)
                 if d.isVisible() and not d.isFloating() and window.dockWidgetArea(d) in _SIDES]
        docks.sort(key=lambda d: d.width(), reverse=True)
        self._given = {d: w for d, w in self._given.items() if d in docks}
        short = self.comfortable_width() - self._reader.width()
        widths: dict[QWidget, int] = {}
        if short > 0:
            for panel in (navigator, *docks):
                take = min(short, panel.width() - _minimum(panel))
                if take > 0:
                    widths[panel] = panel.width() - take
                    if panel is not navigator:
                        self._given[panel] = self._given.get(panel, 0) + take
                    short -= take
        elif short < 0:
            room = -short
            owed = [(d, self._given.get(d, 0)) for d in docks]  # docks first: the navigator gave first
            owed.append((navigator, max(0, (self._navigator_width or 0) - navigator.width())))
            for panel, due in owed:
                back = min(room, due)
                if back > 0:
                    widths[panel] = panel.width() + back
                    if panel is not navigator:
                        self._given[panel] -= back
                    room -= back
        if not widths:
            return
        # The text the reader shows stays at its top while it reflows (a restored reading position too).
        top = self._reader.top_offset()
        nav_width = widths.pop(navigator, navigator.width())
        if widths:
            window.resizeDocks(list(widths), list(widths.values()), Qt.Horizontal)
            window.layout().activate()
        # The splitter hands width it gains to a navigator below its size hint: keep it where it was put.
        sizes = self._splitter.sizes()
        if len(sizes) == 2 and sizes[0] != nav_width:
            self._splitter.setSizes([nav_width, sum(sizes) - nav_width])
        if top is not None:
            self._keep_at_top(top)

    def _keep_at_top(self, offset: int) -> None:
        reader = self._reader
        cursor = QTextCursor(reader.document())
        cursor.setPosition(reader.doc_position(offset))
        bar = reader.verticalScrollBar()
        bar.setValue(bar.value() + reader.cursorRect(cursor).top() - 8)
