"""Stance (issue 19.3): target, plan, forecast, result, base — in the Fact, the JSON, every export."""

import csv
import io
import json

from desktop.core.ingest.builder import build_article
from desktop.core.facts import FACT_FIELDS, extract_facts
from desktop.core.facts.dates import DocumentDate


def stances(text: str, document=None) -> dict[str, str]:
    facts = extract_facts(build_article("标题\n" + text), names=False, labels=False, document=document)
    return {f.text: f.stance for f in facts if f.kind != "date"}


def test_targets_plans_forecasts_results_and_bases():
    got = stances(
        "今年发展主要预期目标是：国内生产总值增长6%以上；城镇新增就业1100万人以上；粮食产量保持在1.3万亿斤以上。",
        DocumentDate(2021),
    )
    assert set(got.values()) == {"target"}  # the colon's introduction governs the whole list
    got = stances("今年赤字率拟按3%安排，赤字规模4.06万亿元。其中，中央财政赤字1.4万亿元。", DocumentDate(2024))
    assert got == {"3%": "plan", "4.06万亿元": "plan", "1.4万亿元": "plan"}  # 其中: the sentence before's
    got = stances("一九七四年工业总产值预计比一九六四年增长一点九倍。", DocumentDate(1975))
    assert got == {"一点九倍": "forecast"}
    got = stances("2023年国内生产总值超过126万亿元，增长5.2%。", DocumentDate(2024))
    assert got == {"超过126万亿元": "result", "5.2%": "result"}
    got = stances("一九五七年全国职工达到二千四百五十万人，比一九五二年的一千六百万人增加百分之五十三。")
    assert got["一千六百万人"] == "base" and got["二千四百五十万人"] == "result"
    got = stances("国家发展委员会匡列50亿元推动方案，目前已投资282家新创。", DocumentDate(2025, 4, 1))
    assert got["282家"] == "result"  # 已 after a plan word


def test_cues_that_only_aim_forward():
    # 全年共安排3700多万人就业 in a review is what happened; 对接争取政策 with no period aims at nothing
    assert stances("2023年共安排3700多万人就业。", DocumentDate(2024)) == {"3700多万人": "result"}
    assert stances("综合管理科积极对接争取政策，35名职工全员走访。") == {"35名": "result"}
    assert stances("明年生育补助每一胎补足到10万元。", DocumentDate(2024, 10, 10)) == {"10万元": "plan"}
    assert stances("今年国内生产总值增长5%左右。", DocumentDate(2024)) == {"5%左右": "target"}
    assert stances("商圈办拟定5个方面、10项措施。")["5个"] == "result"  # 拟定 drew up: no plan word


def test_stance_is_a_public_field_and_every_export_has_it():
    from desktop.core.export import render

    assert FACT_FIELDS[FACT_FIELDS.index("period") + 1] == "stance"
    facts = extract_facts(
        build_article("标题\n过去五年，国内生产总值平均每年增长7.7%，今年预期目标是增长7%左右。"),
        names=False,
        document=DocumentDate(2003),
    )
    figures = [f for f in facts if f.kind == "percent"]
    assert [(f.period, f.stance) for f in figures] == [("1998/2002", "result"), ("2003", "target")]
    records = json.loads(render(figures, "json"))
    records = records["facts"] if isinstance(records, dict) else records
    assert [(r["period"], r["stance"]) for r in records] == [("1998/2002", "result"), ("2003", "target")]  # structured
    for fmt in ("csv", "tsv"):
        rows = list(csv.DictReader(io.StringIO(render(figures, fmt)), delimiter="\t" if fmt == "tsv" else ","))
        assert [(r["Period"], r["Stance"]) for r in rows] == [("1998–2002", "result"), ("2003", "target")]
    assert "1998–2002" in render(figures, "markdown") and "| target |" in render(figures, "markdown")


def test_nearly_is_no_target_and_no_plan():
    """將近8% says how much, not what is aimed at: only 左右 makes a figure of this year a target; 将近 is no 将."""
    got = stances("今年第一季經濟成長率是5.48%，第二季將近8%，股市現也來到2萬5千多點。", DocumentDate(2025, 9, 21))
    assert got["將近8%"] == "result" and got["2萬5千多點"] == "result"
    assert stances("今年国内生产总值增长5%左右。", DocumentDate(2024)) == {"5%左右": "target"}


