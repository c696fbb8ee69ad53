"""A field's hint (placeholder) that is whole or short, never cut: the whole hint is the field's tooltip.

Qt elides a placeholder the field cannot hold: at 800×600 the facts panel's filter read "Filter facts (any
scrip" and the library's facts tab "Meas…" and "Filter docume…". A field too narrow for its whole hint
shows a short one instead (Filter facts, Measure, Filter), chosen again whenever the field is resized.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit

#: the frame's padding beside the text (px)
_PADDING = 8


class FittedHint(QObject):
    """Shows ``whole`` as ``field``'s placeholder when it fits, else ``short``; ``whole`` is the tooltip."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.field = field
        self.whole = self.short = ""
        field.installEventFilter(self)

    def set_texts(self, whole: str, short: str) -> None:
        """The hints in the interface language (call again after a language switch)."""
        self.whole, self.short = whole, short
        self.field.setToolTip(whole)
        # never narrower than the short hint ("Measure" was cut to 52 px in the library at 800×600)
        self.field.setMinimumWidth(self.field.fontMetrics().horizontalAdvance(short) + self._chrome())
        self.fit()

    def _chrome(self) -> int:
        """The field's width that is not text: margins, padding and the clear button."""
        margins = self.field.textMargins()
        button = self.field.sizeHint().height() if self.field.isClearButtonEnabled() else 0
        return margins.left() + margins.right() + 2 * _PADDING + button

    def fit(self) -> None:
        field = self.field
        room = field.width() - self._chrome()  # the clear button is about as wide as the field is high
        whole_fits = field.fontMetrics().horizontalAdvance(self.whole) <= room
        field.setPlaceholderText(self.whole if whole_fits else self.short)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.field and event.type() == QEvent.Resize:
            self.fit()
        return False
