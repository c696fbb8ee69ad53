"""Round 8 of the hand annotations, the tuned-on half (issue 19, 2026-12-06): period, stance, label and subject.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_8.py`` (seed 198) before any of them was read; every item
here was written by reading the paragraph, with no extractor run on these
documents. The held-out half (the 1956 and 2025 reports, releases 39056,
39188, 39319) is annotated apart, in ``hand_annotations_8_held.py``, by
another annotator; neither saw the other's documents. The conventions are
rounds 2 to 7's (``hand_annotations_2.py`` to ``_7.py`` and the README);
``build_gold.py`` locates the strings and writes ``figures.jsonl``.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1995 report (tuned on)
# Li Peng's report of March 1995: full-width digits, percentages in Chinese numerals, no dateline. Its first drawn
# paragraph (section 六, Hong Kong's return) has no figure; the second, under the heading 一、１９９４年国内工作的回顾,
# has 20.
DOCS[("gov_work_reports", 1995)] = {"script": "simplified", "text_date": None}
P.append(
    (
        "gov_work_reports",
        1995,
        "实现祖国统一，是大势所趋，人心所向。",
        "对促进澳门的社会稳定和经济发展起了积极作用。",
        [
            # 今天 is the day the report was given; the record knows its year only, so it is written as the year (as
            # 今年): the day itself (5 March, 849 days before the handover) is not in the text.
            D("今天", "Y"),
            D("１９９７年７月１日", "1997-07-01"),
            # 只有８４９天了 is a countdown, a length of time (README: durations), not a figure.
            D("过去一年", "Y[-1]"),
        ],
    )
)
# Under a heading that states its year (一、１９９４年国内工作的回顾), a figure with no time word of its own is that
# year, absolute, with or without a document date (round 6's 2021, round 7's 2018); 全年 is that year and 上年 the one
# before it (round 4's 2010 report: 上年 is the year before the reviewed one), both absolute.
_REVIEWED = "1994"
_BEFORE = "1993"
P.append(
    (
        "gov_work_reports",
        1995,
        "国内生产总值达到４３８００亿元",
        "宏观调控取得积极成效。",
        [
            # 我国 names no entity: no subject anywhere in the report's paragraphs.
            F("４３８００亿元", ["国内生产总值"], _REVIEWED, "result"),
            D("上年", _BEFORE),
            F("百分之十一点八", ["国内生产总值"], _REVIEWED, "result"),
            F("百分之三点五", ["农业增加值"], _REVIEWED, "result"),
            F("４４４５亿公斤", ["粮食总产量"], _REVIEWED, "result"),
            D("上年", _BEFORE),
            # The fall against the year before (减产) is the later year's (README: a change between two years).
            F("１２０亿公斤", ["粮食总产量", "粮食"], _REVIEWED, "result"),
            F("百分之十八", ["全国工业增加值", "工业增加值"], _REVIEWED, "result"),
            F("百分之六", ["交通运输业增加值"], _REVIEWED, "result"),
            # 由上年的…回落到…: the earlier side a base at its own year. 提前一年 and 二期 are a length and an ordinal.
            D("上年", _BEFORE),
            F("百分之五十八点六", ["固定资产投资增长幅度", "固定资产投资"], _BEFORE, "base"),
            F("百分之二十七点八", ["固定资产投资增长幅度", "固定资产投资"], _REVIEWED, "result"),
            D("全年", _REVIEWED),
            F(
                "１５００多万千瓦",
                ["新增大中型发电机组容量", "大中型发电机组容量", "发电机组容量", "大中型发电机组"],
                _REVIEWED,
                "result",
            ),
            F("３３００多公里", ["铁路新线和复线", "铁路新线"], _REVIEWED, "result"),
            F("１９００公里", ["高等级公路"], _REVIEWED, "result"),
            F("近２６００万吨", ["港口吞吐能力"], _REVIEWED, "result"),
            F("近１９００万门", ["电话交换机"], _REVIEWED, "result"),
            F("百分之七点八", ["社会商品零售总额"], _REVIEWED, "result"),
            D("全年", _REVIEWED),
            F("２３６７亿美元", ["进出口总额", "对外贸易"], _REVIEWED, "result"),
            F("百分之二十点九", ["进出口总额"], _REVIEWED, "result"),
            F("５１６亿美元", ["国家外汇储备", "外汇储备"], _REVIEWED, "result"),
            F("１．４倍", ["国家外汇储备", "外汇储备"], _REVIEWED, "result"),
            F("３３０多亿美元", ["外商直接投资", "实际金额"], _REVIEWED, "result"),
        ],
    )
)

# ------------------------------------------------------------------ 2008 report (tuned on)
# Wen Jiabao's report of March 2008, the end of a term: 一、 过去五年工作回顾 (2003-2007, no years named) and
# 二、2008年主要任务. No dateline. Its first three drawn paragraphs reach 15 figures.
DOCS[("gov_work_reports", 2008)] = {"script": "simplified", "text_date": None}
P.append(
    (
        "gov_work_reports",
        2008,
        "今年国民经济和社会发展的预期目标是：",
        "国际收支状况有所改善。",
        [
            D("今年", "Y"),
            F("8%左右", ["国内生产总值", "国内生产总值增长"], "Y", "target"),
            F("4.8%左右", ["居民消费价格总水平涨幅", "居民消费价格总水平", "居民消费价格"], "Y", "target"),
            F("1000万人", ["城镇新增就业"], "Y", "target"),
            F("4.5%左右", ["城镇登记失业率"], "Y", "target"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2008,
        "合理安排财政超收收入。去年全国财政比年度预算超收",
        "拟增加中央预算稳定调节基金1032亿元。",
        [
            # 年度预算 is a kind of budget (a frequency word), no date. 中央财政 is part of the measure's name, as
            # round 7's 中央财政赤字: no subject.
            D("去年", "Y[-1]"),
            F("7239亿元", ["财政超收收入", "全国财政超收", "超收收入", "超收"], "Y[-1]", "result"),
            F("4168亿元", ["中央财政超收", "超收收入", "超收"], "Y[-1]", "result"),
            # What last year's excess revenue (超预算收入, the sentence before's 去年…超收) pays for is last year's
            # money: Y[-1], though the sentence has no time word of its own and stands under 二、2008年主要任务 (the
            # heading's year is for what has no time at all; this money has one). The deficit cut, told without 拟,
            # is done (a result); the addition to the fund, 拟增加, the government's plan.
            F("450亿元", ["财政赤字", "削减财政赤字"], "Y[-1]", "result"),
            F("1032亿元", ["中央预算稳定调节基金", "预算稳定调节基金"], "Y[-1]", "plan"),
        ],
    )
)
# Under 一、 过去五年工作回顾 (no years named): what was done in the five years gets their span, relative (round 7's
# 2018: 五年来 and the heading 过去五年工作回顾 → Y[-5]/Y[-1]); 五年累计 and 五年新增 restate it and are not written as
# dates (round 5: a clause opening with a count of years spans up to its year).
_FIVE_YEARS = "Y[-5]/Y[-1]"
_SANNONG = ["中央财政用于“三农”的支出", "“三农”的支出", "三农支出"]
P.append(
    (
        "gov_work_reports",
        2008,
        "我们从加强农业基础入手，把促进粮食增产和农民增收作为首要任务",
        "为整个经济社会的稳定和发展发挥了重要作用。",
        [
            # 每年 is a frequency: the relief each year since the taxes were abolished is a policy amount with no year
            # (README; round 7: a yearly budget under 每年 is null), in force: a result.
            F("1335亿元", ["农民负担", "减轻农民负担"], None, "result"),
            F("1.6万亿元", _SANNONG, _FIVE_YEARS, "result"),
            F("近3000亿元", ["农村基础设施建设"] + _SANNONG, _FIVE_YEARS, "result"),
            F("666.7万公顷", ["节水灌溉面积", "新增节水灌溉面积"], _FIVE_YEARS, "result"),
            F("1650万户", ["沼气用户", "新增沼气用户"], _FIVE_YEARS, "result"),
            F("130万公里", ["农村公路", "新建改建农村公路"], _FIVE_YEARS, "result"),
            # The number with its magnitude only (README: 5575万农村贫困人口); 亿万农民 names no number.
            F("9748万", ["农村人口", "农村人口饮水困难", "饮水困难和饮水安全问题", "饮水困难"], _FIVE_YEARS, "result"),
        ],
    )
)

# ------------------------------------------------------------------ release 28156, 2024-01-19 (tuned on)
# Vice President Lai opens an appliance fair. All 9 paragraphs: 9 figures.
DOCS[("tw_president_news", 28156)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        28156,
        "賴清德副總統今（19）日上午出席「2024電器空調影音3C年終購物節開幕典禮」",
        "「我們大家一起努力」。",
        [
            D("今（19）日", "Y-M-19"),
            # An event's name that states its year is a date (round 2's 2023年民主指數, round 7's 2050淨零碳排);
            # 3C is a name.
            D("2024", "2024"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28156,
        "副總統致詞時表示，今天非常高興再度受邀出席",
        "對他來說意義重大。",
        # 擔任行政院長時 is an era, no date.
        [D("今天", "Y-M-19"), D("2024", "2024")],
    )
)
P.append(
    (
        "tw_president_news",
        28156,
        "副總統指出，今天的年終購物展有最先進",
        "歡迎國人多多利用機會選購。",
        [D("今天", "Y-M-19")],
    )
)
P.append(
    (
        "tw_president_news",
        28156,
        "副總統表示，因應氣候變遷，臺灣身為地球村的一員",
        "期盼大家協助政府提高能源效率。",
        [D("2050", "2050")],
    )
)
_EFFICIENCY = ["設備能源效率年均改善", "能源效率年均改善", "設備能源效率", "能源效率"]
_COP = ["聯合國氣候變遷大會", "COP 28", "COP28", "第28屆聯合國氣候變遷大會"]
P.append(
    (
        "tw_president_news",
        28156,
        "副總統指出，第28屆聯合國氣候變遷大會",
        "幫助企業界改善設備、生產流程。",
        [
            # An initiative's aim (希望…從2%提升至4%) placed at no time: the aim a target, the level it starts from a
            # base, both null (a base with no time of its own takes the time before its change, here none). 第28屆
            # is an ordinal, 能源效率一級 a grade.
            F("2%", _EFFICIENCY, None, "base", _COP),
            F("4%", _EFFICIENCY, None, "target", _COP),
        ],
    )
)
_RESERVE = ["備轉容量率", "臺灣備轉容量率"]
P.append(
    (
        "tw_president_news",
        28156,
        "副總統提到，臺灣備轉容量率最低的是2016年5月的1.64%",
        "政府會持續提供更穩定的供電。",
        [
            D("2016年5月", "2016-05"),
            F("1.64%", _RESERVE, "2016-05", "result", "臺灣"),
            # 現在 gives the release's month (README) to the level now and, in the same sentence, off-peak; 約在 has
            # a verb between the approximator and the number (round 5's 約有1萬人): the range alone.
            F("10至15%", _RESERVE, "Y-M", "result", "臺灣"),
            F("20%", _RESERVE + ["非尖峰時段"], "Y-M", "result", "臺灣"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28156,
        "副總統認為，節能要比開發更優先",
        "「我們大家一起努力」。",
        [
            # What one company saved, at no time: a result, null; the company the clause names.
            F("5成", ["用電", "省下用電"], None, "result", "台達電"),
            # The firms a coming measure is aimed at and their share of use are a state (a count of firms, not the
            # speaker's list; 前 ranks them by use): results with no time (未來 is vague). The saving that would
            # equal a nuclear plant (只要節省10%的電) is an outcome aimed at, a target, null. 一座核電廠 is an article
            # before the unit compared with, not a count.
            F("2萬多家", ["企業", "用電量前2萬多家", "用電大戶"], None, "result", "臺灣"),
            F("約60%", ["用電量", "佔用電量"], None, "result", "臺灣"),
            F("10%", ["用電", "節省的電", "節電"], None, "target", "臺灣"),
        ],
    )
)
P.append(("tw_president_news", 28156, "隨後，副總統與現場貴賓一起進行開幕儀式", "並參觀展場攤位。", []))
P.append(
    (
        "tw_president_news",
        28156,
        "包括總統府國策顧問、中華民國電器同業公會全國聯合會理事長廖全平",
        "等亦出席是項活動。",
        [],
    )
)

# ------------------------------------------------------------------ release 28370, 2024-04-30 (tuned on)
# President Tsai receives the model workers. All 10 paragraphs: 9 figures (the minimum wage twice).
DOCS[("tw_president_news", 28370)] = {"script": "traditional", "text_date": None}
_WAGE = ["基本工資"]
_HOURLY = ["時薪", "基本工資時薪", "基本工資"]
P.append(
    (
        "tw_president_news",
        28370,
        "蔡英文總統今（30）日上午接見「113年全國模範勞工",
        "逐步落實政府對勞工經濟、生活的保障。",
        [
            D("今（30）日", "Y-M-30"),
            # An award's ROC year (README: 114年度 is 2025), named as 2024電器…購物節's is.
            D("113年", "2024"),
            # 連續8年 is a duration. 從2016年的…到今年的…: the earlier side a base at its year, this year's enacted
            # wage a result (README: enacted policy amounts). 政府 is a common noun: no subject.
            D("2016年", "2016"),
            F("20,008元", _WAGE, "2016", "base"),
            D("今年", "Y"),
            F("27,470元", _WAGE, "Y", "result"),
            D("2016年", "2016"),
            F("120元", _HOURLY, "2016", "base"),
            D("今年", "Y"),
            F("183元", _HOURLY, "Y", "result"),
            D("今年", "Y"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28370,
        "總統致詞時表示，明天就是五一勞動節",
        "為臺灣發展所做的貢獻。",
        [
            # 明天 on 30 April is 1 May (the month's turn written M[+1]); 五一勞動節 is a holiday, no date of its own
            # (round 7: 耶誕節, 行憲紀念日).
            D("明天", "Y-M[+1]-01"),
            D("今天", "Y-M-30"),
        ],
    )
)
P.append(
    ("tw_president_news", 28370, "總統說，今天現場的得獎人來自各行各業", "真的非常不簡單。", [D("今天", "Y-M-30")])
)
P.append(
    (
        "tw_president_news",
        28370,
        "總統提到，現場的模範移工得獎人來自菲律賓",
        "共同分享獲獎的喜悅。",
        [D("今天", "Y-M-30")],
    )
)
P.append(
    (
        "tw_president_news",
        28370,
        "總統說，因為時間的關係，雖然無法一一介紹大家的事蹟",
        "臺灣才能在各項挑戰中持續站穩腳步。",
        [],
    )
)
P.append(
    (
        "tw_president_news",
        28370,
        "總統談到，過去8年來，政府也透過各項行動",
        "調升到今年的183元。",
        [
            # 過去8年來 is round 7's 過去8年 (Tsai's two terms, Y[-8]/Y[-1]) with 來; the figures name their own years.
            D("過去8年來", "Y[-8]/Y[-1]"),
            D("2016年", "2016"),
            F("20,008元", _WAGE, "2016", "base"),
            D("今年", "Y"),
            F("27,470元", _WAGE, "Y", "result"),
            D("2016年", "2016"),
            F("120元", _HOURLY, "2016", "base"),
            D("今年", "Y"),
            F("183元", _HOURLY, "Y", "result"),
        ],
    )
)
P.append(
    ("tw_president_news", 28370, "總統指出，勞工朋友和產業界都很關注的《最低工資法》", "生活的保障。", [D("今年", "Y")])
)
P.append(
    (
        "tw_president_news",
        28370,
        "總統說，為了持續打造友善、安全的工作環境",
        "未來政府也會持續讓勞保能有一個穩定的財務。",
        [
            D("今年3月", "Y-03"),
            # 從2020年到現在…一共撥補: done from a named start up to now, the span from it to the release's month
            # (round 4's 2017年…至今 → 2017/Y-M; round 7's 去年開始…已完成). 現在 is vague and not written itself.
            D("2020年", "2020"),
            F("2,670億元", ["勞保基金", "撥補挹注勞保基金", "撥補勞保基金"], "2020/Y-M", "result"),
        ],
    )
)
P.append(("tw_president_news", 28370, "最後，總統再次恭喜大家獲獎", "有更豐碩的收穫和成果。", []))
P.append(("tw_president_news", 28370, "訪賓一行由勞動部長許銘春陪同", "總統府秘書長林佳龍也在座。", []))

# ------------------------------------------------------------------ release 28395, 2024-05-13 (tuned on)
# President Tsai decorates 13 officials a week before leaving office. A short release in figures: all 22 drawn
# paragraphs hold 4 (rankings are ordinals, README).
DOCS[("tw_president_news", 28395)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        28395,
        "蔡英文總統今（13）日上午頒授副總統賴清德等13名政務人員勳章",
        "大家都會繼續為臺灣一起努力打拚。",
        [
            D("今（13）日", "Y-M-13"),
            # Round 7's 28398 (16人): those decorated today, the day; the president acts, the vice president leads them.
            F("13名", ["政務人員", "勳章", "受勳"], "Y-M-13", "result", ["蔡英文", "賴清德"]),
        ],
    )
)
# 一等, 二等 are grades of the orders.
P.append(("tw_president_news", 28395, "總統抵達後，首先頒授副總統賴清德「中山勳章」", "「二等景星勳章」。", []))
P.append(
    (
        "tw_president_news",
        28395,
        "總統授勳後致詞表示，今天的授勳典禮是要感謝各位",
        "打造一個更好的國家。",
        # 第一哩路 is an idiom.
        [D("今天", "Y-M-13"), D("過去8年", "Y[-8]/Y[-1]")],
    )
)
P.append(
    (
        "tw_president_news",
        28395,
        "總統指出，像是「現在不做，馬上就會後悔」的年金改革",
        "確保未來世代的福祉。",
        # 上任後的一個月 is a length after an event; only the year is written.
        [D("2016年", "2016")],
    )
)
P.append(("tw_president_news", 28395, "總統提到，我們也推動前瞻基礎建設計畫", "讓臺灣經濟脫胎換骨。", []))
P.append(("tw_president_news", 28395, "總統說，能源轉型也不再只是政策白皮書上的文字。", "為下一代創造永續的未來。", []))
P.append(("tw_president_news", 28395, "總統表示，為了追求社會真正的和解", "是一件多麼美好的事情。", []))
P.append(("tw_president_news", 28395, "總統指出，這些改革都是臺灣民主的進程。", "也持續深化與臺灣的合作。", []))
P.append(("tw_president_news", 28395, "總統認為，臺灣邁向公平正義、走向世界的這條路", "可以平等對話。", []))
P.append(("tw_president_news", 28395, "總統感謝賴清德副總統，和她一起「在路上」", "打造溫暖堅韌的臺灣。", []))
P.append(("tw_president_news", 28395, "總統說，她也要謝謝每一位臺灣人民。", "共同為臺灣的改變感到自信和光榮。", []))
P.append(("tw_president_news", 28395, "總統再次感謝現場每一位執政團隊的夥伴", "都會繼續為臺灣一起努力打拚。", []))
P.append(
    (
        "tw_president_news",
        28395,
        "陳建仁院長代表致詞時，首先感謝蔡總統在2016年開始",
        "讓臺灣能夠向前邁進。",
        [D("2016年", "2016")],
    )
)
# 六個名詞 is the speaker's list (README: 三大目標); 第一 an ordinal.
P.append(("tw_president_news", 28395, "陳院長也以六個名詞來形容執政團隊", "但我們終於做到。", []))
P.append(
    (
        "tw_president_news",
        28395,
        "陳院長說，第二，講求效率的團隊。",
        "達成目標。",
        [
            # A yearbook's name that states its year is a date (round 2's 2023年民主指數); 第19名, 第12名 are ranks.
            D("2023年", "2023"),
            D("2016年", "2016"),
            D("2023年", "2023"),
            D("2020年", "2020"),
            # Days with no case are a count of days it happened (round 7's 59日 of dust storms), in 2020; the clause
            # is about 臺灣's efficiency.
            F("252天", ["零確診", "零確診天數"], "2020", "result", "臺灣"),
            # 當年 points back to 2020 (as 隔年, README) and 過去4年 counts from it: a span the text places, absolute
            # with or without a document date (round 4's 这八年 after 从一九七八年到一九八五年).
            D("當年", "2020"),
            D("過去4年", "2020/2023"),
            # Cash handed out 疫後 (an era, no date): a policy carried out, a result with no time; no entity named.
            F("6,000元", ["現金", "發放現金", "疫後發放現金"], None, "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28395,
        "陳院長接著說，第三，提升國家競爭力的團隊。",
        "也讓全世界看到臺灣。",
        [
            # A population threshold (README: kept as a count), placed at no time; the ranking it qualifies is
            # 臺灣's in IMD's table. 連續3年 is a duration, 每千人 a rate's base; 第6名, 第1, 第4名, 第9名 ranks.
            F("2,000萬人以上", ["國家", "2,000萬人以上的國家", "人口"], None, "result", ["臺灣", "IMD"]),
            D("2024", "2024"),
        ],
    )
)
# 8年級生 is a school grade, 108課綱 a curriculum's name (as “十三五”规划, README: a plan's name is no date).
P.append(
    ("tw_president_news", 28395, "陳院長指出，第四，捍衛自由民主人權的團隊。", "走向更好的未來。", [D("2023", "2023")])
)
P.append(("tw_president_news", 28395, "陳院長說，第五，照顧弱勢的團隊。", "「真正的權力是服務」。", []))
P.append(("tw_president_news", 28395, "陳院長接著說，第六，全球驚艷的團隊。", "常存謙卑的心」。", []))
P.append(("tw_president_news", 28395, "陳院長表示，2016年蔡總統當選時", "做到這一點。", [D("2016年", "2016")]))
P.append(
    (
        "tw_president_news",
        28395,
        "最後，陳院長也祝福今天受贈「中山勳章」的賴副總統",
        "科技的發展都更上層樓。",
        [D("今天", "Y-M-13")],
    )
)
P.append(("tw_president_news", 28395, "在場觀禮者尚包括林佳龍秘書長夫人廖婉如女士", "等親屬。", []))
