"""Counts of years: a figure over the years a count names (``五年内``, ``五年新增``, ``四年以来``, ``中央财政五年支出``).

A count of years is not written as a date; it makes the period a span of that many years, ending at the year the
figure's context gives (``2002年…；五年内全国本专科毕业生1300万人`` → ``1998/2002``), running forward from a start the
sentence names (``2018年起推出…，3年投入近70億元`` → ``2018/2020``), or, with no year given, the first span of that
length its section names or the years before the document's. :mod:`facts.periods` applies them in turn after the carry
(:mod:`facts.period_carry`); the spans named by one time word are :mod:`facts.period_spans`'.
"""

from __future__ import annotations

import bisect
import re

from .clauses import COMMA_OR_COLON
from .period_spans import count_of_years, dates_within, last_match, since
from .period_values import YEAR, Period, shift
from .time_words import REACH_BACK, TimeWords

#: 四年以来，…增加了两万四千种: a count of years up to now that opens its clause (not 一九五八年以来, 几十年来).
_SINCE_COUNT = re.compile(
    r"(?:^|(?<=[，,；;：:。！？!?\n]))(?:过去|近|这|這)?(?P<n>[两三四五六七八九十]|[2-9]|10)年(?:以来|来)"
)
#: 五年新增装机容量…: a count of years that opens its clause, the time the figure is over.
_COUNT_OPENS = re.compile(r"(?P<n>[两三四五六七八九十]|[2-9]|10)年(?![来來间間中前后後以内內度底初末里裡期多半])")
#: 五年内 opening a clause after a year's that is not this year's: the years up to it (2002年…；五年内…, 1985 in the
#: sixth plan); after 今年's it may be the years ahead, left alone.
_COUNT_WITHIN = re.compile(r"(?P<n>[两三四五六七八九十]|[2-9]|10)年(?:内|內)(?![，,])")
#: 中央财政五年支出551亿元, 五年内新增…, 五年合计: a count of years in the figure's clause that the figure is over
#: (not 第五年, 五年计划, 五年级, 五年来, 五年前, 五年的时间).
_COUNT_IN = re.compile(
    r"(?<![\d０-９第前后後近几幾数數十百一二两三四五六七八九])(?:这|這)?(?P<n>[两三四五六七八九十]|[2-9]|10)年"
    r"(?P<within>内|內|中|间|間)?(?=共|合计|累计|累积|总计|新增|新建|投资|投入|支出|完成|建成|增加|减少|补助|安排|用于|"
    r"整理|淘汰|培养|毕业|扩大|修建|施工|内|內|，)"
)
#: 五年累计，…, 五年共培养…: a count of years with a total marker, which holds the sentence's figures after it.
_COUNT_TOTAL = re.compile(
    r"(?<![\d０-９第前后後近几幾数數十百一二两三四五六七八九])(?:这|這)?(?P<n>[两三四五六七八九十]|[2-9]|10)年"
    r"(?:中|内|內|间|間|里)?(?:共|累计|累积|合计|总计)"
)
#: 一九五七年冬季开始: a start late in its year; a count of years from it runs from the next.
_LATE_IN_THE_YEAR = re.compile(r"(?:冬季|冬天|冬|年底|年末|底|末)")


