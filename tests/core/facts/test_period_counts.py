"""Counts of years (issue 19.2): a sentence that opens with 四年来, 两年中, 五年间 is over those years."""

from desktop.core.facts.dates import DocumentDate
from fact_readouts import periods


def test_a_sentence_opening_with_a_count_of_years_back_is_over_them():
    text = "标题\n四年来，同我国建交的国家，已经由二十个增加到三十三个。"
    got = periods(text, DocumentDate(1959))
    assert got["三十三个"][0] == "1958"  # what the change reached: the span's end
    assert got["二十个"][0] == "1954"  # its base: the year before the span
    assert periods(text)["二十个"][0] == "Y[-5]"  # undated: relative, not guessed
    got = periods("标题\n两年中新建铁路铺轨一千四百多公里，新建公路六千六百多公里。", DocumentDate(1955))
    assert got["一千四百多公里"] == ("1953/1954", "两年中…document date 1955")
    assert got["六千六百多公里"][0] == "1953/1954"
    assert periods("标题\n七年来我国派遣了七千多人出国留学。")["七千多人"][0] == "Y[-7]/Y[-1]"


def test_the_count_ends_at_the_year_its_paragraph_gives_and_yields_to_a_year_the_sentence_names():
    text = "标题\n１９９２年国内生产总值增长１２％。五年间，进出口总额增长１倍，１９９２年达到１６５６亿美元。"
    got = periods(text, DocumentDate(1993))
    assert got["１倍"][0] == "1988/1992"
    assert got["１６５６亿美元"][0] == "1992"  # named after the count: the sentence's own year
    # 五年中央财政支出551亿元 (five years, then the central government's): over the five years as well
    assert periods("标题\n五年中央财政支出551亿元。", DocumentDate(2008))["551亿元"][0] == "2003/2007"


def test_so_much_a_year_since_a_start_up_to_now_has_no_period():
    # README round 3's 39579 (tuned on): 每年大概奪走5萬多條 is a yearly rate, not the span's (null in the gold)
    text = "标题\n並指出，從民國74年迄今，癌症一直都是臺灣十大死因之首，每年大概奪走5萬多條寶貴生命。"
    assert periods(text, DocumentDate(2025, 10, 1))["5萬多條"][0] is None
    # an average over the span keeps it
    text = "标题\n從2016年至今，長照據點由3,157家成長到1萬5千多家，每年平均增加1,000家。"
    assert periods(text, DocumentDate(2025, 4, 1))["1,000家"][0] == "2016/2025-04"


def test_a_count_of_years_after_a_start_named_by_qi_runs_forward():
    # 28181: the first phase began in 2018 and ran three years (the second is 2021年至2023年)
    got = periods("标题\n2018年起推出「強化社會安全網第一期計畫」，3年投入近70億元。", DocumentDate(2024, 2, 6))
    assert got["近70億元"][0] == "2018/2020"
    got = periods(
        "标题\n从一九五七年冬季开始，几千万人上阵，大修水利，两年共增加灌溉面积五亿五千万亩。", DocumentDate(1960)
    )
    assert got["五亿五千万亩"][0] == "1957/1959"


def test_a_count_of_years_with_a_total_holds_the_figures_after_it():
    # 2011 report: 五年累计 sums 2006-2010, its list after the comma (and after ；) too, not 2010 alone
    text = "标题\n2010年，经济平稳较快发展。五年累计，共淘汰落后炼铁产能1.17亿吨、炼钢产能7800万吨、水泥产能7.75亿吨。"
    got = periods(text, DocumentDate(2011))
    assert {t: p for t, (p, _) in got.items()} == {
        "1.17亿吨": "2006/2010",
        "7800万吨": "2006/2010",
        "7.75亿吨": "2006/2010",
    }


def test_from_a_year_to_now_is_a_span():
    # 28370 (round 8, tuned on): 從2020年到現在 closes at the release's month, as 至今 does (round 4)
    text = (
        "标题\n政府也持續撥補挹注勞保基金，從2020年到現在，加上疫後特別條例，一共撥補2,670億元，確保勞保繼續穩健運作。"
    )
    assert periods(text, DocumentDate(2024, 4, 30))["2,670億元"][0] == "2020/2024-04"


