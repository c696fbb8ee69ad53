"""A measure found the way people ask for it (issue 19.5): spacing and script, English, learned synonyms."""

from __future__ import annotations

import pytest

from desktop.core.library import Library, add_source
from desktop.core.library.compare import compare
from desktop.core.library.measures import resolve, suggestions, synonyms


@pytest.fixture(scope="module")
def reports(recent_reports):
    with Library(recent_reports) as lib:
        yield lib


def _years(series, role="target"):
    return {y.year: getattr(y, role).value for y in series.years() if getattr(y, role) is not None}


def test_spacing_and_script_do_not_matter(reports):
    """By hand: 居民消费价格涨幅 is stored both as one word and as 居民消费价格 涨幅 (issue 19: 15 vs 20)."""
    forms = ("居民消费价格涨幅", "居民消费价格 涨幅", "居民消費價格 漲幅", "居民消費價格漲幅")
    series = [compare(reports, q) for q in forms]
    assert all(s.rows == series[0].rows for s in series)
    assert len(_years(series[0])) >= 20
    assert compare(reports, "国内生产总值增长").rows == compare(reports, "国内生产总值 增长").rows


def test_english_queries_find_the_measures(reports):
    gdp = compare(reports, "GDP growth target")
    assert gdp.rows and {r.role for r in gdp.rows} == {"target"}
    assert _years(gdp)[2025] == 5 and _years(gdp)[2012] == 7.5 and _years(gdp)[2003] == 7
    assert compare(reports, "CPI").rows == compare(reports, "居民消费价格 涨幅").rows
    assert compare(reports, "deficit ratio").rows == compare(reports, "赤字率").rows
    assert compare(reports, "new urban jobs").rows == compare(reports, "城镇新增就业").rows
    outcomes = compare(reports, "GDP growth outcome")
    assert {r.role for r in outcomes.rows} == {"result"} and _years(outcomes, "result")[2020] == 2.3


def test_either_wording_of_new_urban_jobs_finds_2004s_target(reports):
    """2004 wrote 新增城镇就业900万人 (the extractor labels it 城镇就业); later reports 城镇新增就业."""
    for query in ("新增城镇就业", "城镇新增就业"):
        targets = _years(compare(reports, query))
        assert targets[2004] == 9_000_000 and targets[2025] == 12_000_000


def test_a_chinese_query_ending_in_target_keeps_targets(reports):
    meaning = resolve(reports, "国内生产总值增长目标")
    assert meaning.roles == ("target",) and "国内生产总值 增长" in meaning.alternatives


def test_english_through_cc_cedict_when_no_label_english_says_it(reports, glossary):
    meaning = resolve(reports, "foreign exchange reserves", glossary)
    assert meaning.how == ["CC-CEDICT"] and meaning.alternatives
    assert all("外汇储备" in label for label in meaning.alternatives)
    assert resolve(reports, "zzzz qqqq", glossary).alternatives == []


def test_suggestions_are_the_librarys_labels_with_their_counts(reports):
    found = suggestions(reports, "消费价格")
    assert found and all("消费价格" in label for label, _ in found)
    counts = [n for _, n in found]
    assert counts == sorted(counts, reverse=True) and counts[0] > 5
    assert suggestions(reports, "消費價格") == found  # script-blind
    assert ("gdp growth", 0) in suggestions(reports, "GDP")


def test_synonyms_are_learned_from_labels_that_state_the_same_values(tmp_path):
    """Two wordings of one measure that state the same value for the same year in two reports are
    learned as one; a label that agrees once only, or shares no word, is not."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for year, value in ((2021, "6.1"), (2022, "4.4"), (2023, "3.7")):
        (folder / f"{year}.txt").write_text(
            f"{year}年工作报告\n\n一、回顾\n{year}年，社会消费品零售总额增长{value}%。\n"
            f"{year}年，消费品零售额增长{value}%。\n{year}年，城市污水处理率{value}%。\n",
            encoding="utf-8",
        )
    db = tmp_path / "lib.sqlite"
    add_source(db, folder, names=False)
    with Library(db) as lib:
        labels = {f.fact.label for f in lib.facts(kinds=["percent"])}
        seed = next(label for label in labels if label.startswith("社会消费品零售总额"))
        learned = synonyms(lib, [seed], "percent")
        assert any(label.startswith("消费品零售额") for label in learned), (labels, learned)
        assert not any("污水" in label for label in learned)
