"""Spans: the periods that are a range of years, rendered ``first/last`` (``1998/2002``, ``Y[-5]/Y[-1]``).

A span is named by one time word (``延长至2027年``, ``从2024年起，在5年内``, ``在2028年前``), by a
count of years back from the document's (``五年来``, ``这五年``), or asked for by a span marker in
the figure's clause (``平均每年``, ``年均``, ``累计``): the span the sentence or heading names, else
the years between the first and the last year the sentence names (``1982年…1987年…平均每年``
→ ``1983/1987``; ``两年平均每年`` the two years up to the last named). What builds up until a deadline
ahead (``到2030年，…持续投入``) runs from the document's year. The spans a count of years makes inside a
sentence (``四年以来，…``, ``五年内…``) are :mod:`facts.period_counts`'; :mod:`facts.periods` decides
when a figure's period is one.
"""

from __future__ import annotations

import re

from .dates import DateMention
from .period_values import YEAR, Period, shift, year_after
from .time_words import REACH_BACK, TimeWords

#: A marker that the figure is over a span: a yearly average, a running total, the years since.
SPAN_MARK = re.compile(r"平均每年|每年平均|年均|累计|累积|合计|总计|五年来|五年间|几年来|这些年")
AVERAGE = re.compile(r"平均每年|每年平均|年均")
#: 将延长至2027年: the years from now to then.
_EXTENDED_TO = re.compile(r"(?:延长|延续|延伸)(?:至|到)$")
#: 从2024年起，在5年内: that year and the four after it.
_YEARS_FROM = re.compile(r"起?[，,]?(?:在|的)?(?P<n>\d{1,2}|[二三四五六七八九十])年(?:内|间|期间)")
#: 五年来, 这五年: the years just before the document's.
_YEARS_BACK = re.compile(r"(?<![\d几幾数數十])(?:这|這)?(?P<n>[两三四五六七八九十]|[2-9]|10)年(?:以来|来|來|间|間|中)")
#: 累计, 共投入: what builds up until a deadline (到2028年，共投入480亿元).
_BUILDS_UP = re.compile(r"累计|累积|合计|总计|总共|一共|共(?:投入|计|挹注|投资|编列)|持续投入")
#: Without a document date only a deadline the sentence says is ahead is a span from now.
_AHEAD = re.compile(r"将|预计|预估|计划|要|会")
#: 在2028年前释出1万户: from now until then.
_DEADLINE = re.compile(r"(?:前|之前|以前)(?![后後])")
#: 两年平均每年递增百分之五点三: the count of years an average is over, ending at the last year the sentence names.
_COUNT_AVERAGED = re.compile(
    r"(?<![\d０-９〇○零一二两三四五六七八九十百前后後头頭])(?P<n>[两三四五六七八九十]|[2-9]|10)年(?:来|中|间|內|内)?(?:共|合计)?(?:平均每年|每年平均|年均)"
)
#: 截至今年8月底, 迄2024年: a time that closes what has built up until then (not 增长至2024年的: a change's end).
_CLOSES = re.compile(r"(?:截至|截止(?:到|至)?|迄)$")
#: 至今, 迄今, 截至目前: the same up to now.
_CLOSES_NOW = re.compile(r"至今|迄今|截至|截止")


def as_span(words: TimeWords, d: DateMention) -> Period:
    """The period one time word gives: a year that opens or closes a span reads as the span: 延长至2027年
    (from now), 从2024年起，在5年内 (five years), 在2028年前释出1万户 (from now until then: a level reached by
    then, 提高到30%, keeps the year); any other word its own value."""
    text, view = words.text, words.view
    deadline = _DEADLINE.match(view, d.end)
    if deadline and YEAR.match(d.value) and d.value[0] != "Y":
        this_year = words.this_year
        if (this_year == "Y" and _ahead(view, d.start)) or (this_year != "Y" and this_year < d.value):
            return Period(f"{this_year}/{d.value}", text[d.start : deadline.end()])
    if YEAR.match(d.value) and _EXTENDED_TO.search(view, max(0, d.start - 4), d.start):
        this_year = words.this_year
        if this_year < d.value or this_year == "Y":
            return Period(f"{this_year}/{d.value}", text[d.start - 3 : d.end])
    m = _YEARS_FROM.match(view, d.end)
    if m and YEAR.match(d.value) and d.start > 0 and view[d.start - 1] in "从自":
        n = int(m.group("n")) if m.group("n").isdigit() else "二三四五六七八九十".index(m.group("n")) + 2
        last = shift(d.value, n - 1)
        if last is not None and n > 1:
            return Period(f"{d.value}/{last}", text[d.start - 1 : m.end()])
    return Period(d.value, text[d.start : d.end])


