"""Round 6 of the hand annotations, its held-out half (issue 19, 2026-12-06): period, stance, label and subject of every figure.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_6.py`` (seed 196) before any of them was read; every item
here was written by reading the paragraph, with no extractor run on these
documents and no extractor output looked at. The conventions are rounds 2 to
5's (``hand_annotations_2.py`` to ``hand_annotations_5_held.py`` and the
README); ``build_gold.py`` locates the strings and writes ``figures.jsonl``.
The tuned-on half (the 1964 and 2022 reports, releases 28569, 39243, 39479)
is ``hand_annotations_6.py``, annotated apart. This half is the session's
unseen test: scored on the code as the session began and again at its end.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1987 report (held out)
# Full-width digits, no dateline. Only three paragraphs hold four numerals; the first drawn (section 一,
# 当前国内形势和基本任务) already has 15 figures: the only one read.
DOCS[("gov_work_reports", 1987)] = {"script": "simplified", "text_date": None}
_GNP = ["国民生产总值"]
_NI = ["国民收入"]
_REV = ["国家财政收入", "财政收入"]
_EXTRA = ["部门、地方、企业拥有的预算外资金", "预算外资金"]
_CONS = ["全国城乡居民平均消费水平", "城乡居民平均消费水平", "平均消费水平", "消费水平"]
P.append(
    (
        "gov_work_reports",
        1987,
        "当前经济生活中遇到的问题，是前进中的问题",
        "使国民经济进一步纳入良性循环的轨道。",
        [
            # 近八年来 is N年来 (round 5: not written). 1986 against 1978: each 由…增加到 pair is the two years'
            # (the earlier the base), and the growth between them is a change between two years, the later one
            # (README; the 1986 report's 三倍 比一九八○年末 → 1985), not a span (that is for 平均每年, as 1988's
            # 1983/1987, or a span the text names, as 1979's 这两年).
            D("１９８６年", "1986"),
            D("１９７８年", "1978"),
            F("３４８０亿元", _GNP, "1978", "base"),
            F("９３８０亿元", _GNP, "1986", "result"),
            F("１０２％", _GNP, "1986", "result"),
            F("３０１０亿元", _NI, "1978", "base"),
            F("７７９０亿元", _NI, "1986", "result"),
            F("９４．９％", _NI, "1986", "result"),
            F("１１２１亿元", _REV, "1978", "base"),
            F("２２２０亿元", _REV, "1986", "result"),
            F("９８％", _REV, "1986", "result"),
            # 由的３４７亿元: the text's own slip (由的), the figure is the number.
            F("３４７亿元", _EXTRA, "1978", "base"),
            F("１６７０亿元", _EXTRA, "1986", "result"),
            F("３８１％", _EXTRA, "1986", "result"),
            F("１７５元", _CONS, "1978", "base"),
            F("４５０元", _CONS, "1986", "result"),
            F("８６．９％", _CONS, "1986", "result"),
            # 当前, 目前, 现在 are vague. 前两年 counts back two years from the report, a backward-looking span
            # anchored at the document (README: 过去五年, 近5年); 前几年 names no number and is vague.
            D("前两年", "Y[-2]/Y[-1]"),
        ],
    )
)

# ------------------------------------------------------------------ 2011 report (held out)
# No dateline. Sections: 一、“十一五”时期…的回顾 (2006-2010), 二、“十二五”时期的主要目标和任务 (2011-2015),
# 三、2011年的工作. Four drawn paragraphs reach 12 figures (15).
DOCS[("gov_work_reports", 2011)] = {"script": "simplified", "text_date": None}
P.append(
    (
        "gov_work_reports",
        2011,
        "--我们要推动经济发展再上新台阶。今后五年",
        "加快形成消费、投资、出口协调拉动经济增长的新局面。",
        [
            # 今后五年 is the span from the report's year (round 3's 1993 and round 4's 今后八年: relative, though
            # the heading names the 十二五 plan); its average growth has the span, a target (预期目标).
            D("今后五年", "Y/Y[+4]"),
            F("7%", ["经济增长", "我国经济增长", "经济增长预期目标"], "Y/Y[+4]", "target"),
            # A price base year (按2010年价格计算) is still a year the text states (round 5: a year in a name).
            D("2010年", "2010"),
            D("2015年", "2015"),
            # The plan's level at its end (README: 14th-FYP level goals get the end year); 将 in a plan's goals.
            F("超过55万亿元", ["国内生产总值"], "2015", "target"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2011,
        "国内生产总值增长8%左右；经济结构进一步优化",
        "放在增加就业、改善民生、促进社会和谐上。",
        [
            # The list after 今年国民经济和社会发展的主要预期目标是： (the paragraph before, not drawn) has its
            # 今年 (the 2014 report's same list: Y).
            F("8%左右", ["国内生产总值", "国内生产总值增长"], "Y", "target"),
            F("4%左右", ["居民消费价格总水平涨幅", "居民消费价格总水平", "居民消费价格"], "Y", "target"),
            F("900万人以上", ["城镇新增就业", "新增就业"], "Y", "target"),
            F("4.6%以内", ["城镇登记失业率", "登记失业率"], "Y", "target"),
        ],
    )
)
_FYP11 = "2006/2010"  # 这五年 in the 2011 report: the 十一五 period the paragraph before names
P.append(
    (
        "gov_work_reports",
        2011,
        "这五年，我国社会生产力、综合国力显着提高。",
        "国防和军队现代化建设取得重大成就。",
        [
            # 这五年 points back to “十一五”时期…五年 (the heading and the paragraph before), a plan period that
            # names its years: absolute, as round 4's 这八年 after 从一九七八年到一九八五年 (not 1986's 这五年 after
            # 过去的五年, relative). “十一五”规划 is a plan's name, not a date.
            D("这五年", _FYP11),
            # The level reached is the span's last year's; 年均 growth has the span; 从…增加到 over the span: the
            # base is the year before its first (README, round 2), the new level its last year's.
            F("39.8 万亿元", ["国内生产总值"], "2010", "result"),
            F("11.2%", ["国内生产总值"], _FYP11, "result"),
            F("3.16万亿元", ["财政收入"], "2005", "base"),
            F("8.31万亿元", ["财政收入"], "2010", "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2011,
        "继续实施积极的财政政策。保持适当的财政赤字和国债规模。",
        "研究建立规范的地方政府举债融资机制。",
        [
            # The government's own budget (拟安排): plan (round 2's 2016 and 2017 fiscal paragraphs, 赤字率 too);
            # 上年 in the plan is the year before it. 零增长 names no number; 其中 splits the deficit.
            D("今年", "Y"),
            F("9000亿元", ["财政赤字"], "Y", "plan"),
            F("7000亿元", ["中央财政赤字", "财政赤字"], "Y", "plan"),
            F("2000亿元", ["代地方发债", "地方发债", "发债"], "Y", "plan"),
            D("上年", "Y[-1]"),
            F("1500亿元", ["赤字规模", "赤字"], "Y", "plan"),
            F("2%左右", ["赤字率"], "Y", "plan"),
        ],
    )
)

# ------------------------------------------------------------------ release 39433, 2025-09-06 (held out)
# The president at the lawyers' day celebration. All 8 paragraphs: 5 figures. 第78屆 is an ordinal; 幾十年來 and
# 這幾年來 are vague; 今天的民主 is the present, vague (round 5's 今天的臺灣); 0到6歲國家一起養 and 長照2.0, 3.0
# are names (README).
DOCS[("tw_president_news", 39433)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39433,
        "賴清德總統今（6）日上午出席全國律師聯合",
        "讓社會大眾更尊重司法。",
        [D("今（6）日", "Y-M-06")],
    )
)
P.append(("tw_president_news", 39433, "總統致詞時首先代表國人祝福全國的律師", "要表達敬意與謝忱。", []))
P.append(("tw_president_news", 39433, "總統指出，幾十年來臺灣從專制走向民主", "行政干預司法的時代已經過去。", []))
P.append(("tw_president_news", 39433, "總統認為，律師全聯會是律師與政府之間", "降低對社會的衝擊。", []))
P.append(
    (
        "tw_president_news",
        39433,
        "總統說，上任後在總統府成立「國家氣候",
        "推動綠色產業發展。",
        # 2050 before 淨零轉型 is a year the text states (round 2's 38969: 2050淨零排放目標).
        [D("今年", "Y"), D("2050", "2050")],
    )
)
P.append(
    (
        "tw_president_news",
        39433,
        "總統提到，上任之後也非常重視教育，政府",
        "而無法接受教育。",
        [
            # 現在 (set against 過去…長期以來): the release's month (README), for the sentence's two subsidies,
            # enacted policy amounts (result). 每學年 and 每年 are frequencies.
            F("3萬5千元", ["補助私立大專校院學雜費", "私立大專校院學雜費", "學雜費"], "Y-M", "result"),
            F("1萬5千元至2萬元", ["補助", "公私立大專經濟弱勢學生"], "Y-M", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39433,
        "總統同時提到，政府非常關心弱勢民眾，",
        "照顧社會上相對弱勢的族群。",
        [
            D("去年", "Y[-1]"),
            # The tax thresholds (round 2's 39662 gave the same ones 現在's month): here 此外也實施減稅 opens a new
            # sentence with no time word, and 去年 belongs to the wage rises before it (a sentence's time does not
            # carry into the next, README): enacted policy amounts with no year, null. 低於 is a bound, as 未達.
            # 四口之家 and 三代同堂 name households, not counts.
            F("低於62萬6千元", ["年所得", "租屋單身者年所得", "租屋單身者"], None, "result"),
            F("164萬1千元以下", ["家庭年收入", "四口之家家庭年收入", "年收入"], None, "result"),
            F("212萬4千元以下", ["年所得", "三代同堂年所得"], None, "result"),
        ],
    )
)
P.append(("tw_president_news", 39433, "包括司法院代理院長謝銘洋、行政院政務", "亦出席是項活動。", []))

# ------------------------------------------------------------------ release 39486, 2025-09-25 (held out)
# The president in Hualien after typhoon Ragasa (樺加沙). All 13 paragraphs: 9 figures. The typhoon has no date in
# the text (round 5's 39509): its rain and damage get null. 4天, 1個月, 4個月左右, 兩週至一個月內 are durations
# (round 4's 約4個月內); 第一…第三 and 第二作戰區 are ordinals; 春節前 is named by a holiday (round 4: no date).
DOCS[("tw_president_news", 39486)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39486,
        "因應樺加沙颱風造成花蓮地區重大災情，",
        "讓民眾迅速恢復正常的生活。",
        [D("今（25）日", "Y-M-25")],
    )
)
P.append(("tw_president_news", 39486, "總統先後聽取農業部林保署花蓮分署長黃", "及災後復原處置等情形。", []))
P.append(
    (
        "tw_president_news",
        39486,
        "總統表示，此次樺加沙颱風的暴風中心雖",
        "盡速找到失蹤者。",
        [F("約700至800毫米", ["累積雨量", "4天累積雨量", "雨量"], None, "result", "花蓮")],
    )
)
P.append(("tw_president_news", 39486, "總統強調，現在大家都是花蓮人，不分彼", "幫助全體花蓮縣民。", []))
P.append(("tw_president_news", 39486, "總統也感謝行政院卓榮泰院長第一時間在", "物資救援等各項問題。", []))
P.append(
    (
        "tw_president_news",
        39486,
        "總統指出，卓院長昨日至花蓮勘災時也做出",
        "至少要能完成單向橋梁。",
        [
            D("昨日", "Y-M-24"),
            # The lake's volume now (已…降至) in the sentence of yesterday's instructions: that day; the earlier
            # volume is the base, with no time of its own (null, as 39508's bases). The lake (馬太鞍溪堰塞湖) is
            # named only in an earlier paragraph: no subject (round 5's rule).
            F("9100萬噸", ["堰塞湖水量", "水量"], None, "base"),
            F("1300萬噸", ["堰塞湖水量", "水量"], "Y-M-24", "result"),
            # A year's end is the year (README).
            D("2026年底", "2026"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39486,
        "總統同時指出，目前已有17所收容中心，",
        "讓重建工作得以順利進行。",
        [F("17所", ["收容中心"], "Y-M", "result")],
    )
)
P.append(
    ("tw_president_news", 39486, "總統表示，災情出現時已第一時間請國軍", "國軍可以進屋協助搬離大型家具或清除汙泥。", [])
)
P.append(
    (
        "tw_president_news",
        39486,
        "總統也感謝全國其他縣市消防救災人員來到",
        "避免堤防邊坡持續倒塌及溪水沖到民宅。",
        # 明年汛期前: 明年 (round 4's 39510, the same words).
        [D("明年", "Y[+1]")],
    )
)
P.append(
    (
        "tw_president_news",
        39486,
        "總統接著說明，要解決堰塞湖並非易事，",
        "作為撤離民眾的依據。",
        # A month's end is the month (round 4's 今年8月底).
        [D("今年7月底", "Y-07")],
    )
)
P.append(("tw_president_news", 39486, "總統強調，中央盡心盡力的處理堰塞湖，", "讓受災民眾盡速恢復正常生活。", []))
P.append(
    (
        "tw_president_news",
        39486,
        "隨後，總統也到光復淨水廠附近民宅以及馬",
        "讓災民恢復通訊。",
        [
            # 目前 holds its sentence (the release's month); 今天晚上 is the release's day. 台電's 100% is an aim
            # with no deadline (null: the sentence's 目前 is the state it starts from). The next sentence, opened by
            # 另外, states a present with no time word of its own: null (README). 一半 counts as a share (1999's).
            F("4成", ["供水"], "Y-M", "result", "光復淨水廠"),
            D("今天晚上", "Y-M-25"),
            F("98%", ["復電進度", "復電"], "Y-M", "result"),
            F("100%", ["復電"], None, "target", ["台電公司", "台電"]),
            F("一半", ["受損基地台修復", "基地台修復", "受損基地台"], None, "result"),
            F("三家", ["電信公司"], None, "result"),
        ],
    )
)
P.append(("tw_president_news", 39486, "包括國防部長顧立雄、前進協調所總協調官", "亦分別陪同是項行程。", []))

# ------------------------------------------------------------------ release 39563, 2025-10-26 (held out)
# The president in Tainan after typhoon Danas (丹娜絲); the relief amounts are round 5's 39509's. Paragraphs in
# reading order until 12 figures (the sixth: 14).
DOCS[("tw_president_news", 39563)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39563,
        "賴清德總統今（26）日下午前往臺南關心丹",
        "讓臺南在國際上持續前進。",
        [D("今（26）日", "Y-M-26")],
    )
)
P.append(
    (
        "tw_president_news",
        39563,
        "總統表示，對今年7月丹娜絲颱風在臺南嘉",
        "完成各項工作。",
        [D("今年7月", "Y-07")],
    )
)
P.append(
    (
        "tw_president_news",
        39563,
        "總統指出，丹娜絲颱風是罕見由臺灣海峽從",
        "政府也會持續提供協助。",
        [
            # The typhoon's damage: its month is named only in the paragraph before (null, as 39382's 3萬多戶);
            # a typhoon is no subject (README), 嘉義縣 belongs to the next clause.
            F("4千多支", ["電線桿"], None, "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39563,
        "總統也提到，本次也首次針對屋頂與牆面災",
        "畜舍等農業設施補助至5到8成。",
        [
            # Enacted relief: policy amounts with no year (39509's same scheme), thresholds kept (README). 各補助1萬元
            # names 中央 (39509's 中央政府亦補助1萬元).
            F("超過100平方公尺", ["屋頂與牆面災損面積", "災損面積", "受損"], None, "result"),
            F("10萬元", ["補助"], None, "result"),
            F("20至100平方公尺", ["屋頂與牆面災損面積", "災損面積"], None, "result"),
            F("5萬元", ["補助"], None, "result"),
            F("20平方公尺以下", ["屋頂與牆面災損面積", "災損面積"], None, "result"),
            F("1萬元", ["補助"], None, "result", ["中央", "中央與地方"]),
            F("2萬元", ["獎勵金"], None, "result"),
            F("3萬元", ["工班獎勵", "獎勵"], None, "result"),
            F("5到8成", ["農業設施補助", "補助"], None, "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39563,
        "總統表示，災後復原之外，臺南的建設也要",
        "盡力促成計畫核定。",
        # 明年年底前: a year's end is the year (README).
        [D("明年年底", "Y[+1]")],
    )
)
_BLUE = ["第一期藍線", "臺南捷運藍線", "藍線"]
P.append(
    (
        "tw_president_news",
        39563,
        "總統提到，擔任臺南市長期間將捷運案送至",
        "串聯起臺南未來主要的交通運輸系統。",
        [
            # An approved plan's cost, not yet spent: plan (round 5: what will be built is a plan, as a budget);
            # 現在 opens its clause: the release's month (README). The funders' shares name 中央 (39509's 由中央
            # 協助支應). The route's length is the next sentence's, with no time word and the line named only
            # before it: null, no subject. 擔任臺南市長期間 is an era, no date.
            F("約327億元", ["計畫總經費", "總經費", "經費"], "Y-M", "plan", _BLUE),
            F("約193億元", ["中央補助", "補助"], "Y-M", "plan", ["中央"] + _BLUE),
            F("約133億元", ["地方自籌", "自籌"], "Y-M", "plan", _BLUE),
            F("約8公里", ["全長", "路線"], None, "plan"),
        ],
    )
)
