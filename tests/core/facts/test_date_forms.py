"""Date forms of issue 19 seen missed or misread on real text: a month alone, parts of a month or a
year, decades and centuries in Chinese, spans written as one expression, spaced digits, ROC years
in Chinese digits, and the words that only look like dates (十月革命, 近22年以来, 2020年代表)."""

from desktop.core.facts import extract_facts
from desktop.core.facts.dates import DocumentDate, find_dates
from desktop.core.facts.numerals import fold
from desktop.core.ingest.builder import build_article


def _found(text, doc=None, *, roc=False):
    folded = fold(text)
    return [(folded[d.start : d.end], d.value) for d in find_dates(folded, document=doc or DocumentDate(), roc=roc)]


def test_a_month_alone_is_a_date_of_the_documents_year():
    doc = DocumentDate(2025, 9, 22)
    assert _found("股市来到历史新高，8月份出口总额为580多亿美元", doc) == [("8月份", "2025-08")]
    assert _found("8月份出口总额为580多亿美元") == [("8月份", "Y-08")]
    assert _found("对小微企业于6月底前一次性全部退还", DocumentDate(2022)) == [("6月底", "2022-06")]
    # in Chinese digits only with 份 or a part of the month
    assert _found("一二两月份平均，三月初开展竞赛，三月份上升", DocumentDate(1959)) == [
        ("三月初", "1959-03"),
        ("三月份", "1959-03"),
    ]


def test_words_with_a_month_in_them_are_no_dates():
    assert _found("在十月革命四十七周年的时候，五月天表态，捐出一月所得，持续3个月，每月一次") == []


def test_a_month_alone_takes_the_year_named_earlier_in_its_sentence():
    doc = DocumentDate(2010)
    assert _found("中国今年5月和10月发动军演", DocumentDate(2024, 11, 18)) == [
        ("今年5月", "2024-05"),
        ("10月", "2024-10"),
    ]
    assert _found("2009年是最困难的一年，9月份后，形势急转直下", doc)[-1] == ("9月份", "2009-09")
    # a new sentence: the report's (the document's) year again
    assert _found("2009年是最困难的一年。9月份后，形势急转直下", doc)[-1] == ("9月份", "2010-09")


def test_a_part_of_a_month_or_of_a_year_belongs_to_the_date():
    doc = DocumentDate(2024, 12, 10)
    assert _found("在去年10月中旬改选后", doc) == [("去年10月中旬", "2023-10")]
    assert _found("2024年底全体保险业资产总额", doc) == [("2024年底", "2024")]
    assert _found("今年初步核算", doc) == [("今年", "2024")]  # 初步: preliminary


def test_spaced_digits_of_taiwan_releases():
    doc = DocumentDate(2025, 4, 18)
    assert _found("主席今年 1月上任后", doc) == [("今年 1月", "2025-01")]
    assert _found("立法院于 1 月 13日咨请总统公布", doc) == [("1 月 13日", "2025-01-13")]


def test_a_month_and_day_in_chinese_digits_without_a_year():
    assert _found("八月二十二日中国各民主党派发表声明", DocumentDate(1954)) == [("八月二十二日", "1954-08-22")]


def test_this_month_in_traditional_text():
    article = build_article("標題\n總統提到，這個月行政院通過「青年婚育租屋協助專案」。")
    facts = extract_facts(article, names=False, labels=False, document=DocumentDate(2025, 9, 20))
    assert [(f.text, f.value) for f in facts if f.kind == "date"] == [("這個月", "2025-09")]


def test_a_day_alone_before_where_it_happened():
    assert _found("2024年台湾医疗科技展5日于南港展览馆开幕", DocumentDate(2024, 12, 7)) == [
        ("2024年", "2024"),
        ("5日", "2024-12-05"),
    ]


def test_an_roc_year_in_chinese_digits():
    doc = DocumentDate(2024, 6, 30)
    assert _found("民国一一二年十二月二十一日，奉执任务", doc, roc=True) == [
        ("民国一一二年十二月二十一日", "2023-12-21")
    ]


def test_today_is_the_day_the_lead_gave_even_after_the_28th():
    article = build_article("總統今（29）日上午出席典禮。\n總統表示，今天也是九九重陽節。")
    facts = extract_facts(article, names=False, labels=False)
    assert [(f.text, f.value) for f in facts if f.kind == "date"] == [("今（29）日", "Y-M-29"), ("今天", "Y-M-29")]