def _ahead(view: str, at: int) -> bool:
    """将, 预计 in the sentence part (between 。 and ；) around ``at``: 在2028年之前将释出 is ahead; 对2000年底以前发布的
    756件行政法规进行清理 is not (a time before, no span from a document year that is not known)."""
    opens = max(view.rfind(c, 0, at) for c in "。；;\n") + 1
    closes = min((i for i in (view.find(c, at) for c in "。；;\n") if i >= 0), default=len(view))
    return bool(_AHEAD.search(view, opens, closes))


def span(words: TimeWords, start: int, s0: int, found: Period, heading: Period | None) -> Period:
    """平均每年增长8.6%: the span the sentence ``[s0, start)`` or the ``heading`` names, else the years the
    sentence runs between (for an average); ``found`` when neither gives one."""
    years = []
    for d in words.before(start):
        if d.start < s0:
            break
        if (d.start not in words.compared or d.start in words.from_parts) and YEAR.match(d.value):
            years.insert(0, d)  # 由一九八○年的…增加到一九八五年的…，平均每年递增: from the base's year
    # …，一九八五年达到一千四百三十亿元，两项资金合计比一九八○年增加了一倍: a year named nearer than any span is the
    # figure's own (合计 sums the items of that year); only an average runs between the sentence's years.
    nearest = next((d for d in words.before(start) if d.start not in words.compared), None)
    if (
        nearest is not None
        and nearest.start >= s0
        and YEAR.match(nearest.value)
        and not AVERAGE.search(words.view, s0, start)
    ):
        return found
    for candidate in (_nearest_span(words, s0, start), heading):
        if candidate is not None and candidate.value and "/" in candidate.value:
            return candidate
    counted = last_match(_COUNT_AVERAGED.finditer(words.view, s0, start))
    if years and counted is not None:  # 一九八一年比…，一九八二年预计比…，两年平均每年递增: 1981/1982
        n = count_of_years(counted.group("n"))
        last = years[-1]
        first = shift(last.value, 1 - n)
        if first is not None:
            return Period(f"{first}/{last.value}", f"{counted.group(0)}…{words.text[last.start : last.end]}")
    if len(years) >= 2 and AVERAGE.search(words.view, s0, start):
        first, last = years[0], years[-1]
        after = year_after(first.value)
        if after is not None and first.value != last.value:
            text = words.text
            return Period(f"{after}/{last.value}", f"{text[first.start : first.end]}…{text[last.start : last.end]}")
    return found


def years_back(words: TimeWords, s0: int, start: int) -> Period | None:
    """五年来，…累计完成17.2万亿元: the years before the document's (the review a report opens with)."""
    p0 = max(words.paragraph_start(start), s0 - REACH_BACK)
    m = None
    for found in _YEARS_BACK.finditer(words.view, p0, start):
        m = found
    if m is None:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else "两三四五六七八九十".index(m.group("n")) + 2
    year = words.this_year
    first, last = shift(year, -n), shift(year, -1)
    if first is None or last is None:
        return None
    return Period(f"{first}/{last}", f"{words.text[m.start() : m.end()]}: document date {year}")


def since_until(words: TimeWords, lo: int, end_at: int, end: Period) -> Period | None:
    """从2017年危老条例立法至今，…有4,525件 / 从1998年…以来，截至今年8月底，…1,258件: a time that closes a span
    (``end``, the word at ``end_at``; 到现在 too) whose start the sentence named with 从/自 just before it is the span from
    that start: ``2017/2025-09``, ``1998/Y-08`` (what has built up since; the end alone was only its last month)."""
    view = words.view
    to_now = end.value == words.now and view[end_at - 1 : end_at] in ("到", "至")  # 從2020年到現在，…一共撥補
    closes = (_CLOSES_NOW.match(view, end_at) or to_now) if end.value == words.now else _CLOSES.search(view, lo, end_at)
    if not closes or end.value is None or "/" in end.value:
        return None
    for d in words.before(end_at):
        if d.start < lo:
            return None
        if d.start in words.compared:
            continue
        if d.start == 0 or view[d.start - 1] not in "从自" or not YEAR.match(d.value) or d.value == end.value:
            return None  # the time named last before the end is no span's start
        if re.search(r"[。；;]", view[d.end : end_at]) or to_now and re.search(r"[\d０-９]", view[d.end : end_at]):
            return None  # 從2015年的21.82，下降到現在的12.8: a change's end, no span
        return Period(f"{d.value}/{end.value}", f"{words.text[d.start - 1 : d.end]}…{end.source}")
    return None


