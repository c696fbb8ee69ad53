"""Side panels give way before the reader does (issue 13, item 6).

Qt keeps a dock's width when its window is resized and takes the whole change
out of the central widget, and the splitter shrinks the reader (stretch 1)
before the navigator; so in a small window the reader was squeezed to its
minimum while the facts table kept a third of a large one. Here, whenever the
window's width changes, the navigator and then the docks beside the reader
shrink (each down to its own minimum) until the reader has
:data:`READER_COMFORT_EMS` characters of the reading font per line; as the
window grows again they widen back towards the width they had when the window
first painted or the user last dragged them, never past it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QSplitter, QWidget

#: characters of the reading font per line that the reader keeps while side panels can still give way
READER_COMFORT_EMS = 28

_SIDES = (Qt.LeftDockWidgetArea, Qt.RightDockWidgetArea)


def _minimum(widget: QWidget) -> int:
    return max(widget.minimumSizeHint().width(), widget.minimumWidth())


class SidePanelsGiveWay(QObject):
    """Shares ``window``'s width between the reader and the side panels; the window calls
    :meth:`share` from its ``resizeEvent`` once its layout has placed everything, and
    :meth:`remember` once it has painted.

    ``splitter`` holds the navigator (first) and the reader's column (second).
    """

    def __init__(self, window: QMainWindow, splitter: QSplitter, reader: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._splitter = splitter
        self._reader = reader
        #: each panel's width to come back to. Known once the window has painted (a hidden
        #: splitter reports its size hints), then whatever the user drags it to.
        self._preferred: dict[QWidget, int] = {}
        #: whether the window has painted (widths before it are size hints)
        self._painted = False
        self._sharing = False
        splitter.splitterMoved.connect(lambda pos, _index: self._preferred.__setitem__(splitter.widget(0), pos))

    def remember(self) -> None:
        """Take the panels' current widths as the ones to come back to (once: at the first paint)."""
        if self._painted:
            return
        self._painted = True
        self._preferred[self._splitter.widget(0)] = self._splitter.sizes()[0]
        for dock in self._docks():
            self._preferred[dock] = dock.width()
            dock.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        # Only a drag (a mouse button is down) makes a width the user's: Qt also delivers a
        # dock's resizes from a window resize after the window's own event.
        if (
            event.type() == QEvent.Resize
            and not self._sharing
            and isinstance(watched, QDockWidget)
            and QApplication.mouseButtons() & Qt.LeftButton
        ):
            self._preferred[watched] = event.size().width()
        return False

    def comfortable_width(self) -> int:
        font = self._reader.document().defaultFont()
        return READER_COMFORT_EMS * QFontMetrics(font).horizontalAdvance("中")

    def _docks(self) -> list[QDockWidget]:
        window = self._window
        return [
            d
            for d in window.findChildren(QDockWidget)
            if d.isVisible() and not d.isFloating() and window.dockWidgetArea(d) in _SIDES
        ]

    def share(self) -> None:
        """Shrink side panels while the reader is narrower than comfortable; widen them back when it is wider."""
        navigator = self._splitter.widget(0)
        docks = sorted(self._docks(), key=lambda d: d.width(), reverse=True)
        for dock in docks:
            if dock not in self._preferred and self._painted:  # shown since the first paint
                self._preferred[dock] = dock.width()
                dock.installEventFilter(self)
        short = self.comfortable_width() - self._reader.width()
        widths: dict[QWidget, int] = {}
        if short > 0:
            for panel in (navigator, *docks):
                take = min(short, panel.width() - _minimum(panel))
                if take > 0:
                    widths[panel] = panel.width() - take
                    short -= take
        elif short < 0:
            room = -short
            for panel in (*docks, navigator):  # the navigator gave first, so it gets back last
                back = min(room, self._preferred.get(panel, 0) - panel.width())
                if back > 0:
                    widths[panel] = panel.width() + back
                    room -= back
        self._sharing = True
        try:
            if widths:
                self._apply(navigator, widths)
        finally:
            self._sharing = False

    def _apply(self, navigator: QWidget, widths: dict[QWidget, int]) -> None:
        # The text the reader shows stays at its top while it reflows (a restored reading position too);
        # at the very top it stays at the very top, where the reader's notice about the English is.
        top = self._reader.top_offset() if self._reader.verticalScrollBar().value() > 0 else None
        nav_width = widths.pop(navigator, navigator.width())
        if widths:
            self._window.resizeDocks(list(widths), list(widths.values()), Qt.Horizontal)
            self._window.layout().activate()
        # The splitter hands width it gains to a navigator below its size hint: keep it where it was put.
        sizes = self._splitter.sizes()
        if len(sizes) == 2 and sizes[0] != nav_width:
            self._splitter.setSizes([nav_width, sum(sizes) - nav_width])
        if top is not None:
            self._reader.scroll_line_to_top(top)
