"""English in the reader: the seed is bilingual offline, view modes, hover links, online via a fake provider."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from desktop.ui.shell.main_window import MainWindow

from hang_guards import REACT_MS, WORK_MS


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError(f"network connection attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


def test_seed_is_bilingual_offline_and_sends_nothing(open_window, qtbot, seed_path, no_network):
    window = open_window(mode="interleaved")
    shown = window.reader.toPlainText()
    assert "Guanyinqiao" in shown
    article = window.article
    assert all(window.english.english_for_sentence(s.index) for s in article.sentences)
    assert window.english.english_for_span(*article.title_span)
    window.english.translate_document()  # online is off: nothing may be sent
    assert window.banner.isVisible() and no_network == []


def test_view_modes(open_window, qtbot, seed_path):
    window = open_window(mode="chinese")
    assert "Guanyinqiao" not in window.reader.toPlainText()
    window.actions["mode_english"].trigger()
    shown = window.reader.toPlainText()
    assert "Guanyinqiao" in shown and "走在观音桥商圈" not in shown
    window.actions["mode_side_by_side"].trigger()
    shown = window.reader.toPlainText()
    assert "Guanyinqiao" in shown and "走在观音桥商圈" in shown
    offset = window.article.text.index("545.3亿元")
    pos = window.reader.doc_position(offset)
    assert shown[pos : pos + 7] == "545.3亿元"  # spans still land in a table cell
    window.actions["toggle_english"].trigger()
    assert window.english.mode == "chinese"
    window.actions["toggle_english"].trigger()
    assert window.english.mode == "side_by_side"


def test_pointing_at_english_highlights_its_chinese_sentence(open_window, qtbot, seed_path):
    window = open_window(mode="interleaved")
    placed = window.reader.positions.english[3]
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(placed.doc_start + 2)
    window.reader.setTextCursor(cursor)
    window.reader.ensureCursorVisible()
    rect = window.reader.cursorRect(cursor)
    QTest.mouseMove(window.reader.viewport(), QPoint(rect.left() + 2, rect.center().y()))
    sentence = window.article.sentences[placed.sentence_index]
    hover = window.reader.layers.visible("hover")
    assert len(hover) == 1
    assert hover[0].cursor.selectedText() == window.article.text[sentence.start : sentence.end]


def test_online_translation_through_a_fake_provider(qtbot, tmp_path, online_window, fake_google):
    doc = tmp_path / "new.txt"
    doc.write_text("新的标题\n今天天气很好。我们去观音桥。\n", encoding="utf-8")
    window = online_window
    window.english.set_mode("interleaved")
    window.open_path(doc, wait=True)
    assert window.english.english_for_sentence(0) is None
    window.english.set_online(True)
    qtbot.waitUntil(window.english.is_idle, timeout=WORK_MS)
    assert window.english.english_for_sentence(0)
    assert window.english.english_for_sentence(0) in window.reader.toPlainText()
    fake_google.stop()
    # Reopening works from the cache, with the provider gone and online off.
    window.english.set_online(False)
    window.open_path(doc, wait=True)
    assert window.english.english_for_sentence(1)


def test_english_that_drops_a_figure_is_underlined(qtbot, tmp_path):
    from desktop.core.ingest.builder import load_path
    from desktop.core.translate import GlossPack

    doc = tmp_path / "report.txt"
    doc.write_text("标题\n今年销售额545.3亿元。今天天气很好。\n", encoding="utf-8")
    article = load_path(doc)
    GlossPack.for_article(
        article,
        {
            "标题": "Title",
            "今年销售额545.3亿元。": "Sales this year were large.",
            "今天天气很好。": "The weather is fine today.",
        },
    ).save(tmp_path / "report.glosses.en.json")
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_path(doc, wait=True)
    qtbot.waitUntil(window.english.is_idle, timeout=REACT_MS)
    flagged = window.english.flagged_sentences()
    assert [window.article.text[s.start : s.end] for s in flagged] == ["今年销售额545.3亿元。"]
    assert len(window.reader.layers.spans("figures")) == 1


def test_translating_a_sentence_again_asks_the_provider_again(qtbot, tmp_path, online_window, fake_google):
    from PySide6.QtGui import QTextCursor

    doc = tmp_path / "again.txt"
    doc.write_text("标题\n今天天气很好。\n", encoding="utf-8")
    window, fake = online_window, fake_google
    window.open_path(doc, wait=True)
    window.english.set_online(True)
    qtbot.waitUntil(window.english.is_idle, timeout=WORK_MS)
    first = window.english.known["今天天气很好。"]
    requests_before = len(fake.requests)
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.doc_position(window.article.text.index("天气")))
    window.reader.setTextCursor(cursor)
    window.actions["translate_again"].trigger()
    qtbot.waitUntil(window.english.is_idle, timeout=WORK_MS)
    assert len(fake.requests) > requests_before
    again = window.english.known["今天天气很好。"]
    assert again.english and again.origin == "online" and again is not first


def test_bundled_article_opened_from_another_folder_keeps_its_english(open_window, tmp_path, seed_path, monkeypatch):
    import shutil

    monkeypatch.setenv("FACT_BROWSER_CACHE_DIR", str(tmp_path / "cache"))
    copy = tmp_path / "Downloads" / "guanyinqiao.txt"
    copy.parent.mkdir()
    shutil.copy(seed_path, copy)
    window = open_window(copy, mode="interleaved")
    assert all(window.english.english_for_sentence(s.index) for s in window.article.sentences)
    assert "Guanyinqiao" in window.reader.toPlainText()


@pytest.mark.parametrize("mode", ["interleaved", "side_by_side", "english"])
def test_every_english_mode_says_in_place_why_there_is_no_english_and_offers_the_fix(
    open_window, tmp_path, mode, monkeypatch
):
    monkeypatch.setenv("FACT_BROWSER_CACHE_DIR", str(tmp_path / "cache"))
    doc = tmp_path / "report.txt"
    doc.write_text("标题\n今天天气很好。明天下雨。\n", encoding="utf-8")
    window = open_window(doc, mode=mode)
    shown = window.reader.toPlainText()
    assert "online translation is off" in shown and "Turn on online translation" in shown
    asked = []
    monkeypatch.setattr(window.english, "set_online", lambda on: asked.append(on))
    from PySide6.QtCore import QUrl

    window.reader.anchorClicked.emit(QUrl("fact-browser:online"))
    assert asked == [True]
    # The Chinese-only view needs no notice, and the bilingual seed has none.
    window.english.set_mode("chinese")
    assert "online translation is off" not in window.reader.toPlainText()


def test_the_bundled_article_has_no_missing_english_notice(open_window):
    window = open_window(mode="interleaved")
    assert window.english.english_notice() is None
    assert "online translation is off" not in window.reader.toPlainText()


def test_the_notice_at_the_head_of_the_text_stays_in_view_when_the_reader_is_drawn_again(
    open_window, tmp_path, monkeypatch, qtbot
):
    """Seen in the real window: a PDF opened at start-up showed no "No English" notice. It was there,
    scrolled off: the reader drew the document again (fonts, English read) keeping the first line of
    text at the top, above which the notice sits. At the very top, the view stays at the very top."""
    monkeypatch.setenv("FACT_BROWSER_CACHE_DIR", str(tmp_path / "cache"))
    doc = tmp_path / "report.txt"
    doc.write_text("标题\n\n" + "今天天气很好。明天下雨。\n\n" * 40, encoding="utf-8")
    window = open_window(doc, size=(1000, 700), mode="interleaved")
    reader = window.reader
    assert reader.verticalScrollBar().value() == 0 and "online translation is off" in reader.toPlainText()
    window.rerender()
    window.apply_fonts()
    qtbot.wait(50)
    assert reader.verticalScrollBar().value() == 0
    # Further down, the text at the top stays at the top (as before).
    reader.verticalScrollBar().setValue(300)
    top = reader.top_offset()
    window.rerender()
    assert reader.verticalScrollBar().value() > 0 and abs(reader.top_offset() - top) <= 20
