"""Round 11 of the hand annotations, the held-out half (issue 19, 2026-12-08): period, stance, label and subject.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_11.py`` (seed 1110) before any of them was read; every item
here was written by reading the paragraph, with no extractor run on these
documents. The tuned-on half is annotated apart, by another annotator; neither
saw the other's documents. The conventions are rounds 2 to 10's (the tuned-on
``hand_annotations_*.py`` files and the README); ``build_gold.py`` locates the
strings and writes ``figures.jsonl``. Held out: its errors are never printed or
read, only its aggregate scores.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1983 report (held out)
# Zhao Ziyang's report of June 1983 to the sixth NPC's first session: no dateline. Its first part, 过去五年的回顾, reviews
# the fifth NPC's term (1978-1982, no years named in the heading). The first two drawn paragraphs reach 17 figures.
DOCS[("gov_work_reports", 1983)] = {"script": "simplified", "text_date": None}
# 这五年 points back at the heading's 过去五年, a span the text does not date: relative (round 4: 过去二十八年 ->
# Y[-28]/Y[-1]; round 9's 2013: _FIVE_YEARS, and 这五年 written as a date).
_FIVE_YEARS = "Y[-5]/Y[-1]"
P.append(
    (
        "gov_work_reports",
        1983,
        "全国人民从拨乱反正的实践",
        "发展当前的大好形势。",
        [
            D("这五年", _FIVE_YEARS),
            # 三八红旗手 is a title's name (三八: no date). 亿万人民 names no number. 至今, 当前 are vague.
            F(
                "三万八千五百多人",
                ["全国劳动模范和省、市、自治区劳动模范", "劳动模范", "全国劳动模范"],
                _FIVE_YEARS,
                "result",
            ),
            F("四万二千九百多人", ["新长征突击手"], _FIVE_YEARS, "result"),
            F("七万一千八百多人", ["三八红旗手"], _FIVE_YEARS, "result"),
        ],
    )
)
# The paragraph opens with 一九八二年同一九七八年相比: its from->to pairs with no year of their own are 1978 -> 1982
# (the export share, a doubt: round 9's 2013 put a base with no time at the year before a relative span; here the
# paragraph's own comparison names the two years). A change between two years gets the later one (README), so
# 四年增长一点二倍 is 1982 (四年 is a duration, no date); an average per year between 1978 and 1982 is the four years
# of change, 1979/1982 (as 九五's 年均 in 2001 is 1996/2000, the base year 1995 outside it).
_RETAIL = ["社会商品零售总额"]
_TRADE = ["进出口贸易总额", "我国进出口贸易总额"]
_EXPORT_SHARE = ["工业制成品占出口总值的比重", "比重", "工业制成品"]
P.append(
    (
        "gov_work_reports",
        1983,
        "城乡市场出现了建国以来少",
        "外开放政策的正确性。",
        [
            # 建国以来 is a superlative span (vague, no date).
            D("一九八二年", "1982"),
            D("一九七八年", "1978"),
            F("一千五百五十九亿元", _RETAIL, "1978", "base"),
            F("二千五百七十亿元", _RETAIL, "1982", "result"),
            F("百分之六十四点八", _RETAIL, "1982", "result"),
            F("二百五十三亿元", _RETAIL, "1979/1982", "result"),
            # 一九七八年前的二十六年: 一九七八年 is written (as round 6's 2013年以来: the year alone); the 26 years
            # before it (1952-1977) are the base's span, a duration placed by that year, not written on their own.
            D("一九七八年", "1978"),
            F("四十九亿元", _RETAIL, "1952/1977", "base"),
            # 高出四倍多: the 1979-1982 average against the 26 years' (253 against 49), the later span's.
            F("四倍多", _RETAIL, "1979/1982", "result"),
            D("一九八二年", "1982"),
            D("一九七八年", "1978"),
            F("一点一倍", ["肉禽蛋的社会零售额", "社会零售额", "肉禽蛋"], "1982", "result"),
            D("一九七八年", "1978"),
            F("三百五十五亿元", _TRADE, "1978", "base"),
            D("一九八二年", "1982"),
            F("七百七十二亿元", _TRADE, "1982", "result"),
            F("一点二倍", _TRADE, "1982", "result"),
            F("百分之四十六点五", _EXPORT_SHARE, "1978", "base"),
            F("百分之五十五", _EXPORT_SHARE, "1982", "result"),
            # 一九七九年以来 with no 至今: up to the last whole year (round 7's 從2020年開始 -> 2020/Y[-1]).
            D("一九七九年", "1979"),
            F(
                "四百四十项",
                ["引进技术和进口设备", "国家统一安排的引进技术和进口设备", "引进技术"],
                "1979/1982",
                "result",
            ),
            # The 22 plants 1978's decision was to import: the size of a plan made that year (a doubt: a past
            # decision, read as the government's plan at 1978, as round 10's 匡列額度).
            D("一九七八年", "1978"),
            F("二十二项", ["成套设备", "引进二十二项成套设备"], "1978", "plan"),
            D("一九八二年底", "1982"),
            # 广东、福建两省 and 深圳、珠海、汕头、厦门四个地区 count the names just listed (the speaker's list, round 10's
            # 3項 after a list): no figures. 近年来, 当前 are vague.
        ],
    )
)

# ------------------------------------------------------------------ 2001 report (held out)
# Zhu Rongji's report of March 2001 on the tenth five-year plan: no dateline. 一、“九五”时期国民经济和社会发展的回顾
# names the plan's period (1996-2000), absolute (round 7's 1955: the report names the plan's years). Its first two
# drawn paragraphs reach 14 figures.
DOCS[("gov_work_reports", 2001)] = {"script": "simplified", "text_date": None}
_NINTH = "1996/2000"
_RURAL = ["农村居民人均纯收入", "人均纯收入"]
_URBAN = ["城镇居民人均可支配收入", "人均可支配收入"]
P.append(
    (
        "gov_work_reports",
        2001,
        "人民生活继续改善，总体上",
        "贫攻坚目标基本实现。",
        [
            D("2000年", "2000"),
            F("2253元", _RURAL, "2000", "result"),
            F("6280元", _URBAN, "2000", "result"),
            # 平均每年 over the heading's 九五 (README: annual averages of a plan get its span).
            F("4.7％", _RURAL, _NINTH, "result"),
            F("5.7％", _URBAN, _NINTH, "result"),
            F("10.6％", ["社会消费品零售总额"], _NINTH, "result"),
            # 五年增长 names no two years, only the span (round 8's 五年新增: the span). “八七” is a programme's name.
            F("1倍多", ["居民储蓄存款余额", "储蓄存款余额"], _NINTH, "result"),
        ],
    )
)
_FOREX = ["国家外汇储备", "外汇储备"]
_FDI = ["实际利用外资", "利用外资"]
P.append(
    (
        "gov_work_reports",
        2001,
        "对外开放水平不断提高，全",
        "底增加920亿美元。",
        [
            D("2000年", "2000"),
            F("4743亿美元", ["进出口总额"], "2000", "result"),
            F("2492亿美元", ["出口"], "2000", "result"),
            # A change between two years gets the later one (README).
            D("1995年", "1995"),
            F("69％", ["进出口总额"], "2000", "result"),
            F("67％", ["出口"], "2000", "result"),
            # 五年累计 is the span (round 8); its rise on “八五”时期 (a plan period, a date: README's “十三五”时期) the
            # later period's.
            F("2894亿美元", _FDI, _NINTH, "result"),
            D("“八五”时期", "1991/1995"),
            F("79.6％", _FDI, _NINTH, "result"),
            D("2000年底", "2000"),
            F("1656亿美元", _FOREX, "2000", "result"),
            D("1995年底", "1995"),
            F("920亿美元", _FOREX, "2000", "result"),
        ],
    )
)

# ------------------------------------------------------------------ release 28221, 2024-02-28 (held out)
# Tsai Ing-wen at the 228 memorial: all 23 paragraphs, 11 figures (12 are never reached).
DOCS[("tw_president_news", 28221)] = {"script": "traditional", "text_date": None}
# 過去8年 is round 7's (Y[-8]/Y[-1]); what the lead's sentence opened by it says was done gets the span.
_EIGHT = "Y[-8]/Y[-1]"
P.append(
    (
        "tw_president_news",
        28221,
        "蔡英文總統今（28）日上",
        "持，從今天開始施行。",
        [
            D("今（28）日", "Y-M-28"),
            # 二二八事件77周年 is an event's name (an anniversary, no figure); 二二八 a name, no date. 政府 is a common
            # noun: no subject.
            D("過去8年", _EIGHT),
            F("四部", ["真相調查報告"], _EIGHT, "result"),
            F("將近2千件", ["賠償金申請案", "賠償金申請"], _EIGHT, "result"),
            # 億 with no currency word: the measure is the noun after it (README's 1亿农业转移人口).
            F("超過40億", ["賠償金", "核發賠償金"], _EIGHT, "result"),
            D("去年", "Y[-1]"),
            D("今天", "Y-M-28"),
        ],
    )
)
P.append(("tw_president_news", 28221, "總統表示，轉型正義並非要", "才能更加深化和進化。", []))
P.append(("tw_president_news", 28221, "總統強調，轉型正義沒有捷", "主永續的社會共同體。", []))
P.append(("tw_president_news", 28221, "總統致詞內容為：", "總統致詞內容為：", []))
P.append(("tw_president_news", 28221, "二二八事件激發臺灣人民對", "進入了白色恐怖時期。", []))
P.append(("tw_president_news", 28221, "這段艱困的過去，是臺灣歷", "護民主，一起往前走。", []))
P.append(
    (
        "tw_president_news",
        28221,
        "過去8年，我們系統性地推",
        "轉型正義工程的基礎。",
        [
            # 等五部法律 counts the five laws just listed (the speaker's list, round 10's 3項 after a list): no figure.
            D("過去8年", _EIGHT),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28221,
        "我們也前後設置了相應的專",
        "推動轉型正義的工作。",
        [
            # Real bodies counted with a measure word (round 6's 三個委員會); no time word (the paragraph before's
            # 過去8年 does not carry, round 6): null. 行政院 acts.
            F("6個", ["常設部會"], None, "result", "行政院"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28221,
        "在這樣的基礎上，政府完成",
        "轉型正義的相關工作。",
        [
            # The same four reports as the lead's, here with no time word of their own: null (a doubt).
            F("四部", ["真相調查報告"], None, "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28221,
        "我們也落實受難者的名譽回",
        "發超過40億賠償金。",
        [
            # 成立1年多以來 is a duration since an undated founding (N年以來, round 5), not written: the totals to now
            # are cumulative with no dated start, null (README; a doubt: the lead gives the same two the 8 years).
            # 去年 times the return of property, not the 合計. The foundation acts (權利回復基金會, an institution).
            F("將近2千件", ["賠償金申請案", "賠償金申請"], None, "result", "權利回復基金會"),
            D("去年", "Y[-1]"),
            F("超過40億", ["賠償金", "核發賠償金"], None, "result", "權利回復基金會"),
        ],
    )
)
P.append(("tw_president_news", 28221, "\n轉型正義並非要針對特定", "才能更加深化和進化。", []))
P.append(
    (
        "tw_president_news",
        28221,
        "另外，經過多年努力，二二",
        "多位「可能受難者」。",
        [
            # 經過多年 is vague: null. 二二八基金會 acts.
            F("2,340位", ["已經確認的賠償受難者", "賠償受難者", "受難者"], None, "result", "二二八基金會"),
            F("4千多位", ["可能受難者"], None, "result", "二二八基金會"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28221,
        "待會，我也將代表政府，頒",
        "政府還可以做得更多。",
        [
            # 待會 is vague (later today, no date); the two families are a count of people (a figure).
            F("兩位", ["家屬", "家屬的先人"], None, "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28221,
        "因此，政府也在去年推動政",
        "，公開更多政治檔案。",
        [D("去年", "Y[-1]"), D("今天", "Y-M-28")],
    )
)
# 五大支柱 is a list's name (README: 三大目標).
P.append(("tw_president_news", 28221, "這些轉型正義的工程，擴及", "的轉型正義五大支柱。", []))
P.append(
    (
        "tw_president_news",
        28221,
        "我們也看到，臺灣社會各界",
        "節也已經舉辦12屆。",
        [
            D("下個月", "Y-M[+1]"),
            # 每年 is a frequency. Editions held, a count of events (round 10's 连续举办8届), cumulative with no start:
            # null; a named event is a subject only when it acts (round 10's decision): none.
            F("12屆", ["共生音樂節"], None, "result"),
        ],
    )
)
P.append(("tw_president_news", 28221, "我要謝謝所有為轉型正義長", "民主發展越來越興盛。", []))
P.append(("tw_president_news", 28221, "我也要感謝行政院、促轉會", "迫，都是微不足道的。", []))
P.append(("tw_president_news", 28221, "\n轉型正義沒有捷徑，記憶", "，打造更開放的社會。", []))
# 三點意見 is the list of points raised (the speaker's list): no figure.
P.append(("tw_president_news", 28221, "剛才江榮森先生所提的三點", "，我們會持續地努力。", []))
P.append(("tw_president_news", 28221, "\n面對過去，我們不能忘記", "會共同體。謝謝大家。", []))
P.append(("tw_president_news", 28221, "隨後，總統頒發「回復名譽", "源、江榮森及何黎蘭。", []))
P.append(("tw_president_news", 28221, "包括行政院長陳建仁、嘉義", "屬等亦出席是項活動。", []))

# ------------------------------------------------------------------ release 28250, 2024-03-14 (held out)
# Tsai Ing-wen at the East Asia Economic Conference: all 9 paragraphs, 6 figures.
DOCS[("tw_president_news", 28250)] = {"script": "traditional", "text_date": None}
# Trade and cumulative investment with no time word (已經, no 目前 or 截至): a current state, null (README); their
# rise on 2016 is a change whose later end is that undated state, null too (a doubt). 臺日 names both partners, a
# bilateral measure: either is the subject.
_TW_JP = ["臺灣", "日本"]
_TW_JP_TRADE = ["臺日雙邊貿易總額", "貿易總額", "臺日雙邊的貿易總額"]
_TW_JP_INVEST = ["相互投資累計金額", "相互投資"]
P.append(
    (
        "tw_president_news",
        28250,
        "蔡英文總統今（14）日上",
        "球繁榮發展貢獻心力。",
        [
            # 第51次 is an ordinal.
            D("今（14）日", "Y-M-14"),
            D("上個月", "Y-M[-1]"),
            D("2016年", "2016"),
            F("近26％", _TW_JP_TRADE, None, "result", _TW_JP),
            F("41％", _TW_JP_INVEST, None, "result", _TW_JP),
            # 這幾年 is vague.
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28250,
        "總統致詞時表示，每年輪流",
        "期對臺日經貿的努力。",
        [
            # 每年 is a frequency, 第51屆 an ordinal.
            D("今年", "Y"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28250,
        "總統說，她在2015年參",
        "企業，選擇深耕臺灣。",
        [
            # 第43屆 is an ordinal, 8年多過去 a duration.
            D("2015年", "2015"),
            D("上個月", "Y-M[-1]"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        28250,
        "總統指出，臺日雙邊的貿易",
        "升彼此的國際競爭力。",
        [
            F("750億美元", _TW_JP_TRADE, None, "result", _TW_JP),
            D("2016年", "2016"),
            F("將近26%", _TW_JP_TRADE, None, "result", _TW_JP),
            F("386億美元", _TW_JP_INVEST, None, "result", _TW_JP),
            F("41%", _TW_JP_INVEST, None, "result", _TW_JP),
        ],
    )
)
P.append(("tw_president_news", 28250, "總統提到，臺灣也在這幾年", "的繁榮發展貢獻心力。", []))
P.append(("tw_president_news", 28250, "總統表示，臺灣和日本是共", "珍貴的「友誼之花」。", []))
P.append(("tw_president_news", 28250, "總統指出，臺日民間也有很", "前往的旅遊勝地之一。", []))
# 下一個燦爛的50年 is a length ahead (a duration): no figure, no date.
P.append(("tw_president_news", 28250, "總統說，透過美食、文化的", "祝福會議圓滿、順利。", []))
P.append(("tw_president_news", 28250, "包括總統府資政暨東亞經濟", "之等亦出席是項活動。", []))

# ------------------------------------------------------------------ release 39075, 2025-02-24 (held out)
# Lai Ching-te receives the 27th outstanding store managers: all 8 paragraphs, 7 figures.
DOCS[("tw_president_news", 39075)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39075,
        "賴清德總統今（24）日上",
        "灣整體經濟持續發展。",
        [
            # 第27屆 is an ordinal; 雙軸 a name.
            D("今（24）日", "Y-M-24"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39075,
        "總統致詞時表示，很高興在",
        "，能夠獲獎實至名歸。",
        [
            # The contest's entrants, no time word in the sentence: null.
            F("161位", ["店長", "全國…店長"], None, "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39075,
        "總統指出，全國傑出店長的",
        "不斷精進、更上層樓。",
        [
            # 27年來 is N年來, not written (round 5), but what it says was done gets its span (round 10's 七年来:
            # Y[-7]/Y[-1]). The selection names no acting body in its clause (the association is thanked after).
            F("超過900位", ["傑出店長", "全國傑出店長"], "Y[-27]/Y[-1]", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39075,
        "總統提到，根據經濟部統計",
        "安定有非常大的貢獻。",
        [
            # The statistics' source is the subject (round 7: the pollster of a survey).
            D("去年", "Y[-1]"),
            F("4.85兆元", ["零售業營收"], "Y[-1]", "result", "經濟部"),
            F("1.04兆元", ["餐飲業營收"], "Y[-1]", "result", "經濟部"),
            # A survey dated by its year: its counts are that year's, the association that ran it the subject.
            D("2023年", "2023"),
            F("將近3,000家", ["臺灣連鎖品牌總部", "連鎖品牌總部"], "2023", "result", "臺灣連鎖暨加盟協會"),
            F("超過12萬家", ["經營店面", "店面"], "2023", "result", "臺灣連鎖暨加盟協會"),
        ],
    )
)
# 百工百業 is an idiom.
P.append(("tw_president_news", 39075, "總統認為，在國際局勢快速", "找尋市場、發展通路。", []))
# 3項配套 enumerated 第一…第二…第三 is the speaker's list (round 10's 兩項…的計畫): no figure.
P.append(("tw_president_news", 39075, "總統說，政府也提出3項配", "整體經濟能持續發展。", []))
P.append(
    (
        "tw_president_news",
        39075,
        "總統表示，臺灣經濟成長表",
        "，臺灣就會越來越好。",
        [
            D("去年", "Y[-1]"),
            F("4.3%", ["經濟成長率"], "Y[-1]", "result", "臺灣"),
            # 亞洲四小龍 is a name. 最近一年 is a one-year span back from the release (README's 近5年; as round 6's
            # 過去一年, a month span: a doubt, it has no figure).
            D("最近一年", "Y[-1]-M/Y-M"),
        ],
    )
)
P.append(("tw_president_news", 39075, "訪賓一行由台灣連鎖暨加盟", "秘書長潘孟安也在座。", []))

# ------------------------------------------------------------------ release 39712, 2025-12-15 (held out)
# Lai Ching-te's recorded address on the revenue-sharing act (a Monday): all 32 paragraphs, 6 figures.
DOCS[("tw_president_news", 39712)] = {"script": "traditional", "text_date": None}
P.append(("tw_president_news", 39712, "賴清德總統今（15）日院", "民主憲政與國家安全。", [D("今（15）日", "Y-M-15")]))
# 憲法第37條, 第4條第3項 are section numbers.
P.append(("tw_president_news", 39712, "總統表示，支持今天行政院", "憲法精神的爭議法案。", [D("今天", "Y-M-15")]))
P.append(("tw_president_news", 39712, "面對此一新的憲政情勢，總", "世界舞台上昂首前進。", []))
P.append(("tw_president_news", 39712, "總統談話內容為：", "總統談話內容為：", []))
P.append(
    (
        "tw_president_news",
        39712,
        "各位國人同胞，大家好。這",
        "院院長來總統府茶敘。",
        [D("明年度", "Y[+1]"), D("今天", "Y-M-15")],
    )
)
P.append(("tw_president_news", 39712, "我深切期盼能夠透過會面交", "瑜院長今天並未出席。", [D("今天", "Y-M-15")]))
P.append(("tw_president_news", 39712, "身為總統，我的職責不僅是", "在與未來的生存發展。", []))
P.append(("tw_president_news", 39712, "因此，面對當前的憲政情勢", "國人的權益不受傷害。", []))
P.append(("tw_president_news", 39712, "第一、財政失衡、重大國政", "終是我們共同的目標。", []))
P.append(
    (
        "tw_president_news",
        39712,
        "但是，根據在野黨強行通過",
        "致政府財政瀕臨崩潰。",
        [
            # The debt the act would force next year: the speaker's forecast of its effect; 中央政府 is named in the
            # clause (round 5). 年年 is a frequency, 未來 vague.
            D("明年", "Y[+1]"),
            F("5,638億元", ["舉債", "中央政府舉債"], "Y[+1]", "forecast", "中央政府"),
        ],
    )
)
# 數千億 names no number (round 10's 數千個); 每年 a frequency, 過去幾年 vague.
P.append(("tw_president_news", 39712, "這不是單純的數字遊戲，這", "施政項目的空白支票。", []))
P.append(
    (
        "tw_president_news",
        39712,
        "第二、年金改革不能走回頭",
        "在立法院被強行通過。",
        [
            # 上週五 names a day (the Friday before this Monday), as 昨晚 and 前日 do; round 5's bare 上週 stays
            # unwritten (a week, no day).
            D("上週五", "Y-M-12"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39712,
        "大家都應該記得，馬前總統",
        "車又被轉向衝向懸崖。",
        [D("2013年", "2013"), D("2018年", "2018")],
    )
)
P.append(
    (
        "tw_president_news",
        39712,
        "各位國人同胞，這個反年改",
        "，將因此成為犧牲品。",
        [
            # What the act would cost once in force, at no time: forecasts, null; 國人 names no entity.
            F("將近7千億元", ["填補年金基金缺口", "年金基金缺口", "額外付出"], None, "forecast"),
            F("3萬元", ["平均每位國人要付出", "每位國人"], None, "forecast"),
        ],
    )
)
P.append(("tw_president_news", 39712, "第三、濫權立法正為國家和", "威脅的「濫權立法」。", []))
P.append(("tw_president_news", 39712, "這一連串的修法行動缺乏朝", "，甚至違背憲政原則。", []))
P.append(
    (
        "tw_president_news",
        39712,
        "我們看到，再過兩個多禮拜",
        "在都還沒有開始審議。",
        [
            # 兩個多禮拜 is a duration.
            D("2026年", "2026"),
            D("明年度", "Y[+1]"),
        ],
    )
)
P.append(("tw_president_news", 39712, "最近，印太周邊的情勢，因", "安全的強化面臨停擺。", []))
P.append(("tw_president_news", 39712, "在全球供應鏈重整、排除紅", "單一效忠我國的義務。", []))
P.append(
    (
        "tw_president_news",
        39712,
        "在全民厭惡貪污、期待廉政",
        "理的權益將無從保障。",
        [
            # A threshold in a bill the opposition pushes (README: a rival party's proposal is a target; a bill not
            # passed is a plan), at no time; 在野黨 names no party.
            F("5萬元以下", ["貪污"], None, "plan"),
        ],
    )
)
P.append(("tw_president_news", 39712, "另外，選舉的公正攸關民主", "左右國家的施政方向。", []))
P.append(("tw_president_news", 39712, "各位國人同胞，這一系列正", "野獨裁」的懸崖邊緣。", []))
P.append(
    (
        "tw_president_news",
        39712,
        "過去九年多來，政府始終堅",
        "，以及推動租金補貼。",
        [
            # 過去九年多來 is round 8's 過去8年來 (a span back from the document), its 多 reaching into a ninth year
            # back, up to the release's year (2016-2025; a doubt: 两年多 is a duration, but 過去 anchors this one).
            D("過去九年多來", "Y[-9]/Y"),
            # 連續八年 is a duration; 22K names a wage level with no measure word (round 6: readings with no unit are
            # not figures); 0-6歲國家一起養 a name.
            D("2017年", "2017"),
            D("2019年", "2019"),
            # From the span's start to its level now: the base at the start, the level the span's last year.
            F("700多個", ["長照據點"], "Y[-9]", "base"),
            F("15,000多個", ["長照據點"], "Y", "result"),
        ],
    )
)
P.append(("tw_president_news", 39712, "這些成果是基於穩健的財政", "切都面臨重大的風險。", []))
P.append(("tw_president_news", 39712, "各位國人同胞，臺灣已經是", "社會對臺灣失去信心。", []))
P.append(("tw_president_news", 39712, "身為總統，面對此一憲政時", "守護國家、保護人民。", []))
P.append(
    (
        "tw_president_news",
        39712,
        "考量立法院強行通過的財劃",
        "。我支持這樣的決定。",
        [D("今天", "Y-M-15")],
    )
)
P.append(("tw_president_news", 39712, "我也要在此向立法院提出最", "憲法精神的爭議法案。", []))
P.append(("tw_president_news", 39712, "面對此一新的憲政情勢，我", "立法院進行國情報告。", []))
P.append(("tw_president_news", 39712, "各位國人同胞，我們不能讓", "為了我們子孫的未來。", []))
P.append(("tw_president_news", 39712, "\n捍衛憲政秩序，就是捍衛", "就是守住國家的命脈。", []))
P.append(("tw_president_news", 39712, "我要邀請所有國人與我一起", "世界舞台上昂首前進。", []))
