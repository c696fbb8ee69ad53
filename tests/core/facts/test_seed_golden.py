"""Golden facts of the bundled seed article, written by hand from the article text.

Each row: text as written, kind, value, unit, qualifier, and a word the label
must contain (what the figure measures).
"""

import pytest

ONE_THIRD = pytest.approx(0.3333, abs=1e-4)

FIGURES = [
    ("10名", "quantity", 10, "名", None, "个人"),
    ("5个", "quantity", 5, "个", None, "集体"),
    ("超50万", "quantity", 500000, None, ">", "日均人流量"),
    ("320个", "quantity", 320, "个", None, "品牌"),
    ("超过2万家", "quantity", 20000, "家", ">", "商户"),
    ("63个", "quantity", 63, "个", None, "首店"),
    ("1/3", "ratio", ONE_THIRD, None, None, "增量"),
    ("20个", "quantity", 20, "个", None, "品牌"),
    ("207个", "quantity", 207, "个", None, "店"),
    ("35名", "quantity", 35, "名", None, "职工"),
    ("28个", "quantity", 28, "个", None, "项目"),
    ("超100亿元", "money", 10_000_000_000, "CNY", ">", "投资总额"),
    ("3580家", "quantity", 3580, "家", None, "企业"),
    ("7018家", "quantity", 7018, "家", None, "个体户"),
    ("475户", "quantity", 475, "户", None, "市场主体"),
    ("331户", "quantity", 331, "户", None, "授信"),
    ("2.47亿元", "money", 247_000_000, "CNY", None, "贷款"),
    ("6小时", "quantity", 6, "小时", None, ""),
    ("1.5平方公里", "quantity", 1.5, "平方公里", None, "面积"),
    ("7%左右", "percent", 7, "%", "≈", "销售总额"),
    ("5个", "quantity", 5, "个", None, "方面"),
    ("10项", "quantity", 10, "项", None, "措施"),
    ("10余万字", "quantity", 100000, "字", "+", "文献"),
    ("超20万人次", "quantity", 200000, "人次", ">", "客流"),
    ("900多个", "quantity", 900, "个", "+", "日夜"),
    ("20分钟内", "quantity", 20, "分钟", "<=", ""),
    ("951天", "quantity", 951, "天", None, ""),
    ("545.3亿元", "money", 54_530_000_000, "CNY", None, "社零总额"),
    ("2845.9亿元", "money", 284_590_000_000, "CNY", None, "销售总额"),
    ("300.9亿元", "money", 30_090_000_000, "CNY", None, "社零总额"),
    ("8.6%", "percent", 8.6, "%", None, "社零总额 同比增长"),
    ("1627.8亿元", "money", 162_780_000_000, "CNY", None, "销售总额"),
    ("13.8%", "percent", 13.8, "%", None, "销售总额 同比增长"),
    ("第一", "rank", 1, None, None, ""),
]

DATES = [
    ("8月30日", "2022-08-30"),
    ("去年", "2021"),
    ("2022年上半年", "2022-H1"),
    ("去年7月", "2021-07"),
    ("8月31日", "2022-08-31"),
    ("2021年", "2021"),
    ("今年上半年", "2022-H1"),
]
PEOPLE = {"吴嘉雯", "黄丽丽", "谢佳", "洪宁"}
ORGANISATIONS = {"江北区观音桥商圈管理办公室", "华龙网", "观音桥建行", "国务院", "商圈党工委", "商圈办"}
PLACES = {"重庆", "北京", "江北区", "西南"}
TERMS = {"“人民满意的公务员集体”", "“店小二”", "“1+4+N”", "“四首经济”"}
#: 1个月 (连续1个月上门服务) is how long the service went on: a duration, no figure (tests/facts_dev/README.md,
#: "What counts as a figure": durations such as 1個月, 連續4年 are not figures).
NOT_FIGURES = ["4", "68", "3788", "80", "90", "1+4+N", "1+3+4", "1个月"]


def _numeric(facts):
    return [f for f in facts if f.kind not in ("date", "person", "organization", "place", "term")]


