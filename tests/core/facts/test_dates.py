"""Dates: the reference-year rule, relative years, periods and durations."""
from desktop.core.builder import build_article
from desktop.core.facts import extract_facts


def _dates(text, **kw):
    return [(f.text, f.value) for f in extract_facts(build_article(text), names=False, **kw) if f.kind == "date"]


def test_targets_and_future_years_do_not_set_the_reference_year():
    text = "标题\n2023年经济回升。到2035年基本实现现代化。今年一季度增长5%，去年12月出口回升。"
    assert _dates(text) == [("2023年", "2023"), ("2035年", "2035"), ("今年一季度", "2023-Q1"), ("去年12月", "2022-12")]


def test_the_callers_year_wins_and_unknown_years_stay_unresolved():
    assert _dates("标题\n今年前三季度增长5%。", year=2024) == [("今年前三季度", "2024-01/2024-09")]
    assert _dates("标题\n8月30日上午召开大会。") == [("8月30日", None)]


def test_durations_are_quantities_not_dates():
    facts = extract_facts(build_article("标题\n连续951天保持零发生，仅用6小时，连续1个月上门服务。"), names=False)
    assert [(f.kind, f.text, f.unit) for f in facts] == [
        ("quantity", "951天", "天"), ("quantity", "6小时", "小时"), ("quantity", "1个月", "个月")]
