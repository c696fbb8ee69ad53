"""Comparison bases (issue 19.2): the base gets the base's period, from its own words or its sentence's."""

from desktop.core.ingest.builder import build_article
from desktop.core.facts import extract_facts
from desktop.core.facts.dates import DocumentDate


def periods(text: str, document=None):
    facts = extract_facts(build_article(text), names=False, labels=False, document=document)
    return {f.text: (f.period, f.period_source) for f in facts if f.kind in ("money", "percent", "quantity")}


def test_a_base_with_no_time_of_its_own_takes_the_year_its_sentence_starts_from():
    # the second pair of a sentence that named its first pair's years (2008 report)
    got = periods(
        "标题\n城镇居民人均可支配收入由2002年7703元增加到2007年13786元，农村居民人均纯收入由2476元增加到4140元。",
        DocumentDate(2008),
    )
    assert got["7703元"][0] == "2002" and got["13786元"][0] == "2007"
    assert got["2476元"] == ("2002", "由2002年 (the sentence's start)")
    assert got["4140元"][0] == "2007"
    # X年同Y年相比: the changes of the sentence start from Y (1983 report)
    got = periods(
        "标题\n一九八二年同一九七八年相比，社会商品零售总额由一千五百五十九亿元增加到二千五百七十亿元。",
        DocumentDate(1983),
    )
    assert got["一千五百五十九亿元"][0] == "1978" and got["二千五百七十亿元"][0] == "1982"
    # with no year in the sentence the base is still the year before the clause's
    got = periods("标题\n2003年中央财政支出700亿元，补助资金由46亿元增加到92亿元。")
    assert got["46亿元"][0] == "2002" and got["92亿元"][0] == "2003"


def test_a_from_part_with_a_comma_or_a_word_before_its_figure_is_the_bases():
    got = periods("标题\n1979年国民收入比上年增长7％。积累率由1978年的36.5％，降为33.6％。", DocumentDate(1980))
    assert got["36.5％"][0] == "1978"
    assert got["33.6％"][0] == "1979"  # not the from-part's 1978: the paragraph's year
    got = periods("标题\n1979年，国营农场由上年亏损9000万元转为盈利3亿元。", DocumentDate(1980))
    assert got["9000万元"][0] == "1978" and got["3亿元"][0] == "1979"
    # a span's start is no from-part: 从2024年起，在5年内
    got = periods("标题\n计划预计从2024年起，在5年内创造2万个就业机会。")
    assert got["2万个"][0] == "2024/2028"