def test_the_same_season_of_many_years_is_no_one_period():
    # 近22年以来 is a superlative's span (not annotated as a date); 同期 after it names no one period
    assert _found("今年上半年降至31.2%，更是近22年以来同期新低", DocumentDate(2024, 8, 21)) == [
        ("今年上半年", "2024-H1"),
        ("同期", None),
    ]


def test_months_of_one_year_in_chinese_digits():
    assert _found("今年一到九月物价持平，今年一月至九月，案件下降", DocumentDate(1982)) == [
        ("今年一到九月", "1982-01/1982-09"),
        ("今年一月至九月", "1982-01/1982-09"),
    ]


def test_decades_and_centuries_in_chinese():
    assert _found("达到发达国家七十年代末或八十年代初的水平", DocumentDate(1985)) == [
        ("七十年代", "1970s"),
        ("八十年代", "1980s"),
    ]
    assert _found("十九世纪四十年代以来，上世纪八十年代", DocumentDate(2010)) == [
        ("十九世纪四十年代", "1840s"),
        ("上世纪八十年代", "1980s"),
    ]
    assert _found("二十年代的上海") == []  # the 1920s or the 2020s: no century named
    assert _found("到本世纪末翻两番，二十世纪末", DocumentDate(1985)) == [("本世纪末", "2000"), ("二十世纪末", "2000")]
    assert _found("到本世纪末翻两番") == [("本世纪末", None)]  # which century, only the document's date says


def test_two_dates_joined_by_to_are_one_span():
    doc = DocumentDate(2025, 9, 20)
    assert _found("去年下半年到今年全国各行各业", doc) == [("去年下半年到今年", "2024-H2/2025")]
    assert _found("2019年10月至2020年3月", doc) == [("2019年10月至2020年3月", "2019-10/2020-03")]
    # this year up to the end of November is not a span from a year to a month
    assert _found("今年至11月底已突破", DocumentDate(2025, 12, 26)) == [("今年", "2025"), ("11月底", "2025-11")]


def test_a_year_before_daibiao_is_a_year_not_a_decade():
    assert _found("她于2020年代表前总统领奖，1990年代", DocumentDate(2024)) == [
        ("2020年", "2020"),
        ("1990年代", "1990s"),
    ]


def test_a_season_stays_its_year():
    assert _found("从一九五七年冬季开始，几千万人上阵", DocumentDate(1960)) == [("一九五七年冬季", "1957")]


def test_a_white_circle_is_a_zero_in_a_year():
    assert _found("一九八五年末达到一千六百亿元，比一九八○年末增长三倍", DocumentDate(1986)) == [
        ("一九八五年末", "1985"),
        ("一九八○年末", "1980"),
    ]


def test_a_year_in_chinese_digits_without_nian_before_a_comparison():
    assert _found("一九八○比一九七五年增加二百二十六亿元", DocumentDate(1986)) == [
        ("一九八○", "1980"),
        ("一九七五年", "1975"),
    ]


def test_two_years_said_together_are_a_span():
    assert _found("一九七九和一九八○两年合计近三百亿元", DocumentDate(1986)) == [("一九七九和一九八○两年", "1979/1980")]


def test_the_years_of_the_span_named_last():
    text = "在过去的五年中，财政收入由下降转为上升，后三年出现了大幅度增长。一是，这五年农民收入平均每年增长"
    assert _found(text, DocumentDate(1986)) == [
        ("过去的五年", "1981/1985"),
        ("后三年", "1983/1985"),
        ("这五年", "1981/1985"),
    ]
    assert _found(text)[:2] == [("过去的五年", "Y[-5]/Y[-1]"), ("后三年", "Y[-3]/Y[-1]")]
    # no span before them: two years ago, three years later (no dates here)
    assert _found("前两年我去过，后三年再说，这五年也一样", DocumentDate(2020)) == []


def test_five_year_plan_periods_as_old_reports_write_them():
    text = "“五五”末期出现赤字。“六五’期间，增加额大大超过“五五”间期"
    assert _found(text, DocumentDate(1986)) == [
        ("“五五”末期", "1980"),
        ("“六五’期间", "1981/1985"),
        ("“五五”间期", "1976/1980"),
    ]


