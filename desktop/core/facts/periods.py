"""The period a figure refers to, decided from its clause (issue 19.2).

A figure's period is, in this order:

1. **a comparison base's own**: the figure *is* the base (``比一九五二年的五万八千人``,
   ``较去年的…``, ``由上年46亿元增加到…``): the base's date, or, when the base names
   none, the year before the clause's period (the start of a span: ``过去五年…由4771公里
   增加到…`` is the year before the five). Its stance is then ``base``.
2. **the nearest time word before it in its sentence** that is not a comparison
   base (``2021年``, ``在2020年``, ``今年上半年``, ``从今年起至2028年``) or a day (a day dates
   an event, not a figure's period); a word of *now* (``目前``, ``现在``, ``截至目前``)
   dates it to the document's month (``Y-M`` when that is unknown).
3. **how far a period carries**: beyond its sentence only into a list introduced
   by a colon (``今年发展主要预期目标是：…；…``), from a paragraph that opens with
   nothing but its time (``今年，…``, ``过去五年，…``), from a year written out at
   the head of an earlier clause of the paragraph, up to the next time named
   (``２００１年国内生产总值达到…。…全国财政收入达到…``: a review's topic; a word
   relative to the speaker, ``今年``, and a month or a day carry no further than
   their sentence), and from the heading of the figure's section
   (``一、2015年工作回顾``, ``过去五年国内工作的基本总结``); never from one
   paragraph into the next otherwise.
4. **the document's topic year**: a budget's fiscal year named in its lead
   (``114年度中央政府總預算``) for the amounts that name no other.

A span marker in the figure's clause (``平均每年``, ``年均``, ``累计``) asks for a span: the
span the sentence, list, paragraph or heading names (``1998/2002``), or from after the
first to the second of two years the sentence names (``1982年…1987年…平均每年`` →
``1983/1987``). A deadline ahead (``在2028年前释出1万户``) is a span from the document's
year to it. The figure a change reaches (``由…增加到…``) and a level (``提高到30%``) take a
span's end.

Each decision keeps its *source*: the words it came from, shown in the facts
panel's tooltip and by ``fact-browser facts --verbose``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .dates import DateMention, DocumentDate

_CLAUSE = re.compile(r"[，,；;：:。！？!?\n]")
_COLON = re.compile(r"[：:]")
#: A date right after one of these is what a figure is compared with (比上年增长): not its period.
_COMPARED = re.compile(r"(?:比|较|与|相比|相较|对比|高于|低于|较于|较之|同)$")
#: 在上年大幅度增长的基础上: the year is what the figure builds on, not its period.
_ON_THE_BASIS = re.compile(r"[^，。；：]{0,14}的基础上")
#: 将延长至2027年: the years from now to then.
_EXTENDED_TO = re.compile(r"(?:延长|延续|延伸)(?:至|到)$")
#: 从2024年起，在5年内: that year and the four after it.
_YEARS_FROM = re.compile(r"起?[，,]?(?:在|的)?(?P<n>\d{1,2}|[二三四五六七八九十])年(?:内|间|期间)")
_DAY = re.compile(r"-(?:\d\d|M)-(?:\d\d|D)(?:\[[+-]\d+\])?$")
_NOW = re.compile(r"截至目前为止|截至目前|截至今日|目前|(?<![表体出实展呈])现(?:在|有)|如今|当前|现阶段|迄今|至今")
#: The figure is the base of a comparison: 比一九五二年的X, 较去年的X, 比改革前的X.
_BASE_OF = re.compile(
    r"(?<![占对类无排好])(?:比|较之|相较于?|相比于?)[^，。；：比较]{0,8}(?:年|前|时|期|月|季|初|末|底)的$"
)
_BASE_NOW = re.compile(r"(?:比|较|相较于?|相比于?)(?:现有|现在|目前|当前|如今)的?$")
#: 2017年长照据点约60个，今年已是1,705个: what follows the figure, up to a later time and the figure it then reached.
_THEN = re.compile(r"[ \t]*[，,；;][ \t]*(?:但是?|而|到了?|至)?")
_THEN_REACHED = re.compile(
    r"[^，。；：\d]{0,8}?(?:已经是|已是|已达|已有|已经|已|则为|为|是|达到|达|(?:增加|提高|增长|提升|扩大|减少|降低|下降|增|升|降)(?:到|至|为))"
    r"[约近超过逾]{0,2}[\d０-９一二两三四五六七八九十百千万亿]"
)
_FROM = re.compile(r"(?:由|从)([^，。；：由从]{0,10})$")
_CHANGE_TO = re.compile(
    r"[ \t]*[，,]?(?:[^，。；：\d]{0,6}?)(?:增加|提高|减少|降低|下降|上升|增长|提升|扩大|缩小|上调|下调|调升|调高|"
    r"调降|下修|上修|回升|回落|扩充|增|降|升|减)?(?:到|至|为)"
)
_REACHED = re.compile(
    r"(?:增加|提高|减少|降低|下降|上升|增长|提升|扩大|缩小|上调|下调|调升|调高|调降|回升|回落|扩充|"
    r"增|降|升|减)(?:到|至)$"
)
#: A level reached (提高到65%, 达到24.1%): at a span's end.
_LEVEL = re.compile(r"(?:增加|提高|减少|降低|下降|上升|增长|提升|扩大|缩小|降|升|达)(?:到|至)$")
_SPAN_MARK = re.compile(r"平均每年|每年平均|年均|累计|累积|合计|总计|五年来|五年间|几年来|这些年")
_AVERAGE = re.compile(r"平均每年|每年平均|年均")
#: 五年来, 这五年: the years just before the document's.
_YEARS_BACK = re.compile(r"(?<![\d几幾数數十])(?:这|這)?(?P<n>[两三四五六七八九十]|[2-9]|10)年(?:来|來|间|間|中)")
_YEAR = re.compile(r"^(\d{4}|Y(?:\[([+-]\d+)\])?)$")
#: A paragraph that is an item of a list: ——着力提升…, 一是…, （一）…, 第一，…
_ITEM = re.compile(
    r"[ \t]*(?:—{2,}|[一二三四五六七八九十]是|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[，、])"
)
_TOPIC_HEAD = 400  # a fiscal year named this early is what the document is about
#: …that names a budget (114年度中央政府總預算): 今年度也達900多億元 in passing is no topic.
_BUDGET_AFTER = re.compile(r"[^，。；：]{0,10}?(?:预算|岁出|岁入|决算)")
#: 由原定平均每年6%调高到8%至9%: the figure the plan first set for the same period.
_ORIGINAL = re.compile(r"原定|原计划|原订|原先|原来")
#: How far before a figure its sentence, colon or paragraph are read (characters): keeps the grammar
#: linear on a one-line megabyte (issue 14's battery) and is longer than any real sentence's reach.
_REACH_BACK = 600
#: A time that opens its clause (２００１年国内生产总值…, ，在2020年…): the topic of what follows.
_OPENS_CLAUSE = re.compile(r"[，,；;：:。！？!?\n\s](?:在|于)?$")
#: …written as a year (２００１年, 一九五三年), not a word relative to the speaker (今年…: a speech's contrasts).
_WRITTEN_YEAR = re.compile(r"[\d０-９〇○零一二三四五六七八九]{4}年")
#: 在2028年前释出1万户: from now until then.
_DEADLINE = re.compile(r"(?:前|之前|以前)(?![后後])")
_LEAD = 2  # a paragraph "opens with its time" when its first clause is the date and at most this much more


@dataclass(frozen=True, slots=True)
class Period:
    """``value`` in the date notation (``2020``, ``1998/2002``, ``Y[-1]-07``) or None; ``source``
    the words it came from; ``base``: the figure is the earlier side of a comparison."""

    value: str | None
    source: str = ""
    base: bool = False


_NONE = Period(None)


class PeriodGrammar:
    """Periods for the figures of one article. ``view`` is the text the dates were read on
    (Simplified characters, the same length as ``article.text``)."""

    def __init__(self, article, view: str, dates: list[DateMention], doc: DocumentDate) -> None:
        self.text, self.view = article.text, view
        self.now = (
            f"{doc.year:04d}-{doc.month:02d}"
            if doc.year is not None and doc.month is not None
            else f"{doc.year:04d}"
            if doc.year is not None
            else "Y-M"
        )
        # Not a day (it dates an event), not a bare year (迈向2050净零: a goal's name, not a figure's time).
        self.dates = [d for d in dates if d.value and not _DAY.search(d.value) and not view[d.start : d.end].isdigit()]
        self.compared = {
            d.start
            for d in self.dates
            if _COMPARED.search(view, max(0, d.start - 3), d.start) or _ON_THE_BASIS.match(view, d.end)
        }
        self._starts = [d.start for d in self.dates]
        self.paragraphs = sorted((p.start, p.end) for p in article.paragraphs)
        self._paragraph_starts = [p[0] for p in self.paragraphs]
        self.sections = article.sections
        self.topic = self._fiscal_topic()

    # -- public -------------------------------------------------------------------

    def period(self, start: int, end: int, sentence: tuple[int, int], section_index: int = -1) -> Period:
        """The period of the figure at ``[start, end)`` in the sentence ``sentence``."""
        s0 = max(sentence[0], start - _REACH_BACK)  # a run-on "sentence" of a megabyte is read near the figure
        clause_start = self._clause_start(s0, start)
        prefix = self.view[clause_start:start]
        base = self._base(start, end, clause_start, prefix, s0, section_index)
        if base is not None:
            return base
        frm = max(self.view.rfind("由", s0, start), self.view.rfind("从", s0, start))
        reached = bool(_REACHED.search(prefix)) and frm >= 0 and start - frm <= 40
        if reached:  # 预计明年…由现在的50万户，提高到75万户: the time words inside the 由… part are the base's
            found = self._context(frm, s0, section_index)
        else:
            found = self._context(start, s0, section_index)
        if found.value and _SPAN_MARK.search(prefix) and "/" not in found.value:
            found = self._span(start, s0, section_index, found)
        if found.value is None and _SPAN_MARK.search(prefix):
            found = self._years_back(s0, start) or found
        if found.value and self._earlier_than_next(end, found.value):
            return Period(found.value, found.source, base=True)
        if (
            found.value
            and "/" in found.value
            and (reached or _LEVEL.search(prefix) and not _SPAN_MARK.search(prefix))
            and not _AVERAGE.search(prefix)  # 由原定平均每年6%调高到8%至9%: a yearly average over the span
        ):
            return Period(found.value.split("/")[1], found.source)  # 由…增加到2.5万公里: the span's end
        return found

    def _earlier_than_next(self, end: int, value: str) -> bool:
        """The figure is followed in its sentence by a later time and what the same measure then was
        (1982年为270元，1987年提高到463元): it is the base of that change."""
        m = _THEN.match(self.view, end)
        if m is None:
            return False
        i = bisect.bisect_left(self._starts, m.end())
        if i >= len(self.dates) or self.dates[i].start != m.end():
            return False
        later = self.dates[i]
        if not _THEN_REACHED.match(self.view, later.end):
            return False
        if self.now[0] != "Y" and _order(later.value, self.now[:4]) == 1:
            return False  # 今年度也达900多亿元，明年更将达到…: a plan ahead, not a change this figure was the start of
        return _order(value, later.value) == -1

    def list_intro(self, start: int, sentence_start: int) -> tuple[int, int] | None:
        """The introduction (up to its colon) of the list the figure stands in, if any: 预期目标是：…"""
        p0 = max(self._paragraph_start(start), start - _REACH_BACK)
        colon = None
        for m in _COLON.finditer(self.view, p0, start):
            colon = m
        if colon is None:
            return None
        return max(p0, self.view.rfind("。", p0, colon.start()) + 1), colon.start()

    # -- the steps ----------------------------------------------------------------

    def _base(self, start, end, clause_start, prefix, s0, section_index) -> Period | None:
        words_end = start - 1 if prefix.endswith("的") else start
        d = self._date_ending_at(words_end)
        if d is not None and d.start in self.compared:
            marker = max(clause_start, d.start - 3)
            return Period(d.value, self.text[marker : d.end].lstrip("，, "), base=True)
        now = _BASE_NOW.search(prefix)
        if now:  # 比现有的86个减少27个: the base is the state now
            word = self.text[clause_start + now.start() : clause_start + now.end()]
            return Period(self.now, f"{word}: document date {self.now}", base=True)
        if _BASE_OF.search(prefix):
            return Period(None, "", base=True)  # 比改革前的…: a base whose time the text does not give
        m = _FROM.search(prefix)
        if m and _CHANGE_TO.match(self.view, end) and not _REACHED.search(prefix):  # 从28亿元提高到68亿元，到…
            d = self._date_ending_at(words_end)
            if d is not None:
                return Period(d.value, self.text[m.start() + clause_start : d.end], base=True)
            mid = m.group(1).strip().removesuffix("的")
            if mid and _NOW.fullmatch(mid):  # 由现在的50万户提高到75万户
                return Period(
                    self.now,
                    f"{self.text[m.start(1) + clause_start : m.end(1) + clause_start]}: document date {self.now}",
                    base=True,
                )
            if _ORIGINAL.search(mid):  # 由原定平均每年6%调高到…: the first plan for the same years
                context = self._context(start, s0, section_index)
                if _SPAN_MARK.search(prefix) and context.value and "/" not in context.value:
                    context = self._span(start, s0, section_index, context)
                return Period(context.value, context.source, base=True)
            since = self._since(s0, start)
            if since is not None:  # 从2016年至今…由3,157家成长到…: the base is where the span starts
                return Period(since.value, self.text[since.start - 1 : since.end], base=True)
            context = self._context(start, s0, section_index)
            return Period(_year_before(context.value), context.source, base=True)
        return None

    def _since(self, s0: int, start: int) -> DateMention | None:
        for d in self._before(start):
            if d.start < s0:
                break
            if d.start > 0 and self.view[d.start - 1] in "从自" and _YEAR.match(d.value):
                return d
        return None

    def _context(self, start: int, s0: int, section_index: int) -> Period:
        """Steps 2-4: the sentence, a colon's list, the paragraph's opening, the heading, the topic."""
        found = self._nearest_before(s0, start)
        p0 = self._paragraph_start(start)
        if (
            found is None and self.view.startswith("其中", s0) and s0 > p0
        ):  # 其中，…: among what the sentence before said
            found = self._nearest_before(
                max(p0, s0 - _REACH_BACK, self.view.rfind("。", max(p0, s0 - _REACH_BACK), s0 - 1) + 1), s0
            )
        if found is not None:
            return found
        colon = self._colon_list(p0, s0)
        if colon is not None:
            return colon
        lead = self._paragraph_lead(p0, s0)
        if lead is not None:
            return lead
        topic = self._paragraph_topic(p0, s0)
        if topic is not None:
            return topic
        intro = self._list_intro(p0)
        if intro is not None:
            return intro
        heading = self._heading(section_index)
        if heading is not None:
            return heading
        return self.topic or _NONE

    def _nearest_before(self, lo: int, start: int) -> Period | None:
        """The last time word in ``[lo, start)``: a date that is not a base, or a word of now."""
        i = bisect.bisect_left(self._starts, start) - 1
        while (
            i >= 0 and self.dates[i].start >= lo and (self.dates[i].start in self.compared or self.dates[i].end > start)
        ):
            i -= 1
        d = self.dates[i] if i >= 0 and self.dates[i].start >= lo else None
        now = None
        for m in _NOW.finditer(self.view, lo, start):
            if not _COMPARED.search(self.view, max(0, m.start() - 3), m.start()):  # 比现有的86个减少27个
                now = m
        if now is not None and (d is None or now.start() > d.start):
            return Period(self.now, f"{self.text[now.start() : now.end()]}: document date {self.now}")
        if d is not None:
            return self._as_span(d)
        return None

    def _as_span(self, d: DateMention) -> Period:
        """A year that opens or closes a span: 延长至2027年 (from now), 从2024年起，在5年内 (five years),
        在2028年前释出1万户 (from now until then: a level reached by then, 提高到30%, keeps the year)."""
        words = self.text[d.start : d.end]
        deadline = _DEADLINE.match(self.view, d.end)
        if deadline and _YEAR.match(d.value) and d.value[0] != "Y":
            this_year = self.now[:4] if self.now[0] != "Y" else "Y"
            if this_year == "Y" or this_year < d.value:
                return Period(f"{this_year}/{d.value}", self.text[d.start : deadline.end()])
        if _YEAR.match(d.value) and _EXTENDED_TO.search(self.view, max(0, d.start - 4), d.start):
            this_year = self.now[:4] if self.now[0] != "Y" else "Y"
            if this_year < d.value or this_year == "Y":
                return Period(f"{this_year}/{d.value}", self.text[d.start - 3 : d.end])
        m = _YEARS_FROM.match(self.view, d.end)
        if m and _YEAR.match(d.value) and d.start > 0 and self.view[d.start - 1] in "从自":
            n = int(m.group("n")) if m.group("n").isdigit() else "二三四五六七八九十".index(m.group("n")) + 2
            last = _shift(d.value, n - 1)
            if last is not None and n > 1:
                return Period(f"{d.value}/{last}", self.text[d.start - 1 : m.end()])
        return Period(d.value, words)

    def _colon_list(self, p0: int, s0: int) -> Period | None:
        """今年发展主要预期目标是：…；…: the time before a colon carries through the paragraph's list."""
        colon = None
        for m in _COLON.finditer(self.view, max(p0, s0 - _REACH_BACK), s0):
            colon = m
        if colon is None:
            return None
        intro = max(p0, self.view.rfind("。", p0, colon.start()) + 1)
        return self._nearest_before(intro, colon.start())

    def _paragraph_lead(self, p0: int, s0: int) -> Period | None:
        """今年，… / 过去五年，…: a paragraph that opens with nothing but its time carries it (not a month or
        a day: 去年7月，重庆入选… dates an event)."""
        if p0 >= s0:
            return None
        m = _CLAUSE.search(self.view, p0, min(s0, p0 + _REACH_BACK))
        if m is None:
            return None
        i = bisect.bisect_left(self._starts, p0)
        if i >= len(self.dates) or self.dates[i].end > m.start():
            return None
        d = self.dates[i]
        if d.start in self.compared or (m.start() - p0) - (d.end - d.start) > _LEAD or re.search(r"-\d\d$|-M", d.value):
            return None
        return Period(d.value, self.text[d.start : d.end])

    def _paragraph_topic(self, p0: int, s0: int) -> Period | None:
        """２００１年国内生产总值达到…。全年…。税收大幅度增长，全国财政收入达到…: a written year that opens
        a clause earlier in the paragraph is the topic of the sentences after it, until another time is named (the
        last time named must be that year: 去年7月 dates an event and carries nowhere)."""
        for d in self._before(s0):
            if d.start < max(p0, s0 - _REACH_BACK):
                return None
            if d.start in self.compared:
                continue
            opens = d.start == p0 or _OPENS_CLAUSE.search(self.view, max(0, d.start - 2), d.start)
            if not _YEAR.match(d.value) or not opens or not _WRITTEN_YEAR.match(self.view, d.start):
                return None
            return Period(d.value, f"{self.text[d.start : d.end]} (earlier in the paragraph)")
        return None

    def _list_intro(self, p0: int) -> Period | None:
        """——着力提升发展质量效益… : paragraphs that are items of a list carry the time its introducing
        paragraph opens with (“十四五”时期是…)."""
        i = bisect.bisect_right(self._paragraph_starts, p0) - 1
        if i < 1 or not _ITEM.match(self.view, self.paragraphs[i][0]):
            return None
        while i >= 1 and _ITEM.match(self.view, self.paragraphs[i][0]):
            i -= 1
        start, end = self.paragraphs[i]
        first_end = _CLAUSE.search(self.view, start, end)
        d = self._first_in(start, first_end.start() if first_end else end)
        if d is None or re.search(r"-\d\d$|-M", d.value):
            return None
        return Period(d.value, f"{self.text[d.start : d.end]} (the list's introduction)")

    def _heading(self, section_index: int) -> Period | None:
        """一、2015年工作回顾: the nearest heading above the figure that names a time (its first)."""
        if not 0 <= section_index < len(self.sections):
            return None
        level = self.sections[section_index].level + 1
        for section in reversed(self.sections[: section_index + 1]):
            if section.level >= level:
                continue
            level = section.level
            found = self._first_in(section.heading_start, section.heading_end)
            if found is not None:
                return Period(found.value, f"{self.text[found.start : found.end]} (heading)")
        return None

    def _first_in(self, lo: int, hi: int) -> DateMention | None:
        """The first time a heading names (一、1998年工作回顾和1999年工作的总体要求: 1998 is its subject)."""
        i = bisect.bisect_left(self._starts, lo)
        while i < len(self.dates) and self.dates[i].end <= hi:
            if self.dates[i].start not in self.compared:
                return self.dates[i]
            i += 1
        return None

    def _fiscal_topic(self) -> Period | None:
        """114年度中央政府總預算 in a release's lead (its first 400 characters): the year its amounts belong to."""
        lead_end = _TOPIC_HEAD
        for d in self.dates:
            if d.start >= lead_end:
                break
            if (
                self.view.startswith("度", d.end - 1)
                and d.start not in self.compared
                and _YEAR.match(d.value)
                and _BUDGET_AFTER.match(self.view, d.end)
            ):
                return Period(d.value, f"{self.text[d.start : d.end]} (the document's fiscal year)")
        return None

    def _span(self, start: int, s0: int, section_index: int, found: Period) -> Period:
        """平均每年增长8.6%: the span the context names, else the years the sentence runs between."""
        years = []
        for d in self._before(start):
            if d.start < s0:
                break
            if d.start not in self.compared and _YEAR.match(d.value):
                years.insert(0, d)
        for candidate in (self._nearest_span(s0, start), self._heading(section_index)):
            if candidate is not None and candidate.value and "/" in candidate.value:
                return candidate
        if len(years) >= 2 and _AVERAGE.search(self.view, s0, start):
            first, last = years[0], years[-1]
            after = _year_after(first.value)
            if after is not None and first.value != last.value:
                return Period(
                    f"{after}/{last.value}", f"{self.text[first.start : first.end]}…{self.text[last.start : last.end]}"
                )
        return found

    def _years_back(self, s0: int, start: int) -> Period | None:
        """五年来，…累计完成17.2万亿元: the years before the document's (the review a report opens with)."""
        p0 = max(self._paragraph_start(start), s0 - _REACH_BACK)
        m = None
        for found in _YEARS_BACK.finditer(self.view, p0, start):
            m = found
        if m is None:
            return None
        n = int(m.group("n")) if m.group("n").isdigit() else "两三四五六七八九十".index(m.group("n")) + 2
        year = self.now[:4] if self.now[0] != "Y" else "Y"
        first, last = _shift(year, -n), _shift(year, -1)
        if first is None or last is None:
            return None
        return Period(f"{first}/{last}", f"{self.text[m.start() : m.end()]}: document date {year}")

    def _nearest_span(self, lo: int, start: int) -> Period | None:
        for d in self._before(start):
            if d.start < lo:
                break
            if "/" in d.value and d.start not in self.compared:
                return Period(d.value, self.text[d.start : d.end])
        return None

    # -- helpers ------------------------------------------------------------------

    def _before(self, start: int):
        """The dates that start before ``start``, nearest first (no copy of the list: linear documents stay linear)."""
        for i in range(bisect.bisect_left(self._starts, start) - 1, -1, -1):
            yield self.dates[i]

    def _clause_start(self, s0: int, start: int) -> int:
        at = s0
        for m in _CLAUSE.finditer(self.view, s0, start):
            at = m.end()
        return at

    def _date_ending_at(self, end: int) -> DateMention | None:
        i = bisect.bisect_left(self._starts, end) - 1
        if i >= 0 and self.dates[i].end == end:
            return self.dates[i]
        return None

    def _paragraph_start(self, offset: int) -> int:
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        return self.paragraphs[i][0] if i >= 0 else 0


