"""The period grammar (issue 19.2): spans, how far a period carries, false triggers, its source (bases:
test_period_bases.py; counts of years: test_period_counts.py)."""

from desktop.core.ingest.builder import build_article
from desktop.core.facts import extract_facts
from desktop.core.facts.dates import DocumentDate
from fact_readouts import periods


def test_spans_are_ranges():
    got = periods("标题\n从今年起至2028年将投入135.6亿元。", DocumentDate(2025, 1, 5))
    assert got["135.6亿元"] == ("2025/2028", "今年起至2028年")
    got = periods("标题\n第一个五年计划期间，国家对基本建设的投资为四百九十三亿元。")
    assert got["四百九十三亿元"] == ("1953/1957", "第一个五年计划")
    got = periods("标题\n农民人均纯收入，1982年为270元，1987年提高到463元，平均每年增长8.6%。")
    assert got["270元"][0] == "1982" and got["463元"][0] == "1987"
    assert got["8.6%"] == ("1983/1987", "1982年…1987年")
    got = periods("标题\n“十四五”时期，城镇调查失业率控制在5.5%以内，常住人口城镇化率提高到65%。")
    assert got["5.5%以内"][0] == "2021/2025" and got["65%"][0] == "2025"  # a level reached is the span's end
    got = periods("标题\n计划预计从2024年起，在5年内创造2万个就业机会。")
    assert got["2万个"] == ("2024/2028", "从2024年起，在5年内")
    got = periods("标题\n方案将延长至2027年，预估能再创造6千亿元投资金额。", DocumentDate(2025, 4, 1))
    assert got["6千亿元"] == ("2025/2027", "延长至2027年")


def test_a_period_carries_through_its_sentence_a_colons_list_and_a_heading_but_not_further():
    text = (
        "标题\n一、2015年工作回顾\n城镇保障性安居工程住房基本建成772万套。\n"
        "二、今年的目标\n今年发展主要预期目标是：国内生产总值增长6.5%；居民消费价格涨幅3%左右。\n"
        "三、服务\n去年7月，重庆入选名单。观音桥商圈以1.5平方公里的核心区面积贡献了全市7%左右的销售总额。\n"
        "商圈办拟定5个方面、10项措施。"
    )
    got = periods(text, DocumentDate(2016))
    assert got["772万套"] == ("2015", "2015年 (heading)")
    assert got["6.5%"] == ("2016", "今年") and got["3%左右"] == ("2016", "今年")  # the list after the colon
    assert got["1.5平方公里"] == (None, "") and got["7%左右"] == (
        None,
        "",
    )  # 去年7月 dated an event, in another sentence
    assert got["5个"] == (None, "") and got["10项"] == (None, "")  # nor into the next paragraph


def test_a_paragraph_that_opens_with_its_time_and_a_list_under_an_introduction():
    got = periods("标题\n今年，中央财政安排资金160亿元。其中，地方专项债券4000亿元。", DocumentDate(2016))
    assert got["4000亿元"] == ("2016", "今年")
    text = "标题\n“十四五”时期是新征程的第一个五年。\n——保持经济持续健康发展。城镇调查失业率控制在5.5%以内。"
    assert periods(text)["5.5%以内"] == ("2021/2025", "“十四五”时期 (the list's introduction)")


def test_a_paragraph_that_opens_with_its_time_dressed_carries_it():
    text = (
        "标题\n一、过去五年工作回顾\n五年来，国内生产总值年均增长7.1%。\n"
        "刚刚过去的2017年，经济社会发展主要目标任务全面完成并好于预期。国内生产总值增长6.9%，居民收入增长7.3%。"
    )
    got = periods(text, DocumentDate(2018))
    assert got["7.1%"][0] == "2013/2017"
    assert got["6.9%"] == ("2017", "2017年") and got["7.3%"] == ("2017", "2017年")  # not the heading's five years
    for lead in ("过去的一年，", "刚刚过去的一年，"):
        got = periods(
            f"标题\n一、过去五年工作回顾\n{lead}主要目标任务全面完成。国内生产总值增长6.9%。", DocumentDate(2018)
        )
        assert got["6.9%"][0] == "2017", lead
    got = periods("标题\n刚刚过去的2017年里，我们访问了很多国家。国内生产总值增长6.9%。", DocumentDate(2018))
    assert got["6.9%"][0] == "2017"  # the lead may end in a word or two (里, 中)


