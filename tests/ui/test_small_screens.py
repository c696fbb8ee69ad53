"""Small screens (issue 20, item 4): at 800×600 and 1024×700 every panel stays readable, empty panels
give their room back, and a first launch shows Fact, Label and Period whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.facts.panel import COLUMN_KEYS

from hang_guards import REACT_MS, WORK_MS


def _shown(panel) -> list[str]:
    header = panel.table.horizontalHeader()
    return [k for c, k in enumerate(COLUMN_KEYS) if not header.isSectionHidden(c)]


def _headers_whole(panel) -> None:
    header = panel.table.horizontalHeader()
    metrics = header.fontMetrics()
    for c, key in enumerate(COLUMN_KEYS):
        if not header.isSectionHidden(c):
            text = panel.model.headerData(c, Qt.Horizontal, Qt.DisplayRole)
            assert header.sectionSize(c) >= metrics.horizontalAdvance(text) + 12, key


@pytest.mark.parametrize("size", [(800, 560), (1024, 660)], ids=["800x600", "1024x700"])
def test_every_panel_is_readable_on_a_small_screen(qtbot, seed_path, size):
    """The window as a first launch on that screen places it (the screen's height less a title bar)."""
    from desktop.ui.shell.main_window import NAVIGATOR_MIN_EMS, READER_MIN_EMS, MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    with qtbot.waitSignal(window.firstPainted, timeout=REACT_MS):
        window.show()
        window.open_path(seed_path, wait=True)
    qtbot.waitUntil(lambda: window.facts.is_idle() and bool(window.facts.facts), timeout=WORK_MS)
    panel = window.facts.panel

    def readable() -> None:
        shown = _shown(panel)
        assert {"text", "value", "label"} <= set(shown), shown
        _headers_whole(panel)
        needed = panel.table.needed_widths()
        header = panel.table.horizontalHeader()
        for key in shown:
            assert header.sectionSize(COLUMN_KEYS.index(key)) >= needed[key], key
        em = window.reader.fontMetrics().horizontalAdvance("中")
        assert window.navigator.width() >= NAVIGATOR_MIN_EMS * em
        assert window.reader.width() >= READER_MIN_EMS * em
        assert panel.text_filter.width() >= 8 * em  # the filter field is a field, not two letters
        # The document date shows a whole date, not "Y…" (at 800×600 it shared its row with
        # "This section only" and kept ~28 px).
        date = panel.date_edit
        assert date.width() >= date.fontMetrics().horizontalAdvance("2024-01-02") + 2 * em, date.width()
        assert panel.section_only.width() >= panel.section_only.sizeHint().width()

    qtbot.waitUntil(readable, timeout=REACT_MS)
    # The navigator wraps a title it cannot show on one line instead of cutting it.
    nav = window.navigator
    assert nav.wordWrap() and nav.horizontalScrollBarPolicy() == Qt.ScrollBarAlwaysOff
    row = nav.model().index(1, 0)
    title = row.data(Qt.DisplayRole)
    if nav.fontMetrics().horizontalAdvance(title) > nav.viewport().width():
        assert nav.visualRect(row).height() > nav.fontMetrics().height() * 1.5


def test_a_first_launch_shows_fact_label_and_period_whole(qtbot, seed_path):
    from desktop.ui.facts.columns import FULL_EMS, MIN_EMS
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow()  # no saved layout: a first launch, 1200×800
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.firstPainted, timeout=REACT_MS):
        window.show()
        window.open_path(seed_path, wait=True)
    panel = window.facts.panel
    full = panel.table.needed_widths({**MIN_EMS, **FULL_EMS})
    header = panel.table.horizontalHeader()

    def whole() -> None:
        for key in ("text", "label", "period"):
            column = COLUMN_KEYS.index(key)
            assert not header.isSectionHidden(column) and header.sectionSize(column) >= full[key], key

    qtbot.waitUntil(whole, timeout=REACT_MS)
    assert window.facts.dock.width() >= panel.comfortable_width() - 2
    # a whole date as its period (a press release's dateline), not "2024-01-…"
    from desktop.ui.facts.columns import CELL_PADDING

    date = panel.table.fontMetrics().horizontalAdvance("2024-01-02") + CELL_PADDING
    assert header.sectionSize(COLUMN_KEYS.index("period")) >= date


def test_first_launch_size_fits_the_screen():
    from PySide6.QtCore import QRect

    from desktop.ui.services import screen_room
    from desktop.ui.shell import window_state

    class Screen:
        def __init__(self, w, h):
            self.availableGeometry = lambda: QRect(0, 0, w, h)

    class Window:
        def __init__(self, screen):
            self._screen = screen

        def screen(self):
            return self._screen

    real = screen_room.QGuiApplication.platformName
    try:
        screen_room.QGuiApplication.platformName = staticmethod(lambda: "xcb")
        small = window_state.first_size(Window(Screen(800, 600)))
        large = window_state.first_size(Window(Screen(1600, 1000)))
    finally:
        screen_room.QGuiApplication.platformName = real
    assert (small.width(), small.height()) == (800, 560)
    assert (large.width(), large.height()) == (1200, 800)


def test_an_emptied_search_gives_its_room_back(qtbot, open_window):
    window = open_window(size=(1024, 660))
    search = window.search
    qtbot.waitUntil(lambda: search.index is not None, timeout=WORK_MS)
    search.field.setText("观音桥")
    search.run_query()
    qtbot.waitUntil(lambda: search.dock.isVisible(), timeout=REACT_MS)
    height = window.reader.height()
    search.field.setText("")  # erased by hand, not Escape
    search.run_query()
    assert not search.dock.isVisible()
    qtbot.waitUntil(lambda: window.reader.height() > height + 50, timeout=REACT_MS)
    search.field.setText("没有这个词组")
    search.run_query()
    assert not search.dock.isVisible()  # no hits: the count says so, the dock stays out of the way
