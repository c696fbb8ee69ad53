"""Compare across documents, checked by hand against the government work reports.

The GDP growth targets below were read in the report texts themselves (the
sentence "今年……主要预期目标是：国内生产总值增长…"): 2020 set none; 2019 and
2016 gave ranges; 2021 a floor (以上); 2012 a bare figure; 1994 was 计划.
"""

from __future__ import annotations

import pytest

from desktop.core.library import Library
from desktop.core.library.compare import compare

#: year -> (value, high, qualifier) of the stated GDP growth target, by hand.
GDP_TARGETS = {
    "1994": (9, None, None),
    "2005": (8, None, "≈"),
    "2006": (8, None, "≈"),
    "2007": (8, None, "≈"),
    "2008": (8, None, "≈"),
    "2009": (8, None, "≈"),
    "2010": (8, None, "≈"),
    "2011": (8, None, "≈"),
    "2012": (7.5, None, None),
    "2013": (7.5, None, "≈"),
    "2014": (7.5, None, "≈"),
    "2015": (7, None, "≈"),
    "2016": (6.5, 7, None),
    "2017": (6.5, None, "≈"),
    "2018": (6.5, None, "≈"),
    "2019": (6, 6.5, None),
    "2021": (6, None, ">="),
    "2022": (5.5, None, "≈"),
    "2023": (5, None, "≈"),
    "2024": (5, None, "≈"),
    "2025": (5, None, "≈"),
}
#: year -> last year's growth as the report states it (a result, not a target), by hand.
GDP_RESULTS = {
    "2025": 5,
    "2024": 5.2,
    "2023": 3,
    "2022": 8.1,
    "2021": 2.3,
    "2019": 6.6,
    "2018": 6.9,
    "2016": 6.9,
    "2015": 7.4,
    "2014": 7.7,
    "2013": 7.8,
    "2012": 9.2,
    "2010": 8.7,
}


@pytest.fixture(scope="module")
def reports(recent_reports):
    with Library(recent_reports) as lib:
        yield lib


def test_gdp_growth_targets_of_every_report_that_states_one(reports):
    series = compare(reports, "国内生产总值 增长")
    assert series.kind == "percent" and series.unit == "%" and series.is_rate
    targets = {r.date: (r.value, r.high, r.qualifier) for r in series.rows if r.role == "target"}
    assert targets == GDP_TARGETS
    marked = {r.date: r.marker for r in series.rows if r.role == "target"}
    assert marked["2025"] == "预期目标 左右" and marked["2021"] == "预期目标 以上" and marked["1994"] == "计划"
    assert "2020" not in targets


def test_results_beside_targets_skip_figures_over_several_years(reports):
    series = compare(reports, "国内生产总值 增长")
    results = {r.date: r.value for r in series.rows if r.role == "result"}
    assert {y: results.get(y) for y in GDP_RESULTS} == GDP_RESULTS
    # 2008 states 比2002年增长65.5% and 年均增长10.6%: neither is 2007's growth.
    assert results.get("2008") is None
    dates = [r.date for r in series.rows]
    assert dates == sorted(dates)
    for row in series.rows:
        assert reports.text(row.doc_id)[row.start : row.end] == row.text and row.text in row.sentence


def test_a_label_in_traditional_script_and_a_picked_fact_give_the_same_series(reports):
    from desktop.core.library.compare import compare_fact

    simplified = compare(reports, "国内生产总值 增长")
    traditional = compare(reports, "國內生產總值 增長")
    assert simplified.rows == traditional.rows
    picked = next(f for f in reports.facts(label="国内生产总值 增长", kinds=["percent"]))
    assert compare_fact(reports, picked).rows == compare(reports, picked.fact.label, kind="percent").rows


def test_amounts_are_not_rates_and_alternatives_widen_the_series(reports):
    amounts = compare(reports, "国内生产总值", kind="money")
    assert amounts.unit == "CNY" and not amounts.is_rate and len(amounts.rows) > 5
    gdp = {r.doc_id for r in compare(reports, "国内生产总值 增长").rows}
    gnp = {r.doc_id for r in compare(reports, "国民生产总值 增长").rows}  # the measure before 1994
    assert gnp - gdp
    assert {r.doc_id for r in compare(reports, "国内生产总值 增长 | 国民生产总值 增长").rows} == gdp | gnp
    assert compare(reports, "不存在的指标").rows == []


def test_traditional_releases_compare_by_the_clause_when_no_label_says_it(tw_library):
    """By hand from the releases of 2024-01-01 (今年度的國防總預算將達到史上新高的6,007億) and
    2024-01-30 (今年度的國防總預算達到歷史新高6,007億): the extractor labels neither figure 國防預算."""
    with Library(tw_library) as lib:
        for label in ("國防 預算", "国防 预算"):
            series = compare(lib, label, kind="money")
            assert series.unit == "TWD" and not series.is_rate
            rows = [(r.date, r.role, r.value, r.marker, r.text) for r in series.rows]
            assert ("2024-01-01", "target", 600700000000.0, "將達", "6,007億") in rows
            assert ("2024-01-30", "result", 600700000000.0, "", "6,007億") in rows


def test_results_carry_the_period_they_are_about(reports):
    """The 2025 report states 2024's growth (5%), the 2024 report 2023's (5.2%): by hand."""
    series = compare(reports, "国内生产总值 增长")
    periods = {r.date: r.period for r in series.rows if r.role == "result"}
    assert periods["2025"] == "2024" and periods["2024"] == "2023"
