"""Round 8 of the hand annotations, the held-out half (issue 19, 2026-12-06): period, stance, label and subject.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_8.py`` (seed 198) before any of them was read; every item
here was written by reading the paragraph, with no extractor run on these
documents. The tuned-on half (the 1995 and 2008 reports, releases 28156,
28370, 28395) is annotated apart, in ``hand_annotations_8.py``, by another
annotator; neither saw the other's documents. The conventions are rounds 2 to
7's (the README and the tuned-on files); ``build_gold.py`` locates the strings
and writes ``figures.jsonl``. Every passage here is held out: its errors are
never read, only its aggregate scores.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1956 report (held out)
# Li Xiannian's report on the 1955 final accounts and the 1956 budget (full-width digits, no dateline). Its headings
# name their years: 一、１９５５年国家决算 and 二、１９５６年的国家预算, so a figure with no time word of its own under
# them is that year, absolute (round 5's agreement note, round 6's 2022). Its first four drawn paragraphs reach 12
# figures. No clause here names an entity but 中央 (its ministries).
DOCS[("gov_work_reports", 1956)] = {"script": "simplified", "text_date": None}
P.append(
    (
        "gov_work_reports",
        1956,
        "在水利建设方面，１９５５年完成",
        "都有显著的效果。",
        [
            D("１９５５年", "1955"),
            F("１４亿多公方", ["土方", "水利建设"], "1955", "result"),
            F("１，４００多万公方", ["石方"], "1955", "result"),
            F("６０万公方", ["混凝土"], "1955", "result"),
            # 在１９５４年堵口复堤的基础上: a year the text states (round 6: a base year is a date); no figure of its own.
            D("１９５４年", "1954"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1956,
        "１９５５年国家决算年终结余",
        "全部结转到１９５６年预算中使用。",
        [
            D("１９５５年", "1955"),
            # 年终结余 is the accounts' term (the balance at the year's end), part of the measure's name, not a date of
            # its own apart from the 1955 before it (年末 in the README follows its year: 2024年底 is one expression).
            F("１，０１１，０３８，０００元", ["国家决算年终结余", "年终结余", "结余"], "1955", "result"),
            D("１９５６年", "1956"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1956,
        "在林业方面，１９５５年完成",
        "完成数增长４７％。",
        [
            D("１９５５年", "1955"),
            F("２，５６０多万亩", ["造林面积"], "1955", "result"),
            D("１９５４年", "1954"),
            # A change between two years is the later year's (README), not a base: 1954's area is not stated.
            F("４７％", ["造林面积", "完成数"], "1955", "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1956,
        "适应经济发展的需要，１９５６年政府",
        "其中完成培养计划的将达２８万人。",
        [
            D("１９５６年", "1956"),
            # No time word in the sentence: the heading's 1956 (the sentence before says it too). What the government
            # itself sets up is its plan (round 7's 1955: the institutes the Academy adds); the pupils its schools
            # enrol and see graduate are outcomes aimed at, as round 7's enrolments (target). 全国 is no entity.
            F("１９２所", ["工人技术学校"], "1956", "plan"),
            F("９．７万人", ["工人技术学校招生", "招生"], "1956", "target"),
            F("２．７万人", ["工人技术学校毕业", "毕业"], "1956", "target"),
            # The central ministries with training plans: real bodies counted with a measure word (round 6's
            # 三個委員會), dated by their sentence's 今年; 中央 is the named body (round 6's 由中央协助支应).
            F("１７个部", ["中央的部", "部", "培养熟练工人的计划"], "Y", "result", "中央"),
            D("今年", "Y"),
            # Workers to be trained this year under those plans: outcomes aimed at (target), as the pupils.
            F("７１万人", ["受训练的工人", "工人"], "Y", "target", "中央"),
            F("２８万人", ["完成培养计划的工人", "完成培养计划", "受训练的工人"], "Y", "target", "中央"),
        ],
    )
)

# ------------------------------------------------------------------ 2025 report (held out)
# No dateline (text_date None). Section 一 is headed 一、2024年工作回顾: a figure under it with no relative word of its
# own is 2024, absolute (round 5's agreement note, round 6's 2022, round 7's 2018), and 去年 stays Y[-1]. Its first two
# drawn paragraphs reach 13 figures. 我国, 我们 name no entity: no subjects.
DOCS[("gov_work_reports", 2025)] = {"script": "simplified", "text_date": None}
P.append(
    (
        "gov_work_reports",
        2025,
        "一是因时因势加强和创新宏观调控",
        "稳妥推进地方中小金融机构改革化险。",
        [
            D("去年一季度", "Y[-1]-Q1"),
            # The quarter after 去年一季度 in the same sentence is that year's (round 7: 第四季度 after 去年下半年).
            D("二季度", "Y[-1]-Q2"),
            # 全年 under the 2024 heading, in a sentence of its own: the heading's year, absolute (round 5's 全年 → 2014).
            D("全年", "2024"),
            # Two cuts of two rates told as one (2024 report: 两次 was a figure, once per rate there).
            F(
                "两次",
                ["下调存款准备金率和政策利率", "存款准备金率和政策利率", "存款准备金率", "政策利率"],
                "2024",
                "result",
            ),
            F("15.7%", ["设备购置投资"], "2024", "result"),
            F("12.3%", ["家电类商品零售额"], "2024", "result"),
            # 年支出 is a yearly amount (a frequency, not a date); 约 after the verb is the figure's own (README: 约2%).
            F("约1500亿元", ["居民存量房贷利息年支出", "存量房贷利息年支出", "房贷利息"], "2024", "result"),
            # 一次性 (at one go) is no figure; the quota raised last year is done, a result.
            F("6万亿元", ["地方专项债务限额", "专项债务限额", "债务限额"], "2024", "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        2025,
        "“稳”的态势巩固延续",
        "社会大局保持稳定。",
        [
            F("134.9万亿元", ["国内生产总值"], "2024", "result"),
            F("5%", ["国内生产总值", "国内生产总值增长"], "2024", "result"),
            # 左右 in a result is the figure's own approximator, no target.
            F("30%左右", ["对全球经济增长的贡献率", "贡献率"], "2024", "result"),
            F("1256万人", ["城镇新增就业"], "2024", "result"),
            F("5.1%", ["城镇调查失业率"], "2024", "result"),
            F("0.2%", ["居民消费价格"], "2024", "result"),
            # A stock at the year's end is the year's (README: 年末 → the year).
            F("超过3.2万亿美元", ["外汇储备"], "2024", "result"),
            F("5.1%", ["居民人均可支配收入"], "2024", "result"),
        ],
    )
)

# ------------------------------------------------------------------ release 39056, 2025-02-14 (held out)
# The press conference after the president's national security meeting. All its 39 paragraphs give 11 figures (the
# first 12 figures are never reached).
DOCS[("tw_president_news", 39056)] = {"script": "traditional", "text_date": None}
# 新的一年 said in February 2025 (the release itself: 2025年，是充滿挑戰的一年) is this year, written as 今年 is (Y): it
# names the year that has just begun, not a vague present (目前, 當前). A convention this round's text asked for.
_DEFENCE_SHARE = ["國防預算GDP占比", "國防預算"]  # README: a share of GDP is labelled so
# 過去八年 as rounds 6-7 wrote 過去8年 (Y[-8]/Y[-1]).
_EIGHT_YEARS = "Y[-8]/Y[-1]"
_ARMS = ["對臺軍售", "軍售"]
_ARMS_VALUE = ["對臺軍售金額", "軍售金額", "金額", "軍售"]
P.append(
    (
        "tw_president_news",
        39056,
        "賴清德總統今（14）日上午召",
        "明確的國家策略方案。",
        [
            D("今（14）日", "Y-M-14"),
            D("新的一年", "Y"),
            # The share the budget is to reach is named a goal (的目標): a target (README: 3%以上 in 39324), this
            # year's by its sentence. 三大工作, 三大面向 are the speaker's lists. 政府 is a common noun.
            F("3% 以上", _DEFENCE_SHARE, "Y", "target"),
        ],
    )
)
P.append(("tw_president_news", 39056, "總統指出，他已責成國安和行政", "，再次通過時代考驗。", []))
P.append(("tw_president_news", 39056, "總統致詞內容為：", "總統致詞內容為：", []))
# 多人 names no number.
P.append(("tw_president_news", 39056, "首先，我要針對發生在臺中新光", "問題都能夠順利解決。", []))
# 稍早 is vague.
P.append(("tw_president_news", 39056, "稍早，我召開了國家安全高層會", "向全體國人進行報告：", [D("今天", "Y-M-14")]))
P.append(("tw_president_news", 39056, "2025年，是充滿挑戰的一年", "也是充滿希望的一年！", [D("2025年", "2025")]))
# 當前 vague.
P.append(("tw_president_news", 39056, "當前的全球情勢，民主世界正面", "一階段的變動與挑戰。", [D("新的一年", "Y")]))
P.append(
    (
        "tw_president_news",
        39056,
        "面對變局，如何確保國家安全、",
        "國安高層會議的原因。",
        [D("今年", "Y"), D("今天", "Y-M-14")],
    )
)
P.append(("tw_president_news", 39056, "今天的會議，我和國安團隊以及", "全與發展的整體策略：", [D("今天", "Y-M-14")]))
P.append(("tw_president_news", 39056, "首先，在總體國家安全方面，為", "家就應該更團結！」。", []))
P.append(("tw_president_news", 39056, "為此，新的一年，我們將優先推", "先推動以下三大工作：", [D("新的一年", "Y")]))
P.append(
    (
        "tw_president_news",
        39056,
        "第一，為展現保護國家的決心，",
        " 3% 以上的目標。",
        # The first item of the list the paragraph before introduces with 新的一年…以下三大工作： carries its year
        # (README: a figure carries the period of a list after a colon).
        [F("3% 以上", _DEFENCE_SHARE, "Y", "target")],
    )
)
P.append(("tw_president_news", 39056, "第二，為防制中國統戰、滲透及", "力，並促進內部團結。", []))
P.append(("tw_president_news", 39056, "第三，為掌握全球供應鏈重組及", "打造全球民主供應鏈。", []))
P.append(("tw_president_news", 39056, "接下來，在大家所共同關注的臺", "明確的國家策略方案：", []))
P.append(("tw_president_news", 39056, "第一，臺美關係。", "第一，臺美關係。", []))
P.append(("tw_president_news", 39056, "在臺美關係上，臺灣和美國擁有", "域安全所帶來的威脅。", []))
# 自第一個任期起…至今, 這段時間 name no date.
P.append(("tw_president_news", 39056, "事實上，臺灣的民進黨政府，就", "，都在這段時間落實。", []))
# 未來幾年 is vague; 第一島鏈 a name.
P.append(("tw_president_news", 39056, "站在第一島鏈及民主世界對抗威", "持續，國人可以放心。", []))
P.append(
    (
        "tw_president_news",
        39056,
        "根據「台灣關係法」及「六項保",
        "衛能力有重大的幫助。",
        [
            # 六項保證 is a name. Arms sales the US announced: results over the span, the US the subject.
            D("過去八年", _EIGHT_YEARS),
            F("48項", _ARMS, _EIGHT_YEARS, "result", "美國"),
            F("262.65億美元", _ARMS_VALUE, _EIGHT_YEARS, "result", "美國"),
            # An era named by a president (README: 蔡英文前總統任內): null; 第一個 is an ordinal.
            F("22項", _ARMS, None, "result", ["美國", "川普"]),
            F("187.63億美元", _ARMS_VALUE, None, "result", ["美國", "川普"]),
        ],
    )
)
# 兩任政府: terms of office are spans of time (as 連續兩年, durations in the README), not a count of bodies: no figure.
P.append(
    ("tw_president_news", 39056, "臺灣將會在過去八年和美國兩任", "及各項制度化的合作。", [D("過去八年", _EIGHT_YEARS)])
)
_TO_US = ["臺灣對美國的直接及間接投資", "對美國的直接及間接投資", "直接及間接投資", "對美投資", "投資"]
P.append(
    (
        "tw_president_news",
        39056,
        "雙方的經濟合作上，臺灣一直是",
        "臺灣最大的投資對象。",
        [
            # 過去幾年 is vague. A total up to a year the text names (截至2024年) is that year's, as 截至今年6月 is
            # the month's (README); the jobs it created the same. 臺灣 is the investor the clause names.
            D("2024年", "2024"),
            F("超過1千億美元", _TO_US, "2024", "result", "臺灣"),
            F("近40萬個", ["工作機會"], "2024", "result", "臺灣"),
            # Two years named as one (round 5's 一九七九和一九八○两年): one date; 皆 holds for each, the span's.
            D("2023及2024年", "2023/2024"),
            F("4成以上", ["對外投資比重", "臺灣整體對外投資比重", "對美國的投資"], "2023/2024", "result", "臺灣"),
            # 分別: the first share is 2023's, the second 2024's.
            D("2023及2024年", "2023/2024"),
            F("11%", ["對中國的投資占比", "臺灣對中國的投資占比", "投資占比"], "2023", "result", "臺灣"),
            F("8%", ["對中國的投資占比", "臺灣對中國的投資占比", "投資占比"], "2024", "result", "臺灣"),
        ],
    )
)
# 未來 is vague.
P.append(("tw_president_news", 39056, "政府正在啟動相關的規畫，依據", "業的全球布局與壯大。", []))
P.append(("tw_president_news", 39056, "同時，我們也將強化臺美在AI", "作夥伴關係的新時代。", []))
P.append(("tw_president_news", 39056, "第二，半導體產業發展。", "二，半導體產業發展。", []))
P.append(("tw_president_news", 39056, "在半導體產業方面，我要強調，", "意願來應對新的情勢。", []))
P.append(("tw_president_news", 39056, "面對川普總統對於我國半導體產", "增進彼此更多的理解。", []))
P.append(("tw_president_news", 39056, "除了注意協助業者因應情勢的挑", "產業發展的全新局面。", []))
P.append(("tw_president_news", 39056, "面對川普政府各項新政，我們將", "作將創造共同的雙贏。", []))
P.append(("tw_president_news", 39056, "第三，兩岸關係。", "第三，兩岸關係。", []))
P.append(("tw_president_news", 39056, "在區域及兩岸情勢上，臺美關係", "此消彼長的零和賽局。", []))
P.append(("tw_president_news", 39056, "面對中國，臺灣永遠是負責任的", "係上堅持一貫的立場：", []))
P.append(("tw_president_news", 39056, "我們捍衛國家主權以及守護民主", "生活方式的決心不變。", []))
P.append(("tw_president_news", 39056, "我們維護臺海和平穩定，願意和", "和平共榮的努力不變。", []))
P.append(("tw_president_news", 39056, "我們秉持對等尊嚴，推動兩岸健", "人民福祉的承諾不變。", []))
P.append(("tw_president_news", 39056, "以上向國人所報告的事項，我已", "應國民的關注與期待。", []))
# 過去幾年 is vague.
P.append(("tw_president_news", 39056, "各位國人同胞，過去幾年臺灣歷", "機會，帶來新的希望。", []))
P.append(("tw_president_news", 39056, "臺灣基礎穩固，實力堅強。只要", "法克服的。謝謝大家。", []))
P.append(("tw_president_news", 39056, "包括副總統蕭美琴、總統府秘書", "等亦出席是項記者會。", []))

# ------------------------------------------------------------------ release 39188, 2025-04-22 (held out)
# The president receives the environmental groups of the 22nd national NGO conference on Earth Day. All its 21
# paragraphs give 9 figures.
DOCS[("tw_president_news", 39188)] = {"script": "traditional", "text_date": None}
_CUT = ["減量", "減碳", "國家減碳的新目標", "減碳新目標"]  # round 7's 39391, the same targets
P.append(
    (
        "tw_president_news",
        39188,
        "賴清德總統今（22）日上午接",
        "、永續幸福攜手努力。",
        # A conference's name that states its year is a date (round 7: a goal's name with its year, 2050); 第22屆 an
        # ordinal.
        [D("今（22）日", "Y-M-22"), D("2025", "2025")],
    )
)
# 當時 is vague; 世界地球日 a day named only by a holiday (round 4), no date of its own.
P.append(
    (
        "tw_president_news",
        39188,
        "總統致詞時表示，去年蔡英文總",
        "再次相聚、交換意見。",
        [D("去年", "Y[-1]"), D("今天", "Y-M-22")],
    )
)
# 長年以來 and 未來 are vague.
P.append(("tw_president_news", 39188, "總統說，現場的各位先進長年以", "促進臺灣的永續發展。", []))
# 21世紀 as the age the challenge belongs to places nothing in it: no date (a decade or a century's end is one only
# when the text places a figure or event there, round 4; a bare century is like a named era).
P.append(("tw_president_news", 39188, "總統指出，氣候變遷是21世紀", "型與韌性社會的決心。", [D("去年", "Y[-1]")]))
P.append(
    (
        "tw_president_news",
        39188,
        "總統進一步指出，在今年1月的",
        "0年淨零轉型的目標。",
        [
            D("今年1月", "Y-01"),
            # 相較於2005年 is the base year of each cut; each cut a target at its own year (round 7's 39391), the
            # range one figure; 臺灣 the subject the clause names. NDC3.0 is a name, 六大部門 a list name.
            D("2005年", "2005"),
            D("2032年", "2032"),
            F("32%加減2%", _CUT, "2032", "target", "臺灣"),
            D("2035年", "2035"),
            F("38%加減2%", _CUT, "2035", "target", "臺灣"),
            D("2050年", "2050"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39188,
        "總統強調，政府有決心，也有目",
        "伴協助政府制定目標。",
        # 上週 has no value in this notation and is not written (rounds 3 and 5); the meetings it dates get none
        # either: null (a convention this text asked for). Meetings held: a result, the ministry the subject.
        [F("兩場", ["社會溝通會議"], None, "result", "環境部")],
    )
)
_ADAPT = "2023/2026"
P.append(
    (
        "tw_president_news",
        39188,
        "總統認為，要穩健邁向2050",
        "動126項具體行動。",
        [
            D("2050", "2050"),
            # 第二次 is an ordinal. An approved programme's money over its years is the government's plan (round 6's
            # 已經核定…總經費, 98a91bd's 五年投入489億元), over the span it names (從…到…, one date).
            D("2023年到2026年", _ADAPT),
            F(
                "超過4千億元",
                ["國家氣候變遷調適行動計畫", "調適行動計畫", "投入"],
                _ADAPT,
                "plan",
                "行政院",
            ),
            F("126項", ["具體行動", "行動"], _ADAPT, "plan", "行政院"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39188,
        "總統提到，政府也會透過《氣候",
        "升臺灣的國際競爭力。",
        [
            D("上個月", "Y-M[-1]"),
            # Schools that joined the alliance founded last month: a count dated by its sentence.
            F("28所", ["大專院校"], "Y-M[-1]", "result", ["環境部", "淨零綠領人才培育聯盟"]),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39188,
        "總統說，除了他提到的這些政策",
        "生態系完整保存下來。",
        [
            D("今天", "Y-M-22"),
            # 這兩年多來 is N年來 with no whole number (README: 两年多 is a duration), not written; it names no start
            # a span could be written from, and 已經 is no 目前: the area taken over is null (a total with no start),
            # as is the zone's size. The ministry is the clause's actor.
            F("143公頃", ["核心區域"], None, "result", ["農業部", "達仁鄉"]),
            F("46公頃", ["接管", "核心區域"], None, "result", ["農業部", "達仁鄉"]),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39188,
        "總統也提到，上週環境部發布了",
        "展現韌性及調適成效。",
        [
            # 上週, 長年以來 and 他擔任行政院長時 are not written. 從2018年開始到2023年 is one span (as 114年到118年);
            # 2期6年 its phases and length (durations, as 兩任 above), no figures. 第3期 is an ordinal, 百年來 N年來.
            D("2018年開始到2023年", "2018/2023"),
            F("92%", ["濁水溪揚塵事件天數", "揚塵事件天數", "揚塵"], "2018/2023", "result", "濁水溪"),
            D("去年", "Y[-1]"),
        ],
    )
)
P.append(("tw_president_news", 39188, "總統表示，他說過，臺灣的成功", "以及社會大眾的福祉。", []))
P.append(("tw_president_news", 39188, "最後，總統再次感謝環保夥伴的", "永續幸福，攜手努力。", []))
P.append(("tw_president_news", 39188, "隨後，總統與環團代表共同聽取", "團代表進行意見交流。", []))
P.append(("tw_president_news", 39188, "總統裁示時，首先感謝各位先進", "分也請大家一起解決。", [D("今天", "Y-M-22")]))
P.append(("tw_president_news", 39188, "總統也提出幾點方向，希望和大", "政府持續努力的工作。", []))
P.append(("tw_president_news", 39188, "總統進一步說明，因應美國公布", "能夠得到大家的支持。", []))
# 三個重要的前提, listed after it (核安、核廢、社會共識), is the speaker's list (README: 兩項挑戰); 當前 vague.
P.append(("tw_president_news", 39188, "總統接著指出，第二，核能議題", "前提，才有可能進行。", []))
P.append(("tw_president_news", 39188, "總統也提到，第三，持續推動綠", "舉報就立即全力偵辦。", []))
P.append(("tw_president_news", 39188, "總統強調，推動再生能源的發展", "的推動能夠更加順利。", []))
P.append(("tw_president_news", 39188, "總統說，我們對於破壞環境的犯", "能夠發揮更大的成效。", []))
P.append(
    (
        "tw_president_news",
        39188,
        "今日與會團體代表包括台灣水資",
        "書長張惇涵等也在座。",
        # An award's year (2025年環境保護終身成就獎) is a date, as the conference's above.
        [D("今日", "Y-M-22"), D("2025年", "2025")],
    )
)

# ------------------------------------------------------------------ release 39319, 2025-06-29 (held out)
# The third of the president's ten lectures, on the constitution: its history told year by year. Its first 8
# paragraphs reach 13 figures.
DOCS[("tw_president_news", 39319)] = {"script": "traditional", "text_date": None}
_AMENDMENTS = ["修憲"]
P.append(
    (
        "tw_president_news",
        39319,
        "賴清德總統今（29）日上午前",
        "一致，持續守護臺灣。",
        # 300B6區 and 團結國家十講 are names, 第三講 an ordinal.
        [D("今（29）日", "Y-M-29")],
    )
)
P.append(
    (
        "tw_president_news",
        39319,
        "總統表示，自去年520就職後",
        "團結國家十講的活動。",
        [
            D("去年520", "Y[-1]-05-20"),
            # 三項使命, listed after it (第一…第三), is the speaker's list. The people to care for: a count with no
            # time (round 7: 十亿人口 and the releases' 2,300萬人 are null); its noun is 人 (f06629d: 2,350萬人民).
            F("2300萬人", ["人", "國人", "人民", "人口"], None, "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39319,
        "總統針對第三講「憲政體制」，",
        "2月25日正式實施。",
        [
            # 五五憲草 is a name; 今日憲法 is today in general, vague (round 7's 今日的減碳行動); 當時 vague.
            D("1936年5月5日", "1936-05-05"),
            D("1946年", "1946"),
            # A day after its year (README: 同日, day-only dates after a full date).
            D("同年12月25日", "1946-12-25"),
            D("1947年12月25日", "1947-12-25"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39319,
        "總統強調，不是有憲法就有民主",
        "落實主權在民的目標。",
        [
            # 不到2年, 為期38年 are durations; 戒嚴時期, 動員戡亂時期 eras; 四大訴求 the list after it.
            D("1946年", "1946"),
            D("1948年", "1948"),
            D("1949年", "1949"),
            D("同年5月20日", "1949-05-20"),
            D("1990年3月", "1990-03"),
            # The amendments made over the years after (後來經過漫長歲月): a count with no time the text gives.
            F("七次", _AMENDMENTS, None, "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39319,
        "總統接著分別提到7次修憲的內",
        "輝先生高票當選總統。",
        [
            F("7次", _AMENDMENTS, None, "result"),
            # 第1次 … 第3次, 第二屆, 第一次 are ordinals; 唯一一次 (the only time) is an article, no count (round 5's 一個).
            D("1991年", "1991"),
            D("1992年", "1992"),
            D("1994年", "1994"),
            D("1996年", "1996"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39319,
        "總統說，1997年第4次修憲",
        "省虛級化，即為廢省。",
        [
            D("1997年", "1997"),
            # 此次修憲 is the 1997 amendment the paragraph opens with: an event the text places (round 7's 從她上任時),
            # so the new threshold is 1997's, and the old one, with no time of its own, the base the year before
            # (README: a base with no time of its own). A fraction is a share (round 7); 立法院 is whose vote it is.
            F("三分之二", ["覆議門檻"], "1996", "base", "立法院"),
            F("二分之一", ["覆議門檻"], "1997", "result", "立法院"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39319,
        "總統接著說，1999年第5次",
        "就可以決定各種事情。",
        [
            D("1999年", "1999"),
            # 2年42天 is a term's extension (a duration); 第499號 a name. The amendment's content (later voided) is
            # what it enacted: a result of its year, the assembly that moved it the subject.
            F("300人", ["國大代表", "國大代表人數"], "1999", "result", "國民大會"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39319,
        "總統也接著提到，2000年的",
        "做主的民主共同意識。",
        [
            D("2000年", "2000"),
            D("2005年", "2005"),
            # 同時 (at the same time) points back to the 2005 amendment: its year, the seats before a base the year
            # before (as 三分之二 above). 第1項 is an ordinal, 兩票制 a name, 3年 and 4年 a term's length (durations).
            F("225席", ["立法委員席次", "席次"], "2004", "base"),
            F("113席", ["立法委員席次", "席次"], "2005", "result"),
            # 另外 opens a sentence of its own: the thresholds are rules in force with no time (round 6's tax
            # thresholds after 此外: null). 半數 is a share (round 6's 一半).
            F("四分之一", ["立法院委員提議", "委員提議", "提議"], None, "result", "立法院"),
            F("四分之三", ["委員出席", "出席"], None, "result", "立法院"),
            F("四分之三", ["出席委員", "通過"], None, "result", "立法院"),
            F("半數", ["有效同意票", "選舉人總額"], None, "result"),
            F("7次", _AMENDMENTS, None, "result"),
        ],
    )
)
