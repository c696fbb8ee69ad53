"""Script-blind search on real text nobody on the team wrote."""

from __future__ import annotations

import pytest

from desktop.core.search import SearchIndex

pytestmark = pytest.mark.corpus


def _record(records, must_contain):
    for r in records:
        if all(w in r["content"] for w in must_contain):
            return r
    pytest.fail(f"no record holds {must_contain}")


def test_simplified_query_finds_taiwan_press_release(tw_records, fold, make_article):
    record = _record(tw_records, ["臺灣鐵路", "藉由調整"])
    article = make_article(record["content"])
    index = SearchIndex(article, fold=fold)
    hits = index.query("台湾铁路").hits
    assert hits and all(article.text[h.start : h.end] == "臺灣鐵路" for h in hits)
    # Phrase-level conversion: official t2s writes 藉由 as 借由.
    found = [article.text[h.start : h.end] for h in index.query("借由调整").hits]
    assert found == ["藉由調整"] * article.text.count("藉由調整")
    assert index.query("藉由").total == index.query("借由").total >= 1


def test_simplified_jihua_finds_traditional_jihua(tw_records, fold, make_article):
    record = _record(tw_records, ["計畫"])
    article = make_article(record["content"])
    index = SearchIndex(article, fold=fold)
    expected = article.text.count("計畫")
    assert index.query("计划").total == expected
    assert index.query("計畫").total == expected
    # The single character still finds its occurrences inside the phrase.
    assert index.query("畫").total >= expected


def test_full_width_figure_in_a_work_report(gov_records, fold, make_article):
    record = _record(gov_records, ["２７，２０３，３１９"])
    article = make_article(record["content"])
    index = SearchIndex(article, fold=fold)
    hits = index.query("27203319").hits
    assert [h.match for h in hits] == ["２７，２０３，３１９"]
    assert index.query("27,203,319").total == 1
