"""Stance (issue 19.3) of money proposed, budgets enacted this year, targets a report calls 预期, revised outlooks."""

from desktop.core.facts import extract_facts
from desktop.core.facts.dates import DocumentDate
from desktop.core.ingest.builder import build_article


def stances(text: str, document=None) -> dict[str, str]:
    facts = extract_facts(build_article("标题\n" + text), names=False, labels=False, document=document)
    return {f.text: f.stance for f in facts if f.kind != "date"}


def test_a_reports_expected_growth_is_its_target():
    # 1999: the year's GDP target (the gold series counts it), not an outlook; M2 in the 2010s reports likewise
    got = stances("综合分析国内外的有利条件和制约因素，今年的经济增长预期为7％左右。", DocumentDate(1999))
    assert got == {"7％左右": "target"}
    got = stances("今年广义货币M2预期增长13%左右，社会融资规模余额增长13%左右。", DocumentDate(2016))
    assert got == {"13%左右": "target"}


def test_money_a_bill_or_a_proposal_will_spend_is_a_plan():
    got = stances(
        "行政團隊在傾聽產業界意見後，上週通過了特別條例，要投入4,100億元來支持產業發展。", DocumentDate(2025, 4, 29)
    )
    assert got["4,100億元"] == "plan"
    got = stances("對於大家所關心的勞保議題，這項特別條例規劃撥補100億元。", DocumentDate(2025, 4, 29))
    assert got["100億元"] == "plan"
    got = stances(
        "昨日卓院長拍板通過特別條例草案，提出以歲計賸餘挹注台電1千億元，希望電價持續凍漲。", DocumentDate(2025, 4, 25)
    )
    assert got["1千億元"] == "plan"
    # a special budget raised from one size to another is still to be spent (README round 5: 经费规模…930亿元 a plan)
    got = stances("特別預算亦由880億元提高至930億元，此項特別條例已送立法院審議完畢。", DocumentDate(2025, 8, 1))
    assert got == {"880億元": "base", "930億元": "plan"}
    # what was put in over the last two years is spent
    got = stances("同時，健保從去年到今年共挹注8.57億元。", DocumentDate(2025, 11, 16))
    assert got["8.57億元"] == "result"


def test_this_years_budget_stated_as_its_size_is_enacted():
    # README round 1: an already-enacted current-year budget is a result
    got = stances("他上任後推動「0到6歲國家一起養2.0」政策，今年所編列預算超過1,100億元。", DocumentDate(2024, 9, 1))
    assert got["超過1,100億元"] == "result"
    got = stances("今年健保總額預算核定約9,286億元，未來持續成長。", DocumentDate(2025, 11, 8))
    assert got["約9,286億元"] == "result"


def test_a_revised_outlook_is_a_forecast_of_the_same_year():
    # README round 7: the IMF's revision 從2.7%上修到2.9% of 2025 growth is a base and a forecast
    got = stances("IMF也將今年臺灣經濟成長率從2.7%上修至2.9%。", DocumentDate(2025, 5, 2))
    assert got == {"2.7%": "base", "2.9%": "forecast"}


def test_a_cue_stops_at_a_later_clause_with_a_time_of_its_own():
    # 28847: 已達 is this year's budget; next year's rise and level are the government's plan, not a state told as reached
    got = stances(
        "今年政府治水預算已達300多億，明年則會再增加159億元，達到551億元，目的就是為了因應氣候變遷。",
        DocumentDate(2024, 11, 9),
    )
    assert got == {"300多億": "result", "159億元": "plan", "551億元": "plan"}
    # 39616: 預估 is this year's growth; the reserves 目前 are what they are
    got = stances(
        "今年全年經濟成長率預估將超過5%，股市表現亮眼，目前臺股總市值突破3兆美元，外匯存底也超過6千億美元。",
        DocumentDate(2025, 11, 11),
    )
    assert got == {"超過5%": "forecast", "3兆美元": "result", "超過6千億美元": "result"}
    # a lead clause with no figure still governs (1958: 根据预计，一九五七年…)
    got = stances("根据预计，一九五七年比一九五六年，粮食增加了五十亿斤，达到三千七百亿斤。", DocumentDate(1958))
    assert got == {"五十亿斤": "forecast", "三千七百亿斤": "forecast"}


def test_a_companys_announced_investment_is_its_plan():
    # 39298; README round 5: a company's own announced investment is its plan, as a government's budget is
    got = stances("台積電是臺灣製造晶片的大型企業，已承諾對美投資1,650億美元。", DocumentDate(2025, 6, 20))
    assert got["1,650億美元"] == "plan"
    got = stances("台積電宣布將增加對美投資1,000億美元，加上原先已投入的650億美元。", DocumentDate(2025, 3, 4))
    assert got == {"1,000億美元": "plan", "650億美元": "result"}


