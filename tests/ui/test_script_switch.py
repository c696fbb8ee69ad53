"""One switch converts the reader and the section list, and is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt


def titles(window):
    model = window.navigator.model()
    return [model.index(r, 0).data(Qt.DisplayRole) for r in range(model.rowCount())]


def test_switching_to_taiwan_converts_reader_and_sections(open_window, qtbot, seed_path):
    window = open_window(size=None)
    assert "观音桥" in window.reader.toPlainText()
    window.script.set_variant("taiwan")
    shown = window.reader.toPlainText()
    assert "觀音橋" in shown and "观音桥" not in shown
    assert "實幹如虹 做好惠企興商的“店小二”" in titles(window)
    # Spans still land on the right characters in the converted view.
    offset = window.article.text.index("545.3亿元")
    pos = window.reader.doc_position(offset)
    assert shown[pos : pos + 7] == "545.3億元"
    window.script.set_variant("original")
    assert "观音桥" in window.reader.toPlainText()


def test_script_choice_is_restored_on_restart(open_window, qtbot, seed_path):
    window = open_window(size=None)
    window.script.combo.setCurrentIndex(4)  # Hong Kong, as a user picks it
    assert window.script.actions["hongkong"].isChecked()
    window.close()
    again = open_window(size=None)
    assert again.script.variant == "hongkong"
    assert again.script.combo.currentIndex() == 4
    assert "觀音橋" in again.reader.toPlainText()


def test_shortcut_cycles_scripts(open_window, qtbot, seed_path):
    window = open_window(size=None)
    window.actions["cycle_script"].trigger()
    assert window.script.variant == "simplified"
    window.actions["cycle_script"].trigger()
    assert window.script.variant == "traditional"
    assert "觀音橋" in window.reader.toPlainText()
