"""Round 9 of the hand annotations, the tuned-on half (issue 19, 2026-12-07): period, stance, label and subject.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_9.py`` (seed 199) before any of them was read; every item
here was written by reading the paragraph, with no extractor run on these
documents. The held-out half (the 1997 and 2002 reports, releases 39052,
39462, 39738) is annotated apart, in ``hand_annotations_9_held.py``, by
another annotator; neither saw the other's documents. The conventions are
rounds 2 to 8's (``hand_annotations_2.py`` to ``_8.py`` and the README);
``build_gold.py`` locates the strings and writes ``figures.jsonl``.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1958 report (tuned on)
# Bo Yibo's report on the 1958 national economic plan (draft), given in February 1958: Chinese numerals, no dateline.
# Both drawn paragraphs stand under the heading （三）一九五八年国民经济各部门发展计划的安排 (第二、关于工业生产), and
# the first two reach 12 figures.
DOCS[("gov_work_reports", 1958)] = {"script": "simplified", "text_date": None}
# Under a heading that states its year, a figure with no time word of its own is that year, absolute, with or without
# a document date (round 8's １９９４年, round 6's 2021); 上一年 is 上年, the year before it, absolute too.
_PLANNED = "1958"
# The plan's output (拟定为, 将比…增长, 为 in the plan) is an outcome it aims at, a target, as the 1955 report's
# enrolments (round 7) and the 1956 report's pupils (round 8, held out): the government's own spending or building
# would be its plan; the growth against 1957 is the later year's (README: a change between two years).
P.append(
    (
        "gov_work_reports",
        1958,
        "一九五八，将积极发展燃料、电力和原材料的生产",
        "争取较多地超过原定的指标。",
        [
            # The year opens the paragraph without 年 (一九五八，): still a year the text states. 本年度 is this
            # year (as 今年度), written Y as a report's 今年 is, though the heading names it.
            D("一九五八", "1958"),
            D("本年度", "Y"),
            F("六百二十四万八千吨", ["钢产量", "钢"], _PLANNED, "target"),
            D("一九五七年", "1957"),
            F("百分之十九点二", ["钢产量", "钢"], _PLANNED, "target"),
            F("二百二十四亿五千万度", ["发电量"], _PLANNED, "target"),
            D("一九五七年", "1957"),
            F("百分之十八", ["发电量"], _PLANNED, "target"),
            F("一亿五千零七十二万四千吨", ["原煤产量", "原煤"], _PLANNED, "target"),
            D("一九五七年", "1957"),
            F("百分之十七点二", ["原煤产量", "原煤"], _PLANNED, "target"),
            # 分别 gives each product its own growth.
            D("一九五七年", "1957"),
            F("百分之九点四", ["木材的产量", "木材产量", "木材"], _PLANNED, "target"),
            F("百分之十四点五", ["水泥的产量", "水泥产量", "水泥"], _PLANNED, "target"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1958,
        "在工业和手工业总产值中，生产资料的生产为",
        "比一九五七年也快得多了。",
        [
            # The paragraph after 一九五八年工业总产值计划达到…: no time word of its own, the heading's year; its
            # comparison with 一九五七年 confirms it. 我国 appears nowhere here: no subject in either paragraph.
            F("三百五十六亿六千万元", ["生产资料的生产", "生产资料"], _PLANNED, "target"),
            D("上一年", "1957"),
            F("百分之十八点八", ["生产资料的生产", "生产资料"], _PLANNED, "target"),
            F("三百九十亿八千万元", ["消费资料的生产", "消费资料"], _PLANNED, "target"),
            D("上一年", "1957"),
            F("百分之九点七", ["消费资料的生产", "消费资料"], _PLANNED, "target"),
            D("一九五七年", "1957"),
        ],
    )
)

# ------------------------------------------------------------------ 2013 report (tuned on)
# Wen Jiabao's report of March 2013, the end of a term: 一、过去五年工作回顾 (2008-2012, no years named in the heading).
# No dateline. Its first two drawn paragraphs reach 16 figures.
DOCS[("gov_work_reports", 2013)] = {"script": "simplified", "text_date": None}
# 第十一届全国人民代表大会第一次会议以来的五年 (March 2008 to now) is a count of years since an event the text does not
# date, as 五年来 (round 7's 2018, not written as a date); what it says was done gets the span, relative, as does a
# sentence with no time word under the heading 过去五年工作回顾 (round 7's 2018, round 8's 2008).
_FIVE_YEARS = "Y[-5]/Y[-1]"
# A level the five years reached (达到, 增加到, 超过) is the span's last year's (round 6's 2011: a five-year span's level
# is its last year's), its 从…增加到 base with no time of its own the year before the span's first (README: 1997 in a
# review of 1998-2002).
_END = "Y[-1]"
_BEFORE = "Y[-6]"
P.append(
    (
        "gov_work_reports",
        2013,
        "第十一届全国人民代表大会第一次会议以来的五年",
        "谱写了中国特色社会主义事业新篇章。",
        [
            # 世界第二位 is a rank; “九连增” and “十一五”规划, “十二五”规划 are names; 第一艘 an ordinal. 我国 names no
            # entity: no subject in the report's paragraphs.
            F("26.6万亿元", ["国内生产总值"], _BEFORE, "base"),
            F("51.9万亿元", ["国内生产总值"], _END, "result"),
            F("5.1万亿元", ["公共财政收入", "财政收入"], _BEFORE, "base"),
            F("11.7万亿元", ["公共财政收入", "财政收入"], _END, "result"),
            # 累计 and 年均 over the five years: their span.
            F("5870万人", ["新增城镇就业", "累计新增城镇就业", "城镇就业"], _FIVE_YEARS, "result"),
            F("8.8%", ["城镇居民人均可支配收入", "人均可支配收入"], _FIVE_YEARS, "result"),
            F("9.9%", ["农村居民人均纯收入", "人均纯收入"], _FIVE_YEARS, "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2013,
        "五是坚持把人民利益放在第一位，着力保障和改善民生。",
        "社会保持和谐稳定。",
        [
            # 五是 is a section number, 第一位 an idiom's ordinal. 五年累计 restates the span and is not written as a
            # date (round 8's 2008); the jobs 实现 in the same sentence are the span's too.
            F("1973亿元", ["就业专项资金", "投入就业专项资金"], _FIVE_YEARS, "result"),
            F("2800万人", ["高校毕业生就业", "高校毕业生"], _FIVE_YEARS, "result"),
            F("830万人", ["城镇就业困难人员就业", "就业困难人员就业", "城镇就业困难人员"], _FIVE_YEARS, "result"),
            F("7.9亿人", ["各项养老保险参保", "养老保险参保", "养老保险"], _END, "result"),
            # 从2004年…提高到现在的: the base at its own year (人均每月 is a rate's base, 每月 a frequency); 现在 in a
            # report, whose record gives its year only, is written as the year (round 8: a report's 今天 is Y), and
            # 现在 itself, vague, is not written as a date.
            D("2004年", "2004"),
            F("700元", ["企业退休人员基本养老金", "基本养老金"], "2004", "base"),
            F("1721元", ["企业退休人员基本养老金", "基本养老金"], "Y", "result"),
            F("超过13亿人", ["各项医疗保险参保", "医疗保险参保", "医疗保险"], _END, "result"),
            # 岁 of life expectancy is a figure (README).
            F("75岁", ["人均预期寿命", "预期寿命"], _END, "result"),
            D("2012年底", "2012"),
            F(
                "12.5%",
                ["城镇保障性住房覆盖面", "保障性住房覆盖面", "覆盖面", "城镇保障性住房"],
                "2012",
                "result",
            ),
        ],
    )
)

# ------------------------------------------------------------------ release 28238, 2024-03-09 (tuned on)
# President Tsai at the delivery of the coast guard's third 4,000-ton cutter and the launch of the fourth. All 15
# paragraphs: 4 figures.
DOCS[("tw_president_news", 28238)] = {"script": "traditional", "text_date": None}
_CGA = ["海委會", "海洋委員會"]
P.append(
    (
        "tw_president_news",
        28238,
        "蔡英文總統今（9）日上午偕同賴清德副總統出席",
        "更持續提升我們海巡的量能。",
        [
            # 第3艘, 第4艘 are ordinals; 4000噸級 (as 4千噸級, 千噸級 below) names a class of ship, a type with a numeral
            # in it (README: names containing numerals), not a quantity stated of something.
            D("今（9）日", "Y-M-09"),
        ],
    )
)
P.append(("tw_president_news", 28238, "總統強調，海洋連結了世界", "打造一個更安全、繁榮的國家。", []))
P.append(("tw_president_news", 28238, "總統致詞內容為：", "總統致詞內容為：", []))
P.append(
    (
        "tw_president_news",
        28238,
        "今天呈現在大家眼前的是海委會海巡署艦隊分署第三艘及第四艘",
        "「國艦國造」的腳步持續向前邁進。",
        [D("今天", "Y-M-09"), D("今天", "Y-M-09")],
    )
)
P.append(
    (
        "tw_president_news",
        28238,
        "為了推動「國艦國造」，海委會從2018年開始執行",
        "的新式海巡艦艇。",
        [
            # 從2018年開始…預計到2027年: one span, absolute (round 8's 從2018年開始到2023年); 10年之間 restates its length
            # (a duration, README: 在5年內). What the council itself is to build over it is its plan (round 7: a
            # fund's size the government is to reach), the council the clause's named body.
            D("2018年", "2018"),
            D("2027年", "2027"),
            F("141艘", ["新式海巡艦艇", "海巡艦艇", "艦艇"], "2018/2027", "plan", _CGA),
            F("超過3萬3千噸", ["總噸位", "新式海巡艦艇"], "2018/2027", "plan", _CGA),
        ],
    )
)
# 目前 states no figure; 千噸級 is a class of ship.
P.append(("tw_president_news", 28238, "目前各建案都由國內造船公司承攬", "「國艦國造」的成果。", []))
P.append(
    (
        "tw_president_news",
        28238,
        "海巡艦艇國艦國造可以帶動國內造船產業鏈的發展，也為產業帶來榮景。從船舶設計",
        "更創造超過8千個工作機會。",
        [
            # 預估: an expectation (forecast), placed at no time (the 2027 of the paragraph before does not carry,
            # README: a sentence's time does not carry into the next); no entity named.
            F("1千億元以上", ["產值"], None, "forecast"),
            F("超過8千個", ["工作機會"], None, "forecast"),
        ],
    )
)
# 過去 is vague.
P.append(("tw_president_news", 28238, "每項政策要能夠有效推動，都需要強大的團隊。", "展現臺灣自主造艦的能量。", []))
P.append(
    (
        "tw_president_news",
        28238,
        "我要感謝台船公司的努力和付出",
        "「南部地區機動海巡隊」。",
        [D("今天", "Y-M-09")],
    )
)
P.append(
    (
        "tw_president_news",
        28238,
        "另外，第四艘巡防艦也在今天下水",
        "也象徵海巡精神的傳承。",
        # 當年 points back to a time the text does not name (the old ship's launch): vague, not written (round 8's
        # 當年 after 2020年 was). 第1艘 is an ordinal.
        [D("今天", "Y-M-09")],
    )
)
# 這兩艘巡防艦 points back at the two ships just named (a demonstrative, as an article is no count: README's 一個
# 技術): no figure.
P.append(("tw_president_news", 28238, "這兩艘巡防艦都配置了手術室", "提供更多的援助。", []))
P.append(("tw_president_news", 28238, "未來，有「雲林艦」和「台北艦」的加入", "保衛海疆。", []))
P.append(("tw_president_news", 28238, "海洋連結了世界，透過「國艦國造」，我們向全世界傳達了", "繁榮的國家。", []))
P.append(("tw_president_news", 28238, "隨後，總統為「台北艦」頌命名詞", "感謝大家的辛勞付出。", []))
P.append(("tw_president_news", 28238, "包括國安會秘書長顧立雄", "等亦出席是項活動。", []))

# ------------------------------------------------------------------ release 39616, 2025-11-11 (tuned on)
# President Lai at the 79th Industry Day. All 13 paragraphs: 9 figures.
DOCS[("tw_president_news", 39616)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39616,
        "賴清德總統今（11）日下午出席「第79屆工業節慶祝大會」",
        "人民生活更幸福。",
        # 第79屆 is an ordinal, AI新十大建設 a name.
        [D("今（11）日", "Y-M-11")],
    )
)
P.append(
    (
        "tw_president_news",
        39616,
        "總統致詞時表示，工業節的意義在於彰顯",
        "安定社會的貢獻。",
        # 今日活動 is the day of the event (README: 今天); 數十年來 is not written (README).
        [D("今日", "Y-M-11")],
    )
)
P.append(("tw_president_news", 39616, "總統指出，臺灣的工業界經過大風大浪", "打造更好的臺灣。", []))
P.append(
    (
        "tw_president_news",
        39616,
        "總統強調，政府一定會責無旁貸與工業界站在一起。",
        "大家對未來要有信心。",
        [
            # The tariff in force now (目前: the release's month, README), which the talks hope to lower: a state, a
            # result (no later value is stated, so no base). Its sentence names no entity (美國 is named in the
            # sentence before; round 5's rule keeps it null). 現在 is vague; 《232條款》 a name.
            F("20%", ["暫行關稅", "關稅"], "Y-M", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39616,
        "第二，政府一定會在未來全面智慧化的時代做好各項的準備。",
        "進一步提升臺灣產業的競爭力。",
        [
            # 今年雙十演說: 今年 is a date, 雙十 a holiday with no date of its own (round 8's 五一勞動節). 下一個世代 30年
            # is a length of time (README: durations), no figure.
            D("今年", "Y"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39616,
        "第三，政府會持續改善臺灣的投資環境",
        "政府將以相同原則對待此類新興核能技術。",
        [
            # 延役前5年 is a length before an event; 三讀 a procedure; 這三個條件 the speaker's list (README: 三大目標).
            D("2032年", "2032"),
        ],
    )
)
# 這幾年來 and 最近 are vague.
P.append(("tw_president_news", 39616, "在土地方面，總統表示，這幾年來", "歡迎國際專業技術人士來臺工作。", []))
P.append(
    (
        "tw_president_news",
        39616,
        "總統提到，政府自2018年推動投資臺灣三大策略",
        "產業發展更成功。",
        [
            # 三大策略 is a list's name; 台美21世紀貿易倡議 a name (README); 第二階段 an ordinal.
            D("2018年", "2018"),
            D("今年", "Y"),
            # Agreements signed count real documents with a measure word (round 5: a package's 20項措施; round 6: the
            # 三個委員會 set up), not the speaker's own list. Signed 近期, which is vague (round 5's 近日: null): the
            # sentence's opening 目前 times the state of the US agreement, not this signing. The clause's named
            # parties are 臺灣 and 英國.
            F("3項", ["支柱協議", "協議"], None, "result", ["臺灣", "英國"]),
        ],
    )
)
_TW = "臺灣"  # 臺灣經濟持續進步 opens the one sentence all four figures stand in
P.append(
    (
        "tw_president_news",
        39616,
        "總統指出，臺灣經濟持續進步",
        "讓臺灣經濟更好、社會更安定。",
        [
            # 今年全年 is one expression (as 今年上半年, README: relative words with what they modify), the year.
            D("今年全年", "Y"),
            F("超過5%", ["經濟成長率"], "Y", "forecast", _TW),
            # 目前 gives the release's month (README) to the market's value and, in the same sentence, the reserves;
            # 突破 is a verb before the figure; 第8大 a rank.
            F("3兆美元", ["臺股總市值", "總市值", "臺股"], "Y-M", "result", _TW),
            F("超過6千億美元", ["外匯存底"], "Y-M", "result", _TW),
            # A level to be reached before a year (在2030年前…達) is that year's, as a plan's level goals get its end
            # year (README: 14th-FYP levels → 2025); a total up to a year ahead would span from the document's year
            # (round 4's 在2028年前). An outcome the government hopes for: a target.
            D("2030年", "2030"),
            F("4萬美元", ["國民平均所得", "平均所得"], "2030", "target", _TW),
            # 連續10年 is a duration; 0到6歲國家一起養, 長照3.0 are names.
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39616,
        "總統期盼各界協助改善少子女化問題",
        "也提高年輕夫婦養兒育女的意願。",
        [
            # 0到2歲 is an age bracket used as a criterion (README). A yearly budget under 每年 is null, enacted: a
            # result (round 7's 一千多億); 政府 is a common noun. A range is one figure (README: 3至4兆元).
            F("1,100億至1,200億元", ["預算", "0到6歲國家一起養"], None, "result"),
        ],
    )
)
_DEFENCE = ["國防預算GDP占比", "國防預算"]
P.append(
    (
        "tw_president_news",
        39616,
        "總統提到，面臨中國的威脅，政府提出「臺灣之盾」",
        "人民生活更幸福。",
        [
            # Next year's defence budget, not yet passed (README: a budget bill), and the share to reach by 2030: the
            # government's own spending, plans. The figures' sentence names no entity (中國 is in the sentence
            # before). A share of GDP is labelled by the budget (README).
            D("明年度", "Y[+1]"),
            F("3.32%", _DEFENCE, "Y[+1]", "plan"),
            D("2030年", "2030"),
            F("5%", _DEFENCE, "2030", "plan"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39616,
        "隨後，總統接受全國工業總會許勝雄榮譽理事長",
        "2025工業總會白皮書。",
        # A yearbook's name that states its year is a date (round 8's 2023年IMD世界競爭力年報).
        [D("2025", "2025")],
    )
)
P.append(("tw_president_news", 39616, "包括經濟部長龔明鑫、外交部長林佳龍", "等亦出席是項活動。", []))

# ------------------------------------------------------------------ release 39643, 2025-11-24 (tuned on)
# President Lai receives the clinics' associations. All 8 paragraphs: 9 figures.
DOCS[("tw_president_news", 39643)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39643,
        "賴清德總統今（24）日上午接見「中華民國診所協會全國聯合會",
        "永續的「健康臺灣」。",
        # 三大方向 is the speaker's list.
        [D("今（24）日", "Y-M-24")],
    )
)
P.append(
    (
        "tw_president_news",
        39643,
        "總統致詞時表示，很高興今天有機會",
        "長期堅守健康第一線崗位的辛苦。",
        # 第一個 is an ordinal.
        [D("今天", "Y-M-24")],
    )
)
_MOHW = ["衛生福利部", "衛福部"]
P.append(
    (
        "tw_president_news",
        39643,
        "總統指出，隨著臺灣邁入超高齡社會",
        "促進「健康臺灣」願景的重要案例。",
        [
            # 截至 a month's end: that month (README: 截至今年6月 → 2025-06; 月底 as 年底 keeps the month's
            # granularity). The ministry runs the programme named in the same sentence; 全國 is a scope. 超過44萬民眾
            # stops at the number with its magnitude (README: 1亿农业转移人口).
            D("今年8月底", "Y-08"),
            F("超過3,100家", ["診所", "參與診所"], "Y-08", "result", _MOHW),
            F("5,200位", ["醫師", "參與醫師"], "Y-08", "result", _MOHW),
            F("超過44萬", ["民眾", "受惠民眾", "民眾受惠"], "Y-08", "result", _MOHW),
        ],
    )
)
_NHI = ["健保總額", "明年度健保總額"]
P.append(
    (
        "tw_president_news",
        39643,
        "總統提到，身為醫師出身的總統",
        "彰顯政府對醫療體系的支持。",
        [
            # 10大策略 is a list's name. Next year's global budget of the health insurance, set (將達) and its rise
            # against this year, and the public money the government adds to it, are the government's own settings and
            # spending: plans, next year's (round 7, held out, README: 今年還會增加181億元、明年增加199億). The real
            # scale 預計達到 and its growth are what follows from them: forecasts (README: 明年健保總額可達到1兆82億元).
            # 健保 is part of the measure's name, 政府 a common noun: no subject.
            D("明年度", "Y[+1]"),
            F("9,883億元", _NHI, "Y[+1]", "plan"),
            D("今年", "Y"),
            F("597億元", _NHI, "Y[+1]", "plan"),
            F("199億元", ["公務預算", "政府再投入"], "Y[+1]", "plan"),
            F("1兆零82億元", ["實質規模", "健保實質規模", "健保總額"], "Y[+1]", "forecast"),
            F("6.5%", ["實質規模", "健保總額"], "Y[+1]", "forecast"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39643,
        "總統也談到明年度將聚焦三大方向",
        "提升偏鄉地區的醫療可近性與效率。",
        # 三大方向 is the speaker's list, 第一 to 第三 ordinals, 0到6歲 an age bracket.
        [D("明年度", "Y[+1]")],
    )
)
P.append(
    (
        "tw_president_news",
        39643,
        "總統強調，基層診所是維持社會穩定運作的重要力量",
        "持續提供民眾良好的醫療照護。",
        [
            # 明年春節: 明年 is a date, 春節 a holiday with no date of its own (round 6: 春節前); 9天 and 9天連假 are
            # lengths. 從30%到100%不等 is a range (不等: it varies), one figure (README: 3至4兆元), not a change; the
            # bonus the government will pay over next year's holiday is its plan.
            D("明年", "Y[+1]"),
            F("30%到100%", ["開診加成幅度", "加成幅度", "門診加成"], "Y[+1]", "plan"),
        ],
    )
)
# 未來 is vague.
P.append(("tw_president_news", 39643, "總統感謝診所協會全聯會一直扮演", "永續的「健康臺灣」。", []))
P.append(("tw_president_news", 39643, "訪賓一行由中華民國診所協會全國聯合會理事長廖文鎮率領", "也在座。", []))
