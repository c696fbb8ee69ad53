"""Round 11 of the hand annotations, the tuned-on half (issue 19, 2026-12-08): period, stance, label and subject.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_11.py`` (seed 1110) before any of them was read; every item
here was written by reading the paragraph, with no extractor run on these
documents. The held-out half is annotated apart, by another annotator; neither
saw the other's documents. The conventions are rounds 2 to 10's
(``hand_annotations_2.py`` to ``_10.py`` and the README); ``build_gold.py``
locates the strings and writes ``figures.jsonl``.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1980 report (tuned on)
# Yao Yilin's report on the 1980 and 1981 plans, given at the NPC's third session (August-September 1980; its text
# has no dateline). Section 一 reviews what was done 1979年以来 (its sub-headings 第一 to 第六 name no year), section
# 二、1981年国民经济计划的任务和主要指标 lists the 1981 plan's targets. The first three drawn paragraphs reach 18 figures.
DOCS[("gov_work_reports", 1980)] = {"script": "simplified", "text_date": None}
_PLAN_YEAR = "1981"
P.append(
    (
        "gov_work_reports",
        1980,
        "积累和消费的比例关系有所",
        "发展，起了积极作用。",
        [
            # 上年 is the year before the year spoken of (README): 1978. The next sentence's shares of 国民收入 have no
            # time word: the paragraph's 1979 (round 4: a written year opening a clause is the paragraph's topic).
            D("1979年", "1979"),
            D("上年", "1978"),
            F("7％", ["国民收入"], "1979", "result"),
            F("1，120亿元", ["用于积累的部分", "积累"], "1979", "result"),
            F("2，211亿元", ["用于消费的部分", "消费"], "1979", "result"),
            # 由1978年的…降为: the base at its own year, the new level the paragraph's 1979.
            D("1978年", "1978"),
            F("36.5％", ["积累率"], "1978", "base"),
            F("33.6％", ["积累率"], "1979", "result"),
            # 1980年计划 names the plan by its year (round 8: a name stating its year is a date). 根据…计划，…可能…降到:
            # what the running plan is expected to bring (可能, as 可望), a forecast at the plan's year (a doubt: the
            # plan's aim, a target, would be read the same as not a result).
            D("1980年", "1980"),
            F("30％左右", ["积累率"], "1980", "forecast"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1980,
        "能源工业，煤炭产量62，",
        "预计增加120亿度。",
        [
            # Under 二、1981年…主要指标 (1981年国民经济计划主要指标安排如下): the plan's outputs are outcomes it aims at,
            # targets at 1981, absolute (round 9's 1958 plan); each rise on 1980's expected level is 1981's too.
            F("62，000万吨", ["煤炭产量"], _PLAN_YEAR, "target"),
            D("1980年", "1980"),
            F("1，000万吨", ["煤炭产量"], _PLAN_YEAR, "target"),
            F("10，600万吨", ["石油产量"], _PLAN_YEAR, "target"),
            # 近两年 is a backward-looking span anchored at the document (README: 近5年): 1979 and 1980, Y[-1]/Y.
            D("近两年", "Y[-1]/Y"),
            F("3，120亿度", ["发电量"], _PLAN_YEAR, "target"),
            D("1980年", "1980"),
            F("120亿度", ["发电量"], _PLAN_YEAR, "target"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1980,
        "1979年商业部门收购商",
        "售量，也有较多增加。",
        [
            # 商业部门 is a common noun (no subject). Given in August-September 1980, 今年上半年 is 1980's first half and
            # 去年同期 (against it) 1979's (README: 去年同期 resolved against the half it is compared with).
            D("1979年", "1979"),
            F("1，992亿元", ["收购商品总额", "商业部门收购商品总额"], "1979", "result"),
            D("上年", "1978"),
            F("14.5％", ["收购商品总额"], "1979", "result"),
            D("今年上半年", "Y-H1"),
            D("去年同期", "Y[-1]-H1"),
            F("17.9％", ["收购商品总额"], "Y-H1", "result"),
            D("1979年", "1979"),
            F("1，753亿元", ["社会商品零售总额"], "1979", "result"),
            D("上年", "1978"),
            F("225亿元", ["社会商品零售总额"], "1979", "result"),
            F("14.7％", ["社会商品零售总额"], "1979", "result"),
            D("今年上半年", "Y-H1"),
            D("去年同期", "Y[-1]-H1"),
            F("18.5％", ["社会商品零售总额"], "Y-H1", "result"),
            # 多年来 is vague; 去年以来 writes its year only (以来 is no date word, as 至今 in 從2020年…至今).
            D("去年", "Y[-1]"),
        ],
    )
)

# ------------------------------------------------------------------ 1981 report (tuned on)
# Zhao Ziyang's report of 30 November 1981 to the NPC's fourth session (no dateline in its text): （一）当前的经济形势
# reviews the year still running, so 今年 is 1981 (round 6's December 1964 report). The first three drawn paragraphs
# reach 12 figures.
DOCS[("gov_work_reports", 1981)] = {"script": "simplified", "text_date": None}
_GEZHOUBA = ["葛洲坝水利枢纽", "葛洲坝"]
P.append(
    (
        "gov_work_reports",
        1981,
        "基本建设要退够，是今年调",
        "是多年以来没有过的。",
        [
            D("今年", "Y"),
            # The year's investment total as the February revision set it, and the sum added later: this year's
            # enacted budget, results (README: 今年所編列預算), the year's (今年２月 is when it was set, not what it
            # measures). 这八十亿元 points back at the sum named (round 9's 這兩艘巡防艦: no count).
            D("今年２月", "Y-02"),
            F("三百亿元", ["基本建设投资总额", "基本建设投资"], "Y", "result"),
            F("八十亿元", ["基本建设投资总额", "基本建设投资"], "Y", "result"),
            F("三十五亿元", ["住宅建设投资"], "Y", "result"),
            D("今年", "Y"),
            # 第一期, 第一台 are ordinals. The unit's size is a real machine's (already on trial run), a figure; months
            # do not carry past their clause (round 4), so it is the year reviewed. Gezhouba, a named dam, is taken as
            # a place (a doubt: a project's name).
            D("今年６月", "Y-06"),
            F("十七万千瓦", ["机组", "第一台机组"], "Y", "result", _GEZHOUBA),
            # 三大化纤厂 after a list of three places is a list name (round 4's 十大钢铁基地).
            D("今年", "Y"),
            # 可以按计划实现, said in November of the year: an expectation, a forecast.
            F("９０％以上", ["原定今年全部投产的项目", "项目"], "Y", "forecast"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1981,
        "经济的稳定，首先表现在实",
        "信任和支持表示感谢。",
        [
            # 去冬 is last winter, written at year level (round 3's 一九五七年冬季 → 1957): Y[-1].
            D("去冬", "Y[-1]"),
            D("今年", "Y"),
            # 从…、…预计降低到今年的: the two earlier years' deficits are bases at their own years, this year's
            # expected one a forecast (预计).
            D("１９７９年", "1979"),
            F("一百七十亿元", ["财政赤字"], "1979", "base"),
            D("１９８０年", "1980"),
            F("一百二十七亿元", ["财政赤字"], "1980", "base"),
            D("今年", "Y"),
            F("二十七亿元", ["财政赤字"], "Y", "forecast"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1981,
        "我国当前经济形势的确是好",
        "，肯定会比今年更好。",
        [
            # Quarters and a month of the year reviewed; 去年同期 is compared with all four, so only its year.
            D("今年", "Y"),
            D("去年同期", "Y[-1]"),
            D("第一季度", "Y-Q1"),
            F("０．２％", ["工业总产值"], "Y-Q1", "result"),
            D("第二季度", "Y-Q2"),
            F("１．７％", ["工业总产值"], "Y-Q2", "result"),
            D("第三季度", "Y-Q3"),
            F("３％", ["工业总产值"], "Y-Q3", "result"),
            # 月份 after the month is still the month (a date, Y-10).
            D("１０月份", "Y-10"),
            F("１０．６％", ["工业总产值"], "Y-10", "result"),
            # 今后 is vague.
            D("明年", "Y[+1]"),
            D("今年", "Y"),
        ],
    )
)

# ------------------------------------------------------------------ release 28712, 2024-09-10 (tuned on)
# President Lai opens the 113th-year overseas compatriot affairs conference. All 13 paragraphs: 9 figures.
DOCS[("tw_president_news", 28712)] = {"script": "traditional", "text_date": None}
_TW = "臺灣"
P.append(
    (
        "tw_president_news",
        28712,
        "賴清德總統今（10）日下",
        "社會帶來的經濟成果。",
        [
            # 113年僑務委員會議 is an event's name stating its ROC year (round 8: 113年全國模範勞工), a date.
            # 第一項, 第二項 are ordinals, 和平四大支柱 a list name. 2,300萬人民 is the population stated in passing
            # (round 10's 14亿多, earlier rounds' 2,300萬 with 臺灣 the subject).
            D("今（10）日", "Y-M-10"),
            D("113年", "2024"),
            F("2,300萬", ["人民"], None, "result", _TW),
        ],
    )
)
# 三項共同特質 is the speaker's list, 第一-第三 ordinals, COVID-19期間 a named era.
P.append(("tw_president_news", 28712, "總統致詞時首先感謝僑務委", "你們，有你們真好」。", []))
# 多年, 今日民主 (today's democracy: nowadays) and 這幾年來 are vague.
P.append(("tw_president_news", 28712, "總統指出，今年僑務委員會", "這幾年來的經濟成果。", [D("今年", "Y")]))
P.append(("tw_president_news", 28712, "總統提到，大家都很清楚，", "步確保對臺灣的保障。", []))
P.append(
    (
        "tw_president_news",
        28712,
        "總統表示，他身為總統及三",
        "300萬人可以決定。",
        [F("2,300萬人", ["人", "人民"], None, "result", ["中華民國臺灣", "臺灣"])],
    )
)
# 520 before 就職 is this year's inauguration day (round 6).
P.append(("tw_president_news", 28712, "總統指出，第二項使命是保", "臺海和平穩定的決心。", [D("520", "Y-05-20")]))
P.append(
    (
        "tw_president_news",
        28712,
        "總統提及，2010年臺灣",
        "完成經濟韌性的目標。",
        [
            # 從…降至 in all but name: 2010's share is the base, last year's the level it fell to; the clause after
            # (而我國…) has no time word of its own and keeps its sentence's 去年. 臺灣 is what the sentence is about
            # (我國 names no entity, round 9, but 臺灣 is named at the sentence's start).
            D("2010年", "2010"),
            F("83.8%", ["占比", "對外投資"], "2010", "base", _TW),
            D("去年", "Y[-1]"),
            F("11.4%", ["占比", "對外投資"], "Y[-1]", "result", _TW),
            F("41%", ["對外投資比例", "對外投資"], "Y[-1]", "result", _TW),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28712,
        "總統表示，臺灣也會與民主",
        "的勇氣，令他們欽佩。",
        [
            # 從就職以來 is no date expression, but it places a start the release names (520就職, paragraph 6): the
            # visits received since then span from it to the release's month (round 7: 去年開始…已完成 → Y[-1]/Y-M).
            # 第一島鏈 is a name.
            F("超過50團", ["外賓"], "Y-05/Y-M", "result"),
        ],
    )
)
# 近年來 is vague.
P.append(("tw_president_news", 28712, "總統指出，近年來民主世界", "合作，創造和平共榮。", []))
P.append(
    (
        "tw_president_news",
        28712,
        "總統指出，身為總統的第三",
        "萬元，即可不用繳稅。",
        [
            F("2,300萬", ["人民"], None, "result", _TW),
            # 過去8年來 (round 10). The FY114 budget bill, in September 2024 not yet passed: a plan (README's 28633),
            # the central government named in its label the subject (round 5: 中央政府 naming the giver).
            D("過去8年來", "Y[-8]/Y[-1]"),
            D("114年度", "2025"),
            F("超過新臺幣三兆元", ["中央政府總預算", "總預算"], "2025", "plan", "中央政府"),
            # Next year's tax threshold, already enacted (政府也實施減稅): a policy amount, a result, at the year it
            # applies to (a doubt: 明年 names when it applies, not when it was set).
            D("明年", "Y[+1]"),
            F("62.6萬元", ["年所得"], "Y[+1]", "result"),
        ],
    )
)
# 未來 is vague.
P.append(("tw_president_news", 28712, "總統表示，過去8年，政府", "臺灣整體的經濟果實。", [D("過去8年", "Y[-8]/Y[-1]")]))
P.append(("tw_president_news", 28712, "最後，總統期盼大家持續支", "順利成功，成果豐碩。", [D("今年", "Y")]))
P.append(("tw_president_news", 28712, "包括僑務委員會委員長徐佳", "堇等亦出席是項活動。", []))

# ------------------------------------------------------------------ release 39334, 2025-07-08 (tuned on)
# President Lai inspects typhoon Danas's damage in Tainan. All 8 paragraphs: 8 figures.
DOCS[("tw_president_news", 39334)] = {"script": "traditional", "text_date": None}
_TAIPOWER = ["台灣電力公司", "台電公司", "台電"]
P.append(("tw_president_news", 39334, "受到丹娜絲颱風帶來強風及", "相關措施以降低災損。", [D("今（8）日", "Y-M-08")]))
P.append(("tw_president_news", 39334, "總統抵達臺南後，除聽取農", "民和漁民心聲及意見。", []))
# 今日 is the day of the event (README: 今天); 過往 and 第一時間 are vague.
P.append(("tw_president_news", 39334, "總統表示，此次丹娜絲颱風", "，協助民眾度過難關。", [D("今日", "Y-M-08")]))
P.append(
    (
        "tw_president_news",
        39334,
        "總統說，根據農糧署臺南農",
        "病蟲害傳播事件發生。",
        [
            # The relief loans' rate cut from 1.415％ to 0 (a bare 0 has no unit: no figure): the rate before the cut
            # is a base, a policy amount at no time (null); the ministry that acts in the sentence the subject.
            F("1.415％", ["貸款利率"], None, "base", "農業部"),
        ],
    )
)
# 年度預算 is a kind of budget, 第二預備金 a name, 未來 vague.
P.append(("tw_president_news", 39334, "談及公共設施損毀等事項，", "未來颱風的災損情形。", []))
P.append(
    (
        "tw_president_news",
        39334,
        "隨後，總統前往七股區視察",
        "竹溝區域的電力修復。",
        [
            # The typhoon's damage counts have no time word (此次颱風 is the event, a weather event no subject nor
            # date): null (README: a state with no time cue). Taipower is the sentence's company (its poles and
            # lines), 嘉義縣 the towers' place; 全國 is a scope.
            F("逾650支", ["電線桿"], None, "result", _TAIPOWER),
            F("逾450條", ["電線"], None, "result", _TAIPOWER),
            F("3座", ["高壓電塔"], None, "result", "嘉義縣"),
            F("82萬戶", ["停電戶數", "全國停電戶數"], None, "result"),
            F("7萬多戶", ["自來水停水戶數", "停水戶數"], None, "result"),
            D("昨日", "Y-M-07"),
            D("明日", "Y-M-09"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39334,
        "總統說，根據昨（7）日為",
        "災情，以利迅速處理。",
        [
            # 根據昨（7）日為止的資料: counts up to that day take it (round 10: 到今年6月 → Y-06).
            D("昨（7）日", "Y-M-07"),
            F("1萬人次", ["出班人數"], "Y-M-07", "result", _TAIPOWER),
            F("超過6千車次", ["工程車輛", "出動工程車輛"], "Y-M-07", "result", _TAIPOWER),
        ],
    )
)
P.append(("tw_president_news", 39334, "包括農業部長陳駿季、經濟", "亦分別陪同是項行程。", []))

# ------------------------------------------------------------------ release 39586, 2025-10-31 (tuned on)
# President Lai receives the 35th Medical Dedication Award's winners. All 9 paragraphs: 9 figures.
DOCS[("tw_president_news", 39586)] = {"script": "traditional", "text_date": None}
_COMMITTEE = "健康台灣推動委員會"
_SCREENING = ["篩檢預算"]
P.append(
    (
        "tw_president_news",
        39586,
        "賴清德總統今（31）日下",
        "實「健康台灣」願景。",
        [
            # 第35屆 is an ordinal; 健康台灣深耕計畫, 癌症新藥基金 names.
            D("今（31）日", "Y-M-31"),
            D("今年", "Y"),
        ],
    )
)
P.append(("tw_president_news", 39586, "總統致詞時表示，在總統府", "健康提供最好的服務。", []))
P.append(("tw_president_news", 39586, "總統指出，醫療奉獻獎的評", "的奉獻更是由衷感激。", []))
P.append(
    (
        "tw_president_news",
        39586,
        "總統指出，今年獲得「團體",
        "來更多的希望與力量。",
        [
            # 全年無休 and 每天 are frequencies, 多年來 vague. A station's altitude is a real height with its measure word
            # (a figure, unlike round 10's 北緯23.5度, a line naming a place): a state at no time, the station (or the
            # department that staffs it, the sentence's subject) its subject.
            D("今年", "Y"),
            F("1,200公尺", ["海拔"], None, "result", ["南山衛生室", "羅東聖母醫院社區醫學部"]),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39586,
        "總統同時指出，今年「個人",
        "的步伐更加穩健踏實。",
        [
            # This year's winners (the sentence before names 今年 for the award's other category): Y. 長年 is vague.
            D("今年", "Y"),
            F("10位", ["「個人奉獻獎」得主", "個人奉獻獎得主", "得主"], "Y", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39586,
        "總統說，身為醫界的一份子",
        "病控制獲得更好成果。",
        [
            # 民國74年 is an ROC year; 第一大死因 a rank; 第一, 第二 ordinals. The fund's size as budgeted (編列), a
            # policy amount at no time: a result, null (round 7's 39391: this year's enacted 50億元 a result).
            D("民國74年", "1985"),
            F("100億元", ["癌症新藥基金"], None, "result"),
            # As round 10's 39380: last year's screening money the base, the level raised to this year's result.
            D("去年", "Y[-1]"),
            F("28億元", _SCREENING, "Y[-1]", "base"),
            F("68億元", _SCREENING, "Y", "result"),
            # 三高防治888計畫 is a name; the committee's hopes at no time are targets with it the subject (round 10's
            # 39380, the same three 8成).
            F("8成", ["病友", "三高患者", "加入照護網"], None, "target", _COMMITTEE),
            F("8成", ["病友", "接受生活習慣諮詢"], None, "target", _COMMITTEE),
            F("8成", ["病友", "病情獲得控制"], None, "target", _COMMITTEE),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39586,
        "總統指出，不同年齡層、性",
        "得到妥適的醫療服務。",
        [
            # 投入5年489億元: the programme launched this year (政府今年啟動, paragraph 1) spends over five years from
            # it, Y/Y[+4] (round 10's 114年到118年 for the same programme; round 7: a plan's length placed by the text
            # gives its span), the government's own spending a plan. 週二 is a weekday (round 10's 星期天: no date).
            F("489億元", ["健康台灣深耕計畫"], "Y/Y[+4]", "plan"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39586,
        "總統表示，健保制度已推行",
        "民眾健康最好的保護。",
        # 已推行30年 is a duration (README: 連續4年); 過去30年 a backward span anchored at the release (過去8年).
        [D("過去30年", "Y[-30]/Y[-1]")],
    )
)
P.append(("tw_president_news", 39586, "訪賓一行由厚生基金會創會", "秘書長鄭俊昇也在座。", []))

# ------------------------------------------------------------------ release 39590, 2025-11-01 (tuned on)
# President Lai at the fourth Chiayi-class cutter's commissioning and the first high-latitude patrol ship's launch.
# All 18 paragraphs: 4 figures. The third paragraph is written as two passages, its two sentences: `4艘` of the
# fleet first occurs inside the ordinal 第4艘 of the sentence before, and build_gold finds each string after the
# previous item only.
DOCS[("tw_president_news", 39590)] = {"script": "traditional", "text_date": None}
# 第四艘, 第一艘 are ordinals, 國艦國造, 海纜七法 names.
P.append(("tw_president_news", 39590, "賴清德總統今（1）日上午", "護民主、自由與和平。", [D("今（1）日", "Y-M-01")]))
P.append(("tw_president_news", 39590, "總統致詞內容為：", "總統致詞內容為：", []))
P.append(("tw_president_news", 39590, "今天非常高興和大家共同見", "「台北艦」的成軍。", [D("今天", "Y-M-01")]))
P.append(
    (
        "tw_president_news",
        39590,
        "我們捍衛海域的4艘4千噸",
        "噸級最大艦已經到齊。",
        [
            # The fleet's size now complete, with no time word of its own (the sentence before's 今天 does not
            # carry, round 6's 股市已超過): null. 4千噸級 names a class of ship (round 9).
            F("4艘", ["4千噸級最大艦", "最大艦"], None, "result"),
        ],
    )
)
P.append(("tw_president_news", 39590, "今天也要為臺灣第一艘高緯", "守護國家安全的決心。", [D("今天", "Y-M-01")]))
P.append(("tw_president_news", 39590, "近年來，臺灣面臨的海域安", "國際合作等多重工作。", []))
P.append(
    (
        "tw_president_news",
        39590,
        "因此，在蔡英文前總統任內",
        "艘高緯度遠洋巡護船。",
        [
            # 蔡英文前總統任內 is an era (no date) and names no actor: no subject (round 10: a programme never is).
            # 10年為期 is a length. Each programme's ships get the span the text gives it, its start year to its
            # deadline (round 9's 28238 and round 10's 28477: 141艘 over 2018/2027), the government's building a plan;
            # the 2022 programme's `在2032年前` is its end as written (a doubt: ten years from 2022 end in 2031).
            D("2018年", "2018"),
            D("2022年", "2022"),
            D("2027年", "2027"),
            F("141艘", ["巡防艦艇", "各型巡防艦艇"], "2018/2027", "plan"),
            D("2032年", "2032"),
            F("6艘", ["高緯度遠洋巡護船", "遠洋巡護船"], "2022/2032", "plan"),
        ],
    )
)
P.append(("tw_president_news", 39590, "今天，我們展現出政府持續", "務與人道救援的能量。", [D("今天", "Y-M-01")]))
P.append(("tw_president_news", 39590, "我要感謝台船公司，以世界", "色海疆及國人的安全。", []))
P.append(("tw_president_news", 39590, "面對中共持續不斷的灰色地", "秩序及區域和平穩定。", []))
P.append(("tw_president_news", 39590, "除了提升防禦威脅的能力，", "防可控的海域安全網。", []))
P.append(("tw_president_news", 39590, "我希望立法院能夠不分黨派", "以及航運的穩定運作。", []))
P.append(("tw_president_news", 39590, "此外，造船產業同樣是國家", "造艦、提升國防實力。", []))
P.append(("tw_president_news", 39590, "我要請海巡署持續與國內造", "全奠定更堅實的基礎。", []))
P.append(
    (
        "tw_president_news",
        39590,
        "而今天要下水的第一艘高緯",
        "是臺灣的原住民族群。",
        [
            # 第一艘, 第一次 are ordinals. The series' five ships still to come are the government's building, a plan,
            # at no time of their own in this paragraph (the 2022 programme's span is not named here): null.
            D("今天", "Y-M-01"),
            F("5艘", ["巡護船", "後續同系列的巡護船"], None, "plan"),
        ],
    )
)
P.append(("tw_president_news", 39590, "這不僅僅落實憲法保障原住", "堅定面向世界的勇氣。", []))
P.append(("tw_president_news", 39590, "讓我們繼續努力，如期、如", "護民主、自由與和平。", []))
P.append(("tw_president_news", 39590, "隨後，總統為高緯度遠洋巡", "，視察遠距醫療演練。", []))
P.append(("tw_president_news", 39590, "包括海洋委員會主任委員管", "宏等亦出席是項活動。", []))