def test_a_sentence_that_opens_with_nothing_but_its_time_sets_the_time_after_it_in_the_paragraph():
    text = (
        "标题\n三、2011年的工作\n2011年，是“十二五”开局之年，做好今年的工作至关重要。过去一年，我们的各项工作取得了"
        "很大成绩。国内生产总值增长10.3%，城镇新增就业1168万人。\n今年，我国发展面临的形势依然复杂。"
    )
    got = periods(text, DocumentDate(2011))
    assert got["10.3%"] == ("2010", "过去一年") and got["1168万人"] == ("2010", "过去一年")
    # Up to the next time named (a month carries nothing: an event); past it, the paragraph's first sentence's time.
    text = "标题\n去年，全国完成投资5万亿元。今年，要完成投资6万亿元。财政收入增长8%。3月，我们召开会议。税收增长9%。"
    got = periods(text, DocumentDate(2020))
    assert got["5万亿元"][0] == "2019" and got["6万亿元"][0] == "2020" and got["8%"] == ("2020", "今年")
    assert got["9%"] == ("2019", "去年")
    got = periods("标题\n财政收入稳定。今年，出口增长3%。3月，我们召开会议。税收增长9%。", DocumentDate(2020))
    assert got["3%"][0] == "2020" and got["9%"] == (None, "")
    text = (
        "标题\n实施稳健的财政政策。1998年以来，中央实行了积极的财政政策。今年要适当减少财政赤字。"
        "拟安排中央财政赤字3000亿元。"
    )
    assert periods(text, DocumentDate(2005))["3000亿元"][0] != "1998"
    # The paragraph's first sentence is its heading: it carries to the paragraph's end; a deadline carries nothing.
    got = periods(
        "标题\n今年，全国完成投资5万亿元。去年，出口增长3%。3月，我们召开会议。税收增长9%。", DocumentDate(2020)
    )
    assert got["3%"][0] == "2019" and got["9%"] == ("2020", "今年")
    got = periods("标题\n财政收入稳定。去年年底，我们召开会议。税收增长9%。", DocumentDate(2020))
    assert got["9%"] == (None, "")  # a point of a year dates an event
    got = periods("标题\n到明年底，基本实现道路硬化。再解决6000万人安全饮水问题。", DocumentDate(2009))
    assert got["6000万人"] == (None, "")
    # A time inside a sentence, not opening it, sets nothing for the sentences after it.
    got = periods("标题\n今年，财政收入增长8%，比去年多1万亿元。税收增长9%。", DocumentDate(2020))
    assert got["9%"] == ("2020", "今年")


def test_false_triggers():
    got = periods("标题\n以前年度岁计剩余共计1,000亿元，几十年前的建设投资50亿元。", DocumentDate(2024, 8, 6))
    assert got["1,000亿元"] == (None, "") and got["50亿元"] == (None, "")
    facts = extract_facts(build_article("标题\n以前年度岁计剩余，几十年前"), names=False, document=DocumentDate(2024))
    assert [f.text for f in facts if f.kind == "date"] == []
    assert periods("标题\n产值在2020年为100亿元。")["100亿元"] == ("2020", "2020年")
    got = periods("标题\n粮食总产量在上年大幅度增长的基础上，又增产291亿斤。", DocumentDate(2006))
    assert got["291亿斤"][0] is None  # 上年 is what it builds on, not its period


