"""News travels one way: the session announces a change and whoever shows it observes it;
settings changed in Preferences reach each part that follows them through the settings object."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, QMetaMethod
from hang_guards import REACT_MS, WORK_MS


def _session_signals(signals) -> list[str]:
    meta = signals.metaObject()
    return [
        bytes(meta.method(i).methodSignature()).decode()
        for i in range(meta.methodOffset(), meta.methodCount())
        if meta.method(i).methodType() == QMetaMethod.MethodType.Signal
    ]


def test_every_session_signal_has_a_subscriber_in_the_window(open_window):
    window = open_window()
    signatures = _session_signals(window.signals)
    assert len(signatures) == 8  # article, script, view mode, facts, English, search, selection, document date
    unheard = [s for s in signatures if window.signals.receivers(SIGNAL(s)) == 0]
    assert unheard == []


def test_facts_set_on_the_session_reach_the_panel_and_the_marks(qtbot, feature_window, seed_article):
    from desktop.ui.facts.controller import FactsController

    facts = FactsController(feature_window.session, feature_window.services)
    feature_window.open(seed_article)
    qtbot.waitUntil(lambda: len(facts.panel.model.facts()) > 0, timeout=WORK_MS)
    qtbot.waitUntil(facts.is_idle, timeout=WORK_MS)
    kept = feature_window.session.facts[:3]
    feature_window.session.set_facts(kept)  # from outside the controller: the panel follows the session
    assert facts.panel.model.facts() == kept
    marked = {(s, e) for s, e, _ in feature_window.reader.layers.spans("facts")}
    assert marked <= {(f.start, f.end) for f in kept}


def test_the_document_date_shown_is_the_sessions(qtbot, feature_window, seed_article):
    from desktop.core.facts.dates import DocumentDate
    from desktop.ui.facts.controller import FactsController

    facts = FactsController(feature_window.session, feature_window.services)
    feature_window.open(seed_article)
    qtbot.waitUntil(facts.is_idle, timeout=WORK_MS)
    feature_window.session.set_document_date(DocumentDate.parse("2019-05", "you"))
    assert facts.panel.date_edit.text() == "2019-05"


def test_a_search_set_on_the_session_is_listed_marked_and_counted(qtbot, feature_window, seed_article):
    from desktop.core.search import SearchIndex
    from desktop.ui.search.controller import SearchController

    search = SearchController(feature_window.session, feature_window.services)
    feature_window.open(seed_article)
    result = SearchIndex(seed_article).query("观音桥")
    assert len(result.hits) >= 2
    feature_window.session.set_search("观音桥", result, 1)
    assert search.results.rowCount() > 0
    assert len(feature_window.reader.layers.spans("search")) == len(result.hits)
    hit = result.hits[1]
    assert feature_window.reader.layers.spans("current")[0][:2] == (hit.start, hit.end)
    assert search.count.text() == f"2 of {result.total or len(result.hits)}"
    assert search.view.currentIndex().data(0x0100) is hit  # Qt.UserRole: the current hit's row


def test_copy_with_english_is_offered_when_there_is_a_selection(feature_window, seed_article):
    from PySide6.QtGui import QTextCursor

    from desktop.ui.reader.text_copy import TextCopier

    copier = TextCopier(
        feature_window.session, feature_window.services, feature_window.reader, feature_window.navigator
    )
    feature_window.open(seed_article)
    action = copier.actions["copy_with_english"]
    assert not action.isEnabled()
    reader = feature_window.reader
    start = seed_article.text.index("观音桥商圈")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.doc_position(start))
    cursor.setPosition(reader.doc_position(start + 5), QTextCursor.KeepAnchor)
    reader.setTextCursor(cursor)
    assert action.isEnabled()  # its shortcut works without opening the context menu first
    cursor.clearSelection()
    reader.setTextCursor(cursor)
    assert not action.isEnabled()


def test_preferences_reach_every_part_that_follows_them(open_window, qtbot):
    from PySide6.QtWidgets import QApplication

    from desktop.core.modes import ScriptVariant, ViewMode
    from desktop.ui.preferences.dialog import PreferencesDialog
    from desktop.ui.services import i18n

    window = open_window()
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    display = dialog.display_page
    display.script.set_value("taiwan")
    display.view_mode.set_value("chinese")
    display.chinese_size.setValue(23)
    display.hover_delay.setValue(900)
    display.language.set_value("zh_CN")
    try:
        dialog.apply()
        assert window.session.variant is ScriptVariant.TAIWAN
        qtbot.waitUntil(lambda: window.session.is_converting(), timeout=WORK_MS)
        assert window.session.view_mode is ViewMode.CHINESE
        assert window.reader.document().defaultFont().pointSizeF() == 23
        assert window.reader.pointer.delay() == 900
        qtbot.waitUntil(lambda: window.menus.language_menu.title() == "语言(&L)", timeout=REACT_MS)
    finally:
        i18n.install_translators(QApplication.instance(), "en")
