"""The reading session (Qt-free): what is open and how it is shown, and who hears of a change."""

from __future__ import annotations

import subprocess
import sys

from desktop.core.modes import ScriptVariant, ViewMode
from desktop.core.script import render_article
from desktop.core.session import Change, ReadingSession
from desktop.core.translate.translation import Translation


def _english(article, index, english):
    s = article.sentences[index]
    return article.text[s.start : s.end], Translation(article.text[s.start : s.end], english, "pack", "")


def test_listeners_hear_each_change_in_order_and_can_leave():
    session = ReadingSession()
    heard, other = [], []
    leave = session.subscribe(heard.append)
    session.subscribe(lambda change: other.append((change, len(heard))))
    session.set_view_mode(ViewMode.ENGLISH)
    session.set_view_mode(ViewMode.ENGLISH)  # no change, no announcement
    session.set_selection((1, 4))
    leave()
    session.set_facts([])
    assert heard == [Change.VIEW_MODE, Change.SELECTION]
    assert other == [(Change.VIEW_MODE, 1), (Change.SELECTION, 2), (Change.FACTS, 2)]


def test_a_new_article_drops_what_belonged_to_the_old_one(seed_article, tmp_path):
    session = ReadingSession()
    session.set_article(seed_article, tmp_path / "a.txt")
    session.set_facts(["fact"])
    session.set_document_date("2022")
    session.set_english(dict([_english(seed_article, 0, "Zero")]))
    session.set_search("观音桥", object(), 2)
    session.set_selection((0, 3))
    heard = []
    session.subscribe(heard.append)
    session.set_article(None, announce=False)
    assert heard == []  # the shell prepares first, then announces
    assert (session.facts, session.document_date, session.english, session.selection) == ([], None, {}, None)
    assert session.search.result is None and session.search.current == -1
    session.announce(Change.ARTICLE)
    assert heard == [Change.ARTICLE]


def test_the_script_view_converts_spans_titles_and_facts(seed_article):
    session = ReadingSession()
    session.set_article(seed_article)
    section = seed_article.sections[1]
    assert session.transform("观音桥") == "观音桥" and session.section_title(section) == section.title
    session.set_script(ScriptVariant.TAIWAN, False)
    session.set_view(render_article(seed_article, ScriptVariant.TAIWAN))
    assert session.is_converting()
    assert session.transform("观音桥") == "觀音橋"
    assert session.section_title(section) != section.title


def test_english_look_ups_read_the_translations(seed_article):
    session = ReadingSession()
    session.set_article(seed_article)
    assert session.english_for_sentence(0) is None and session.english_by_sentence() == {}
    session.set_english(dict([_english(seed_article, 1, "One")]))
    assert session.english_for_sentence(1) == "One"
    assert session.english_for_sentence(len(seed_article.sentences)) is None
    assert session.english_by_sentence() == {1: "One"}
    s = seed_article.sentences[1]
    assert session.english_for_span(s.start, s.end) == "One"


def test_the_session_imports_no_qt():
    code = "import sys, desktop.core.session; assert 'PySide6' not in sys.modules"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