def test_a_budget_release_carries_its_fiscal_year():
    text = (
        "標題\n總統府發言人表示，行政院會今天通過114年度中央政府總預算案，總統對國軍與國人說明這項預算。\n"
        "國防預算相較今年度增加51億元，達到927億元。"
    )
    got = periods(text, DocumentDate(2024, 8, 22))
    assert got["51億元"] == ("2025", "114年度 (the document's fiscal year)")
    assert got["927億元"] == ("2025", "114年度 (the document's fiscal year)")


def test_next_years_budget_in_passing_is_no_topic():
    # release 28673 (round 7, tuned on): one 明年度 in the lead of a speech to a health committee
    text = (
        "標題\n賴清德總統今（22）日下午主持「健康台灣推動委員會第1次委員會」。\n"
        "總統指出，明年度衛福部整體預算增加，將擴大醫療及照護的投資。\n"
        "我要謝謝在場的9位顧問，包括北部的吳明賢院長、陳威明院長；"
    )
    got = periods(text, DocumentDate(2024, 8, 22))
    assert got["9位"] == (None, "")


def test_now_words_date_a_figure_to_the_document():
    got = periods("标题\n目前已核定超过11万件。", DocumentDate(2025, 4, 1))
    assert got["超过11万件"] == ("2025-04", "目前: document date 2025-04")
    assert periods("标题\n目前已核定超过11万件。")["超过11万件"] == ("Y-M", "目前: document date Y-M")


def test_years_before_the_document_carry_to_a_total_or_an_average():
    """五年来，…累计: a review of the five years before the document's (issue 19.2, spans)."""
    text = "标题\n五年来，国债累计完成17.2万亿元，国内生产总值平均每年增长7.7%。"
    got = periods(text, DocumentDate(2003))
    assert got["17.2万亿元"] == ("1998/2002", "五年来: document date 2003")
    assert got["7.7%"][0] == "1998/2002"
    assert periods(text)["17.2万亿元"][0] == "Y[-5]/Y[-1]"  # undated: relative, not guessed
    # without a total or an average what the five years saw done is over them too (the guide: what 五年来 says was
    # done gets its span, rounds 5 and 7)
    assert periods("标题\n五年来，我们新建学校300所。", DocumentDate(2003))["300所"][0] == "1998/2002"


def test_a_bare_year_opens_a_span_closed_by_a_year():
    """第二期（2023至2027年），共投入970億元: the money is for the whole span, not its last year."""
    got = periods("标题\n第二期（2023至2027年），共投入970億元。", DocumentDate(2025, 11, 28))
    assert got["970億元"] == ("2023/2027", "2023至2027年")
    assert periods("标题\n（2021-2025年）共投入500亿元。", DocumentDate(2021))["500亿元"][0] == "2021/2025"


def test_a_fiscal_year_is_the_documents_topic_only_when_it_names_a_budget():
    text = "标题\n总统表示，今年度长照经费也达900多亿元。\n\n总统说，一年投入1,200亿元推动0到6岁国家一起养，人工生殖补助从10万元提高至15万元。"
    got = periods(text, DocumentDate(2025, 10, 3))
    assert got["1,200亿元"][0] is None and got["15万元"][0] is None  # 今年度 in passing is no topic
    # the positive case (114年度中央政府總預算案 in the lead): test_a_budget_release_carries_its_fiscal_year


def test_a_written_year_that_opens_a_sentence_is_the_topic_of_the_paragraph_after_it():
    text = (
        "标题\n2001年国内生产总值达到95933亿元，比上年增长7.3%。税收大幅度增长，全国财政收入达到16371亿元。\n"
        "外贸进出口总额突破5000亿美元。"
    )
    got = periods(text, DocumentDate(2002))
    assert got["16371亿元"] == ("2001", "2001年 (earlier in the paragraph)")
    assert got["5000亿美元"] == (None, "")  # never into the next paragraph
    assert periods(text)["16371亿元"][0] == "2001"  # the text's own year, with or without a document date
    # A year relative to the speaker carries no further than its sentence (今年…。有关补助…: policy amounts).
    got = periods("标题\n今年所编列预算超过1,100亿元。有关托育补助，第一胎提高补助到1万3,000元。", DocumentDate(2024))
    assert got["1万3,000元"] == (None, "")
    # Another time named in between (a month: an event) stops it.
    got = periods("标题\n2022年销售额增长5%。去年7月，商圈入选名单。商圈面积1.5平方公里。", DocumentDate(2024))
    assert got["1.5平方公里"] == (None, "")