def test_every_figure_in_reading_order(seed_facts):
    got = _numeric(seed_facts)
    assert [f.text for f in got] == [row[0] for row in FIGURES]
    for fact, (text, kind, value, unit, qualifier, label) in zip(got, FIGURES):
        assert (fact.kind, fact.value, fact.qualifier) == (kind, value, qualifier), text
        if unit is not None:
            assert fact.unit == unit, text
        assert label in fact.label, (text, fact.label)


def test_change_labels_name_the_measure_and_the_change(seed_facts):
    growth = [f for f in seed_facts if f.text == "8.6%"][0]
    assert growth.label == "社零总额 同比增长"
    assert growth.english == "retail sales of consumer goods, year-on-year growth"


def test_dates_resolve_against_the_articles_own_year(seed_facts):
    got = [(f.text, f.value) for f in seed_facts if f.kind == "date"]
    assert got == DATES


def test_without_its_date_the_seeds_relative_dates_say_so(seed_article):
    from desktop.core.facts import extract_facts

    got = dict((f.text, f.value) for f in extract_facts(seed_article, names=False, labels=False) if f.kind == "date")
    assert got["去年"] == "Y[-1]" and got["今年上半年"] == "Y-H1" and got["去年7月"] == "Y[-1]-07"
    assert got["2021年"] == "2021" and got["8月30日"] == "Y-08-30"


def test_figures_carry_their_period_and_subject(seed_facts):
    by_text = {f.text: f for f in seed_facts}
    assert (by_text["545.3亿元"].period, by_text["545.3亿元"].subject) == ("2021", "观音桥商圈")
    assert by_text["300.9亿元"].period == "2022-H1"
    assert by_text["63个"].period == "2021"  # 去年引进“首店”63个
    # 商圈办就携手观音桥建行累计服务市场主体475户: the bank is the partner, the office acts (issue 19.7)
    assert by_text["475户"].subject == "商圈办"


def test_people_organisations_places_and_terms(seed_facts):
    def kind(k):
        return {f.text for f in seed_facts if f.kind == k}

    assert kind("person") == PEOPLE
    assert ORGANISATIONS <= kind("organization")
    assert PLACES <= kind("place")
    assert TERMS <= kind("term")
    roles = {f.text: f.label for f in seed_facts if f.kind == "person"}
    assert roles["吴嘉雯"] == "通讯员" and roles["洪宁"] == "工作人员"


def test_names_and_grades_are_not_figures(seed_facts):
    numeric_texts = {f.text for f in _numeric(seed_facts)}
    for text in NOT_FIGURES:
        assert text not in numeric_texts


def test_every_span_and_sentence_points_back_into_the_article(seed_article, seed_facts):
    text = seed_article.text
    assert [f.start for f in seed_facts] == sorted(f.start for f in seed_facts)
    for f in seed_facts:
        assert text[f.start : f.end] == f.text
        assert f.text in f.sentence
        if f.sentence_index >= 0:
            s = seed_article.sentences[f.sentence_index]
            assert text[s.start : s.end] == f.sentence
        if f.section_index >= 0:
            assert seed_article.sections[f.section_index].title == f.section


def test_section_titles_are_reported(seed_facts):
    fact = [f for f in seed_facts if f.text == "545.3亿元"][0]
    assert fact.section == "初心如磐 筑牢战疫抗疫的“保障线”"


def test_names_can_be_skipped(seed_article):
    from desktop.core.facts import extract_facts

    facts = extract_facts(seed_article, names=False)
    assert not {f.kind for f in facts} & {"person", "organization", "place", "term"}
    assert len(_numeric(facts)) == len(FIGURES)


def test_english_callable_wins_over_the_builtin_table(seed_article):
    from desktop.core.facts import extract_facts

    facts = extract_facts(
        seed_article, names=False, english=lambda label: "GLOSS:" + label if label == "贷款" else None
    )
    loan = [f for f in facts if f.text == "2.47亿元"][0]
    assert loan.english == "GLOSS:贷款"
    assert [f for f in facts if f.text == "545.3亿元"][0].english == "retail sales of consumer goods"


def test_progress_is_reported_and_cancel_stops_early(seed_article):
    from desktop.core.facts import extract_facts

    calls = []
    extract_facts(seed_article, progress=lambda done, total: calls.append((done, total)))
    assert calls and calls[-1][0] == calls[-1][1] > 0
    assert extract_facts(seed_article, cancelled=lambda: True) == []
