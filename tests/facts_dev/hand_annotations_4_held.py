"""Round 4 of the hand annotations, its held-out half (issue 19, 2026-12-06): period, stance, label and subject of every figure.

The documents, their paragraphs and the held-out half were drawn by
``select_documents_4.py`` (seed 194) before any of them was read; every item
here was written by reading the paragraph, with no extractor run on these
documents and no extractor output looked at. The conventions are round 2's and
round 3's (``hand_annotations_2.py``, ``hand_annotations_3.py`` and the README);
``build_gold.py`` locates the strings and writes ``figures.jsonl``. The tuned-on
half (the 2010 and 2014 reports, releases 39382, 39467, 39472) is
``hand_annotations_4.py``.
"""

from hand_annotations_2 import D, F

#: (corpus, id) -> the script it is written in, and the date its own text states (None: only the record's field).
DOCS = {}
#: (corpus, id, start anchor, end anchor, items in reading order)
P = []

# ------------------------------------------------------------------ 1978 report (held out)
# Chinese numerals, no dateline. Section 三 sets out the ten-year plan 1976-1985 (今后八年: 1978-1985).
# Paragraphs in the drawn order until 12 figures.
DOCS[("gov_work_reports", 1978)] = {"script": "simplified", "text_date": None}
P.append(
    (
        "gov_work_reports",
        1978,
        "要把规划变为现实，最根本的是坚持",
        "之一的县建成大寨县。",
        [
            # 在十七年间 is a duration the text does not place (like 全国解放以来 in 1975): no date, period null.
            F("百分之二十八", ["原油产量", "大庆原油产量"], None, "result", "大庆"),
            D("去年", "Y[-1]"),
            F("两千多斤", ["平均每人生产粮食", "每人生产粮食", "粮食"], "Y[-1]", "result", "大寨"),
            # 至今 is a vague present word (README): not written.
            D("一九八○年", "1980"),
            F("三分之一", ["企业", "大庆式企业"], "1980", "target"),
            F("三分之一", ["县", "大寨县"], "1980", "target"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1978,
        "遵照毛主席的指示，周总理在第三届",
        "位代表，请大家审议。",
        [
            # 本世纪内 names no century without a date (round 3's 本世纪最后二十年): not written; 二十世纪末 names it,
            # and a century's end is 2000 as round 2's 本世纪末 (翻两番, 1988) was.
            D("二十世纪末", "2000"),
            D("一九七六年到一九八五年", "1976/1985"),
            D("一九七五年夏天", "1975"),
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1978,
        "接照十年规划，到一九八五年，粮食",
        "民经济走在世界前列。",
        [
            D("一九八五年", "1985"),
            F("八千亿斤", ["粮食产量"], "1985", "target"),
            F("六千万吨", ["钢产量"], "1985", "target"),
            # 八年间 restates the span's length; 这八年 is that span, 过去二十八年 the 28 years before it.
            D("一九七八年到一九八五年", "1978/1985"),
            F("百分之四到五", ["农业总产值"], "1978/1985", "target"),
            F("百分之十以上", ["工业总产值"], "1978/1985", "target"),
            D("这八年", "1978/1985"),
            D("过去二十八年", "Y[-28]/Y[-1]"),
            D("这八年", "1978/1985"),
            D("过去二十八年", "Y[-28]/Y[-1]"),
            # 三个五年计划 is a duration, not a figure.
        ],
    )
)
P.append(
    (
        "gov_work_reports",
        1978,
        "早在一九六三年，毛主席就尖锐地指",
        "则我们就要犯错误。”",
        [
            # 一百零五年时间 is a duration; 几十年 is vague; 一是/二是, 第一个/第二个 are ordinals.
            D("一九六三年", "1963"),
            D("十九世纪四十年代", "1840s"),
            D("二十世纪四十年代中期", "1940s"),
        ],
    )
)
_EIGHT_YEARS = "Y/Y[+7]"  # 今后八年: 1978-1985, the rest of the ten-year plan
P.append(
    (
        "gov_work_reports",
        1978,
        "发展基础工业，要把搞好现有企业的",
        "，具有决定性的意义。",
        [
            D("今后八年", _EIGHT_YEARS),
            D("近三年", "Y/Y[+2]"),
            F("一百二十个", ["大型项目", "项目"], _EIGHT_YEARS, "plan"),
            # 十大钢铁基地, 九大…, 八大…, 十大油气田 are the X大 form of a list's name (三大目標, README), no measure word.
            F("三十个", ["大电站", "电站"], _EIGHT_YEARS, "plan"),
            F("六条", ["铁路新干线", "新干线"], _EIGHT_YEARS, "plan"),
            F("五个", ["重点港口", "港口"], _EIGHT_YEARS, "plan"),
            F("一百二十个", ["项目", "大型项目"], _EIGHT_YEARS, "plan"),
            # What the completed projects will make possible, at the span's end.
            F("十四个", ["工业基地"], "Y[+7]", "forecast"),
        ],
    )
)

# ------------------------------------------------------------------ 1984 report (held out)
# Full-width digits, no dateline; reviews 1983. The draw holds one paragraph with four numerals.
DOCS[("gov_work_reports", 1984)] = {"script": "simplified", "text_date": None}
P.append(
    (
        "gov_work_reports",
        1984,
        "国民经济在继续贯彻执行调整、改革",
        "全面完成和超额完成。",
        [
            # 连续四年 and 提前两年 are durations.
            D("一九八三年", "1983"),
            D("一九八三年", "1983"),
            F("５２６元", ["职工家庭按人口平均的生活费收入", "生活费收入"], "1983", "result"),
            D("上年", "1982"),
            F("６．４％", ["职工家庭按人口平均的生活费收入", "生活费收入"], "1983", "result"),
            F("３０９．８元", ["农民按人口平均的纯收入", "纯收入"], "1983", "result"),
            D("上年", "1982"),
            F("１４．７％", ["农民按人口平均的纯收入", "纯收入"], "1983", "result"),
            D("一九八三年", "1983"),
            F("１０．５％", ["全国工业总产值", "工业总产值"], "1983", "result"),
            F("９．５％", ["农业总产值"], "1983", "result"),
            F("三十多种", ["主要产品", "主要产品产量"], "1983", "result"),
            D("一九八五年", "1985"),
            D("今年第一季度", "Y-Q1"),
            D("去年同期", "Y[-1]-Q1"),
            F("１２％", ["工业生产"], "Y-Q1", "result"),
        ],
    )
)

# ------------------------------------------------------------------ release 39510, 2025-10-05 (held out)
# The Teachers' Day weekend (教師節連假首日, 第二日, 第三日) is named by a holiday, with no date in the text:
# not written, and its counts get null like an era named by a president. 中秋節 likewise.
DOCS[("tw_president_news", 39510)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39510,
        "因應樺加沙颱風造成花蓮地區重大災",
        "民眾列為最重要事項。",
        [
            D("今（5）日", "Y-M-05"),
            # 四項工作 is the speaker's own list.
            F("6位", ["失聯民眾", "民眾"], None, "result"),
        ],
    )
)
P.append(("tw_president_news", 39510, "總統首先抵達「前進協調所」聽取總", "光復鄉災後復原情況。", []))
P.append(("tw_president_news", 39510, "總統提到，在花蓮馬太鞍溪堰塞湖溢", "等待救援，分秒必爭。", []))
P.append(
    (
        "tw_president_news",
        39510,
        "總統說，明天就是中秋節，今天再度",
        "夠妥善進行後續工作。",
        [D("明天", "Y-M-06"), D("今天", "Y-M-05")],
    )
)
P.append(
    (
        "tw_president_news",
        39510,
        "總統進一步說明，中央投入多方資源",
        "淤堆置場等種種問題。",
        [
            D("10月15日", "Y-10-15"),
            # Each day from now until 15 October: the railway's arrangement in force.
            F("8個列次", ["加開列次", "列次"], "Y-M-05/Y-10-15", "result", "臺鐵"),
        ],
    )
)
P.append(("tw_president_news", 39510, "總統提到，馬太鞍溪的堤防除了做第", "同擬定後續解決之道。", []))
P.append(("tw_president_news", 39510, "總統強調，現階段最重要的四項工作包括：", "或地方都要共同合作。", []))
P.append(("tw_president_news", 39510, "談及復課進度，總統認為，因為教育", "持續推動中長期工作。", []))
P.append(
    (
        "tw_president_news",
        39510,
        "總統感謝國防部協助災區清理工作，",
        "功救出6歲女童小沂。",
        [
            # 目前 opens the sentence; 6歲 is an age.
            F("49戶", ["再度提出申請國軍協助", "申請國軍協助", "戶"], "Y-M", "result", "佛祖街"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39510,
        "總統也指示後續要完成的事項，第一",
        "項，不放棄任何希望。",
        [F("6位", ["失聯民眾", "民眾", "失聯"], "Y-M", "result")],
    )
)
P.append(("tw_president_news", 39510, "總統強調，各縣市政府應於雨季來臨", "障民眾生命財產安全。", []))
P.append(
    (
        "tw_president_news",
        39510,
        "總統也感謝全國各地志工投入花蓮救",
        "的志工表達誠摯感謝。",
        [
            F("超過3萬名", ["志工"], None, "result"),
            F("4萬多人", ["志工", "人"], None, "result"),
            F("4萬3千人", ["志工", "人"], None, "result"),
            F("逾10萬人次", ["志工", "人次"], None, "result"),
            D("今天", "Y-M-05"),
            F("2、3萬", ["志工"], "Y-M-05", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39510,
        "隨後，總統前往視察馬太鞍溪堤防與",
        "汛期前完成永久堤防。",
        [
            F("50公尺", ["超級堤防", "寬"], None, "plan", "馬太鞍溪"),
            D("明年", "Y[+1]"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39510,
        "總統指出，馬太鞍溪橋是重要建設，",
        "沿岸地區的防洪保護。",
        [
            # 約4個月內 is a duration.
            F("約十幾億元", ["馬太鞍溪河床整治工程經費", "河床整治工程經費", "經費"], None, "plan", "馬太鞍溪"),
            F("5公尺", ["開挖深度", "深度", "深水槽"], None, "plan", "馬太鞍溪"),
            F("約5公里", ["全長", "深水槽"], None, "plan", "馬太鞍溪"),
            F("100至200公尺", ["寬度", "深水槽"], None, "plan", "馬太鞍溪"),
        ],
    )
)

# ------------------------------------------------------------------ release 39512, 2025-10-07 (held out)
# An interview: questions and the president's answers, one paragraph each.
DOCS[("tw_president_news", 39512)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39512,
        "賴清德總統日前接見「傳統基金會」",
        "今（7）日凌晨播出。",
        [D("今（7）日", "Y-M-07")],
    )
)
P.append(("tw_president_news", 39512, "專訪問答內容如下：", "專訪問答內容如下：", []))
P.append(("tw_president_news", 39512, "問：臺灣的公民責任感已引起許多美", "形容目前的兩岸局勢？", []))
P.append(
    (
        "tw_president_news",
        39512,
        "總統：首先，我很高興聽到你此趟來",
        "批人為「鏟子超人」。",
        [
            # 過去幾天 is vague and the holiday's days have no date in the text: null.
            F("3萬多人", ["人", "鏟子超人"], None, "result"),
            F("4萬多", ["人", "鏟子超人"], None, "result"),
            F("4萬多", ["人", "鏟子超人"], None, "result"),
            F("十幾萬人", ["人", "鏟子超人"], None, "result"),
        ],
    )
)
P.append(("tw_president_news", 39512, "你可以充分感受到臺灣的確是充滿熱", "，基本上治安都不錯。", []))
P.append(("tw_president_news", 39512, "你剛剛提到了臺灣與中國的關係，我", "要靠實力才能夠得到。", []))
P.append(
    (
        "tw_president_news",
        39512,
        "所以臺灣在我上任之後採取「和平四",
        "灣要著重發展的項目。",
        [
            # 和平四大支柱 is a name; next year's budget is not yet passed (plan), 2030's share an aim (target).
            D("明年", "Y[+1]"),
            F("3.32%", ["國防預算GDP占比", "國防預算"], "Y[+1]", "plan", "臺灣"),
            D("2030年", "2030"),
            F("5%", ["國防預算GDP占比", "國防預算"], "2030", "target", "臺灣"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39512,
        "第二是強化經濟韌性，臺灣在201",
        "戰來達到避戰的目標。",
        [
            D("2010年", "2010"),
            F("83.8%", ["對外投資", "臺灣對外投資"], "2010", "base", "臺灣"),
            D("去年", "Y[-1]"),
            F("7%", ["對外投資", "臺灣對外投資"], "Y[-1]", "result", "臺灣"),
        ],
    )
)
P.append(("tw_president_news", 39512, "第四是只要對等、尊嚴，臺灣很樂意", "諾貝爾和平獎的得主。", []))
P.append(("tw_president_news", 39512, "問：如果您現在有機會與川普總統直", "讓川普總統知道什麼？", []))
P.append(("tw_president_news", 39512, "總統：如果有機會見到川普總統跟他", "濟海域發射實彈射擊。", []))
P.append(("tw_president_news", 39512, "印太區域持續變化，情勢不斷變緊張", "維護印太的和平穩定。", []))
P.append(("tw_president_news", 39512, "臺灣有決心保護自己國家的安全，也", "維護區域的和平穩定。", []))
P.append(("tw_president_news", 39512, "問：美國過去在外交政策及介入國際", "捍衛自身主權的決心？", []))
P.append(
    (
        "tw_president_news",
        39512,
        "總統：我會跟他們說，臺灣有絕對的",
        "，比北約標準早5年。",
        [
            # 蔡英文前總統任內 is an era named by a president (null); 早5年 is a duration.
            F("1.9%", ["國防預算GDP占比", "國防預算"], None, "base"),
            F("2.5%", ["國防預算GDP占比", "國防預算"], None, "result"),
            D("明年", "Y[+1]"),
            F("3.32%", ["國防預算GDP占比", "國防預算"], "Y[+1]", "plan"),
            D("2030年", "2030"),
            F("5%", ["國防預算GDP占比", "國防預算"], "2030", "target"),
        ],
    )
)

# ------------------------------------------------------------------ release 39707, 2025-12-15 (held out)
DOCS[("tw_president_news", 39707)] = {"script": "traditional", "text_date": None}
P.append(
    (
        "tw_president_news",
        39707,
        "賴清德總統今（15）日下午出席「",
        "路上走得更穩、更遠。",
        [D("今（15）日", "Y-M-15"), D("明年度", "Y[+1]")],
    )
)
P.append(
    (
        "tw_president_news",
        39707,
        "總統致詞時表示，在歲末年終之際，",
        "國人健康有更好保障。",
        [F("12個", ["病友團體"], None, "result")],
    )
)
P.append(
    (
        "tw_president_news",
        39707,
        "總統表示，政府很樂意有此機會與大",
        "降低三分之一的目標。",
        [
            # 連續43年 is a duration, 十大死因 a name.
            D("2030年", "2030"),
            F("三分之一", ["癌症標準化死亡率"], "2030", "target"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39707,
        "總統指出，政府提出「癌症治療三箭",
        "同期成長25.2%。",
        [
            D("今年", "Y"),
            F("28億元", ["癌症篩檢經費"], "Y[-1]", "base"),
            F("68億元", ["癌症篩檢經費"], "Y", "result"),
            D("今年1月到10月", "Y-01/Y-10"),
            F("479萬人次", ["癌症篩檢服務", "癌症篩檢"], "Y-01/Y-10", "result"),
            D("去年同期", "Y[-1]-01/Y[-1]-10"),
            F("25.2%", ["癌症篩檢服務", "癌症篩檢"], "Y-01/Y-10", "result"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39707,
        "總統接著說，更重要的是隨著癌症治",
        "療的精準性和成功率。",
        [
            D("去年5月", "Y[-1]-05"),
            F("2萬人", ["受惠", "病患"], None, "forecast"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39707,
        "總統進一步指出，政府也成立「癌症",
        "降低病友的經濟負擔。",
        [
            D("今年", "Y"),
            F("50億元", ["癌症新藥基金", "公務預算"], "Y", "result"),
            D("明年度", "Y[+1]"),
            F("50億元", ["癌症新藥基金", "公務預算"], "Y[+1]", "plan"),
        ],
    )
)
P.append(
    (
        "tw_president_news",
        39707,
        "總統也提到，癌症新藥基金推動即將",
        "界一起來監督與討論。",
        [
            # 即將屆滿一年 is a duration.
            D("今年10月", "Y-10"),
            F("20項", ["新藥"], "Y-10", "result"),
            F("16項", ["擴增給付"], "Y-10", "result"),
            F("約12,300人", ["受惠人數"], "Y-10", "result"),
            F("將近122億元", ["預估支付", "支付"], "Y-10", "forecast"),
            D("今年9月", "Y-09"),
            D("11月", "Y-11"),
            D("第一季", "Y-Q1"),
            D("第二季", "Y-Q2"),
        ],
    )
)
