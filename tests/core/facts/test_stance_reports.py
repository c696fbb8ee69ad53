"""Stance (issue 19.3) on the wording of work reports: what a plan sets, and the rise it states with it."""

from desktop.core.facts import extract_facts
from desktop.core.facts.dates import DocumentDate
from desktop.core.ingest.builder import build_article


def stances(text: str, document=None) -> dict[str, str]:
    facts = extract_facts(build_article("标题\n" + text), names=False, labels=False, document=document)
    return {f.text: f.stance for f in facts if f.kind != "date"}


def test_a_level_a_plan_sets_is_a_target_and_its_investment_a_plan():
    # the 1958 report (facts_dev round 9, tuned on): the plan's output and its rise on 1957 are aimed at
    got = stances("例如，钢产量拟定为六百二十四万八千吨，将比一九五七年增长百分之十九点二。", DocumentDate(1958))
    assert got == {"六百二十四万八千吨": "target", "百分之十九点二": "target"}
    # the 1959 report, outside facts_dev: the investment the plan sets is money to spend
    got = stances(
        "一九五九年基本建设投资总额，通过国家预算的部分，拟定为二百七十亿元，比一九五八年的二百一十四亿元增长百分之二十六。",
        DocumentDate(1959),
    )
    assert got["二百七十亿元"] == "plan" and got["二百一十四亿元"] == "base"
    # 将比 with no level set before it stays an outlook
    assert stances("一九八五年将比一九八○年增长百分之二十二。", DocumentDate(1983)) == {"百分之二十二": "forecast"}


def test_what_the_plan_says_will_be_reached_is_a_target_and_its_money_a_plan():
    # the 1982 and 1959 reports, outside facts_dev: 计划规定 sets the levels its 将达到 and 将比…增长 state
    got = stances(
        "计划规定，到一九八五年，进出口贸易总额将达到八百五十五亿元，比一九八○年增长百分之五十一点八，平均每年递增百分之八点七。",
        DocumentDate(1982),
    )
    assert got == {"八百五十五亿元": "target", "百分之五十一点八": "target", "百分之八点七": "target"}
    got = stances(
        "计划规定，一九五九年的铁路货物运输量将达到五亿二千万吨，比一九五八年的三亿八千万吨增长百分之三十六；"
        "交通部直属企业的货物运输量将达到三千五百万吨，比一九五八年的二千八百万吨增长百分之二十五。",
        DocumentDate(1959),
    )
    assert [got[k] for k in ("五亿二千万吨", "百分之三十六", "三千五百万吨", "百分之二十五")] == ["target"] * 4
    assert got["三亿八千万吨"] == "base"
    # the revenue a plan sets is money, a plan, as before
    got = stances("计划规定，五年合计国家财政收入为五千九百五十三亿元。", DocumentDate(1982))
    assert got == {"五千九百五十三亿元": "plan"}


def test_a_later_years_output_is_a_target_and_what_is_built_a_plan():
    # the 1982 report, outside facts_dev: the sixth plan's output for 1985 is aimed at (README round 7: its enrolments)
    got = stances(
        "到一九八五年，原煤七亿吨，增长百分之十二点九；发电量三千六百二十亿度，增长百分之二十点四。", DocumentDate(1982)
    )
    assert got["三千六百二十亿度"] == "target"
    # the 1993 report (facts_dev round 3, tuned on): the next five years' new capacity is an outcome aimed at
    assert stances("今后五年，要大力发展电力工业，五年新增装机容量６５００万千瓦。", DocumentDate(1993)) == {
        "６５００万千瓦": "target"
    }
    # what the government builds stays its plan
    got = stances(
        "今后五年内，新建和续建装机容量四十万千瓦以上的水电站十五个，二十万千瓦以上的火电站四十五个。",
        DocumentDate(1982),
    )
    assert got["十五个"] == "plan"


