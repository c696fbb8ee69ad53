"""The facts panel's text filter uses the search query language."""

from __future__ import annotations

from desktop.core.search import TextMatcher, matches


def test_traditional_query_filters_simplified_facts(fold):
    m = TextMatcher("觀音橋", fold=fold)
    assert m.matches("观音桥商圈日均人流量超50万")
    assert not m.matches("重庆10名个人获表彰")


def test_pinyin_and_all_words(fold):
    assert matches("观音桥商圈", "shangquan", fold=fold)
    assert matches("观音桥商圈", "guan yin qiao", fold=fold)
    assert matches("观音桥商圈聚集320个品牌", "商圈 320", fold=fold)
    assert not matches("观音桥商圈", "商圈 320", fold=fold)


def test_phrase_level_conversion_and_figures(fold):
    assert matches("原本計畫在2024年", "计划", fold=fold)
    assert matches("支出２７，２０３万元", "27203", fold=fold)
    assert not matches("第1，2条", "12", fold=fold)


def test_whole_word_and_regex(fold):
    assert not matches("GDPs", "gdp", whole_word=True, fold=fold)
    assert matches("GDP增长", "gdp", whole_word=True, fold=fold)
    assert matches("增长50万", r"\d+万", regex=True, fold=fold)


def test_blank_or_malformed_query_hides_nothing(fold):
    bad = TextMatcher("(商圈", regex=True, fold=fold)
    assert bad.error and bad.error.startswith("Missing )")
    assert bad.is_empty and bad.matches("任何文本")
    assert TextMatcher("  ", fold=fold).matches("任何文本")
