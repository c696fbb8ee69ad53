"""Word glosses on their own (the feature harness: a session, the reader, the glossary feature):
hover popup, keyboard look-up, copy, pinyin."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from hang_guards import REACT_MS, WORK_MS


def ready_window(qtbot, feature_window, seed_article):
    from desktop.ui.glossary.controller import GlossController

    window = feature_window
    window.glosses = GlossController(window.session, window.services)
    window.window.resize(780, 560)
    window.window.show()
    window.open(seed_article)
    qtbot.waitUntil(lambda: window.glosses.ready, timeout=WORK_MS)
    return window


def point_of(window, offset):
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.doc_position(offset))
    rect = window.reader.cursorRect(cursor)
    return QPoint(rect.left() + 6, rect.center().y())


def test_hovering_shangquan_shows_business_district_with_pinyin(feature_window, qtbot, seed_article):
    window = ready_window(qtbot, feature_window, seed_article)
    offset = window.article.text.index("商圈管理")
    window.reader.scroll_to_offset(offset)
    QTest.mouseMove(window.reader.viewport(), point_of(window, offset))
    qtbot.waitUntil(window.glosses.popup.isVisible, timeout=REACT_MS)
    text = window.glosses.popup.text()
    assert "business district" in text and "shāng quān" in text
    assert window.glosses.popup.matches()[0].word == "商圈"


def test_gloss_at_text_cursor_and_copy(feature_window, qtbot, seed_article, qapp):
    window = ready_window(qtbot, feature_window, seed_article)
    offset = window.article.text.index("商圈实现社零总额")
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.doc_position(offset))
    window.reader.setTextCursor(cursor)
    window.actions["gloss_at_cursor"].trigger()
    assert window.glosses.popup.isVisible()
    window.glosses.popup.copy()
    assert qapp.clipboard().text().startswith("商圈 shāng quān — ")


def test_pinyin_bar_follows_the_cursor_sentence(feature_window, qtbot, seed_article):
    window = ready_window(qtbot, feature_window, seed_article)
    window.actions["show_pinyin"].trigger()
    offset = window.article.text.index("观音桥商圈实现社零总额545.3")
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.doc_position(offset))
    window.reader.setTextCursor(cursor)
    assert "guān yīn qiáo shāng quān" in window.glosses.pinyin_bar.text()
    assert "545.3" in window.glosses.pinyin_bar.text()


def test_popup_shows_the_covering_word_and_closes_from_the_keyboard_and_on_script_switch(
    feature_window, qtbot, seed_article
):
    from PySide6.QtCore import Qt

    window = ready_window(qtbot, feature_window, seed_article)
    popup = window.glosses.popup

    def open_at(offset):
        cursor = QTextCursor(window.reader.document())
        cursor.setPosition(window.reader.doc_position(offset))
        window.reader.setTextCursor(cursor)
        window.actions["gloss_at_cursor"].trigger()
        assert popup.isVisible()

    second = window.article.text.index("商圈实现社零总额") + 1  # 圈, the second character of 商圈
    open_at(second)
    assert popup.matches()[0].word == "商圈"
    quan = next(m for m in popup.matches() if m.word == "圈")
    assert quan.entries[0].pinyin == "quan1"  # the reading 商圈 gives it, not CC-CEDICT's first
    window.reader.setFocus()
    QTest.keyClick(window.reader, Qt.Key_Escape)
    assert not popup.isVisible()
    open_at(second)
    QTest.keyClick(window.reader, Qt.Key_Right)
    assert not popup.isVisible()
    open_at(second)
    from desktop.ui.script.controller import ScriptController  # the script feature changes the session's script

    ScriptController(window.session, window.services).set_variant("traditional")
    assert not popup.isVisible()
