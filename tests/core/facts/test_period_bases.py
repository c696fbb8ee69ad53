"""Comparison bases (issue 19.2): the base gets the base's period, from its own words or its sentence's."""

from desktop.core.facts import extract_facts
from desktop.core.facts.dates import DocumentDate
from desktop.core.ingest.builder import build_article
from fact_readouts import periods


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


def test_a_comparison_base_gets_its_own_year_not_the_clauses():
    got = periods("标题\n一九五七年全国职工达到二千四百五十万人，比一九五二年的一千六百万人增加百分之五十三。")
    assert got["二千四百五十万人"] == ("1957", "一九五七年")
    assert got["一千六百万人"] == ("1952", "比一九五二年")
    assert got["百分之五十三"] == ("1957", "一九五七年")


def test_the_start_of_a_change_is_the_year_before_its_span():
    text = (
        "标题\n过去五年，高速公路由4771公里增加到2.5万公里，五年累计完成投资17.2万亿元，国内生产总值平均每年增长7.7%。"
    )
    got = periods(text, DocumentDate(2003))
    assert got["4771公里"] == ("1997", "过去五年")
    assert got["2.5万公里"] == ("2002", "过去五年")  # what the change reached: the span's end
    assert got["17.2万亿元"] == ("1998/2002", "过去五年")
    assert got["7.7%"] == ("1998/2002", "过去五年")
    undated = periods(text)
    assert undated["4771公里"][0] == "Y[-6]" and undated["7.7%"][0] == "Y[-5]/Y[-1]"  # relative, not guessed


def test_a_base_with_its_own_date_inside_the_from_part():
    got = periods("标题\n2003年中央财政支出700亿元，其中补助资金由上年46亿元增加到92亿元。")
    assert got["46亿元"] == ("2002", "由上年")
    assert got["92亿元"] == ("2003", "2003年")
    got = periods("标题\n从2016年至今，台湾新创家数已由3,157家成长到超过9,600家。", DocumentDate(2025, 4, 1))
    assert got["3,157家"] == ("2016", "从2016年")
    # what the change reached (成长到) is at the end of the span 从2016年至今, not over it
    assert got["超过9,600家"] == ("2025-04", "从2016年…至今: document date 2025-04")
    got = periods("标题\n预计明年租金补助可以由现在的50万户，提高到75万户。", DocumentDate(2024, 8, 6))
    assert got["50万户"][0] == "2024-08" and got["75万户"] == ("2025", "明年")


def test_a_from_part_that_holds_a_figure_makes_the_next_figure_the_result_not_a_base():
    # 从28亿元提高到68亿元，到今年9月…: the ，到 after 68亿元 does not make it the start of another change
    got = periods(
        "标题\n今年的癌症筛检预算也增加，从28亿元提高到68亿元，到今年9月筛检已经超过448万人次。",
        DocumentDate(2025, 10, 29),
    )
    assert got["28亿元"] == ("2024", "今年")
    assert got["68亿元"] == ("2025", "今年")
    assert got["超过448万人次"][0] == "2025-09"


def test_the_state_now_as_a_base_and_an_original_plan_for_the_same_years():
    got = periods("标题\n国务院的部委和直属机构、办事机构共59个，比现有的86个减少27个。", DocumentDate(1993))
    assert got["86个"] == ("1993", "比现有的: document date 1993")
    assert got["27个"][0] is None and got["59个"][0] is None  # the 现有 of the base is not the clause's now
    got = periods(
        "标题\n按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。", DocumentDate(1993)
    )
    assert got["百分之六"][0] == "1991/1995"  # what the plan first set for the same years, not 1990
    assert [v[0] for k, v in got.items() if k.startswith("百分之八")] == ["1991/1995"]  # a yearly average, not the end


def test_a_figure_followed_by_a_later_time_and_what_the_measure_then_was_is_the_base():
    facts = extract_facts(
        build_article("标题\n新北市在2017年长照据点约60个，今年已是1,705个，他肯定新北市的努力。"),
        names=False,
        labels=False,
        document=DocumentDate(2024, 8, 13),
    )
    got = {f.text: (f.period, f.stance) for f in facts if f.kind == "quantity"}
    assert got == {"约60个": ("2017", "base"), "1,705个": ("2024", "result")}