def test_a_state_to_come_told_as_reached_is_a_forecast():
    got = stances("明年开始台湾65岁以上长辈占人口数已经超过20%，进入超高龄社会。", DocumentDate(2024, 8, 13))
    assert got["超过20%"] == "forecast"


def test_words_inside_a_quoted_name_are_no_cue_and_a_bare_jiang_yields_to_a_target():
    got = stances(
        "去年政府开始推动「三高防治888计画」，预计目标到2030年，将8成病友加入健康照护网。", DocumentDate(2025, 10, 29)
    )
    assert got["8成"] == "target"
    got = stances(
        "按调整后的“八五”计划，国民经济增长速度由原定平均每年百分之六调高到百分之八至九。", DocumentDate(1993)
    )
    assert got["百分之六"] == "base"
    assert [v for k, v in got.items() if k.startswith("百分之八")] == ["target"]


def test_a_budget_stated_as_what_it_is_this_year_is_a_result_and_next_years_a_plan():
    got = stances("但是今年长照据点已1万4千多点，一年预算为876亿元。", DocumentDate(2024, 8, 13))
    assert got["876亿元"] == "result"
    assert stances("明年编列50亿元，后年再编列50亿。", DocumentDate(2024, 8, 13)) == {"50亿元": "plan", "50亿": "plan"}
    got = stances("政府大幅提高长照预算，从每年约50亿元提高至800多亿元。", DocumentDate(2025, 10, 3))
    assert got["800多亿元"] == "result"  # a budget with no period of its own: what happened


def test_a_future_level_reached_is_a_target():
    got = stances("加强原材料工业建设，1997年钢产量达到9400万吨，并努力提高质量。", DocumentDate(1993))
    assert got["9400万吨"] == "target"
    assert stances("明年生育补助每一胎补足到10万元。", DocumentDate(2024, 10, 10)) == {"10万元": "plan"}


def test_a_value_followed_by_a_plan_for_a_later_year_is_no_base():
    text = "长照预算从每年约50亿元提高至800多亿元，今年度也达900多亿元，明年更将达到超过1,100亿元。"
    got = stances(text, DocumentDate(2025, 10, 3))
    assert got["900多亿元"] == "result"  # what this year's budget is; next year's is a plan, not a change from it
    got = stances("2017年长照据点约60个，今年已是1,705个。", DocumentDate(2024, 8, 13))
    assert got["约60个"] == "base"  # a change that happened: its start is the base


def test_this_years_figures_in_a_section_of_this_years_work_are_plans():
    """三、2014年重点工作 sets out what the government will do: 淘汰燃煤小锅炉5万台 there is a plan, without a cue;
    the same words under the review's heading, or in a report of another year, state a result."""
    report = (
        "一、2013年工作回顾\n全年淘汰黄标车和老旧车300万辆。\n"
        "二、2014年重点工作\n今年要淘汰燃煤小锅炉5万台，县级公立医院综合改革试点扩大到1000个县。\n"
    )
    got = stances(report, DocumentDate(2014))
    assert got == {"300万辆": "result", "5万台": "plan", "1000个": "plan"}
    assert stances(report, DocumentDate(2015))["5万台"] == "result"  # the 2015 report's 2014 is a past year
    got = stances(
        "一、1998年工作回顾和1999年工作的总体要求\n今年压缩钢铁产能1000万吨。\n二、继续扩大内需\n", DocumentDate(1999)
    )
    assert got == {"1000万吨": "plan"}  # the heading's 1999 sets out work; its 1998 is the review's
    got = stances("一、2013年工作回顾\n今年压缩钢铁产能1000万吨。\n二、2014年工作任务\n", DocumentDate(2013))
    assert got == {"1000万吨": "result"}


