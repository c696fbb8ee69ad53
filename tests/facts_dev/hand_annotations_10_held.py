"""Round 10 of the hand annotations, the held-out half (issue 19, 2026-12-07): period, stance, label and subject.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_10.py`` (seeds 1010 and 1011) before any of them was read;
every item here was written by reading the paragraph, with no extractor run on
these documents. The tuned-on half (the 1957, 2019 and 2023 reports, releases
28477, 39380, 39383, 28329, 39545, 39604) is annotated apart, in
``hand_annotations_10.py``, by another annotator; neither saw the other's
documents. The conventions are rounds 2 to 9's (the tuned-on files and the
README); ``build_gold.py`` locates the strings and writes ``figures.jsonl``.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1998 report (held out)
# Li Peng's report of March 1998, the end of a term: 一、关于过去五年的政府工作 (no years named in the heading; the
# opening says the government took office in March 1993). Full-width digits spaced apart (2 2 ．4 万件). No dateline.
# Its first two drawn paragraphs reach 14 figures.
DOCS[("gov_work_reports", 1998)] = {"script": "simplified", "text_date": None}
# 五年来 is N年来, not written as a date (round 7's 2018), but what it says was done, and a sentence with no time word
# under the review's heading, gets the span, relative (rounds 7-9: 2018, 2008, 2013); a level the five years reached
# (达到, 下降到) is the span's last year, its 由…增加到 base with no time of its own the year before the span (round 9's
# 2013). 我国 names no entity: no subject in the report's paragraphs.
_FIVE = "Y[-5]/Y[-1]"
_END98 = "Y[-1]"
_BEFORE98 = "Y[-6]"
P.append(
    (
        "gov_work_reports",
        1998,
        "科技教育文化事业在改革中前进",
        "尚，产生了积极作用。",
        [
            F("2 2 ．4 万件", ["专利权", "授予专利权"], _FIVE, "result"),
            # 九年义务教育 names the schooling system (README: names containing numerals), not a length of schooling
            # stated of someone; the share of the population living where it is universal is a level reached.
            F("6 5 ％", ["基本普及九年义务教育的地区", "普及九年义务教育", "全国人口"], _END98, "result"),
            F("6 ％", ["青壮年文盲率", "文盲率"], _END98, "result"),
            F("5 6 ％以上", ["中等职业学校的在校生", "中等职业学校在校生"], _END98, "result"),
            # 数以亿计 names no number. 五年共培养: the span.
            F("6 8 7 万人", ["本科和专科毕业生", "毕业生"], _FIVE, "result"),
            F("1 7 ．5 万人", ["研究生"], _FIVE, "result"),
            F("8 5 ％以上", ["广播和电视的人口覆盖率", "人口覆盖率", "覆盖率"], _END98, "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1998,
        "对外开放继续扩大，形",
        "展，创造了有利条件。",
        [
            F("1 6 5 5 亿美元", ["进出口总额", "年进出口总额"], _BEFORE98, "base"),
            F("3 2 5 1 亿美元", ["进出口总额", "年进出口总额"], _END98, "result"),
            F("1 8 5 8 亿美元", ["外商直接投资实际金额", "外商直接投资"], _FIVE, "result"),
            F("1 9 4 亿美元", ["国家外汇储备", "外汇储备"], _BEFORE98, "base"),
            F("1 3 9 9 亿美元", ["国家外汇储备", "外汇储备"], _END98, "result"),
            F("1 8 7 个", ["国际条约"], _FIVE, "result"),
        ],
    )
)

# ------------------------------------------------------------------ 2009 report (held out)
# Wen Jiabao's report of March 2009: 一、2008年工作回顾. No dateline. Its first three drawn paragraphs reach 19 figures.
DOCS[("gov_work_reports", 2009)] = {"script": "simplified", "text_date": None}
# Under a heading that states its year, a figure with no time word of its own is that year, absolute, 全年 too and
# 上年 the year before (round 8's １９９４年, round 9's 1958); 中央财政 is part of the measure's name, not a subject.
_Y08 = "2008"
P.append(
    (
        "gov_work_reports",
        2009,
        "医药卫生改革发展稳步",
        "程实施范围继续扩大。",
        [
            # 8.14亿 stops at the number with its magnitude (README: 1亿农业转移人口); 由上年的88个增加到317个: the base
            # at its own year.
            F("8.14亿", ["参加新型农村合作医疗的人口", "新型农村合作医疗"], _Y08, "result"),
            F("91.5%", ["参合率"], _Y08, "result"),
            D("上年", "2007"),
            F("88个", ["城镇居民基本医疗保险试点城市", "试点城市"], "2007", "base"),
            F("317个", ["城镇居民基本医疗保险试点城市", "试点城市"], _Y08, "result"),
            F("7359万", ["参保人数", "城镇居民基本医疗保险参保人数"], _Y08, "result"),
            F("1.17亿", ["参保人数", "城镇居民基本医疗保险参保人数"], _Y08, "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2009,
        "坚持不懈地推动节能减",
        "42%和5.95%。",
        [
            # 十大重点节能工程 is a list's name (README: X大).
            F("423亿元", ["中央财政资金", "资金"], _Y08, "result"),
            F("1149万吨", ["城市污水日处理能力", "污水日处理能力", "新增城市污水日处理能力"], _Y08, "result"),
            F("9712万千瓦", ["燃煤脱硫机组容量", "新增燃煤脱硫机组容量"], _Y08, "result"),
            D("上年", "2007"),
            F("4.59%", ["单位国内生产总值能耗", "能耗"], _Y08, "result"),
            F("4.42%", ["化学需氧量", "化学需氧量排放量"], _Y08, "result"),
            F("5.95%", ["二氧化硫排放量"], _Y08, "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2009,
        "毫不放松地加强“三农",
        "全局提供了有力支撑。",
        [
            D("全年", "2008"),
            F("5955亿元", ["中央财政用于“三农”的投入", "“三农”的投入"], _Y08, "result"),
            D("上年", "2007"),
            F("1637亿元", ["中央财政用于“三农”的投入", "“三农”的投入"], _Y08, "result"),
            F("37.9%", ["中央财政用于“三农”的投入", "“三农”的投入"], _Y08, "result"),
            F("1030亿元", ["粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金", "补贴资金"], _Y08, "result"),
            D("上年", "2007"),
            F("一倍", ["粮食直补、农资综合补贴、良种补贴、农机具购置补贴资金", "补贴资金"], _Y08, "result"),
            # 三次 counts real raises with a measure word (README: 次), not the speaker's list.
            F("三次", ["提高粮食最低收购价", "粮食最低收购价"], _Y08, "result"),
            F("超过20%", ["提价幅度", "粮食最低收购价"], _Y08, "result"),
        ],
    )
)

# ------------------------------------------------------------------ 1982 report (held out)
# Zhao Ziyang's report on the sixth five-year plan (1981-1985, the years the report names), given in late 1982 (今年一月
# 至九月, 党的十二大以后). No dateline. Its first two drawn paragraphs reach 16 figures.
DOCS[("gov_work_reports", 1982)] = {"script": "simplified", "text_date": None}
_JAN_SEP = "Y-01/Y-09"
P.append(
    (
        "gov_work_reports",
        1982,
        "各位代表！这两年经济",
        "么时候也不会放松的。",
        [
            # Under 六五计划前两年的执行情况 (1981-1982). 这两年 is a count of years back (as 两年来, round 5), not
            # written; “五讲四美”, “三热爱”, “五爱” are names. 今年一月至九月 is one span (README: 1到11月), 去年同期 the
            # same months a year earlier (README: 去年同期 against what it is compared with). 全国 is a scope.
            D("今年一月至九月", _JAN_SEP),
            D("去年同期", "Y[-1]-01/Y[-1]-09"),
            F("百分之十五点七", ["刑事犯罪案件的发案数", "发案数"], _JAN_SEP, "result"),
            D("今年一月到九月", _JAN_SEP),
            F("十三万六千零二十四件", ["经济违法犯罪案件", "查处的经济违法犯罪案件"], _JAN_SEP, "result"),
            F("四万四千六百六十三件", ["已经结案处理的", "结案处理"], _JAN_SEP, "result"),
            F("二万六千二百二十七人", ["依法判刑的", "依法判刑"], _JAN_SEP, "result"),
            # A new sentence with no time word of its own (README: a sentence's time does not carry into the next):
            # the section heading's span, the plan's first two years, absolute (the report names the plan's years).
            F("四万四千八百七十四人", ["投案自首"], "1981/1982", "result"),
            D("今年", "Y"),
            # 十几万 (more than a hundred thousand) is read as 十多万, a number with a bound (README: 960多万), unlike
            # 几万 alone (round 5: no number). 目前 in a report is its year (round 9's 现在).
            F("十几万", ["经济犯罪案件"], "Y", "result"),
        ],
    )
)
# The plan's power building over its five years (五年投资, 五年内: a length, not written, round 7's 1955) gets the
# plan's span, absolute: the government's own investment and building, plans.
_PLAN82 = "1981/1985"
P.append(
    (
        "gov_work_reports",
        1982,
        "电力工业建设，五年投",
        "，同时大力节约用电。",
        [
            F("二百零七亿元", ["电力工业建设投资", "电力工业建设", "投资"], _PLAN82, "plan"),
            # A size threshold defining the plants counted is kept (README: thresholds stated as counts; round 8's
            # 2,000萬人以上的國家), unlike a ship's 噸級 (a class's name, round 9); 一个 counts in the list of counts (not
            # an article, round 8's 一座核電廠).
            F("四十万千瓦以上", ["水电站装机容量", "装机容量"], _PLAN82, "plan"),
            F("十五个", ["水电站"], _PLAN82, "plan"),
            F("二十万千瓦以上", ["火电站装机容量", "装机容量"], _PLAN82, "plan"),
            F("四十五个", ["火电站"], _PLAN82, "plan"),
            F("三十万千瓦", ["核电站装机容量", "装机容量"], _PLAN82, "plan"),
            F("一个", ["核电站"], _PLAN82, "plan"),
            F("三千六百六十万千瓦", ["全国电站建设总规模", "电站建设总规模", "总规模"], _PLAN82, "plan"),
            # 在一九八五年底前建成投产: a total built by the plan's last year, over the plan's span (the plan, not the
            # document's year, opens it: round 4's 在2028年前 spans from the year the total is counted from).
            D("一九八五年底", "1985"),
            F("一千二百九十万千瓦", ["电站建设总规模", "建成投产的装机容量"], _PLAN82, "plan"),
            # What is carried over into the next plan is that plan's period (round 6: “十四五”规划期内).
            D("第七个五年计划期间", "1986/1990"),
            F("二千三百七十万千瓦", ["电站建设总规模", "续建的装机容量"], "1986/1990", "plan"),
        ],
    )
)

# ------------------------------------------------------------------ release 28893, 2024-11-26 (held out)
# President Lai receives US Senator Jeff Merkley's delegation. Its first 11 paragraphs reach 12 figures.
DOCS[("tw_president_news", 28893)] = {"script": "traditional", "text_date": None}
P.append(("tw_president_news", 28893, "賴清德總統今（26）", "發展，做出更多貢獻。", [D("今（26）日", "Y-M-26")]))
P.append(
    (
        "tw_president_news",
        28893,
        "總統致詞時，首先歡迎",
        "拓展臺灣的國際空間。",
        # 睽違24年後 is a length of time (README: durations); 多項 names no number.
        [D("2000年", "2000")],
    )
)
P.append(
    (
        "tw_president_news",
        28893,
        "總統指出，45年前美",
        "臺灣強而有力的支持。",
        # N年前 is a date (README: 20年前); 立法45週年決議案 is a name.
        [D("45年前", "Y[-45]"), D("去年", "Y[-1]"), D("今年", "Y")],
    )
)
P.append(
    (
        "tw_president_news",
        28893,
        "總統提到，24年來，",
        "千三百萬人共同決定。",
        [
            # 24年來 is N年來, not written (round 5). The people of Taiwan, as round 2's 2,300萬人.
            F("兩千三百萬人", ["人", "人民"], None, "result", ["中華民國臺灣", "臺灣"]),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28893,
        "總統說，我們將持續增",
        "我們守護國家的決心。",
        [
            # 在蔡英文前總統執政前 is an era named by a president, but the sentence places it: 蔡前總統執政8年後 is 去年,
            # so the term began in Y[-9]'s year after and 執政前 is the year before the span (round 6's 8千多點 before
            # 過去8年, Y[-9]; round 7: a base dated by an event the text places). The earlier side of the comparison
            # is a base. 臺灣 opens the sentence (both halves, one sentence up to 。). A share of GDP is labelled by
            # the budget (README); 新臺幣 before the number is part of it (rounds 6-7).
            F("新臺幣17兆元", ["GDP", "臺灣GDP"], "Y[-9]", "base", "臺灣"),
            F("1.8%", ["國防預算GDP占比", "國防預算"], "Y[-9]", "base", "臺灣"),
            F("約3千億元", ["國防預算"], "Y[-9]", "base", "臺灣"),
            D("去年", "Y[-1]"),
            F("新臺幣23兆元", ["GDP", "臺灣GDP"], "Y[-1]", "result", "臺灣"),
            F("2.5%", ["國防預算GDP占比", "國防預算"], "Y[-1]", "result", "臺灣"),
            F("約6千多億元", ["國防預算"], "Y[-1]", "result", "臺灣"),
            # 8年來 (N年來) is not written; the rise over it is the span's last year (round 6: 155%), 去年 here. 我們
            # names no entity.
            F("80%", ["國防預算"], "Y[-1]", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28893,
        "總統接著說，我們也將",
        "維護區域的和平穩定。",
        [
            # The shares of Taiwan's outward investment: the clause names the investor and the destination; 一個籃子
            # is an idiom's article.
            D("2011年", "2011"),
            F("8成", ["臺灣的對外投資", "對外投資"], "2011", "result", ["中國", "臺灣"]),
            D("去年年底", "Y[-1]"),
            F("11.4%", ["臺灣的對外投資", "對外投資"], "Y[-1]", "result", ["中國", "臺灣"]),
            F("約42%", ["臺灣的對外投資", "對外投資"], "Y[-1]", "result", ["美國", "臺灣"]),
        ],
    )
)
# 近年來 is vague; 台美21世紀貿易倡議 a name.
P.append(("tw_president_news", 28893, "總統指出，除了強化安", "成更豐碩的合作成果。", []))
P.append(("tw_president_news", 28893, "總統表示，我們也期盼", "業合作以及經濟韌性。", [D("今年", "Y")]))
P.append(("tw_president_news", 28893, "最後，總統再次感謝訪", "於臺灣留下深刻印象。", []))
# 27連勝 is a streak (as README's 連續17年: no figure); 世界棒球12強 a name.
P.append(("tw_president_news", 28893, "隨後，莫克利參議員致", "會永留臺灣人民記憶。", []))
P.append(
    (
        "tw_president_news",
        28893,
        "莫克利參議員提到，他",
        "自由做出堅定的承諾。",
        [
            # 第2次 is an ordinal; 8次 counts real elections held (README: 次), 現在 the release's month.
            D("2000年", "2000"),
            F("8次", ["總統大選"], "Y-M", "result", "臺灣"),
        ],
    )
)

# ------------------------------------------------------------------ release 39105, 2025-03-13 (held out)
# President Lai after a national-security meeting: five threats and seventeen measures. All 47 paragraphs: 11
# figures. 五大國安及統戰威脅, 十七項因應策略, 策略一 to 策略八 and 第一 to 第五 are the speaker's list and ordinals.
DOCS[("tw_president_news", 39105)] = {"script": "traditional", "text_date": None}
P.append(("tw_president_news", 39105, "賴清德總統今（13）", "提出十七項因應策略。", [D("今（13）日", "Y-M-13")]))
P.append(("tw_president_news", 39105, "總統強調，面對日益嚴", "有甚麼可以擊倒我們。", []))
P.append(("tw_president_news", 39105, "總統致詞內容為：", "總統致詞內容為：", []))
P.append(("tw_president_news", 39105, "最近，在許多場合，不", "弄，一點一滴的流失。", []))
P.append(("tw_president_news", 39105, "誠如知名戰略學者葛宣", "來自外部的真正威脅。", []))
P.append(
    (
        "tw_president_news",
        39105,
        "數十年來，中國併吞臺",
        "主權日益迫切的威脅。",
        # 數十年來 is not written (README); 懲獨22條 and 聯大2758號決議 are names.
        [D("2005年", "2005"), D("去年6月", "Y[-1]-06")],
    )
)
P.append(("tw_president_news", 39105, "過去這段期間，中國更", "、破壞、顛覆等活動。", []))
P.append(
    (
        "tw_president_news",
        39105,
        "根據國安局報告，去（",
        "實存在當前臺灣社會。",
        [
            # 去（2024）年 states its year: absolute. The bureau whose report gives the count is the subject (round 7:
            # the pollster). 三倍 is a multiple (README), the later year's.
            D("去（2024）年", "2024"),
            F("64人", ["共諜案起訴人數", "起訴人數"], "2024", "result", "國安局"),
            D("2021年", "2021"),
            F("三倍", ["共諜案起訴人數", "起訴人數"], "2024", "result", "國安局"),
        ],
    )
)
_MIL = ["國軍", "中國"]
P.append(
    (
        "tw_president_news",
        39105,
        "中國更處心積慮對國軍",
        "諜案比例高達66%。",
        [
            # The sentence is about China's infiltration of the armed forces; the counts are of the forces' men.
            D("去年", "Y[-1]"),
            F("28人", ["現役軍人", "遭起訴的現役軍人"], "Y[-1]", "result", _MIL),
            F("43%", ["現役軍人", "共諜案比例"], "Y[-1]", "result", _MIL),
            F("15人", ["退役軍人", "遭起訴的退役軍人"], "Y[-1]", "result", _MIL),
            F("23%", ["退役軍人", "共諜案比例"], "Y[-1]", "result", _MIL),
            F("66%", ["共諜案比例", "占共諜案比例"], "Y[-1]", "result", _MIL),
        ],
    )
)
P.append(("tw_president_news", 39105, "我們更警覺到，中國近", "混淆自己的國家認同。", []))
P.append(("tw_president_news", 39105, "中國也將兩岸交流視為", "對臺灣內部的影響力。", []))
P.append(("tw_president_news", 39105, "我們也注意到，中國持", "灣青年赴中國的風險。", []))
P.append(("tw_president_news", 39105, "這樣的中國，已是我國", "和生活方式的時候了！", [D("今天", "Y-M-13")]))
P.append(("tw_president_news", 39105, "以下，我將針對臺灣當", "向大家進行詳細說明。", []))
P.append(("tw_president_news", 39105, "第一，在因應中國對國", "對國家主權之威脅方面", []))
P.append(
    (
        "tw_president_news",
        39105,
        "有主權，才有國家；有",
        "是我們要捍衛的現狀。",
        [
            # 去年520 is a date (README); 雙十國慶 a holiday with no date of its own (round 9's 今年雙十); 第一位 an
            # ordinal. 2,300萬臺灣人民 as round 2's.
            D("去年520", "Y[-1]-05-20"),
            D("1996年", "1996"),
            F("2,300萬", ["人民", "臺灣人民"], None, "result", ["中華民國臺灣", "臺灣"]),
        ],
    )
)
P.append(("tw_president_news", 39105, "臺灣社會最大共識，就", "對臺灣被中國所併吞。", []))
P.append(("tw_president_news", 39105, "策略一，請國安會、國", "全民共識與堅定決心。", []))
P.append(("tw_president_news", 39105, "策略二，請國安會、外", "臺灣主權的野心作為。", []))
P.append(("tw_president_news", 39105, "第二，在因應中國對國", "及間諜活動之威脅方面", []))
P.append(("tw_president_news", 39105, "策略一，全面檢討修正", "將交由軍事法院審判。", []))
P.append(("tw_president_news", 39105, "策略二， 進行相關配", "社會信任及充分支持。", []))
P.append(("tw_president_news", 39105, "策略三，為有效遏制現", "有效維護軍隊的紀律。", []))
P.append(("tw_president_news", 39105, "第三，在因應中國混淆", "對國家認同之威脅方面", []))
P.append(("tw_president_news", 39105, "策略一， 請內政部、", "國家認同的統戰操作。", []))
P.append(("tw_president_news", 39105, "策略二，對中國人士及", "，須有更多國安考量：", []))
P.append(("tw_president_news", 39105, "原籍中國人士申請來臺", "，不能兼具雙重身分。", []))
P.append(("tw_president_news", 39105, "有關香港及澳門人士申", "定，以符合實際需要。", []))
P.append(("tw_president_news", 39105, "第四，在因應中國藉兩", "會統戰滲透之威脅方面", []))
P.append(
    (
        "tw_president_news",
        39105,
        "策略一，鑑於赴中國旅",
        "行的可能意外及風險。",
        [
            # 113年元旦 is a calendar day (1 January of ROC 113), unlike a lunar holiday (round 9's 明年春節); 元旦迄今
            # spans from it to the release's month (round 4's 2017年…至今), written from the year. The council that
            # received the reports is the subject. 數倍 names no number.
            D("113年元旦", "2024-01-01"),
            F("71人", ["國人赴中失聯、遭留置、盤查或關押者", "赴中失聯"], "2024/Y-M", "result", ["陸委會"]),
            # The three were arrested in the month named; 一貫道 is part of the measure (round 9: 健保).
            F("3名", ["一貫道親", "年長的一貫道親"], "Y[-1]-12", "result"),
            D("去年12月", "Y[-1]-12"),
        ],
    )
)
P.append(("tw_president_news", 39105, "策略二，應落實中央及", "杜中國的干預與統戰。", []))
P.append(("tw_president_news", 39105, "策略三，對中國人士來", "臺交流進行風險管理：", []))
P.append(("tw_president_news", 39105, "中國人士來臺之審查及", "等相關因素納入考量。", []))
P.append(("tw_president_news", 39105, "應嚴格限制具有統戰背", "行具統戰性質之活動。", []))
P.append(("tw_president_news", 39105, "策略四，兩岸交流要避", "健康有序交流的初衷。", []))
P.append(("tw_president_news", 39105, "策略五，為遏制中國藉", "本土歷史文化的研究。", []))
P.append(("tw_president_news", 39105, "策略六，強化影藝從業", "危害國家尊嚴之言行。", []))
P.append(("tw_president_news", 39105, "策略七，相關主管機關", "認知作戰及危害資安。", []))
P.append(("tw_president_news", 39105, "策略八，為落實以上各", "社會溝通，盡速落實。", []))
P.append(("tw_president_news", 39105, "第五，因應中國藉「融", "臺商、臺青之威脅方面", []))
P.append(("tw_president_news", 39105, "策略一，請國安會會同", "經貿統戰及經濟脅迫。", []))
P.append(("tw_president_news", 39105, "策略二，請教育部會同", "設及發展臺灣的行列。", []))
P.append(
    (
        "tw_president_news",
        39105,
        "各位國人同胞，今年是",
        "不二之道，就是團結。",
        # 八十週年 is an anniversary, an ordinal (the 80th), not a count.
        [D("今年", "Y")],
    )
)
P.append(
    (
        "tw_president_news",
        39105,
        "面對日益嚴峻的威脅，政府不會停止努力，全力確保國家主權不受侵害，確保",
        "民的共同警覺和行動。",
        # The people, as round 2's 2,300萬; the sentence names no entity.
        [F("兩千三百萬", ["人民"], None, "result")],
    )
)
P.append(("tw_president_news", 39105, "每一位國民都是守護民", "犧牲國家利益的活動。", []))
P.append(("tw_president_news", 39105, "每個人的警覺與行動，", "有什麼可以擊倒我們。", []))
P.append(("tw_president_news", 39105, "包括副總統蕭美琴、總", "等亦出席是項記者會。", []))

# ------------------------------------------------------------------ release 39633, 2025-11-19 (held out)
# President Lai receives the dentists' association. All 8 paragraphs: 10 figures.
DOCS[("tw_president_news", 39633)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39633,
        "賴清德總統今（19）",
        "同打造「健康台灣」。",
        # 第15屆 is an ordinal, 「8020」 a name.
        [D("今（19）日", "Y-M-19")],
    )
)
P.append(("tw_president_news", 39633, "總統表示，身為醫界的", "持續強化的健康基礎。", []))
P.append(("tw_president_news", 39633, "總統說，牙醫師公會全", "區的力量，值得肯定。", [D("今年", "Y")]))
_MUCOSA = ["口腔黏膜檢查補助費", "補助費"]
P.append(
    (
        "tw_president_news",
        39633,
        "總統提到，守護健康從",
        "生或延誤診斷的風險。",
        [
            # 今年開始…從每人130元提升至250元: the level in force from this year (an enacted policy amount, a result,
            # though said with 將), its existing level the base, the year before (README: a base with no time of its
            # own). 每人 is a rate's base; WHO authored the strategy the sentence cites, not its subject.
            D("今年", "Y"),
            F("130元", _MUCOSA, "Y[-1]", "base"),
            F("250元", _MUCOSA, "Y", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39633,
        "總統同時提到，政府投",
        "一代健康的重要基礎。",
        [
            # Money spent on a programme with no time word: null (README: policy amounts). 0到5歲 and 3歲以下 are
            # age brackets (README); 現在 is the release's month.
            F("近6千萬元", ["兒童口腔親善之家"], None, "result"),
            F("100%", ["牙科就醫率", "兒童的牙科就醫率"], "Y-M", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39633,
        "總統表示，為了提升口",
        "造更具競爭力的環境。",
        [
            # This year's enacted spending and its rise: results, the ministry's. Next year's global budget of the
            # insurance's dental care is set by the government: a plan (round 9's 明年度健保總額), its growth from
            # 2023 the later year's (README: a change between two periods), a plan with it; 健保 is part of the measure.
            D("今年", "Y"),
            F("21.5億元", ["口腔衛生保健與防治等業務", "口腔衛生保健"], "Y", "result", ["衛福部"]),
            D("去年", "Y[-1]"),
            F("10.3億元", ["口腔衛生保健與防治等業務", "口腔衛生保健"], "Y", "result", ["衛福部"]),
            D("2023年", "2023"),
            F("508億元", ["牙科門診總額", "健保的牙科門診總額"], "2023", "base"),
            D("明年", "Y[+1]"),
            F("584億元", ["牙科門診總額", "健保的牙科門診總額"], "Y[+1]", "plan"),
            F("14.9%", ["牙科門診總額", "成長率"], "Y[+1]", "plan"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39633,
        "總統強調，現今隨著超",
        "0顆以上的自然牙齒。",
        [
            # 80歲 is an age used as a criterion (README: age brackets); the teeth kept are the vision's aim, at no
            # time: a target, WHO's (the sentence's named body).
            F("20顆以上", ["自然牙齒"], None, "target", ["WHO"]),
        ],
    )
)
P.append(("tw_president_news", 39633, "最後，總統期盼牙醫師", "「健康台灣」的願景。", []))

# ------------------------------------------------------------------ release 39299, 2025-06-20 (held out)
# President Lai at the fire agency's 30th anniversary and the opening of its training centre's second phase. All 7
# paragraphs: 5 figures. 30周年 is an anniversary (an ordinal), 第2期 / 第二期 / 二期 ordinals, 零死亡、零重大傷亡 a
# slogan with no measure (no figure), 「火線英雄，30傳承」 a name.
DOCS[("tw_president_news", 39299)] = {"script": "traditional", "text_date": None}
P.append(("tw_president_news", 39299, "賴清德總統今（20）", "更有韌性的消防環境。", [D("今（20）日", "Y-M-20")]))
P.append(
    (
        "tw_president_news",
        39299,
        "總統致詞時表示，今年",
        "的英雄、社會的超人。",
        [D("今年", "Y"), D("今天", "Y-M-20")],
    )
)
P.append(("tw_president_news", 39299, "總統指出，消防署是災", "整合，不斷充實量能。", []))
_MOI = ["內政部"]
P.append(
    (
        "tw_president_news",
        39299,
        "總統提到，為了達到這",
        "供更穩定的人力支援。",
        [
            # 24項 counts real programmes approved (round 9's 3項支柱協議), at no time; their total funds are spending
            # over years to come (round 7's 健康台灣深耕計畫 總經費): a plan. 內政部 is the clause's named body.
            F("24項", ["中程計畫"], None, "result", _MOI),
            F("約285億元", ["總經費", "中程計畫"], None, "plan", _MOI),
            # 從2019年起已增補 (no 至今) is done from its start to now (round 7: 去年開始推動…已完成 → Y[-1]/Y-M);
            # 中央 is a common noun. 去年到2028年 is one span; the people the government itself is to add over it
            # are its plan (以…為目標 of its own hiring, as README's 淘汰…380万辆).
            D("2019年", "2019"),
            F("3,000名", ["消防人力"], "2019/Y-M", "result"),
            D("去年到2028年", "Y[-1]/2028"),
            F("3,000人", ["消防人力"], "Y[-1]/2028", "plan"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39299,
        "總統表示，今天大家所",
        "防救訓練及交流基地。",
        [
            # 世界第三大 is a rank; 歷年 and 這些年來 are vague. 預估 marks a forecast; the training centre is a common
            # noun.
            D("今天", "Y-M-20"),
            D("去年", "Y[-1]"),
            D("今年", "Y"),
            F("超過29萬8千人天次", ["預估訓練量", "訓練量"], "Y", "forecast"),
        ],
    )
)
P.append(("tw_president_news", 39299, "總統強調，從職安制度", "更有韌性的消防環境。", [D("今天", "Y-M-20")]))
P.append(("tw_president_news", 39299, "隨後，總統與現場貴賓", "表等亦出席是項活動。", []))

# ------------------------------------------------------------------ release 39450, 2025-09-13 (held out)
# President Lai at the culture association's 2025 tea party. All 14 paragraphs: 8 figures.
DOCS[("tw_president_news", 39450)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39450,
        "賴清德總統今（13）",
        "屬於臺灣的文化未來。",
        # An event's name that states its year is a date (round 8).
        [D("今（13）日", "Y-M-13"), D("2025", "2025")],
    )
)
P.append(("tw_president_news", 39450, "總統致詞時表示，很高", "表演者表達肯定之意。", []))
P.append(
    (
        "tw_president_news",
        39450,
        "總統說，自從接任文總",
        "客再次感受臺灣之美。",
        [
            # 第六屆 is an ordinal. The visits 累積 at the festival held last month take its month (round 7: a count
            # dated by its sentence's day); the festival is the clause's named subject.
            D("上個月", "Y-M[-1]"),
            F("70萬人次", ["造訪", "TAIWAN PLUS"], "Y-M[-1]", "result", ["TAIWAN PLUS"]),
            D("今年", "Y"),
        ],
    )
)
# 幾十年來 is vague.
P.append(("tw_president_news", 39450, "總統說，文化是國家的", "元、包容的偉大國家。", []))
P.append(("tw_president_news", 39450, "總統指出，文化界先進", "人共同支持的好作品。", []))
_MOC = ["文化部"]
P.append(
    (
        "tw_president_news",
        39450,
        "總統提到，今年度文化",
        "算支持臺灣文化發展。",
        [
            # This year's enacted budget (cut and frozen, but enacted) is a result, next year's proposal a plan (round
            # 7); the ministry is named in the sentence.
            D("今年度", "Y"),
            D("今年度", "Y"),
            F("290億元", ["文化部主管預算", "預算"], "Y", "result", _MOC),
            D("明年度", "Y[+1]"),
            F("297億元", ["預算", "文化部主管預算"], "Y[+1]", "plan", _MOC),
        ],
    )
)
_COIN = ["文化幣"]
P.append(
    (
        "tw_president_news",
        39450,
        "總統接著說，除了支持",
        "，擴大文化經濟規模。",
        [
            # 點 of the culture coin is a measure (README: 點); 16到22歲, 13到15歲, 13到22歲 are age brackets. The
            # amount 原來 in force has no time word (README: a policy amount, null); this year's trial is enacted
            # (result), next year's issue a plan; 目前 the release's month.
            F("1200點", _COIN, None, "result"),
            D("今年", "Y"),
            F("600點", _COIN, "Y", "result"),
            F("145萬人", ["領取", "文化幣"], "Y-M", "result"),
            F("超過7成", ["整體領取率", "領取率"], "Y-M", "result"),
            D("明年", "Y[+1]"),
            F("1200點", _COIN, "Y[+1]", "plan"),
        ],
    )
)
P.append(("tw_president_news", 39450, "總統提到，去年8月小", "內容，發展臺流經濟。", [D("去年8月", "Y[-1]-08")]))
P.append(
    (
        "tw_president_news",
        39450,
        "總統同時提到，政府並",
        "捷克國家博物館展出。",
        # Events named with their year (round 8); 現在 is vague where it states no figure.
        [D("2024", "2024"), D("2025", "2025"), D("2025", "2025")],
    )
)
P.append(
    (
        "tw_president_news",
        39450,
        "總統也提到，政府也鼓",
        "促進臺灣的藝文振興。",
        # 第1座 is an ordinal.
        [D("今年", "Y"), D("今年3月", "Y-03")],
    )
)
P.append(
    (
        "tw_president_news",
        39450,
        "總統表示，明年政府將",
        "種子，持續成長茁壯。",
        [D("明年", "Y[+1]"), D("2026年", "2026")],
    )
)
P.append(("tw_president_news", 39450, "總統再次感謝所有文化", "屬於臺灣的文化未來。", []))
P.append(("tw_president_news", 39450, "隨後，總統與現場貴賓", "親自體驗製作酸柑茶。", []))
P.append(("tw_president_news", 39450, "包括總統府國策顧問顧", "慶等亦出席是項活動。", []))

# ------------------------------------------------------------------ release 39638, 2025-11-21 (held out)
# President Lai in Changhua on the sale of public farmland to its tenants, and on labour insurance. All 9 paragraphs:
# 9 figures.
DOCS[("tw_president_news", 39638)] = {"script": "traditional", "text_date": None}
P.append(("tw_president_news", 39638, "賴清德總統今（21）", "行各業都能安定前進。", [D("今（21）日", "Y-M-21")]))
P.append(("tw_president_news", 39638, "總統抵達後，首先聽取", "了解國有地出租情形。", []))
P.append(("tw_president_news", 39638, "總統表示，臺灣以農立", "更凸顯農民的重要性。", []))
# 在蔡英文前總統任內 is an era named by a president; 多項 names no number.
P.append(("tw_president_news", 39638, "總統提到，在蔡英文前", "提高年輕人投入意願。", []))
_CH = ["彰化溪州", "溪州"]
P.append(
    (
        "tw_president_news",
        39638,
        "總統說，今天特別來到",
        "就是為了扶持自耕農。",
        [
            # 多次 names no number; 1年多 is a length (README: durations). The meetings held so far, in a clause
            # opened by 現在: the release's month. 至今 is vague.
            D("今天", "Y-M-21"),
            D("2003年", "2003"),
            D("1999年", "1999"),
            F("超過100場", ["會議"], "Y-M", "result"),
            D("今天", "Y-M-21"),
            D("1976年9月24日", "1976-09-24"),
            # 目前 times the whole sentence (且 joins its clauses); 約有 is a verb between (round 8: 約有1萬人 → the
            # figure alone); 將近 is an approximator (README: 近). Changhua's Xizhou is the clause's named place.
            F("約4,440多位", ["農民", "放領的對象"], "Y-M", "result"),
            F("2千公頃", ["國有平地耕地、養殖用地面積", "面積", "國有平地耕地"], "Y-M", "result"),
            F("309筆", ["土地", "土地面積"], "Y-M", "result", _CH),
            F("將近57公頃", ["土地面積"], "Y-M", "result", _CH),
        ],
    )
)
# 這三項基本條件 is the speaker's list; 目前 states no figure.
P.append(("tw_president_news", 39638, "總統進一步說明，只要", "讓這項政策具體落實。", []))
P.append(
    (
        "tw_president_news",
        39638,
        "總統提到，除了農民，",
        "，希望大家一起努力。",
        [
            F("1,053萬人", ["參加勞保", "勞保"], "Y-M", "result", ["全臺灣", "臺灣"]),
            # 自2019年起…近7年來共撥補: 近7年 is a date anchored at the document (README: 近5年 → 2021/2025), 來 not
            # changing it; the total paid over it spans from 2019 to this year. 蔡前總統 is a person, 公務預算 part of
            # the measure.
            D("2019年", "2019"),
            D("近7年來", "Y[-6]/Y"),
            F("5,178億元", ["公務預算", "撥補勞保基金", "勞保基金"], "2019/Y", "result"),
            # 這幾年 is vague; 現在 gives the fund's level now the release's month, its 由… base the state before the
            # subsidies began (README: the year before the span's first), absolute (2019 is named).
            F("7,188億元", ["勞保基金", "基金"], "2018", "base"),
            F("1兆2,484億元", ["勞保基金", "基金"], "Y-M", "result"),
            # 每3年 and 每年 are frequencies.
            D("昨天", "Y-M-20"),
            D("今天", "Y-M-21"),
        ],
    )
)
P.append(("tw_president_news", 39638, "總統強調，即使分屬不", "化，讓國家越來越好。", []))
P.append(("tw_president_news", 39638, "包括內政部長劉世芳、", "傑等亦出席是項活動。", []))
