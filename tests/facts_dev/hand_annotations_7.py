"""Round 7 of the hand annotations, the tuned-on half (issue 19, 2026-12-06): period, stance, label and subject.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_7.py`` (seed 197) before any of them was read; every item
here was written by reading the paragraph, with no extractor run on these
documents. The held-out half (the 1985 and 2012 reports, releases 39217,
39728, 39737) is annotated apart, in ``hand_annotations_7_held.py``, by
another annotator; neither saw the other's documents. The conventions are
rounds 2 to 6's (``hand_annotations_2.py`` to ``_6.py`` and the README);
``build_gold.py`` locates the strings and writes ``figures.jsonl``.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1955 report (tuned on)
# Li Fuchun's report on the first five-year plan (1953-1957), given in July 1955: Chinese numerals, no dateline.
# Its first two drawn paragraphs reach 16 figures (grain and cotton before and after 1949; the plan's schools and
# research institutes).
DOCS[("gov_work_reports", 1955)] = {"script": "simplified", "text_date": None}
# 五年内 here is the first five-year plan's span, whose years the report states (1953-1957; this paragraph compares
# 一九五七年 with 一九五二年): absolute, with or without a document date. 五年内 itself is a length (README: 在5年內
# is a duration), not written as a date; what the plan is to do in it gets the plan's span.
_PLAN = "1953/1957"
P.append(
    (
        "gov_work_reports",
        1955,
        "克服农业的发展过分落后于工业发展的矛盾",
        "应该努力完成并争取超额完成。",
        [
            # 国民党反动派统治时期 and 解放以后 name no year; 三年的时间 is a duration; 目前 vague. 我国 is no named
            # entity (as in every earlier report): no subject.
            D("一九三六年", "1936"),
            # The earlier side of a fall (此后差不多年年下降，到一九四九年…只有): a base, its own year.
            F("三千亿斤", ["粮食产量"], "1936", "base"),
            D("一九四九年", "1949"),
            F("二千二百六十亿斤", ["粮食产量"], "1949", "result"),
            F("八百八十多万担", ["棉花产量"], "1949", "result"),
            D("一九五二年", "1952"),
            F("三千二百七十八亿斤", ["粮食产量"], "1952", "result"),
            F("二千六百万担", ["棉花产量"], "1952", "result"),
            # 在一九五二年的基数上: a base year the text states (as round 6's 按2010年价格计算), a date.
            D("一九五二年", "1952"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1955,
        "五年内文化、教育和科学研究的事业将有相当的发展。",
        "五年内也都有不同程度的比较快的发展。",
        [
            # The plan's enrolments: outcomes it aims at (target), each for 1957, the growth between 1952 and 1957
            # the later year's (README: a change between two years).
            D("一九五七年", "1957"),
            D("一九五二年", "1952"),
            F("百分之一百二十七", ["高等学校在校学生的人数", "高等学校在校学生"], "1957", "target"),
            D("一九五七年", "1957"),
            F("四十三万四千人", ["高等学校在校学生的人数", "高等学校在校学生"], "1957", "target"),
            F("百分之一百七十八", ["高级中学在校学生的人数", "高级中学在校学生"], "1957", "target"),
            D("一九五七年", "1957"),
            F("七十二万四千人", ["高级中学在校学生的人数", "高级中学在校学生"], "1957", "target"),
            F("百分之七十八点六", ["初级中学在校学生的人数", "初级中学在校学生"], "1957", "target"),
            D("一九五七年", "1957"),
            F("三百九十八万三千人", ["初级中学在校学生的人数", "初级中学在校学生"], "1957", "target"),
            F("百分之十八", ["小学学生的人数", "小学学生"], "1957", "target"),
            D("一九五七年", "1957"),
            F("六千零二十三万人", ["小学学生的人数", "小学学生"], "1957", "target"),
            # A share of all school-age children (占): the pupils' share, in the same clause, 1957.
            F("百分之七十以上", ["全国学龄儿童", "学龄儿童", "小学学生"], "1957", "target"),
            # What the government itself is to set up and staff (增加…所, 人): its plan, over the plan's span; the
            # Academy is the named body.
            F("二十三所", ["中国科学院所属的研究机构", "研究机构"], _PLAN, "plan", "中国科学院"),
            F("三千四百人", ["研究人员"], _PLAN, "plan", "中国科学院"),
        ],
    )
)

# ------------------------------------------------------------------ 2018 report (tuned on)
# No dateline (text_date None). Its first two drawn paragraphs reach 13 figures: the 2018 fiscal plan, under the
# heading 二、2018年经济社会发展总体要求和政策取向, and the five years' cut in approvals, under 一、过去五年工作回顾.
DOCS[("gov_work_reports", 2018)] = {"script": "simplified", "text_date": None}
# 五年来 (March 2018: 2013-2017) is not written as a date (round 5: N年来 other than 一年来), but what it says was
# done gets its span, as round 5's 两年来 and round 6's 四年以来; a sentence with no time word of its own under the
# heading 过去五年工作回顾 gets the heading's span (README: a figure carries its section's heading), relative.
_FIVE_YEARS = "Y[-5]/Y[-1]"
P.append(
    (
        "gov_work_reports",
        2018,
        "积极的财政政策取向不变，要聚力增效。",
        "为民生雪中送炭。",
        [
            # The proposed budget is the government's plan (README; round 6's 2022 赤字率). The central and local
            # shares are part of the measure's name, as round 6's 中央本级支出: no subject. 当前 is vague.
            D("今年", "Y"),
            F("2.6%", ["赤字率"], "Y", "plan"),
            D("去年", "Y[-1]"),
            # The change against last year's budget: the later year's (README), the plan's own difference.
            F("0.4个百分点", ["赤字率"], "Y", "plan"),
            F("2.38万亿元", ["财政赤字"], "Y", "plan"),
            F("1.55万亿元", ["中央财政赤字"], "Y", "plan"),
            F("8300亿元", ["地方财政赤字"], "Y", "plan"),
            D("今年", "Y"),
            F("21万亿元", ["全国财政支出", "财政支出", "支出规模"], "Y", "plan"),
            # No time word in its sentence: the heading's 2018, absolute (round 6's 2022 under 2021年工作回顾).
            F("10.9%", ["中央对地方一般性转移支付", "一般性转移支付", "转移支付"], "2018", "plan"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2018,
        "推进供给侧结构性改革，必须破除要素市场化配置障碍",
        "群众办事更加便利。",
        [
            # The government's cuts to its own approvals: the acting body, where the clause names it, is the subject
            # (国务院部门, 中央政府); 地方政府 and 行政审批中介服务事项 name no one body.
            F("44%", ["国务院部门行政审批事项", "行政审批事项"], _FIVE_YEARS, "result", ["国务院", "国务院部门"]),
            F(
                "90%",
                ["中央政府层面核准的企业投资项目", "核准的企业投资项目", "企业投资项目"],
                _FIVE_YEARS,
                "result",
                "中央政府",
            ),
            F("74%", ["行政审批中介服务事项", "中介服务事项"], _FIVE_YEARS, "result"),
            F("80%", ["中央政府定价项目", "定价项目"], _FIVE_YEARS, "result", "中央政府"),
            F("50%以上", ["地方政府定价项目", "定价项目"], _FIVE_YEARS, "result"),
            # A fraction is a share (round 3's 三分之一).
            F("三分之一以上", ["企业开办时间"], _FIVE_YEARS, "result"),
        ],
    )
)

# ------------------------------------------------------------------ release 28398, 2024-05-14 (tuned on)
# President Tsai decorates 16 officials six days before leaving office. Its first 17 paragraphs reach 13 figures.
DOCS[("tw_president_news", 28398)] = {"script": "traditional", "text_date": None}
# 過去8年 (Tsai's two terms) is written as round 6's 28569 and 39479 wrote it, Y[-8]/Y[-1]; 這8年來 is N年來, not
# written (round 5).
_EIGHT_YEARS = "Y[-8]/Y[-1]"
P.append(
    (
        "tw_president_news",
        28398,
        "蔡英文總統今（14）日上午頒授行政院政務委員林萬億等16人勳章",
        "「打造一個更好的臺灣」的目標努力。",
        [
            D("今（14）日", "Y-M-14"),
            # Those decorated at today's ceremony: a count of people with a measure word, dated by its sentence
            # (README: a figure carries the period of its sentence), here a day. The president acts.
            F("16人", ["勳章", "政務人員", "受勳"], "Y-M-14", "result", ["蔡英文", "行政院"]),
            D("過去8年", _EIGHT_YEARS),
        ],
    )
)
P.append(("tw_president_news", 28398, "總統抵達後，分別頒授前行政院副院長施俊吉", "「四等景星勳章」。", []))
P.append(
    (
        "tw_president_news",
        28398,
        "總統授勳後致詞時表示，今天很高興透過這場授勳典禮",
        "大步前進，走向世界。",
        [D("今天", "Y-M-14"), D("過去8年", _EIGHT_YEARS)],
    )
)
P.append(("tw_president_news", 28398, "總統指出，我們完成了年金改革", "讓臺灣成為世界的臺灣。", []))
P.append(("tw_president_news", 28398, "總統提到，這8年來我們沒有忘記對轉型正義的承諾", "有權利相守。", []))
P.append(
    (
        "tw_president_news",
        28398,
        "總統指出，過去8年，臺灣有了進步和改變",
        "連續7年政府歲計賸餘。",
        [
            D("過去8年", _EIGHT_YEARS),
            # 從她上任時的17.5兆元: the base is dated by the text (her taking office, the first year of the eight,
            # 2016), unlike a base with no time of its own (the year before the span, round 6's 8千多點); round 1's
            # 17兆5千億元 of 2016 is the same GDP.
            F("17.5兆元", ["GDP的規模", "臺灣GDP的規模", "GDP"], "Y[-8]", "base", "臺灣"),
            D("去年", "Y[-1]"),
            F("23兆元", ["GDP的規模", "臺灣GDP的規模", "GDP"], "Y[-1]", "result", "臺灣"),
            # 連續7年 is a duration.
        ],
    )
)
P.append(("tw_president_news", 28398, "總統說，不論是長照2.0，或是「0-6歲國家一起養」政策", "減輕民眾居住負擔。", []))
P.append(("tw_president_news", 28398, "總統指出，為了落實司法改革", "成就一個更加堅韌的臺灣。", []))
# 百年大疫 is an idiom; 每天下午2點 a clock time under a frequency.
P.append(("tw_president_news", 28398, "總統強調，尤其是歷經了一場百年大疫", "讓「善的循環」不斷延續。", []))
P.append(("tw_president_news", 28398, "最後，總統再次感謝所有夥伴的付出", "都會為這個目標繼續努力。", []))
P.append(("tw_president_news", 28398, "林萬億政務委員代表致詞時首先感謝總統對大家的肯定", "讓今天的成果得到肯定。", []))
P.append(
    (
        "tw_president_news",
        28398,
        "林政委指出，張景森政委除了協助前瞻基礎建設",
        "但是都在一步一步往目標邁進。",
        [
            # Policies named by their sizes, placed at no time (README: policy amounts with no year, null): the
            # 20萬戶 social housing is a goal (沒有完成…往目標邁進: a target); the 300億 rent subsidy an enacted
            # programme (a result). The minister the sentence is about, then the ministry and its vice-minister.
            F("20萬戶", ["社會住宅"], None, "target", "張景森"),
            F("300億", ["租金補貼"], None, "result", "張景森"),
            F("20萬戶", ["社會住宅", "社會住宅的興建"], None, "target", ["內政部", "花敬群"]),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28398,
        "林政委提到，吳澤成政委帶領工程會推動事務",
        "都在他手上完成，令人佩服。",
        [
            # An ROC year (README: 114年度 is 2025).
            D("106年", "2017"),
            # Days with dust storms (a count of days it happened, not a length of time) in 2017, down to fewer than
            # 5 times now (現在: the release's month, README): the earlier side a base.
            F("59日", ["濁水溪揚塵問題", "揚塵問題", "揚塵"], "2017", "base", ["濁水溪", "工程會", "吳澤成"]),
            F("不到5次", ["濁水溪揚塵問題", "揚塵問題", "揚塵"], "Y-M", "result", ["濁水溪", "工程會", "吳澤成"]),
            # 每年 is a frequency: a yearly budget with no year (null), enacted.
            F("一千多億", ["預算", "國科會預算"], None, "result", ["國科會", "吳政忠"]),
            # 2050淨零碳排 names its year (README: 2050).
            D("2050", "2050"),
        ],
    )
)
# 21世紀 and 第二階段 are a name and an ordinal; 最近 vague.
P.append(("tw_president_news", 28398, "林政委說，鄧振中政委主持經貿談判辦公室", "第二階段協商。", []))
P.append(("tw_president_news", 28398, "林政委指出，羅秉成政委推動「國家人權行動計畫」", "世界上難得的防疫經驗。", []))
# 客庄369, 浪漫臺三線, 0-6歲國家一起養 and 長照2.0 are names; 當時 vague.
P.append(("tw_president_news", 28398, "林政委表示，他負責年金改革、客庄369", "努力讓年輕人減少學貸。", []))
P.append(
    (
        "tw_president_news",
        28398,
        "林政委提到，昨日中華亞太菁英交流協會公布民調",
        "而家人的支持、協助才是最大的功勞。",
        [
            D("昨日", "Y-M-13"),
            # Survey shares are results (README), dated by their sentence: the poll published yesterday. The
            # pollster is the entity the clause names (as a forecaster, round 6). 8年如1日 is an idiom.
            F("88.4%", ["長照滿意度", "長照", "滿意度"], "Y-M-13", "result", "中華亞太菁英交流協會"),
            F("84.1%", ["提升基本工資", "基本工資"], "Y-M-13", "result", "中華亞太菁英交流協會"),
            F("78.9%", ["幼托"], "Y-M-13", "result", "中華亞太菁英交流協會"),
            F("63%", ["年改", "年金改革"], "Y-M-13", "result", "中華亞太菁英交流協會"),
        ],
    )
)

# ------------------------------------------------------------------ release 28673, 2024-08-22 (tuned on)
# The first meeting of the president's 健康台灣推動委員會. Its first 30 paragraphs reach 15 figures (most of them
# introduce the committee's members; the budget comes last).
DOCS[("tw_president_news", 28673)] = {"script": "traditional", "text_date": None}
_COMMITTEE = "健康台灣推動委員會"
P.append(
    (
        "tw_president_news",
        28673,
        "賴清德總統今（22）日下午主持「健康台灣推動委員會第1次委員會」",
        "讓台灣醫療水準更加提升。",
        # 第1次 is an ordinal.
        [D("今（22）日", "Y-M-22")],
    )
)
P.append(
    (
        "tw_president_news",
        28673,
        "總統指出，明年度衛福部整體預算增加",
        "而是已經化為具體的行動。",
        [D("明年度", "Y[+1]")],
    )
)
P.append(("tw_president_news", 28673, "總統開場致詞內容為：", "總統開場致詞內容為：", []))
P.append(
    (
        "tw_president_news",
        28673,
        "我在就職滿月時宣布，總統府將針對全國共同關注的氣候變遷",
        "已經召開第一次會議。",
        # 三大全球性議題, 三大委員會 are X大 list names (round 4); 就職滿月時 is an event, no date. Early this month is
        # this month (round 6: 上個月初 is last month).
        [D("這個月初", "Y-M")],
    )
)
P.append(
    (
        "tw_president_news",
        28673,
        "今天，「健康台灣推動委員會」第一次召開",
        "參與委員會的進行。",
        [
            D("今天", "Y-M-22"),
            # Real people counted with a measure word (as round 6's 三個委員會), in a sentence dated 今天: the day.
            F("三位", ["副召集人"], "Y-M-22", "result", _COMMITTEE),
        ],
    )
)
# 競選期間 is an era, no date.
P.append(("tw_president_news", 28673, "我從競選期間，就不斷思考", "打造「健康台灣」。", []))
P.append(("tw_president_news", 28673, "「健康台灣」是我們的目標，健康是基本人權", "更攸關全人類的生存發展。", []))
# 過去幾年來 is vague.
P.append(("tw_president_news", 28673, "台灣身為國際社會負責任的一員", "持續對全球公衛體系帶來貢獻。", []))
P.append(("tw_president_news", 28673, "未來，還有嚴重影響健康的癌症", "台灣都必須積極面對。", []))
P.append(("tw_president_news", 28673, "我們有信心，跟世界各國分享對策和經驗", "讓世界擁抱台灣。", []))
_FORUMS = "Y-03/Y-04"
P.append(
    (
        "tw_president_news",
        28673,
        "我要感謝成大醫院前院長、也是我的恩師陳志鴻教授",
        "也應邀全程參與全國論壇。",
        [
            # Two months listed after one year (今年 3、4月, the space as printed): one span, as 1到11月 (README).
            D("今年 3、4月", _FORUMS),
            # Forums held and people who took part: counts with a measure word, in the months they happened. The
            # alliance that held them, and its convener, are named.
            F("五場", ["分區論壇", "論壇"], _FORUMS, "result", ["健康台灣推動聯盟", "陳志鴻"]),
            F(
                "超過1,200位",
                ["醫療界的朋友", "全國各地醫療界的朋友", "參與論壇"],
                _FORUMS,
                "result",
                ["健康台灣推動聯盟", "陳志鴻"],
            ),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28673,
        "我要感謝在這個過程中，來自各領域專家的建言",
        "將是未來我們行動的堅實基礎。",
        [D("520", "Y-05-20"), D("今天", "Y-M-22")],
    )
)
P.append(
    (
        "tw_president_news",
        28673,
        "我們要推動「健康台灣」，也要落實「均衡台灣」。",
        "來更加落實台灣的醫療平權。",
        [D("今天", "Y-M-22")],
    )
)
P.append(
    (
        "tw_president_news",
        28673,
        "我要謝謝在場的9位顧問",
        "讓我們更能瞭解全國各地的意見。",
        # The committee's members with no time word in their sentence (在場 is no date; the paragraph before's
        # 今天 does not carry): a state with no time, null (README). The committee is not named in the sentence.
        [F("9位", ["顧問"], None, "result")],
    )
)
P.append(
    (
        "tw_president_news",
        28673,
        "而「健康台灣」的目的，是要提升國人平均餘命",
        "我們的20位委員來自各項專業領域：",
        [F("20位", ["委員"], None, "result")],
    )
)
P.append(("tw_president_news", 28673, "像是智慧醫療領域的陳適安院長", "新興傳染病專業的沈靜芬主任。", []))
P.append(("tw_president_news", 28673, "我們邀請了蔡森田教授，為優化醫療及健保永續提供建言", "反映基層醫療的問題。", []))
# 三高一腎888防治計畫 is a name.
P.append(("tw_president_news", 28673, "還有，提出「三高一腎888防治計畫」的李貽恒理事長", "謝清河教授。", []))
P.append(("tw_president_news", 28673, "包括，營養與全齡健康專業的郭素娥理事長", "共同努力。", []))
P.append(
    (
        "tw_president_news",
        28673,
        "另外，在政府部門，有國發會劉鏡清主委、教育部鄭英耀部長",
        "則是擔任副執行秘書。",
        # 政府部門 is a common noun: no subject.
        [F("兩位", ["部會首長"], None, "result")],
    )
)
P.append(
    (
        "tw_president_news",
        28673,
        "整體委員會的成員，有超過80%來自民間各界",
        "提升全齡照顧。",
        [F("超過80%", ["整體委員會的成員", "委員會的成員", "成員", "來自民間各界"], None, "result")],
    )
)
P.append(
    (
        "tw_president_news",
        28673,
        "今天第一次會議，衛福部將報告兩項主題",
        "「健保永續—改革與優化」。",
        # 兩項主題, enumerated after the colon (第一項…第二), is the speaker's list (README: 兩項挑戰), not a figure.
        [D("今天", "Y-M-22")],
    )
)
P.append(
    (
        "tw_president_news",
        28673,
        "明年，全民健保開辦將滿30年",
        "國人對健保的滿意度都超過9成。",
        [
            # 開辦將滿30年 is an age (a duration), not a figure.
            D("明年", "Y[+1]"),
            D("2020年", "2020"),
            # 從2020年開始…都超過: each year since 2020 up to the last whole one (README: 自2021年以來，每年 →
            # 2021/2024 in 2025); nothing closes the span (no 至今), so not up to the release's month.
            F("超過9成", ["健保的滿意度", "國人對健保的滿意度", "滿意度"], "2020/Y[-1]", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28673,
        "同樣在明年，台灣將進入「超高齡社會」",
        "都會遭遇到越來越多的挑戰。",
        # 每5個人當中，就有一位 defines the term 超高齡社會 (one in five over 65), a ratio spelled in words with no
        # figure of its own; 65歲以上 is an age bracket. Neither is annotated.
        [D("明年", "Y[+1]")],
    )
)
P.append(("tw_president_news", 28673, "健保的核心價值是醫療平權、全民互助。", "全民才能獲得更好的照顧。", []))
P.append(("tw_president_news", 28673, "我們關注健保「點值」，也要展現健保「價值」。", "讓台灣的醫療水準更加提升。", []))
_MOHW_BUDGET = ["衛福部的整體預算", "整體預算", "衛福部整體預算"]
P.append(
    (
        "tw_president_news",
        28673,
        "我也向大家報告，明年度衛福部的整體預算",
        "打造「健康台灣」。",
        [
            # Next year's budget, proposed in August and not yet passed: the government's plan (README: FY114 in
            # 28633); the rise against this year's is the later year's; 當中 keeps the ministry.
            D("明年度", "Y[+1]"),
            D("今年度", "Y"),
            F("318億元", _MOHW_BUDGET, "Y[+1]", "plan", "衛福部"),
            F("3,702億元", _MOHW_BUDGET, "Y[+1]", "plan", "衛福部"),
            F("607億元", ["醫療及照護的投資", "擴大醫療及照護的投資"], "Y[+1]", "plan", "衛福部"),
        ],
    )
)
# 三班護病比獎勵 is a name.
P.append(
    ("tw_president_news", 28673, "我們在中央政府總預算，新增了「健保財務協助方案」", "來改善醫事人員的工作環境。", [])
)
P.append(("tw_president_news", 28673, "我們也將啟動「健康台灣深耕計畫」", "以及發展智慧醫療。", []))
P.append(
    (
        "tw_president_news",
        28673,
        "許多癌症朋友關心的「癌症新藥基金」",
        "來提升癌症篩檢率。",
        [
            # The government's own money for the fund and for screening: plans (round 3's 28652, the same fund and
            # budget a year earlier). The fund's size by 2026 (預計…達到) is still the government's own money: a
            # plan at that year (round 6: 預計到2030年，政府將持續投入 is a plan). 第五期 is an ordinal in a name.
            D("明年", "Y[+1]"),
            F("50億元", ["癌症新藥基金", "公務預算"], "Y[+1]", "plan"),
            D("2026年", "2026"),
            F("100億元", ["癌症新藥基金", "規模"], "2026", "plan"),
            D("明年", "Y[+1]"),
            # 從明年起 opens the new level: next year's.
            F("40億元", ["癌症篩檢預算", "篩檢預算"], "Y[+1]", "plan"),
            F("68億元", ["癌症篩檢預算", "篩檢預算"], "Y[+1]", "plan"),
        ],
    )
)

# ------------------------------------------------------------------ release 39391, 2025-08-17 (tuned on)
# The president at a lecture of the 台灣氣候與健康聯盟. All 11 paragraphs: 11 figures.
DOCS[("tw_president_news", 39391)] = {"script": "traditional", "text_date": None}
# 去年開始推動的…計畫，已完成輔導40家: done since a start the text names up to now (已完成), the span from that
# start to the release's month, as round 4's 4,525件 (2017年…至今 → 2017/Y-M).
_SINCE_LAST_YEAR = "Y[-1]/Y-M"
_CARBON = ["醫療機構", "醫療院所淨零碳排計畫", "碳盤查"]
P.append(
    (
        "tw_president_news",
        39391,
        "賴清德總統今（17）日下午出席台灣氣候與健康聯盟「院長永續講堂」",
        "共同促進全民健康福祉。",
        [
            D("今（17）日", "Y-M-17"),
            D("去年", "Y[-1]"),
            # 政府 is a common noun: no subject here (the ministry is named in paragraph 5's same sentence).
            F("40家", _CARBON, _SINCE_LAST_YEAR, "result"),
        ],
    )
)
P.append(("tw_president_news", 39391, "總統致詞時，首先感謝醫界先進在臺灣各個角落", "共同宣言。", []))
P.append(
    (
        "tw_president_news",
        39391,
        "總統表示，氣候變遷是這一代及下一代必須共同面對的挑戰。",
        "大家應該共同面對。",
        [D("去年", "Y[-1]")],
    )
)
_CUT = ["減量", "減碳", "國家減碳新目標", "減碳新目標"]
_CUT_BY = "臺灣"  # 上開委員會 proposed them, but the clause names only 臺灣
P.append(
    (
        "tw_president_news",
        39391,
        "總統指出，為了達成「2050年淨零排放」",
        "逐步邁向2050淨零轉型。",
        [
            # A goal's name that states its year is a date (README: 2050).
            D("2050年", "2050"),
            # 相較於2005年 is the base year of each cut; each cut is a target at its own year, a percentage plus or
            # minus two points one range figure (round 6's 百分之38加減2).
            D("2005年", "2005"),
            D("2030年", "2030"),
            F("28%加減2", _CUT, "2030", "target", _CUT_BY),
            D("2032年", "2032"),
            F("32%加減2", _CUT, "2032", "target", _CUT_BY),
            D("2035年", "2035"),
            F("38%加減2", _CUT, "2035", "target", _CUT_BY),
            # 6大部門 and 四大轉型策略 are list names. Spending up to a year ahead (在2030年前, round 4's 在2028年前)
            # is a span from the document's year, and the government's own: a plan (預計 is "is planned", round 6).
            D("2030年", "2030"),
            F("9千億元", ["淨零轉型", "四大轉型策略", "政府投入"], "Y/2030", "plan"),
            D("2050", "2050"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39391,
        "總統強調，政府積極協助醫療體系邁向淨零轉型",
        "達到更大的成效。",
        [D("去年", "Y[-1]"), F("40家", _CARBON, _SINCE_LAST_YEAR, "result", "衛福部")],
    )
)
# 今日的減碳行動 is today in general (nowadays), vague: no date.
P.append(("tw_president_news", 39391, "總統認為，氣候變遷的影響跨越世代", "面對氣候變遷帶來的嚴峻挑戰。", []))
P.append(
    (
        "tw_president_news",
        39391,
        "總統表示，2050淨零排放是一場跨世代",
        "展現地球公民的責任與擔當。",
        [D("2050", "2050")],
    )
)
P.append(
    (
        "tw_president_news",
        39391,
        "總統接著提到，今年健保總額相較去年有一定的成長比例",
        "提升人民健康福祉。",
        [
            D("今年", "Y"),
            D("去年", "Y[-1]"),
            # 百億癌症新藥基金 is a name. This year's enacted budget is a result (README: 今年所編列預算); 28673 a year
            # earlier had the same 50億 and 40億/68億 as next year's plan.
            D("今年", "Y"),
            F("50億元", ["癌症新藥基金", "百億癌症新藥基金", "預算"], "Y", "result"),
            D("去年", "Y[-1]"),
            F("20多億元", ["篩檢經費", "癌症篩檢經費"], "Y[-1]", "base"),
            D("今年", "Y"),
            F("40億元", ["篩檢經費", "癌症篩檢經費"], "Y", "result"),
            F("68億元", ["篩檢經費", "癌症篩檢經費"], "Y", "result"),
            # ROC years (114-118 are 2025-2029), one span; a programme launched (啟動): its total is a plan over it.
            D("114年到118年", "2025/2029"),
            F("近新臺幣500億元", ["健康台灣深耕計畫", "總經費"], "2025/2029", "plan"),
        ],
    )
)
# 人工智慧新十大建設 is a name; 近期 vague.
P.append(("tw_president_news", 39391, "總統指出，生醫領域也是國家發展重要產業之一", "也能夠得到醫界的支持與協助。", []))
P.append(("tw_president_news", 39391, "最後，總統再次感謝陳志鴻國策顧問", "共同促進全民健康福祉。", []))
P.append(("tw_president_news", 39391, "包括總統府國策顧問陳志鴻", "等亦出席是項活動。", []))
