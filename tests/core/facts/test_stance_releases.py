"""Stance (issue 19.3) on the wording of Taiwan releases outside tests/facts_dev: programmes proposed, budgets stated,
shares of GDP planned, hopes, and 將 as 把. Each sentence is a release's own (its id in the comment)."""

from desktop.core.facts import extract_facts
from desktop.core.facts.dates import DocumentDate
from desktop.core.ingest.builder import build_article


def stances(text: str, document=None) -> dict[str, str]:
    facts = extract_facts(build_article("标题\n" + text), names=False, labels=False, document=document)
    return {f.text: f.stance for f in facts if f.kind != "date"}


def test_a_programmes_money_over_years_after_chu_le_is_a_plan():
    # 39677: 除了 is no 了 of the past; 五年489億元 is the programme's budget (README rounds 6-7)
    got = stances(
        "總統指出，政府也不遺餘力地在經費上支持醫療科技產業發展，除了國科會、經濟部和國發會挹注的經費外，"
        "另外投入五年489億元啟動「健康台灣深耕計畫」。",
        DocumentDate(2025, 11, 1),
    )
    assert got["489億元"] == "plan"


def test_money_in_yen_or_dollars_to_come_is_a_plan():
    # 39210, 28431: 日圓 and 美金 are money as 元 is
    got = stances("未來，日本政府預計再投入10兆日圓，協助AI等領域的發展。", DocumentDate(2025, 2, 1))
    assert got["10兆日圓"] == "plan"
    got = stances("笹川會長表示，他將捐贈花蓮兩百萬美金，希望對後續的重建工作有所幫助。", DocumentDate(2024, 5, 1))
    assert got["兩百萬美金"] == "plan"


def test_a_budget_of_now_stated_as_its_share_is_a_result():
    # 39092: what the budget is now, not what it will be
    got = stances(
        "目前臺灣國防預算約占GDP 2.5%，政府將優先編列特別預算，讓國防預算達到GDP 3%以上的目標。",
        DocumentDate(2025, 3, 1),
    )
    assert got["2.5%"] == "result"


def test_a_bill_or_programme_told_as_proposed_is_a_plan():
    # 39681, 39403: 已提出 says it is proposed, not spent; the money is still to be spent
    got = stances(
        "並強調，上週已提出為期8年、400億美元的特別預算案，將用於重大對美軍事採購以及國防自主。",
        DocumentDate(2025, 12, 1),
    )
    assert got["400億美元"] == "plan"
    got = stances(
        "總統接著說，面對美國新的關稅政策，政府已經提出「180億元農漁產業支持方案」，從金融支持開始。",
        DocumentDate(2025, 4, 20),
    )
    assert got["180億元"] == "plan"
    # told as spent, it stays done
    got = stances("同時，健保從去年到今年共挹注8.57億元。", DocumentDate(2025, 11, 16))
    assert got["8.57億元"] == "result"


def test_a_share_of_gdp_the_budget_is_to_reach_is_a_target():
    # 39738: a level of the economy aimed at (tests/facts_dev/README.md round 8: GDP 3% 以上 a target, as 39324's),
    # not the budget's amount, which is a plan (README round 7: 預計2026年達到100億元)
    got = stances("臺灣明年度的國防預算按照北約標準將超過GDP3%，預計在2030年前達到GDP5%。", DocumentDate(2025, 12, 1))
    assert got == {"3%": "target", "5%": "target"}
    got = stances("明年度健保總額將達到9,883億元。", DocumentDate(2025, 11, 8))
    assert got["9,883億元"] == "plan"


