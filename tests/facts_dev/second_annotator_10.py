"""A second, blind annotation of round 10's tuned-on half (issue 19), for ``agreement.py --round 10``.

Written by reading only each passage's text and the figure and date strings
the first annotator marked (their text and ``n``, printed by a throw-away
script that showed nothing else: never their label, period, stance, subject
or value), with the README's conventions (its top section, ``## Files``,
``## Annotation rules``, ``## Ambiguities resolved``, the tuned-on sections of
rounds 2 to 9 and round 5's agreement part) and the tuned-on
``hand_annotations_9.py`` for the notation. No extractor ran. It measures how
often two annotators of round 10 agree, to tell the extractor's errors from
drift between annotators; it is not gold and ``build_gold.py`` does not read it.

Not fully blind, said so that agreement on these is read with care: a
``grep`` of ``hand_annotations_10.py`` for its definitions, meant to show the
file's structure, also printed its module-level constants before this was
written (a span ``1953/1955``, ``Y[-5]/Y[-1]``, ``Y[-1]``, ``Y[-6]``, ``2019``,
``2018/2027``; the label lists of screening money, R&D money and its GDP share,
tourism output; the subjects 海委會, 健康台灣推動委員會, 國發基金): it did not say
which items they belong to, and each value here was decided from the text and
the conventions; and the README's round-10 tuned-on section, hit by a search
for "agreement", showed one line naming ``连续举办8届`` beside ``年均`` and
``累计``.

Each passage is keyed by ``(corpus, id, start, end)``, its offsets in
``figures.jsonl``; items are in reading order and located the way
``build_gold.py`` locates them (each after the previous one), which gives the
same ``text`` + ``n`` identity. Periods use the notation of
``hand_annotations_2.py`` (``Y[-1]``, ``Y-M-04``): absolute where the text
says the year, relative where only the document's date can. ``DOCS`` gives the
date each document's own text states, decided here too (the 1957 and 2023
reports have a dateline), against which the undated period is resolved.

Decisions the written conventions do not settle (the drift candidates; each
is listed in the README's round-10 agreement part):

1. ``一年来`` / ``以往一年`` in the 1957 report, given in June 1957 a year after
   the previous session: the calendar year before (``Y[-1]``, as round 3's
   ``一年来`` in a March report), not a month span (round 6's year in office).
2. ``七年来`` (1957, the students sent abroad): not a date (``N年来``), but what
   was done in it gets the span, ending the year before (``Y[-7]/Y[-1]``).
3. ``前三年`` / ``前四年`` in 1957: the first five-year plan's first years,
   absolute (``1953/1955``, ``1953/1956``: the plan's years are known, as
   round 7's 1955 report's ``1953/1957``); ``五年计划的第四个年度`` one year,
   ``1956``.
4. A reactor's power and an accelerator's energy named for facilities
   being built (``正在加紧建设中``): a ``plan`` at no time (``null``), the
   helping country (苏联) the subject.
5. Under ``三、2019年政府工作任务`` the current rate a cut starts from (``现行16%``)
   is a ``base`` at the year before (``2018``, round 2's ``由每人每年380元提高到420元``),
   not the plan's year; the rate kept (``保持6%一档的税率不变``) is a ``plan``;
   ``年初`` under the heading is ``2019``, absolute (round 8's ``全年``).
6. Under ``五年来`` (2023: 2018-2022) a stock the five years reached with no
   ``增加到`` (``实现超低排放的煤电机组超过10.5亿千瓦``) is the span's last year
   (``Y[-1]``); ``连续举办8届`` and its participants, and ``三年行动`` 's
   ``累计扩招`` / ``培训``, the five years' span (``Y[-5]/Y[-1]``), the text
   placing neither the eight editions nor the three years; ``14亿多人口大国``, a
   description of the country, ``null``.
7. A named programme the figure is a property of is its subject where no
   body is named (``籌建海巡艦艇發展計畫``'s budget in the lead, where
   ``政府`` acts; ``健康台灣深耕計畫``'s total; ``長照2.0``'s satisfaction); where a
   body is named, the body (``海委會``, ``健康台灣推動委員會``, ``國發基金``).
8. A count at an event (``今年更勝以往，共有123個國家或城市、1,600個攤位``):
   the sentence's ``今年`` (``Y``), not the day of the opening.
9. ``未來2年`` (August 2025) is ``Y/Y[+1]`` (round 4's ``今后八年`` → ``Y/Y[+7]``),
   and the hoped-for count of listed firms a level at its end (``Y[+1]``).
10. A value stated for its year and then surpassed (``2021年…8,206億元…3.77%``,
    ``隨後在2022年，再增加到8,980億元…3.96%``) is a ``base`` (round 2's
    ``1982年为270元，1987年提高到463元``); other countries' shares in the same
    comparison are that year's ``result`` s, each country the subject.
11. A programme's allotted quota (``匡列額度達50億元``) is an enacted policy
    amount (``result``, ``null``), not a ``plan``.
"""

