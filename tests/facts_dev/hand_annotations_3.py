"""Round 3 of the hand annotations (issue 19, this session): period, stance, label and subject of every figure.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_3.py`` before any of them was read; every item here was
written by reading the paragraph, with no extractor run on these documents.
The conventions are round 2's (``hand_annotations_2.py`` and the README);
``build_gold.py`` locates the strings and writes ``figures.jsonl``.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1993 report (tuned on)
# Full-width digits; no dateline. Paragraphs in the drawn order until 12 figures.
DOCS[("gov_work_reports", 1993)] = {"script": "simplified", "text_date": None}
P.append(
    (
        "gov_work_reports",
        1993,
        "今后五年是实现我国现代化建设第二步战略目标",
        "在经济建设中我们要着重抓好以下工作：",
        [
            D("今后五年", "Y/Y[+4]"),
            D("２０１０年", "2010"),
            # The “八五” plan (1991-1995) is adjusted: the original average is the base of the change.
            F("百分之六", ["国民经济增长速度", "增长速度"], "1991/1995", "base"),
            F("百分之八至九", ["国民经济增长速度", "增长速度"], "1991/1995", "target"),
            D("今后五年", "Y/Y[+4]"),
            D("２０００年", "2000"),
            D("１９８０年", "1980"),
            F("翻两番", ["国民生产总值"], "2000", "target"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1993,
        "这次国务院的机构改革方案，是本着转变职能",
        "事业单位要按照政事分开和社会化的原则进行改革。",
        [
            F("４１个", ["国务院组成部门"], None, "plan", "国务院"),
            F("１８个", ["国务院直属机构和办事机构", "直属机构和办事机构"], None, "plan", "国务院"),
            F("５９个", ["国务院的部委和直属机构、办事机构", "部委和直属机构、办事机构"], None, "plan", "国务院"),
            F("８６个", ["国务院的部委和直属机构、办事机构", "部委和直属机构、办事机构"], "Y", "base", "国务院"),
            F("２７个", ["国务院的部委和直属机构、办事机构", "部委和直属机构、办事机构"], None, "plan", "国务院"),
            F("８５个", ["非常设机构"], None, "base"),
            F("２６个", ["非常设机构"], None, "plan"),
            F(
                "百分之二十五左右",
                ["各级国家机关工作人员总数减少幅度", "国家机关工作人员总数", "工作人员总数"],
                None,
                "plan",
            ),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1993,
        "加强能源建设，实行开发与节约并重的方针。",
        "以适应国家建设的需要。",
        [
            D("１９９７年", "1997"),
            F("１３亿吨左右", ["原煤年产量", "原煤产量"], "1997", "target"),
            F("６５００万千瓦", ["新增装机容量", "装机容量"], "Y/Y[+4]", "target"),
            D("１９９７年", "1997"),
            F("９４００万吨", ["钢产量"], "1997", "target"),
        ],
    )
)

# ------------------------------------------------------------------ 2017 report (tuned on)
# Its text opens with the dateline ——2017年3月5日.
DOCS[("gov_work_reports", 2017)] = {"script": "simplified", "text_date": "2017-03-05"}
P.append(
    (
        "gov_work_reports",
        2017,
        "财政政策要更加积极有效。",
        "坚守节用裕民的正道。",
        [
            D("今年", "Y"),
            F("3%", ["赤字率"], "Y", "plan"),
            F("2.38万亿元", ["财政赤字"], "Y", "plan"),
            D("去年", "Y[-1]"),
            F("2000亿元", ["财政赤字"], "Y", "plan"),
            F("1.55万亿元", ["中央财政赤字"], "Y", "plan"),
            F("8300亿元", ["地方财政赤字"], "Y", "plan"),
            F("8000亿元", ["地方专项债券"], "Y", "plan"),
            D("今年", "Y"),
            D("全年", "Y"),
            F("3500亿元左右", ["企业税负"], "Y", "plan"),
            F("约2000亿元", ["涉企收费"], "Y", "plan"),
            F("9.5%", ["对地方一般性转移支付规模", "一般性转移支付规模", "一般性转移支付"], "Y", "plan"),
            F("5%", ["一般性支出"], "Y", "plan"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2017,
        "——人民生活继续改善。",
        "城乡居民生活水平有新的提高。",
        [
            F("6.3%", ["全国居民人均可支配收入", "居民人均可支配收入"], "Y[-1]", "result"),
            F("1240万", ["农村贫困人口"], "Y[-1]", "result"),
            F("超过240万", ["易地扶贫搬迁人口"], "Y[-1]", "result"),
            F("600多万套", ["棚户区住房改造"], "Y[-1]", "result"),
            F("380多万户", ["农村危房改造"], "Y[-1]", "result"),
            F("超过1.2亿人次", ["出境旅游"], "Y[-1]", "result"),
        ],
    )
)

# ------------------------------------------------------------------ release 28652, 2024-08-13 (tuned on)
DOCS[("tw_president_news", 28652)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        28652,
        "賴清德總統今（13）日下午前往新北市貢寮區衛生所",
        "確保偏鄉民眾健康同樣可以得到很好的照顧。",
        [D("今（13）日", "Y-M-13")],
    )
)
P.append(
    (
        "tw_president_news",
        28652,
        "總統說，他於競選總統時提出「健康臺灣」的願景",
        "開始籌組百億癌症新藥基金",
        [
            D("2019年到2023年", "2019/2023"),
            F("3億元", ["優化偏鄉醫療精進計畫", "優化偏鄉醫療精進計畫經費"], "2019/2023", "result"),
            D("今年到2027年", "Y/2027"),
            F("63億元", ["第二期計畫", "優化偏鄉醫療精進計畫"], "Y/2027", "plan"),
            D("明年", "Y[+1]"),
            F("超過60億元", ["癌症篩檢的預算", "癌症篩檢預算"], "Y[+1]", "plan"),
            D("明年", "Y[+1]"),
            F("50億元", ["癌症新藥基金", "百億癌症新藥基金"], "Y[+1]", "plan"),
            D("後年", "Y[+2]"),
            F("50億", ["癌症新藥基金", "百億癌症新藥基金"], "Y[+2]", "plan"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28652,
        "總統指出，明年開始臺灣65歲以上長輩占人口數",
        "因此長照非常重要。",
        [
            D("明年", "Y[+1]"),
            F("超過20%", ["65歲以上長輩占人口數", "65歲以上長輩", "長輩占人口數"], "Y[+1]", "forecast", "臺灣"),
            D("2016", "2016"),
            # 馬英九's era names no year (README: null); the earlier side of the comparison with 今年.
            F("約700多個", ["長照據點"], None, "base"),
            F("約50億元", ["長照預算", "一年預算", "預算"], None, "base"),
            D("今年", "Y"),
            F("1萬4千多點", ["ABC長照據點", "長照據點"], "Y", "result"),
            F("876億元", ["長照預算", "一年預算", "預算"], "Y", "result"),
            D("2017年", "2017"),
            F("約60個", ["長照據點"], "2017", "base", "新北市"),
            D("今年", "Y"),
            F("1,705個", ["長照據點"], "Y", "result", "新北市"),
            F("超過25%", ["老年人比例"], None, "result", ["貢寮", "貢寮區"]),
        ],
    )
)

# ------------------------------------------------------------------ release 39508, 2025-10-03 (tuned on)
DOCS[("tw_president_news", 39508)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39508,
        "賴清德總統今（3）日下午視察屏東縣車城鄉",
        "讓臺灣越來越好、持續進步。",
        [D("今（3）日", "Y-M-03")],
    )
)
P.append(
    (
        "tw_president_news",
        39508,
        "總統致詞時表示，面對臺灣人口結構的轉變",
        "也推動高中職免學費和私立大學學費補助。",
        [
            F("1,200億元", ["0到6歲國家一起養"], None, "result"),
            F("10萬元", ["人工生殖補助"], None, "base"),
            F("15萬元", ["人工生殖補助"], None, "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39508,
        "總統提到，今年我國65歲以上人口已達兩成",
        "以推動「長照3.0」。",
        [
            D("今年", "Y"),
            F("兩成", ["65歲以上人口"], "Y", "result"),
            F("約50億元", ["長照預算"], None, "base"),
            F("800多億元", ["長照預算"], None, "result"),
            D("今年度", "Y"),
            F("900多億元", ["長照預算"], "Y", "result"),
            D("明年", "Y[+1]"),
            F("超過1,100億元", ["長照預算"], "Y[+1]", "plan"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39508,
        "總統同時說，蔡前總統上任前",
        "也是文明的象徵。",
        [
            F("約700多處", ["全國長照據點", "長照據點"], None, "base"),
            F("超過15,000個", ["長照據點", "據點"], "Y-M", "result"),
            F("超過10萬人", ["長照服務員"], "Y-M", "result"),
            F("約4萬元", ["長照服務員薪資", "薪資"], "Y-M", "result"),
        ],
    )
)

# ------------------------------------------------------------------ release 39579, 2025-10-29 (tuned on)
DOCS[("tw_president_news", 39579)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39579,
        "賴清德總統今（29）日上午出席《百大醫言堂》",
        "幸福繁榮的福爾摩沙。",
        [D("今（29）日", "Y-M-29")],
    )
)
P.append(
    (
        "tw_president_news",
        39579,
        "總統致詞時表示，非常榮幸受邀出席",
        "做為重陽節的好禮物。",
        [D("今天", "Y-M-29")],
    )
)
P.append(
    (
        "tw_president_news",
        39579,
        "總統指出，臺灣已經進入高齡化社會",
        "這是非常可惜的事情。",
        [
            F("460幾萬人", ["65歲以上的長輩", "長輩"], "Y-M", "result", "臺灣"),
            F("超過19%", ["占總人口的比例", "比例"], "Y-M", "result", "臺灣"),
            F("20%", ["占總人口的比例", "比例"], "Y-M", "forecast", "臺灣"),
            F("約80歲左右", ["國人平均餘命", "平均餘命"], None, "result"),
            F("約有8年", ["不健康年數"], None, "result"),
            F("10%", ["不健康的時間", "時間"], None, "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39579,
        "總統說明，健康不只是長壽",
        "全面推動健康促進、疾病防治和醫療永續。",
        [D("去年", "Y[-1]")],
    )
)
P.append(
    (
        "tw_president_news",
        39579,
        "在慢性病防治與健康促進方面",
        "到今年7月已有超過21萬國人受惠。",
        [
            D("去年", "Y[-1]"),
            D("2030年", "2030"),
            F("8成", ["加入健康照護網的病友", "病友"], "2030", "target"),
            F("8成", ["接受生活習慣諮詢的病友", "照護網內的病友", "病友"], "2030", "target"),
            F("8成", ["病情獲得控制的病友", "病友"], "2030", "target"),
            D("今年", "Y"),
            D("今年7月", "Y-07"),
            F("超過21萬", ["受惠國人", "國人"], "Y-07", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39579,
        "總統也提出對於癌症防治的重視",
        "才能夠確保健康。",
        [
            D("民國74年", "1985"),
            F("5萬多條", ["寶貴生命", "生命"], None, "result"),
            D("今年", "Y"),
            F("100億元", ["癌症新藥基金", "規模"], "Y", "result"),
            D("今年", "Y"),
            F("28億元", ["癌症篩檢預算"], "Y[-1]", "base"),
            F("68億元", ["癌症篩檢預算"], "Y", "result"),
            D("今年9月", "Y-09"),
            F("超過448萬人次", ["篩檢", "癌症篩檢"], "Y-09", "result"),
        ],
    )
)
