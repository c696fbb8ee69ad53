"""Copying from the reader and the navigator follows the display script and can add English
(the reader's copy feature and the script switch on the feature harness)."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor


def select(window, start, end):
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.doc_position(start))
    cursor.setPosition(window.reader.doc_position(end), QTextCursor.KeepAnchor)
    window.reader.setTextCursor(cursor)


def copy_window(feature_window, seed_path):
    from desktop.core.ingest.builder import load_path
    from desktop.ui.reader.text_copy import TextCopier
    from desktop.ui.script.controller import ScriptController

    window = feature_window
    window.text_copy = TextCopier(window.session, window.services, window.reader, window.navigator)
    window.script = ScriptController(window.session, window.services)
    window.open(load_path(seed_path), seed_path, english=True)
    return window


def test_selection_copies_as_shown_with_english(feature_window, qtbot, seed_path, qapp):
    window = copy_window(feature_window, seed_path)
    window.script.set_variant("taiwan")
    start = window.article.text.index("2021年,观音桥商圈")
    select(window, start, start + 20)
    window.reader.copy()
    assert qapp.clipboard().text().startswith("2021年,觀音橋商圈")
    window.actions["copy_with_english"].trigger()
    copied = qapp.clipboard().text()
    assert copied.startswith("2021年,觀音橋商圈")
    assert "54.53 billion" in copied


def test_section_copies_in_chinese_english_or_both(feature_window, qtbot, seed_path, qapp):
    window = copy_window(feature_window, seed_path)
    window.text_copy.copy_section("chinese", 3)
    chinese = qapp.clipboard().text()
    assert chinese.startswith("初心如磐 筑牢战疫抗疫的“保障线”") and "545.3亿元" in chinese
    window.text_copy.copy_section("english", 3)
    english = qapp.clipboard().text()
    assert "54.53 billion" in english and "亿" not in english
    window.text_copy.copy_section("both", 3)
    both = qapp.clipboard().text()
    assert "545.3亿元" in both and "54.53 billion" in both