def test_a_date_that_opens_a_from_part_is_the_bases_and_carries_no_further():
    # 1982 report (unannotated): the second change's result is 1985's, not the first base's 1980
    text = (
        "标题\n到一九八五年，煤炭的外运能力将由一九八○年的七千二百万吨增加到一亿二千万吨，"
        "运煤能力将由一九八○年的一千四百万吨增加到二千九百万吨。"
    )
    got = periods(text, DocumentDate(1982))
    assert got["七千二百万吨"] == ("1980", "由一九八○年")
    assert got["一千四百万吨"] == ("1980", "由一九八○年")
    assert got["二千九百万吨"] == ("1985", "一九八五年")
    got = periods("标题\n到一九八五年招生数将从一九八○年的二十八万人增加到四十万人，增长百分之四十二点二。")
    assert got["百分之四十二点二"][0] == "1985"
    # an average over the change runs from the base's year; 从2019年到2023年一共投入 stays a span
    got = periods("标题\n纯收入将由一九八○年的一百九十一元增加到一九八五年的二百五十五元，平均每年递增百分之六。")
    assert got["百分之六"] == ("1981/1985", "一九八○年…一九八五年")
    got = periods("标题\n计划从2019年到2023年一共投入3亿元。")
    assert got["3亿元"][0] == "2019/2023"


def test_a_change_reached_needs_a_figure_in_its_from_part():
    # 1997 report (unannotated): 由银行提供资金支持 is no from-part of 扩大到５１１户
    text = "标题\n去年已经对其中近３００户由银行提供资金支持，取得了比较好的效果，今年要扩大到５１１户。"
    got = periods(text, DocumentDate(1997))
    assert got["近３００户"][0] == "1996" and got["５１１户"] == ("1997", "今年")


def test_the_base_of_a_revised_outlook_is_the_same_years():
    # README round 7: 從2.7%上修到2.9% of 2025 growth is a base and a forecast, both 2025
    got = periods(
        "标题\n國際貨幣基金會對於今年全球經濟成長率的預估也從3.3%下修至2.8%，只有臺灣從2.7%上修至2.9%。",
        DocumentDate(2025, 5, 2),
    )
    assert {t: p for t, (p, _) in got.items()} == {"3.3%": "2025", "2.8%": "2025", "2.7%": "2025", "2.9%": "2025"}


def test_a_time_after_biqi_is_the_comparisons():
    # 28641: next year's flood-control budget against this year's: the rise is next year's
    got = periods(
        "标题\n政府立即調整明年度整體治水經費，再增加115億元，達到551億元，比起今年度，增加超過四成。",
        DocumentDate(2024, 8, 10),
    )
    assert got["超過四成"][0] == "2025"


def test_the_year_a_multiple_is_of_is_its_base_not_its_period():
    # the 2003 report and 39167: 是1997年的2.3倍 compares 2002 with 1997, so the multiple is 2002's (a change
    # between two times is the later one's); it was 1997's
    got = periods("标题\n2002年高等学校在校生1600万人，是1997年的2.3倍。", DocumentDate(2003))
    assert got["2.3倍"][0] == "2002"
    got = periods(
        "标题\n去年，政府網際服務網（GSN），每日平均侵擾數達到240萬次，是前年的2倍。", DocumentDate(2025, 2, 10)
    )
    assert got["2倍"][0] == "2024"


def test_a_base_with_no_time_of_its_own_takes_the_year_its_sentence_compares_with():
    # 2003 report (unannotated): the share before the rise is 1997's, the year the multiple is of, not 2001's
    text = "标题\n2002年，全国财政性教育经费投入3366亿元，是1997年的1.8倍，占国内生产总值的比重从2.5%提高到3.3%。"
    for document in (DocumentDate(2003), None):
        got = periods(text, document)
        assert got["2.5%"] == ("1997", "是1997年 (the sentence's comparison)")
        assert got["3.3%"][0] == "2002"
    # 1982 report (unannotated): 其中 reads the sentence before, whose total is compared with 1980
    text = (
        "标题\n第六个五年计划规定，一九八五年工农业总产值达到八千七百一十亿元，比一九八○年的七千一百五十九亿元增加"
        "一千五百五十一亿元。其中，农业总产值由二千一百八十七亿元增加到二千六百六十亿元。"
    )
    got = periods(text, DocumentDate(1982))
    assert got["二千一百八十七亿元"][0] == "1980" and got["二千六百六十亿元"][0] == "1985"
