"""Labels name what a figure measures: noun phrases from the model's words, never a bare verb."""

import pytest

from desktop.core.ingest.builder import build_article
from desktop.core.facts import extract_facts


def _labels(text):
    return {
        f.text: f.label
        for f in extract_facts(build_article("标题\n" + text), names=False)
        if f.kind in ("money", "percent", "quantity", "ratio", "multiple")
    }


@pytest.mark.parametrize(
    "text, figure, label",
    [
        ("城镇新增就业1186万人。", "1186万人", "城镇新增就业"),  # a verb between nouns stays
        ("实现社零总额545.3亿元。", "545.3亿元", "社零总额"),  # 实现 is how, not what
        ("政府预估明年经济成长率达到3.1%。", "3.1%", "经济成长率"),  # 预估 / 达到 are never labels
        ("聚集320个国际知名品牌。", "320个", "国际知名品牌"),  # a count names what it counts
        ("贡献了全市7%左右的商品销售总额。", "7%左右", "商品销售总额"),  # …的 names the measure
        ("每年获利3至4兆元。", "3至4兆元", "获利"),  # the act is the measure when no noun is
    ],
)
def test_the_label_is_the_measure(text, figure, label):
    assert _labels(text)[figure] == label


def test_a_change_names_its_measure_and_the_figure_it_changes():
    facts = extract_facts(build_article("标题\n实现销售总额1627.8亿元，同比增长13.8%。"), names=False)
    growth = next(f for f in facts if f.text == "13.8%")
    assert growth.label == "销售总额 同比增长"
    base = next(f for f in facts if f.text == "1627.8亿元")
    assert growth.change_of == (base.start, base.end)


def test_respectively_pairs_each_change_with_its_figure():
    got = _labels("城镇居民人均可支配收入达到10493元，农村居民人均纯收入达到3255元，扣除价格因素，分别增长9.6%和6.2%。")
    assert got["9.6%"] == "城镇居民人均可支配收入 增长"
    assert got["6.2%"] == "农村居民人均纯收入 增长"


def test_a_general_word_defers_to_the_sentences_measure():
    got = _labels("整體公共建設計畫預算，包括總預算、前瞻和基金預算，總金額達到6,471億元。")
    assert got["6,471億元"] == "整體公共建設計畫預算"


def test_a_measure_with_of_inside_is_kept_whole():
    got = _labels("臺灣對外投資，中國的占比，2010年是83.8%。")
    assert got["83.8%"] == "中國的占比"


@pytest.mark.parametrize(
    "text, figure, label",
    [
        ("已有28个省（区、市）完成改革。", "28个", "省（区、市）"),  # a bracket belongs to the name
        ("全年中央财政用于“三农”的支出达到2975亿元。", "2975亿元", "财政用于“三农”的支出"),
        ("实际利用外商直接投资603亿美元。", "603亿美元", "外商直接投资"),  # the act with its nouns
        ("人均预期寿命再提高1岁。", "1岁", "人均预期寿命 提高"),  # 人均 is part of the measure
    ],
)
def test_measures_keep_their_whole_name(text, figure, label):
    assert _labels(text)[figure] == label


def test_a_figure_in_a_table_cell_is_labelled_by_its_row_and_column_headers():
    text = "# 消费数据\n\n| 项目 | 金额 | 增长 |\n|---|---|---|\n| 夜间消费 | 86.5亿元 | 12.3% |\n| 社零总额 | 545.3亿元 | 8.6% |\n"
    article = build_article(text, "markdown")
    for labels in (True, False):  # the headers need no model: the first, model-free list has them too
        facts = {f.text: f.label for f in extract_facts(article, names=False, labels=labels)}
        assert facts["86.5亿元"] == "夜间消费 金额"
        assert facts["8.6%"] == "社零总额 增长"