def years_to(words: TimeWords, s0: int, clause_start: int, start: int, found: Period) -> Period | None:
    """１９９７年原煤年产量达到１３亿吨左右。…，五年新增装机容量6500万千瓦: a clause that opens with a count of
    years is over that many years up to the year its context gives (``1993/1997``), or from it when the sentence
    named that year as a start (从一九五七年冬季开始，…，两年共增加: ``1957/1959``, a start late in its year
    counting from the next). The count holds the clauses after its own up to the end of the sentence part
    (``五年内全国本专科毕业生1300万人，毕业研究生31万人``: both ``1998/2002``) unless one names a time."""
    if found.value is None or not YEAR.match(found.value):
        return None
    m = _opening_count(words, s0, clause_start, start, found)
    if m is None:
        return None
    n = int(m.group("n")) if m.group("n").isdigit() else "两三四五六七八九十".index(m.group("n")) + 2
    began = since(words, s0, clause_start, started=True)  # 2018年起推出…，3年投入近70亿元: 2018/2020
    if began is not None and began.value == found.value:
        late = _LATE_IN_THE_YEAR.match(words.view, began.end) or _LATE_IN_THE_YEAR.search(
            words.view, began.end - 2, began.end
        )  # 一九五七年冬季 read as one date, or 一九五七年 then 冬季
        last = shift(found.value, n if late else n - 1)
        if last is None:
            return None
        return Period(f"{found.value}/{last}", f"{words.text[max(0, began.start - 1) : began.end]}…{m.group(0)}")
    first = shift(found.value, 1 - n)
    if first is None:
        return None
    return Period(f"{first}/{found.value}", f"{words.text[m.start() : m.end()]}…{found.source}")


def _opening_count(words: TimeWords, s0: int, clause_start: int, start: int, found: Period):
    """The count of years that opens the figure's clause, or an earlier clause of its sentence part (after the last
    。 or ；) with no time named between it and the figure."""
    lo = max(s0, max(words.view.rfind(c, s0, clause_start) for c in "。；;") + 1)
    for at in [
        clause_start,
        *reversed([m.end() for m in COMMA_OR_COLON.finditer(words.view, lo, clause_start - 1)]),
        lo,
    ]:
        if at < clause_start and any(d.start not in words.compared for d in dates_within(words, at, start)):
            return None  # 五年内…，2002年…: the time a later clause names is its own
        m = _COUNT_OPENS.match(words.view, at)
        if m is None and found.value.isdigit() and found.value != words.this_year:
            m = _COUNT_WITHIN.match(words.view, at)  # 2002年…；五年内全国本专科毕业生1300万人: 1998/2002
        if m is not None:
            return m
        if at == lo:
            return None
    return None


def over_the_count(words: TimeWords, s0: int, clause_start: int, start: int, found: Period, section) -> Period | None:
    """中央财政五年支出551亿元 (in a review of 2007): the count's years up to the year the context gives
    (``2003/2007``); 煤炭工业建设，五年投资一百七十九亿元 with no time of its own (a plan section opened by
    第六个五年计划期间): the first span of that many years its section names (``1981/1985``)."""
    m = _COUNT_IN.search(words.view, clause_start, start)
    total = None
    if m is None:  # 五年累计，共淘汰…1.17亿吨: a total over a count of years named earlier in the sentence
        total = m = last_match(_COUNT_TOTAL.finditer(words.view, s0, clause_start))
        if m is None or any(d.start not in words.compared for d in dates_within(words, m.end(), start)):
            return None  # …，2012年占国内生产总值比例达到4%: a year named since is the figure's own
    n = count_of_years(m.group("n"))
    if found.value and "/" in found.value:
        if total is None or _length(found.value) == n:
            return None
        found = Period(None)  # 近两年 carried from elsewhere: the section's span of that many years
    if found.value:
        if total is None and (m.group("within") or m.start() == clause_start) or not YEAR.match(found.value):
            return None  # 五年内 ahead of 今年; a count opening its clause is years_to's
        began = since(words, max(0, clause_start - REACH_BACK), clause_start, started=True)
        if began is not None and began.value == found.value:  # 从1998年起 / 2018年起…，五年增加489亿元: forward
            last = shift(found.value, n - 1)
            return (
                Period(f"{found.value}/{last}", f"{words.text[max(0, began.start - 1) : began.end]}…{m.group(0)}")
                if last
                else None
            )
        first = shift(found.value, 1 - n)
        return Period(f"{first}/{found.value}", f"{words.text[m.start() : m.end()]}…{found.source}") if first else None
    lo = section.start if section is not None else words.paragraph_start(start)
    i = bisect.bisect_left(words.starts, lo)
    while i < len(words.dates) and words.dates[i].start < m.start():
        d = words.dates[i]
        if d.start not in words.compared and _length(d.value) == n:
            return Period(d.value, f"{words.text[m.start() : m.end()]}…{words.text[d.start : d.end]}")
        i += 1
    return None


