"""Dates: the document date, relative dates, the topic year, ROC years, periods and durations."""

from desktop.core.ingest.builder import build_article
from desktop.core.facts import extract_facts
from desktop.core.facts.dates import DocumentDate, document_date, find_dates


def _dates(text, **kw):
    return [(f.text, f.value) for f in extract_facts(build_article(text), names=False, **kw) if f.kind == "date"]


def test_without_a_document_date_relative_dates_stay_relative():
    # Issue 11: the old rule took the latest year in the text (2023) as "this year" and was wrong
    # for any document that names an earlier year; now 今年/去年 say they are relative.
    text = "标题\n2023年经济回升。到2035年基本实现现代化。今年一季度增长5%，去年12月出口回升。"
    assert _dates(text) == [("2023年", "2023"), ("2035年", "2035"), ("今年一季度", "Y-Q1"), ("去年12月", "Y[-1]-12")]


def test_the_document_date_resolves_every_relative_date():
    text = "标题\n今年1月出口回升，去年7月下降，今年上半年增长5%，前年全年持平。"
    got = _dates(text, document=DocumentDate(2024, 3, 5))
    assert got == [("今年1月", "2024-01"), ("去年7月", "2023-07"), ("今年上半年", "2024-H1"), ("前年全年", "2022")]


def test_the_callers_year_wins_and_unknown_years_stay_relative():
    assert _dates("标题\n今年前三季度增长5%。", year=2024) == [("今年前三季度", "2024-01/2024-09")]
    assert _dates("标题\n8月30日上午召开大会。") == [("8月30日", "Y-08-30")]


def test_a_dateline_or_a_title_year_is_the_document_date():
    assert document_date("新华社北京2024年3月5日电 今年经济增长5%", "") == DocumentDate(2024, 3, 5, "dateline")
    assert document_date("正文", "2021年政府工作报告") == DocumentDate(2021, None, None, "title")
    assert document_date("本报北京5月14日讯 记者报道", "") == DocumentDate(None, 5, 14, "dateline")
    assert document_date("正文没有日期", "") == DocumentDate()
    # a feed's own date field wins over the text
    assert document_date("2019年1月1日", "", hint=DocumentDate.parse("2024-08-06")).iso() == "2024-08-06"


def test_taiwan_release_days_and_months_follow_the_release_date():
    doc = DocumentDate(2024, 8, 6)
    got = [
        (folded[d.start : d.end], d.value)
        for folded in ["总统今（6）日出席典礼，本月稍早与上月相比，昨（5）日宣布。"]
        for d in find_dates(folded, document=doc)
    ]
    assert got == [("今（6）日", "2024-08-06"), ("本月", "2024-08"), ("上月", "2024-07"), ("昨（5）日", "2024-08-05")]
    assert [d.value for d in find_dates("总统今（5）日出席", document=DocumentDate())] == ["Y-M-05"]


def test_roc_and_fiscal_years():
    got = [
        (d.value)
        for d in find_dates(
            "民国113年元旦，114年度总预算，明年度与今年度相比", document=DocumentDate(2024, 8, 6), roc=True
        )
    ]
    assert got == ["2024", "2025", "2025", "2024"]


def test_the_topic_year_gives_full_year_and_previous_year_words_their_year():
    # A work report reviews the previous year: 全年 and 上年 follow the year the text is about.
    folded = "2005年工作回顾。全年国内生产总值增长9.9%，比上年增长。年末外汇储备增加。今年的主要目标。"
    got = [(folded[d.start : d.end], d.value) for d in find_dates(folded, document=DocumentDate(2006))]
    assert got == [("2005年", "2005"), ("全年", "2005"), ("上年", "2004"), ("年末", "2005"), ("今年", "2006")]
    # A bare 上年 (the from-side of a change, not after 比) is still the year before the topic, not a new topic: the
    # 1995 report's 全年 after 由上年的…回落到… is 1994 (it read 1993).
    folded = (
        "１９９４年国内工作的回顾。投资增长幅度由上年的百分之五十八点六回落到百分之二十七点八。全年进出口总额增长。"
    )
    got = [(folded[d.start : d.end], d.value) for d in find_dates(folded, document=DocumentDate(1995))]
    assert got == [("１９９４年", "1994"), ("上年", "1993"), ("全年", "1994")]


def test_spans_of_years():
    doc = DocumentDate(2021)
    got = [d.value for d in find_dates("过去五年，“十三五”时期，近5年，20年前，一年来", document=doc)]
    assert got == ["2016/2020", "2016/2020", "2017/2021", "2001", "2020"]


