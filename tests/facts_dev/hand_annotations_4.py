"""Round 4 of the hand annotations, the tuned-on half (issue 19, 2026-12-06): period, stance, label and subject.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_4.py`` before any of them was read; every item here was
written by reading the paragraph, with no extractor run on these documents.
The held-out half (the 1978 and 1984 reports, releases 39510, 39512, 39707)
is annotated apart, in ``hand_annotations_4_held.py``. The conventions are
rounds 2 and 3's (``hand_annotations_2.py``, ``hand_annotations_3.py`` and
the README); ``build_gold.py`` locates the strings and writes ``figures.jsonl``.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 2010 report (tuned on)
# Reviews 2009 under 一、2009年工作回顾, plans 2010 under 二、2010年主要任务. No dateline in the text.
DOCS[("gov_work_reports", 2010)] = {"script": "simplified", "text_date": None}
P.append(
    (
        "gov_work_reports",
        2010,
        "下大力气抑制部分行业产能过剩和重复建设",
        "焦炭产能1809万吨。",
        [
            # The review's section (二) of 2009: results of the heading's year.
            F("2617万千瓦", ["小火电机组", "关停小火电机组"], "2009", "result"),
            F("1691万吨", ["落后的炼钢产能", "炼钢产能"], "2009", "result"),
            F("2113万吨", ["炼铁产能"], "2009", "result"),
            F("7416万吨", ["水泥产能"], "2009", "result"),
            F("1809万吨", ["焦炭产能"], "2009", "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2010,
        "继续实施适度宽松的货币政策。一是保持货币信贷合理充裕。",
        "提高金融支持经济发展的可持续性。",
        [
            D("今年", "Y"),
            F("17％左右", ["广义货币M2增长目标", "广义货币M2增长", "广义货币M2", "M2"], "Y", "target"),
            F("7.5万亿元左右", ["新增人民币贷款", "人民币贷款"], "Y", "target"),
            D("去年", "Y[-1]"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2010,
        "中央财政安排保障性安居工程补助资金551亿元",
        "社会保障体系得到加强。",
        [
            # The review's section (四) of 2009; 上年 is the year before the reviewed one.
            F("551亿元", ["保障性安居工程补助资金", "中央财政安排保障性安居工程补助资金"], "2009", "result"),
            D("上年", "2008"),
            F("2倍", ["保障性安居工程补助资金"], "2009", "result"),
            F("200万套", ["新建、改扩建各类保障性住房", "各类保障性住房", "保障性住房"], "2009", "result"),
            F("130万套", ["棚户区改造解决住房", "棚户区改造"], "2009", "result"),
            F("6927亿元", ["全国社会保障基金积累", "全国社会保障基金", "社会保障基金"], "2009", "result"),
            D("上年", "2008"),
            F("44.2%", ["全国社会保障基金积累", "全国社会保障基金", "社会保障基金"], "2009", "result"),
        ],
    )
)

# ------------------------------------------------------------------ 2014 report (tuned on)
# Reviews 2013 under 一、2013年工作回顾, sets out 2014 under 二、2014年工作总体部署 and 三、2014年重点工作.
# No dateline in the text.
DOCS[("gov_work_reports", 2014)] = {"script": "simplified", "text_date": None}
P.append(
    (
        "gov_work_reports",
        2014,
        "今年经济社会发展的主要预期目标是：",
        "这里，着重对两个目标加以说明。",
        [
            D("今年", "Y"),
            F("7.5%左右", ["国内生产总值增长", "国内生产总值"], "Y", "target"),
            F("3.5%左右", ["居民消费价格涨幅", "居民消费价格"], "Y", "target"),
            F("1000万人以上", ["城镇新增就业"], "Y", "target"),
            F("4.6%以内", ["城镇登记失业率"], "Y", "target"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2014,
        "推动医改向纵深发展。巩固全民基本医保",
        "用中国式办法解决好这个世界性难题。",
        [
            # No time of its own: the section's heading (三、2014年重点工作) gives the year.
            F(
                "320元",
                ["城乡居民基本医保财政补助标准", "基本医保财政补助标准", "财政补助标准", "城乡居民基本医保"],
                "2014",
                "plan",
            ),
            F("1000个", ["县级公立医院综合改革试点", "县"], "2014", "plan"),
            F("5亿", ["农村人口", "人口"], "2014", "plan"),
            F(
                "35元",
                ["人均基本公共卫生服务经费补助标准", "基本公共卫生服务经费补助标准", "基本公共卫生服务经费补助"],
                "2014",
                "plan",
            ),
            # As in the 2016 report: the policy's number of children.
            F("两个", ["孩子"], None, "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2014,
        "出重拳强化污染防治。以雾霾频发的特大城市和区域为重点",
        "坚决向污染宣战。",
        [
            D("今年", "Y"),
            F("5万台", ["燃煤小锅炉", "淘汰燃煤小锅炉"], "Y", "plan"),
            F("1500万千瓦", ["燃煤电厂脱硫改造", "脱硫改造"], "Y", "plan"),
            F("1.3亿千瓦", ["脱硝改造"], "Y", "plan"),
            F("1.8亿千瓦", ["除尘改造"], "Y", "plan"),
            F("600万辆", ["黄标车和老旧车", "淘汰黄标车和老旧车"], "Y", "plan"),
        ],
    )
)

# ------------------------------------------------------------------ release 39382, 2025-08-09 (tuned on)
DOCS[("tw_president_news", 39382)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39382,
        "賴清德總統今（9）日上午前往臺南關心雲嘉南災後重建復原情形",
        "盼民眾都能儘速恢復正常生活。",
        [D("今（9）日", "Y-M-09")],
    )
)
P.append(
    (
        "tw_president_news",
        39382,
        "總統表示，此次丹娜絲颱風及西南氣流帶來的豪大雨相當罕見",
        "要向受影響的民眾表達歉意。",
        [
            # The damage of 此次 typhoon: the text gives it no date (120年來 is a superlative span, no date).
            F("3、4千支", ["電線桿", "電線桿毀損"], None, "result", "中南部"),
            F("3座", ["高壓電塔", "高壓電塔倒塌"], None, "result", "嘉義縣"),
            F("超過1,300座", ["基地台", "基地台受損"], None, "result", "嘉義縣"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39382,
        "總統指出，因應此次災情相當罕見，行政院也提出特別方案",
        "協力幫助農、漁民迅速恢復生活，降低衝擊。",
        [
            # The existing rate, lowered to 0 (a rate with no unit written: not annotated); 4項原則 is a list.
            F("1.415%", ["貸款利率", "利率"], None, "base"),
            F("5到8成", ["農業設施補助", "補助"], None, "result", "行政院"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39382,
        "針對風災造成中南部房屋毀損情形",
        "每戶補助2萬元。",
        [
            F("超過4萬多戶", ["房屋毀損", "房屋"], None, "result", ["中南部", "中南部地區"]),
            F("3萬多戶", ["房屋毀損", "房屋"], None, "result", ["臺南"]),
            F("17個", ["行政區"], None, "result", ["臺南"]),
            # Eligibility thresholds are kept (README); the relief is an enacted policy amount.
            F("超過20平方公尺以上", ["屋頂及外牆損壞", "損壞"], None, "result", "行政院"),
            F("100平方公尺", ["屋頂及外牆損壞", "損壞"], None, "result", "行政院"),
            F("5萬元", ["家園復原慰助金", "慰助金", "補助"], None, "result", "行政院"),
            F("100平方公尺以上", ["面積"], None, "result", "行政院"),
            F("10萬元", ["家園復原慰助金", "慰助金", "補助"], None, "result", "行政院"),
            F("20平方公尺以下", ["屋損住戶", "屋損"], None, "result", "臺南市政府"),
            F("2萬元", ["補助"], None, "result", "臺南市政府"),
        ],
    )
)

# ------------------------------------------------------------------ release 39467, 2025-09-20 (tuned on)
# All its paragraphs: 11 figures.
DOCS[("tw_president_news", 39467)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39467,
        "賴清德總統今（20）日上午出席「第七屆危老+都更博覽會」",
        "給國人更舒適的生活環境。",
        [
            D("今（20）日", "Y-M-20"),
            D("2028年", "2028"),
            F("1萬戶", ["社宅", "婚育宅"], "Y/2028", "plan"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39467,
        "總統致詞時首先代表政府感謝財訊雙週刊謝金河社長",
        "有很好的成績。",
        [
            D("2019年", "2019"),
            # An era named by a president: no period (README).
            F("3.2%", ["年平均經濟成長率", "經濟成長率"], None, "result"),
            F("8千多點", ["股市"], None, "base"),
            F("2萬3千多點", ["股市"], None, "result"),
            F("155%", ["股市"], None, "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39467,
        "總統進一步說明，去年下半年到今年全國各行各業的表現",
        "力量有多麼大。",
        [
            D("去年下半年到今年", "Y[-1]-H2/Y"),
            D("去年", "Y[-1]"),
            F("4.84%", ["經濟成長率"], "Y[-1]", "result"),
            D("今年第一季", "Y-Q1"),
            F("5.48%", ["經濟成長率"], "Y-Q1", "result"),
            D("第二季", "Y-Q2"),
            F("8%", ["經濟成長率"], "Y-Q2", "result"),
        ],
    )
)
# 總統指出，臺灣雖然土地不大… (0到6歲 and 65歲以上 are age brackets): no figure, no date.
P.append(
    (
        "tw_president_news",
        39467,
        "總統進一步指出，政府重視年輕人也重視教育",
        "等政策來照顧年輕人。",
        [F("5,000元", ["補貼", "入住學校宿舍學生", "宿舍"], None, "result")],
    )
)
P.append(
    (
        "tw_president_news",
        39467,
        "總統表示，臺灣經濟進步、稅收增加，政府就應該要照顧人民",
        "已經核准的危老重建計畫有4,525件。",
        [
            D("1998年", "1998"),
            D("今年8月底", "Y-08"),
            F("1,258件", ["都市更新案件", "核定發布實施的都市更新案件"], "1998/Y-08", "result"),
            D("2017年", "2017"),
            # 至今: up to now, the release's month.
            F("4,525件", ["危老重建計畫", "核准的危老重建計畫"], "2017/Y-M", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39467,
        "總統提到，在青年政策方面，這個月行政院通過",
        "願生、樂養。",
        [
            D("這個月", "Y-M"),
            D("2028年", "2028"),
            F("1萬戶", ["社宅", "婚育宅"], "Y/2028", "plan", "行政院"),
        ],
    )
)

# ------------------------------------------------------------------ release 39472, 2025-09-22 (tuned on)
DOCS[("tw_president_news", 39472)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39472,
        "賴清德總統今（22）日午間前往嘉義市出席",
        "讓國家持續進步。",
        [D("今（22）日", "Y-M-22")],
    )
)
# 總統致詞時表示，嘉義市城隍廟建廟超過300年…: a duration (the temple's age), no figure, no date.
P.append(
    (
        "tw_president_news",
        39472,
        "總統提到，去年參加遶境活動時",
        "一起讓國家持續進步。",
        [
            D("去年", "Y[-1]"),
            # 現在: the release's month.
            F("超過53%", ["工程進度", "嘉義市區鐵路高架化計畫"], "Y-M", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39472,
        "總統也向現場鄉親說明政府近年的工作與目標。",
        "也能推動產業發展，一舉兩得。",
        [
            # 前幾天 names no date.
            F("十多個", ["國家", "參展國家"], None, "result"),
            F("400餘個", ["攤位數", "攤位"], None, "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39472,
        "總統接著表示，第二是推動經濟發展。",
        "期盼共同合作，讓未來經濟再創佳績。",
        [
            F("3.2%", ["年平均經濟成長率", "經濟成長率"], None, "result", "臺灣"),
            F("8千多點", ["股市"], None, "base"),
            F("2萬3千多點", ["股市"], None, "result"),
            F("155%", ["股市", "漲幅"], None, "result"),
            D("過去8年", "Y[-8]/Y[-1]"),
            D("今年第一季", "Y-Q1"),
            F("5.48%", ["經濟成長率"], "Y-Q1", "result"),
            D("第二季", "Y-Q2"),
            F("將近8%", ["經濟成長率"], "Y-Q2", "result"),
            # Still in this year's sentence: this year's high (not the second quarter's).
            F("近2萬6千點", ["股市"], "Y", "result"),
            D("8月份", "Y-08"),
            F("580多億美元", ["出口總額", "8月份出口總額"], "Y-08", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39472,
        "總統認為，經濟好，稅收增加，就要將人民照顧得更好。",
        "社會也會更好。",
        [
            # 一年編列: a yearly policy amount with no year (as 39508's 1,200億元).
            F("約1,200億元", ["0到6歲國家一起養"], None, "result"),
            F("3萬5,000元", ["補助私立大專校院", "私立大專校院", "補助"], None, "result"),
            F("2萬", ["低收入戶"], None, "result"),
            F("1萬5,000元", ["中低收入戶"], None, "result"),
        ],
    )
)
