"""Round 10 of the hand annotations, the tuned-on half (issue 19, 2026-12-07): period, stance, label and subject.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_10.py`` (seeds 1010 and 1011) before any of them was read;
every item here was written by reading the paragraph, with no extractor run on
these documents. The held-out half is annotated apart, by another annotator;
neither saw the other's documents. The conventions are rounds 2 to 9's
(``hand_annotations_2.py`` to ``_9.py`` and the README); ``build_gold.py``
locates the strings and writes ``figures.jsonl``.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1957 report (tuned on)
# Zhou Enlai's report of 26 June 1957 to the NPC's fourth session: its text opens with the dateline
# 1957年6月26日在第一届全国人民代表大会第四次会議上 (text_date, as 2017's and 2022's). It reviews 一年来, the year
# since the third session, mostly 1956. Its headings name no year (二、关于社会主义建设, 关于教育改革问题,
# 关于向科学进军). The first six drawn paragraphs reach 13 figures (the fifth has none).
DOCS[("gov_work_reports", 1957)] = {"script": "simplified", "text_date": "1957-06-26"}
# The first five-year plan (1953-1957): P3 and P5 speak of 前三年 and 前四年 before 1956, which P4 calls 五年计划的
# 第四个年度. Years of the plan the text places are dates (round 6: 第一个五年计划最后一年, 的第一年), absolute.
_FIRST_THREE = "1953/1955"
_FIRST_FOUR = "1953/1956"
P.append(
    (
        "gov_work_reports",
        1957,
        "关于一年来的政府工作，国",
        "５）关于国内外团結。",
        [
            # 一年来 in a report is the year reviewed (round 3: Y[-1]), though this one, given in June, reaches into
            # 1957. 第11次, 第一届, 第四次 are ordinals, （１）-（５） section numbers.
            D("一年来", "Y[-1]"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1957,
        "我还简单地谈谈派遣出国留",
        "是完全不符合事实的。",
        [
            # 七年来 is N年来, not written (round 5), but what it says was done gets its span (round 7's 五年来:
            # Y[-5]/Y[-1]). 我国 names no entity (round 9). 三个条件 is the speaker's list (README: 三大目標).
            F("七千多人", ["出国留学", "派遣出国留学", "留学生"], "Y[-7]/Y[-1]", "result"),
            # 从1952年到1956年 is one span written as one expression (round 2's 一九五〇年到一九五三年).
            D("1952年到1956年", "1952/1956"),
            F("6,435人", ["留学生", "派出留学生"], "1952/1956", "result"),
            F("不到3.5%", ["革命干部的子女", "留学生"], "1952/1956", "result"),
            # 当时, 今后, 过去 are vague.
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1957,
        "1956年全国完成了将近",
        "有三千一百零八公里。",
        [
            D("1956年", "1956"),
            # 将近 is an approximator (README: 近).
            F("将近一百四十亿元", ["基本建设投资额", "基本建设投资"], "1956", "result"),
            # A fraction is a share (round 3's 三分之一): 1956's investment against the plan's total.
            F("三分之一", ["基本建设投资额", "五年计划规定的投资总额", "投资总额"], "1956", "result"),
            # 一半 is a share (round 2); 稍多 after it is an approximator (as 多 inside a number).
            D("前三年", _FIRST_THREE),
            F("一半稍多", ["基本建设投资", "五年计划"], _FIRST_THREE, "result"),
            D("前四年", _FIRST_FOUR),
            F("百分之八十六", ["完成的比重", "比重", "基本建设投资"], _FIRST_FOUR, "result"),
            # 第一个五年的基本建设计划 is the plan's name (README: a plan's name is no date).
            D("1956年", "1956"),
            F("一百四十二万吨", ["新增加的钢的生产能力", "钢的生产能力"], "1956", "result"),
            F("三千一百零八公里", ["新建和修复的铁路", "铁路"], "1956", "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1957,
        "有人认为，我国的发展国民",
        "一种不切实际的想法。",
        [
            D("1956年", "1956"),
            D("1957年", "1957"),
            D("1956年", "1956"),
            D("1955年", "1955"),
            # The plan's fourth year is 1956 (the year the paragraph speaks of), a date (round 6: 的第一年).
            D("五年计划的第四个年度", "1956"),
            D("1956年", "1956"),
            # The excess of 1956's investment (a range is one figure, README), and its share of last year's spending
            # (去年 is 1956 too: the paragraph is about 1956's plan).
            F("十五亿元到二十亿元", ["基本建设投资"], "1956", "result"),
            D("去年", "Y[-1]"),
            F("5—6%", ["去年全部支出", "全部支出"], "Y[-1]", "result"),
            D("1956年", "1956"),
            D("1957年", "1957"),
            D("去年", "Y[-1]"),
            # 今后 is vague, 年年 a frequency.
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1957,
        "对于1956年的基本建设",
        "教训，今后力求避免。",
        [
            D("1956年", "1956"),
            D("前三年", _FIRST_THREE),
            D("1956年", "1956"),
            D("1956年", "1956"),
            D("1956年", "1956"),
            # 当年 points back to the year last named (round 8's 當年 after 2020年): 1956. 现在 is vague; 大多数,
            # 小部分, 个别 name no number.
            D("当年", "1956"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1957,
        "以往一年，在「向科学进军",
        "大的积极性。",
        [
            # 以往一年 is 过去一年 (round 8: 在过去一年里 is Y[-1]).
            D("以往一年", "Y[-1]"),
            # A programme's name that states its years is a date (round 8: a yearbook's or event's name), its span.
            D("1956—1967年", "1956/1967"),
            D("1957年", "1957"),
            # The reactor and the cyclotron are being built (正在加紧建设中): their size is a planned site's, named in
            # passing (round 5's agreement: plan), at no time (以往一年 opens another sentence); the sentence is about
            # what the USSR helps build.
            F("7,000瓩", ["功率", "重水型原子反应堆", "原子反应堆"], None, "plan", "苏联"),
            F("二千五百万电子伏", ["回旋加速器", "α粒子"], None, "plan", "苏联"),
            D("一年来", "Y[-1]"),
        ],
    )
)

# ------------------------------------------------------------------ 2019 report (tuned on)
# Li Keqiang's report of March 2019, no dateline. Two drawn paragraphs stand under 一、2018年工作回顾 and two under
# 三、2019年政府工作任务: a figure with no time word of its own is the heading's year, absolute (rounds 6-9), 全年 too,
# and 今年 stays Y. Its first four drawn paragraphs reach 16 figures; no sentence names an entity.
DOCS[("gov_work_reports", 2019)] = {"script": "simplified", "text_date": None}
P.append(
    (
        "gov_work_reports",
        2019,
        "一是创新和完善宏观调控，",
        "持在3万亿美元以上。",
        [
            # 一是 is a section number.
            D("全年", "2018"),
            F("约1.3万亿元", ["减税降费", "为企业和个人减税降费"], "2018", "result"),
            # A count of events (次) with its verb (commit 432b845: 8次總統直選).
            F("4次", ["降低存款准备金率", "存款准备金率"], "2018", "result"),
            F("3万亿美元以上", ["外汇储备"], "2018", "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2019,
        "六是统筹城乡区域发展，良",
        "发展协调性持续增强。",
        [
            F("1.3万亿斤以上", ["粮食总产量", "粮食"], "2018", "result"),
            # The figure stops at the number with its magnitude (README: 1亿农业转移人口).
            F("近1400万", ["农业转移人口", "农业转移人口在城镇落户"], "2018", "result"),
            F("4100公里", ["高速铁路运营里程", "新增高速铁路运营里程"], "2018", "result"),
            F("6000多公里", ["高速公路", "新建改建高速公路"], "2018", "result"),
            F("30多万公里", ["农村公路"], "2018", "result"),
        ],
    )
)
_TASKS = "2019"
P.append(
    (
        "gov_work_reports",
        2019,
        "多管齐下稳定和扩大就业。",
        "人才荟萃、繁星璀璨。",
        [
            # 三年内 is a length, 半年以上 an eligibility length (README: durations). What the government itself will
            # spend and do (the fund's money, the training it pays for, the enrolment it expands) is its plan
            # (round 2: 拟安排; round 7: what the government itself adds), under the heading's year.
            F("1000亿元", ["失业保险基金结余", "职工技能提升和转岗转业培训"], _TASKS, "plan"),
            F("1500万人次以上", ["职工技能提升和转岗转业培训", "技能提升和转岗转业培训", "培训"], _TASKS, "plan"),
            D("今年", "Y"),
            F("100万人", ["扩招", "高职院校扩招", "大规模扩招"], "Y", "plan"),
            # 三百六十行 is an idiom, 一技之长 too; 当前 is vague.
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2019,
        "实施更大规模的减税。普惠",
        "、调结构的重大抉择。",
        [
            # 现行 rates cut to new ones: the rate in force is the base, with no time of its own the year before the
            # change (README: 由每人每年380元提高到420元 in a plan, last year's base); the new rates the government
            # sets, and the 6% it keeps, its plan for the heading's year.
            F("16%", ["税率", "制造业等行业税率", "增值税税率"], "2018", "base"),
            F("13%", ["税率", "制造业等行业税率", "增值税税率"], _TASKS, "plan"),
            F("10%", ["税率", "交通运输业、建筑业等行业税率", "增值税税率"], "2018", "base"),
            F("9%", ["税率", "交通运输业、建筑业等行业税率", "增值税税率"], _TASKS, "plan"),
            F("6%", ["税率", "6%一档的税率", "增值税税率"], _TASKS, "plan"),
            # 三档并两档 names a reform (brackets merged), not a count stated of something (README: names containing
            # numerals). 年初 is this year's start, at year level (README), the heading's year.
            D("年初", "2019"),
        ],
    )
)

# ------------------------------------------------------------------ 2023 report (tuned on)
# Li Keqiang's report of 5 March 2023: its text opens with the dateline ——2023年3月5日 (text_date). Section 一 is
# 过去一年和五年工作回顾; all three drawn paragraphs stand under its 五年来，我们…主要做了以下工作 (2018-2022, no years
# named), so a sentence with no time word gets the span, relative (round 7's 2018, round 9's 2013), a level the five
# years reached the span's last year, its 从…到 base with no time the year before the span's first (round 9). Its first
# three drawn paragraphs reach 18 figures; no dates among them.
DOCS[("gov_work_reports", 2023)] = {"script": "simplified", "text_date": "2023-03-05"}
_FIVE_YEARS = "Y[-5]/Y[-1]"
_END = "Y[-1]"
_BEFORE = "Y[-6]"
P.append(
    (
        "gov_work_reports",
        2023,
        "推动高质量共建“一带一路",
        "和投资自由化便利化。",
        [
            # “一带一路” is a policy's name, no subject (commit 4254d05: slogans and policies).
            F("13.4%", ["对沿线国家货物进出口额", "货物进出口额"], _FIVE_YEARS, "result"),
            # Agreements signed count real documents (round 9: 3項支柱協議).
            F("6个", ["自贸协定"], _FIVE_YEARS, "result"),
            F("26%", ["与自贸伙伴货物进出口额占比", "货物进出口额占比"], _BEFORE, "base"),
            F("35%左右", ["与自贸伙伴货物进出口额占比", "货物进出口额占比"], _END, "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2023,
        "稳步推进节能降碳。统筹能",
        "治理作出了中国贡献。",
        [
            # The coal units that reached ultra-low emissions are a stock the five years brought to this level (a level
            # reached, round 9: 超过), not a total done in them.
            F("超过10.5亿千瓦", ["超低排放的煤电机组", "煤电机组"], _END, "result"),
            F("6.5亿千瓦", ["可再生能源装机规模", "可再生能源装机"], _BEFORE, "base"),
            F("12亿千瓦以上", ["可再生能源装机规模", "可再生能源装机"], _END, "result"),
            F("20.8%", ["清洁能源消费占比", "清洁能源消费"], _BEFORE, "base"),
            F("25%以上", ["清洁能源消费占比", "清洁能源消费"], _END, "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2023,
        "强化就业优先政策导向。把",
        "，蕴含着巨大创造力。",
        [
            F("20%", ["养老保险单位缴费比例", "单位缴费比例"], _BEFORE, "base"),
            F("16%", ["养老保险单位缴费比例", "单位缴费比例"], _END, "result"),
            F("1.8万亿元", ["储备规模", "全国社保基金储备规模", "全国社保基金"], _BEFORE, "base"),
            F("2.5万亿元以上", ["储备规模", "全国社保基金储备规模", "全国社保基金"], _END, "result"),
            # 届 counts events (commit 432b845), held over the span (连续 is a verb's adverb here, not 连续4年's length).
            F("8届", ["全国双创活动周", "双创活动周"], _FIVE_YEARS, "result"),
            F("超过5.2亿人次", ["全国双创活动周", "参与"], _FIVE_YEARS, "result"),
            # 职业技能提升三年行动 is a programme's name; 累计 over the span (round 9).
            F("413万人", ["扩招", "高职扩招", "累计扩招"], _FIVE_YEARS, "result"),
            F("8300多万人次", ["培训", "职业技能提升"], _FIVE_YEARS, "result"),
            # The country's population, a state with no time word (round 5: a stock stated with no time stays null),
            # not a level the five years reached; 大国 is a common noun.
            F("14亿多", ["人口"], None, "result"),
        ],
    )
)

# ------------------------------------------------------------------ release 28477, 2024-06-02 (tuned on)
# Vice President Hsiao at the coast guard's delivery of its eighth Anping-class cutter (the programme of round 9's
# 28238). All 15 paragraphs: 6 figures.
DOCS[("tw_president_news", 28477)] = {"script": "traditional", "text_date": None}
_CGA = ["海委會", "海洋委員會"]
_PROGRAMME = "2018/2027"
P.append(
    (
        "tw_president_news",
        28477,
        "蕭美琴副總統今（2）日上",
        "艇來守護國家與人民。",
        [
            # 第8艘, 第9艘, 第31艘 are ordinals, 35噸級 a class of ship (round 9), CG610 a name. The programme's budget
            # and the ships it is to build from 2018 to 2027 are the government's own spending and building: plans
            # over its span (round 9's 141艘); 政府 is a common noun, 臺海 no actor.
            D("今（2）日", "Y-M-02"),
            F("426億元", ["預算", "籌建海巡艦艇發展計畫"], _PROGRAMME, "plan"),
            D("2018年", "2018"),
            D("2027年", "2027"),
            F("141艘", ["新式海巡艦艇", "海巡艦艇", "艦艇"], _PROGRAMME, "plan"),
        ],
    )
)
P.append(("tw_president_news", 28477, "副總統表示，穩健推動「國", "界的鏈結與國際接軌。", []))
P.append(("tw_president_news", 28477, "副總統致詞內容為：", "副總統致詞內容為：", []))
# 星期天 is the day of the event named by its weekday: like a holiday, it gives a day only through the calendar (round 7:
# 耶誕節), not written.
P.append(("tw_president_news", 28477, "很榮幸在星期天上午來到高", "在這裡見證交船儀式。", []))
P.append(("tw_president_news", 28477, "今天，海巡署辦理「安平級", "民、保障漁權的決心。", [D("今天", "Y-M-02")]))
P.append(
    (
        "tw_president_news",
        28477,
        "為了因應臺海周邊多變的情",
        "船同仁的付出與努力。",
        [
            # 總計10年的時間 restates the span's length (round 9: 10年之間). 高達 is a verb before the figure; 稍早 vague.
            D("2018年", "2018"),
            F("426億元", ["預算", "籌建海巡艦艇發展計畫"], _PROGRAMME, "plan", _CGA),
            D("2027年", "2027"),
            F("141艘", ["新式海巡艦艇", "海巡艦艇", "艦艇"], _PROGRAMME, "plan", _CGA),
            F("3萬3千220噸", ["總噸位", "新式海巡艦艇"], _PROGRAMME, "plan", _CGA),
        ],
    )
)
P.append(("tw_president_news", 28477, "這些新建造的海巡艦艇，除", "巡帶來更堅強的力量。", []))
# 一個計畫, 一群 are an article and a vague amount.
P.append(("tw_president_news", 28477, "當然，一個計畫要能夠有效", "臺灣海洋國家的優勢。", []))
P.append(
    (
        "tw_president_news",
        28477,
        "此外，政府穩健推動「國艦",
        "船產業的國際競爭力。",
        [
            # 估計: a forecast at no time (round 9's 1千億元以上). 數千個 names no number (README: 几千万人). 千億 is a
            # number (one thousand 億); 新臺幣 before it is part of the amount's words but outside the figure text
            # (round 9). 臺灣 only qualifies the industry the programme helps; the actor is 政府, a common noun.
            F("千億元以上", ["產值"], None, "forecast"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28477,
        "臺灣是一個海洋國家，誠如",
        "，往更多面向發展」。",
        # 520 before 就職 is this year's 20 May (round 6).
        [D("520", "Y-05-20")],
    )
)
P.append(("tw_president_news", 28477, "除此之外，面對臺海周邊灰", "以及我們國家的安全。", []))
P.append(("tw_president_news", 28477, "最後，我要再次謝謝所有海", "民間通力合作的成果。", []))
P.append(("tw_president_news", 28477, "臺灣會因為海洋而持續偉大", "了，大家加油，謝謝。", []))
P.append(("tw_president_news", 28477, "隨後，副總統為「長濱艦」", "觀賞永康艦介紹影片。", []))
P.append(("tw_president_news", 28477, "包括海洋委員會主委管碧玲", "龍等亦出席是項活動。", []))

# ------------------------------------------------------------------ release 39380, 2025-08-08 (tuned on)
# President Lai at the second Ageing Health Industry Expo. All 10 paragraphs: 10 figures.
DOCS[("tw_president_news", 39380)] = {"script": "traditional", "text_date": None}
_TW = "臺灣"
_SCREENING = ["篩檢經費", "癌症篩檢經費"]
P.append(
    (
        "tw_president_news",
        39380,
        "賴清德總統今（8）日上午",
        "齡化國家的幸福指標。",
        # 第二屆 is an ordinal, 三大健康支柱 the speaker's list, 長照3.0 a name.
        [D("今（8）日", "Y-M-08")],
    )
)
P.append(
    (
        "tw_president_news",
        39380,
        "適逢父親節，總統致詞時首",
        "產業奠定更好的基礎。",
        # 父親節 is a holiday (no date of its own), 三大領域 the speaker's list.
        [D("今年", "Y"), D("去年", "Y[-1]"), D("今年", "Y")],
    )
)
P.append(
    (
        "tw_president_news",
        39380,
        "總統表示，作為臺灣首位醫",
        "對高齡者的健康問題。",
        [
            # 65歲以上 is an age bracket used as a criterion (README). 目前: the release's month.
            F("約457萬", ["65歲以上人口", "人口"], "Y-M", "result", _TW),
            F("約19.6％", ["佔人口比例", "65歲以上人口"], "Y-M", "result", _TW),
            D("今年", "Y"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39380,
        "總統認為，要照顧好高齡長",
        "立百億癌症新藥基金。",
        [
            # As round 7's 39391 a year earlier: the programme's total over its ROC years a plan, last year's
            # screening money the base, this year's enacted rise and level results; 百億癌症新藥基金 is a name (no
            # unit). 上任 is no date; 去年 before it is.
            D("去年", "Y[-1]"),
            D("114年到118年", "2025/2029"),
            F("近新臺幣500億元", ["健康台灣深耕計畫", "總經費"], "2025/2029", "plan"),
            D("去年", "Y[-1]"),
            F("28億元", _SCREENING, "Y[-1]", "base"),
            D("今年", "Y"),
            F("40億元", _SCREENING, "Y", "result"),
            F("68億元", _SCREENING, "Y", "result"),
        ],
    )
)
_COMMITTEE = "健康台灣推動委員會"
P.append(
    (
        "tw_president_news",
        39380,
        "總統也同時提到，高齡者除",
        "友的病情能獲得控制。",
        [
            # 三高 and 三高防治888計畫 are names. What the committee's plan hopes for (希望…至少要有), at no time: targets
            # (round 8: an initiative's aim placed at no time). 至少 is an adverb before the figure (README: 最高).
            F("8成", ["三高病人", "接受醫療服務"], None, "target", _COMMITTEE),
            F("8成", ["病友", "病情能獲得控制", "三高病人"], None, "target", _COMMITTEE),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39380,
        "總統指出，第二支柱是更符",
        "老、安寧善終的願景。",
        [
            # 長照2.0 is a name; its satisfaction, with no time word, a state (null, result); the sentence names 蔡總統
            # as the one it was built under (persons are subjects: round 7's 蔡英文).
            F("9成以上", ["滿意度", "長照2.0"], None, "result", ["蔡總統", "蔡英文"]),
            D("2026年", "2026"),
        ],
    )
)
# 本屆 is an ordinal.
P.append(("tw_president_news", 39380, "總統進一步指出，第三支柱", "未來的發展欣欣向榮。", [D("今天", "Y-M-08")]))
P.append(
    (
        "tw_president_news",
        39380,
        "總統說，據統計，2025",
        "齡化國家的幸福指標。",
        [
            # 將達: what the statistics expect of this year, a forecast.
            D("2025年", "2025"),
            F("3.6兆元", ["高齡產業商機", "商機"], "2025", "forecast", _TW),
        ],
    )
)
# 十大 is a list's name (an award's).
P.append(("tw_president_news", 39380, "隨後，總統頒發十大高齡友", "為活動進行揭幕儀式。", []))
P.append(("tw_president_news", 39380, "包括總統府資政沈榮津、國", "善等亦出席是項活動。", []))

# ------------------------------------------------------------------ release 39383, 2025-08-12 (tuned on)
# President Lai at the 2025 Taiwan venture-capital conference. All 13 paragraphs: 10 figures.
DOCS[("tw_president_news", 39383)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39383,
        "賴清德總統今（12）日上",
        "好，人民生活更幸福。",
        # An event's name that states its year is a date (round 8).
        [D("今（12）日", "Y-M-12"), D("2025", "2025")],
    )
)
# 數十年來 is not written (README).
P.append(("tw_president_news", 39383, "總統致詞時首先感謝大家共", "轉型、經濟蓬勃發展。", [D("今年", "Y")]))
# 任內 is an era.
P.append(("tw_president_news", 39383, "總統感謝創投公會邱德成理", "域和強化國際連結等。", []))
P.append(
    (
        "tw_president_news",
        39383,
        "總統提到，國內大學不遺餘",
        "人才，也與國際接軌。",
        [
            # A cumulative total with no start (README: null); 政府 is a common noun.
            F("超過1萬3千張", ["就業金卡", "核發就業金卡"], None, "result"),
        ],
    )
)
_NDF = ["國發基金", "行政院", "行政院國發基金"]
P.append(
    (
        "tw_president_news",
        39383,
        "談及資金挹注，總統說，行",
        "從多種管道取得資金。",
        [
            # The programme's allotted size (匡列額度) is a programme's money, a plan (round 7: its total a plan), at no
            # time; what it had invested 到今年6月 is that month's (README: 截至今年6月 → 2025-06).
            F("50億元", ["匡列額度", "創業天使投資方案"], None, "plan", _NDF),
            D("今年6月", "Y-06"),
            F("291家", ["新創", "投資新創"], "Y-06", "result", _NDF),
            F("40.4億元", ["投資", "創業天使投資方案"], "Y-06", "result", _NDF),
            F("164.42億元", ["帶動投資"], "Y-06", "result", _NDF),
            # 第一桶金 is an idiom. 自2020年8月至今年6月 is one span (round 7: 今年 3、4月; round 8: 2020/Y-M); the
            # sentence names no one (round 5: the one before's 行政院 is not carried).
            D("2020年8月至今年6月", "2020-08/Y-06"),
            F("超過11.5萬件", ["青創貸款", "核發"], "2020-08/Y-06", "result"),
            F("967億元", ["融資金額", "協助取得融資金額"], "2020-08/Y-06", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39383,
        "總統表示，證交所也透過「",
        "力企業在創新板掛牌。",
        [
            D("今年", "Y"),
            D("今年6月", "Y-06"),
            # The sentence is about the board the firms list on (台灣創新板, named the sentence before as the
            # exchange's): its name is the subject. 未來2年 is a date, a span from the document's year (round 4:
            # 今后八年 → Y/Y[+7]); the listings hoped for in it a target.
            F("20家", ["上市", "創新板上市"], "Y-06", "result", ["創新板", "台灣創新板"]),
            D("未來2年", "Y/Y[+1]"),
            F("超過40家", ["具潛力企業", "創新板掛牌", "掛牌"], "Y/Y[+1]", "target", ["創新板", "台灣創新板"]),
        ],
    )
)
# 兩項…的計畫, enumerated 第一個…第二 after it, is the speaker's list (README: 兩大重要計畫).
P.append(("tw_president_news", 39383, "總統接著表示，政府啟動兩", "才及創業家來臺投資。", []))
# 過去幾十年來 is vague.
P.append(("tw_president_news", 39383, "總統說，投資新創就是投資", "來更好、經濟更蓬勃。", []))
# 5+2產業創新, 六大核心戰略產業, 五大信賴產業 are names; 第一任, 第二任 ordinals.
P.append(("tw_president_news", 39383, "總統提到，蔡前總統第一任", "人工智慧及國防自主。", []))
P.append(("tw_president_news", 39383, "總統同時提到，臺灣在半導", "人民的生活品質更好。", []))
P.append(
    (
        "tw_president_news",
        39383,
        "在國防自主方面，總統指出",
        "並發展國防自主工業。",
        [
            # 日前 is vague. A budget not yet passed (預算尚待審查) is a plan (README), of no year stated; the act and its
            # budget are 行政院's, passed by 立法院. 年底 is this year's end, a date (README).
            F("1,500億元", ["國土安全韌性", "特別條例", "預算"], None, "plan", ["行政院", "立法院"]),
            D("年底", "Y"),
        ],
    )
)
P.append(("tw_president_news", 39383, "最後，總統感謝業界眾人的", "好，人民生活更幸福。", []))
P.append(("tw_president_news", 39383, "包括行政院政務委員兼國家", "成等亦出席是項活動。", []))

# ------------------------------------------------------------------ release 28329, 2024-04-12 (tuned on)
# President Tsai receives the winners of the International Outstanding Inventor award. All 9 paragraphs: 9 figures.
DOCS[("tw_president_news", 28329)] = {"script": "traditional", "text_date": None}
_RD = ["研發經費"]
_RD_SHARE = ["研發經費占GDP比重", "研發經費GDP占比", "研發經費"]
# 2021's shares are worded 占 GDP 比例 in their own sentence: labels are copied as written (second annotator, round 10
# agreement part, class c), the 2022 wording kept beside them.
_RD_SHARE_2021 = ["研發經費占GDP比例", "占GDP比例", "研發經費占GDP比重", "研發經費GDP占比", "研發經費"]
P.append(
    (
        "tw_president_news",
        28329,
        "蔡英文總統今（12）日上",
        "樂趣，創造更多成果。",
        [
            # An award's name that states its year is a date (round 8: 113年全國模範勞工); 第十九屆 is an ordinal,
            # 5+2 產業創新計畫 a name. 過去8年來 is Y[-8]/Y[-1] (round 8). 政府 is a common noun: no subject.
            D("今（12）日", "Y-M-12"),
            D("2023", "2023"),
            D("過去8年來", "Y[-8]/Y[-1]"),
            D("2022 年", "2022"),
            F("8,980 億元", _RD, "2022", "result"),
            F("3.96%", _RD_SHARE, "2022", "result"),
        ],
    )
)
P.append(("tw_president_news", 28329, "總統致詞時表示，歡迎吳國", "都持續受到國際肯定。", []))
P.append(
    (
        "tw_president_news",
        28329,
        "總統指出，根據瑞士洛桑管",
        "研發經費也逐年成長。",
        # A yearbook's name that states its year is a date (round 8). 每千人 is a ratio's base, 世界第一 a rank.
        [D("2023年", "2023")],
    )
)
P.append(
    (
        "tw_president_news",
        28329,
        "總統進一步指出，2021",
        "，雙雙創下新高紀錄。",
        [
            # 2021's level, which 2022 rose from, is the base at its own year (README: 1982年为270元，1987年提高到463元);
            # the other countries' shares in brackets are their own figures of the same year, results, each country
            # its subject.
            D("2021 年", "2021"),
            F("8,206億元", _RD, "2021", "base", _TW),
            F("3.77%", _RD_SHARE_2021, "2021", "base", _TW),
            F("3.46％", _RD_SHARE_2021, "2021", "result", "美國"),
            F("3.3％", _RD_SHARE_2021, "2021", "result", "日本"),
            F("3.13％", _RD_SHARE_2021, "2021", "result", "德國"),
            D("2022 年", "2022"),
            F("8,980 億元", _RD, "2022", "result", _TW),
            F("3.96%", _RD_SHARE, "2022", "result", _TW),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28329,
        "總統提到，過去8年來，政",
        "產業進步的重要推手。",
        [D("過去8年來", "Y[-8]/Y[-1]")],
    )
)
# 六年級, 五年級 are school grades (round 8: 8年級生).
P.append(("tw_president_news", 28329, "總統說，今天現場也有各個", "國發明展的金牌肯定。", [D("今天", "Y-M-12")]))
P.append(("tw_president_news", 28329, "總統接著說，臺北市仁愛國", "到首爾發明展的銀牌。", []))
# 這兩位同學 points back at the two pupils named (round 9: 這兩艘巡防艦).
P.append(("tw_president_news", 28329, "總統表示，這兩位同學出自", "再次恭喜所有得獎人。", []))
P.append(("tw_president_news", 28329, "訪賓一行由中華創新發明學", "秘書長林佳龍也在座。", []))

# ------------------------------------------------------------------ release 39545, 2025-10-18 (tuned on)
# President Lai opens the 114th-year National Games in Yunlin. All 8 paragraphs: 4 figures.
DOCS[("tw_president_news", 39545)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39545,
        "賴清德總統今（18）日晚",
        "培育人才、壯大國家。",
        # An event's ROC year is a date (round 8: 113年全國模範勞工); 本屆 is an ordinal.
        [D("今（18）日", "Y-M-18"), D("114年", "2025")],
    )
)
P.append(("tw_president_news", 39545, "總統致詞時表示，很高興來", "更成為全民的運動會。", [D("今年", "Y")]))
P.append(
    (
        "tw_president_news",
        39545,
        "總統同時感謝行政院卓榮泰",
        "的場地來訓練跟比賽。",
        [
            # The county's venues renewed for the games, at no time word (null); 雲林縣 is the clause's topic.
            F("18座", ["運動場館"], None, "result", ["雲林縣"]),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39545,
        "總統表示，今年新成立的「",
        "可以找到理想的工作。",
        # 兩屆奧運金牌得主 counts a title's terms (spans of time, as 連續兩年), no figure; 首任 an ordinal.
        [D("今年", "Y")],
    )
)
P.append(
    (
        "tw_president_news",
        39545,
        "總統提到，中央政府除了重",
        "，讓他們無後顧之憂。",
        [
            # Subsidies in force, given 每年 or with no time: policy amounts (null, result); the sentence names
            # 中央政府 as the one who pays (round 5's 中央政府).
            F("3萬5千元", ["學雜費補助", "私立大專校院學生"], None, "result", "中央政府"),
            F("2萬元", ["加碼補助", "低收入戶學生"], None, "result", "中央政府"),
            F("1萬5千元", ["補助", "中低收入戶"], None, "result", "中央政府"),
        ],
    )
)
P.append(("tw_president_news", 39545, "總統強調，國家透過教育栽", "全國運動會正式開始。", [D("今年", "Y")]))
P.append(("tw_president_news", 39545, "隨後，總統和現場貴賓共同", "、點燃聖火台等儀式。", []))
P.append(("tw_president_news", 39545, "包括行政院長卓榮泰、立法", "表等亦出席是項活動。", []))

# ------------------------------------------------------------------ release 39604, 2025-11-07 (tuned on)
# President Lai opens the 2025 ITF Taipei travel fair. All 10 paragraphs: 8 figures.
DOCS[("tw_president_news", 39604)] = {"script": "traditional", "text_date": None}
_TOURISM = ["觀光產值", "產值"]
P.append(
    (
        "tw_president_news",
        39604,
        "賴清德總統今（7）日上午",
        "年達到兆元產值目標。",
        [
            D("今（7）日", "Y-M-07"),
            D("2025", "2025"),
            # 兆元 is one 兆 of 元 (as 千億元以上 above); the goal at its year a target (round 9: 在2030年前…達).
            D("2030年", "2030"),
            F("兆元", _TOURISM, "2030", "target"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39604,
        "總統致詞時表示，非常高興",
        "展單位都能滿載而歸。",
        [
            # 今日活動 is the day (round 9); 多年來, 稍早 are vague. This year's fair, with 今年 in the sentence.
            D("今日", "Y-M-07"),
            D("今年", "Y"),
            F("123個", ["國家或城市", "國家"], "Y", "result"),
            F("1,600個", ["攤位"], "Y", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39604,
        "總統指出，臺灣以觀光立國",
        "bound國際旅遊。",
        [
            # 國內 is a scope. 其次, 第三 are ordinals; 3項 counts the speaker's own list of kinds of travel.
            D("去年", "Y[-1]"),
            F("8,378億元", ["國內觀光產值", "觀光產值"], "Y[-1]", "result"),
            D("2030年", "2030"),
            F("兆元", _TOURISM, "2030", "target"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39604,
        "總統說，稍早葉菊蘭榮譽會",
        "賓、好朋友來臺旅遊。",
        [
            # Yearly amounts under 每年 are null (round 7), reported: results; 臺灣 opens the clause. 約有 puts a verb
            # between the approximator and the first amount (round 8: 約在10至15%; round 5: 約有1萬人).
            F("1兆4,000多億元", ["觀光支出"], None, "result", _TW),
            F("約9,000多億元", ["國外旅遊", "觀光支出"], None, "result", _TW),
            F("約5,000億元", ["國內旅遊", "觀光支出"], None, "result", _TW),
        ],
    )
)
# 三大有利因素 is the speaker's list; 目前 states no figure.
P.append(("tw_president_news", 39604, "總統指出，目前國內旅遊發", "有助於國旅蓬勃發展。", []))
P.append(("tw_president_news", 39604, "總統表示，政府要促進國旅", "一步提升國際競爭力。", []))
# 北緯23.5度 is a line of latitude, a place's name (the Tropic of Cancer), not a quantity stated of something.
P.append(("tw_president_news", 39604, "總統指出，剛才交通部陳世", "色，以強化國際行銷。", []))
P.append(("tw_president_news", 39604, "總統說，身為地方首長出身", "動臺灣觀光產業發展。", []))
P.append(("tw_president_news", 39604, "隨後，總統與現場貴賓一同", "「五福旅遊」等展區。", []))
P.append(("tw_president_news", 39604, "包括交通部長陳世凱、客家", "表等亦出席是項活動。", []))
