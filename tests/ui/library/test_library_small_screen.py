"""The library window on an 800×600 screen and the comparison's columns on a wide one."""

from __future__ import annotations

import pytest

from hang_guards import REACT_MS, WORK_MS


def _reports(folder):
    folder.mkdir()
    for year, target, result in ((2023, "5%左右", "3%"), (2024, "5%左右", "5.2%"), (2025, "5%左右", "5%")):
        (folder / f"{year}.txt").write_text(
            f"{year}年中华人民共和国国务院政府工作报告\n\n一、工作回顾\n去年国内生产总值增长{result}。\n"
            f"二、今年目标\n今年发展主要预期目标是：国内生产总值增长{target}。\n",
            encoding="utf-8",
        )
    return folder


@pytest.fixture
def library_window(tmp_path, qtbot):
    def open_window():
        from desktop.ui.library.window import LibraryWindow

        window = LibraryWindow(tmp_path / "lib.sqlite", _reports(tmp_path / "docs"), reader=lambda *a: None)
        qtbot.addWidget(window)
        return window

    return open_window


def test_the_library_window_fits_an_800x600_screen(library_window, qtbot, monkeypatch):
    """It opened at 1200×780 on an 800×600 screen: its status bar, the comparison's Outcome from column and
    the chart's year axis were off the screen."""
    from desktop.ui.services import screen_room

    # offscreen's screen is 800×600; the window sizes itself for it as on a real one
    monkeypatch.setattr(screen_room.QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    window = library_window()
    room = window.screen().availableGeometry()
    assert room.width() < 1200 or room.height() < 780 + screen_room.TITLE_BAR  # a screen too small for 1200×780
    assert window.width() <= room.width() and window.height() <= room.height() - screen_room.TITLE_BAR
    window.show()
    with qtbot.waitSignal(window.buildEnded, timeout=WORK_MS):
        pass


def test_target_from_and_outcome_from_share_a_wide_table(library_window, qtbot):
    window = library_window()
    window.resize(1600, 960)
    window.show()
    with qtbot.waitSignal(window.buildEnded, timeout=WORK_MS):
        pass
    tab = window.compare_tab
    window.tabs.setCurrentWidget(tab)
    with qtbot.waitSignal(tab.answered, timeout=WORK_MS):
        tab.compare("国内生产总值 增长")
    table = tab.years_table
    header = table.horizontalHeader()
    title = "2023年中华人民共和国国务院政府工作报告"  # row 1 is 2023: its target from the 2023 report
    assert tab.years_model.index(1, 4).data() == title

    def shared() -> None:
        assert table.viewport().width() > 1200
        assert abs(header.sectionSize(4) - header.sectionSize(5)) <= 1
        assert header.sectionSize(4) >= table.fontMetrics().horizontalAdvance(title) + 12  # whole, not "…工作…"
        right = header.sectionViewportPosition(5) + header.sectionSize(5)
        assert abs(right - table.viewport().width()) <= 1  # the table is filled, nothing scrolls sideways

    qtbot.waitUntil(shared, timeout=REACT_MS)


def test_a_long_status_message_ends_before_the_counts(library_window, qtbot):
    """At 800×600 "Indexing: 第十四届全国人民代表大会第三次会议关于政府" ran into the counts beside it, read as
    "…关于政府2 documents · 355 facts": Qt cut the message 2 px before them, without "…"."""
    window = library_window()
    window.resize(800, 560)
    window.show()
    with qtbot.waitSignal(window.buildEnded, timeout=WORK_MS):
        pass
    bar = window.statusBar()
    message = "Indexing: " + "第十四届全国人民代表大会第三次会议关于政府工作报告的决议" * 3
    bar.showMessage(message)
    qtbot.waitUntil(lambda: window.summary.isVisible() and window.summary.x() > 0, timeout=REACT_MS)
    image = bar.grab().toImage()
    counts = window.summary.x()
    gap = bar.fontMetrics().averageCharWidth()

    def column(x: int) -> list:
        return [image.pixel(x, y) for y in range(image.height())]

    def inked(left: int, right: int) -> bool:  # a column unlike the bare panel's (left of Qt's 6 px margin)
        return any(column(x) != column(2) for x in range(left, right))

    assert inked(10, counts // 2)  # the message is drawn ...
    assert not inked(counts - gap, counts - 2)  # ... and ends a gap before the counts
    assert bar.currentMessage() == message  # whole for whoever reads it
    assert bar.shown_message().endswith("…") and len(bar.shown_message()) < len(message)


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_the_take_away_arrow_has_room_beside_its_text(qapp, qtbot, language):
    """Take Away's menu arrow was drawn over its text ("Take Awa" and the arrow on the "y"): a tool
    button's instant popup gives the arrow no width of its own."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    from desktop.ui.library.compare_tab import CompareTab
    from desktop.ui.services import i18n

    i18n.install_translators(qapp, language)
    try:
        tab = CompareTab()
        qtbot.addWidget(tab)
        tab.resize(800, 500)
        tab.show()
        button = tab.actions.menu_button
        assert button.text() == {"en": "Take Away", "zh_CN": "带走", "zh_TW": "帶走"}[language]
        option = QStyleOptionButton()
        option.initFrom(button)
        arrow = button.style().pixelMetric(QStyle.PM_MenuButtonIndicator, option, button)
        margin = button.style().pixelMetric(QStyle.PM_ButtonMargin, option, button)
        text = button.fontMetrics().horizontalAdvance(button.text())
        assert button.sizeHint().width() >= margin + text + margin + arrow  # the arrow beside the text, not on it
        qtbot.waitUntil(lambda: button.width() >= button.sizeHint().width(), timeout=REACT_MS)  # and it is given it
    finally:
        i18n.install_translators(qapp, "en")


def test_the_facts_tabs_hints_are_whole_or_short_never_cut(qtbot):
    """At 800×600 in English the facts tab's fields read "Meas…" and "Filter docume…": a field too narrow for
    its whole hint shows a short one (Measure, Filter), the whole one is its tooltip."""
    from desktop.ui.library.facts_tab import FactsTab

    tab = FactsTab()
    qtbot.addWidget(tab)
    tab.show()
    fields = {tab.label: "Measure (label words)", tab.text: "Filter documents, facts, labels"}
    for width, whole_shown in ((800, False), (1600, True)):
        tab.resize(width, 500)
        for field, whole in fields.items():
            qtbot.waitUntil(lambda f=field, w=whole, s=whole_shown: (f.placeholderText() == w) == s, timeout=REACT_MS)
            assert field.toolTip() == whole
            shown = field.placeholderText()
            assert field.fontMetrics().horizontalAdvance(shown) <= field.width() - 16, (width, shown, field.width())
    assert {f.placeholderText() for f in fields} == set(fields.values())


@pytest.mark.parametrize("language", ["en", "zh_CN", "zh_TW"])
def test_the_facts_tabs_kind_column_holds_its_longest_kind_whole(qapp, qtbot, language):
    """At 800×600 in English the Kind column (80 px) read "Organisat…" beside Person and Place."""
    from desktop.ui.library.facts_tab import KIND_COLUMN, FactsTab
    from desktop.ui.services import i18n
    from desktop.ui.services.kinds import KIND_NAMES, kind_name

    i18n.install_translators(qapp, language)
    try:
        tab = FactsTab()
        qtbot.addWidget(tab)
        tab.resize(800, 500)
        tab.show()
        metrics = tab.table.fontMetrics()
        longest = max(metrics.horizontalAdvance(kind_name(k)) for k in KIND_NAMES)
        assert language != "en" or longest == metrics.horizontalAdvance("Organisation")
        # a cell's text has the focus frame's margin and 1 px on each side (QStyledItemDelegate)
        assert tab.table.horizontalHeader().sectionSize(KIND_COLUMN) >= longest + 8
    finally:
        i18n.install_translators(qapp, "en")


def test_the_years_gap_column_holds_its_values_whole(qtbot):
    """The Gap column (70 px) read "+885億…" for 預算 over the Taiwan releases; its values are written whole."""
    from desktop.core.library.compare_rows import CompareRow, YearRow
    from desktop.ui.library.compare_tab import YEAR_WIDTHS, CompareTab

    def row(stance, value, text):
        return CompareRow(1, "t", "2025", stance, value, None, "TWD", None, "", "money", "", text, text, 0, 1)

    tab = CompareTab()
    qtbot.addWidget(tab)
    tab.resize(800, 500)
    tab.show()
    tab.years_model.set_rows(
        [YearRow(2025, row("target", 6.007e11, "6,007億元"), row("result", 6.892e11, "6,892億元"))]
    )
    header, metrics = tab.years_table.horizontalHeader(), tab.years_table.fontMetrics()
    for column in (1, 2, 3):  # target, outcome, gap
        shown = tab.years_model.index(0, column).data()
        assert header.sectionSize(column) >= metrics.horizontalAdvance(shown) + 8, shown
    assert tab.years_model.index(0, 3).data() == "+885億 TWD"
    tab.years_model.set_rows([])
    assert all(header.sectionSize(c) >= least for c, least in enumerate(YEAR_WIDTHS))  # never narrower than at first