def test_a_deadline_ahead_is_a_span_from_now_and_a_level_by_then_keeps_its_year():
    text = "标题\n政府将在2028年前释出1万户社宅，并让覆盖率提高到30%。"
    got = periods(text, DocumentDate(2025, 9, 20))
    assert got["1万户"] == ("2025/2028", "2028年前")  # what is done by then: the years until then
    assert got["30%"] == ("2028", "2028年前")  # a level reached by then: the year itself
    assert periods(text)["1万户"] == ("Y/2028", "2028年前")  # from the document's year, whatever it is
    assert periods("标题\n政府在2020年之前投入50亿元。", DocumentDate(2024))["50亿元"] == ("2020", "2020年")  # past
    # 2003 report (unannotated): a deadline the sentence does not say is ahead is no span from an unknown year
    text = "标题\n对2000年底以前发布的756件行政法规进行全面清理，废止71件。"
    assert periods(text)["756件"][0] == periods(text, DocumentDate(2003))["756件"][0] == "2000"
    # releases (unannotated): 在2030年前達到GDP 5% is a level reached by then, dated or not
    for text in ("标题\n国防预算可望在2030年前达到GDP 5%。", "标题\n政府希望在2030年之前将国防预算提升到GDP的5%。"):
        assert periods(text, DocumentDate(2025, 10, 1))["5%"][0] == periods(text)["5%"][0] == "2030"


def test_a_time_that_closes_a_span_begun_with_from_is_that_span_not_its_end():
    text = (
        "标题\n從1998年都更條例立法以來，截至今年8月底，已經核定的都市更新案件有1,258件，"
        "而從2017年危老條例立法至今，已經核准的危老重建計畫有4,525件。"
    )
    got = periods(text, DocumentDate(2025, 9, 20))
    assert got["1,258件"] == ("1998/2025-08", "從1998年…今年8月底")
    assert got["4,525件"] == ("2017/2025-09", "從2017年…至今: document date 2025-09")
    undated = periods(text)
    assert undated["1,258件"][0] == "1998/Y-08" and undated["4,525件"][0] == "2017/Y-M"
    # a change's end (成長至2024年) closes no span: 從2016年的 is that change's base
    got = periods("标题\n臺灣GDP從2016年的17兆5千億元成長至2024年的25兆4千700億元。", DocumentDate(2025, 4, 1))
    assert got["17兆5千億元"][0] == "2016" and got["25兆4千700億元"] == ("2024", "2024年")


def test_times_in_a_list_hold_only_their_own_item_and_past_it_give_their_year():
    text = "标题\n今年第一季經濟成長率5.48%、第二季將近8%，贏過中國；股市來到歷史新高近2萬6千億元。"
    got = periods(text, DocumentDate(2025, 9, 22))
    assert got["5.48%"][0] == "2025-Q1" and got["將近8%"][0] == "2025-Q2"
    assert got["近2萬6千億元"] == ("2025", "第二季: its year (a list of times)")
    assert periods(text)["近2萬6千億元"][0] == "Y"
    # a quarter that is no list's item still carries through its sentence
    got = periods("标题\n2020年第二季度，国内生产总值增长3.2%；工业增加值增长4.4%。")
    assert got["4.4%"][0] == "2020-Q2"


def test_a_year_named_nearer_than_the_sentences_span_is_the_figures_own_under_a_total():
    got = periods(
        "标题\n“六五”期间的增加额大大超过“五五”时期，一九八五年预算外资金达到一千四百三十亿元，"
        "预算内和预算外两项资金合计比一九八○年增加了一倍。"
    )
    assert got["一倍"] == ("1985", "一九八五年")  # an average still runs between years: test_spans_are_ranges