def test_a_spaced_year_and_a_year_that_opens_a_quoted_name():
    assert _found("目标是在 2027 年前具备能力", DocumentDate(2025, 12, 4)) == [("2027 年", "2027")]
    assert _found("共同努力落实「2050净零转型」的目标", DocumentDate(2024, 11, 27)) == [("2050", "2050")]


def test_an_events_name_says_its_year_after_a_space_or_before_its_quotes():
    doc = DocumentDate(2025, 11, 7)
    # round 10's tuned-on 39604; 28824, 39068 and 39556 outside facts_dev
    assert _found("賴清德總統今（7）日上午出席「2025 ITF台北國際旅展開幕典禮」時指出", doc)[1:] == [("2025", "2025")]
    assert _found("出席2025「哈利法克斯臺北論壇」（HFX Taipei）開幕式", doc) == [("2025", "2025")]
    assert _found("出席「HITCON CISO Summit 2025 資安長高峰會」開幕式", doc) == [("2025", "2025")]
    # the 1980 report: two years said with one 两年 are one span
    assert _found("经济作物的播种面积1979、1980两年都有增加", DocumentDate(1980)) == [("1979、1980两年", "1979/1980")]
    # an amount stays an amount
    assert _found("编列1965亿元，比今年增加77亿元", DocumentDate(2024)) == [("今年", "2024")]


def test_taiwan_releases_bracket_the_year_or_month_they_mean():
    doc = DocumentDate(2025, 5, 5)
    assert _found("去（112）年出口成长，今（2025）年3月回升", doc, roc=True) == [
        ("去（112）年", "2023"),
        ("今（2025）年3月", "2025-03"),
    ]
    assert _found("去（2024）年") == [("去（2024）年", "2024")]  # the text says which year, undated or not
    assert _found("考试院于本（12）月20日，上（7）月", DocumentDate(2025, 8, 13)) == [
        ("本（12）月20日", "2025-12-20"),
        ("上（7）月", "2025-07"),
    ]
    assert _found("上（12）月", DocumentDate(2025, 1, 5)) == [("上（12）月", "2024-12")]
    assert _found("投书本（10）日刊出", DocumentDate(2025, 4, 10)) == [("本（10）日", "2025-04-10")]


def test_a_spaced_day_after_zhi_closes_a_span():
    assert _found("将于 6 月 18 日至 21 日在曼谷举行", DocumentDate(2025, 3, 18)) == [
        ("6 月 18 日至 21 日", "2025-06-18/2025-06-21")
    ]


def test_an_evening_is_its_day_and_years_ago_today_is_a_day():
    # release 39243 (tuned on, round 6) and 28735 (not annotated)
    doc = DocumentDate(2025, 5, 20)
    assert _found("我昨晚也前往探視傷者，今晚出席國宴", doc, roc=True) == [
        ("昨晚", "2025-05-19"),
        ("今晚", "2025-05-20"),
    ]
    assert _found("一年前的今天，我肩負起帶領國家勇往前進的重責大任", doc, roc=True) == [("一年前的今天", "2024-05-20")]
    assert _found("25年前的今天，921大地震奪走許多寶貴的生命", DocumentDate(2024, 9, 21), roc=True) == [
        ("25年前的今天", "1999-09-21")
    ]
    # without the document's day: relative; a report that gives only its year: the year
    assert _found("一年前的今天") == [("一年前的今天", "Y[-1]-M-D")]
    assert _found("25年前的今天", DocumentDate(2024)) == [("25年前的今天", "1999")]
    assert _found("25年前，地震") == [("25年前", "Y[-25]")]


def test_one_year_of_a_five_year_plan():
    # the 1964 report (tuned on, round 6) and the 1959 report (not annotated)
    assert _found("都超过第一个五年计划最后一年即一九五七年的水平", DocumentDate(1964)) == [
        ("第一个五年计划最后一年", "1957"),
        ("一九五七年", "1957"),
    ]
    assert _found("第二个五年计划的第一年，即一九五八年", DocumentDate(1959))[0] == ("第二个五年计划的第一年", "1958")
    assert _found("执行发展国民经济第二个五年计划的第二年", DocumentDate(1959)) == [("第二个五年计划的第二年", "1959")]
    assert _found("第二个五年计划期间", DocumentDate(1959)) == [("第二个五年计划", "1958/1962")]


