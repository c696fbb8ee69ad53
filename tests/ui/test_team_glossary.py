"""The team's glossary in the window's features (the feature harness): Add to Glossary… from the facts
panel and the gloss popup, the glossary winning in the popup and in the English, and the Glossary window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hang_guards import REACT_MS, WORK_MS


@pytest.fixture(autouse=True)
def own_data_dir(tmp_path, monkeypatch):
    """Each test's personal glossary is its own."""
    monkeypatch.setenv("FACT_BROWSER_DATA_DIR", str(tmp_path / "data"))


def answer_dialog(qtbot, english=None, *, seen: dict):
    """When the modal Add to Glossary dialog opens: note its fields, set ``english``, press OK."""

    def answer():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "addTermDialog":
            QTimer.singleShot(20, answer)
            return
        seen.update(term=dialog.term.text(), english=dialog.english.text(), kind=dialog.kind.currentData())
        if english is not None:
            dialog.english.setText(english)
        dialog.accept()

    QTimer.singleShot(0, answer)


@pytest.fixture
def facts_window(qtbot, feature_window, seed_path):
    from desktop.core.ingest.builder import load_path
    from desktop.ui.facts.controller import FactsController

    window = feature_window
    window.facts = FactsController(window.session, window.services)
    window.window.resize(1000, 700)
    window.window.show()
    window.open(load_path(seed_path), seed_path, english=True)
    qtbot.waitUntil(lambda: bool(window.facts.facts) and window.facts.is_idle(), timeout=WORK_MS)
    return window


def select_fact(panel, text):
    for r in range(panel.proxy.rowCount()):
        if panel.proxy.index(r, 0).data(Qt.UserRole).text == text:
            panel.table.selectionModel().select(
                panel.proxy.index(r, 0), QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
            )
            return
    raise AssertionError(f"no fact {text}")


def test_a_name_added_from_the_facts_panel_is_in_the_glossary_and_the_english(facts_window, qtbot):
    from desktop.ui.english.sources import EnglishSources

    window = facts_window
    panel = window.facts.panel
    from desktop.core.translate.texts import article_texts

    sentence = next(t for t in article_texts(window.article) if t.startswith("谢佳说"))
    sources = EnglishSources(window.session, window.services)
    sources.load_packs()
    assert sources.read()[sentence].english.startswith("Xie Jia said")  # the gloss pack's rendering
    select_fact(panel, "谢佳")
    action = window.actions["add_fact_to_glossary"]
    assert action.shortcut().toString() == "Ctrl+Alt+G"
    seen: dict = {}
    answer_dialog(qtbot, "Jia Xie", seen=seen)
    action.trigger()
    assert seen == {"term": "谢佳", "english": "Xie Jia", "kind": "person"}  # prefilled: the name in pinyin
    entry = window.services.team_glossary.terms().get("謝佳")  # either script
    assert (entry.term, entry.english, entry.kind) == ("谢佳", "Jia Xie", "person")
    assert sources.read()[sentence].english.startswith("Jia Xie said")  # the glossary wins in the English
    # The facts are extracted again with the glossary's names, their English as an alias.
    qtbot.waitUntil(lambda: window.facts.is_idle(), timeout=WORK_MS)
    assert {f.value for f in window.facts.facts if f.text == "谢佳"} == {"谢佳 (Jia Xie)"}


def test_the_context_menu_offers_add_to_glossary_first(facts_window):
    assert facts_window.facts.copier.context_extras == [facts_window.actions["add_fact_to_glossary"]]


