"""Labels name what a figure measures: noun phrases from the model's words, never a bare verb."""

import pytest

from desktop.core.ingest.builder import build_article
from desktop.core.facts import extract_facts
from desktop.core.ingest.text import normalise
from fact_readouts import labels as _labels


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
        # the act with its nouns: 实际利用外商直接投资 is the statistics' own name of the measure (utilised FDI)
        ("实际利用外商直接投资603亿美元。", "603亿美元", "实际利用外商直接投资"),
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


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # a list's later items measure what its first does, each keeping its item (issue 19.7)
        ("育兒津貼第一胎5,000元，第二胎6,000元，第三胎7,000元。", "6,000元", "育兒津貼 第二胎"),
        ("育兒津貼第一胎5,000元，第二胎6,000元，第三胎7,000元。", "7,000元", "育兒津貼 第三胎"),
        ("第一胎提高補助到1萬3,000元、第二胎1萬4,000元。", "1萬4,000元", "補助 第二胎"),
        # the money is for the programme named after it, or before it in the sentence; never the agent
        ("國家發展委員會也匡列50億元推動「創業天使投資方案」。", "50億元", "創業天使投資方案"),
        ("政府也投入116億元，推動「中小微企業多元振興發展計畫」。", "116億元", "中小微企業多元振興發展計畫"),
        ("我們推動「0-6歲國家一起養 2.0」，也增加41億元，達到1,082億元。", "41億元", "0-6歲國家一起養 2.0 增加"),
        ("我們推動「0-6歲國家一起養 2.0」，也增加41億元，達到1,082億元。", "1,082億元", "0-6歲國家一起養 2.0"),
    ],
)
def test_weak_labels_get_a_second_look(text, figure, label):
    assert _labels(text)[figure] == label


def test_a_change_of_the_figure_before_is_not_its_base():
    facts = extract_facts(build_article("标题\n拟安排中央财政赤字2950亿元，比上年预算减少50亿元。"), names=False)
    cut = next(f for f in facts if f.text == "50亿元")
    deficit = next(f for f in facts if f.text == "2950亿元")
    assert deficit.label.endswith("财政赤字")
    assert cut.label == f"{deficit.label} 减少"  # 比上年预算: 预算 names the base, not the measure
    assert cut.change_of == (deficit.start, deficit.end)


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # 每学年, 每名学生每学期: a rate's unit is not what the figure measures
        ("政府也補助私立大專校院學雜費，每學年3萬5,000元。", "3萬5,000元", "私立大專校院學雜費"),  # its attribute kept
        ("政府每個月給予育兒津貼，第一胎5,000元。", "5,000元", "育兒津貼"),
        ("股市現也來到2萬5千多點。", "2萬5千多點", "股市"),  # 来到 reaches a level, it measures nothing
    ],
)
def test_rates_and_verbs_of_reaching_are_no_labels(text, figure, label):
    assert _labels(text)[figure] == label


@pytest.mark.parametrize(
    "text, figure, label",
    [
        ("全年淘汰黄标车和老旧设备1200台。", "1200台", "黄标车和老旧设备"),  # items joined into one measure
        ("各地新纳入低保、特困供养对象30万人。", "30万人", "低保、特困供养对象"),
        ("贫困发生率由10.2%下降到3.1%。", "10.2%", "贫困发生率"),  # an attribute opens the measure
        ("今年新增地方专项债券3.8万亿元。", "3.8万亿元", "地方专项债券"),  # whose measure it is
        ("中央财政赤字1.4万亿元。", "1.4万亿元", "中央财政赤字"),
        ("全县的中小学教师已有1.2万人。", "1.2万人", "中小学教师"),  # 已有 is a filler, never the label
        ("救灾方面的经费，从2019年到2021年共有8亿元。", "8亿元", "救灾方面的经费"),  # the clause before is the topic
        ("农村居民的购买力，2020年比2015年增加了45%。", "45%", "农村居民的购买力 增加"),
        ("林区职工住房基本建成3.2万套。", "3.2万套", "林区职工住房基本建成"),  # the act keeps its nouns
    ],
)
def test_labels_are_whole_measures_never_fillers(text, figure, label):
    assert _labels(text)[figure] == label


