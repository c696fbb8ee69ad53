"""Each feature against a session the test drives (tests/ui/conftest.py ``feature_window``): no
MainWindow and no other feature, so a feature that reached past the session would fail here."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.modes import ScriptVariant, ViewMode
from desktop.core.script import render_article
from desktop.core.session import Change
from desktop.core.translate.translation import Translation

from hang_guards import REACT_MS, WORK_MS


def test_facts_arrive_into_the_session_and_follow_its_script(qtbot, feature_window, seed_article):
    from desktop.ui.facts.controller import FactsController

    facts = FactsController(feature_window.session, feature_window.services)
    feature_window.open(seed_article)
    qtbot.waitUntil(facts.is_idle, timeout=WORK_MS)
    session = feature_window.session
    assert session.facts and facts.panel.model.rowCount() == len(session.facts)
    assert (session.document_date.month, session.document_date.day) == (8, 30)  # the dateline: 8月30日
    money = next(f for f in session.facts if f.text == "545.3亿元")
    row = session.facts.index(money)
    column = 1  # "Fact"
    assert facts.panel.model.index(row, column).data(Qt.DisplayRole) == "545.3亿元"
    session.set_script(ScriptVariant.TRADITIONAL, False)
    session.set_view(render_article(seed_article, ScriptVariant.TRADITIONAL))  # announces SCRIPT
    assert facts.panel.model.index(row, column).data(Qt.DisplayRole) == "545.3億元"


def test_search_keeps_its_result_in_the_session(qtbot, feature_window, seed_article):
    from desktop.ui.search.controller import SearchController

    search = SearchController(feature_window.session, feature_window.services)
    feature_window.open(seed_article)
    qtbot.waitUntil(search.is_idle, timeout=WORK_MS)
    search.field.setText("观音桥")
    search.run_query()
    state = feature_window.session.search
    assert state.query == "观音桥" and state.result.hits and state.current == -1
    search.step(1)
    assert feature_window.session.search.current >= 0
    assert feature_window.reader.textCursor().selectedText() == "观音桥"


def test_copying_a_section_takes_english_from_the_session(feature_window, seed_article, qapp):
    from desktop.ui.reader.text_copy import TextCopier

    copier = TextCopier(
        feature_window.session, feature_window.services, feature_window.reader, feature_window.navigator
    )
    feature_window.open(seed_article)
    section = seed_article.sections[1]
    first = section.paragraphs[0].sentences[0]
    text = seed_article.text[first.start : first.end]
    assert copier.section_text(1, "english") == ""
    feature_window.session.set_english({text: Translation(text, "Walk through it.", "pack", "")})
    assert copier.section_text(1, "english").startswith("Walk through it.")
    copier.copy_section("both", 1)
    assert "Walk through it." in qapp.clipboard().text() and text in qapp.clipboard().text()


def test_the_view_mode_is_the_sessions(feature_window, seed_article):
    from desktop.ui.english.controller import TranslationController

    english = TranslationController(feature_window.session, feature_window.services)
    heard = []
    feature_window.session.subscribe(heard.append)
    english.set_mode(ViewMode.SIDE_BY_SIDE)
    assert feature_window.session.view_mode is ViewMode.SIDE_BY_SIDE and heard == [Change.VIEW_MODE]
    assert english.actions["mode_side_by_side"].isChecked()
    english.toggle_english()
    assert feature_window.session.view_mode is ViewMode.CHINESE


def test_the_readers_selection_is_the_sessions(feature_window, seed_article):
    from PySide6.QtGui import QTextCursor

    feature_window.open(seed_article)
    reader, session = feature_window.reader, feature_window.session
    start = seed_article.text.index("观音桥商圈")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.doc_position(start))
    cursor.setPosition(reader.doc_position(start + 5), QTextCursor.KeepAnchor)
    reader.setTextCursor(cursor)
    assert session.selection == (start, start + 5)
    cursor.clearSelection()
    reader.setTextCursor(cursor)
    assert session.selection is None


def test_activating_a_result_row_goes_to_its_hit_and_a_section_row_does_not(qtbot, feature_window, seed_article):
    from desktop.ui.search.controller import SearchController

    search = SearchController(feature_window.session, feature_window.services)
    feature_window.open(seed_article)
    qtbot.waitUntil(search.is_idle, timeout=WORK_MS)
    search.field.setText("观音桥")
    search.run_query()
    section_row = search.results.index(1, 0)
    search.view.activated.emit(section_row)
    assert feature_window.session.search.current == -1
    hit_row = search.results.index(0, 0, section_row)
    search.view.activated.emit(hit_row)
    hit = hit_row.data(Qt.UserRole)
    assert feature_window.session.search.current == feature_window.session.search.result.hits.index(hit)
    assert feature_window.reader.textCursor().selectedText() == "观音桥"


def test_a_figure_check_that_fails_says_so(qtbot, feature_window, seed_article, monkeypatch):
    """Unflagged English would read as "no figure changed": a failed check is reported instead."""
    from desktop.core.translate.translation import Translation
    from desktop.ui.english import figure_flags
    from desktop.ui.english.figure_flags import FigureFlags

    def broken(translations):
        raise OSError("disk on fire")

    monkeypatch.setattr(figure_flags, "_checked", broken)
    flags = FigureFlags(feature_window.session, feature_window.services)
    feature_window.open(seed_article)
    text = seed_article.text[seed_article.sentences[0].start : seed_article.sentences[0].end]
    feature_window.session.set_english({text: Translation(text, "Some English.", "pack", "")})
    flags.check()
    qtbot.waitUntil(flags.is_idle, timeout=REACT_MS)
    assert "could not be checked" in feature_window.banner.text() and "disk on fire" in feature_window.banner.text()