def test_a_clause_that_opens_with_a_count_of_years_is_over_them_up_to_its_year():
    text = "标题\n１９９７年原煤年产量达到１３亿吨左右。大力发展电力工业，五年新增装机容量６５００万千瓦。"
    got = periods(text, DocumentDate(1993))
    assert got["１３亿吨左右"][0] == "1997"
    assert got["６５００万千瓦"] == ("1993/1997", "五年…１９９７年 (earlier in the paragraph)")
    # 五年来 and 年内 are no count of years over which the figure runs
    assert periods("标题\n2020年，五年来累计新增就业6000万人，年内新增1186万人。")["1186万人"][0] == "2020"


def test_a_time_after_the_figure_in_its_own_clause_is_its_time_not_an_earlier_clauses():
    text = "标题\n企業界去年平均調薪幅度高於前年，且有超過九成的企業計劃在今年加薪。"
    assert periods(text, DocumentDate(2025, 4, 1))["超過九成"] == ("2025", "今年")
    # past a 、 the time is another predicate's (规模大于去年: what this year's sum is compared with)
    got = periods("标题\n2021年，将2.8万亿元中央财政资金纳入直达机制、规模明显大于去年。", DocumentDate(2021))
    assert got["2.8万亿元"][0] == "2021"


def test_a_change_against_a_past_with_no_time_of_its_own_is_as_of_now():
    text = "标题\n在李前總統任內，臺灣解除戒嚴。國內生產毛額(GDP)較當時成長7倍，科技也更加先進。"
    assert periods(text, DocumentDate(2024, 6, 18))["7倍"] == ("2024-06", "較當時: document date 2024-06")
    assert periods(text)["7倍"][0] == "Y-M"
    # a year of its own decides: 2020年…比过去 is 2020's
    assert periods("标题\n2020年粮食产量比过去增长5%。")["5%"][0] == "2020"


def test_a_count_of_years_after_a_start_the_sentence_names_runs_forward_from_it():
    got = periods("标题\n从2021年开始，各地大修水利，三年新增灌溉面积五亿亩。")
    assert got["五亿亩"] == ("2021/2023", "从2021年…三年")
    # a start late in its year: the years counted are the ones after it
    got = periods("标题\n从一九五七年冬季开始，几千万人上阵，大修水利，两年共增加灌溉面积五亿五千万亩。")
    assert got["五亿五千万亩"][0] == "1957/1959"


def test_a_count_of_years_before_an_average_ends_at_the_last_year_named():
    # 1982 report (unannotated): 两年 are 1981 and 1982, not the years after the first named
    text = "标题\n农业总产值一九八一年比一九八○年增长百分之五点七，一九八二年预计比一九八一年增长百分之五，两年平均每年递增百分之五点三。"
    assert periods(text, DocumentDate(1982))["百分之五点三"][0] == "1981/1982"
    # 二十八年 is no 八年, 前三年 no count back from the sentence's year
    text = "标题\n一九八五年将比一九八○年增长百分之二十二，高于一九五三年至一九八○年二十八年平均每年递增百分之二点六的水平。"
    assert periods(text, DocumentDate(1982))["百分之二点六"][0] != "1978/1985"


def test_existing_is_no_word_of_now():
    # 1982 report (unannotated): 现有企业 are existing firms; 现有 before a number is now
    text = "标题\n第六个五年计划期间，用于现有企业设备更新、技术改造的资金为一千三百亿元。"
    assert periods(text, DocumentDate(1982))["一千三百亿元"][0] == "1981/1985"
    text = "标题\n城市接受义务教育问题初步解决，现有1260万农村户籍孩子在城市接受义务教育。"
    assert periods(text, DocumentDate(2013))["1260万"][0] == "2013"