def _length(value: str) -> int | None:
    """The number of years a span ``a/b`` covers (1981/1985: 5), None for anything else."""
    if "/" not in value:
        return None
    a, b = value.split("/", 1)
    ma, mb = YEAR.match(a), YEAR.match(b)
    if not ma or not mb or (a[0] == "Y") != (b[0] == "Y"):
        return None
    ka = int(ma.group(2) or 0) if a[0] == "Y" else int(a)
    kb = int(mb.group(2) or 0) if b[0] == "Y" else int(b)
    return kb - ka + 1


def years_since(words: TimeWords, s0: int, start: int, found: Period) -> Period | None:
    """一九六四年…。四年以来，主要工业产品的品种大约增加了两万四千种: a count of years up to now that opens a clause
    of the sentence ends at the year the text is about (``1961/1964``), not at the year before the document's."""
    m = None
    for m in _SINCE_COUNT.finditer(words.view[s0:start]):  # noqa: B007 - the last one
        pass
    if m is None or not found.value or not YEAR.match(found.value) or "document date" in found.source:
        return None
    rest = words.view[s0 + m.end() : start]
    if re.search(r"[，,；;：:。！？!?]", rest) and not re.match(r"[，,]", rest):
        return (
            None  # 五年来累计新增就业6000万人，年内新增1186万人: the count is its own clause's, or the sentence's lead
        )
    if any(d.start >= s0 + m.end() and d.start not in words.compared for d in dates_within(words, s0, start)):
        return None  # 四年以来，…，一九六四年达到…: the year the clause names is its own
    first = shift(found.value, 1 - count_of_years(m.group("n")))
    if first is None:
        return None
    return Period(f"{first}/{found.value}", f"{m.group(0)}…{found.source}")


#: 四年来，…, 七年来我国派遣了…, 五年中，…: a count of years back (not written as a date) that opens its sentence.
_OPENS_COUNT_BACK = re.compile(r"[ \t]*(?:近|这|這)?(?P<n>[两三四五六七八九十]|[2-9]|10)年(?:以来|来|來|中|间|間|里)")


def opening_years_back(words: TimeWords, s0: int, start: int, found: Period) -> Period | None:
    """四年来，同我国建交的国家已经由二十个增加到三十三个 (1959): a sentence that opens with a count of years back and
    names no time of its own is over those years, up to the year its context gives (the review's, ``1955/1958``) or,
    with none, the year before the document's (``Y[-4]/Y[-1]``); not when a span of that length is already found."""
    m = _OPENS_COUNT_BACK.match(words.view, s0)
    if m is None or m.end() > start:
        return None
    if any(d.start not in words.compared for d in dates_within(words, s0, start)):
        return None  # 三年来…，1982年达到…: the time the sentence names is its own
    n = count_of_years(m.group("n"))
    if found.value and "/" in found.value and _length(found.value) == n:
        return None
    carried = found.value and YEAR.match(found.value) and "document date" not in found.source
    end = found.value if carried else shift(words.this_year, -1)
    first = shift(end, 1 - n)
    if end is None or first is None:
        return None
    why = found.source if carried else f"document date {words.this_year}"
    return Period(f"{first}/{end}", f"{words.text[m.start() : m.end()].strip()}…{why}")


def counted_back(words: TimeWords, start: int, end: int) -> Period | None:
    """五年来，我们…主要做了以下工作。: a list's introduction that opens with a count of years back (no date) gives its
    items those years up to the year before the document's (``2018/2022`` in the 2023 report, ``Y[-5]/Y[-1]``)."""
    m = _OPENS_COUNT_BACK.match(words.view, start, end)
    last = shift(words.this_year, -1)
    first = shift(last, 1 - count_of_years(m.group("n"))) if m and last else None
    if first is None:
        return None
    return Period(f"{first}/{last}", f"{words.text[m.start() : m.end()].strip()} (the list's introduction)")