def test_cues_that_are_parts_of_other_words():
    """全力争取 is 全力 + 争取, not 力争; 已经将 is 将 as 把, no future."""
    got = stances("市府团队卯足全力争取企业来到台南投资，2亿元以上的投资皆专案列管。", DocumentDate(2025, 12, 9))
    assert got["2亿元以上"] == "result"
    got = stances("现在已经将跨域协作开枝散叶，并在今年选出35组国内松。", DocumentDate(2024, 12, 22))
    assert got["35组"] == "result"


def test_what_will_be_and_what_is_guessed_are_forecasts():
    got = stances(
        "台湾今年的经济成长率会高达7.37%，但是根据国际的金融机构来推测，中国的经济成长率大概4%点多。",
        DocumentDate(2025, 12, 4),
    )
    assert got["7.37%"] == "forecast" and got["大概4%"] == "forecast"


def test_a_figure_named_as_a_goal_is_a_target():
    got = stances("就是何时可以达到40%或是50%的目标，美国政府也一定要帮忙配合。", DocumentDate(2025, 12, 4))
    assert got == {"40%": "target", "50%": "target"}


def test_a_rate_before_its_change_is_the_base():
    got = stances("政府将原本的1.415%的贷款利率降至0，由中央补贴。", DocumentDate(2025, 8, 9))
    assert got["1.415%"] == "base"
    assert stances("政府将贷款利率1.415%降至0。", DocumentDate(2025, 8, 9))["1.415%"] != "base"


def test_hoped_for_is_a_target_with_or_without_a_year():
    got = stances("他希望未来几年美国能在台湾的协助下，制造全球40%到50%的半导体晶片。", DocumentDate(2025, 12, 4))
    assert got["40%到50%"] == "target"


def test_what_is_spent_every_year_is_a_policy_in_force_and_a_programmes_size_a_plan():
    got = stances("政府推动国家一起养，一年编列约1,200亿元。", DocumentDate(2025, 9, 22))
    assert got["约1,200亿元"] == "result"
    got = stances("政府推动国家一起养，编列约1,200亿元。", DocumentDate(2025, 9, 22))
    assert got["约1,200亿元"] == "plan"
    got = stances("面对挑战，政府启动930亿元产业支持方案，全力协助中小微型企业。", DocumentDate(2025, 12, 9))
    assert got["930亿元"] == "plan"


def test_about_to_pass_is_a_forecast():
    got = stances("65岁以上的长辈占总人口的比例超过19%，已经要超过20%。", DocumentDate(2025, 10, 29))
    assert got["超过19%"] == "result" and got["超过20%"] == "forecast"


def test_about_so_many_places_where_work_is_done_is_no_target():
    """In 三、2016年重点工作, 在70%左右的地市开展试点 is a plan: 左右 before 的 counts where, it aims at nothing."""
    got = stances(
        "一、2015年工作回顾\n略。\n二、2016年重点工作\n在70%左右的地市开展分级诊疗试点。\n", DocumentDate(2016)
    )
    assert got["70%左右"] == "plan"
    assert stances("今年国内生产总值增长5%左右。", DocumentDate(2024)) == {"5%左右": "target"}


def test_what_a_policy_says_is_no_task():
    report = "一、2013年工作回顾\n略。\n二、2014年重点工作\n落实一方是独生子女的夫妇可生育两个孩子政策。\n"
    assert stances(report, DocumentDate(2014))["两个"] == "result"


def test_the_state_before_a_change_the_sentence_tells_is_a_base():
    got = stances(
        "从马英九前总统开始的长照1.0，长照据点约700多个；但是今年ABC长照据点已1万4千多点。", DocumentDate(2024, 8, 13)
    )
    assert got["约700多个"] == "base" and got["1万4千多点"] == "result"
    got = stances("总统同时说，蔡前总统上任前，全国长照据点约700多处，长照服务员人数不多。", DocumentDate(2025, 10, 3))
    assert got["约700多处"] == "base"
    assert stances("长照据点约700多处，服务员人数不多。", DocumentDate(2025, 10, 3))["约700多处"] == "result"