def test_this_years_output_in_a_section_of_this_years_work_is_a_target():
    # the 1998 report, outside facts_dev: the harvest the year's work aims at; the 1958 report (facts_dev round 9,
    # tuned on): the output its plan sets, in money too
    report = "一、1997年工作回顾\n略。\n二、1998年的主要任务\n粮食总产量稳定在49250万吨，棉花总产量稳定在400万吨。\n"
    assert stances(report, DocumentDate(1998)) == {"49250万吨": "target", "400万吨": "target"}
    report = (
        "一、一九五七年计划的执行情况\n略。\n二、一九五八年国民经济计划的安排\n"
        "在工业和手工业总产值中，生产资料的生产为三百五十六亿六千万元。\n"
    )
    assert stances(report, DocumentDate(1958)) == {"三百五十六亿六千万元": "target"}
    # the government's own work there stays a plan (test_stance: 淘汰燃煤小锅炉5万台)
    report = "一、1997年工作回顾\n略。\n二、1998年的主要任务\n今年新建铁路1000公里。\n"
    assert stances(report, DocumentDate(1998))["1000公里"] == "plan"


def test_a_figure_that_restates_the_one_before_takes_its_stance():
    # the 1983 report, outside facts_dev: the rise is the enrolment aimed at, told again
    got = stances(
        "使这方面的招生人数由一九八二年的二十九万人增加到一九八七年的一百一十万人，即增长二点八倍。", DocumentDate(1983)
    )
    assert got["一百一十万人"] == "target" and got["二点八倍"] == "target"
    # the 1955 report (facts_dev round 7, tuned on): the share is the pupils aimed at
    got = stances(
        "小学学生的人数将增长百分之十八，在一九五七年达到六千零二十三万人，即占全国学龄儿童的百分之七十以上。",
        DocumentDate(1955),
    )
    assert got["百分之七十以上"] == "target"


def test_the_rise_of_output_a_plan_sets_is_a_target():
    # the 1959 and 1980 reports, outside facts_dev: a plan's output and its rise are aimed at (README round 9)
    got = stances(
        "按照重工业和轻工业同时并举的要求，计划规定一九五九年生产资料的生产增长百分之四十六，生活资料的生产增长百分之三十四。",
        DocumentDate(1959),
    )
    assert got == {"百分之四十六": "target", "百分之三十四": "target"}
    got = stances(
        "一九五九年计划要求粮食增产百分之四十，这无疑是一个非常高的、在历史上少见的速度。", DocumentDate(1959)
    )
    assert got == {"百分之四十": "target"}
    got = stances("明年能源生产计划增长0.9％，而工业生产计划增长6％。", DocumentDate(1980))
    assert got == {"0.9％": "target", "6％": "target"}
    # the investment a plan sets is money it spends
    got = stances("计划规定一九五九年基本建设投资增长百分之二十。", DocumentDate(1959))
    assert got == {"百分之二十": "plan"}


def test_an_expected_base_leaves_the_plans_figure_its_own_stance():
    # the 1980 and 1981 reports, outside facts_dev: 预计 says this year's base is expected; next year's figure is the
    # plan's level (README round 9: the plan's output a target), no outlook
    got = stances("明年计划轻工业产值占工业总产值的比重，由今年预计的44％提高到45％。", DocumentDate(1980))
    assert got == {"44％": "base", "45％": "target"}
    got = stances(
        "１９８２年的计划，要求工农业总产值的增长速度由今年预计的３％提高到４％，并在执行中力争超过。",
        DocumentDate(1981),
    )
    assert got["４％"] == "target"
    # 预计 of the figure itself stays an outlook
    got = stances("预计明年粮食产量比今年增长5％。", DocumentDate(1980))
    assert got == {"5％": "forecast"}


def test_a_later_years_output_named_at_the_head_of_its_sentence_is_a_target():
    # the 1980 report's plan for 1981 (unannotated): the output named earlier in the sentence is what each figure sizes
    got = stances("明年原材料工业，钢产量3，500万吨，十种有色金属108万吨，水泥7，800万吨。", DocumentDate(1980))
    assert got["3，500万吨"] == "target"
    assert got["108万吨"] == "target"
    assert got["7，800万吨"] == "target"
    got = stances("明年工农业总产值，比今年增长5.5％，其中，农业总产值增长4％。", DocumentDate(1980))
    assert got == {"5.5％": "target", "4％": "target"}
    # money the sentence is about stays the plan's
    got = stances("明年全民所有制单位基本建设投资，比今年减少100亿元。", DocumentDate(1980))
    assert got == {"100亿元": "plan"}