def test_the_share_of_gdp_a_budget_to_come_is_to_hold_is_a_target():
    # 39603, 39408 (outside facts_dev): 將占GDP3.32% is the level next year's budget is to come to, as 將達到GDP3.32%
    got = stances("總統也提到，明年度國防預算將占GDP3.32%，可望在2030年前達到GDP5%。", DocumentDate(2025, 11, 13))
    assert got["3.32%"] == "target"
    got = stances("臺灣明年度的國防預算比照北約標準將占GDP3.32%，目標在2030年前達到GDP5%。", DocumentDate(2025, 9, 10))
    assert got == {"3.32%": "target", "5%": "target"}
    # the share the budget holds now is stated, no aim
    got = stances("目前臺灣國防預算約占GDP 2.5%，政府將優先編列特別預算。", DocumentDate(2025, 3, 5))
    assert got == {"2.5%": "result"}


def test_a_hope_governs_past_a_bare_jiang():
    # 39586: 希望讓…，將8成病友加入照護網 is aimed at (as 希望讓八成的三高病患納入醫療照護網 is)
    got = stances(
        "並且針對慢性病提出計畫，希望讓糖尿病、高血壓、高血脂等三高患者，將8成病友加入照護網。",
        DocumentDate(2025, 9, 1),
    )
    assert got["8成"] == "target"


def test_jiang_as_ba_is_no_future_and_its_cut_no_outlook():
    # 39084: 將年齡下調至30歲 is what the ministry did this year, a policy in force, not a revised outlook
    got = stances("衛福部在今年升級成人預防保健服務，將年齡下調至30歲。", DocumentDate(2025, 2, 27))
    assert got["30歲"] == "result"
    # 39605: this year's raise, 將…拉高到 told as done
    got = stances(
        "第一階段是調高醫療人員的專業加給，將醫界各職級之專業加給拉高到與一般公務人員相同，約可增加近5%薪資；"
        "今年軍公教再加薪3%，合計公立醫療機構員工加薪幅度約近8%。",
        DocumentDate(2025, 11, 8),
    )
    assert got["近8%"] == "result"
    # 將 before a verb is still to come (國防預算並將提升到GDP3%以上: a share of GDP aimed at, README round 8)
    got = stances("國防預算並將提升到GDP3%以上。", DocumentDate(2024, 6, 1))
    assert got["3%以上"] == "target"


def test_a_count_to_a_date_stands_whatever_plan_word_came_before():
    # 39643: 截至今年8月底 counts what stands by then, the 投入 before it governs nothing after it
    got = stances(
        "例如衛生福利部推動「代謝症候群防治計畫」，在社區與基層醫師的投入及患者的積極參與下，"
        "截至今年8月底，全國總計超過3,100家診所、5,200位醫師共同參與。",
        DocumentDate(2025, 11, 24),
    )
    assert got["超過3,100家"] == "result" and got["5,200位"] == "result"


def test_what_a_building_is_planned_to_hold_is_a_plan():
    # 39573: 規劃設有 sets out the building to come, as 規劃在…投入 does
    got = stances(
        "總統指出，長照暨醫療綜合大樓總經費約15.79億元，完全由中央負擔；規劃設有40床普通病房、10床加護病房。",
        DocumentDate(2025, 11, 28),
    )
    assert got["40床"] == "plan" and got["10床"] == "plan"


def test_ships_to_be_built_by_a_year_are_a_plan():
    # 28477 (outside facts_dev) and README round 9 (28238): 預計到2027年…，打造141艘 is what the council is to build
    got = stances(
        "政府透過「籌建海巡艦艇發展計畫」編列426億元預算，自2018年起，預計到2027年間，打造141艘新式海巡艦艇來守護國家。",
        DocumentDate(2024, 6, 1),
    )
    assert got["141艘"] == "plan"
    # 預計 before a level with no act of the government's own stays an outlook
    got = stances("從船舶設計、材料到維保廠商等訂單，預估可以達到1千億元以上的產值。", DocumentDate(2024, 3, 9))
    assert got["1千億元以上"] == "forecast"


