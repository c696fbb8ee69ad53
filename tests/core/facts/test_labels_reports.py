"""Labels in the wording of the work reports of every decade (sentences from reports outside tests/facts_dev)."""

import pytest

from fact_readouts import labels as _labels


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # 1982: 递增 is a change like 增长 (was labelled 递增 alone, or the sentence's first measure)
        (
            "其中，城镇居民的消费水平平均每年递增百分之三点二，农村居民的消费水平平均每年递增百分之四点二。",
            "百分之四点二",
            "农村居民的消费水平 递增",
        ),
        # 1958: 拟定为 is how a plan is stated, never the measure; 比一九五七年的预计数 is the base
        (
            "一九五八年的工业总产值，拟定为六百四十三亿七千万元，比一九五七年预计数增加八十一亿九千万元，增长百分之十四点六。",
            "六百四十三亿七千万元",
            "工业总产值",
        ),
        (
            "一九五八年的工业总产值，拟定为六百四十三亿七千万元，比一九五七年预计数增加八十一亿九千万元，增长百分之十四点六。",
            "八十一亿九千万元",
            "工业总产值 增加",
        ),
        # 1982: 计划 before a figure says it is planned, the measure is the sentence's
        (
            "工农业总产值的增长速度，一九八一年计划为百分之三点七，实际达到百分之四点六。",
            "百分之三点七",
            "工农业总产值的增长速度",
        ),
        # 1980, 1982: 计划 after the measure, before its verb, says the figure is planned (was 粮食产量计划)
        ("到一九八五年，全国粮食产量计划达到三亿六千万吨。", "三亿六千万吨", "粮食产量"),
        ("明年工业总产值计划比上年增长6％，预计可以超过。", "6％", "工业总产值 比上年增长"),
        # 1954 (tuned on): a plan that is fulfilled is the measure
        ("例如一九五三年中央六个工业部的基本建设计划就只完成了百分之九十四点三。", "百分之九十四点三", "基本建设计划"),
        # 2003: the target of a measure (预期目标 was cut to 目标)
        ("今年经济增长预期目标为7%左右，这是必要的。", "7%左右", "经济增长预期目标"),
        # 2003: the model splits 万人 off the figure before (4960/m 万人/n): it is no measure
        ("农村贫困人口由4960万人减少到2820万人。", "2820万人", "农村贫困人口"),
        # 2023: a clause of nothing but reaching goes on with the figure before it
        ("货物进出口总额年均增长8.6%，突破40万亿元并连续多年居世界前列。", "40万亿元", "货物进出口总额"),
        # 1958: those of the topic the act was done to (完工的有) are counted, not the act
        ("这些工业建设项目，在今年内可以建设完工的有一百八十八个。", "一百八十八个", "工业建设项目"),
        # 1997, 1959: the model reads 我国 as 我/r 国/n, and 国 opened the measure (国人口, 国的钢产量)
        ("我国人口到２０００年要控制在１３亿以内。", "１３亿以内", "人口"),
        (
            "我国的钢产量在一九五二年是一百三十五万吨，到一九五八年就增加到一千一百零八万吨。",
            "一百三十五万吨",
            "钢产量",
        ),
        ("我国的高等学校的学生，一九五二年有十九万人，到了一九五七年已经有四十四万人。", "十九万人", "高等学校的学生"),
        # 1959: a topic's attribute the phrase does not open with (中等) is the topic's still, and a clause opened by
        # 同 and closed by 的 is a modifier, not a statement (both were left with no label)
        ("中等学校的学生，一九五二年有三百多万人，一九五七年已经有七百多万人。", "三百多万人", "中等学校的学生"),
        (
            "同我国建立经济关系的国家和地区，已经有九十三个；建立文化联系和进行友好往来的国家和地区，已经有一百零四个。",
            "九十三个",
            "国家和地区",
        ),
        # 1959, 1981: a change whose clause names nothing measures the topic of the clause just before, when that
        # clause states no figure (was the sentence's earlier figure's measure, or the bare change word)
        (
            "其中，工业和手工业总产值达到了一千一百七十亿元，比一九五七年增长百分之六十六；"
            "钢、煤炭、发电设备等产品的产量，都比一九五七年增长一倍以上。",
            "一倍以上",
            "产品的产量 增长",
        ),
        ("油料在连续三年大增产的基础上，又增长１７％左右。", "１７％左右", "油料 增长"),
        # 1998: how it is counted (按可比价格计算) is no topic
        ("1997年国内生产总值达到74772亿元，按可比价格计算，平均每年增长11％。", "11％", "国内生产总值 增长"),
    ],
)
def test_report_wording_names_the_measure(text, figure, label):
    assert _labels(text)[figure] == label


