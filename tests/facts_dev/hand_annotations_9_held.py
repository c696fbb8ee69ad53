"""Round 9 of the hand annotations, the held-out half (issue 19, 2026-12-07): period, stance, label and subject.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_9.py`` (seed 199) before any of them was read; every item
here was written by reading the paragraph, with no extractor run on these
documents. The tuned-on half (the 1958 and 2013 reports, releases 28238,
39616, 39643) is annotated apart, in ``hand_annotations_9.py``, by another
annotator; neither saw the other's documents or file. The conventions are
rounds 2 to 8's (the tuned-on ``hand_annotations_4.py`` to ``_8.py`` and the
README); ``build_gold.py`` locates the strings and writes ``figures.jsonl``.
Whole paragraphs in the drawn order until a document has 12 figures.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1997 report (held out)
# Li Peng's report of March 1997: full-width digits, no dateline. Both drawn paragraphs stand under the heading
# 一、１９９６年国内工作的回顾, which states its year: a figure with no time word of its own is 1996, absolute, with or
# without a document date (round 8's 1995 report under 一、１９９４年国内工作的回顾); 全年 and 年末 are that year, 上年末
# the one before, all absolute; 去年 keeps its relative notation (round 7's 1985 report). Its first two drawn
# paragraphs reach 15 figures. 我国 names no entity and 全国 is a scope: no subject anywhere.
DOCS[("gov_work_reports", 1997)] = {"script": "simplified", "text_date": None}
_REVIEWED_96 = "1996"
_COUNTIES = [
    "基本普及九年义务教育的县（市、区）",
    "基本普及九年义务教育的县",
    "普及九年义务教育的县",
    "县（市、区）",
    "九年义务教育",
]
P.append(
    (
        "gov_work_reports",
        1997,
        "科技、教育和各项社会事业取得新成就。",
        "作出了新贡献。",
        [
            F("２０００多项", ["国家级重大科技成果", "重大科技成果", "科技成果"], _REVIEWED_96, "result"),
            # 到去年底: a total up to a year's end is that year's (README: 年底 is the year), relative as 去年 is.
            # 九年义务教育 names a school system (nine years of schooling as one stage), not a figure.
            D("去年底", "Y[-1]"),
            F("５０％", _COUNTIES, "Y[-1]", "result"),
            # 当年 points back to 去年底's year (round 8's 當年 after 2020年 was 2020): Y[-1], relative as it is.
            D("当年", "Y[-1]"),
            F("４００万人", ["青壮年文盲", "文盲"], "Y[-1]", "result"),
            # A new sentence with no time word of its own: the heading's year.
            F("５６．８％", ["职业学校在校生", "高中阶段学生中职业学校在校生"], _REVIEWED_96, "result"),
            F("４０多万个", ["各类职业培训机构", "职业培训机构"], _REVIEWED_96, "result"),
            # 第２６届奥运会 is an ordinal with no year in the text: no figure, no date.
        ],
    )
)
_SAVINGS = ["城乡居民储蓄存款", "居民储蓄存款", "储蓄存款"]
P.append(
    (
        "gov_work_reports",
        1997,
        "城乡人民生活进一步改善。",
        "全年农村贫困人口减少７００万。",
        [
            F("４３００多元", ["城镇居民人均生活费收入", "人均生活费收入"], _REVIEWED_96, "result"),
            F("３．３％", ["城镇居民人均生活费收入", "人均生活费收入"], _REVIEWED_96, "result"),
            F("１９００多元", ["农村居民人均纯收入", "人均纯收入"], _REVIEWED_96, "result"),
            # 近年来 is vague (README); 一年 in 增幅最高的一年 names none.
            F("９％", ["农村居民人均纯收入", "人均纯收入"], _REVIEWED_96, "result"),
            F("１２．５％", ["社会消费品零售总额"], _REVIEWED_96, "result"),
            # 年末 is the year (README), here the heading's; 上年末 the year before; the rise between them the later
            # year's (README: a change between two years).
            D("年末", _REVIEWED_96),
            F("３８５００多亿元", _SAVINGS, _REVIEWED_96, "result"),
            D("上年末", "1995"),
            F("８８００多亿元", _SAVINGS, _REVIEWED_96, "result"),
            F("７００多万人", ["城镇新增就业"], _REVIEWED_96, "result"),
            F("１１亿平方米", ["城乡新建住房", "新建住房"], _REVIEWED_96, "result"),
            # 以解决温饱问题为目标 names the aim of the work, not a figure's target. The number with its magnitude
            # only (README: 5575万农村贫困人口).
            D("全年", _REVIEWED_96),
            F("７００万", ["农村贫困人口", "贫困人口"], _REVIEWED_96, "result"),
        ],
    )
)

# ------------------------------------------------------------------ 2002 report (held out)
# Zhu Rongji's report of March 2002: full-width digits, no dateline. The first, third and fourth drawn paragraphs
# stand under the heading 首先报告２００１年的工作, which states its year: a figure with no time word of its own is
# 2001, absolute (as the 1997 report's 1996), 全年 and 年末 too, 上年 and 上年末 2000; 去年 stays relative. The second
# is 今年工作的总体要求, with no figure. The first four drawn paragraphs reach 19 figures. No entity is named
# (我们, 我国; 中央财政 is part of the measure's name, round 8's 2008 report; 全国 a scope).
DOCS[("gov_work_reports", 2002)] = {"script": "simplified", "text_date": None}
_REVIEWED_01 = "2001"
_BEFORE_01 = "2000"
P.append(
    (
        "gov_work_reports",
        2002,
        "去年，我们隆重庆祝了中国共产党成立",
        "增强了民族自豪感和凝聚力。",
        [
            # 成立８０周年 counts an anniversary, an age (README: ages are not annotated): no figure, no date.
            # “七一” names a speech (a name with numerals, as 九三軍人節), no date; 十五届六中全会 and 第九次 are
            # ordinals. The year in the Games' name is a date (round 8: an event's name that states its year).
            D("去年", "Y[-1]"),
            D("２００８年", "2008"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2002,
        "根据党中央部署，今年工作的总体要求是",
        "迎接党的十六大召开。",
        # 十五大, 十五届五中、六中全会, 十六大 are names of congresses; “三个代表” a name.
        [D("今年", "Y")],
    )
)
_MINIMUM = [
    "城市居民最低生活保障的覆盖人数",
    "最低生活保障的覆盖人数",
    "覆盖人数",
    "城市居民最低生活保障",
    "最低生活保障",
]
P.append(
    (
        "gov_work_reports",
        2002,
        "城乡人民生活继续改善。",
        "居民住、行条件进一步改善。",
        [
            F("８．５％", ["城镇居民人均可支配收入", "人均可支配收入"], _REVIEWED_01, "result"),
            # 由年初的…扩大到年末的…: the earlier side a base at its own time, the year's start (README: 年初 is the
            # year), the later side the year's end; both the heading's 2001.
            D("年初", _REVIEWED_01),
            F("４００多万人", _MINIMUM, _REVIEWED_01, "base"),
            D("年末", _REVIEWED_01),
            F("１１２０多万人", _MINIMUM, _REVIEWED_01, "result"),
            # 当年 points back to the year the measures were taken, the heading's (round 8's 當年 after 2020年).
            D("当年", _REVIEWED_01),
            F("６２１亿元", ["中央财政支出", "中央财政增加支出", "增加支出", "中央财政"], _REVIEWED_01, "result"),
            F("４．２％", ["农民人均纯收入", "人均纯收入"], _REVIEWED_01, "result"),
        ],
    )
)
_PROFIT = ["规模以上工业企业实现利润", "规模以上工业企业利润", "工业企业利润", "利润"]
_RESERVES = ["国家外汇储备", "外汇储备"]
P.append(
    (
        "gov_work_reports",
        2002,
        "国民经济保持良好发展势头。",
        "国民经济沿着持续快速健康发展的轨道前进。",
        [
            D("２００１年", "2001"),
            F("９５９３３亿元", ["国内生产总值"], "2001", "result"),
            D("上年", _BEFORE_01),
            F("７．３％", ["国内生产总值"], "2001", "result"),
            D("全年", _REVIEWED_01),
            F("４６５７亿元", _PROFIT, _REVIEWED_01, "result"),
            F("８．１％", _PROFIT, _REVIEWED_01, "result"),
            F("１６３７１亿元", ["全国财政收入", "财政收入"], _REVIEWED_01, "result"),
            # 按可比口径增加: the rise is the year's (README: a change between two years gets the later one).
            F("２４００亿元", ["全国财政收入", "财政收入"], _REVIEWED_01, "result"),
            F("０．７％", ["居民消费价格总水平", "居民消费价格"], _REVIEWED_01, "result"),
            F("５０００亿美元", ["外贸进出口总额", "进出口总额"], _REVIEWED_01, "result"),
            F("２６６２亿美元", ["出口"], _REVIEWED_01, "result"),
            F("６．８％", ["出口"], _REVIEWED_01, "result"),
            F("４６８亿美元", ["外商直接投资"], _REVIEWED_01, "result"),
            F("１４．９％", ["外商直接投资"], _REVIEWED_01, "result"),
            D("年末", _REVIEWED_01),
            F("２１２２亿美元", _RESERVES, _REVIEWED_01, "result"),
            D("上年末", _BEFORE_01),
            F("４６６亿美元", _RESERVES, _REVIEWED_01, "result"),
        ],
    )
)

# ------------------------------------------------------------------ release 39052, 2025-02-11 (held out)
# President Lai at the small and medium enterprises' New Year gathering. All 12 paragraphs: 10 figures.
DOCS[("tw_president_news", 39052)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39052,
        "賴清德總統今（11）日晚間出席「2025全國中小企業聯合新春團拜」",
        "讓臺灣經濟持續穩健成長。",
        # The year in the event's name is a date (round 8: 2024電器…年終購物節).
        [D("今（11）日", "Y-M-11"), D("2025", "2025")],
    )
)
P.append(
    (
        "tw_president_news",
        39052,
        "總統致詞時表示，明天是元宵節",
        "蛇年行大運。",
        [
            # 元宵節 is a holiday, no date of its own (round 7's 耶誕節); 明天 is the day after the release's.
            D("明天", "Y-M-12"),
            D("今天", "Y-M-11"),
            # 新的一年 said in February is this year (README round 8: written Y, as 今年). 蛇年 in the greeting names
            # the zodiac year only through the lunar calendar, as a holiday does its day: no date.
            D("新的一年", "Y"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39052,
        "總統認為，臺灣的中小微型企業是國家經濟發展的動力火車頭",
        "也推動經濟持續穩健成長。",
        [],
    )
)
P.append(
    (
        "tw_president_news",
        39052,
        "總統指出，過去一年，感謝全臺超過167萬家中小企業的共同打拚",
        "民眾能夠安心就業。",
        [
            # 過去一年 said in February is last year (round 8's 在过去一年里: Y[-1]); the firms thanked for it are
            # counted in that sentence, its period; the sentence names 臺灣 (全臺 is the scope of the count).
            D("過去一年", "Y[-1]"),
            F("超過167萬家", ["中小企業", "全臺中小企業"], "Y[-1]", "result", "臺灣"),
            # The growth rate is the grade on the report card the sentence before gives for 過去一年 (the same
            # paragraph, no new time or topic word between, unlike round 6's 此外 and the stock index of round
            # 8's held-out half): last year's, not yet final, so 預估 makes it a forecast (round 7's 概估將達到).
            # 我們 names no entity and the sentence before's 臺灣 is not carried (round 5's rule); 美國, 歐盟 and
            # 亞洲四小龍 are what it is compared with (a name with a numeral, no figure).
            F("4.3%", ["經濟成長率"], "Y[-1]", "forecast"),
            D("新的一年", "Y"),
        ],
    )
)
# 這幾年 is vague.
P.append(("tw_president_news", 39052, "總統表示，這幾年臺灣持續拓展對外貿易", "更能因應各種挑戰。", []))
_PLAN_3 = "Y/2027"
P.append(
    (
        "tw_president_news",
        39052,
        "總統提到，他在行政院長任內推動各項政策",
        "帶來4萬個就業機會。",
        [
            # 行政院長任內 is an era, no date. 現在 gives the release's month to what has been approved by now
            # (README: 目前, 現在); 現在 itself is not written. 投資臺灣三大方案 is a programme's name (no figure, no
            # subject): the sentence names no entity.
            F("超過1,600家", ["廠商", "審核通過廠商", "審核通過的廠商"], "Y-M", "result"),
            F("超過2.5兆元", ["總投資金額", "投資金額"], "Y-M", "result"),
            # Round 1's 39163 had the same extension (README: 6千億元/4萬個 → 2025/2027): from this year to the
            # year it is extended to, the start relative. 3年 is the length of that span, no figure. 預估 marks
            # the Executive Yuan's forecast, the forecaster the subject (round 6's 28569).
            D("2027年", "2027"),
            F("6千億元", ["投資金額"], _PLAN_3, "forecast", "行政院"),
            F("4萬個", ["就業機會"], _PLAN_3, "forecast", "行政院"),
        ],
    )
)
P.append(
    ("tw_president_news", 39052, "總統指出，政府的責任，是要讓中小企業有更好的發揮空間", "讓中小企業順利發展經濟。", [])
)
# 日前 and 近年來 are vague; 三項策略 is the speaker's list, 第一 an ordinal.
P.append(("tw_president_news", 39052, "總統說，行政院卓榮泰院長日前主持經濟發展會議時", "提高競爭力。", []))
P.append(
    (
        "tw_president_news",
        39052,
        "總統接著說，第二，提供企業所需資金。",
        "配合政府政策。",
        [
            # 政府將持續推出多項方案 and 政府會額外提供 put these ahead: what the government itself will lend and
            # guarantee is its plan, with no time (policy amounts, README), and so is the eligibility threshold of
            # the loans (README: 30人以下 kept as a count), the measure's own term (unlike round 8's 2萬多家, firms
            # that exist). 最高 is an adverb before the figure (README: 每年最高300萬元). 政府 is a common noun; the
            # funds thanked in the next sentence are not the lenders of these clauses: no subject.
            F("30人以下", ["中小微型企業", "30人以下的中小微型企業"], None, "plan"),
            F("3,500萬元", ["最高貸款額度", "貸款額度", "優惠貸款"], None, "plan"),
            F("3,500萬元", ["保證融資額度", "融資額度"], None, "plan"),
            F("9.5成", ["保證成數"], None, "plan"),
        ],
    )
)
P.append(("tw_president_news", 39052, "總統也說，第三，加速中小微企業國際化", "提升國際競爭力。", []))
# 過去幾年來 is vague; 川普總統上任後 an era named by a president.
P.append(("tw_president_news", 39052, "談及臺美關係，總統表示", "希望大家一起努力、團結因應。", []))
P.append(("tw_president_news", 39052, "總統提到，去年臺灣棒球奪下世界冠軍", "讓臺灣的未來更好。", [D("去年", "Y[-1]")]))

# ------------------------------------------------------------------ release 39462, 2025-09-18 (held out)
# President Lai at the teachers' awards. All 12 paragraphs: 8 figures, most of them policy amounts (null).
DOCS[("tw_president_news", 39462)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39462,
        "賴清德總統今（18）日上午出席「114年師鐸獎",
        "達到全人教育的目標。",
        # An award's ROC year is a date (round 8's 113年全國模範勞工).
        [D("今（18）日", "Y-M-18"), D("114年", "2025")],
    )
)
# 教師節前夕 is named by a holiday: no date (round 4's 中秋節).
P.append(("tw_president_news", 39462, "總統致詞時表示，很高興受邀出席師鐸獎", "深感榮幸。", []))
# 數十年來 is vague.
P.append(("tw_president_news", 39462, "總統指出，得獎者雖來自不同縣市、學校", "要再次代表國家表達感謝。", []))
# 今天之所以能夠站在這裡 is where his schooling has brought him, the present (round 5's 今天的臺灣, vague), not the
# day of the ceremony: not written.
P.append(("tw_president_news", 39462, "總統說，今天之所以能夠站在這裡", "國家社會也會跟著好。", []))
P.append(
    (
        "tw_president_news",
        39462,
        "總統談到，政府推動不論公立、私立，高中職一律免學費",
        "每年1.5萬至2萬元補助。",
        [
            # Subsidies in force, given 每年 (a frequency): policy amounts with no year, results (round 7: a yearly
            # budget under 每年 is null); 政府 and 私立大專校院 are common nouns: no subject. The range is one figure.
            F(
                "3.5萬元",
                ["私立大專校院學生補助", "補助私立大專校院學生", "私立大專校院學生", "學費補助"],
                None,
                "result",
            ),
            F("1.5萬至2萬元", ["經濟弱勢學生補助", "經濟弱勢學生", "補助"], None, "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39462,
        "總統同時指出，政府也給予學生校內住宿補貼",
        "透過教育改善生活。",
        [
            # 每人每學期, 每年: policy amounts with no year, in force. 教育部 acts in another clause (the dormitories),
            # not the subsidy's: no subject. TPASS通勤月票2.0 is a name.
            F("5千元", ["校內住宿補貼", "住宿補貼"], None, "result"),
            F("300億元", ["租金補貼", "租金補貼預算", "預算"], None, "result"),
        ],
    )
)
# 近年來 is vague.
P.append(("tw_president_news", 39462, "總統強調，全人教育非常重要", "協助企業、國家邁向淨零轉型的目標。", []))
P.append(
    (
        "tw_president_news",
        39462,
        "總統表示，除了學校給予適性的教學",
        "搭起逐夢的舞台。",
        [
            # 15到30歲 is an age bracket (eligibility, README); 青年百億海外圓夢基金計畫 a programme's name. The most a
            # young person can get is a policy amount with no year; the body applied to and granting it is 教育部.
            F("200萬元", ["補助", "圓夢基金補助", "青年百億海外圓夢基金計畫"], None, "result", "教育部"),
            # This year's approved applicants so far: a count dated by its sentence's 今年; no entity named.
            D("今年", "Y"),
            F("1000多名", ["通過申請的青年", "確定通過申請的青年", "青年"], "Y", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39462,
        "總統提到，9月9日「運動部」掛牌成立",
        "達到全人教育的目標。",
        # 首任 is an ordinal; 兩屆奧運金牌得主 a title whose count is of editions of the Games, spans of time (round 8's
        # 兩任政府), no figure.
        [D("9月9日", "Y-09-09")],
    )
)
P.append(
    (
        "tw_president_news",
        39462,
        "總統同時強調，我國教育經費受法律保障",
        "培育更多優秀學生。",
        [
            # The law's floor, 每年 (a frequency): an enacted rule with no year, a result (README: enacted policy
            # amounts). 不得低於 is not next to the figure (前3年決算歲入平均之 stands between): the figure is the share
            # alone; 前3年 is a duration (README). 我國 names no entity.
            F("23%", ["教育經費", "每年教育經費", "教育經費下限"], None, "result"),
            # 第二期 is an ordinal and 5年計畫 the phase's length; its years are given in brackets, one span. An approved
            # programme's money over its years is a plan (README round 8's held-out half), though it has begun (現已).
            D("2023至2027年", "2023/2027"),
            F("970億元", ["高等教育深耕計畫", "第二期5年計畫"], "2023/2027", "plan"),
        ],
    )
)
# 未來 is vague.
P.append(("tw_president_news", 39462, "最後，總統再次感謝每一位老師的貢獻", "有更多圓夢的機會。", []))
P.append(
    (
        "tw_president_news",
        39462,
        "隨後，總統親自頒發師鐸獎、教育奉獻獎及資深優良教師獎予獲獎老師",
        "等亦出席是項活動。",
        [],
    )
)

# ------------------------------------------------------------------ release 39738, 2025-12-26 (held out)
# President Lai receives Kono Taro and Japanese parliamentarians. All 11 paragraphs: 7 figures.
DOCS[("tw_president_news", 39738)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39738,
        "賴清德總統今（26）日上午接見「日本前外務大臣河野太郎眾議員乙行」",
        "讓臺日攜手引領全球產業發展。",
        [D("今（26）日", "Y-M-26")],
    )
)
P.append(
    (
        "tw_president_news",
        39738,
        "總統致詞時，首先歡迎河野太郎眾議員睽違11年再次訪問臺灣",
        "是世界安全與繁榮的必要元素。",
        [
            # 睽違11年 is a duration (README). 歲末年終之際 is this year's end, a date as 年底 is (the year, README).
            D("歲末年終", "Y"),
        ],
    )
)
_DEFENCE = ["國防預算", "國防預算GDP占比", "明年度的國防預算"]
P.append(
    (
        "tw_president_news",
        39738,
        "總統說，臺灣深知和平不能寄望於侵略者的善意",
        "全面提升防衛韌性。",
        [
            # A budget's share of GDP still to be reached is a target (README round 8: GDP 3% 以上, as 39324's); 超過
            # is not next to the number (GDP stands between, round 5's 約有1萬人): the share alone. 北約 names the
            # standard, not the actor; the sentence's is 臺灣.
            D("明年度", "Y[+1]"),
            F("3%", _DEFENCE, "Y[+1]", "target", "臺灣"),
            # A level reached by a deadline keeps the deadline's year (README round 4: 在2028年前 is a date).
            D("2030年", "2030"),
            F("5%", _DEFENCE, "2030", "target", "臺灣"),
            # 未來8年 is a span ahead with a fixed length, a date (round 4's 今后八年, round 6's 今后五年, both
            # from the document's year, said in March). Said five days before the year's end (the paragraph after:
            # 再過幾天就是新的一年), in the sentence after next year's budget, the eight years begin next year:
            # Y[+1]/Y[+8], a new case. A special budget still to be passed, the government's own spending: a plan.
            # A new sentence names no entity (臺灣之盾 is a name; round 5's rule: the sentence before's 臺灣 is not
            # carried). The currency before the number is part of it (round 6's 超過新臺幣500萬).
            D("未來8年", "Y[+1]/Y[+8]"),
            F("新臺幣1.25兆元", ["國防特別預算", "特別預算"], "Y[+1]/Y[+8]", "plan"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39738,
        "總統提到，在這個月初「臺日數位貿易協議」已經簽署",
        "讓臺日強強聯手共同引領全球產業發展。",
        # 這個月初 is this month (round 7).
        [D("這個月初", "Y-M")],
    )
)
P.append(("tw_president_news", 39738, "總統並感謝日本對臺灣的情義", "正是臺日關係最珍貴的資產。", [D("今年", "Y")]))
P.append(
    (
        "tw_president_news",
        39738,
        "總統說，再過幾天就是新的一年",
        "臺日友誼長存。",
        # 新的一年 a few days ahead, said on 26 December, is next year; 新年快樂 is a greeting.
        [D("新的一年", "Y[+1]")],
    )
)
P.append(
    (
        "tw_president_news",
        39738,
        "日本前外務大臣河野太郎眾議員致詞時表示",
        "展現臺灣科技實力。",
        [
            # Two decades spelled as one span (round 4: 十九世纪四十年代 → 1840s). 當時 points back to them and is
            # vague (round 6); 睽違11年 a duration; 大阪關西萬國博覽會 names no year.
            D("1980至1990年代", "1980s/1990s"),
        ],
    )
)
_VISITS_JP = ["赴日旅遊人次", "臺灣赴日旅遊人次", "旅遊人次"]
P.append(
    (
        "tw_president_news",
        39738,
        "在臺日觀光交流方面，河野太郎眾議員指出",
        "相信未來臺灣企業對日本的投資將持續成長。",
        [
            # Visits are counted in 人次, the measure word before the number (旅遊人次超過600萬): counts, unlike round 6's
            # readings with no unit at all. The speaker is not the subject; the clause's actor is.
            D("2024年", "2024"),
            F("超過600萬", _VISITS_JP, "2024", "result", "臺灣"),
            # 今年至11月底 is one span, this year to November's end (round 7's 今年 3、4月 → Y-03/Y-04; round 2's 1到11月);
            # 去年總數 has no number. 每4人中就有1人 is a ratio spelled in words with no figure of its own (round 7's
            # 每5個人當中，就有一位), not annotated.
            D("今年至11月底", "Y-01/Y-11"),
            D("去年", "Y[-1]"),
            D("今年至10月底", "Y-01/Y-10"),
            F("逾100萬", ["日本赴臺人次", "赴臺人次"], "Y-01/Y-10", "result", "日本"),
            # 台積電's plants are the reason given; the investment is 臺灣's. 歷史新高 is no figure.
            D("去年", "Y[-1]"),
            F("超過50億美元", ["臺灣對日投資金額", "對日投資金額", "投資金額"], "Y[-1]", "result", "臺灣"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39738,
        "河野太郎眾議員表示，臺灣與日本已簽署「臺日數位貿易協議」",
        "都有良好合作機制。",
        [
            # Prefectures counted with a measure word are real bodies (round 6's 三個委員會, round 8's 中央１７个部):
            # a figure, a state with no time word (null, result); the clause's actor is 臺灣, the prefectures 日本's.
            # 此次來臺期間 names no date; 311大地震 is an earthquake's name (as 九三軍人節 names a day): no date.
            F("五縣", ["日本福島等五縣", "福島等五縣", "縣"], None, "result", ["臺灣", "日本"]),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39738,
        "河野太郎眾議員指出，2027年即將於橫濱舉行國際園藝博覽會",
        "打造更緊密夥伴關係。",
        [D("2027年", "2027")],
    )
)
P.append(("tw_president_news", 39738, "訪賓一行尚包括眾議員田中和德", "也在座。", []))
