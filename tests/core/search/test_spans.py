"""Every hit is a true span of Article.text: equal to the match or folding to it."""

from __future__ import annotations

import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.ingest.builder import build_article
from desktop.core.ingest.text import normalise
from desktop.core.search import SearchIndex
from desktop.core.search.pinyin import pinyin_codes

# Traditional/Simplified pairs, a phrase-level case (計畫/计划), full-width and
# half-width digits, separators, Latin in both cases, sentence ends and newlines.
ALPHABET = "观觀音桥橋商圈计計划畫画银行AbCaBＡｂ0123４５,，.亿元。 \n"
QUERY_ALPHABET = "观觀音桥橋商圈计計划畫画银行AbCaBＡｂ0123４５,，.亿元"


@functools.lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def _no_comma(s: str) -> str:
    return s.replace(",", "")


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(text=st.text(ALPHABET, min_size=1, max_size=80), query=st.text(QUERY_ALPHABET, min_size=1, max_size=5))
def test_every_hit_folds_to_the_query(fold, text, query):
    text = normalise(text)
    if not text.strip():
        return
    index = SearchIndex(build_article(text), fold=fold)
    article_text = index.article.text
    variants = {_no_comma(v) for v in fold.variants(query)}
    for hit in index.query(query).hits:
        piece = article_text[hit.start : hit.end]
        assert piece == hit.match
        if hit.via == "text":
            in_context = fold.phrases(article_text)[hit.start : hit.end]
            assert _no_comma(fold.chars(piece)) in variants or _no_comma(in_context) in variants, (piece, query)
        else:
            assert hit.via == "pinyin"
            assert all(pinyin_codes().encode(c) != " " for c in piece)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
@given(text=st.text(ALPHABET, min_size=1, max_size=80), data=st.data())
def test_any_piece_of_the_text_is_found_in_either_script(fold, text, data):
    text = normalise(text)
    if not text.strip():
        return
    index = SearchIndex(build_article(text), fold=fold)
    article_text = index.article.text
    start = data.draw(st.integers(0, len(article_text) - 1))
    end = data.draw(st.integers(start + 1, min(len(article_text), start + 4)))
    piece = article_text[start:end]
    if any(c.isspace() or c in ",，" for c in piece):
        return  # spaces split words; separators are figure syntax
    for query in {piece, _s2t().convert(piece), fold.chars(piece)}:
        hits = [h for h in index.query(query).hits if h.via == "text"]
        assert hits, (query, article_text)