def test_the_glossary_wins_in_the_gloss_popup(feature_window, qtbot, seed_article):
    from desktop.ui.glossary.controller import GlossController

    window = feature_window
    window.services.team_glossary.add("商圈辦", "Business District Office", "organization")
    window.glosses = GlossController(window.session, window.services)
    window.window.resize(780, 560)
    window.window.show()
    window.open(seed_article)
    qtbot.waitUntil(lambda: window.glosses.ready, timeout=WORK_MS)
    offset = window.article.text.index("商圈办")
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.doc_position(offset + 1))
    window.reader.setTextCursor(cursor)
    window.actions["gloss_at_cursor"].trigger()
    popup = window.glosses.popup
    qtbot.waitUntil(popup.isVisible, timeout=REACT_MS)
    text = popup.text()
    assert text.index("Business District Office") < text.index("business district")  # first, above the dictionary
    assert popup.team_entry().english == "Business District Office"
    # Add to Glossary… from the popup opens the entry to change it.
    seen: dict = {}
    answer_dialog(qtbot, "Guanyinqiao Business District Office", seen=seen)
    QTest.mouseClick(popup.findChild(type(popup._add), "glossAddToGlossary"), Qt.LeftButton)
    assert seen["term"] == "商圈辦" and seen["english"] == "Business District Office"
    assert window.services.team_glossary.terms().get("商圈办").english == "Guanyinqiao Business District Office"


def test_add_word_at_cursor_offers_the_dictionary_word_and_its_sense(feature_window, qtbot, seed_article):
    from desktop.ui.glossary.controller import GlossController

    window = feature_window
    window.glosses = GlossController(window.session, window.services)
    window.window.show()
    window.open(seed_article)
    qtbot.waitUntil(lambda: window.glosses.ready, timeout=WORK_MS)
    offset = window.article.text.index("商圈管理")
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.doc_position(offset))
    window.reader.setTextCursor(cursor)
    seen: dict = {}
    answer_dialog(qtbot, seen=seen)
    action = window.actions["add_word_to_glossary"]
    assert action.shortcut().toString() == "Ctrl+Shift+D"
    action.trigger()
    assert seen == {"term": "商圈", "english": "commercial district", "kind": ""}  # CC-CEDICT's short gloss
    assert window.services.team_glossary.terms().get("商圈") is not None


def test_the_glossary_window_imports_exports_and_says_what_it_refuses(feature_window, qtbot, tmp_path):
    from desktop.core.library.glossary_files import read_glossary_file
    from desktop.ui.glossary.window import GlossaryWindow

    glossary = feature_window.services.team_glossary
    window = GlossaryWindow(glossary, feature_window.window)
    qtbot.addWidget(window)
    source = tmp_path / "team.csv"
    source.write_text("term,english,kind,note\n李睿德,Brad Little,person,\n商圈办,Business District Office,,\n")
    assert window.import_path(source)
    assert window.table.rowCount() == 2 and "Imported 2 entries" in window.problem.text()
    assert window.export_path(tmp_path / "out.tbx")
    assert [e.english for e in read_glossary_file(tmp_path / "out.tbx")[0]] == [
        "Business District Office",
        "Brad Little",
    ]
    hostile = tmp_path / "bomb.tbx"
    hostile.write_text('<!DOCTYPE tbx [<!ENTITY a "a">]><tbx>&a;</tbx>')
    assert not window.import_path(hostile)
    assert "declares XML entities" in window.problem.text() and window.table.rowCount() == 2
    window.filter.setText("brad")
    assert [window.table.isRowHidden(r) for r in range(2)] == [True, False]
    window.table.selectRow(1)
    window.remove_selected()
    assert [e.term for e in glossary.entries()] == ["商圈办"]


def test_a_library_that_cannot_be_opened_is_said_and_the_glossary_stays(feature_window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop.ui.glossary.window import GlossaryWindow

    glossary = feature_window.services.team_glossary
    glossary.add("李睿德", "Brad Little")
    window = GlossaryWindow(glossary, feature_window.window)
    qtbot.addWidget(window)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    window.use(str(tmp_path / "none.sqlite"))
    assert said and "There is no library" in said[0]
    assert glossary.location() is None and [e.term for e in glossary.entries()] == ["李睿德"]