from hand_annotations_2 import D, F

GOV, TW = "gov_work_reports", "tw_president_news"

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {
    # 1957年6月26日在第一届全国人民代表大会第四次会議上
    (GOV, 1957): {"script": "simplified", "text_date": "1957-06-26"},
    (GOV, 2019): {"script": "simplified", "text_date": None},
    # ——2023年3月5日在第十四届全国人民代表大会第一次会议上
    (GOV, 2023): {"script": "simplified", "text_date": "2023-03-05"},
    (TW, 28329): {"script": "traditional", "text_date": None},
    (TW, 28477): {"script": "traditional", "text_date": None},
    (TW, 39380): {"script": "traditional", "text_date": None},
    (TW, 39383): {"script": "traditional", "text_date": None},
    (TW, 39545): {"script": "traditional", "text_date": None},
    (TW, 39604): {"script": "traditional", "text_date": None},
}

_PLAN_FIRST_THREE = "1953/1955"  # 前三年 of the first five-year plan (1953-1957)
_PLAN_FIRST_FOUR = "1953/1956"  # 前四年
_SEVEN_YEARS = "Y[-7]/Y[-1]"  # 七年来 in June 1957: what was done in it, to the year before
_SPAN_2023 = "Y[-5]/Y[-1]"  # 五年来 in the 2023 report: 2018-2022
_REACHED = "Y[-1]"  # a level the five years reached
_BEFORE = "Y[-6]"  # a 从…到 base with no time of its own, the year before the span
_CG_PROGRAMME = "2018/2027"  # 自2018年起，預計到2027年
_CGA = ["海委會", "海洋委員會"]
_NDF = ["行政院國發基金", "國發基金", "行政院"]
_INNOVATION_BOARD = ["台灣創新板", "證交所"]
_SCREENING = ["篩檢經費", "癌症篩檢經費"]
_RD = ["研發經費", "臺灣的研發經費"]
_RD_SHARE = ["研發經費占GDP比重", "占GDP比重", "研發經費"]
_SHARE_2021 = ["研發經費占GDP比例", "占GDP比例", "研發經費"]