def _shift(value: str | None, years: int) -> str | None:
    """``2020`` → ``2019``, ``Y[-1]`` → ``Y[-2]`` for year-level values; None for anything finer."""
    m = _YEAR.match(value or "")
    if not m:
        return None
    if value[0] != "Y":
        return f"{int(value) + years:04d}"
    k = int(m.group(2) or 0) + years
    return "Y" if k == 0 else f"Y[{k:+d}]"


def _order(a: str, b: str) -> int | None:
    """-1, 0 or 1 as year ``a`` is before, the same as or after year ``b`` (both absolute or both relative to the
    document's year, ``2017`` against ``Y`` only with the year known); None when they cannot be compared."""
    ma, mb = (
        _YEAR.match(a[:4] if a[:1].isdigit() else a.split("-")[0]),
        _YEAR.match(b[:4] if b[:1].isdigit() else b.split("-")[0]),
    )
    if not ma or not mb or "/" in a or "/" in b:
        return None
    ka = int(a[:4]) if a[0].isdigit() else None
    kb = int(b[:4]) if b[0].isdigit() else None
    if ka is None or kb is None:
        if ka is not None or kb is not None:
            return None
        ka, kb = int(ma.group(2) or 0), int(mb.group(2) or 0)
    return (ka > kb) - (ka < kb)


def _year_before(value: str | None) -> str | None:
    """The state before a period: the year before a year, the year before a span's first."""
    if value and "/" in value:
        return _shift(value.split("/")[0], -1)
    return _shift(value, -1)


def _year_after(value: str | None) -> str | None:
    return _shift(value, 1)