def test_a_count_of_years_up_to_now_ends_at_the_year_the_text_is_about():
    # 1964 report (round 6, tuned on): the paragraph is about 1964, 四年以来 are 1961-1964
    text = "标题\n一九六四年，工业生产全面增长。四年以来，主要工业产品的品种大约增加了两万四千种。"
    got = periods(text, DocumentDate(1964))
    assert got["两万四千种"][0] == "1961/1964" and got["两万四千种"][1].startswith("四年以来…一九六四年")
    assert periods(text)["两万四千种"][0] == "1961/1964"  # the text's own year, without a document date too
    # 2006 report (unannotated): 两年来 in a review of 2005
    text = "标题\n2005年，教育事业加快发展。两年来新建、改建、扩建农村寄宿制学校2400多所。"
    assert periods(text, DocumentDate(2006))["2400多所"][0] == "2004/2005"


def test_what_builds_up_until_a_deadline_ahead_is_a_span_from_now():
    # 39243 (round 6, tuned on): 持續投入 until 2030; a level reached by then keeps the year
    text = "标题\n預計到2030年，政府將持續投入突破1兆元淨零轉型預算。"
    assert periods(text, DocumentDate(2025, 5, 20))["1兆元"] == ("2025/2030", "到2030年…持續投入")
    assert periods(text)["1兆元"][0] == "Y/2030"
    text = "标题\n到一九八五年，全国粮食产量计划达到三亿六千万吨。"
    assert periods(text, DocumentDate(1982))["三亿六千万吨"][0] == "1985"
    # 1955 report (unannotated): 共有 is a stock then, not a sum; a deadline passed is no span
    text = "标题\n到一九五七年，我国将共有高等学校二百○八所。"
    assert {period for period, _ in periods(text, DocumentDate(1955)).values()} == {"1957"}
    text = "标题\n到一九五九年底共推广了各种改良农具五亿二千多万件。"
    assert periods(text, DocumentDate(1960))["五亿二千多万件"][0] == "1959"


def test_a_rise_to_a_level_inside_a_span_is_the_spans_last_year():
    # 39479 (round 6, tuned on): 漲到 is a change reached, like 增加到
    text = "标题\n過去8年，臺灣年平均經濟成長率約3.2%，股市從8千多點漲到2萬3千多點。"
    assert periods(text, DocumentDate(2025, 9, 23))["2萬3千多點"][0] == "2024"


def test_a_sentences_day_dates_the_counts_of_its_event():
    # release 28398 (round 7, tuned on): the day of the ceremony, the day a poll was published
    got = periods(
        "標題\n蔡英文總統今（14）日上午頒授行政院政務委員林萬億等16人勳章，感謝執政團隊。", DocumentDate(2024, 5, 14)
    )
    assert got["16人"] == ("2024-05-14", "今（14）日 (the sentence's day)")
    got = periods(
        "標題\n林政委提到，昨日中華亞太菁英交流協會公布民調，長照滿意度88.4%、幼托為78.9%。", DocumentDate(2024, 5, 14)
    )
    assert got["88.4%"][0] == "2024-05-13" and got["78.9%"][0] == "2024-05-13"
    # …but not what someone said that day: it has its own time, or none
    got = periods("標題\n總統說，昨(12)日行政院卓榮泰院長提到，中小企業減除率均適用200%。", DocumentDate(2024, 5, 14))
    assert got["200%"] == (None, "")