def test_the_past_year_under_a_heading_that_reviews_a_named_year_is_that_year():
    # the 2007 report, no document date: 一年来 opens the section under 一、2006年工作回顾, so 全年 and what its
    # list of work items did are 2006's (the text states it), as a figure with no time word there is; they were
    # Y[-1] (全年 took 一年来 as its topic). 上年 is 2005.
    text = (
        "标题\n一、2006年工作回顾\n过去的一年，国民经济和社会发展取得重大成就。\n一年来的主要工作是：\n"
        "（一）加强和改善宏观调控。加强货币信贷管理，两次上调人民币贷款基准利率，三次上调金融机构存款准备金率。\n"
        "（二）加大“三农”工作力度。全年中央财政用于“三农”支出3397亿元，比上年增加422亿元。\n"
        "二、2007年工作总体部署\n今年是本届政府任期的最后一年。"
    )
    got = {t: p for t, (p, _) in periods(text).items()}
    assert got == {"两次": "2006", "三次": "2006", "3397亿元": "2006", "422亿元": "2006"}
    # in the figure's own sentence the past year stays relative, as 去年 does (README round 6)
    text = text.replace("过去的一年，国民经济", "过去一年，国内生产总值增长10.7%，国民经济")
    assert periods(text)["10.7%"][0] == "Y[-1]"


def test_shang_closing_a_word_before_nian_is_no_last_year():
    # the 1981 report: 世界上 + 年产石油, not 上年 (the world's producers were read as 1980's)
    got = periods("标题\n世界上年产石油一亿吨以上的国家不到十个，我国是其中的一个。", DocumentDate(1981))
    assert got["一亿吨以上"] == (None, "")


def test_a_month_alone_under_a_heading_that_reviews_a_year_is_of_that_year():
    # the 2009 report: 9月份 in the review of 2008 is 2008's September, not the report's year; the 全年 after it
    # was 2009 (the month was its topic)
    text = (
        "标题\n一、2008年工作回顾\n9月份后，国际经济形势急转直下，对我国的不利影响明显加重。\n"
        "毫不放松地加强“三农”工作。全年中央财政用于“三农”的投入5955亿元，比上年增加1637亿元。"
    )
    got = periods(text, DocumentDate(2009))
    assert got["5955亿元"][0] == "2008"
    assert got["1637亿元"][0] == "2008"


def test_an_events_full_date_in_a_release_is_no_dateline():
    # 39464, no document date: 1999年9月21日 is the earthquake's day, not the release's, so 今年 stays Y (it was 1999)
    text = (
        "标题\n賴清德總統今（19）日上午前往宜蘭視導「114年國家防災日－大規模震災動員演練」。\n"
        "並表示，臺灣幾乎每年都會碰到數次颱風，最嚴重的是1999年9月21日中部大地震造成重大傷亡。\n"
        "總統也提到，今年丹娜斯颱風來襲，造成斷水、斷電及通訊中斷，3項公共服務中，自來水首先恢復供應。"
    )
    assert periods(text)["3項"][0] == "Y"


def test_a_written_year_carries_no_further_than_a_day_named_after_it():
    # 39173: the year of an earlier visit does not date the programme set up today (a sentence of its own: null)
    text = (
        "标题\n總統接著說，崑山科大是臺灣產業大學的領航者，2023年他到該校見證電動車領域產學合作成果，"
        "今天更見證成立「電動車晶片模組暨充電樁研發製造人才培育基地」。此項計畫由教育部補助七成、崑山科大出資三成，"
        "總計投入超過1億元。"
    )
    got = periods(text, DocumentDate(2025, 4, 22))
    assert {t: p for t, (p, _) in got.items()} == {"七成": None, "三成": None, "超過1億元": None}