def until(words: TimeWords, s0: int, start: int, found: Period) -> Period | None:
    """预计到2030年，政府将持续投入突破1兆元 / 到2028年，共投入480亿元: what builds up until a deadline ahead is the
    span from the document's year to it (as 在2028年前); a level reached by then (达到) keeps the year."""
    if not found.value or not YEAR.match(found.value) or found.value[0] == "Y":
        return None
    d = next((d for d in words.before(start) if d.start >= s0 and d.start not in words.compared), None)
    if d is None or d.value != found.value or d.start == 0 or words.view[d.start - 1] not in "到至":
        return None
    between = words.view[d.end : start]
    if since(words, s0, d.start) is not None or re.search(r"[。；;]", between) or not _BUILDS_UP.search(between):
        return None
    this_year = words.this_year
    if this_year == "Y" and not _AHEAD.search(words.view, s0, start):
        return None
    if this_year != "Y" and this_year >= found.value:
        return None
    cue = _BUILDS_UP.search(between)
    cue_text = words.text[d.end + cue.start() : d.end + cue.end()]
    return Period(f"{this_year}/{found.value}", f"{words.text[d.start - 1 : d.end]}…{cue_text}")


def since(words: TimeWords, s0: int, start: int, started: bool = False) -> DateMention | None:
    """从2016年至今…: the year a span in the sentence ``[s0, start)`` runs from; ``started``: also one named a
    start by 起/开始 alone (2018年起推出…)."""
    for d in words.before(start):
        if d.start < s0:
            break
        opens = d.start > 0 and words.view[d.start - 1] in "从自"
        if (opens or started and words.view.startswith(("起", "开始"), d.end)) and YEAR.match(d.value):
            return d
    return None


def dates_within(words: TimeWords, lo: int, start: int):
    for d in words.before(start):
        if d.start < lo:
            break
        yield d


def last_match(matches):
    m = None
    for m in matches:  # noqa: B007 - the last one is wanted
        pass
    return m


def count_of_years(n: str) -> int:
    return int(n) if n.isdigit() else "两三四五六七八九十".index(n) + 2


def _nearest_span(words: TimeWords, lo: int, start: int) -> Period | None:
    for d in words.before(start):
        if d.start < lo:
            break
        if "/" in d.value and d.start not in words.compared:
            return Period(d.value, words.text[d.start : d.end])
    return None


#: 从2020年开始, 从2019年起, 去年开始推动的: a start named for what follows (起 only after 从/自: 今年起 is a
#: plain start of a rule, read elsewhere).
_STARTED = re.compile(r"开始|以来")
#: …what has been done since (已完成, 已增补) is up to now; what has held every year since (都超过9成) up to the last
#: whole year.
_DONE_SINCE = re.compile(r"已(?:经)?|(?P<every>都)")
#: 自2021年以来，每年获利3至4兆元: 每年 right after the start is every year since, up to the last whole one (README).
_EVERY_YEAR_SINCE = re.compile(r"(?:以来|开始)[，,]?(?P<every>每年)")


def since_start(words: TimeWords, s0: int, start: int, found: Period) -> Period | None:
    """从2020年开始，国人对健保的满意度都超过9成 (``2020/Y[-1]``), 去年开始推动的…计划，已完成辅导40家
    (``Y[-1]/Y-M``): a year named as a start, then 都 or 已 before the figure, is the span from it; without them the
    year is the figure's own (从2022年开始，政府投入24亿元: in that year, as far as the sentence says). Of 12 such
    sentences in the releases, 3 have 已 or 都."""
    if found.value is None or not YEAR.match(found.value):
        return None
    view = words.view
    for d in words.before(start):
        if d.start < s0 or d.value != found.value:
            return None
        if not _STARTED.match(view, d.end) and not (
            view.startswith("起", d.end) and view[d.start - 1 : d.start] in "从自"
        ):
            return None
        between = view[d.end : start]
        done = _EVERY_YEAR_SINCE.match(between) or _DONE_SINCE.search(between)
        if re.search(r"[。；;]|到|至", between):
            return None
        if done is None and not view.startswith("以来", d.end):
            return None  # 开始 alone: the year is the figure's own, as far as the sentence says
        if done is not None and done.group("every"):
            end = shift(words.now[:4], -1) if words.now[:4].isdigit() else "Y[-1]"
        else:
            end = words.now  # done since (已), or what 以来 counts up to now by itself
        if end is None or end <= found.value and end[:1].isdigit():
            return None
        cue = done.group(0) if done is not None else "以来"
        return Period(f"{found.value}/{end}", f"{words.text[d.start : d.end]}…{cue}")
    return None
