"""Round 7 of the hand annotations, its held-out half (issue 19, 2026-12-06): period, stance, label and subject of every figure.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_7.py`` (seed 197) before any of them was read; every item
here was written by reading the paragraph, with no extractor run on these
documents and no extractor output looked at. The conventions are rounds 2 to
6's (``hand_annotations_2.py`` to ``hand_annotations_6_held.py`` and the
README); ``build_gold.py`` locates the strings and writes ``figures.jsonl``.
The tuned-on half (the 1955 and 2018 reports, releases 28398, 28673, 39391)
is ``hand_annotations_7.py``, annotated apart; neither annotator opened the
other's documents or file. Like round 6's, this half is scored on the code as
the session began and again at its end only.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1985 report (held out)
# Full-width digits, no dateline. Section (一) 关于经济形势 reviews 1984, each paragraph opening with １９８４年:
# figures under it are that year's, absolute (the text names it), and 上年 is 1983; 去年 stays relative (Y[-1]).
# The first three drawn paragraphs reach 12 figures (15).
DOCS[("gov_work_reports", 1985)] = {"script": "simplified", "text_date": None}
_GRAIN = ["粮食产量", "粮食"]
P.append(
    (
        "gov_work_reports",
        1985,
        "１９８４年，我国农业又获得了大丰收。",
        "这确实是一个很大的胜利。",
        [
            D("１９８４年", "1984"),
            F("四亿零七百多万吨", _GRAIN, "1984", "result"),
            D("上年", "1983"),
            F("５．１％", _GRAIN, "1984", "result"),
            F("六百零八万吨", ["棉花", "棉花产量"], "1984", "result"),
            F("３１．１％", ["棉花", "棉花产量"], "1984", "result"),
            # 多少年来, 近几年 and 当前 are vague. 去年 names the year relatively (Y[-1]), though the paragraph opened
            # with １９８４年: a relative word keeps its own notation (round 2).
            D("去年", "Y[-1]"),
            F("近八百斤", ["全国平均每人占有粮食", "平均每人占有粮食", "每人占有粮食", "粮食"], "Y[-1]", "result"),
            F("十多斤", ["棉花"], "Y[-1]", "result"),
            # 十亿人口的大国: the country's population given in passing, with no time word (现在 belongs to
            # 成就): a count, as the releases' 2,300萬人 (round 2), with no period (null).
            F("十亿", ["人口"], None, "result"),
        ],
    )
)
_LOANS = ["银行的各项贷款总额", "各项贷款总额", "贷款总额", "贷款"]
_WAGES = ["全国职工工资总额", "职工工资总额", "工资总额"]
P.append(
    (
        "gov_work_reports",
        1985,
        "各位代表！我们说当前我国的经济形势很好",
        "同以下的情况有密切的关系。",
        [
            # 去年下半年 is one expression (round 1: a relative word with what it modifies); 第四季度 after it is that
            # year's quarter (round 1's 第二季).
            D("去年下半年", "Y[-1]-H2"),
            D("第四季度", "Y[-1]-Q4"),
            D("１９８４年", "1984"),
            D("１９８４年", "1984"),
            D("１９８３年", "1983"),
            F("２８．９％", _LOANS, "1984", "result"),
            # December's increase as a share of the year's: the month it describes (the period is the time the
            # figure describes). 一个月 is a duration.
            D("１２月", "1984-12"),
            D("全年", "1984"),
            F("４８．４％", ["１２月一个月的增长额", "增长额"], "1984-12", "result"),
            D("１９８４年", "1984"),
            D("上年", "1983"),
            F("１９％", _WAGES, "1984", "result"),
            D("第四季度", "1984-Q4"),
            F("３８％", _WAGES, "1984-Q4", "result"),
        ],
    )
)
_GVIAO = ["工农业总产值"]
P.append(
    (
        "gov_work_reports",
        1985,
        "１９８４年，我国工农业总产值突破一万亿元",
        "国家财政状况继续好转。",
        [
            D("１９８４年", "1984"),
            F("一万亿元", _GVIAO, "1984", "result"),
            # A span written as one expression (round 2's 一九五〇年到一九五三年); 平均每年递增 has the span (README:
            # 平均每年 under 过去五年). 在…的基础上 names what the year built on, not the earlier side of a change
            # between two values: result, not base.
            D("１９７９到１９８３年", "1979/1983"),
            F("７．９％", _GVIAO, "1979/1983", "result"),
            D("上年", "1983"),
            F("１４．２％", _GVIAO, "1984", "result"),
            D("上年", "1983"),
            # 都比上年增长１２％: one figure for both measures.
            F("１２％", ["国民收入和国家财政收入", "国民收入", "国家财政收入", "财政收入"], "1984", "result"),
        ],
    )
)

# ------------------------------------------------------------------ 2012 report (held out)
# Reviews 2011 under 一、2011年工作回顾 (figures with no time word of their own: 2011, absolute; 上年: 2010, as round
# 5's 2015 report); the plan for 2012 under 今年. No dateline. Two drawn paragraphs reach 12 figures.
DOCS[("gov_work_reports", 2012)] = {"script": "simplified", "text_date": None}
P.append(
    (
        "gov_work_reports",
        2012,
        "国内生产总值47.2万亿元，比上年增长9.2％",
        "实现了“十二五”时期良好开局。",
        [
            F("47.2万亿元", ["国内生产总值"], "2011", "result"),
            D("上年", "2010"),
            F("9.2％", ["国内生产总值"], "2011", "result"),
            F("10.37万亿元", ["公共财政收入", "财政收入"], "2011", "result"),
            F("24.8％", ["公共财政收入", "财政收入"], "2011", "result"),
            # 再创历史新高 says how high, not what.
            F("1.14万亿斤", ["粮食产量"], "2011", "result"),
            F("1221万人", ["城镇新增就业", "新增就业"], "2011", "result"),
            # ...8.4％和11.4％: the first is the towns' income, the second the countryside's.
            F("8.4％", ["城镇居民人均可支配收入", "人均可支配收入"], "2011", "result"),
            F("11.4％", ["农村居民人均纯收入", "人均纯收入"], "2011", "result"),
            # A plan period written as a period (README: “十三五”时期 → 2016/2020).
            D("“十二五”时期", "2011/2015"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2012,
        "继续实施积极的财政政策。保持适度的财政赤字和国债规模。",
        "进一步降低行政成本。",
        [
            # The government's own budget (拟安排): plan, as round 6's 2011 paragraph (the same words); 其中 splits
            # the deficit. “三农”, “三公经费” are names.
            D("今年", "Y"),
            F("8000亿元", ["财政赤字"], "Y", "plan"),
            F("1.5％左右", ["赤字率"], "Y", "plan"),
            F("5500亿元", ["中央财政赤字", "财政赤字"], "Y", "plan"),
            F("2500亿元", ["代发地方债", "地方债"], "Y", "plan"),
        ],
    )
)

# ------------------------------------------------------------------ release 39217, 2025-05-05 (held out)
# The president's video address on the New Taiwan dollar's rise. All 16 paragraphs: 8 figures. 三大原則 and 五點
# are the speaker's lists; 第一個原因, 第二, 第四件 ordinals; 近期, 這段時間以來 vague; 三年來最佳 a superlative span
# (README: 8年來新高), no date.
DOCS[("tw_president_news", 39217)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39217,
        "針對臺灣匯率市場變動及新臺幣升值情形，",
        "並未觸及匯率議題。",
        [D("今（5）日", "Y-M-05")],
    )
)
P.append(("tw_president_news", 39217, "總統強調，面對臺美貿易談判的關鍵時刻，", "因應國際經貿變局。", []))
P.append(("tw_president_news", 39217, "總統談話內容為：", "總統談話內容為：", []))
P.append(
    (
        "tw_president_news",
        39217,
        "各位國人同胞，所有關心臺灣經濟發展的朋友",
        "我有五點要向大家報告說明。",
        # 從上週到今天: 上週 is not written (round 5); 今天 is the day of the speech (README).
        [D("今天", "Y-M-05")],
    )
)
_GROWTH = ["經濟成長率"]
P.append(
    (
        "tw_president_news",
        39217,
        "首先是，這一波新臺幣升值主要是外匯市場",
        "概估將達到5.37%。",
        [
            # 整年度 is the whole year, as 全年 (README: a relative year), here 去年's: two expressions, as 臺灣
            # stands between them.
            D("去年", "Y[-1]"),
            D("整年度", "Y[-1]"),
            F("4.59%", _GROWTH + ["臺灣整年度的經濟成長率"], "Y[-1]", "result", "臺灣"),
            D("今年第一季", "Y-Q1"),
            # 概估將達到: an estimate said of what is still to be published (將), as 預估: forecast. The sentence is
            # about 臺灣 (its first clause names it).
            F("5.37%", _GROWTH + ["今年第一季的經濟成長率"], "Y-Q1", "forecast", "臺灣"),
        ],
    )
)
_OUTLOOK = ["經濟成長預測", "經濟成長"]
P.append(
    (
        "tw_president_news",
        39217,
        "即便面臨美國川普總統「對等關稅」的新政策",
        "甚至比日本的0.6%還要好。",
        [
            # The IMF's forecasts of 2025 growth (README: a revised outlook is a forecast); 從2.7%上修到2.9% is a
            # from→to pair whose earlier side is the base, both of the year forecast (2025). The clause names
            # 臺灣, the sentence the forecaster (round 6: a forecast is the forecaster's): either is the subject.
            # 亞洲四小龍 is a name (README: 十大钢铁基地), not a figure.
            D("2025年", "2025"),
            F("2.7%", _OUTLOOK, "2025", "base", ["臺灣", "國際貨幣基金", "IMF"]),
            F("2.9%", _OUTLOOK, "2025", "forecast", ["臺灣", "國際貨幣基金", "IMF"]),
            F("0.6%", _OUTLOOK, "2025", "forecast", ["日本"]),
        ],
    )
)
P.append(("tw_president_news", 39217, "臺灣經濟表現良好是全體臺灣人民的努力", "對臺灣有信心。", []))
P.append(
    (
        "tw_president_news",
        39217,
        "第二，新臺幣匯率升值的第二個原因，",
        "外資仍然對臺灣的產業深具信心。",
        [
            # A day written with 號 is a day (Y-04-02). The index's low and its level now stand in the next
            # sentence, with no time word of their own (a sentence's time does not carry, round 6; no 目前): null.
            # 跌到 states what happened (result); 臺股 is Taiwan's market (round 2's 臺股市值: 臺灣).
            D("4月2號", "Y-04-02"),
            F("1萬8千點以下", ["臺股"], None, "result", ["臺灣", "臺股"]),
            F("2萬點以上", ["臺股"], None, "result", ["臺灣", "臺股"]),
        ],
    )
)
P.append(("tw_president_news", 39217, "第三，外匯市場的預期心理雖然影響匯率，", "非理性的預期心理。", []))
P.append(("tw_president_news", 39217, "身為總統，我必須再次強調，政黨可以競爭", "人民不能犧牲。", []))
P.append(("tw_president_news", 39217, "第四件要跟大家報告的是，中央銀行，", "並未觸及匯率議題。", []))
P.append(
    (
        "tw_president_news",
        39217,
        "沒有涉及匯率議題的原因，其實很簡單，",
        "可以互利、互補。",
        [
            D("今年二月", "Y-02"),
            # 將近 is an approximator (round 4's 將近8%).
            F("將近7成", ["臺灣出口美國的產品", "出口美國的產品", "產品"], "Y-02", "result", "臺灣"),
        ],
    )
)
P.append(("tw_president_news", 39217, "另外，雖然因為貿易逆差的原因，臺灣被列", "不要再刻意散佈不實訊息。", []))
P.append(("tw_president_news", 39217, "最後，我還是要強調，當面對臺美貿易談判", "快慢有序、穩健應對。", []))
P.append(("tw_president_news", 39217, "臺灣的經濟，是一代又一代人的共同打拚", "我們都有責任共同守護。", []))
P.append(("tw_president_news", 39217, "我也要拜託所有好朋友，把我報告的分享出去", "來因應國際經貿變局。", []))

# ------------------------------------------------------------------ release 39728, 2025-12-21 (held out)
# The president at the public hospitals' conference. All 10 paragraphs: 7 figures. 四大面向, 四個面向 are the
# speaker's lists; 第一、…第四、 section numbers; SARS、Covid-19期間 named eras (no date); 一個月前 in the quoted law
# and 共計4年 durations; 至今, 歲末年終 vague.
DOCS[("tw_president_news", 39728)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39728,
        "賴清德總統今（21）日下午出席「中華民國公立",
        "讓相關政策順利推動。",
        [D("今（21）日", "Y-M-21")],
    )
)
P.append(
    (
        "tw_president_news",
        39728,
        "總統致詞時表示，非常榮幸受邀出席今日研討會",
        "都扮演非常關鍵的角色。",
        # 今日 is the day of the event (round 2's 今日).
        [D("今日", "Y-M-21")],
    )
)
P.append(("tw_president_news", 39728, "總統指出，公立醫院在臺灣有相當綿密的系統", "他要代表國家向大家致敬。", []))
_NHI = ["健保總額"]
P.append(
    (
        "tw_president_news",
        39728,
        "總統說，公立醫療體系的精神，是在平凡中成就",
        "並討論醫療院所員工加班免除金等措施。",
        [
            # The government's own setting of the insurance budget and its own added funds: plan (README: what
            # the government itself will spend), each with its own year. 明年…可達到 the total that follows from
            # them, an expectation (可, as 可望, 可使): forecast. 衛福部 is who may then act, not what the figures
            # are about: no subject.
            D("今年", "Y"),
            F("5.5%", _NHI + ["高推估"], "Y", "plan"),
            D("今年", "Y"),
            F("181億元", ["公務預算"], "Y", "plan"),
            D("明年", "Y[+1]"),
            F("199億", ["公務預算"], "Y[+1]", "plan"),
            D("明年", "Y[+1]"),
            F("1兆82億元", _NHI + ["明年健保總額"], "Y[+1]", "forecast"),
        ],
    )
)
P.append(("tw_president_news", 39728, "第二、持續精進醫療服務量能及人才培養。", "改善工作條件及人才培育。", []))
P.append(
    (
        "tw_president_news",
        39728,
        "第三、全臺所有醫學中心、區域醫院、地區醫院",
        "共同提升效能，強化韌性。",
        [
            # Named by an era only (Covid-19期間): null (README). The sentence is about 臺灣's epidemic control.
            F("99%以上", ["健保制度納保率", "納保率"], None, "result", "臺灣"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39728,
        "第四、社會責任及健保永續。政府提出「健康",
        "讓醫療服務品質更加提升。",
        [
            # 規劃5年投入: five years with no start the text gives (not 從2024年起，在5年內): null; what the
            # government plans to spend: plan. 投入 is a bare verb, the plan names the measure.
            F("489億元", ["健康台灣深耕計畫", "投入"], None, "plan"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39728,
        "總統提到，政府也編列240億元預算推動",
        "也能推動臺灣產業發展、布局國際。",
        [
            # 編列: plan (README), over the execution period the next clause names, 自明年到118年: a span written as
            # one expression (round 2), its end an ROC year (118 = 2029), its start relative.
            F("240億元", ["預算", "國家藥物韌性整備計畫"], "Y[+1]/2029", "plan"),
            D("明年到118年", "Y[+1]/2029"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39728,
        "總統表示，這些政策的推行，要等中央政府總預算",
        "明年才能順利推動許多新的計畫。",
        [D("明年", "Y[+1]")],
    )
)
P.append(("tw_president_news", 39728, "包括總統府國策顧問暨健康台灣推動委員會", "亦出席是項活動。", []))

# ------------------------------------------------------------------ release 39737, 2025-12-25 (held out)
# The president opens Taoyuan airport's terminal 3 north concourse. All 13 paragraphs: 7 figures. 第三航廈,
# 第三跑道, 國一甲, A14站, AI新十大建設 are names; 三項目標 the speaker's list; 一根弧樑 an article (round 5's 一個);
# 數十年來 a duration; 蔡英文前總統任內 an era; 耶誕節, 行憲紀念日 holidays (the text gives the day besides).
DOCS[("tw_president_news", 39737)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39737,
        "賴清德總統今（25）日下午出席「桃園國際機場",
        "引領經濟再創高峰。",
        [D("今（25）日", "Y-M-25")],
    )
)
_ALLIANCE = ["桃機大聯盟"]
P.append(
    (
        "tw_president_news",
        39737,
        "總統致詞時表示，很榮幸主持「桃園國際機場",
        "促進國家經濟更加進步。",
        [
            # The alliance's make-up, a state with no time word (如今 closes the sentence before): null; the
            # clause names the alliance it describes.
            F("240個", ["公民營單位"], None, "result", _ALLIANCE),
            F("3萬5千名", ["人員"], None, "result", _ALLIANCE),
        ],
    )
)
_TPE = ["桃園機場", "桃園國際機場"]
P.append(
    (
        "tw_president_news",
        39737,
        "總統指出，桃園機場數十年來扮演守護國門",
        "都需要新的航廈。",
        [
            D("今年", "Y"),
            F(
                "4,869萬人次",
                ["客運量", "第一航廈與第二航廈服務的客運量"],
                "Y",
                "result",
                _TPE + ["第一航廈與第二航廈"],
            ),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39737,
        "總統進一步指出，現在全球產業鏈重組、",
        "感謝行政院與團隊積極落實這項重大政策。",
        [D("2024年", "2024")],
    )
)
P.append(
    (
        "tw_president_news",
        39737,
        "總統也談到後續必需共同完成的三項目標。",
        "不要超過2032年。",
        [D("12月29日", "Y-12-29"), D("2027年", "2027"), D("2032年", "2032")],
    )
)
P.append(("tw_president_news", 39737, "第二，因量體擴大，聯外交通至關重要。", "以避免未來的交通壓力。", []))
P.append(
    (
        "tw_president_news",
        39737,
        "第三，長遠目標是希望在 2045年時",
        "創造2.2兆元經濟效益。",
        [
            # 長遠目標是希望…可達: targets of the year named (README: targets get the target year).
            D("2045年", "2045"),
            F("8,300萬人次", ["客運量", "桃園機場客運量"], "2045", "target", _TPE),
            F("385萬噸", ["貨運量"], "2045", "target", _TPE),
            F("43.5萬架次", ["航機起降"], "2045", "target", _TPE),
            F("2.2兆元", ["經濟效益"], "2045", "target", _TPE),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39737,
        "總統說，這是國家的願景，除中央政府外",
        "2045年的重大目標一定可以完成。",
        [D("2045年", "2045")],
    )
)
P.append(
    (
        "tw_president_news",
        39737,
        "總統提到，稍早卓院長也指出第三航廈在國際",
        "都是推動國家進步的重要力量。",
        # 稍早 is vague.
        [D("明年", "Y[+1]")],
    )
)
P.append(
    (
        "tw_president_news",
        39737,
        "總統強調，國家持續進步、民間力量也非常豐沛",
        "阻擋國家發展與人民所需的預算。",
        [
            D("今天", "Y-M-25"),
            D("12月25日", "Y-12-25"),
            D("12月31日", "Y-12-31"),
            D("明年度", "Y[+1]"),
        ],
    )
)
P.append(("tw_president_news", 39737, "總統表示，各行各業國人全力打拚，", "審議中央政府總預算案和國防特別預算。", []))
P.append(("tw_president_news", 39737, "隨後，總統與現場貴賓一同進行啟動儀式", "北廊廳環境導覽介紹。", []))
P.append(("tw_president_news", 39737, "包括行政院長卓榮泰、政務委員兼公共工程", "亦出席是項活動。", []))
