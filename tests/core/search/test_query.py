"""What a reader typing in the search field gets back, on the bundled seed."""

from __future__ import annotations

import pytest

from desktop.core.search import SearchIndex, snippet, snippet_parts


def spans(result):
    return [(h.start, h.end) for h in result.hits]


def test_traditional_query_finds_simplified_seed(seed_index, seed_article):
    result = seed_index.query("觀音橋")
    assert result.error is None
    assert result.total == seed_article.text.count("观音桥") > 5
    assert all(seed_article.text[h.start : h.end] == "观音桥" and h.via == "text" for h in result.hits)


def test_hits_carry_section_and_sentence(seed_index, seed_article):
    result = seed_index.query("店小二")
    assert result.hits
    for h in result.hits:
        section = seed_article.section_at(h.start)
        assert h.section_index == (section.index if section else None)
        sentence = seed_article.sentence_at(h.start)
        assert h.sentence_index == (sentence.index if sentence else None)
    # The title line belongs to no section.
    title_hit = seed_index.query("荣获").hits[0]
    assert seed_article.title_span and title_hit.start < seed_article.title_span[1]
    assert title_hit.section_index is None


@pytest.mark.parametrize("query", ["guanyinqiao", "guan yin qiao", "GuanYinQiao", "guan'yin'qiao"])
def test_pinyin_finds_guanyinqiao(seed_index, seed_article, query):
    result = seed_index.query(query)
    pinyin = [h for h in result.hits if h.via == "pinyin"]
    assert len(pinyin) == seed_article.text.count("观音桥")
    assert {h.match for h in pinyin} == {"观音桥"}


def test_pinyin_shangquan_finds_business_district(seed_index, seed_article):
    result = seed_index.query("shangquan")
    assert {h.match for h in result.hits} == {"商圈"}
    assert len(result.hits) == seed_article.text.count("商圈")


def test_spaced_pinyin_reads_as_one_phrase_before_word_by_word(seed_index, seed_article):
    assert {h.match for h in seed_index.query("shang quan").hits} == {"商圈"}
    phrase = seed_index.query("guanyinqiao shangquan").hits
    assert phrase and {h.match for h in phrase} == {"观音桥商圈"}
    # No 店小二 right after 商圈: each word is then read as pinyin within one sentence.
    words = seed_index.query("shangquan dianxiaoer").hits
    assert {h.match for h in words} == {"商圈", "店小二"}
    assert {h.sentence_index for h in words} == {h.sentence_index for h in seed_index.query("商圈 店小二").hits}


def test_pinyin_accepts_any_reading_of_a_heteronym(fold, make_article):
    index = SearchIndex(make_article("他去银行存钱。银行很远。"), fold=fold)
    assert [h.match for h in index.query("yinhang").hits] == ["银行", "银行"]


def test_english_hits_report_their_sentence(seed_article, fold):
    target = seed_article.sentences[3]
    english = {
        target.index: "There are 320 brands in the Guanyinqiao business district.",
        0: "Chongqing honours ten people.",
    }
    index = SearchIndex(seed_article, english, fold=fold)
    # Words typed together are a phrase, found once in its sentence.
    for query in ("Business District", '"business district"'):
        english_hits = [h for h in index.query(query).hits if "english" in h.vias]
        assert len(english_hits) == 1
        h = english_hits[0]
        assert (h.start, h.end) == (target.start, target.end) and h.via == "english"
        assert h.sentence_index == target.index
        assert h.match == "business district"
        assert english[target.index][h.english_span[0] : h.english_span[1]] == h.match
    assert index.query("brands district").total == 0  # not a phrase of that English


def test_one_sentence_is_one_result_with_every_way_it_matched(seed_index, seed_article, fold):
    """guanyinqiao used to list a sentence once as pinyin and again as English."""
    with_name = [s for s in seed_article.sentences if "观音桥" in seed_article.text[s.start : s.end]]
    english = {s.index: "Guanyinqiao business district, Jiangbei District: the district office." for s in with_name}
    index = SearchIndex(seed_article, english, fold=fold)
    pinyin = index.query("guanyinqiao")
    chinese = index.query("观音桥")
    assert pinyin.total == chinese.total == len(pinyin.hits)
    merged = [h for h in pinyin.hits if "english" in h.vias]
    assert merged and all(h.vias == ("pinyin", "english") and h.match == "观音桥" for h in merged)
    assert all(h.english_match == "Guanyinqiao" for h in merged)
    # One result per sentence for an English word found three times in it, with all three spans.
    district = [h for h in index.query("district").hits if h.via == "english"]
    assert len(district) == len({h.sentence_index for h in district})
    assert all(len(h.english_spans) == 3 for h in district)
    # Jiangbei District is not the phrase "business district".
    phrase = index.query("business district").hits
    assert all(len(h.english_spans) == 1 for h in phrase)
    assert len(phrase) == len(with_name) > 5