def test_a_clause_with_its_own_time_starts_its_own_stance():
    """A cue of an earlier clause does not reach a clause that opens with its own time (corpus release 39605);
    a goal still governs the years listed after it (release 39391)."""
    got = stances(
        "第一阶段是将医界各职级之专业加给拉高到与一般公务人员相同，约可增加近5%薪资；今年军公教再加薪3%。",
        DocumentDate(2025, 11, 8),
    )
    assert got["3%"] == "result"
    got = stances("委员会提出国家减碳新目标，2030年减量28%加减2，2032年则减量32%加减2。", DocumentDate(2025, 8, 17))
    assert got["28%"] == "target" and got["32%"] == "target"


def test_a_budget_to_come_is_a_plan_and_one_spent_already_a_result():
    """明年度健保总额将达到 is what the government will spend, not an outlook (releases 39605, 39643);
    已经补助 / 已编列 / 已核定补助 say it is spent or budgeted already (releases 39295, 39624)."""
    assert stances("明年度健保总额将达到9,883亿元。", DocumentDate(2025, 11, 8)) == {"9,883亿元": "plan"}
    assert stances("全国公路的通车里程明年将达十四万多公里。", DocumentDate(2025, 11, 8)) == {
        "十四万多公里": "forecast"
    }
    got = stances("今年寒假教育部已经补助27个团队、324位青年志工到海外交流。", DocumentDate(2025, 6, 17))
    assert got == {"27个": "result", "324位": "result"}
    got = stances("第一阶段自今年9月起至明年底，政府已核定补助253件计画。", DocumentDate(2025, 11, 16))
    assert got["253件"] == "result"


def test_a_part_of_a_budget_a_programme_named_after_its_size_and_a_goal_named_after_it():
    """Round 6's tuned-on release 39243 and corpus release 39310: 其中X takes the stance of the budget it is part of
    (the noun 预算 an earlier amount sizes is no cue); 五年489亿的「…计画」 sizes a programme (a plan; a count of
    programmes is none); …至少达到5兆元 drawn from others is aimed at; …的国家减碳新目标 names a goal."""
    got = stances("最近行政院编列4,100亿元特别预算，其中1,500亿元用于提升国家韧性。", DocumentDate(2025, 5, 20))
    assert got == {"4,100亿元": "plan", "1,500亿元": "plan"}
    assert stances("并启动五年489亿的「健康台湾深耕计画」。")["489亿"] == "plan"
    assert stances("他上任后宣布的21项优先施政计画。")["21项"] == "result"
    got = stances(
        "预计到2030年，政府将持续投入突破1兆元净零转型预算，并且带动民间绿色投融资，至少达到5兆元，"
        "迈向2035年减碳百分之38加减2的国家减碳新目标。",
        DocumentDate(2025, 5, 20),
    )
    assert got == {"1兆元": "plan", "5兆元": "target", "百分之38": "target"}
    assert stances("总统期许达到3个永续的核心目标。")["3个"] == "result"


def test_an_outcome_a_bare_jiang_reaches_is_aimed_at_and_money_is_planned():
    """Round 7's tuned-on 1955 report: in a plan, 将增长/达到 of an outcome (enrolment) is a target; money the
    government will spend stays its plan (将由去年的1076亿元增加到1562亿元 of 投入, the 2008 report).
    预计投入 and 规划在5年内投入 are plans; 人均预期寿命 is a noun, no forecast."""
    got = stances(
        "一九五七年同一九五二年比较，高等学校在校学生的人数将增长百分之一百二十七，在一九五七年达到四十三万四千人；",
        DocumentDate(1955),
    )
    assert got == {"百分之一百二十七": "target", "四十三万四千人": "target"}
    got = stances("今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元。", DocumentDate(2008))
    assert got == {"1076亿元": "base", "1562亿元": "plan"}
    assert stances("行政院公布了20项措施，预计投入880亿元经费。")["880亿元"] == "plan"
    assert stances("因此政府规划在5年内投入489亿元推动计画。")["489亿元"] == "plan"
    assert stances("人均预期寿命达到75岁。", DocumentDate(2013)) == {"75岁": "result"}