def test_acts_side_by_side_are_each_their_own_measure():
    got = _labels("推进燃煤电厂脱硫改造1500万千瓦、脱硝改造1.3亿千瓦、除尘改造1.8亿千瓦。")  # 2014
    assert got["1.8亿千瓦"] == "除尘改造"
    assert _labels("五年累计减税5.4万亿元、降费2.8万亿元。")["2.8万亿元"] == "降费"  # 2023


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # 2013: a from-to pair of a share measures what it is a share of (was 国内生产总值的比重, GDP)
        ("财政赤字占国内生产总值的比重从2009年的2.8%降到去年的1.5%左右。", "2.8%", "财政赤字 占国内生产总值的比重"),
        # 2013: and so does a change of a share (was 国内生产总值比重 提高)
        ("服务业增加值占国内生产总值比重提高2.7个百分点。", "2.7个百分点", "服务业增加值 占国内生产总值比重 提高"),
        # 1983: 所占 (was 比重)
        (
            "在工农业总产值中，农业所占比重由一九七八年的百分之二十七点八提高到一九八二年的百分之三十三点六。",
            "百分之二十七点八",
            "农业 占比重",
        ),
        # 1959: 所占的比重 as the topic of the clauses after it (was 比重)
        (
            "在工农业总产值中，工业和手工业所占的比重，一九五二年为百分之四十一点五，一九五七年上升为百分之五十六点五。",
            "百分之四十一点五",
            "工业和手工业 占的比重",
        ),
        # 1959: and so does its change in a later clause (was 比重 上升)
        (
            "在工农业总产值中，工业和手工业所占的比重，一九五二年为百分之四十一点五，一九五七年上升为百分之五十六点五。",
            "百分之五十六点五",
            "工业和手工业 占的比重 上升",
        ),
        # 1981: the model reads 积累 as a verb; 所 makes it what has the share (was 比重)
        ("积累所占的比重，相应地由３６．５％降到３０％左右。", "３０％左右", "积累 占的比重"),
    ],
)
def test_a_share_names_what_it_is_a_share_of(text, figure, label):
    assert _labels(text)[figure] == label


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # 2007: 拟安排 plans an amount, never names it (was 财政赤字拟安排)
        ("今年中央财政赤字拟安排2450亿元，比去年预算赤字减少500亿元。", "2450亿元", "中央财政赤字"),
        # 2007: the treasury arranges the money; what it arranges is the measure (was 财政安排社会保障支出)
        ("今年中央财政安排社会保障支出2019亿元，比去年增加247亿元。", "2019亿元", "社会保障支出"),
        # 2009: and with 安排 now skipped, the treasury is still not the measure when the money's noun follows
        ("中央财政安排423亿元资金，支持十大重点节能工程。", "423亿元", "资金"),
        # 1958: 安排为 (was 进出口贸易总额安排)
        ("一九五八年进出口贸易总额安排为一百一十亿元，比上一年增长百分之八点六。", "一百一十亿元", "进出口贸易总额"),
    ],
)
def test_arranging_money_is_no_measure(text, figure, label):
    assert _labels(text)[figure] == label


def test_an_attribute_in_xing_stays_in_the_measure():
    # 2007: the model reads 经常性 as an adverb, and the measure was cut to 投资
    got = _labels("拟安排中央预算内经常性建设投资804亿元，比去年预算增加250亿元。")
    assert got["804亿元"] == "预算内经常性建设投资"


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # 2023: 年均 after a measure says how the figure is taken (was 城镇新增就业年均)
        ("城镇新增就业年均1270多万人。", "1270多万人", "城镇新增就业"),
        # 1998: 年均实际增长 after a clause that names nothing changes the amount before it (was 年均)
        ("城镇居民人均可支配收入达到5160元，五年来年均实际增长6％。", "6％", "城镇居民人均可支配收入 增长"),
        # 1998: 稳定在 holds a level (was 粮食总产量稳定)
        ("粮食总产量稳定在49250万吨，棉花总产量稳定在400万吨。", "49250万吨", "粮食总产量"),
        # 2007: 超收 (revenue over the budget) is an act the model splits into 超/d 收/v; 年均 before it says how
        # the figure is taken, and the second 超收 is the same act again, no item of a list (both were unlabelled)
        ("从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。", "2040亿元", "超收"),
        ("从2003年到2006年年均超收2040亿元，其中去年超收2573亿元。", "2573亿元", "超收"),
        # 2023: 年均 is dropped, the measure's attribute (临时) stays (was 救助 once 年均 was dropped first)
        ("对遇困人员及时给予帮扶，年均临时救助1100万人次。", "1100万人次", "临时救助"),
    ],
)
def test_how_a_figure_is_held_or_averaged_is_no_measure(text, figure, label):
    assert _labels(text)[figure] == label