def test_520_is_the_day_a_taiwan_president_takes_office():
    # release 28569 (tuned on, round 6); 38972 and 28265 (not annotated)
    assert _found("總統指出，520就職至今已一個多月", DocumentDate(2024, 7, 13), roc=True) == [("520", "2024-05-20")]
    assert _found("總統指出，在他的520就職演說中", DocumentDate(2025, 1, 3), roc=True) == [("520", "2024-05-20")]
    assert _found("因此，在520就職之前", DocumentDate(2024, 3, 19), roc=True) == [("520", "2024-05-20")]
    assert _found("自從去年520上任以來", DocumentDate(2025, 6, 1), roc=True) == [("去年520", "2024-05-20")]
    assert _found("去年520上任以來，520就職") == [("去年", "Y[-1]")]  # Simplified text: no ROC reading
    assert _found("去年520上任以來，520就職", roc=True) == [("去年520", "Y[-1]-05-20"), ("520", "Y-05-20")]
    # an amount is no date
    assert _found("比去年增加520億元", DocumentDate(2025, 4, 27), roc=True) == [("去年", "2024")]


def test_shang_yi_nian_is_the_year_before_the_topic():
    """比上一年增加 (31 in the reports, most of 1958's): as 上年, the year before the year being reviewed."""
    assert _found("一九五八年粮食的指标为三千九百二十亿斤，比上一年增加二百二十亿斤", DocumentDate(1959)) == [
        ("一九五八年", "1958"),
        ("上一年", "1957"),
    ]
    assert _found("出口值近295亿美元，较前一年减少15%", DocumentDate(2024)) == [("前一年", "2023")]
    assert _found("确保“十二五”淘汰任务提前一年完成") == []  # 提前一年: a year early, no date


def test_the_day_before_yesterday():
    """前天 / 前日 (release 39165's convention: the day before yesterday); 前日本首相, 当前日益 are none."""
    doc = DocumentDate(2024, 11, 22)
    assert _found("副总统接著说，台积电前天在日本熊本县剪彩", doc) == [("前天", "2024-11-20")]
    assert _found("行政院卓荣泰院长已经于前日率领团队公布九大策略", doc) == [("前日", "2024-11-20")]
    assert _found("前日本首相安倍晋三在当前日益严峻的情势下") == []


def test_a_day_of_this_month_or_the_last():
    doc = DocumentDate(2024, 3, 22)
    assert _found("总统表示，这个月30日职棒球季即将开打", doc) == [("这个月30日", "2024-03-30")]
    assert _found("副总统提到，上个月13日台湾刚完成一场选举", doc) == [("上个月13日", "2024-02-13")]
    assert _found("下个月10号就是《台湾关系法》立法45周年") == [("下个月10号", "Y-M[+1]-10")]


def test_seasons_are_their_year():
    doc = DocumentDate(1956)
    assert _found("预计到今冬明春，参加高级合作社的农户", doc) == [("今冬", "1956"), ("明春", "1957")]
    assert _found("去冬以来，各地农村进行的", doc) == [("去冬", "1955")]
    assert _found("随著今年春天密西根州宣布", DocumentDate(2024)) == [("今年春天", "2024")]


def test_decades_written_with_a_white_circle_zero():
    assert _found("一九七○年代的石油危机，八○年代以后") == [("一九七○年代", "1970s"), ("八○年代", "1980s")]


def test_spans_and_lists_of_years_written_once():
    """期限从114年到118年 (release, twice), 104至113年; 2023、2024年: the first year of a list is a date too."""
    assert _found("期限从114年到118年，总经费近新台币", roc=True) == [("114年到118年", "2025/2029")]
    assert _found("104至113年平均成长", roc=True) == [("104至113年", "2015/2024")]
    assert _found("2023、2024年经济成长") == [("2023", "2023"), ("2024年", "2024")]


def test_this_year_and_the_next_said_together():
    """今明两年 (6 in the reports), 明后两年: one span of two years."""
    assert _found("今明两年要完成这项任务", DocumentDate(2010)) == [("今明两年", "2010/2011")]
    assert _found("明后两年继续执行") == [("明后两年", "Y[+1]/Y[+2]")]


def test_this_years_roc_number_in_ascii_brackets():
    """114年元旦升旗活动将于本(113)年12月31日（二）21时起进行 (release 28983)."""
    assert _found("升旗活动将于本(113)年12月31日起进行", roc=True) == [("本(113)年12月31日", "2024-12-31")]
