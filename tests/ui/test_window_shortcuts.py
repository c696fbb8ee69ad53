"""Keyboard everything: every action of the real window has its own shortcut and is listed."""

from __future__ import annotations

from collections import Counter

from desktop.ui.shell.main_window import MainWindow
from desktop.ui.shell.shortcuts_dialog import ShortcutsDialog, missing_shortcuts, plain_text, listed_name


def test_every_action_has_a_shortcut_and_none_collide(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    actions = window.all_actions()
    assert len(actions) > 40
    assert missing_shortcuts(actions) == []
    # Qt ignores an ambiguous shortcut entirely, so a collision silently disables both.
    used = Counter(s.toString() for a in actions for s in a.shortcuts())
    assert [key for key, n in used.items() if n > 1] == []


def test_shortcuts_dialog_lists_every_action(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    dialog = ShortcutsDialog(window.all_actions(), window)
    qtbot.addWidget(dialog)
    listed = dict(dialog.visible_rows())
    for action in window.all_actions():
        if action.text():
            assert listed.get(listed_name(action)) not in (None, ""), listed_name(action)
    assert listed[plain_text(window.actions["find"])] == "Ctrl+F"
    assert listed[plain_text(window.actions["zoom_reset"])] == "Ctrl+0"


def test_zoom_shortcuts_change_the_reader_font_and_are_remembered(qtbot, seed_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(seed_path, wait=True)
    size = window.reader.document().defaultFont().pointSizeF()
    window.actions["zoom_in"].trigger()
    bigger = window.reader.document().defaultFont().pointSizeF()
    assert bigger > size
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.reader.document().defaultFont().pointSizeF() == bigger
    again.actions["zoom_reset"].trigger()
    assert again.reader.document().defaultFont().pointSizeF() == size


def test_the_action_tables_declare_every_shortcut_once(qtbot):
    """The tables (desktop/ui/services/actions.py) are the only place a shortcut is written:
    no two specs share an id or a key, and the window's actions carry exactly what the tables say."""
    from desktop.ui.services.actions import TABLES, key_sequences

    window = MainWindow()
    qtbot.addWidget(window)
    specs = [spec for table in TABLES.values() for spec in table.actions]
    assert {
        "window",
        "facts",
        "fact_copy",
        "fact_copy_as",
        "search",
        "english",
        "english_modes",
        "glossary",
        "script",
        "text_copy",
    } <= set(TABLES)
    ids = Counter(spec.id for spec in specs)
    assert [i for i, n in ids.items() if n > 1] == []
    keys = Counter(seq.toString() for spec in specs for seq in key_sequences(spec))
    assert [key for key, n in keys.items() if n > 1] == []
    for spec in specs:
        action = window.actions[spec.id]
        assert action.objectName() == f"action_{spec.id}"
        assert [s.toString() for s in action.shortcuts()] == [s.toString() for s in key_sequences(spec)], spec.id
    # Every action with a shortcut comes from a table.
    declared = {spec.id for spec in specs}
    assert [name for name, a in window.actions.items() if a.shortcuts() and name not in declared] == []
