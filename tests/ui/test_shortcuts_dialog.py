"""Keyboard Shortcuts dialog: every action listed with its keys, filterable; gaps are reported."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.ui.shell.shortcuts_dialog import ShortcutsDialog, listed_name, missing_shortcuts, plain_text


def make_actions(owner: QWidget) -> list[QAction]:
    specs = [
        ("&Open…", "Ctrl+O"),
        ("&Find", "Ctrl+F"),
        ("Find &Next", "F3"),
        ("Zoom &In", "Ctrl+="),
        ("Copy as &Markdown", "Ctrl+Shift+M"),
        ("Salt && Pepper", "Ctrl+P"),
        ("&About", None),
    ]
    actions = []
    for text, keys in specs:
        action = QAction(text, owner)
        if keys:
            action.setShortcut(QKeySequence(keys))
        actions.append(action)
    separator = QAction(owner)
    separator.setSeparator(True)
    return actions + [separator]


def test_every_action_is_listed_with_its_shortcut(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = ShortcutsDialog(make_actions(owner))
    qtbot.addWidget(dialog)
    rows = dict(dialog.visible_rows())
    assert rows == {
        "Open…": "Ctrl+O",
        "Find": "Ctrl+F",
        "Find Next": "F3",
        "Zoom In": "Ctrl+=",
        "Copy as Markdown": "Ctrl+Shift+M",
        "Salt & Pepper": "Ctrl+P",
        "About": "",
    }


def test_filter_matches_names_and_keys_case_insensitively(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    dialog = ShortcutsDialog(make_actions(owner))
    qtbot.addWidget(dialog)
    dialog.set_filter("find")
    assert [name for name, _ in dialog.visible_rows()] == ["Find", "Find Next"]
    dialog.set_filter("shift+m")
    assert dialog.visible_rows() == [("Copy as Markdown", "Ctrl+Shift+M")]
    dialog.set_filter("")
    assert len(dialog.visible_rows()) == 7


def test_missing_shortcuts_names_actions_without_keys(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    assert missing_shortcuts(make_actions(owner)) == ["About"]


def test_media_keys_do_not_count_as_shortcuts(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    action = QAction("&Copy", owner)
    action.setShortcut(QKeySequence(Qt.Key_Copy))  # the "Copy" key some keyboards have
    assert missing_shortcuts([action]) == ["Copy"]
    action.setShortcuts([QKeySequence(Qt.Key_Copy), QKeySequence("Ctrl+C")])
    assert missing_shortcuts([action]) == []


def test_chinese_mnemonics_are_removed():
    action = QAction("打开(&O)…")
    assert plain_text(action) == "打开…"


def test_actions_deleted_while_the_dialog_is_open_drop_out(qtbot):
    owner = QWidget()
    dialog = ShortcutsDialog(make_actions(owner))
    qtbot.addWidget(dialog)
    owner.deleteLater()
    qtbot.waitUntil(lambda: dialog.visible_rows() == [])


def test_the_main_windows_actions_all_appear(qtbot):
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    dialog = ShortcutsDialog(window.actions.values(), window)
    names = {name for name, _ in dialog.visible_rows()}
    assert names == {listed_name(a) for a in window.actions.values()}
    assert "Open…" in names and dict(dialog.visible_rows())["Next Section"]


def test_copy_formats_are_listed_as_copy_as_not_bare_names(qtbot):
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    rows = dict(ShortcutsDialog(window.actions.values(), window).visible_rows())
    assert rows["Copy As ▸ CSV"] and rows["Copy As ▸ JSON"]
    assert "CSV" not in rows and "JSON" not in rows
