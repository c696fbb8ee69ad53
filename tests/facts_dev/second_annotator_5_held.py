"""A second, independent annotation of round 5's held-out passages (issue 19), for ``agreement.py``.

Written by reading only each passage's text and the figure and date strings
the first annotator marked (their text and ``n``, never their label, period,
stance, subject or value), with the README's conventions of rounds 1 to 5.
No extractor ran. It measures how often two annotators agree on these fields,
the ceiling beside the extractor's scores; it is not gold and ``build_gold.py``
does not read it. Caveat: the README's round-5 section, read first as the
conventions, already states a few of the first annotator's decisions on these
very texts (两年来's span, 前日, the tariff's ``null``, TSMC's ``plan``), so
agreement on those is not independent.

Each passage is keyed by ``(corpus, id, start, end)``, its offsets in
``figures.jsonl``; items are in reading order and located the way
``build_gold.py`` locates them (each after the previous one), which gives
the same ``text`` + ``n`` identity. Periods use the notation of
``hand_annotations_2.py`` (``Y[-1]``, ``Y-M-04``; no round-5 held-out
document states its own date, so the undated period is the relative one).
"""

from hand_annotations_2 import D, F

_TWO_YEARS = "Y[-2]/Y[-1]"  # 两年来 in the 2000 report: 1998 and 1999, what the bonds built in them
_TSMC = ["台積電"]
_US = ["美國政府", "美國"]

