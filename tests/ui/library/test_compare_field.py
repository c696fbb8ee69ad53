"""The comparison's measure field: what is typed is suggested, what is asked for is answered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from hang_guards import REACT_MS, WORK_MS


def _typed(field, text: str) -> None:
    """Chinese as an input method gives it: a committed string."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(field, event)


def _compare_tab(tmp_path, qtbot, body: str):
    """A library window over two work reports (2023, 2024) whose text after the title is ``body``, built,
    with its comparison tab shown and its measure field focused."""
    from desktop.ui.library.window import LibraryWindow

    folder = tmp_path / "docs"
    folder.mkdir()
    for year in (2023, 2024):
        (folder / f"{year}.txt").write_text(f"{year}年政府工作报告\n\n{body}\n", encoding="utf-8")
    window = LibraryWindow(tmp_path / "lib.sqlite", folder, reader=lambda *a: None)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.buildEnded, timeout=WORK_MS):
        pass
    tab = window.compare_tab
    window.tabs.setCurrentWidget(tab)
    return window, tab


def _suggesting(tmp_path, qtbot, typed: str):
    """The comparison tab over reports stating GDP growth and level, its field focused, ``typed`` committed into
    it and its suggestions open: ``(tab, popup)``."""
    window, tab = _compare_tab(
        tmp_path,
        qtbot,
        "国内生产总值增长5%左右，国内生产总值增长5.2%，国内生产总值增长3%。国内生产总值达到126万亿元。",
    )
    window.activateWindow()
    tab.label.setFocus()
    qtbot.waitUntil(tab.label.hasFocus, timeout=REACT_MS)
    popup = tab.completer.popup()
    with qtbot.waitSignal(tab.suggestionsShown, timeout=WORK_MS):
        _typed(tab.label, typed)
    qtbot.waitUntil(popup.isVisible, timeout=REACT_MS)
    return tab, popup


def test_return_answers_and_no_suggestions_open_over_the_answer(tmp_path, qtbot):
    """Seen in the window: "国内生产总值 增长" typed and Return pressed at once, the comparison came and then
    the suggestions of what was typed opened over its summary and table (they are looked for after a pause
    in the typing, which Return did not end)."""
    from desktop.ui.library.compare_tab import SUGGEST_DEBOUNCE_MS

    _window, tab = _compare_tab(tmp_path, qtbot, "今年发展主要预期目标是：国内生产总值增长5%左右。")
    tab.label.setFocus()
    _typed(tab.label, "国内生产总值")
    with qtbot.waitSignal(tab.answered, timeout=WORK_MS):
        qtbot.keyClick(tab.label, Qt.Key_Return)
        assert not tab._suggest_timer.isActive()  # nothing left to look for once asked
    assert tab.series.rows
    with qtbot.assertNotEmitted(tab.suggestionsShown, wait=4 * SUGGEST_DEBOUNCE_MS):
        pass
    assert not tab.completer.popup().isVisible()
    # Typing again suggests again.
    with qtbot.waitSignal(tab.suggestionsShown, timeout=REACT_MS):
        _typed(tab.label, " 增长")
    assert tab.suggested.stringList()


def test_return_in_the_open_suggestions_compares_what_was_typed_unless_one_was_picked(tmp_path, qtbot):
    """Seen in the window with the Taiwan releases: 國防預算 typed, the suggestions open with their first,
    "國防預算 占GDP · 69", highlighted by Qt, and Return compared the share of GDP instead of the budget."""
    tab, popup = _suggesting(tmp_path, qtbot, "国内生产总值")
    assert tab.suggested.stringList()[0].startswith("国内生产总值 增长")  # the first: most facts
    with qtbot.waitSignal(tab.answered, timeout=WORK_MS):
        qtbot.keyClick(popup, Qt.Key_Return)
    assert tab.label.text() == "国内生产总值" and tab._asked == "国内生产总值" and not popup.isVisible()
    # Moved to with the keys, a suggestion is taken.
    tab.completer.complete()
    qtbot.waitUntil(popup.isVisible, timeout=REACT_MS)
    qtbot.keyClick(popup, Qt.Key_Down)
    picked = popup.currentIndex().data()
    with qtbot.waitSignal(tab.answered, timeout=WORK_MS):
        qtbot.keyClick(popup, Qt.Key_Return)
    assert tab.label.text() == picked.split("  ·  ")[0] != "国内生产总值"


def test_the_suggestions_open_with_none_drawn_current_since_return_takes_none(tmp_path, qtbot):
    """Seen in the window: the suggestions opened with their first row drawn highlighted, though Return compares
    what was typed (the test above). No row is current until one is moved to; Down takes the first; a second
    answer while the list is open (more was typed) leaves none current again."""
    tab, popup = _suggesting(tmp_path, qtbot, "国内")
    assert not popup.currentIndex().isValid() and not popup.selectionModel().hasSelection()
    with qtbot.waitSignal(tab.suggestionsShown, timeout=WORK_MS):
        _typed(tab.label, "生产总值")
    assert popup.isVisible() and not popup.currentIndex().isValid()
    assert tab.label.text() == "国内生产总值"
    qtbot.keyClick(popup, Qt.Key_Down)
    assert popup.currentIndex().row() == 0
