"""The offset-preserving fold: built from official OpenCC, cached, equal to t2s."""

from __future__ import annotations

import random

import pytest

from desktop.core.search import ScriptFold, SearchIndex
from desktop.core.search.folding import build_table


def test_traditional_and_variant_characters_fold_to_simplified(fold):
    assert fold.chars("觀音橋臺灣") == "观音桥台湾"
    assert fold.chars("衞生") == "卫生"  # hk2s variant, not in t2s
    # Standard Simplified characters that official t2s keeps are not folded away.
    assert fold.chars("什么著作") == "什么著作"


def test_width_and_case_fold_without_changing_length(fold):
    text = "ＧＤＰ增长２７，２０３亿　Ab"
    folded = fold.chars(text)
    assert folded == "gdp增长27,203亿 ab"
    assert len(folded) == len(text)


def test_folding_twice_equals_folding_once(fold):
    for src, dst in fold.table.items():
        assert fold.table.get(dst, dst) == dst, (chr(src), chr(dst))


def test_phrase_fold_catches_context_dependent_conversions(fold):
    assert fold.chars("計畫") == "计画"
    assert fold.phrases("計畫") == "计划"
    assert fold.variants("計畫") == ["计画", "计划"]


def test_cache_file_round_trip_and_corrupt_cache_is_rebuilt(tmp_path):
    cache = tmp_path / "deep" / "fold.json"
    built = ScriptFold.load(cache)
    assert cache.exists()
    assert ScriptFold.load(cache).table == built.table
    cache.write_text("{not json", encoding="utf-8")
    assert ScriptFold.load(cache).table == built.table
    assert ScriptFold.load(cache).table == built.table  # rewritten, readable again


@pytest.mark.corpus
def test_fold_of_one_megabyte_agrees_with_official_t2s(tw_records, fold, make_article):
    """Character table vs official t2s on 1 M characters of Taiwan press releases.

    Where they differ (計畫→计划: a phrase rule), a Simplified query for the
    official conversion must still find the Traditional original.
    """
    import opencc

    article = make_article("\n".join(r["content"] for r in tw_records)[:1_000_000])
    text = article.text
    official = opencc.OpenCC("t2s").convert(text)
    assert len(official) == len(text)
    # The phrase-level copy is official t2s, position for position.
    assert fold.phrases(text) == official.translate(fold.table)
    chars = fold.chars(text)
    mismatches = [i for i, (a, b) in enumerate(zip(chars, official.translate(fold.table))) if a != b]
    assert len(mismatches) < len(text) * 0.001

    index = SearchIndex(article, fold=fold)
    rng = random.Random(6)
    starts = rng.sample(mismatches, min(60, len(mismatches))) + rng.sample(range(len(text) - 4), 200)
    cjk = lambda s: all("\u4e00" <= c <= "\u9fff" for c in s)  # noqa: E731 - a one-line predicate
    checked = 0
    for i in starts:
        for a in (i - 1, i):
            query = official[a : a + 3]
            if not cjk(query):
                continue
            hits = {(h.start, h.end) for h in index.query(query).hits}
            assert (a, a + 3) in hits, (query, text[a : a + 3])
            checked += 1
    assert checked > 100


def test_table_has_no_multi_character_results():
    # If a future OpenCC maps a character to two, build_table must skip it, not misalign.
    table = build_table()
    assert all(isinstance(v, int) for v in table.values())
    assert len(table) > 5000