def test_what_was_won_is_a_result_and_striving_by_a_year_a_target():
    # 39447: 爭取到 is obtained (the quota rose this year), not aimed at
    got = stances("政府今年向國際漁業管理組織爭取到增加15%，因此明年度配額將增加1,723公噸。", DocumentDate(2025, 11, 1))
    assert got["15%"] == "result"
    # 争取到2020年 strives for a level by then
    assert stances("争取到2020年，城镇新增就业1000万人。", DocumentDate(2016)) == {"1000万人": "target"}


def test_plan_as_a_noun_is_no_plan_word():
    # 1958, 1957 and 1958 reports read outside facts_dev: the plan fulfilled, its period and its share are results
    got = stances(
        "主要工业产品也绝大多数超额完成了产量计划，比上一年，原煤增产了一千八百二十六万吨。", DocumentDate(1958)
    )
    assert got == {"一千八百二十六万吨": "result"}
    got = stances("在第一个五年计划期间内，我们开工建设的有八百多个限额以上的工业企业。", DocumentDate(1957))
    assert got == {"八百多个": "result"}
    assert stances("农业和农副业总产值只完成年度计划的百分之九十八点七。", DocumentDate(1958)) == {
        "百分之九十八点七": "result"
    }
    # 计划 as the verb still plans
    assert stances("今年计划新建铁路3000公里。", DocumentDate(2010)) == {"3000公里": "plan"}


def test_the_people_an_aim_is_for_are_not_aimed_at():
    # 39076, 28674: who the hope or goal is for, not a level it aims at
    assert stances("我們希望2,300萬人團結一致守護臺灣。", DocumentDate(2025, 1, 1)) == {"2,300萬人": "result"}
    got = stances(
        "面對中國的威脅，我們唯一目標就是捍衛國家主權，維護民主及2,350萬人的生命財產安全。", DocumentDate(2024, 6, 1)
    )
    assert got == {"2,350萬人": "result"}
    # people to be added are aimed at (28749, 39612)
    assert stances("也設下目標，全國再增加7500位護理人員。", DocumentDate(2024, 6, 1)) == {"7500位": "target"}


def test_the_items_an_aim_speaks_of_are_not_aimed_at():
    # 39089, 39063 (unannotated releases): a small count of prizes, topics or fields under a hope is what the hope
    # speaks of (its means, its list), no level it aims at
    got = stances(
        "希望藉由5個不同領域的獎項，表彰長期關照、耕耘這片土地的人，彰顯臺灣文化價值。", DocumentDate(2025, 2, 27)
    )
    assert got == {"5個": "result"}
    got = stances(
        "希望在投資、數位貿易、能源與淨零轉型等三項議題上進行協商合作，也能儘速完成談判。", DocumentDate(2025, 2, 18)
    )
    assert got == {"三項": "result"}
    # 39664: the three fields are no level, the three prizes are
    got = stances(
        "希望透過此計畫，在未來30年內水到渠成，在醫學、物理、化學等3個領域獲得3座諾貝爾獎。", DocumentDate(2025, 11, 1)
    )
    assert got == {"3個": "result", "3座": "target"}
    # what the aim adds or makes is aimed at (39658)
    got = stances("希望在未來30年內，臺灣在物理、化學、醫學3領域，至少增加3位諾貝爾獎得主。", DocumentDate(2025, 11, 1))
    assert got["3位"] == "target"


def test_a_cut_or_freeze_is_done_and_a_consequence_foreseen():
    # 39055, 39035: what the legislature cut or froze in this year's budget is done, not the government's plan
    got = stances(
        "然而，立法院審議中央政府總預算三讀結果，總統府業務費被刪減13%，並凍結70%。", DocumentDate(2025, 2, 1)
    )
    assert got == {"13%": "result", "70%": "result"}
    # 39712, 39705: the borrowing a law forces is foreseen, no plan of the government's
    got = stances("一旦開始實施，中央政府明年將被迫舉債高達5,638億元。", DocumentDate(2025, 1, 10))
    assert got == {"5,638億元": "forecast"}
    # 39702, README round 6: 以高推估5.5%成長 is the government's own setting of the health budget, a plan
    got = stances("因此政府近年大幅提高健保總額，今年以高推估5.5％成長。", DocumentDate(2025, 1, 10))
    assert got == {"5.5％": "plan"}


def test_money_put_forward_is_a_plan_until_it_passed():
    # 28325 and 39667 (unannotated releases): what a ministry or the government puts forward, nothing of it spent yet
    got = stances("經濟部提出花蓮震災信用保證貸款200億元，來支持受到震災衝擊的產業。", DocumentDate(2024, 4, 15))
    assert got["200億元"] == "plan"
    got = stances("我們特別提出了每一年1,560億，為期8年的國防特別預算。", DocumentDate(2025, 11, 26))
    assert got["1,560億"] == "plan"
    # 39561: a budget put forward and since passed is enacted
    got = stances("行政院已經提出930億預算要照顧受影響的產業，目前預算已經通過。", DocumentDate(2025, 11, 1))
    assert got["930億"] == "result"