def test_a_multiples_base_dates_nothing_after_it_and_five_years_within_count_up_to_the_year_given():
    # 2003 report (unannotated): 1997 is what 2.3倍 is of, not the time of the clauses after it
    text = (
        "标题\n高考录取率从36%提高到59%；2002年高等学校在校生1600万人，是1997年的2.3倍；"
        "五年内全国本专科毕业生1300万人，毕业研究生31万人。"
    )
    for document in (DocumentDate(2003), None):
        got = periods(text, document)
        assert got["2.3倍"][0] == "2002" and got["1300万人"] == ("1998/2002", "五年内…2002年")
    # 1982 report (unannotated): the sixth plan's five years up to 1985
    text = "标题\n一九八五年招收研究生二万人，比一九八○年增长四点五倍，五年内毕业研究生四万五千人。"
    assert periods(text, DocumentDate(1982))["四万五千人"][0] == periods(text)["四万五千人"][0] == "1981/1985"
    # a release (unannotated): what grew from 2016 to last year is last year's
    text = "标题\n截至去年底，再生能源的整体装置容量已经是2016年的3.8倍，风力及太阳能发电量更成长超过7倍。"
    assert periods(text, DocumentDate(2024, 2, 27))["超过7倍"][0] == "2023"
    # 今年…，五年内 may be the years ahead: left alone
    assert periods("标题\n今年开工建设，五年内建成住房100万套。", DocumentDate(2024))["100万套"][0] == "2024"


def test_a_count_of_years_holds_the_later_clauses_of_its_sentence_part():
    # 2003 report (unannotated): the graduates after the comma are the same five years'
    text = (
        "标题\n2002年高等学校在校生1600万人，是1997年的2.3倍；"
        "五年内全国本专科毕业生1300万人，毕业研究生31万人。高校后勤社会化改革取得重要进展。"
    )
    for document in (DocumentDate(2003), None):
        assert periods(text, document)["31万人"] == ("1998/2002", "五年内…2002年")
    # 1998 report (unannotated): what the five years added, clause after clause; a level reached stays the year's
    text = (
        "标题\n1997年国内生产总值达到74772亿元。运输邮电业迅速发展，五年铁路正线铺轨总里程11344公里，"
        "高速公路增加4083公里，电话交换机总容量达到1.1亿门。"
    )
    got = periods(text, DocumentDate(1998))
    assert got["4083公里"][0] == "1993/1997"
    assert got["1.1亿门"][0] == "1997"
    # a later clause that names its own time keeps it
    text = "标题\n2002年高校在校生1600万人；五年内毕业生1300万人，2002年毕业研究生8万人。"
    assert periods(text, DocumentDate(2003))["8万人"][0] == "2002"


def test_plain_paragraphs_between_list_items_take_the_count_of_years_its_introduction_opens_with():
    # the 2023 report (round 10, tuned on): under 一、过去一年和五年工作回顾, 五年来，…以下工作。 introduces items
    # (（一）…, （二）…) whose plain paragraphs review the five years, not the heading's past year
    text = (
        "政府工作报告\n一、过去一年和五年工作回顾\n过去一年，我国经济发展遇到多重冲击。全年国内生产总值增长3%。\n"
        "各位代表！\n五年来，我们深入贯彻党中央决策部署，主要做了以下工作。\n"
        "（一）创新宏观调控，保持经济运行在合理区间。\n"
        "强化就业优先政策导向。将养老保险单位缴费比例从20%降至16%。"
        "实施高职扩招和职业技能提升三年行动，累计扩招413万人、培训8300多万人次。\n"
        "（二）如期打赢脱贫攻坚战。\n"
        "各位代表！\n"
    )
    got = periods(text, DocumentDate(2023))
    assert got["413万人"] == ("2018/2022", "五年来 (the list's introduction)")
    assert got["8300多万人次"][0] == "2018/2022"
    assert got["20%"][0] == "2017"  # a from-value: the year before the five years
    assert got["3%"][0] == "2022"  # the past year, before the address and the list
    assert periods(text)["413万人"][0] == "Y[-5]/Y[-1]"
    # after the last item the list may have ended (39552: 第三，…。/…APEC…占全球貿易的61%): nothing from it
    last = text.replace("（二）如期打赢脱贫攻坚战。\n", "")
    assert periods(last, DocumentDate(2023))["413万人"][0] != "2018/2022"
    # no item follows the introduction: no list
    text = text.replace("（一）创新宏观调控", "创新宏观调控").replace("（二）如期", "如期")
    assert periods(text, DocumentDate(2023))["413万人"][0] != "2018/2022"