@pytest.mark.parametrize(
    "text, figure, label",
    [
        ("工业企业只占企业总数的百分之四十。", "百分之四十", "工业企业 占企业总数"),  # a share measures its part
        ("财政收入平均相当于支出的百分之九十。", "百分之九十", "财政收入 相当于支出"),
        (
            "亞太經濟體的國內生產毛額（GDP）占全球的六成。",
            "六成",
            "亞太經濟體的國內生產毛額 占全球",
        ),  # the name, not its gloss
        ("今年第一季出口成長率是5.5%，第二季是8%。", "8%", "出口成長率"),  # a time names no measure
        ("去年发生了两次严重的铁路事故。", "两次", "严重的铁路事故"),  # a count names what it counts, 的 inside
        ("明年將釋出5千戶社宅做為青年住宅。", "5千戶", "社宅"),  # …not the verb after it
    ],
)
def test_shares_times_and_counts(text, figure, label):
    assert _labels(text)[figure] == label


@pytest.mark.parametrize(
    "text, figure, label",
    [
        ("目前英國已有85%的國民都能取得電力。", "85%", "國民"),  # the place is the subject, 的 names the measure
        ("五年來我們增加了80%的國防預算。", "80%", "國防預算 增加"),
        ("日本也有近60萬人次訪臺。", "近60萬人次", "訪臺"),  # 也有 is a filler; a place counts no one
        ("股市從8千多點漲到2萬3千多點，漲了155%。", "155%", "股市 漲"),
    ],
)
def test_a_place_or_an_agent_is_no_measure(text, figure, label):
    assert _labels(text)[figure] == label


def test_a_statement_before_is_no_topic():
    assert _labels("经济增速是综合性指标，今年预期目标设定为6%以上。")["6%以上"] != "综合性指标"


@pytest.mark.parametrize(
    "text, figure, label",
    [
        ("国民经济增长速度由原定平均每年百分之六调高到百分之八至九。", "百分之六", "国民经济增长速度"),
        ("国民经济增长速度由原定平均每年百分之六调高到百分之八至九。", "百分之八至九", "国民经济增长速度"),
        ("全国铁路营业里程由6.2万公里增加到7.8万公里。", "6.2万公里", "铁路营业里程"),
    ],
)
def test_both_figures_of_a_from_to_pair_measure_what_stands_before_it(text, figure, label):
    assert _labels(text)[figure] == label


def test_only_having_is_a_filler():
    assert _labels("到一九五八年，英国的钢产量只有二千二百万吨。")["二千二百万吨"] == "英国的钢产量"


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # 共达, 已达, 均为: two skip-words joined are a skip-word, never the act a figure measures (issue 19.7)
        ("加上原有的灌溉面积，共达十亿零七千万亩。", "十亿零七千万亩", "灌溉面积"),
        ("两年来新建住房共达五百万平方米。", "五百万平方米", "住房"),  # it was 住房共达
    ],
)
def test_a_word_of_two_skip_words_is_skipped(text, figure, label):
    assert _labels(text)[figure] == label


def test_an_earlier_clauses_measure_keeps_its_inside_and_outside():
    """内/外 inside a measure's name (预算外, 境外) stay when an earlier clause names the measure (issue 19.7)."""
    assert _labels("预算外收入也较快增长，全年达到五百亿元。")["五百亿元"] == "预算外收入"


def test_a_time_opening_a_list_item_takes_the_measure_of_the_item_before():
    got = _labels("今年第一季出口成長率5.5%、第二季將近8%。")  # 第二季 was the label (issue 19.7)
    assert got["將近8%"] == "出口成長率 第二季"


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # a clause before 的 whose verb or number was cut off is no measure: its head noun is (issue 19.7)
        ("享受公费医疗待遇的干部已有三百万人。", "三百万人", "干部"),  # was 待遇的干部
        ("全面完成五项指标的工厂只占工厂总数的百分之四十。", "百分之四十", "工厂 占工厂总数"),  # was 指标的工厂
        ("全年中央财政用于“三农”的支出达到2975亿元。", "2975亿元", "财政用于“三农”的支出"),  # kept whole
    ],
)
def test_a_relative_clause_cut_short_leaves_its_head_noun(text, figure, label):
    assert _labels(text)[figure] == label


def test_a_list_closed_by_deng_names_its_category():
    """A count of 中小学、幼儿园等学校 counts 学校, not the first item (issue 19.7)."""
    assert _labels("今年新建300所中小学、幼儿园等学校。")["300所"] == "学校"


