"""One bad fact never loses a document (issue 19.1): the dateline crash, the guards, the corpus sweep."""

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.ingest.builder import build_article
from desktop.core.facts import extract_facts
from desktop.core.facts.dates import DocumentDate

XINHUA = "新华社北京5月28日电 全国政协副主席陈俊生今天在人民大会堂会见了日本客人。"
#: The date notation of core/facts/dates.py (absolute, relative to the document's year/month/day, spans).
_PART = r"(?:\d{4}|Y(?:\[[+-]\d+\])?)(?:s|-H[12]|-Q[1-4]|-(?:\d\d|M(?:\[[+-]\d+\])?)(?:-(?:\d\d|D(?:\[[+-]\d+\])?))?)?"
PERIOD = re.compile(rf"{_PART}(?:/{_PART})?")


def test_a_dateline_without_a_year_and_today_is_read_not_a_crash():
    losses = []
    facts = extract_facts(build_article(XINHUA), names=False, labels=False, losses=losses)
    assert losses == []
    dates = {f.text: f.value for f in facts if f.kind == "date"}
    assert dates == {"5月28日": "Y-05-28", "今天": "Y-05-28"}  # the day is known, the year is not


def test_yesterday_across_a_year_end_and_across_february_without_a_year():
    facts = extract_facts(build_article("新华社北京1月1日电 昨天，会议召开。"), names=False, labels=False)
    assert [f.value for f in facts if f.text == "昨天"] == ["Y[-1]-12-31"]
    facts = extract_facts(build_article("新华社北京3月1日电 昨天，会议召开。"), names=False, labels=False)
    assert [f.value for f in facts if f.text == "昨天"] == ["Y-M-D[-1]"]  # 28 or 29 February: the year decides
    facts = extract_facts(
        build_article("新华社北京3月1日电 昨天，会议召开。"),
        names=False,
        labels=False,
        document=DocumentDate(2024, 3, 1),
    )
    assert [f.value for f in facts if f.text == "昨天"] == ["2024-02-29"]


def test_a_failing_recogniser_loses_only_its_figure(monkeypatch):
    from desktop.core.facts import figure_readers, figures

    real = figure_readers.currency_after

    def broken(n):
        if n.value == 3e8:
            raise ZeroDivisionError("boom")
        return real(n)

    monkeypatch.setattr(figures, "_RECOGNISERS", tuple(broken if r is real else r for r in figures._RECOGNISERS))
    losses = []
    facts = extract_facts(build_article("收入5亿元，支出3亿元，增长7%。"), names=False, labels=False, losses=losses)
    assert [f.text for f in facts] == ["5亿元", "7%"]
    assert [(lost.stage, lost.text) for lost in losses] == [("figure", "3亿")]
    assert "ZeroDivisionError: boom" in losses[0].error


def test_a_failing_period_or_label_keeps_the_figure(monkeypatch):
    from desktop.core.facts import periods

    def broken(self, *args, **kwargs):
        raise RuntimeError("no period today")

    monkeypatch.setattr(periods.PeriodGrammar, "period", broken)
    losses = []
    facts = extract_facts(build_article("2020年收入5亿元。"), names=False, labels=False, losses=losses)
    assert [(f.text, f.period) for f in facts if f.kind == "money"] == [("5亿元", None)]
    assert [lost.stage for lost in losses] == ["period"]


def test_a_failing_date_loses_that_date_only(monkeypatch):
    from desktop.core.facts import date_resolver

    real = date_resolver.Resolver._resolve

    def broken(self, g, m, is_roc):
        if m.group(0) == "去年":
            raise ValueError("bad year")
        return real(self, g, m, is_roc)

    monkeypatch.setattr(date_resolver.Resolver, "_resolve", broken)
    losses = []
    facts = extract_facts(build_article("今年增长5%，去年增长3%。"), names=False, labels=False, losses=losses)
    assert [f.text for f in facts if f.kind == "date"] == ["今年"]
    assert [f.text for f in facts if f.kind == "percent"] == ["5%", "3%"]
    assert [(lost.stage, lost.text) for lost in losses] == [("date", "去年")]


def test_a_failing_names_model_leaves_figures_and_dates(monkeypatch):
    from desktop.core.facts import tagger

    def broken(*args, **kwargs):
        raise OSError("model file unreadable")

    monkeypatch.setattr(tagger, "analyse", broken)
    losses = []
    facts = extract_facts(build_article("2020年，北京收入5亿元。"), losses=losses)
    assert {f.kind for f in facts} == {"date", "money"}
    assert [lost.stage for lost in losses] == ["names"]


# -- generated datelines ---------------------------------------------------------

_FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_CN = "〇一二三四五六七八九"


def _cn_number(n: int) -> str:
    if n < 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


@st.composite
def datelines(draw) -> str:
    month, day = draw(st.integers(0, 13)), draw(st.integers(0, 32))  # 0, 13 and 32 are not dates: still no crash
    form = draw(st.sampled_from(("arabic", "full", "chinese")))
    md = {
        "arabic": f"{month}月{day}日",
        "full": f"{month}月{day}日".translate(_FULL_WIDTH),
        "chinese": f"{_cn_number(month)}月{_cn_number(day)}日",
    }[form]
    year = draw(st.sampled_from(("", "{y}年", "民国{r}年", "民國{r}年", "{r}年")))
    year = year.format(y=draw(st.integers(1890, 2110)), r=draw(st.integers(1, 150)))
    agency = draw(st.sampled_from(("新华社", "中新社", "本报", "中央社", "人民网", "", "新華社")))
    place = draw(st.sampled_from(("北京", "台北", "臺北", "上海", "香港", "")))
    kind = draw(st.sampled_from(("电", "讯", "電", "訊", "电（记者王一）", "讯 ")))
    words = st.sampled_from(
        (
            "今天",
            "昨日",
            "昨天",
            "明天",
            "前天",
            "本週",
            "本周",
            "上月",
            "本月",
            "今年",
            "去年",
            "明年",
            "今（5）日",
            "昨（31）日",
            "今（1）日上午",
            "上午",
            "记者",
            "会见",
            "增长5%",
            "投入3亿元",
            "比上年",
            "同期",
            "上半年",
            "。",
            "，",
            "\n",
        )
    )
    body = "".join(draw(st.lists(words, min_size=1, max_size=12)))
    return f"{agency}{place}{year}{md}{kind}{body}"


HINTS = st.one_of(
    st.none(),
    st.builds(DocumentDate, st.integers(1900, 2100)),
    st.builds(DocumentDate, st.integers(1900, 2100), st.integers(1, 12)),
    st.builds(DocumentDate, st.integers(1900, 2100), st.integers(1, 12), st.integers(1, 28)),
)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datelines(), HINTS)
def test_generated_datelines_never_lose_a_fact(text, hint):
    losses = []
    article = build_article(text)
    facts = extract_facts(article, names=False, labels=False, document=hint, losses=losses)
    assert losses == []
    for f in facts:
        assert article.text[f.start : f.end] == f.text
        if f.kind == "date" and f.value is not None:
            assert PERIOD.fullmatch(f.value), (f.text, f.value)


@pytest.mark.corpus
def test_the_corpus_sweep_loses_nothing():
    """Every document and every sentence of ../shared/corpora, the rules path: 0 failures."""
    from pathlib import Path

    from quality.sweep import format_report, sweep
    from shared_paths import corpus_path

    corpus_path("gov_work_reports", "government_work_reports.jsonl")
    report = sweep(Path(corpus_path()))
    assert report.documents > 8000 and report.sentences > 60000  # the whole of it was read
    assert report.failures == [], format_report(report, names=False)
