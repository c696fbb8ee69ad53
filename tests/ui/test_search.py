"""Search on its own (the feature harness: a session, the reader, the search feature and nothing else):
typing highlights and counts, F3 cycles, section filter, Escape, English."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from hang_guards import REACT_MS, WORK_MS


def open_seed(qtbot, feature_window, seed_path, *, mode=None):
    """The seed with its bundled English, searched by the search feature alone."""
    from desktop.core.ingest.builder import load_path
    from desktop.ui.search.controller import SearchController

    window = feature_window
    window.search = SearchController(window.session, window.services)
    window.window.resize(780, 560)
    window.window.show()
    window.open(load_path(seed_path), seed_path, english=True, mode=mode)
    qtbot.waitUntil(lambda: window.search.index is not None, timeout=WORK_MS)
    return window


def type_query(qtbot, window, text):
    window.actions["find"].trigger()
    assert window.search.field.hasFocus() or window.search.field.selectedText() == window.search.field.text()
    window.search.field.clear()
    if text.isascii():
        QTest.keyClicks(window.search.field, text)
    else:  # QTest can only type ASCII keys; an input method inserts text like this
        window.search.field.insert(text)
    qtbot.waitUntil(lambda: window.search.result is not None and window.search.result.query == text, timeout=REACT_MS)


def test_traditional_query_highlights_simplified_text_and_counts(feature_window, qtbot, seed_path):
    window = open_seed(qtbot, feature_window, seed_path)
    type_query(qtbot, window, "觀音橋")
    hits = window.search.result.hits
    assert len(hits) >= 10
    assert all(window.article.text[h.start : h.end] == "观音桥" for h in hits if h.via == "text")
    assert len(window.reader.layers.spans("search")) == len([h for h in hits if h.via != "english"])
    painted = window.reader.layers.visible("search")
    assert painted and all(sel.cursor.selectedText() == "观音桥" for sel in painted)
    assert window.search.count.text() == f"{len(hits)} matches (1 in the title)"  # the title line is in no section
    assert window.search.results.rowCount() >= 3  # grouped by section


def test_f3_cycles_through_hits_and_selects_the_section(feature_window, qtbot, seed_path):
    window = open_seed(qtbot, feature_window, seed_path)
    type_query(qtbot, window, "shangquan")
    total = len(window.search.result.hits)
    window.actions["find_next"].trigger()
    first = window.search.current
    assert window.search.count.text() == f"{first + 1} of {total}"
    window.actions["find_next"].trigger()
    assert window.search.current == (first + 1) % total
    window.actions["find_previous"].trigger()
    assert window.search.current == first
    hit = window.search.result.hits[first]
    assert window.reader.textCursor().selectedText() == window.article.text[hit.start : hit.end]
    # Enter / Shift+Enter in the field do the same
    QTest.keyClick(window.search.field, Qt.Key_Return)
    assert window.search.current == (first + 1) % total
    QTest.keyClick(window.search.field, Qt.Key_Return, Qt.ShiftModifier)
    assert window.search.current == first


def test_only_sections_with_hits_and_escape_clears(feature_window, qtbot, seed_path):
    window = open_seed(qtbot, feature_window, seed_path)
    type_query(qtbot, window, "谢佳")
    window.search.only_hits.setChecked(True)
    model = window.navigator.model()
    shown = [model.index(r, 0).data(Qt.UserRole).section for r in range(model.rowCount())]
    assert shown == [1]
    QTest.keyClick(window.search.field, Qt.Key_Escape)
    assert window.search.field.text() == ""
    assert window.search.result is None and window.reader.layers.spans("search") == []
    assert model.rowCount() == 0  # still filtering on hits, and there are none
    window.search.only_hits.setChecked(False)
    assert model.rowCount() == 4


def test_no_hit_and_bad_regex_are_said_plainly(feature_window, qtbot, seed_path):
    window = open_seed(qtbot, feature_window, seed_path)
    type_query(qtbot, window, "谢佳")
    before = window.search.result
    window.search.regex.setChecked(True)
    window.search.field.setText("谢(佳")
    window.search.run_query()
    assert "unterminated subpattern" in window.search.count.text()
    # Issue 13.10: the old results no longer answer the pattern; they go.
    assert before.hits and window.search.result is not before and window.search.result.hits == []
    assert window.search.results.rowCount() == 0 and window.reader.layers.spans("search") == []
    window.search.regex.setChecked(False)
    window.search.field.setText("不存在的词语")
    window.search.run_query()
    assert window.search.count.text() == "No matches"


def test_english_query_finds_the_chinese_sentence(feature_window, qtbot, seed_path):
    window = open_seed(qtbot, feature_window, seed_path)
    type_query(qtbot, window, '"business district"')
    # (Headings are searched in English too: their hits have no sentence.)
    english = [h for h in window.search.result.hits if h.via == "english" and h.sentence_index is not None]
    assert english
    assert "business district" in window.session.english_for_sentence(english[0].sentence_index).lower()


def test_english_phrase_search_lists_each_sentence_once_and_paints_the_words(feature_window, qtbot, seed_path):
    window = open_seed(qtbot, feature_window, seed_path, mode="interleaved")
    type_query(qtbot, window, "business district")
    hits = window.search.result.hits
    english = [h for h in hits if "english" in h.vias and h.sentence_index is not None]
    assert english
    # One result per sentence (the seed's English says "business district" in several).
    assert len({h.sentence_index for h in english}) == len(english)
    for h in english:
        text = window.session.english_for_sentence(h.sentence_index)
        assert all(text[a:b].lower() == "business district" for a, b in h.english_spans)
    # The words are painted in the English the reader shows.
    words = window.reader.layers.spans("search_en_words")
    assert len(words) >= len(english)
    shown = window.reader.toPlainText()
    assert all(shown[a:b].lower() == "business district" for a, b, _ in words)
    # guanyinqiao: one result per place, not again for its English.
    type_query(qtbot, window, "guanyinqiao")
    assert window.search.result.total == window.article.text.count("观音桥")
    row = window.search.results.index(0, 0, window.search.results.index(0, 0))
    assert "(pinyin)" in row.data()


def test_search_leaves_nothing_behind(feature_window, qtbot, seed_path):
    window = open_seed(qtbot, feature_window, seed_path)
    type_query(qtbot, window, "商圈")
    window.actions["find_next"].trigger()
    assert window.reader.textCursor().hasSelection()
    type_query(qtbot, window, "店小二")  # a new query: the old hit is no longer selected
    assert not window.reader.textCursor().hasSelection()
    window.actions["find_next"].trigger()
    assert window.reader.textCursor().selectedText() == "店小二"
    QTest.keyClick(window.search.field, Qt.Key_Escape)
    assert not window.reader.textCursor().hasSelection()
    assert not window.search.dock.isVisible()  # Escape closes the (now empty) results
    # The title's hit is said apart, so the navigator's counts add up to the total.
    type_query(qtbot, window, "观音桥")
    result = window.search.result
    in_sections = sum(window.navigator.sections.hit_count(s.index) for s in window.article.sections)
    in_title = sum(1 for h in result.hits if h.section_index is None)
    assert in_title and in_sections + in_title == result.total
    assert f"{result.total} matches ({in_title} in the title)" == window.search.count.text()
