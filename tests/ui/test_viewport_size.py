"""A view's viewport size, known from its own resize events (``ui/services/viewport.py``)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView, QTextBrowser

from desktop.ui.services.viewport import KeepsViewportSize


class _Table(KeepsViewportSize, QTableView):
    def fill(self) -> None:
        model = QStandardItemModel(self)
        for row in range(200):
            model.appendRow(QStandardItem(f"row {row}"))
        self.setModel(model)


class _Browser(KeepsViewportSize, QTextBrowser):
    def fill(self) -> None:
        self.setPlainText("line\n" * 500)


@pytest.mark.parametrize("view_class", [_Table, _Browser])
def test_the_kept_size_is_the_viewports_through_resizes(qtbot, view_class):
    view = view_class()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    qtbot.waitExposed(view)
    view.fill()  # a vertical scroll bar: the viewport is narrower than the most it could be
    qtbot.waitUntil(lambda: view.verticalScrollBar().isVisible())
    for width, height in ((500, 400), (300, 200), (640, 480)):
        view.resize(width, height)
        qtbot.waitUntil(lambda w=width: view.size().width() == w)
        assert view.viewport_size() == view.viewport().size() != view.maximumViewportSize()


def test_a_view_not_yet_shown_gives_the_most_its_viewport_can_have(qtbot):
    view = _Table()
    qtbot.addWidget(view)
    view.resize(400, 300)
    assert view.viewport_size() == view.maximumViewportSize()
