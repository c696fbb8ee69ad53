"""Every item model passes Qt's model tester (pytest-qt's ``qtmodeltester``) with real data,
including across the resets and filter changes the UI makes."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from desktop.core.facts import extract_facts
from desktop.core.search import SearchIndex, snippet_parts
from desktop.ui.facts.filter_proxy import FactFilterProxy
from desktop.ui.reader.navigator import SectionFilterProxy, SectionListModel
from desktop.ui.search.results import SearchResultsModel
from desktop.ui.services.fact_table import FactTableModel
from desktop.ui.services.filtering import filter_change
from desktop.ui.shell.shortcuts_dialog import ShortcutTableModel


@pytest.fixture(scope="module")
def seed_facts(seed_article):
    return extract_facts(seed_article)


def test_fact_table_model(qtmodeltester, seed_facts):
    model = FactTableModel()
    qtmodeltester.check(model)
    model.set_facts(seed_facts)
    qtmodeltester.check(model)
    assert model.rowCount() == len(seed_facts) > 0
    model.set_display(transform=lambda s: s.upper())
    model.set_facts([])
    qtmodeltester.check(model)


def test_fact_table_model_with_the_librarys_columns(qtmodeltester, seed_facts):
    from desktop.core.library import LibraryFact
    from desktop.ui.services.fact_table import LIBRARY_COLUMNS
    from desktop.ui.services.tables import FOLD_ROLE, SORT_ROLE

    model = FactTableModel(columns=LIBRARY_COLUMNS, notes=False)
    records = [LibraryFact(1, "重庆", "2024-01-02", fact) for fact in seed_facts]
    model.set_facts(records)
    qtmodeltester.check(model)
    assert model.rows() == records and model.facts() == list(seed_facts)
    assert model.index(0, 0).data() == "重庆" and model.index(0, 1).data() == "2024-01-02"
    assert "重庆" in model.index(0, 0).data(FOLD_ROLE)
    value = LIBRARY_COLUMNS.index("value")
    money = next(r for r, f in enumerate(seed_facts) if f.kind == "money" and isinstance(f.value, (int, float)))
    assert model.index(money, value).data(SORT_ROLE) == seed_facts[money].value


def test_fact_filter_proxy(qtmodeltester, seed_facts):
    source = FactTableModel()
    source.set_facts(seed_facts)
    proxy = FactFilterProxy()
    proxy.setSourceModel(source)
    qtmodeltester.check(proxy)
    proxy.set_kinds({"money"})
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < source.rowCount()
    proxy.set_matcher(lambda text: "观音桥" in text)
    proxy.set_section(1)
    qtmodeltester.check(proxy)


def test_section_list_model_and_its_proxy(qtmodeltester, seed_article):
    model = SectionListModel()
    qtmodeltester.check(model)
    model.set_article(seed_article)
    qtmodeltester.check(model)
    assert model.rowCount() == len(seed_article.sections)
    proxy = SectionFilterProxy()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    with filter_change(proxy):
        model.set_hit_counts({1: 3})
    proxy.set_only_hits(True)
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 1
    model.set_article(None)
    qtmodeltester.check(proxy)


def test_search_results_model(qtmodeltester, seed_article):
    model = SearchResultsModel()
    qtmodeltester.check(model)
    result = SearchIndex(seed_article, {}).query("观音桥")
    assert result.hits
    model.set_result(seed_article.text, result, section_title=lambda i: f"§{i}", convert=str, snippet=snippet_parts)
    qtmodeltester.check(model)
    assert model.rowCount() == len(result.by_section())
    model.set_result("", None, section_title=lambda i: "", convert=str, snippet=None)
    qtmodeltester.check(model)


def test_shortcut_table_model(qtmodeltester, qtbot):
    owner = QObject()
    actions = [QAction(text, owner) for text in ("&Open…", "&Find…", "Zoom &In")]
    for action, key in zip(actions, ("Ctrl+O", "Ctrl+F", "Ctrl+=")):
        action.setShortcut(key)
    model = ShortcutTableModel(actions)
    model.set_headers("Command", "Keys")
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    actions[1].deleteLater()  # the window may delete an action while the dialog is open
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    qtmodeltester.check(model)
    # The dialog (and its model) usually goes first; the window's actions later must not reach it.
    shiboken6.delete(model)
    with qtbot.captureExceptions() as raised:
        shiboken6.delete(owner)
    assert raised == []