def test_a_share_is_never_labelled_by_a_bare_verb_when_the_sentence_names_a_measure():
    got = _labels("去年的出口成長率還有5%，但是今年只剩下2%。")  # it was 剩下 (issue 19.7)
    assert got["2%"] == "出口成長率"
    assert _labels("每年获利3至4兆元。")["3至4兆元"] == "获利"  # an act with nothing before it stays


def test_a_place_alone_before_a_count_takes_the_measure_the_sentence_counts():
    got = _labels("全省有超過2萬戶房屋受損，光是臺中就有1萬多戶。")  # it was 臺中 (issue 19.7)
    assert got["1萬多戶"] == got["超過2萬戶"] != ""
    assert _labels("另外全國還有少數民族醫院三十八所。")["三十八所"] == "少數民族醫院"  # what is counted stays


def test_a_bound_before_a_measure_names_which_part_of_it():
    assert _labels("全市60岁以上老人已达三成。")["三成"] == "60岁以上老人"  # it was 老人 (issue 19.7)


def test_a_year_written_with_a_circle_for_zero_is_one_time_word():
    """一九八○年 (○ for zero) was split into 一九八/○/年, and 年 labelled the figures after it (issue 19.7)."""
    got = _labels("全国高等学校由一九八○年的六百七十五所增加到一九八二年的七百二十九所。")
    assert got["六百七十五所"] == got["七百二十九所"] == "高等学校"


def test_a_clause_that_names_nothing_measures_the_subject_of_the_clause_before():
    got = _labels("尽管遇到灾害，棉花仍然连年增产，今年预计达到四百万吨。")  # it had no label (issue 19.7)
    assert got["四百万吨"] == "棉花"


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # releases outside facts_dev: the defence budget's share of GDP, 77 times in the Taiwan releases
        ("臺灣明年度的國防預算按照北約標準將達到GDP 3.32%，並可望在2030年前達到GDP的5%。", "3.32%", "國防預算 占GDP"),
        ("臺灣明年度的國防預算按照北約標準將達到GDP 3.32%，並可望在2030年前達到GDP的5%。", "5%", "國防預算 占GDP"),
        ("柯主席主張國防預算佔比逐年提升至GDP的3%。", "3%", "國防預算 占GDP"),
        ("目標是在2030年前將國防支出提高至國內生產毛額（GDP）的5%。", "5%", "國防支出 占國內生產毛額（GDP）"),
        # a clause opening with 占 is a share of the figure before it
        ("去年臺灣綠色科技產業的附加價值已經超過5千億元，占GDP的2%。", "2%", "綠色科技產業的附加價值 占GDP"),
    ],
)
def test_a_share_of_gdp_measures_what_reaches_it(text, figure, label):
    assert _labels(text)[figure] == label


def test_a_skip_word_tagged_as_a_noun_is_skipped_before_the_figure():
    got = _labels("國際貨幣基金會(IMF)對於今年全球經濟成長率的預估也從3.3%下修至2.8%，多數國家都被下修。")
    assert got["3.3%"] == "全球經濟成長率"
    assert got["2.8%"] == "全球經濟成長率"


def test_a_clause_that_is_a_modified_noun_or_a_list_is_the_topic_of_the_change_after_it():
    got = _labels(  # the 1964 report (tuned on)
        "同一九五七年比较，一九六四年供应的猪肉、羊肉、蔬菜等副食品，都增长百分之三十以上；"
        "机制纸、铝制品、搪瓷制品、自行车、收音机等主要日用品，增长百分之五十以上。"
    )
    assert got["百分之三十以上"] == "副食品 增长"
    assert got["百分之五十以上"] == "主要日用品 增长"
    # a verb with an object before 的 is a statement, not a topic
    assert _labels("也感謝主辦單位的安排，讓27個參展的NGO能在此展出。")["27個"] != "安排"


def test_a_change_after_a_general_word_changes_the_measure_named_before_it():
    got = _labels("中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元，增长18%、为多年来最大增幅。")  # 2022 (tuned on)
    assert got["18%"] == "地方转移支付 增长"


@pytest.mark.parametrize(
    "text, figure, label",
    [
        ("今年度的國防總預算達到歷史新高的6,007億，不僅代表政府對國軍的重視。", "6,007億", "國防總預算"),
        ("政府補助第一胎每個月7,000元、第二胎8,000元、第三胎9,000元。", "7,000元", "補助"),
        ("政府補助第一胎每個月7,000元、第二胎8,000元、第三胎9,000元。", "8,000元", "補助 第二胎"),
    ],
)
def test_a_record_a_rate_and_a_list_item_are_no_measure(text, figure, label):
    assert _labels(text)[figure] == label


