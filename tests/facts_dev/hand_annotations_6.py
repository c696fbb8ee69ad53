"""Round 6 of the hand annotations, the tuned-on half (issue 19, 2026-12-06): period, stance, label and subject.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_6.py`` (seed 196) before any of them was read; every item
here was written by reading the paragraph, with no extractor run on these
documents. The held-out half (the 1987 and 2011 reports, releases 39433,
39486, 39563) is annotated apart, in ``hand_annotations_6_held.py``, by
another annotator; neither saw the other's documents. The conventions are
rounds 2 to 5's (``hand_annotations_2.py`` to ``_5.py`` and the README);
``build_gold.py`` locates the strings and writes ``figures.jsonl``.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1964 report (tuned on)
# The abstract (摘要) of the report Zhou Enlai gave in December 1964, written in Chinese numerals, no dateline. It
# reviews the year still running: 今年 is 1964 (Y), and the 1964 figures are stated as the year's outcome. All four
# drawn paragraphs: 10 figures (第三, 第二, a paragraph on class struggle, 第一).
DOCS[("gov_work_reports", 1964)] = {"script": "simplified", "text_date": None}
# 四年以来 (1961-1964, the years of readjustment after 1958-1960) is not written as a date (round 5: N年来 other
# than 一年来), but what it says was done in it gets its span, as round 5's 两年来 (Y[-2]/Y[-1] in 2000): here the
# span runs to the report's own year, which it reviews.
_FOUR_YEARS = "Y[-3]/Y"
P.append(
    (
        "gov_work_reports",
        1964,
        "商品供应状况显著改善",
        "到处呈现一片繁荣景象。",
        [
            # 最近几年 is vague (not written); 现在 states no figure.
            D("一九五七年", "1957"),
            D("一九六四年", "1964"),
            F("百分之三十以上", ["副食品", "猪肉、羊肉、蔬菜等副食品"], "1964", "result"),
            F("百分之五十以上", ["主要日用品", "日用品"], "1964", "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1964,
        "工业生产有了新的发展",
        "劳动生产率不断提高。",
        [
            D("一九六四年", "1964"),
            D("一九六三年", "1963"),
            F("百分之十五以上", ["全国工业总产值", "工业总产值"], "1964", "forecast"),
            D("一九五七年", "1957"),
            D("一九六四年", "1964"),
            D("一九六三年", "1963"),
            F("百分之二十以上", ["主要工业产品", "主要工业产品的产量", "产量"], "1964", "result"),
            F("两万四千种", ["主要工业产品的品种", "品种"], _FOUR_YEARS, "result"),
            # A span written as one expression (README: 一九五〇年到一九五三年).
            D("一九五八年到一九六○年", "1958/1960"),
            # How much more the four years added than 1958-1960 did: the four years' own figure, not a base.
            F("两倍", ["品种", "主要工业产品的品种"], _FOUR_YEARS, "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1964,
        "周总理说，我国的现实政治生活",
        "来同我们的社会主义建设总路线和对外政策总路线相对抗。",
        [
            # 当时 is vague; “三自一包”, “三和一少” are names.
            D("一九五六年", "1956"),
            D("一九五七年", "1957"),
            D("一九五九年到一九六二年", "1959/1962"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1964,
        "农业生产前两年连续增产",
        "今后还将发挥更大的作用。",
        [
            # 前两年 here is the two years before this one (1962, 1963): a span anchored at the document, as
            # 过去五年 is, not a duration (README's 前3年 counts the first three years of something, a length).
            D("前两年", "Y[-2]/Y[-1]"),
            D("今年", "Y"),
            # The plan period's last year, as round 5's “五五”末期 (1980), then the year it names: two dates.
            D("第一个五年计划最后一年", "1957"),
            D("一九五七年", "1957"),
            D("一九六四年", "1964"),
            D("一九五七年", "1957"),
            F("四倍", ["全国拥有的农业用拖拉机台数", "农业用拖拉机台数", "拖拉机台数"], "1964", "result"),
            F("十二倍", ["排灌设备的马力", "排灌设备"], "1964", "result"),
            F("二十二倍", ["农村用电量"], "1964", "result"),
            F("两倍以上", ["国家供应的化学肥料", "化学肥料"], "1964", "result"),
        ],
    )
)

# ------------------------------------------------------------------ 2022 report (tuned on)
# Its text opens with the dateline ——2022年3月5日 (text_date, as 2017's). Section 一 is headed 一、2021年工作回顾:
# a figure under it with no relative word of its own is 2021, absolute (round 5's agreement note), and 去年 stays
# Y[-1]. The first five drawn paragraphs reach 15 figures (the 2022 targets, the dateline, the fiscal plan, the
# year's political tasks, 2021's relief to firms).
DOCS[("gov_work_reports", 2022)] = {"script": "simplified", "text_date": "2022-03-05"}
P.append(
    (
        "gov_work_reports",
        2022,
        "今年发展主要预期目标是",
        "不纳入能源消费总量控制。",
        [
            D("今年", "Y"),
            F("5.5%左右", ["国内生产总值", "国内生产总值增长"], "Y", "target"),
            F("1100万人以上", ["城镇新增就业"], "Y", "target"),
            D("全年", "Y"),
            F("5.5%以内", ["城镇调查失业率"], "Y", "target"),
            F("3%左右", ["居民消费价格涨幅", "居民消费价格"], "Y", "target"),
            F("1.3万亿斤以上", ["粮食产量"], "Y", "target"),
            # The plan's period said as a period (README: “十三五”时期 is 2016/2020; the plan's name alone is not).
            D("“十四五”规划期内", "2021/2025"),
        ],
    )
)
P.append(("gov_work_reports", 2022, "——2022年3月5日在第十三届", "第五次会议上", [D("2022年3月5日", "2022-03-05")]))
P.append(
    (
        "gov_work_reports",
        2022,
        "提升积极的财政政策效能。",
        "更有动力。",
        [
            # The budget the government proposes is its plan (README; 2017's 赤字率, 2024's 支出规模). 近年结存 and
            # 多年来最大增幅 are vague.
            D("今年", "Y"),
            F("2.8%左右", ["赤字率"], "Y", "plan"),
            D("去年", "Y[-1]"),
            D("今年", "Y"),
            D("去年", "Y[-1]"),
            # 预计 governs 今年财政收入继续增长; the spending it allows is the budget's own: a plan.
            F("2万亿元以上", ["支出规模"], "Y", "plan"),
            D("今年", "Y"),
            F("3.9%", ["中央本级支出"], "Y", "plan"),
            F("约1.5万亿元", ["中央对地方转移支付", "转移支付"], "Y", "plan"),
            F("近9.8万亿元", ["中央对地方转移支付", "转移支付", "规模"], "Y", "plan"),
            F("18%", ["中央对地方转移支付", "转移支付"], "Y", "plan"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2022,
        "今年将召开中国共产党第二十次全国代表大会",
        "迎接党的二十大胜利召开。",
        # 第二十次, 十九大 and 二十大 are ordinals in names; “六稳”、“六保” names.
        [D("今年", "Y")],
    )
)
P.append(
    (
        "gov_work_reports",
        2022,
        "二是优化和落实助企纾困政策，巩固经济恢复基础。",
        "企业综合融资成本稳中有降。",
        [
            # 上亿市场主体 and 数亿人 name an order of magnitude, no number (as 几千万人): not figures.
            D("去年", "Y[-1]"),
            F("超过1万亿元", ["新增减税降费", "减税降费"], "Y[-1]", "result"),
            # 2013年以来 dates who pays (entities added since 2013); the tax is last year's (去年纳税).
            D("2013年", "2013"),
            D("去年", "Y[-1]"),
            F("4.76万亿元", ["新增的涉税市场主体", "涉税市场主体", "纳税"], "Y[-1]", "result"),
            # No time word in the sentence: the heading's 2021.
            F("27.3%", ["普惠小微企业贷款", "银行业金融机构普惠小微企业贷款"], "2021", "result"),
            F(
                "超过40%",
                ["普惠小微企业贷款", "大型商业银行普惠小微企业贷款", "普惠小微企业贷款增幅"],
                "2021",
                "result",
            ),
        ],
    )
)

# ------------------------------------------------------------------ release 28569, 2024-07-13 (tuned on)
# A visit to a temple in Keelung. All its 12 paragraphs: 9 figures.
DOCS[("tw_president_news", 28569)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        28569,
        "賴清德總統今（13）日上午前往基隆慶安宮",
        "國人都能安居樂業。",
        # 和平四大支柱 is a list's name (README).
        [D("今（13）日", "Y-M-13")],
    )
)
P.append(("tw_president_news", 28569, "總統抵達後，首先向「基隆媽」參香", "並揭贈匾額「安海福民」。", []))
P.append(
    (
        "tw_president_news",
        28569,
        "總統致詞時表示，很高興來基隆慶安宮參拜媽祖",
        "感謝媽祖對臺灣這塊土地及全國人民的庇佑。",
        # 四時、八節 are an idiom's seasons and festivals, not figures.
        [D("今天", "Y-M-13"), D("2024年", "2024")],
    )
)
P.append(
    (
        "tw_president_news",
        28569,
        "總統指出，520就職至今已一個多月",
        "共同發揮力量。",
        [
            # A date written as digits with no year (README: 去年520): this year's 20 May. 一個多月 is a duration,
            # 131艦隊 a unit's name, 稍早 vague.
            D("520", "Y-05-20"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28569,
        "談及經濟發展，總統提到，俗話說",
        "更能永續化。",
        # 三大方向 is the speaker's list; 幾十年來 vague.
        [D("520", "Y-05-20")],
    )
)
P.append(
    ("tw_president_news", 28569, "總統接著說，第二個方向是「競逐太空，探索海洋」", "讓臺灣的經濟發展面向更廣。", [])
)
# 台美21世紀貿易倡議 is a name.
P.append(("tw_president_news", 28569, "總統指出，第三個方向是「立足臺灣", "能避免關稅問題。", []))
P.append(
    (
        "tw_president_news",
        28569,
        "總統說，昨(12)日行政院卓榮泰院長提到",
        "減除率提高至175%。",
        [
            D("昨(12)日", "Y-M-12"),
            D("今年", "Y"),
            # The Executive Yuan's forecast: the entity the clause names is the forecaster (國內 names no entity).
            F("3.94%", ["經濟成長率", "國內經濟成長率"], "Y", "forecast", ["行政院", "卓榮泰"]),
            D("過去8年", "Y[-8]/Y[-1]"),
            # 全國 is no named entity.
            F("3.15%", ["全國平均經濟成長率", "平均經濟成長率", "經濟成長率"], "Y[-8]/Y[-1]", "result"),
            D("今年", "Y"),
            D("過去8年", "Y[-8]/Y[-1]"),
            D("昨日", "Y-M-12"),
            # 24歲以下, 65歲以上 are age brackets (eligibility, README). 當年度 is whichever year a firm files for,
            # a frequency, not a date. The amended act passed yesterday: its rates are enacted policy amounts with
            # no year (null, result); the sentence's actor is the legislature that passed it.
            F("200%", ["減除率"], None, "result", ["立法院", "中小企業發展條例"]),
            F("175%", ["減除率", "加薪薪資費用"], None, "result", ["立法院", "中小企業發展條例"]),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28569,
        "總統表示，為保障社會安定，行政院所推動的「打詐新四法」",
        "也更能讓國人安心。",
        [
            D("昨日", "Y-M-12"),
            # The penalties passed yesterday: enacted thresholds and fines, no year. 10年 and 12年 of prison are
            # durations (README: 最長一年), not figures; 打詐新四法, 這四法 name a package of laws.
            F("超過新臺幣500萬", ["詐騙金額"], None, "result"),
            F("超過新臺幣1億元", ["詐騙金額"], None, "result"),
            F("3億元", ["罰金"], None, "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28569,
        "總統也提到，行政院提出的全國掃黑行動特別針對幫派",
        "政府打擊黑金槍毒的決心。",
        [
            # 截至目前: the release's month (README). The count of people is only implied: the nearest naming words.
            F("超過2,500人", ["查緝", "全國掃黑行動", "掃黑"], "Y-M", "result", "刑事局"),
            F("7億多元", ["不法利得"], "Y-M", "result", "刑事局"),
        ],
    )
)
P.append(("tw_president_news", 28569, "總統說，現今詐騙集團很有組織", "國人都能過著安居樂業的日子。", []))
P.append(("tw_president_news", 28569, "包括基隆慶安宮主委童永", "等亦出席是項活動。", []))

# ------------------------------------------------------------------ release 39243, 2025-05-20 (tuned on)
# The president's speech on his first year in office. All its 36 paragraphs: 11 figures.
DOCS[("tw_president_news", 39243)] = {"script": "traditional", "text_date": None}
# 這一年來, 過去一年: the year in office, 20 May 2024 to the day of the speech, not a calendar year (一年来 is
# written, README; in a March work report it is the year before, here it ends on the release's day): a month span.
_YEAR_IN_OFFICE = "Y[-1]-M/Y-M"
_SPECIAL = ["特別預算"]
P.append(
    (
        "tw_president_news",
        39243,
        "賴清德總統今（20）日上午發表執政周年談話時指出",
        "迎風轉型、穩健前行。",
        [D("今（20）日", "Y-M-20")],
    )
)
P.append(("tw_president_news", 39243, "總統表示，政府將成立推升臺灣經濟發展動能的基金", "攜手面對國家的各項挑戰。", []))
P.append(("tw_president_news", 39243, "總統致詞全文為：", "總統致詞全文為：", []))
P.append(
    (
        "tw_president_news",
        39243,
        "昨天，在新北三峽北大國小校區外",
        "也期盼傷者早日康復。",
        # 昨晚 is yesterday's evening: yesterday (a part of a day is its day, as 年底 is its year). 多人 no number.
        [D("昨天", "Y-M-19"), D("昨晚", "Y-M-19")],
    )
)
P.append(
    (
        "tw_president_news",
        39243,
        "政府的目的就是要服務人民",
        "讓國家持續向前邁進。",
        [
            # One expression for one day: a year before today (20 May 2024, the inauguration).
            D("一年前的今天", "Y[-1]-M-20"),
            D("這一年來", _YEAR_IN_OFFICE),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39243,
        "面對全球關注，也是影響國人最重要的三大挑戰",
        "目前都有了階段性的成果。",
        [
            # 三大挑戰 is the speaker's list; the committees set up are real bodies counted with a measure word (as
            # 三十个大电站), a figure. Set up at no stated time: null (目前 times their results, not the count).
            F("三個", ["委員會"], None, "result", "總統府"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39243,
        "我們接軌國際，透過各部會「由下而上」的自主計畫",
        "國家減碳新目標。",
        [
            # 六大部門 is a list's name; the 20 projects are a package's count (round 5), proposed at no stated
            # time: 預計到2030年 opens the next clause and times the spending, not the proposal.
            F("20項", ["減碳旗艦計畫", "旗艦計畫"], None, "result", ["行政院淨零小組", "行政院"]),
            D("2030年", "2030"),
            # A total up to a year ahead is a span from the document's year (round 4: 在2028年前; README: the
            # 投資臺灣三大方案 extension to 2027). The government's own spending is its plan (預計 here is "is
            # planned"); what it is to draw from private investors is an outcome aimed at, a target.
            F("突破1兆元", ["淨零轉型預算"], "Y/2030", "plan", ["行政院淨零小組", "行政院"]),
            F("至少達到5兆元", ["民間綠色投籌融資", "綠色投籌融資"], "Y/2030", "target", ["行政院淨零小組", "行政院"]),
            D("2035年", "2035"),
            # A percentage plus or minus two points: one range figure (as 百分之八至百分之九).
            F(
                "百分之38加減2",
                ["減碳", "國家減碳新目標", "減碳新目標"],
                "2035",
                "target",
                ["行政院淨零小組", "行政院"],
            ),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39243,
        "臺灣的空氣品質已經逐漸改善",
        "繁榮發展。",
        [
            # PM2.5年平均濃度 從2015年的21.82，下降到現在的12.8: the two readings carry no unit (μg/m³ is left
            # unsaid), so they are not figures by the README's rule (a quantity needs its measure word). PM2.5
            # is a name. 2050 in 2050淨零轉型 is a year (README: 2050).
            D("2015年", "2015"),
            D("今年", "Y"),
            D("2050", "2050"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39243,
        "同時，為了因應全球後疫情時代的挑戰",
        "也讓世界擁抱臺灣。",
        [
            # A five-year programme launched (啟動, as 启动930亿元产业支持方案): its size is a plan; its five years
            # are placed nowhere in the text (not a date; null, as a vague span).
            F("489億", ["健康台灣深耕計畫"], None, "plan"),
            D("今年", "Y"),
            # This year's enacted total: a result.
            F("712億元", ["健保總額"], "Y", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39243,
        "我們更努力強化全社會防衛韌性",
        "也期待朝野都能夠支持。",
        [
            # A package's count of measures (round 2's 17項因應策略): a figure with no time.
            F("十七項", ["因應策略"], None, "result"),
            # A special budget not yet passed (期待朝野都能夠支持): the Executive Yuan's plan; 最近 is vague.
            F("4,100億元", _SPECIAL, None, "plan", "行政院"),
            F("1,500億元", _SPECIAL + ["提升國家韌性"], None, "plan", "行政院"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39243,
        "在國家前進的道路上，挑戰和難關會一再出現。",
        "開創新的契機。",
        # Early last month is last month (as 年初 is the year). 五大因應策略 is the speaker's list.
        [D("上個月初", "Y-M[-1]")],
    )
)
P.append(
    (
        "tw_president_news",
        39243,
        "行政院也在最快的時間內，整合各界意見",
        "持續穩健前行。",
        # 歲計賸餘 is a surplus, not a date.
        [F("4,100億元", _SPECIAL, None, "plan", "行政院")],
    )
)
P.append(("tw_president_news", 39243, "尤其，我們跟產業界的座談中", "也期待朝野合作通過行政院的特別預算。", []))
P.append(("tw_president_news", 39243, "百工百業也都希望維持供電穩定。", "都是政府重中之重的工作。", []))
# 三大原則 is the speaker's list; 任何一個行業 an article.
P.append(("tw_president_news", 39243, "除了電價議題，近期，國人也都非常關注", "爭取最好的談判結果。", []))
P.append(("tw_president_news", 39243, "臺灣和全球民主夥伴共享民主的價值", "這是我們和威權體制最大的區別。", []))
P.append(("tw_president_news", 39243, "長期以來，臺灣和美國以及民主夥伴", "讓交情更加深厚。", []))
P.append(("tw_president_news", 39243, "現在，臺灣的市場在全球，舞台在國際。", "拓展多元市場。", []))
P.append(("tw_president_news", 39243, "第一，臺灣的經濟路線很清楚", "以及避免雙重課稅協定。", []))
P.append(("tw_president_news", 39243, "第二，臺灣的貿易策略也很清晰", "等區域經濟整合。", []))
P.append(("tw_president_news", 39243, "第三，臺灣的經濟體質必須調整", "兼備強化軟體發展與生產製造。", []))
P.append(
    (
        "tw_president_news",
        39243,
        "我們也要繼續發揮臺灣優勢，吸引國際廠商來臺投資合作。",
        "我們將打造臺灣成為更堅韌的經濟體。",
        # 這幾年來 is vague; 美光臺中四廠 a fab's name.
        [D("昨天", "Y-M-19")],
    )
)
P.append(("tw_president_news", 39243, "未來，政府將成立推升臺灣經濟發展動能的基金。", "連結AI時代的主要目標市場。", []))
P.append(("tw_president_news", 39243, "對內，我們要深化在地供應鏈", "鞏固國內產業的根基。", []))
P.append(("tw_president_news", 39243, "各位國人同胞，民主是我們的市場", "我們是亞洲民主的燈塔。", []))
P.append(("tw_president_news", 39243, "過去，許多前輩不畏犧牲，前仆後繼", "這就是令人驕傲的民主臺灣。", []))
P.append(("tw_president_news", 39243, "我相信，沒有任何一個臺灣人", "可以背離民主自由的價值。", []))
P.append(("tw_president_news", 39243, "臺灣的民主一路走來，從來不是靠仇恨動員", "就是在分歧中找到團結。", []))
P.append(
    (
        "tw_president_news",
        39243,
        "我始終相信，民主的紛爭，要用更大的民主來解決。",
        "希望達成和解、促進合作。",
        # 五院 is the five branches' name.
        [D("過去一年", _YEAR_IN_OFFICE)],
    )
)
P.append(("tw_president_news", 39243, "我們始終願意張開雙手，努力促成朝野對話", "攜手面對國家的各項挑戰。", []))
P.append(
    (
        "tw_president_news",
        39243,
        "今天稍晚，台北國際電腦展就要開幕。",
        "全世界重要的科技界人士都來到臺灣。",
        [D("今天", "Y-M-20")],
    )
)
# 40多年來 is a duration (N年來, round 5).
P.append(
    ("tw_president_news", 39243, "回顧過去，這個展覽，最初只是在臺北松山機場旁", "全球科技創新發展的重要里程碑。", [])
)
P.append(("tw_president_news", 39243, "這就是臺灣故事的縮影，也是臺灣人民共同的成就。", "不可或缺的關鍵角色。", []))
# 三分天註定，七分靠打拚 is a proverb's shares, not figures.
P.append(("tw_president_news", 39243, "各位國人同胞，面對挑戰，我們不退縮", "這就是我們臺灣人的精神。", []))
P.append(("tw_president_news", 39243, "我們繼續團結打拚，以堅定的步伐迎接挑戰", "謝謝大家。", []))
P.append(("tw_president_news", 39243, "包括副總統蕭美琴、總統府秘書長潘孟安", "等亦在場陪同。", []))

# ------------------------------------------------------------------ release 39479, 2025-09-23 (tuned on)
# A dinner of overseas Taiwanese business associations in Tainan. Its first 7 paragraphs: 15 figures.
DOCS[("tw_president_news", 39479)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39479,
        "賴清德總統今（23）日晚間前往臺南出席",
        "並歡迎所有臺商回國投資。",
        # 第31屆, 第3次 are ordinals.
        [D("今（23）日", "Y-M-23")],
    )
)
# 一年一度 is a frequency, 幾日 vague.
P.append(("tw_president_news", 39479, "總統致詞時表示，非常榮幸受邀出席", "體驗臺南的熱情與文化。", []))
# 創會31年以來 is a duration (N年以來, round 5).
P.append(("tw_president_news", 39479, "總統肯定世界臺商聯合總會創會31年以來", "總是慷慨解囊幫助臺灣。", []))
P.append(
    (
        "tw_president_news",
        39479,
        "總統表示，吳光宜總會長上任後特別重視公益活動",
        "也相當令人敬佩。",
        # The month of the typhoon, this year's.
        [D("7月", "Y-07")],
    )
)
P.append(
    (
        "tw_president_news",
        39479,
        "談及臺灣經濟發展成果，總統指出",
        "在馬前總統任內只有2.8%。",
        [
            # Eras named by a president: null (README). Both sentences name 臺灣.
            F("4%", ["平均GDP成長率", "GDP成長率", "經濟成長率"], None, "result", "臺灣"),
            F("2.8%", ["平均GDP成長率", "GDP成長率", "經濟成長率"], None, "result", "臺灣"),
            F("3.2%", ["平均經濟成長率", "經濟成長率"], None, "result", "臺灣"),
            F("2.8%", ["年平均經濟成長率", "經濟成長率"], None, "result", "臺灣"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39479,
        "總統接著說，在行政院長任內推動包括歡迎臺商回臺投資",
        "臺灣的經濟實力值得肯定。",
        [
            # 投資臺灣三大方案 is a name. Unlike 39467's and 39472's 蔡前總統8年任內 (null), this text says 過去8年:
            # the span (Y[-8]/Y[-1], as 28569's), its base the year before it (README: 4771公里), the rise's end
            # its last year, and the rise between them the later one's (README).
            D("過去8年", "Y[-8]/Y[-1]"),
            F("約3.2%", ["年平均經濟成長率", "經濟成長率"], "Y[-8]/Y[-1]", "result", "臺灣"),
            F("8千多點", ["股市"], "Y[-9]", "base", "臺灣"),
            F("2萬3千多點", ["股市"], "Y[-1]", "result", "臺灣"),
            F("155%", ["股市", "漲幅"], "Y[-1]", "result", "臺灣"),
            D("去年", "Y[-1]"),
            F("4.84%", ["經濟成長率"], "Y[-1]", "result", "臺灣"),
            D("今年第一季", "Y-Q1"),
            F("5.48%", ["經濟成長率"], "Y-Q1", "result", "臺灣"),
            D("第二季", "Y-Q2"),
            F("將近8%", ["經濟成長率"], "Y-Q2", "result", "臺灣"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39479,
        "總統同時指出，臺灣在多個總體經濟指標中表現亮眼",
        "是20多年來就業狀況最好的時刻。",
        [
            # 已超過 is no 目前/現在: levels now with no time word, null (README); the paragraph before's 今年 does
            # not carry across a paragraph. 20多年來 is a duration.
            F("超過2萬6千點", ["股市"], None, "result", "臺灣"),
            F("超過2兆7千億美金", ["市值"], None, "result", "臺灣"),
            D("8月份", "Y-08"),
            F("超過580億美元", ["出口總額", "8月份出口總額"], "Y-08", "result", "臺灣"),
            F("約3.3%", ["失業率"], None, "result"),
        ],
    )
)
