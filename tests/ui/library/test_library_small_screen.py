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
