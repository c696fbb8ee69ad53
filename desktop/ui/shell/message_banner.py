"""A non-modal message strip above the reader (errors that must not block).

A message belongs to the document it was said about and to the action that said it: the window
hides it when another document (or none) is shown, and an action that says something under a
``key`` takes its own message back when it runs again (:meth:`MessageBanner.clear`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from ..services import theme


class MessageBanner(QFrame):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self._close = QToolButton(self)
        self._timer = QTimer(self, singleShot=True)
        #: the action the message shown came from ("" for none)
        self.key = ""
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setObjectName("messageBanner")
        self.setFrameShape(QFrame.StyledPanel)
        self.setAccessibleName(self.tr("Message"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self._label.setTextFormat(Qt.PlainText)
        layout.addWidget(self._label, 1)
        self._close.setText("✕")
        self._close.setAutoRaise(True)
        self._close.setToolTip(self.tr("Dismiss"))
        self._close.setAccessibleName(self.tr("Dismiss message"))
        self._close.clicked.connect(self.hide)
        layout.addWidget(self._close)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def text(self) -> str:
        return self._label.text() if self.isVisibleTo(self.parentWidget()) else ""

    def show_error(self, message: str, key: str = "") -> None:
        self._show(message, theme.warning_colour().name(), 0, key)

    def show_info(self, message: str, timeout_ms: int = 8000, key: str = "") -> None:
        self._show(message, self.palette().color(self.palette().ColorRole.WindowText).name(), timeout_ms, key)

    def clear(self, key: str | None = None) -> None:
        """Hide the message (only if it came from ``key``, when given)."""
        if key is None or key == self.key:
            self.hide()

    def hideEvent(self, event) -> None:
        self.key = ""
        super().hideEvent(event)

    def _show(self, message: str, colour: str, timeout_ms: int, key: str = "") -> None:
        self.key = key
        self._label.setText(message)
        self._label.setStyleSheet(f"color: {colour};")
        self.show()
        if timeout_ms:
            self._timer.start(timeout_ms)
        else:
            self._timer.stop()
