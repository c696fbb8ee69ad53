"""Search across a library: script-blind, two-character and one-character words, figures."""

from __future__ import annotations

import pytest

from desktop.core.library import Library
from desktop.core.library.query import search


@pytest.fixture(scope="module")
def tw(tw_library):
    with Library(tw_library) as lib:
        yield lib


def _brute(lib: Library, *needles: str) -> set[int]:
    """Documents whose text holds any of ``needles`` verbatim: the answer search must give."""
    return {d for d, t in lib._all("SELECT doc_id, text FROM texts") if any(n in t for n in needles)}


def test_simplified_query_finds_traditional_documents_and_back(tw):
    simplified = search(tw, "国防预算", limit=None)
    traditional = search(tw, "國防預算", limit=None)
    expected = _brute(tw, "國防預算")
    assert expected and {d.doc_id for d in simplified.documents} == expected == {
        d.doc_id for d in traditional.documents
    }
    hit = simplified.documents[0].hits[0]
    assert (
        hit.match == "國防預算"
        and hit.before
        and tw.text(simplified.documents[0].doc_id)[hit.start : hit.end] == "國防預算"
    )


def test_two_character_words_are_found_though_trigrams_cannot(tw):
    for query, forms in [("台湾", ("台灣", "臺灣")), ("关税", ("關稅",)), ("晶片", ("晶片",))]:
        result = search(tw, query, limit=None)
        assert {d.doc_id for d in result.documents} == _brute(tw, *forms), query
        assert result.matched > 0


def test_one_character_and_phrase_level_folds(tw):
    assert {d.doc_id for d in search(tw, "岛", limit=None).documents} == _brute(tw, "島")
    # 計畫 is 计划 only at the phrase level (畫 alone is 画).
    assert {d.doc_id for d in search(tw, "计划", limit=None).documents} >= _brute(tw, "計畫")


def test_every_word_must_be_in_the_document(tw):
    both = {d.doc_id for d in search(tw, "总统 半导体", limit=None).documents}
    assert both == _brute(tw, "總統") & _brute(tw, "半導體")
    assert search(tw, "半导体 不存在的词语").documents == []


def test_figures_match_with_and_without_thousands_separators(tw):
    docs = _brute(tw, "6,007")
    assert docs and {d.doc_id for d in search(tw, "6007", limit=None).documents} >= docs


def test_hits_are_grouped_by_document_newest_first_with_counts(tw):
    result = search(tw, "臺灣", limit=10, hits_per_document=3)
    assert len(result.documents) == 10 and result.matched > 10
    dates = [d.date for d in result.documents]
    assert dates == sorted(dates, reverse=True)
    first = result.documents[0]
    assert len(first.hits) <= 3 and first.total >= len(first.hits)
    assert first.total == tw.text(first.doc_id).count("臺灣") + tw.text(first.doc_id).count("台灣")
