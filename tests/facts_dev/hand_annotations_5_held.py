"""Round 5 of the hand annotations, its held-out half (issue 19, 2026-12-06): period, stance, label and subject of every figure.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_5.py`` (seed 195) before any of them was read; every item
here was written by reading the paragraph, with no extractor run on these
documents and no extractor output looked at. The conventions are rounds 2 to
4's (``hand_annotations_2.py`` to ``hand_annotations_4_held.py`` and the
README); ``build_gold.py`` locates the strings and writes ``figures.jsonl``.
The tuned-on half (the 1960 and 1986 reports, releases 39509, 39674, 39694) is
``hand_annotations_5.py``.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 2000 report (held out)
# Reviews 1999 under 一、1999年国内工作回顾; section 二 (坚持实行扩大内需的方针) looks back over the two years
# of the active fiscal policy. No dateline in the text. Two paragraphs reach 12 figures.
DOCS[("gov_work_reports", 2000)] = {"script": "simplified", "text_date": None}
P.append(
    (
        "gov_work_reports",
        2000,
        "城乡人民生活继续改善。",
        "又提高了人民的生活质量。",
        [
            # A level raised from a date has the year of the new level (38969's 從今天開始…基本工資).
            D("去年7月1日", "Y[-1]-07-01"),
            F(
                "30％",
                [
                    "国有企业下岗职工基本生活费水平、失业保险金水平、城镇居民最低生活保障金水平",
                    "国有企业下岗职工基本生活费水平",
                    "下岗职工基本生活费水平",
                    "基本生活费水平",
                    "失业保险金水平",
                    "城镇居民最低生活保障金水平",
                ],
                "Y[-1]",
                "result",
            ),
            # No time word of their own: the heading's 1999.
            F("540多亿元", ["国家财政共增加支出", "国家财政支出", "财政支出", "支出"], "1999", "result"),
            F("8400多万人", ["受益", "城镇中低收入者"], "1999", "result"),
            D("上年", "1998"),
            F("9．3％", ["城镇居民人均可支配收入", "人均可支配收入"], "1999", "result"),
            F("3．8％", ["农村居民人均纯收入", "人均纯收入"], "1999", "result"),
            F("800万人", ["贫困人口"], "1999", "result"),
        ],
    )
)
_TWO_YEARS = "Y[-2]/Y[-1]"  # 两年来 in the 2000 report: 1998-1999, the years of the active fiscal policy
P.append(
    (
        "gov_work_reports",
        2000,
        "继续实施积极的财政政策。",
        "为经济的长远发展打下了更好基础。",
        [
            # 两年来 is not written as a date (N年来 other than 一年来, as the tuned-on half and 28866's 20年來), but
            # what was done in those two years has their span, as figures under 过去五年 do; 当前 and 长远 are vague.
            F("2100亿元", ["长期国债", "国债"], _TWO_YEARS, "result"),
            F("4200多亿元", ["银行贷款和自筹资金", "银行贷款"], _TWO_YEARS, "result"),
            F("5100多个", ["项目"], _TWO_YEARS, "result"),
            # The list after 已建成的主要有： has the span of its sentence.
            F("近6100公里", ["加固大江大河大湖堤防", "大江大河大湖堤防", "堤防"], _TWO_YEARS, "result"),
            F("1．2万公里", ["新增公路通车里程", "公路通车里程"], _TWO_YEARS, "result"),
            F("3358公里", ["高速公路"], _TWO_YEARS, "result"),
            F("1423公里", ["铁路新线", "增加铁路新线"], _TWO_YEARS, "result"),
            F("643公里", ["复线"], _TWO_YEARS, "result"),
            F(
                "90万公里",
                ["新建和改造农村电网高低压线路", "农村电网高低压线路", "高低压线路", "农村电网"],
                _TWO_YEARS,
                "result",
            ),
            F("250亿公斤", ["仓容", "国家粮食储备库"], _TWO_YEARS, "result"),
        ],
    )
)

# ------------------------------------------------------------------ 2015 report (held out)
# Reviews 2014 under 一、2014年工作回顾; section 四 (协调推动经济稳定增长和结构优化) plans 2015. No dateline.
# Three paragraphs reach 12 figures.
DOCS[("gov_work_reports", 2015)] = {"script": "simplified", "text_date": None}
P.append(
    (
        "gov_work_reports",
        2015,
        "新农村建设要惠及广大农民。",
        "减少农村贫困人口1000万人以上。",
        [
            # What the government itself builds or solves is its plan (round 2's 淘汰…380万辆); 力争 and an
            # outcome (fewer poor) are targets. The figure text stops before the measured noun (README).
            D("今年", "Y"),
            F("6000万", ["农村人口", "农村人口饮水安全问题", "饮水安全问题"], "Y", "plan"),
            F("20万公里", ["新建改建农村公路", "农村公路"], "Y", "plan"),
            F("20多万", ["无电人口"], "Y", "target"),
            D("今年", "Y"),
            F("1000万人以上", ["农村贫困人口", "贫困人口"], "Y", "target"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2015,
        "加强就业和社会保障。完善就业促进政策",
        "生活补助标准提高20%以上。",
        [
            F("10%", ["企业退休人员基本养老金水平", "基本养老金水平", "基本养老金"], "2014", "result"),
            F("740万套", ["新开工保障性安居工程", "保障性安居工程"], "2014", "result"),
            F("511万套", ["保障性安居工程", "基本建成"], "2014", "result"),
            # 分别: the first is the towns' standard, the second the countryside's.
            F("9.97%", ["城乡低保标准", "低保标准"], "2014", "result"),
            F("14.1%", ["城乡低保标准", "低保标准"], "2014", "result"),
            F(
                "20%以上",
                [
                    "残疾军人、烈属和老复员军人等优抚对象抚恤和生活补助标准",
                    "优抚对象抚恤和生活补助标准",
                    "抚恤和生活补助标准",
                    "生活补助标准",
                ],
                "2014",
                "result",
            ),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2015,
        "继续把简政放权、放管结合作为改革的重头戏。",
        "市场的无限潜力。",
        [
            # 全年 in the review is the heading's year, as round 2's 全年 in 1992 and 2024.
            D("全年", "2014"),
            F("246项", ["行政审批事项", "取消和下放行政审批事项"], "2014", "result", "国务院"),
            F("29项", ["评比达标表彰项目"], "2014", "result", "国务院"),
            F("149项", ["职业资格许可和认定事项"], "2014", "result", "国务院"),
            F("1293万户", ["新登记注册市场主体", "市场主体"], "2014", "result"),
            F("45.9%", ["新登记注册企业", "企业"], "2014", "result"),
        ],
    )
)

# ------------------------------------------------------------------ release 28550, 2024-07-04 (held out)
# All eleven paragraphs hold 9 figures. This year's delegation: figures with no time word of their own in the
# paragraphs that speak of 今年 are this year's.
DOCS[("tw_president_news", 28550)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        28550,
        "賴清德總統今（4）日上午接見「我國",
        "為臺灣的科學發展貢獻力量。",
        [
            D("今（4）日", "Y-M-04"),
            # A year inside an event's name is still a year the text states.
            D("2024年", "2024"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28550,
        "總統致詞時表示，他很高興能與來自",
        "強大的科學實力。",
        [D("今年", "Y")],
    )
)
P.append(
    (
        "tw_president_news",
        28550,
        "總統指出，臺灣科學教育館每年舉辦",
        "達到歷屆最多。",
        [
            # 每年 is a frequency, 已經超過22年 a duration.
            D("今年", "Y"),
            D("今年", "Y"),
            F("27國", ["國", "報名參加"], "Y", "result"),
            F("369件", ["作品", "報名參加"], "Y", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28550,
        "總統表示，我們從臺灣的參賽者中，",
        "更是全數獲獎。",
        [
            F("48名", ["學生"], "Y", "result", "臺灣"),
            F("29件", ["作品"], "Y", "result", "臺灣"),
            D("今年", "Y"),
            # 比過去增加: a change from a base the text gives no figure for.
            F("3個", ["國際科展", "臺灣今年參加的國際科展"], "Y", "result", "臺灣"),
            F("11個", ["國際科展", "臺灣今年參加的國際科展"], "Y", "result", "臺灣"),
            # 截至目前: the release's month.
            F("7個", ["獎項"], "Y-M", "result", ["美國國際科技展覽會", "我國代表團"]),
            F(
                "5件",
                ["作品"],
                "Y",
                "result",
                ["義大利科學博覽會", "突尼西亞國際工程與科技節", "加拿大科學展覽會", "代表團"],
            ),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28550,
        "總統感謝科教館用心舉辦活動，也再次",
        "都有亮眼的成績。",
        [
            # One span written as one expression (round 2's 1到11月); the delegations still to be sent are planned.
            D("下半年到明年", "Y-H2/Y[+1]"),
            F("7個", ["代表團"], "Y-H2/Y[+1]", "plan"),
        ],
    )
)
P.append(("tw_president_news", 28550, "總統說，相信透過每一次的參賽、交流", "引領臺灣的科學發展。", []))
P.append(
    (
        "tw_president_news",
        28550,
        "總統提到，今年，有同學嘗試開發組織",
        "對全球性議題的關注。",
        [D("今年", "Y")],
    )
)
# 現在 and 未來 are vague; 第二期 is part of a name.
P.append(("tw_president_news", 28550, "總統表示，現在，迎向全球智慧化及面", "人文素養的跨領域人才。", []))
P.append(("tw_president_news", 28550, "總統期盼，各位師長能與政府一起努力", "對科學教育的長期支持。", []))
P.append(("tw_president_news", 28550, "總統說，現場的同學代表國家參加競賽", "為臺灣的科學發展貢獻力量。", []))
P.append(("tw_president_news", 28550, "代表團由美國國際科技展覽會特別獎評", "秘書長潘孟安也在座。", []))

# ------------------------------------------------------------------ release 39094, 2025-03-06 (held out)
# TSMC's US investment; the first eleven paragraphs are the president's words, then the chairman's. Paragraphs
# in reading order until 12 figures (the 17th). A company's own announced investment, and what it will build,
# is its plan, as a government's budget is (nothing in it is yet done). Process nodes (兩奈米, 1.6、1.4、1.2奈米,
# 1.0奈米) name technologies, as round 2's 7奈米以下 did: not figures. 50年來 and 37年來 are durations (28866's
# 20年來); 百年後的今天 and 今天的臺灣 are the present, vague; 百年前 is N年前 (round 1's 20年前).
DOCS[("tw_president_news", 39094)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39094,
        "賴清德總統今（6）日下午偕同台積電",
        "臺美關係歷史性的時刻。",
        [D("今（6）日", "Y-M-06")],
    )
)
P.append(("tw_president_news", 39094, "總統表示，半導體產業在臺灣的發展，", "能更進一步發展、壯大。", []))
P.append(("tw_president_news", 39094, "總統致詞內容：", "總統致詞內容：", []))
P.append(
    (
        "tw_president_news",
        39094,
        "四年前，台積電在美國亞利桑納州的投",
        "，引起全球矚目。",
        [D("四年前", "Y[-4]"), D("兩天前", "Y-M-04")],
    )
)
P.append(("tw_president_news", 39094, "來自臺灣的台積電魏哲家董事長，在美", "臺美關係歷史性的時刻。", []))
P.append(
    (
        "tw_president_news",
        39094,
        "我在收看魏哲家董事長跟川普總統的記",
        "得到世界肯定的夢想。",
        # 兩句話 counts the two phrases quoted after it, the speaker's own list (兩項挑戰, README).
        [D("1921年", "1921"), D("百年前", "Y[-100]")],
    )
)
P.append(
    (
        "tw_president_news",
        39094,
        "百年後的今天，臺灣雖然站在威權的第",
        "也是臺灣共同的驕傲。",
        [D("百年前", "Y[-100]")],
    )
)
P.append(("tw_president_news", 39094, "半導體產業在臺灣的發展，50年來是", "成就了臺灣更大的實力。", []))
P.append(("tw_president_news", 39094, "如果我們從台積電的全球布局來看，又", "能夠更進一步地發展、壯大。", []))
P.append(
    (
        "tw_president_news",
        39094,
        "最後，我要感謝台積電魏哲家董事長，",
        "回答國人關心的幾個問題。",
        [D("今天", "Y-M-06")],
    )
)
P.append(("tw_president_news", 39094, "現在，我們就把麥克風交給台積電另外", "我們用掌聲歡迎。", []))
P.append(
    (
        "tw_president_news",
        39094,
        "隨後，魏哲家董事長針對台積電承諾將",
        "是為了回應客戶需求。",
        [F("1千億美元", ["投資", "對美擴大投資"], None, "plan", "台積電")],
    )
)
P.append(("tw_president_news", 39094, "魏董事長提到，當地政府的幫忙不可或", "從來沒有改變過。", []))
P.append(("tw_president_news", 39094, "魏董事長表示，台積電擴大對美國投資", "沒有後顧之憂。", []))
P.append(
    (
        "tw_president_news",
        39094,
        "魏董事長進一步說明，他在美國宣布多",
        "每年都在進步。",
        [
            # 一個 counts here, beside 三個 and 兩個; 一個技術 further on is an article.
            F("1千億美金", ["投資"], None, "plan", "台積電"),
            F("三個", ["廠"], None, "plan", "台積電"),
            F("兩個", ["高階封裝"], None, "plan", "台積電"),
            F("一個", ["研發中心"], None, "plan", "台積電"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39094,
        "魏董事長指出，從兩奈米做到1.6、",
        "生產線具有的特性。",
        [
            # 約有1萬人: 有 stands between 約 and the number, so the figure is the number alone.
            F("1萬人", ["研發中心", "台積電研發中心"], "Y-M", "result", "台積電"),
            # The US lines' R&D centre is one of the investment's three kinds of buildings: planned.
            F("1千人", ["研發中心"], None, "plan", ["台積電", "美國"]),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39094,
        "魏董事長談到，台積電在美投資的1千",
        "「不會影響對臺灣的投資」。",
        [
            F("1千億美元", ["投資", "台積電在美投資"], None, "plan", "台積電"),
            F("三個", ["生產線", "新的生產線"], None, "plan", "台積電"),
            F("兩座", ["先進封裝廠"], None, "plan", "台積電"),
            F("一個", ["研發中心"], None, "plan", "台積電"),
            D("今年", "Y"),
            F("11個", ["生產線"], "Y", "plan", ["台積電", "臺灣"]),
            F("1千億美元", ["投資"], None, "plan", ["台積電", "美國"]),
            F("11個", ["生產線"], "Y", "plan", ["台積電", "臺灣"]),
            D("昨日", "Y-M-05"),
            # 往後幾年 is vague.
            F("10多個", ["生產線"], None, "plan", "台積電"),
        ],
    )
)

# ------------------------------------------------------------------ release 39165, 2025-04-06 (held out)
# The president's address on the US tariffs. All 23 paragraphs hold 10 figures. 五項 (策略), 五點 (作法), 九大面向,
# 策略一…五 and 1、…5、 are the speaker's lists and section numbers; 零關稅 and 臺灣加1 are names, not figures.
# A tariff announced (近日, vague) is a policy amount with no time of its own: null. 過去半個多世紀 is vague.
DOCS[("tw_president_news", 39165)] = {"script": "traditional", "text_date": None}
_TARIFF_SUBJECT = ["美國政府", "美國", "臺灣"]
P.append(
    (
        "tw_president_news",
        39165,
        "針對近日美國政府以「對等關稅」為名",
        "為臺灣經濟打開更寬闊的出路。",
        [
            F("32%", ["對等關稅", "關稅"], None, "result", _TARIFF_SUBJECT),
            D("今（6）日", "Y-M-06"),
        ],
    )
)
P.append(("tw_president_news", 39165, "總統談話內容為：", "總統談話內容為：", []))
P.append(("tw_president_news", 39165, "各位國人同胞，大家好。", "各位國人同胞，大家好。", []))
P.append(
    (
        "tw_president_news",
        39165,
        "美國政府近日以「對等」為名，宣布對",
        "才能轉危為安。",
        [F("32%", ["關稅", "加徵"], None, "result", _TARIFF_SUBJECT)],
    )
)
P.append(("tw_president_news", 39165, "這段期間，感謝社會各界提供寶貴的意", "將列為決策的參考。", []))
P.append(
    (
        "tw_president_news",
        39165,
        "然而，如果冷靜、仔細分析臺灣對美國",
        "請大家不要恐慌。",
        [
            D("去年", "Y[-1]"),
            F("1,114億美元", ["臺灣對美國出口金額", "對美國出口金額", "出口金額"], "Y[-1]", "result", "臺灣"),
            F("23.4%", ["對美國出口金額", "全體出口總額", "占全體出口總額"], "Y[-1]", "result", "臺灣"),
            F("75%以上", ["產品", "銷往美國以外的世界各地"], "Y[-1]", "result", "臺灣"),
            # The share of what goes to the US (the sentence names no entity of its own).
            F("65.4%", ["資通訊產品以及電子零組件", "資通訊產品", "電子零組件", "銷往美國的產品"], "Y[-1]", "result"),
        ],
    )
)
P.append(("tw_president_news", 39165, "面對美國的「對等關稅」，臺灣沒有計", "也不會有任何改變。", []))
P.append(("tw_president_news", 39165, "但我們要讓美國清楚知道，臺灣對於美", "採取以下五項策略來應變。", []))
P.append(("tw_president_news", 39165, "策略一，透過談判，全力爭取改善對等", "有五點作法：", []))
P.append(("tw_president_news", 39165, "1、臺灣已經組成談判小組，由行政院鄭", "「零關稅」開始談起。", []))
P.append(("tw_president_news", 39165, "2、擴大對美採購以降低貿易逆差，行政", "各項採購都會積極進行。", []))
P.append(
    (
        "tw_president_news",
        39165,
        "3、擴大對美國的投資，目前臺灣累計",
        "共創未來的經濟黃金時代。",
        [
            # 目前: the release's month; the jobs are those the investment made, stated with it.
            F(
                "超過1,000億美元",
                ["臺灣累計對美國投資金額", "累計對美國投資金額", "對美國投資金額", "投資金額"],
                "Y-M",
                "result",
                "臺灣",
            ),
            F("約40萬個", ["工作機會"], "Y-M", "result", "臺灣"),
        ],
    )
)
P.append(("tw_president_news", 39165, "4、排除非關稅貿易障礙，非關稅貿易障", "讓談判更加順利。", []))
P.append(("tw_president_news", 39165, "5、解決美方長期所關切的高科技產品出", "也就是洗產地的問題。", []))
P.append(
    (
        "tw_president_news",
        39165,
        "策略二，提出產業支持計劃，針對國內",
        "並協助創新升級轉型。",
        [
            # 前日: the day before yesterday. A package's count of measures, as 39300's 17項 (因應策略), dated by its
            # sentence.
            D("前日", "Y-M-04"),
            F("20項", ["措施"], "Y-M-04", "result", "行政院"),
        ],
    )
)
P.append(("tw_president_news", 39165, "策略三，提出中長期經濟發展計劃，此時", "經濟挑戰的根本途徑。", []))
P.append(("tw_president_news", 39165, "政府將積極和友盟國家合作，既開拓多元", "繁榮的新臺灣。", []))
P.append(("tw_president_news", 39165, "策略四，臺灣加1；亦即臺灣加美國的新", "亦即臺灣加美國的新布局：", []))
P.append(("tw_president_news", 39165, "「立足臺灣，布局全球，行銷全世界」是", "也進一步進入美國市場。", []))
P.append(("tw_president_news", 39165, "策略五，開啟產業傾聽之旅：", "策略五，開啟產業傾聽之旅：", []))
P.append(("tw_president_news", 39165, "產業不分類別，不管大小，美國一旦開徵", "讓政策更符合需求。", []))
P.append(
    (
        "tw_president_news",
        39165,
        "各位國人同胞，過去半個多世紀，臺灣經",
        "為臺灣經濟打開更寬闊的出路。",
        [
            # A count with a measure word (round 2's 两次 of rate cuts) over a span the text leaves vague: null.
            F("兩次", ["能源危機"], None, "result", "臺灣"),
        ],
    )
)
P.append(("tw_president_news", 39165, "讓我們一起加油，謝謝大家。", "讓我們一起加油，謝謝大家。", []))