#: (corpus, id, start, end) -> items in reading order
P = {
    # ---------------------------------------------------------------- 1957 report (Zhou Enlai, 26 June 1957)
    # The report covers the year since the previous session (June 1956); its figures are mostly 1956's.
    (GOV, 1957, 275, 468): [D("一年来", "Y[-1]")],
    # 七年来 is not written; the students it sent get its span; 从1952年到1956年 is one date.
    (GOV, 1957, 13756, 14148): [
        F("七千多人", ["派遣出国留学生", "出国留学", "留学生"], _SEVEN_YEARS, "result"),
        D("1952年到1956年", "1952/1956"),
        F("6,435人", ["派出留学生", "留学生"], "1952/1956", "result"),
        F("不到3.5%", ["革命干部的子女", "革命干部子女"], "1952/1956", "result"),
    ],
    (GOV, 1957, 5839, 6002): [
        D("1956年", "1956"),
        F("将近一百四十亿元", ["基本建设投资额", "基本建设投资"], "1956", "result"),
        F("三分之一", ["五年计划规定的投资总额", "投资总额", "基本建设投资额"], "1956", "result"),
        D("前三年", _PLAN_FIRST_THREE),
        F("一半稍多", ["基本建设投资", "五年计划"], _PLAN_FIRST_THREE, "result"),
        D("前四年", _PLAN_FIRST_FOUR),
        F("百分之八十六", ["完成的比重", "比重", "基本建设投资"], _PLAN_FIRST_FOUR, "result"),
        D("1956年", "1956"),
        F("一百四十二万吨", ["新增加的钢的生产能力", "钢的生产能力"], "1956", "result"),
        F("三千一百零八公里", ["新建和修复的铁路", "铁路"], "1956", "result"),
    ],
    (GOV, 1957, 8028, 8623): [
        D("1956年", "1956"),
        D("1957年", "1957"),
        D("1956年", "1956"),
        D("1955年", "1955"),
        D("五年计划的第四个年度", "1956"),
        D("1956年", "1956"),
        # The excess of 1956's capital construction (1956年的计划…某些指标是大了一些), a share of last year's spending.
        F("十五亿元到二十亿元", ["基本建设投资", "基本建设投资多了"], "1956", "result"),
        D("去年", "Y[-1]"),
        F("5—6%", ["去年全部支出", "全部支出", "支出"], "Y[-1]", "result"),
        D("1956年", "1956"),
        D("1957年", "1957"),
        D("去年", "Y[-1]"),
    ],
    # 当年 is the 1956 just named (round 8's 當年 after 2020年).
    (GOV, 1957, 6770, 7109): [
        D("1956年", "1956"),
        D("前三年", _PLAN_FIRST_THREE),
        D("1956年", "1956"),
        D("1956年", "1956"),
        D("1956年", "1956"),
        D("当年", "1956"),
    ],
    (GOV, 1957, 14164, 14520): [
        D("以往一年", "Y[-1]"),
        D("1956—1967年", "1956/1967"),
        D("1957年", "1957"),
        # Facilities being built with Soviet help: their design figures, a plan at no time.
        F("7,000瓩", ["功率", "重水型原子反应堆"], None, "plan", ["苏联"]),
        F("二千五百万电子伏", ["α粒子", "回旋加速器"], None, "plan", ["苏联"]),
        D("一年来", "Y[-1]"),
    ],
    # ---------------------------------------------------------------- 2019 report, no dateline
    # Under 一、2018年工作回顾: no time word → 2018, absolute; 全年 too.
    (GOV, 2019, 1518, 1837): [
        D("全年", "2018"),
        F("约1.3万亿元", ["为企业和个人减税降费", "减税降费"], "2018", "result"),
        F("4次", ["降低存款准备金率", "存款准备金率"], "2018", "result"),
        F("3万亿美元以上", ["外汇储备"], "2018", "result"),
    ],
    (GOV, 2019, 2846, 3111): [
        F("1.3万亿斤以上", ["粮食总产量", "粮食产量"], "2018", "result"),
        F("近1400万", ["农业转移人口", "在城镇落户的农业转移人口"], "2018", "result"),
        F("4100公里", ["新增高速铁路运营里程", "高速铁路运营里程"], "2018", "result"),
        F("6000多公里", ["新建改建高速公路", "高速公路"], "2018", "result"),
        F("30多万公里", ["新建改建农村公路", "农村公路"], "2018", "result"),
    ],
    # Under 三、2019年政府工作任务: no time word → 2019, absolute; 今年 written Y. The government's own spending and
    # what it pays for are its plan.
    (GOV, 2019, 8779, 9313): [
        F("1000亿元", ["失业保险基金结余", "失业保险基金"], "2019", "plan"),
        F("1500万人次以上", ["职工技能提升和转岗转业培训", "培训"], "2019", "plan"),
        D("今年", "Y"),
        F("100万人", ["高职院校扩招", "扩招"], "Y", "plan"),
    ],
    (GOV, 2019, 7527, 7824): [
        F("16%", ["制造业等行业税率", "增值税税率", "税率"], "2018", "base"),
        F("13%", ["制造业等行业税率", "增值税税率", "税率"], "2019", "plan"),
        F("10%", ["交通运输业、建筑业等行业税率", "增值税税率", "税率"], "2018", "base"),
        F("9%", ["交通运输业、建筑业等行业税率", "增值税税率", "税率"], "2019", "plan"),
        F("6%", ["6%一档的税率", "增值税税率", "税率"], "2019", "plan"),
        D("年初", "2019"),
    ],
    # ---------------------------------------------------------------- 2023 report, dated 5 March 2023
    # All three under 五年来，我们…主要做了以下工作 (一、过去一年和五年工作回顾): what was done gets 2018-2022 (relative,
    # as round 9's 2013), a level reached the last year, a 从…到 base with no time the year before the span.
    (GOV, 2023, 10044, 10245): [
        F("13.4%", ["对沿线国家货物进出口额", "货物进出口额"], _SPAN_2023, "result"),
        F("6个", ["新签和升级自贸协定", "自贸协定"], _SPAN_2023, "result"),
        F("26%", ["与自贸伙伴货物进出口额占比", "货物进出口额占比", "占比"], _BEFORE, "base"),
        F("35%左右", ["与自贸伙伴货物进出口额占比", "货物进出口额占比", "占比"], _REACHED, "result"),
    ],
    (GOV, 2023, 10693, 10912): [
        F("超过10.5亿千瓦", ["实现超低排放的煤电机组", "煤电机组"], _REACHED, "result"),
        F("6.5亿千瓦", ["可再生能源装机规模", "可再生能源装机"], _BEFORE, "base"),
        F("12亿千瓦以上", ["可再生能源装机规模", "可再生能源装机"], _REACHED, "result"),
        F("20.8%", ["清洁能源消费占比", "清洁能源消费"], _BEFORE, "base"),
        F("25%以上", ["清洁能源消费占比", "清洁能源消费"], _REACHED, "result"),
    ],
    (GOV, 2023, 5108, 5448): [
        F("20%", ["养老保险单位缴费比例", "缴费比例"], _BEFORE, "base"),
        F("16%", ["养老保险单位缴费比例", "缴费比例"], _REACHED, "result"),
        F("1.8万亿元", ["全国社保基金储备规模", "储备规模", "全国社保基金"], _BEFORE, "base"),
        F("2.5万亿元以上", ["全国社保基金储备规模", "储备规模", "全国社保基金"], _REACHED, "result"),
        F("8届", ["全国双创活动周", "双创活动周"], _SPAN_2023, "result"),
        F("超过5.2亿人次", ["参与", "全国双创活动周参与人次"], _SPAN_2023, "result"),
        F("413万人", ["高职扩招", "累计扩招", "扩招"], _SPAN_2023, "result"),
        F("8300多万人次", ["培训", "职业技能培训"], _SPAN_2023, "result"),
        F("14亿多", ["人口"], None, "result"),
    ],
    # ---------------------------------------------------------------- release 28477, 2024-06-02
    # The vice-president at the coast guard's delivery ceremony; round 9's 28238 told the same programme.
    (TW, 28477, 0, 163): [
        D("今（2）日", "Y-M-02"),
        F("426億元", ["預算", "籌建海巡艦艇發展計畫預算"], _CG_PROGRAMME, "plan", ["籌建海巡艦艇發展計畫"]),
        D("2018年", "2018"),
        D("2027年", "2027"),
        F("141艘", ["新式海巡艦艇", "海巡艦艇"], _CG_PROGRAMME, "plan", ["籌建海巡艦艇發展計畫"]),
    ],
    (TW, 28477, 165, 284): [],
    (TW, 28477, 286, 295): [],
    (TW, 28477, 297, 335): [],
    (TW, 28477, 337, 466): [D("今天", "Y-M-02")],
    (TW, 28477, 468, 645): [
        D("2018年", "2018"),
        F("426億元", ["預算", "籌建海巡艦艇發展計畫預算"], _CG_PROGRAMME, "plan", _CGA),
        D("2027年", "2027"),
        F("141艘", ["新式海巡艦艇", "海巡艦艇"], _CG_PROGRAMME, "plan", _CGA),
        F("3萬3千220噸", ["總噸位", "新式海巡艦艇"], _CG_PROGRAMME, "plan", _CGA),
    ],
    (TW, 28477, 647, 708): [],
    (TW, 28477, 710, 810): [],
    # 估計: an expectation placed at no time (round 9's 28238: 1千億元以上 產值, forecast, null).
    (TW, 28477, 812, 953): [F("千億元以上", ["產值"], None, "forecast")],
    # 520就職演說: this year's 20 May (round 6).
    (TW, 28477, 955, 1061): [D("520", "Y-05-20")],
    (TW, 28477, 1063, 1232): [],
    (TW, 28477, 1234, 1330): [],
    (TW, 28477, 1332, 1430): [],
    (TW, 28477, 1432, 1511): [],
    (TW, 28477, 1513, 1570): [],
    # ---------------------------------------------------------------- release 39380, 2025-08-08
    (TW, 39380, 0, 156): [D("今（8）日", "Y-M-08")],
    (TW, 39380, 158, 361): [D("今年", "Y"), D("去年", "Y[-1]"), D("今年", "Y")],
    # 目前 → the release's month.
    (TW, 39380, 363, 523): [
        F("約457萬", ["65歲以上人口", "人口"], "Y-M", "result", ["臺灣"]),
        F("約19.6％", ["65歲以上人口佔人口比例", "佔人口比例", "人口比例"], "Y-M", "result", ["臺灣"]),
        D("今年", "Y"),
    ],
    # 期限從114年到118年 (2025-2029): the programme's money over it, the government's plan; the screening money from
    # last year's 28 (base) by this year's 40 to 68 (this year's enacted budget, a result).
    (TW, 39380, 525, 782): [
        D("去年", "Y[-1]"),
        D("114年到118年", "2025/2029"),
        F("近新臺幣500億元", ["總經費", "健康台灣深耕計畫總經費"], "2025/2029", "plan", ["健康台灣深耕計畫"]),
        D("去年", "Y[-1]"),
        F("28億元", _SCREENING, "Y[-1]", "base"),
        D("今年", "Y"),
        F("40億元", ["篩檢經費增加", "篩檢經費"], "Y", "result"),
        F("68億元", _SCREENING, "Y", "result"),
    ],
    # 希望…至少要有8成: the aims of the committee's plan, at no time.
    (TW, 39380, 784, 917): [
        F("8成", ["三高病人接受醫療服務", "三高病人"], None, "target", ["健康台灣推動委員會", "三高防治888計畫"]),
        F("8成", ["病友的病情獲得控制", "病情獲得控制"], None, "target", ["健康台灣推動委員會", "三高防治888計畫"]),
    ],
    (TW, 39380, 919, 1066): [
        F("9成以上", ["長照2.0滿意度", "滿意度"], None, "result", ["長照2.0"]),
        D("2026年", "2026"),
    ],
    (TW, 39380, 1068, 1266): [D("今天", "Y-M-08")],
    (TW, 39380, 1268, 1438): [
        D("2025年", "2025"),
        F("3.6兆元", ["臺灣高齡產業商機", "高齡產業商機"], "2025", "forecast", ["臺灣"]),
    ],
    (TW, 39380, 1440, 1487): [],
    (TW, 39380, 1489, 1618): [],
    # ---------------------------------------------------------------- release 39383, 2025-08-12
    # 2025台灣創投年會: an event's name stating its year is a date (round 8).
    (TW, 39383, 0, 156): [D("今（12）日", "Y-M-12"), D("2025", "2025")],
    (TW, 39383, 158, 315): [D("今年", "Y")],
    (TW, 39383, 317, 467): [],
    # 已累計 with no start: null (README: cumulative totals with no start).
    (TW, 39383, 469, 641): [F("超過1萬3千張", ["就業金卡", "核發就業金卡"], None, "result")],
    # 到今年6月已… (as 截至今年6月: the month); 自2020年8月至今年6月 one span.
    (TW, 39383, 643, 826): [
        F("50億元", ["創業天使投資方案匡列額度", "匡列額度"], None, "result", _NDF),
        D("今年6月", "Y-06"),
        F("291家", ["投資新創", "新創"], "Y-06", "result", _NDF),
        F("40.4億元", ["投資金額", "投資"], "Y-06", "result", _NDF),
        F("164.42億元", ["帶動投資"], "Y-06", "result", _NDF),
        D("2020年8月至今年6月", "2020-08/Y-06"),
        F("超過11.5萬件", ["青創貸款", "核發青創貸款"], "2020-08/Y-06", "result"),
        F("967億元", ["融資金額", "協助取得融資金額"], "2020-08/Y-06", "result"),
    ],
    (TW, 39383, 828, 938): [
        D("今年", "Y"),
        D("今年6月", "Y-06"),
        F("20家", ["創新板上市", "上市"], "Y-06", "result", _INNOVATION_BOARD),
        D("未來2年", "Y/Y[+1]"),
        F("超過40家", ["創新板掛牌", "具潛力企業"], "Y[+1]", "target", _INNOVATION_BOARD),
    ],
    (TW, 39383, 940, 1058): [],
    (TW, 39383, 1060, 1162): [],
    (TW, 39383, 1164, 1253): [],
    (TW, 39383, 1255, 1377): [],
    # A special budget still under review: a plan, at no time; 年底 is this year's.
    (TW, 39383, 1379, 1590): [
        F(
            "1,500億元",
            ["國土安全韌性", "特別預算", "預算"],
            None,
            "plan",
            ["行政院", "因應國際情勢強化經濟社會及國土安全韌性特別條例"],
        ),
        D("年底", "Y"),
    ],
    (TW, 39383, 1592, 1650): [],
    (TW, 39383, 1652, 1741): [],
    # ---------------------------------------------------------------- release 28329, 2024-04-12
    # 2023第十九屆國際傑出發明家獎 and 2023年IMD世界競爭力年報: names stating a year are dates (round 8); 過去8年來 is
    # round 8's Y[-8]/Y[-1].
    (TW, 28329, 0, 229): [
        D("今（12）日", "Y-M-12"),
        D("2023", "2023"),
        D("過去8年來", "Y[-8]/Y[-1]"),
        D("2022 年", "2022"),
        F("8,980 億元", _RD, "2022", "result"),
        F("3.96%", _RD_SHARE, "2022", "result"),
    ],
    (TW, 28329, 231, 370): [],
    (TW, 28329, 372, 466): [D("2023年", "2023")],
    # 2021's values, then 隨後在2022年，再增加到: the earlier side of the change (base); the three countries' shares
    # are the same year's, each country the subject.
    (TW, 28329, 468, 600): [
        D("2021 年", "2021"),
        F("8,206億元", _RD, "2021", "base", ["臺灣"]),
        F("3.77%", _SHARE_2021, "2021", "base", ["臺灣"]),
        F("3.46％", _SHARE_2021, "2021", "result", ["美國"]),
        F("3.3％", _SHARE_2021, "2021", "result", ["日本"]),
        F("3.13％", _SHARE_2021, "2021", "result", ["德國"]),
        D("2022 年", "2022"),
        F("8,980 億元", _RD, "2022", "result", ["臺灣"]),
        F("3.96%", _RD_SHARE, "2022", "result", ["臺灣"]),
    ],
    (TW, 28329, 602, 731): [D("過去8年來", "Y[-8]/Y[-1]")],
    (TW, 28329, 733, 886): [D("今天", "Y-M-12")],
    (TW, 28329, 888, 975): [],
    (TW, 28329, 977, 1077): [],
    (TW, 28329, 1079, 1135): [],
    # ---------------------------------------------------------------- release 39545, 2025-10-18
    # 114年全國運動會: an event's name stating its (ROC) year.
    (TW, 39545, 0, 154): [D("今（18）日", "Y-M-18"), D("114年", "2025")],
    (TW, 39545, 156, 306): [D("今年", "Y")],
    # The county's venues renovated, no time word of its own (the paragraph before's 今年 does not carry).
    (TW, 39545, 308, 440): [F("18座", ["運動場館"], None, "result", ["雲林縣"])],
    (TW, 39545, 442, 602): [D("今年", "Y")],
    # Enacted yearly subsidies (每年): policy amounts, null.
    (TW, 39545, 604, 786): [
        F("3萬5千元", ["學雜費補助", "私立大專校院學生學雜費補助"], None, "result", ["中央政府"]),
        F("2萬元", ["低收入戶學生加碼補助", "加碼補助", "補助"], None, "result", ["中央政府"]),
        F("1萬5千元", ["中低收入戶補助", "補助"], None, "result", ["中央政府"]),
    ],
    (TW, 39545, 788, 918): [D("今年", "Y")],
    (TW, 39545, 920, 977): [],
    (TW, 39545, 979, 1094): [],
    # ---------------------------------------------------------------- release 39604, 2025-11-07
    # 2025 ITF台北國際旅展: a name stating its year. 2030年達到兆元產值目標: a level at its deadline, a target.
    (TW, 39604, 0, 152): [
        D("今（7）日", "Y-M-07"),
        D("2025", "2025"),
        D("2030年", "2030"),
        F("兆元", ["觀光產值", "產值"], "2030", "target"),
    ],
    (TW, 39604, 154, 346): [
        D("今日", "Y-M-07"),
        D("今年", "Y"),
        F("123個", ["參展國家或城市", "國家或城市"], "Y", "result", ["台北國際旅展"]),
        F("1,600個", ["攤位"], "Y", "result", ["台北國際旅展"]),
    ],
    (TW, 39604, 348, 619): [
        D("去年", "Y[-1]"),
        F("8,378億元", ["國內觀光產值", "觀光產值", "產值"], "Y[-1]", "result"),
        D("2030年", "2030"),
        F("兆元", ["觀光產值", "產值"], "2030", "target"),
    ],
    # 每年約有: a yearly amount (null), as told by 葉菊蘭, about Taiwan.
    (TW, 39604, 621, 737): [
        F("1兆4,000多億元", ["觀光支出"], None, "result", ["臺灣", "葉菊蘭"]),
        F("約9,000多億元", ["國外旅遊", "國外旅遊支出"], None, "result", ["臺灣", "葉菊蘭"]),
        F("約5,000億元", ["國內旅遊", "國內旅遊支出"], None, "result", ["臺灣", "葉菊蘭"]),
    ],
    (TW, 39604, 739, 915): [],
    (TW, 39604, 917, 1052): [],
    (TW, 39604, 1054, 1227): [],
    (TW, 39604, 1229, 1434): [],
    (TW, 39604, 1436, 1573): [],
    (TW, 39604, 1575, 1707): [],
}
