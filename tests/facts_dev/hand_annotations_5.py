"""Round 5 of the hand annotations, the tuned-on half (issue 19, 2026-12-06): period, stance, label and subject.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_5.py`` (seed 195) before any of them was read; every item
here was written by reading the paragraph, with no extractor run on these
documents. The held-out half (the 2000 and 2015 reports, releases 28550,
39094, 39165) is annotated apart, in ``hand_annotations_5_held.py``. The
conventions are rounds 2 to 4's (``hand_annotations_2.py`` to ``_4_held.py``
and the README); ``build_gold.py`` locates the strings and writes
``figures.jsonl``.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1960 report (tuned on)
# Chinese numerals, no dateline. A report on the 1956-1967 agricultural programme (全国农业发展纲要, named so
# in its opening); section 二 opens 下面我首先说一下农业发展纲要在过去四年中执行的情况 (1956-1959) and reviews it.
# The first drawn paragraph has 18 figures: the only one read.
DOCS[("gov_work_reports", 1960)] = {"script": "simplified", "text_date": None}
_FOUR_YEARS = "1956/1959"  # 过去四年 of the programme: what was done in them, with no time of its own
_PROGRAMME = "1956/1967"  # 纲要要求分别在七年或者十二年内: the programme's deadlines, counted from 1956
P.append(
    (
        "gov_work_reports",
        1960,
        "在农业增产措施方面，毛泽东同志在一九五八年",
        "许多地方已经提前实现。",
        [
            # 两年来, 这几年来, 两年以来, 四年以来 are not written (as 1954's 幾年來 and 28866's 20年來);
            # 几千万人, 几万亩, 几十万亩 name no number (vague, as 兩位數); 三十天，五十天和七十天 are durations.
            D("一九五八年", "1958"),
            # A season is its year (1978's 一九七五年夏天); the two years run from that winter to the reviewed 1959.
            D("一九五七年冬季", "1957"),
            F("五亿五千万亩", ["灌溉面积", "增加灌溉面积"], "1957/1959", "result"),
            F("十亿零七千万亩", ["灌溉面积"], "1959", "result"),
            F("六亿一千万亩", ["灌溉面积", "抗旱能力"], "1959", "result"),
            # A plant's yearly capacity, with no time of its own.
            F("八百吨", ["合成氨", "小洋化肥厂"], None, "result"),
            F("三千吨", ["硫酸铵"], None, "result"),
            # A stock of land with no time word: null; what was done in the programme's four years: their span.
            F("七亿多亩", ["低洼易涝地和各种低产田", "低产田", "低洼易涝地"], None, "result"),
            F("四亿五千万亩", ["低洼易涝地和各种低产田", "低产田", "改良土壤"], _FOUR_YEARS, "result"),
            F("百分之六十", ["低洼易涝地和各种低产田", "低产田", "改良土壤"], _FOUR_YEARS, "result"),
            F("一百五十万平方公里", ["水土流失比较严重的面积", "水土流失"], None, "result"),
            F("六十万平方公里", ["保持水土措施", "水土流失比较严重的面积", "水土流失"], _FOUR_YEARS, "result"),
            F("百分之四十", ["保持水土措施", "水土流失比较严重的面积", "水土流失"], _FOUR_YEARS, "result"),
            D("一九五九年", "1959"),
            F("十八亿亩", ["各种农作物的良种推广面积", "良种推广面积"], "1959", "result"),
            F("百分之八十", ["良种推广面积", "总播种面积"], "1959", "result"),
            # 已经建立起: a state now with no 目前/现在 (README): null.
            F("五千四百多万亩", ["种子基地"], None, "result"),
            # What the programme requires eliminated within seven or twelve years of 1956: its span, a target.
            F("十一种", ["植物病害和虫害", "病害和虫害"], _PROGRAMME, "target"),
            F("百分之二以下", ["危害损失率"], None, "result"),
            F("八种", ["病疫", "危害牲畜最严重的病疫"], _PROGRAMME, "target"),
            # A total up to a year's end is that year's (README: 年底 is the year).
            D("一九五九年底", "1959"),
            F("五亿二千多万件", ["改良农具和半机械化农具", "各种改良农具和半机械化农具", "农具"], "1959", "result"),
        ],
    )
)

# ------------------------------------------------------------------ 1986 report (tuned on)
# Full of Chinese numerals, no dateline. A report on the 7th five-year plan (1986-1990); section 一 reviews
# the 6th, 1981-1985 (“六五”), against the 5th, 1976-1980 (“五五”). Its two first drawn paragraphs: 16 figures.
DOCS[("gov_work_reports", 1986)] = {"script": "simplified", "text_date": None}
_FIVE_YEARS = "Y[-5]/Y[-1]"  # 在过去的五年中, 这五年: 1981-1985, relative as 1988's 过去五年
_SIXTH = "1981/1985"  # “六五”期间, a plan period written as a period (README)
_FIFTH = "1976/1980"
P.append(
    (
        "gov_work_reports",
        1986,
        "在过去的五年中，我国财政收入由下降转为上升",
        "合计比一九八○年增加了一倍。",
        [
            # 过去的几个五年计划期间 names no years.
            D("过去的五年", _FIVE_YEARS),
            D("后三年", "Y[-3]/Y[-1]"),
            # A plan period's end, as a century's end (本世纪末) is its last year; the text then names 1979 and 1980.
            D("“五五”末期", "1980"),
            D("一九七九和一九八○两年", "1979/1980"),
            F("近三百亿元", ["财政赤字", "赤字"], "1979/1980", "result"),
            D("“六五’期间", _SIXTH),
            D("一九八三年", "1983"),
            F("一百二十七亿元", ["国内财政收入", "财政收入"], "1983", "result"),
            D("一九八四年", "1984"),
            F("二百五十五亿元", ["国内财政收入", "财政收入"], "1984", "result"),
            D("一九八五年", "1985"),
            F("三百六十二亿元", ["国内财政收入", "财政收入"], "1985", "result"),
            D("全年", "1985"),
            F("一千八百二十九亿元", ["全年总收入", "总收入", "财政收入"], "1985", "result"),
            D("“五五”时期", _FIFTH),
            # A change between two years gets the later one (README).
            D("一九八○", "1980"),
            D("一九七五年", "1975"),
            F("二百二十六亿元", ["财政收入"], "1980", "result"),
            D("“六五”期间", _SIXTH),
            D("“五五”间期", _FIFTH),
            D("一九八五年", "1985"),
            D("一九八○年", "1980"),
            F("七百八十六亿元", ["财政收入", "增加额"], "1985", "result"),
            D("一九八五年", "1985"),
            F("一千四百三十亿元", ["预算外资金"], "1985", "result"),
            D("一九八○年", "1980"),
            F("一倍", ["预算内和预算外两项资金合计", "预算内和预算外两项资金", "两项资金"], "1985", "result"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1986,
        "在过去的五年中，我国人民生活得到显著改善",
        "比一九八○年末增长三倍。",
        [
            # 建国以来 names no year; 四个方面 is the speaker's list; 五年合计 restates the span's length.
            D("过去的五年", _FIVE_YEARS),
            D("这五年", _FIVE_YEARS),
            F("百分之十三点七", ["农民人均纯收入"], _FIVE_YEARS, "result"),
            F("百分之六点九", ["城镇职工家庭人均收入"], _FIVE_YEARS, "result"),
            F("三千五百多万人", ["在城镇安排就业的劳动力", "安排就业的劳动力", "劳动力"], _FIVE_YEARS, "result"),
            D("“六五”期间", _SIXTH),
            F("六亿三千多万平方米", ["城镇住宅竣工面积", "住宅竣工面积"], _SIXTH, "result"),
            F("三十二亿平方米", ["农村新建住房", "新建住房"], _SIXTH, "result"),
            D("一九八五年末", "1985"),
            F("一千六百二十三亿元", ["城乡居民储蓄", "居民储蓄", "储蓄"], "1985", "result"),
            D("一九八○年末", "1980"),
            F("三倍", ["城乡居民储蓄", "居民储蓄", "储蓄"], "1985", "result"),
        ],
    )
)

# ------------------------------------------------------------------ release 39509, 2025-10-05 (tuned on)
# All its 8 paragraphs: 11 figures. The typhoon (丹娜絲) and 中秋節 get no date from the text.
DOCS[("tw_president_news", 39509)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39509,
        "賴清德總統今（5）日上午先後前往嘉義及臺南",
        "讓受災民眾儘速恢復正常生活。",
        [D("今（5）日", "Y-M-05")],
    )
)
P.append(
    (
        "tw_president_news",
        39509,
        "總統表示，明天就是中秋節，今天特別來視察",
        "讓大家恢復正常生活。",
        [D("明天", "Y-M-06"), D("今天", "Y-M-05")],
    )
)
P.append(
    (
        "tw_president_news",
        39509,
        "總統提到，丹娜絲颱風自臺灣海峽由南向北",
        "這次臺南和嘉義的災情才能這麼快復原。",
        [
            # The typhoon's damage has no date in the text (39382's 3萬多戶); 多戶 names no number.
            F("3萬多戶", ["受災戶", "受災"], None, "result", "臺南"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39509,
        "總統接著說，此次也特別在臺南設置前進指揮所",
        "儘速協助發放家園復原慰助金給受災民眾。",
        [
            # 一月所得 is a month's pay, neither a figure nor January; 每日 is a frequency.
            F("5萬件", ["家園復原慰問金的申請", "家園復原慰問金", "申請"], None, "result", "臺南市政府"),
            F("近12億3千萬元", ["補助金額", "家園復原慰問金"], None, "result", ["臺南市政府", "中央"]),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39509,
        "總統也感謝多位立法委員支持，立法院已經通過",
        "將發放2萬元獎勵金。",
        [
            # The special budget has passed: its amounts are enacted policy amounts with no year (39382's relief),
            # the thresholds kept as eligibility thresholds (README). 七二八豪雨 is inside the act's name.
            F("20至100平方公尺", ["屋頂牆面受損", "受損"], None, "result", "行政院"),
            F("5萬元", ["完工補助", "補助"], None, "result", "行政院"),
            F("超過100平方公尺", ["屋頂牆面受損", "受損"], None, "result", "行政院"),
            F("10萬元", ["完工補助", "補助"], None, "result", "行政院"),
            F("未達20平方公尺以下", ["屋頂牆面受損", "受損"], None, "result"),
            F("1萬元", ["補助", "完工補助"], None, "result"),
            F("1萬元", ["補助", "完工補助"], None, "result", "中央政府"),
            F("2萬元", ["獎勵金"], None, "result"),
        ],
    )
)
P.append(("tw_president_news", 39509, "總統同時指出，這次除包括救災及房屋修建經費", "但有助提升地方安全。", []))
P.append(("tw_president_news", 39509, "最後，總統在聽取簡報後裁示表示", "維護民眾安全。", []))
P.append(("tw_president_news", 39509, "包括雲嘉南災後復原前進指揮所指揮官陳金德", "亦分別陪同是項行程。", []))

# ------------------------------------------------------------------ release 39674, 2025-12-04 (tuned on)
# An interview (問/總統). All its 26 paragraphs: 9 figures. 日前 and 上週 are not written (README, round 3).
DOCS[("tw_president_news", 39674)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39674,
        "賴清德總統日前以視訊方式接受《紐約時報》",
        "專訪內容於今（4）日凌晨播出。",
        [D("今（4）日", "Y-M-04")],
    )
)
P.append(
    (
        "tw_president_news",
        39674,
        "「DealBook Summit」係紐約時報年度盛事",
        "Erika Kirk等人。",
        [D("12月3日", "Y-12-03")],
    )
)
P.append(("tw_president_news", 39674, "專訪問答內容如下：", "專訪問答內容如下：", []))
P.append(
    (
        "tw_president_news",
        39674,
        "問：我首先想要請教總統的是，您公布臺灣新的國防特別預算",
        "讓您認為中國侵略臺灣的威脅正在升高？",
        [
            # A special budget announced, not passed (README: 39324's special budget); it names no year.
            F("400億美元", ["國防特別預算", "特別預算"], None, "plan", "臺灣"),
        ],
    )
)
P.append(("tw_president_news", 39674, "總統：中國對臺灣的軍演越來越頻繁", "因此，我們提出國防特別預算。", []))
P.append(
    (
        "tw_president_news",
        39674,
        "我們篤信，和平無價，戰爭沒有贏家",
        "來達到和平的目標。",
        [
            # 2010's share is the earlier side of the fall to last year's (README: base).
            D("2010年", "2010"),
            F("83.8%", ["臺灣對外投資", "對外投資"], "2010", "base", "臺灣"),
            D("去年", "Y[-1]"),
            F("7%左右", ["臺灣對外投資", "對外投資"], "Y[-1]", "result", "臺灣"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39674,
        "問：中國國家主席習近平曾表示，解放軍的目標",
        "北京現在的時間表是什麼？",
        [D("2027 年", "2027")],
    )
)
P.append(("tw_president_news", 39674, "總統：我們必須做最壞的打算，同時做最好的準備", "這是我們基本的原則。", []))
P.append(
    (
        "tw_president_news",
        39674,
        "我利用這個機會，除了向國際社會表達",
        "以規則為基礎的國際秩序。",
        [],
    )
)
P.append(("tw_president_news", 39674, "問：總統上週也提到您認為臺美關係堅若磐石", "有多大的機會會協防臺灣？", []))
# 六項保證 is a list's name (the Six Assurances); 數十年來 is vague.
P.append(("tw_president_news", 39674, "總統：臺灣與美國雖然沒有正式的邦交關係", "強化美國與臺灣的友盟關係。", []))
P.append(("tw_president_news", 39674, "問：我們一直關注烏克蘭與俄羅斯之間的局勢發展", "美國在其中所扮演的角色？", []))
P.append(("tw_president_news", 39674, "總統：臺灣和烏克蘭人民站在一起", "同時也能避免後續的戰爭。", []))
P.append(
    (
        "tw_president_news",
        39674,
        "問：剛才您提到美臺間的貿易",
        "還是反而會降低臺灣的重要性？",
        [
            # What Trump hopes for (希望…): a target; 未來幾年 names no year.
            F("40% 到 50%", ["全球半導體晶片", "半導體晶片"], None, "target", "美國"),
        ],
    )
)
P.append(("tw_president_news", 39674, "總統：臺灣雖然擁有半導體產業", "韓國擁有快速記憶體的晶片製造能力。", []))
P.append(("tw_president_news", 39674, "換句話說，半導體產業是一整個生態系", "以促進世界的繁榮跟進步。", []))
P.append(("tw_president_news", 39674, "因此當川普總統希望臺灣的半導體產業", "我們也很樂意協助。", []))
P.append(
    ("tw_president_news", 39674, "正如我剛剛所提，臺灣希望藉由臺美關稅貿易談判", "這是有助於整個世界的繁榮發展。", [])
)
P.append(
    (
        "tw_president_news",
        39674,
        "問：您是否認為川普總統提出的時程",
        "現實可行嗎？",
        [
            # 未來2至3年內 is not written (as 39572's 兩、三年內): its end is not fixed, and the target gets null.
            F("40%到50%", ["全球半導體晶片", "半導體晶片"], None, "target", "美國"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39674,
        "總統：我們可以理解川普總統的急迫性",
        "這個目標就自然而然可以達到。",
        [
            # 何時可以達到: the target's time is the open question. The share is only implied (README: the
            # nearest naming phrase, here the question's).
            F("40%", ["全球半導體晶片", "半導體晶片"], None, "target", ["美國", "美國政府"]),
            F("50%", ["全球半導體晶片", "半導體晶片"], None, "target", ["美國", "美國政府"]),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39674,
        "問：在美國最近引起激烈辯論的議題包括像輝達等公司",
        "最先進的晶片是否應該被允許出口至中國？",
        [],
    )
)
P.append(
    (
        "tw_president_news",
        39674,
        "總統：關於美國的內政，我身為臺灣的總統不方便評論。",
        "就沒有今天的臺灣。",
        [
            # 今天的臺灣 is today's Taiwan, a vague present (not written).
            D("2000年", "2000"),
        ],
    )
)
P.append(("tw_president_news", 39674, "問：最後一個問題，臺灣現在的經濟發展非常好", "試圖有效孤立或控制臺灣？", []))
P.append(("tw_president_news", 39674, "總統：人工智慧會不會成為泡沫", "避免人工智慧泡沫化。", []))
P.append(("tw_president_news", 39674, "也就是說，全世界各國的領袖", "帶動未來全球的繁榮發展。", []))
P.append(
    (
        "tw_president_news",
        39674,
        "中國目前的經濟的確非常不好，臺灣今年的經濟成長率",
        "所面臨的各項經濟上面的問題。",
        [
            D("今年", "Y"),
            F("7.37%", ["經濟成長率"], "Y", "forecast", "臺灣"),
            # Still this year's, estimated by international institutions (推測).
            F("4%點多", ["經濟成長率"], "Y", "forecast", "中國"),
        ],
    )
)

# ------------------------------------------------------------------ release 39694, 2025-12-09 (tuned on)
# All its 7 paragraphs: 10 figures. 50週年 is inside the event's name, 50年來 a duration.
DOCS[("tw_president_news", 39694)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39694,
        "賴清德總統今（9）日晚間前往臺南市出席",
        "讓臺南持續進步。",
        [
            D("今（9）日", "Y-M-09"),
            # A support package proposed by the government (行政院 below), naming no year: a plan.
            F("930億元", ["產業支持方案", "支持方案"], None, "plan"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39694,
        "總統致詞時表示，今天很高興回到臺南",
        "表達最由衷的感謝。",
        [
            D("今天", "Y-M-09"),
            # The park as it is, with no time word; 一年創造 is a yearly amount with no year.
            F("600家", ["企業"], None, "result", "安平產業園區"),
            F("2萬個", ["工作機會"], None, "result", "安平產業園區"),
            F("1,000億以上", ["產值"], None, "result", "安平產業園區"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39694,
        "總統並肯定黃偉哲市長率領的市府團隊",
        "市府團隊也積極予以協助解決。",
        [
            # A threshold of the city's practice (README: thresholds are kept).
            F("2億元以上", ["投資"], None, "result", ["臺南市政府", "市政府", "市府團隊"]),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39694,
        "談及國人關切的美國對等關稅議題",
        "第四，開拓多元國際市場。",
        [
            # 目前已經進入最後階段 has no figure; 四個面向 is the speaker's list.
            F("不超過15%", ["關稅", "對等關稅"], None, "target"),
            F("930億元", ["支持方案"], None, "plan", "行政院"),
            # The package's earlier size: the base of the change, with no time of its own (as the new one).
            F("880億元", ["經費規模", "支持方案"], None, "base"),
            F("930億元", ["經費規模", "支持方案"], None, "plan"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39694,
        "總統強調，政府非常重視中小微型企業",
        "來達到上述三項目標。",
        [
            # Budgeted every year since taking office: a yearly amount with no year (39472's 一年編列).
            F("100多億元", ["預算"], None, "result"),
            D("2040年", "2040"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39694,
        "總統也細數各項臺南建設的發展",
        "帶領臺南繼續進步。",
        [
            # AI新十大建設 is a name.
            D("明年", "Y[+1]"),
        ],
    )
)
P.append(("tw_president_news", 39694, "包括經濟部次長賴建信、臺南市長黃偉哲", "亦出席是項活動。", []))