@pytest.mark.parametrize(
    "text, figure, label",
    [  # the model splits 淨零 (净/a 零/m) and 因應 (因/p 应/v); release 39243 (tuned on)
        ("預計到2030年，政府將持續投入突破1兆元淨零轉型預算，並且帶動民間綠色投籌融資。", "1兆元", "淨零轉型預算"),
        ("提出針對國安統戰威脅的十七項因應策略，來團結國人抵抗分化。", "十七項", "因應策略"),
    ],
)
def test_taiwan_words_the_model_splits_are_read_whole(text, figure, label):
    assert _labels(text)[figure] == label


def test_spaces_beside_chinese_characters_stay_out_of_a_label():
    got = _labels(
        "2021 年臺灣的研發經費是8,206億元，占 GDP 比例達到3.77%，首度超過美國。"
    )  # a release outside facts_dev
    assert got["3.77%"] == "臺灣的研發經費 占GDP比例"  # the measure before the change's space is whole


@pytest.mark.parametrize(
    "text, figure, label",
    [  # release 39479 (tuned on): a list of rates whose later items name only a time or an era
        ("去年經濟成長率4.84%、今年第一季5.48%、第二季將近8%，不僅位居亞洲四小龍之首。", "將近8%", "經濟成長率 第二季"),
        (
            "陳水扁前總統任內平均GDP成長率達4%、馬英九前總統任內平均僅有2.8%、蔡英文前總統任內提升至3.2%。",
            "2.8%",
            "平均GDP成長率",
        ),
    ],
)
def test_a_list_of_rates_gives_its_later_items_the_first_ones_measure(text, figure, label):
    assert _labels(text)[figure] == label


@pytest.mark.parametrize(
    "text, figure, label",
    [  # releases outside facts_dev
        ("政府共編列超過1,200億元經費，就是希望可以減輕年輕夫婦負擔。", "超過1,200億元", "經費"),  # 編/列 split
        (
            "針對「0-6歲國家一起養」政策，政府編列一年1,200億元，希望協助家長一起照顧小孩。",
            "1,200億元",
            "0-6歲國家一起養",
        ),
        ("「0-6歲國家一起養」政策政府編列一年1,200億元，希望協助家長。", "1,200億元", "0-6歲國家一起養"),
        ("政府也推動了「健康台灣深耕計畫」，預計5年投入將近500億元。", "將近500億元", "健康台灣深耕計畫"),
    ],
)
def test_money_with_no_noun_of_its_own_is_for_the_programme_the_sentence_names(text, figure, label):
    assert _labels(text)[figure] == label


def test_an_act_keeps_its_money_when_a_law_is_named_before():
    got = _labels("依據《特別條例》，屋頂牆面受損20至100平方公尺補助5萬元。")
    assert got["5萬元"] == "補助"


@pytest.mark.parametrize(
    "text, figure, label",
    [  # round 7's tuned-on 2018 report and release 28398, and a release outside facts_dev
        ("今年赤字率拟按2.6%安排，比去年预算低0.4个百分点；", "0.4个百分点", "赤字率"),  # 去年预算 is the base
        ("臺灣GDP的規模，從她上任時的17.5兆元大幅成長，去年突破23兆元。", "17.5兆元", "GDP的規模"),  # 時 is when
        (
            "吳澤成政委帶領工程會推動事務，濁水溪揚塵問題，由106年59日降至現在不到5次，非常不容易；",
            "不到5次",
            "揚塵問題",
        ),
        ("蔡前總統剛上任時，股市是8千多點，卸任時2萬多點，上漲超過150%。", "2萬多點", "股市"),
    ],
)
def test_a_time_or_a_base_defers_to_the_measure_the_sentence_names(text, figure, label):
    assert _labels(text)[figure] == label


def test_a_change_after_a_figure_broken_over_a_page_measures_the_figures_measure():
    # 2017 work report: the page break inside 74.4万亿元 cut the paragraph, and the change was labelled 增长 alone
    text = "——经济运行缓中趋稳、稳中向好。国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%，名列世界前茅。"
    facts = extract_facts(build_article(normalise("标题\n" + text)), names=False)
    got = {f.text: f.label for f in facts if f.kind == "percent"}
    assert got["6.7%"] == "国内生产总值 增长"