def test_an_act_the_government_is_to_do_after_yuji_is_a_plan():
    # 28477, 28479, 28593, 39566 (outside facts_dev): 預計 then a clause of how long, 陸續, or an act 培養/輔導
    got = stances(
        "海委會透過「籌建海巡艦艇發展計畫」，在2018年開始，編列了426億元的預算，預計到2027年，總計10年的時間當中，"
        "打造141艘總噸位高達3萬3千220噸的新式海巡艦艇，來守護國家與人民。",
        DocumentDate(2024, 6, 11),
    )
    assert got["141艘"] == "plan" and got["3萬3千220噸"] == "plan"
    got = stances(
        "「臺灣橋樑計畫」預計從明年開始，陸續邀請物理、醫學、化學、經濟等6位諾貝爾獎得主來臺訪問。",
        DocumentDate(2024, 6, 12),
    )
    assert got == {"6位": "plan"}
    got = stances("卓榮泰院長於經濟發展委員會後宣布，預計於2028年培養20萬名人工智慧人才。", DocumentDate(2024, 8, 10))
    assert got == {"20萬名": "plan"}
    got = stances(
        "打造「一條龍服務流程」，預計兩年內輔導超過14萬家次企業，讓企業「資金不中斷」。", DocumentDate(2025, 10, 10)
    )
    assert got["超過14萬家"] == "plan"


def test_the_level_now_an_aim_would_change_is_a_result():
    # 39549 (outside facts_dev) and README round 9 (39616): 降低目前暫行關稅20% names the tariff in force, a state
    got = stances(
        "希望不僅平衡臺美貿易逆差，更能深化臺美經貿合作，也將持續朝降低目前暫行關稅20%且不疊加的方向努力。",
        DocumentDate(2025, 10, 1),
    )
    assert got["20%"] == "result"


def test_ranks_and_anniversaries_have_no_stance():
    # 39593 and 39439, outside facts_dev: a rank after 希望 and an anniversary next year state no level aimed at
    got = stances(
        "總統交付的三個任務包括：第一，強調臺灣致力強化經濟韌性，希望和各國攜手合作；第二，臺灣願意分享經驗。",
        DocumentDate(2025, 11, 1),
    )
    assert got["第二"] is None and got["第一"] is None
    got = stances("明年4月適逢兩國建交70週年，要代表臺灣政府誠摯歡迎大使。", DocumentDate(2025, 11, 1))
    assert "70週年" not in got  # an anniversary is no figure at all (figure_readers), so it has no stance to give


def test_beds_a_hospital_is_to_be_set_up_with_are_a_plan():
    # 39722, outside facts_dev: 預計設置 is what the government is to build, as 規劃設有 (39573) is
    got = stances("沙崙醫院預計設置總床數664床，空間規劃也預留災時緊急收治用途。", DocumentDate(2025, 12, 1))
    assert got["664床"] == "plan"


def test_an_aim_does_not_reach_a_clause_that_opens_with_its_own_day():
    # 39087, outside facts_dev: 確保 aims at the office's work; the measures taken from 3 March are done
    got = stances(
        "為維持總統府業務基本必要運作，並確保行政效能，自3月3日起實施3項「節能新措施」。", DocumentDate(2025, 3, 3)
    )
    assert got["3項"] == "result"


def test_a_later_years_level_a_goal_names_after_it_is_a_target():
    # 28259, 39035: no cue before the figure, but the sentence part then calls the levels a goal (等國際目標, 之目標)
    got = stances(
        "為了減緩衝擊，去年聯合國氣候變遷大會（COP 28）的決議中，就訂定2030年全球再生能源裝置容量成長3倍，"
        "以及能源效率提升2倍等國際目標，持續呼籲各國推動再生能源、邁向淨零轉型。",
        DocumentDate(2024, 2, 27),
    )
    assert got == {"3倍": "target", "2倍": "target"}
    got = stances(
        "期盼藉由預防、篩檢、治療及後續復健，提供癌友更好的幫助，2030年達成癌症標準化死亡率降低三分之一之目標。",
        DocumentDate(2025, 1, 22),
    )
    assert got == {"三分之一": "target"}
