"""A scroll area's viewport size, known without asking Qt for the viewport.

The first time PySide wraps a plain ``QWidget`` made in C++ (a scroll area's viewport is one), it
loads every QtWidgets class to look for a more derived type: some 70 classes and their enums,
~15 ms of CPU on the way to the first paint that bare Qt never spends (issue 22.8).
``QAbstractScrollArea`` hands its viewport's resize and paint events to its own ``resizeEvent``
and ``paintEvent``, so a view learns its viewport's size there, and ``viewport()`` is left to
what happens once the window is up (a context menu's position, say).
"""

from __future__ import annotations

from PySide6.QtCore import QSize


class KeepsViewportSize:
    """For a ``QAbstractScrollArea`` subclass, listed before it: :meth:`viewport_size`."""

    _viewport_size: QSize | None = None

    def resizeEvent(self, event) -> None:
        self._viewport_size = event.size()
        self.viewport_resized()
        super().resizeEvent(event)

    def viewport_resized(self) -> None:
        """The viewport has its new size; the view has not laid itself out for it yet."""

    def viewport_size(self) -> QSize:
        """The viewport's size. Until it has had one (a view not yet shown: Qt sends a hidden
        widget's resizes when it is shown), the most it can have."""
        return self._viewport_size if self._viewport_size is not None else self.maximumViewportSize()