def test_a_start_then_done_or_every_is_a_span_from_it():
    # releases 28673 and 39391 (round 7, tuned on)
    got = periods("標題\n從2020年開始，國人對健保的滿意度都超過9成。", DocumentDate(2024, 8, 22))
    assert got["超過9成"] == ("2020/2023", "2020年…都")  # every year since, up to the last whole one
    text = "標題\n並表示，去年開始推動的醫療院所淨零碳排計畫，已完成輔導40家醫療機構進行碳盤查；"
    assert periods(text, DocumentDate(2025, 8, 17))["40家"] == ("2024/2025-08", "去年…已")  # done since, up to now
    assert periods(text)["40家"][0] == "Y[-1]/Y-M"
    # release 39163 (round 1, tuned on; README: 自2021年以來，每年 is 2021/2024): every year since, to the last whole one
    text = "標題\n臺灣上市櫃公司自2021年以來，每年獲利3至4兆元，到2024年獲利達4兆500億元。"
    assert periods(text, DocumentDate(2025, 4, 1))["3至4兆元"] == ("2021/2024", "2021年…以来，每年")
    # a start with nothing done since it is the figure's own year, as far as the sentence says
    assert periods("標題\n從2022年開始，政府投入24億元經費補助大專院校。")["24億元"][0] == "2022"
    # 以来 says up to now by itself (the 2003 report): what was done since the year is the span from it
    text = "标题\n1998年以来，国有企业下岗职工达2700多万人，先后有1800多万人实现了再就业。"
    assert periods(text, DocumentDate(2003))["2700多万人"] == ("1998/2003", "1998年…以来")
    assert periods(text, DocumentDate(2003))["1800多万人"][0] == "1998/2003"
    assert periods(text)["2700多万人"][0] == "1998/Y-M"
    assert periods("標題\n自1987年以來，曾經8次訪臺。", DocumentDate(2024, 11, 1))["8次"][0] == "1987/2024-11"


def test_a_count_of_years_in_the_clause_is_the_span_the_figure_is_over():
    # 2008 report (unannotated): 中央财政五年支出 in a review of 2007
    text = "标题\n2007年在全国农村全面建立最低生活保障制度。抗灾救灾工作全面加强，中央财政五年支出551亿元。"
    assert periods(text, DocumentDate(2008))["551亿元"][0] == "2003/2007"
    # 2003 report (unannotated): counted forward from the year the sentence starts from
    text = "标题\n从1998年起，中央财政支出中教育经费所占比例每年提高一个百分点，仅此一项五年增加489亿元。"
    assert periods(text, DocumentDate(2003))["489亿元"][0] == "1998/2002"
    # 1982 report (unannotated): a plan section opened by its plan; 五年投资 in a later paragraph is its five years
    text = (
        "二、关于基本建设的规模\n第六个五年计划期间，全国基本建设投资总额计划安排二千三百亿元。\n"
        "煤炭工业建设，五年投资一百七十九亿元，重点用于开发山西煤田。五年内新建大型矿井二十八个。"
    )
    got = periods(text, DocumentDate(1982))
    assert got["一百七十九亿元"] == ("1981/1985", "五年…第六个五年计划")
    assert got["二十八个"][0] == "1981/1985"
    # 五年计划 and 五年级 are names, not counts
    assert periods("标题\n第一个五年计划的投资为四百亿元。")["四百亿元"][0] == "1953/1957"


def test_a_numbered_heading_stands_under_the_nearest_heading_numbered_in_an_earlier_kind():
    # 1958 report (round 9, tuned on): 第二、关于工业生产 stands under （三）一九五八年…的安排, 第一、 beside it
    text = (
        "标题\n（二）争取国民经济的新跃进\n我们在这一年要做的工作很多。\n"
        "（三）一九五八年国民经济各部门发展计划的安排\n计划草案对国民经济各部门发展的安排，主要如下。\n"
        "第一、关于基本建设\n在投资的分配上，增加了农业部门的投资。\n"
        "第二、关于工业生产\n钢产量拟定为六百二十四万八千吨，将比一九五七年增长百分之十九点二。\n"
        "（四）厉行节约，反对浪费\n节约了三百亿元。"
    )
    for document in (DocumentDate(1958), None):
        got = periods(text, document)
        assert got["六百二十四万八千吨"] == ("1958", "一九五八年 (heading)")
        assert got["百分之十九点二"][0] == "1958"
        assert got["三百亿元"][0] is None  # （四） is a sibling of （三）, not under it