def test_what_is_still_to_come_without_a_year_is_a_plan_or_a_target():
    """Taiwan releases date few plans: 将/会/预计/规划 in the figure's own clause say it is still to come (corpus
    releases 28475, 28874, 39191, 39595, 39649). Money spent is a plan, a level reached a target (a budget's, a plan);
    a benefit per person is a policy in force (将发放2万元奖励金), and a clause told as done (近年来…将) no plan."""
    got = stances("总统说，未来，预计每年将编列200亿元体育预算，鼓励举办国际级赛事。")
    assert got["200亿元"] == "plan"
    assert stances("他也代表政府宣布我国将捐助100万美元给APEC。")["100万美元"] == "plan"
    assert stances("我国政府将于近期提出一项史无前例的400亿美元特别预算案。")["400亿美元"] == "plan"
    assert stances("应用AI高精度气象模型，将气象预报解析度由25公里提升到2公里。")["2公里"] == "target"
    # a budget's share of GDP is a level aimed at (tests/facts_dev/README.md round 8: GDP 3% 以上 a target)
    assert stances("第一，积极推动国防改革，国防预算并将提升到GDP3%以上。")["3%以上"] == "target"
    assert stances("另外，为鼓励受灾民众参与媒合修缮，将发放2万元奖励金。")["2万元"] == "result"
    assert stances("相较于前任政府，近年来台湾将国防预算提升80%。")["80%"] == "result"
    assert stances("政府推动国家一起养，已投入100亿元。")["100亿元"] == "result"
    assert stances("第一期作战部队加给也会从现行的3,000元提升到7,000元。")["7,000元"] == "plan"


def test_this_years_figure_still_to_come_is_a_plan():
    """今年還會增加181億元 (the held-out README's convention, written here anew): this year's, but to come."""
    got = stances("今年健保总额还会增加181亿元。", DocumentDate(2025, 11, 8))
    assert got["181亿元"] == "plan"
    assert stances("今年健保总额增加181亿元。", DocumentDate(2025, 11, 8))["181亿元"] == "result"


def test_this_years_budget_is_enacted_and_a_figure_before_its_goal_words_is_a_target():
    """Taiwan releases (corpus 28857, 39179, 39479, 39475): this year's 編列 is the budget in force, next year's a
    plan; 以…為目標 names the figure before it as the goal."""
    day = DocumentDate(2025, 5, 20)
    assert stances("今年提高打诈预算，编列经费多达73亿元。", day)["73亿元"] == "result"
    assert stances("明年提高打诈预算，编列经费多达73亿元。", day)["73亿元"] == "plan"
    got = stances("政府会尽力谈判，以最终低于暂行税率20%为目标努力。", day)
    assert got["20%"] == "target"
    assert stances("政府会尽力谈判，最终税率为20%。", day)["20%"] == "result"


def test_a_growth_rate_before_the_next_years_is_no_base():
    """去年經濟成長率是4.84%，今年第一季經濟成長率是5.48% lists each period's growth (round 4's tuned-on 39467): a
    change is no level the next one started from; a level still is (2017年长照据点约60个，今年已是1,705个)."""
    got = stances("去年经济成长率是4.84%，今年第一季经济成长率是5.48%。", DocumentDate(2025, 9, 21))
    assert got["4.84%"] == "result"
    got = stances("2017年长照据点约60个，今年已是1,705个。", DocumentDate(2024, 8, 13))
    assert got["约60个"] == "base"


def test_what_the_government_is_expected_to_do_is_a_plan_and_what_it_yields_a_forecast():
    """預計 before the government's own act (培育, 打造, 邀請…) is its plan; what a plan 創造/帶來 is expected
    (corpus releases 39590, 39659, 39700); 預計 of an outcome stays a forecast."""
    day = DocumentDate(2025, 10, 1)
    got = stances("政府预计在2028年前培育45万名AI人才，并在2040年前创造15兆元产值、50万个工作机会。", day)
    assert got == {"45万名": "plan", "15兆元": "forecast", "50万个": "forecast"}
    assert stances("预计在2027年前打造各型巡防舰艇141艘。", day)["141艘"] == "plan"
    assert stances("今年国内经济成长率预计达3.94%。", day)["3.94%"] == "forecast"
    got = stances("政府将于2040年前投入上千亿元带动民间投资，创造15兆元产值。", day)
    assert got["15兆元"] == "forecast"


