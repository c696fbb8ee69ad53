"""The library window's status bar: its message ends in "…" a gap before the counts, never under them.

Qt draws a status bar's message up to 2 px before the first permanent widget and cuts it there without
an ellipsis. The library's are a long title while it indexes, and the counts, the progress bar and Stop
beside it: at 800×600 "Indexing: 第十四届全国人民代表大会第三次会议关于政府" ran into "2 documents · 355 facts"
(read as "…关于政府2 documents"). Every message goes through here, whoever shows it (the window, a tab's
failure, a menu's status tip), because the message is drawn here, not set here; the whole of a shortened
message is the bar's tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizeGrip, QStatusBar, QStyle, QStyleOption, QToolTip, QWidget

#: Qt's own margins of the message: 6 px before it, 12 px after it when nothing stands beside it
_LEFT, _RIGHT = 6, 12


class LibraryStatusBar(QStatusBar):
    # -- public API -----------------------------------------------------------
    def gap(self) -> int:
        """Pixels kept clear between the message and the first widget beside it: two average characters."""
        return max(12, 2 * self.fontMetrics().averageCharWidth())

    def message_rect(self) -> QRect:
        """Where the message is drawn: from Qt's left margin to a :meth:`gap` before the first shown widget."""
        rtl = self.layoutDirection() == Qt.RightToLeft
        left, right = _LEFT, self.width() - _RIGHT
        grip = self.findChild(QSizeGrip)
        if grip is not None and grip.isVisible():
            if rtl:
                left = grip.x() + grip.width()
            else:
                right = grip.x()
        shown = self._beside()
        if shown:
            if rtl:
                left = max(left, max(w.geometry().right() for w in shown) + 1 + self.gap())
            else:
                right = min(right, min(w.x() for w in shown) - self.gap())
        return QRect(left, 0, right - left, self.height())

    def shown_message(self) -> str:
        """The message as drawn: whole, or cut to :meth:`message_rect` with "…"."""
        return self.fontMetrics().elidedText(self.currentMessage(), Qt.ElideRight, max(0, self.message_rect().width()))

    # -- events ---------------------------------------------------------------
    def paintEvent(self, event) -> None:
        if not self.currentMessage():
            super().paintEvent(event)
            return
        # QStatusBar.paintEvent with the message shortened: while a message shows, Qt hides every widget
        # but the permanent ones, so the panel and their frames are all there is besides.
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        style = self.style()
        style.drawPrimitive(QStyle.PE_PanelStatusBar, option, painter, self)
        for widget in self._beside():
            frame = QStyleOption()
            frame.rect = widget.geometry().adjusted(-2, -1, 2, 1)
            frame.palette = self.palette()
            frame.state = QStyle.State_None
            style.drawPrimitive(QStyle.PE_FrameStatusBarItem, frame, painter, widget)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(
            self.message_rect(), Qt.AlignLeading | Qt.AlignVCenter | Qt.TextSingleLine, self.shown_message()
        )
        painter.end()

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip and self.currentMessage() != self.shown_message():
            if self.message_rect().contains(event.pos()):
                QToolTip.showText(event.globalPos(), self.currentMessage(), self)
                return True
        return super().event(event)

    def _beside(self) -> list[QWidget]:
        """The widgets shown beside the message: while one shows, Qt hides all but the permanent ones."""
        children = self.findChildren(QWidget, options=Qt.FindDirectChildrenOnly)
        return [w for w in children if w.isVisible() and not isinstance(w, QSizeGrip)]