def test_titles_and_headings_are_searched_in_english(seed_article, fold):
    title = seed_article.title_span
    heading = next(s for s in seed_article.sections if s.title)
    index = SearchIndex(
        seed_article,
        {title: "Office wins the award", (heading.heading_start, heading.heading_end): "Iron resolve"},
        fold=fold,
    )
    [hit] = index.query("iron resolve").hits
    assert (hit.start, hit.end) == (heading.heading_start, heading.heading_end)
    assert hit.section_index == heading.index and hit.sentence_index is None
    [hit] = index.query("award").hits
    assert hit.start == title[0] and hit.section_index is None


def test_english_arrives_later(seed_index, seed_article, fold):
    index = SearchIndex(seed_article, fold=fold)
    assert index.query("district").total == 0
    index.set_english({5: "a business district"})
    assert [h.sentence_index for h in index.query("district").hits] == [5]


def test_several_words_must_share_a_sentence(seed_index, seed_article):
    result = seed_index.query("商圈 店小二")
    assert {h.match for h in result.hits} == {"商圈", "店小二"}
    sentences = {h.sentence_index for h in result.hits}
    for i in sentences:
        s = seed_article.sentences[i]
        assert "商圈" in seed_article.text[s.start : s.end] and "店小二" in seed_article.text[s.start : s.end]
    # 商圈 appears in many more sentences than those with 店小二.
    assert len(result.hits) < seed_index.query("商圈").total
    assert seed_index.query("商圈 不存在的词").total == 0


def test_quoted_phrase_keeps_its_space(fold, make_article):
    index = SearchIndex(make_article("实干如虹 做好服务。做好 实干。"), fold=fold)
    assert spans(index.query('"实干如虹 做好"')) == [(0, 7)]
    assert len(index.query("实干如虹 做好").hits) == 2  # AND, same sentence


def test_figures_ignore_width_and_thousands_separators(fold, make_article):
    index = SearchIndex(make_article("财政收入545.3亿元，支出２７，２０３万元，第1，2条。另有27203人。"), fold=fold)
    text = index.article.text
    assert [h.match for h in index.query("545.3").hits] == ["545.3"]
    assert [h.match for h in index.query("27203").hits] == ["２７，２０３", "27203"]
    assert [h.match for h in index.query("27,203").hits] == ["２７，２０３", "27203"]
    assert index.query("12").total == 0  # 1，2 is a list, not a figure
    assert all(text[h.start : h.end] == h.match for h in index.query("27203").hits)


def test_latin_case_and_whole_word(fold, make_article):
    index = SearchIndex(make_article("GDP增长，gdp总量；GDPs不算。APEC会议。"), fold=fold)
    assert index.query("gdp").total == 3
    assert [h.match for h in index.query("gdp", whole_word=True).hits] == ["GDP", "gdp"]
    assert index.query("会议", whole_word=True).total == 1  # CJK has no word breaks


def test_regex_mode_and_its_errors(seed_index):
    result = seed_index.query(r"\d+万", regex=True)
    assert result.error is None and {h.match for h in result.hits} >= {"50万", "2万"}
    bad = seed_index.query("观音(桥", regex=True)
    assert bad.hits == [] and bad.error.startswith("Missing ), unterminated subpattern at position 2")
    assert seed_index.query("ab)", regex=True).error == "Unbalanced parenthesis at position 2"
    # Traditional characters in a regex fold too.
    assert seed_index.query("觀音[橋桥]", regex=True).total == seed_index.query("观音桥").total


def test_no_hits_and_blank_queries(seed_index):
    assert seed_index.query("量子计算机").hits == []
    blank = seed_index.query("   ")
    assert blank.hits == [] and blank.error is None


def test_limit_keeps_total(seed_index):
    full = seed_index.query("商圈")
    limited = seed_index.query("商圈", limit=3)
    assert limited.hits == full.hits[:3] and limited.total == full.total and limited.truncated


def test_result_helpers_for_the_ui(seed_index):
    result = seed_index.query("观音桥")
    groups = result.by_section()
    assert sum(len(v) for v in groups.values()) == len(result.hits)
    assert result.section_indices() == {k for k in groups if k is not None}
    first, last = result.hits[0], result.hits[-1]
    assert result.next_hit(first.start) == 1
    assert result.next_hit(last.start) == 0  # wraps
    assert result.next_hit(first.start, backwards=True) == len(result.hits) - 1
    assert result.next_hit(last.start, wrap=False) is None


def test_snippet_shows_context_within_the_line(seed_index, seed_article):
    hit = seed_index.query("日均人流量").hits[0]
    before, match, after = snippet_parts(seed_article.text, hit, width=5)
    assert match == "日均人流量"
    assert before == "…景象。这里" and after.startswith("超50万")
    assert "\n" not in snippet(seed_article.text, hit, width=200)