def test_the_past_n_years_up_to_now_is_the_past_n_years():
    """Round 8's 28370 (tuned on): 過去8年來 is 過去8年 (Y[-8]/Y[-1]); 70 such in the releases. 近5年來, 8年來 and
    這8年來 stay lengths, no dates (rounds 5-7)."""
    text = "標題\n總統談到，過去8年來，政府也透過各項行動。近5年來出口增長，這8年來臺灣持續進步，過去30年來醫療進步。"
    got = _dates(text, document=DocumentDate(2024, 4, 30))
    assert got == [("過去8年來", "2016/2023"), ("過去30年來", "1994/2023")]


def test_a_reports_today_is_its_year_when_the_record_knows_no_more():
    """Round 8's 1995 report (tuned on): 从今天起 is the day the report was given; its record has the year only."""
    got = _dates("标题\n从今天起，到1997年7月1日我国对香港恢复行使主权，只有849天了。", document=DocumentDate(1995))
    assert got[0] == ("今天", "1995")


def test_a_comparison_base_is_not_a_figures_period():
    facts = extract_facts(build_article("标题\n2024年出口额比上年增长8.6%。"), names=False)
    assert [(f.text, f.period) for f in facts if f.kind == "percent"] == [("8.6%", "2024")]


def test_durations_are_quantities_not_dates():
    facts = extract_facts(build_article("标题\n连续951天保持零发生，仅用6小时，连续1个月上门服务。"), names=False)
    assert [(f.kind, f.text, f.unit) for f in facts] == [
        ("quantity", "951天", "天"),
        ("quantity", "6小时", "小时"),
    ]  # 连续1个月 is how long the service went on, no figure (tests/facts_dev/README.md: durations such as 1個月)


def test_a_figure_stated_as_of_now_takes_the_documents_month():
    article = build_article("标题\n总统提到，目前已核定超过11万件贷款。")
    facts = extract_facts(article, names=False, labels=False, document=DocumentDate(2025, 4, 1))
    assert [(f.text, f.period) for f in facts if f.kind == "quantity"] == [("超过11万件", "2025-04")]
    undated = extract_facts(article, names=False, labels=False)
    # without a document date it says so: the document's month, whatever that is (not a guess, not nothing)
    assert [(f.period, f.period_source) for f in undated if f.kind == "quantity"] == [
        ("Y-M", "目前: document date Y-M")
    ]


def test_a_day_dates_the_counts_of_its_sentences_event_known_year_or_not():
    # round 7's convention (facts_dev README): the honoured are counted on the day of the ceremony
    article = build_article("标题\n8月30日上午，重庆10名个人获表彰。")
    for document, period in ((None, "Y-08-30"), (DocumentDate(2022, 8, 31), "2022-08-30")):
        facts = extract_facts(article, names=False, labels=False, document=document)
        assert [f.period for f in facts if f.text == "10名"] == [period]


def test_the_years_ahead_are_a_span_from_this_year():
    text = "标题\n今后五年，国民经济平均每年增长8%。未来5年新增就业5000万人。今后八年要新建12个钢铁基地。"
    got = _dates(text, document=DocumentDate(1993))
    assert got == [("今后五年", "1993/1997"), ("未来5年", "1993/1997"), ("今后八年", "1993/2000")]
    assert _dates("标题\n今后五年，国民经济平均每年增长8%。") == [("今后五年", "Y/Y[+4]")]
    facts = extract_facts(build_article(text), names=False, document=DocumentDate(1993))
    assert {f.text: f.period for f in facts if f.kind == "percent"} == {"8%": "1993/1997"}


def _read(text, doc=None, *, roc=False):
    from desktop.core.facts.numerals import fold

    folded = fold(text)
    return [(folded[d.start : d.end], d.value) for d in find_dates(folded, document=doc or DocumentDate(), roc=roc)]


def test_days_around_today_named_by_their_own_word():
    """Recognizers-Text's DateParser (大后天, 後天): 後天就是童軍節 in a release of 3 March 2024 is the 5th."""
    doc = DocumentDate(2024, 3, 3)
    assert _read("總統說，后天就是童軍節", doc) == [("后天", "2024-03-05")]
    assert _read("大后天可以吗，大前天不行", DocumentDate(2017, 3, 22)) == [
        ("大后天", "2017-03-25"),
        ("大前天", "2017-03-19"),
    ]
    assert _read("先天下之忧而忧，后天下之乐而乐，后天性的缺陷", doc) == []


def test_two_bare_years_make_a_span():
    """Recognizers-Text's DatePeriodParser (从2016到2018), and 2025-2026國際扶輪社長, 白皮書（2026–2035）."""
    assert _read("接见2025-2026国际扶轮社长当选人") == [("2025-2026", "2025/2026")]
    assert _read("透析白皮书（2026–2035）》") == [("2026–2035", "2026/2035")]
    assert _read("时间从2016到2018") == [("2016到2018", "2016/2018")]
    assert _read("价格在2000-3000元之间，电话2018-2017") == []