def test_a_to_figure_after_its_year_measures_the_pair():
    # 1983: the to-figure's year stood between the verb and the figure, and the label was the from-figure's 万人
    got = _labels("使这方面的招生人数由一九八二年的二十九万人增加到一九八七年的一百一十万人。")
    assert got["一百一十万人"].endswith("招生人数")


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # 2023: 投入 read as a noun before 强度 is part of the name (was cut to 强度), and so is 全 (全/a 社会/n)
        ("全社会研发经费投入强度从2.1%提高到2.5%以上。", "2.1%", "全社会研发经费投入强度"),
        # 2023: the model reads 最低税负率 as an adjective (was cut to 小微企业所得税实际)
        ("小微企业所得税实际最低税负率从10%降至2.5%。", "2.5%", "小微企业所得税实际最低税负率"),
    ],
)
def test_a_rate_the_model_misreads_keeps_its_name(text, figure, label):
    assert _labels(text)[figure] == label


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # 1980: a bracket saying what the measure takes in does not end its phrase (was 比上年增加 alone)
        (
            "1979年全民所有制职工全年工资总额（包括奖金在内）比上年增加60亿元；职工的年平均工资达到705元。",
            "60亿元",
            "工资总额 比上年增加",
        ),
        # 1959: nor does a comma inside it end the clause (was the clause before's 煤 增加)
        (
            "钢增加了四百万吨，煤增加了六千四百万吨，机床（不包括简易机床，下同）增加了一万四千三百台。",
            "一万四千三百台",
            "机床 增加",
        ),
        # 1957: a gloss inside the measure's name (was 产量)
        ("粮食（不包括大豆）的产量为三千六百五十亿斤。", "三千六百五十亿斤", "粮食（不包括大豆）的产量"),
    ],
)
def test_a_gloss_bracket_stays_inside_the_measure(text, figure, label):
    assert _labels(text)[figure] == label


def test_a_base_after_a_comma_is_no_list_item():
    # 1959: ，比一九五二年的五万八千人 is the base of the change, not an item named 比一九五二年的
    got = _labels("工程技术人员十七万五千人，比一九五二年的五万八千人增长两倍。")
    assert got["五万八千人"] == "工程技术人员"


def test_changes_side_by_side_change_the_figures_in_the_same_place_before():
    # 2009: no 分别, and 8.4% was the second figure's change, 8% the bare 实际增长
    got = _labels("城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%。")
    assert (got["8.4%"], got["8%"]) == ("城镇居民人均可支配收入 增长", "农村居民人均纯收入 增长")
    # 2007: after a 分别 list, its changes in a clause of their own (were all 文化事业的支出)
    got = _labels(
        "全国财政用于科技、教育、卫生、文化事业的支出分别为774亿元、536亿元、138亿元和123亿元，"
        "比上年增长29.2%、39.4%、65.4%和23.9%。"
    )
    assert [got[f] for f in ("29.2%", "39.4%", "65.4%")] == ["财政用于科技 增长", "教育 增长", "卫生 增长"]


def test_a_change_word_ending_a_word_leaves_its_measure():
    # 1998: the model reads 经济增长 as one word, and the label was 增长 alone
    assert _labels("去年经济增长8．8％，商品零售价格涨幅为0．8％。")["8．8％"] == "经济 增长"


@pytest.mark.parametrize(
    "text, figure, label",
    [
        # 1982: 计划 before 由 names no measure; the clause before does (was 计划)
        ("扩大人工草场面积，计划由一九八○年的三千二百万亩增加到一九八五年的一亿亩。", "一亿亩", "人工草场面积"),
        # 2003: a from-to clause opened by 从 measures the topic before it (was cut to 试验开发经费)
        ("全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元。", "509亿元", "研究与试验开发经费"),
        # 1980: 由上年的 (was 煤, the unit's noun after the from-figure)
        ("每吨钢的综合能耗，由上年的2.51吨煤，降低到2.28吨煤。", "2.51吨", "综合能耗"),
    ],
)
def test_a_from_to_pair_that_names_no_measure_measures_the_topic_before(text, figure, label):
    assert _labels(text)[figure] == label