def test_the_from_side_of_a_change_is_a_base_though_the_verb_names_no_end():
    got = stances("臺灣GDP的規模，從她上任時的17.5兆元大幅成長，去年突破23兆元。", DocumentDate(2024, 5, 10))
    assert got["17.5兆元"] == "base"
    got = stances("篩檢經費從去年20多億元，今年增加40億元，達到68億元。", DocumentDate(2024, 9, 1))
    assert got["20多億元"] == "base" and got["68億元"] != "base"
    got = stances("原油由一亿零六百万吨增加到一亿二千五百万吨。", DocumentDate(1986))
    assert got["一亿二千五百万吨"] != "base"  # the to-side of 由…增加到
    assert stances("政府積極推動防災士培訓，年齡層從11歲到89歲，並且持續擴大培訓的對象。")["11歲到89歲"] == "result"


def test_words_made_with_a_plan_word_are_no_cue():
    # 计划生育 (family planning) and 计划经济 name a policy and an economy: no plan of the figure's
    got = stances("坚持计划生育基本国策不动摇。计划生育成绩明显，出生率下降5个千分点。", DocumentDate(1993))
    assert got["5个"] == "result"
    got = stances("有人认为，社会主义的计划经济在中国是为六万万人的生活着想的。", DocumentDate(1957))
    assert got["六万万人"] == "result"
    # a raised standard is the government's own act, and 标准化 is no standard
    got = stances("将农村部分计划生育家庭奖励扶助标准由人均600元提高到720元。", DocumentDate(2009))
    assert got["720元"] == "plan"
    got = stances("政府希望在2030年前，將癌症標準化死亡率降低1/3。", DocumentDate(2025, 5, 1))
    assert got["1/3"] == "target"


def test_a_projects_whole_cost_is_a_plan():
    # README round 3: an approved plan's cost is a plan, nothing of it is spent yet
    got = stances("嘉義縣市鐵路高架化也將延伸到民雄，全長約8.9公里、總經費約173億元，已經於去年開始動工。")
    assert got["約173億元"] == "plan"
    got = stances("行政院已核定「蘇澳溪分洪工程計畫」追加預算約20億元，總預算約75億元。")
    assert got == {"約20億元": "plan", "約75億元": "plan"}
    got = stances("您公布臺灣新的國防特別預算400億美元，臺灣打算用這個預算來購買武器。")
    assert got["400億美元"] == "plan"
    assert stances("2021年臺灣的研發經費是8,206億元。", DocumentDate(2024))["8,206億元"] == "result"


def test_money_over_a_number_of_years_is_a_programmes_plan():
    # README round 6/7: 啟動五年489億的「健康台灣深耕計畫」, 規劃5年投入489億元 are plans
    got = stances("政府也推出「健康台灣深耕計畫」，五年投入489億元預算，希望提供全人的醫療服務。")
    assert got["489億元"] == "plan"
    got = stances("政府推動「0-6歲國家一起養」，一年編列約1,200億元。")
    assert got["約1,200億元"] == "result"  # one year's: a policy in force
    got = stances("歷任政府持續投入治水建設，從陳水扁前總統的八年800億、馬英九前總統的六年600億。")
    assert got["800億"] == "result" and got["600億"] == "result"  # spent under earlier presidents


def test_a_benefit_in_force_this_year_is_no_plan():
    # README: result for enacted policy amounts; the government's subsidy per student now is one
    got = stances(
        "現在政府補助私立大專校院學雜費每學年3萬5,000元，針對經濟弱勢學生額外補助1萬5,000元到2萬元。",
        DocumentDate(2025, 3, 1),
    )
    assert got == {"3萬5,000元": "result", "1萬5,000元到2萬元": "result"}
    got = stances(
        "今年暑假，教育部總共補助80個團隊、884位青年志工，到亞洲、非洲和歐洲等地區服務。", DocumentDate(2024, 7, 1)
    )
    assert got["80個"] == "result"
    # subsidy funds set aside for this year are still its plan
    got = stances("今年中央财政安排补助资金101亿元，比去年增加58亿元。", DocumentDate(2007))
    assert got["101亿元"] == "plan"