def test_29_february_of_a_common_year_is_the_leap_year_before():
    assert _read("2月29日", DocumentDate(2017, 3, 22)) == [("2月29日", "2016-02-29")]
    assert _read("2月29日", DocumentDate(2020, 3, 22)) == [("2月29日", "2020-02-29")]


def test_a_day_after_the_documents_is_of_the_month_before_unless_to_come():
    """Recognizers-Text's past reading of 29日; 專機於當地時間30日上午（臺北時間12月1日凌晨）抵達 in a release of
    1 December 2024 is 30 November."""
    doc = DocumentDate(2024, 12, 1)
    assert _read("專機於當地時間30日上午抵達", doc) == [("30日", "2024-11-30")]
    assert _read("副总统于29日下午接见", DocumentDate(2025, 1, 2)) == [("29日", "2024-12-29")]
    assert _read("音乐剧将于25日在台南演出", DocumentDate(2024, 2, 20)) == [("25日", "2024-02-25")]
    assert _read("副总统于19日下午接见", DocumentDate(2025, 5, 20)) == [("19日", "2025-05-19")]


def test_spans_the_specs_write_otherwise():
    """Recognizers-Text's DatePeriodParser: 近 三 年 spaced (延續過去45 年邦誼), between two years, 民国三年 in any
    script, a closing day in Chinese digits, a hyphen between two written-out days."""
    doc = DocumentDate(2017, 3, 22)
    assert _read("近 三 年，犯罪数量逐步下降", doc) == [("近 三 年", "2015/2017")]
    assert _read("这家工厂2015年和2018年之间的销售额", doc) == [("2015年和2018年之间", "2015/2018")]
    assert _read("2007年与2009年间") == [("2007年与2009年间", "2007/2009")]
    assert _read("2009年间接税") == [("2009年", "2009")]
    assert _read("民国三年", doc) == [("民国三年", "1914")]
    assert _read("全民国防教育，加强国防", doc) == []
    assert _read("时间从2016年一月十日到十二日", doc) == [("2016年一月十日到十二日", "2016-01-10/2016-01-12")]
    assert _read("2018/1/10-2018/7/10", doc) == [("2018/1/10-2018/7/10", "2018-01-10/2018-07-10")]


def test_tomorrow_as_mingri_and_the_day_that_closes_a_span():
    """DateTimeModel's 将于明日正式上线 and 2019年6月1日-6月30日 (cases its python port does not pass)."""
    doc = DocumentDate(2024, 4, 3)
    assert _read("臺鐵東部幹線預估明日上午可以單線雙向通車", doc) == [("明日", "2024-04-04")]
    assert _read("促进社会主义精神文明日益发展，成为明日之星，明日的东亚", doc) == []
    assert _read("计费周期 2019年6月1日-6月30日", doc) == [("2019年6月1日-6月30日", "2019-06-01/2019-06-30")]
    assert _read("2022年12月1日至1月5日", doc) == [("2022年12月1日至1月5日", "2022-12-01/2023-01-05")]
    assert _read("比较2019年6月1日和6月30日", doc)[-1] == ("6月30日", "2024-06-30")


def test_a_length_of_years_in_a_release_is_no_roc_year():
    # 已有98年歷史 (a length) read 2009 and 迎接更燦爛的100年 (the years to come) 2011; 113年 stays a year
    folded = "黄家古厝已有98年历史，迎接更辉煌灿烂的100年，欧战结束后的80年，两国邦谊长达45年之久，113年编列预算。"
    assert [(folded[d.start : d.end], d.value) for d in find_dates(folded, document=DocumentDate(2025), roc=True)] == [
        ("113年", "2024")
    ]


def test_months_in_a_row_and_months_opening_clauses_after_a_semicolon():
    doc = DocumentDate(2025, 10, 10)
    # README round 6: 今年 3、4月 is one span; 10月、11月 (月 said twice) stay two months
    folded = "今年 3、4月筹组委员会，去年10月、11月回升。"
    got = [(folded[d.start : d.end], d.value) for d in find_dates(folded, document=doc)]
    assert got == [("今年 3、4月", "2025-03/2025-04"), ("去年10月", "2024-10"), ("11月", "2024-11")]
    folded = "今年四月我宣布调升勤务加给；六月调升网路战加给；七月调升电侦加给。"
    got = [(folded[d.start : d.end], d.value) for d in find_dates(folded, document=doc)]
    assert got == [("今年四月", "2025-04"), ("六月", "2025-06"), ("七月", "2025-07")]