#: (corpus, id, start, end) -> items in reading order
P = {
    # ---------------------------------------------------------------- 2000 report, reviewing 1999
    ("gov_work_reports", 2000, 1150, 1448): [
        D("去年7月1日", "Y[-1]-07-01"),
        # Raised from 1 July: the sentence's own date.
        F(
            "30％",
            [
                "下岗职工基本生活费水平",
                "失业保险金水平",
                "城镇居民最低生活保障金水平",
                "国有企业下岗职工基本生活费水平",
            ],
            "Y[-1]-07-01",
            "result",
        ),
        F("540多亿元", ["国家财政共增加支出", "增加支出", "支出"], "Y[-1]", "result"),
        F("8400多万人", ["受益", "受益人"], "Y[-1]", "result"),
        D("上年", "Y[-2]"),  # the year before the reviewed 1999
        F("9．3％", ["城镇居民人均可支配收入"], "Y[-1]", "result"),
        F("3．8％", ["农村居民人均纯收入"], "Y[-1]", "result"),
        F("800万人", ["贫困人口"], "Y[-1]", "result"),
    ],
    # 两年来 (not a date) and what the bonds built in those two years, listed after 已建成的主要有.
    ("gov_work_reports", 2000, 2743, 3215): [
        F("2100亿元", ["长期国债", "国债"], _TWO_YEARS, "result"),
        F("4200多亿元", ["银行贷款和自筹资金", "银行贷款"], _TWO_YEARS, "result"),
        F("5100多个", ["项目"], _TWO_YEARS, "result"),
        F("近6100公里", ["大江大河大湖堤防", "堤防"], _TWO_YEARS, "result"),
        F("1．2万公里", ["公路通车里程", "新增公路通车里程"], _TWO_YEARS, "result"),
        F("3358公里", ["高速公路"], _TWO_YEARS, "result"),
        F("1423公里", ["铁路新线"], _TWO_YEARS, "result"),
        F("643公里", ["复线"], _TWO_YEARS, "result"),
        F("90万公里", ["农村电网高低压线路", "高低压线路"], _TWO_YEARS, "result"),
        F("250亿公斤", ["仓容", "国家粮食储备库"], _TWO_YEARS, "result"),
    ],
    # ---------------------------------------------------------------- 2015 report: its plan for 2015
    ("gov_work_reports", 2015, 10954, 11165): [
        D("今年", "Y"),
        # What the government itself will build or solve is its plan; 力争 and 要再减少 aim at an outcome.
        F("6000万", ["农村人口", "饮水安全"], "Y", "plan"),
        F("20万公里", ["农村公路"], "Y", "plan"),
        F("20多万", ["无电人口"], "Y", "target"),
        D("今年", "Y"),
        F("1000万人以上", ["农村贫困人口", "贫困人口"], "Y", "target"),
    ],
    # The 2015 report's review of 2014.
    ("gov_work_reports", 2015, 2661, 2830): [
        F("10%", ["企业退休人员基本养老金水平", "基本养老金水平"], "Y[-1]", "result"),
        F("740万套", ["保障性安居工程"], "Y[-1]", "result"),
        F("511万套", ["保障性安居工程"], "Y[-1]", "result"),
        F("9.97%", ["城乡低保标准", "低保标准"], "Y[-1]", "result"),
        F("14.1%", ["城乡低保标准", "低保标准"], "Y[-1]", "result"),
        F("20%以上", ["优抚对象抚恤和生活补助标准", "抚恤和生活补助标准"], "Y[-1]", "result"),
    ],
    ("gov_work_reports", 2015, 1512, 1697): [
        D("全年", "Y[-1]"),
        F("246项", ["行政审批事项"], "Y[-1]", "result", ["国务院各部门", "国务院"]),
        F("29项", ["评比达标表彰项目"], "Y[-1]", "result", ["国务院各部门", "国务院"]),
        F("149项", ["职业资格许可和认定事项"], "Y[-1]", "result", ["国务院各部门", "国务院"]),
        F("1293万户", ["新登记注册市场主体", "市场主体"], "Y[-1]", "result"),
        F("45.9%", ["新登记注册企业"], "Y[-1]", "result"),
    ],
    # ---------------------------------------------------------------- release 28550 (2024-07-04)
    ("tw_president_news", 28550, 0, 186): [D("今（4）日", "Y-M-04"), D("2024年", "2024")],
    ("tw_president_news", 28550, 188, 255): [D("今年", "Y")],
    ("tw_president_news", 28550, 257, 358): [
        D("今年", "Y"),
        D("今年", "Y"),
        F("27國", ["報名參加", "國"], "Y", "result", ["臺灣國際科學展覽會"]),
        F("369件", ["作品", "報名參加"], "Y", "result", ["臺灣國際科學展覽會"]),
    ],
    # This year's delegation: the selection has no time word of its own, but it is this year's (the
    # paragraph before says 今年, the next sentence 今年參加的國際科展); 截至目前 gives the month.
    ("tw_president_news", 28550, 360, 533): [
        F("48名", ["學生"], "Y", "result", ["臺灣"]),
        F("29件", ["作品"], "Y", "result", ["臺灣"]),
        D("今年", "Y"),
        F("3個", ["國際科展"], "Y", "result", ["臺灣"]),
        F("11個", ["國際科展"], "Y", "result", ["臺灣"]),
        F("7個", ["獎項"], "Y-M", "result", ["我國代表團", "代表團"]),
        F("5件", ["作品"], "Y-M", "result", ["代表團"]),
    ],
    ("tw_president_news", 28550, 535, 619): [
        D("下半年到明年", "Y-H2/Y[+1]"),
        # Delegations already scheduled, still to go: what the organisers will do.
        F("7個", ["代表團"], "Y-H2/Y[+1]", "plan"),
    ],
    ("tw_president_news", 28550, 682, 797): [D("今年", "Y")],
    # ---------------------------------------------------------------- release 39094 (2025-03-06)
    ("tw_president_news", 39094, 0, 143): [D("今（6）日", "Y-M-06")],
    ("tw_president_news", 39094, 307, 401): [D("四年前", "Y[-4]"), D("兩天前", "Y-M-04")],
    ("tw_president_news", 39094, 530, 625): [D("1921年", "1921"), D("百年前", "Y[-100]")],
    ("tw_president_news", 39094, 627, 819): [D("百年前", "Y[-100]")],
    ("tw_president_news", 39094, 1184, 1287): [D("今天", "Y-M-06")],
    # The announced investment and what it will build: the company's plan, no time of its own.
    ("tw_president_news", 39094, 1345, 1526): [F("1千億美元", ["投資"], None, "plan", _TSMC)],
    ("tw_president_news", 39094, 1813, 1926): [
        F("1千億美金", ["投資"], None, "plan", _TSMC),
        F("三個", ["廠"], None, "plan", _TSMC),
        F("兩個", ["高階封裝"], None, "plan", _TSMC),
        F("一個", ["研發中心"], None, "plan", _TSMC),
    ],
    ("tw_president_news", 39094, 1928, 2092): [
        F("1萬人", ["台積電研發中心", "研發中心"], "Y-M", "result", _TSMC),  # 目前
        F("1千人", ["研發中心", "美國生產線"], None, "result", _TSMC),
    ],
    ("tw_president_news", 39094, 2094, 2296): [
        F("1千億美元", ["投資", "在美投資"], None, "plan", _TSMC),
        F("三個", ["生產線", "新的生產線"], None, "plan", _TSMC),
        F("兩座", ["先進封裝廠"], None, "plan", _TSMC),
        F("一個", ["研發中心"], None, "plan", _TSMC),
        D("今年", "Y"),
        F("11個", ["生產線"], "Y", "plan", _TSMC),
        F("1千億美元", ["投資"], None, "plan", _TSMC),
        F("11個", ["生產線"], "Y", "plan", _TSMC),
        D("昨日", "Y-M-05"),
        # 往後幾年 fixes no span.
        F("10多個", ["生產線"], None, "plan", _TSMC),
    ],
    # ---------------------------------------------------------------- release 39165 (2025-04-06)
    # The tariff is a policy amount announced 近日 (no date): null, and enacted, so a result.
    ("tw_president_news", 39165, 0, 190): [
        F("32%", ["關稅", "對等關稅"], None, "result", _US),
        D("今（6）日", "Y-M-06"),
    ],
    ("tw_president_news", 39165, 215, 349): [F("32%", ["關稅"], None, "result", _US)],
    ("tw_president_news", 39165, 388, 562): [
        D("去年", "Y[-1]"),
        F("1,114億美元", ["臺灣對美國出口金額", "出口金額"], "Y[-1]", "result", ["臺灣"]),
        F("23.4%", ["占全體出口總額", "全體出口總額", "出口總額"], "Y[-1]", "result", ["臺灣"]),
        F("75%以上", ["產品", "銷往美國以外的世界各地"], "Y[-1]", "result", ["臺灣"]),
        # Still last year's exports, the sentence after.
        F("65.4%", ["資通訊產品以及電子零組件", "資通訊產品", "電子零組件"], "Y[-1]", "result"),
    ],
    ("tw_president_news", 39165, 920, 1086): [
        F("超過1,000億美元", ["臺灣累計對美國投資金額", "對美國投資金額", "投資金額"], "Y-M", "result", ["臺灣"]),
        F("約40萬個", ["工作機會"], "Y-M", "result", ["臺灣"]),
    ],
    ("tw_president_news", 39165, 1210, 1328): [
        D("前日", "Y-M-04"),
        F("20項", ["措施"], "Y-M-04", "result", ["行政院", "卓榮泰"]),
    ],
    # 過去半個多世紀 is vague: no period.
    ("tw_president_news", 39165, 1904, 2059): [F("兩次", ["能源危機"], None, "result", ["臺灣"])],
}
