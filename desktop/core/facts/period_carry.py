"""How far a period carries: the time a figure takes from its sentence and, failing that, from around it.

In this order (:meth:`Carry.context`):

1. **the nearest time word before the figure in its sentence** that is not a comparison's
   (``2021年``, ``在2020年``, ``今年上半年``); a word of *now* (``目前``, ``现在``, ``截至目前``)
   dates it to the document's month (``Y-M`` when that is unknown). A sentence that opens with
   ``其中`` reads the sentence before it too (among what that sentence said). Failing those, **a day
   before it in its sentence** (``今（14）日…頒授…等16人勳章``, ``昨日…公布民調，…88.4%``), unless what
   follows the day is someone's words (``昨(12)日…院長提到，…``: what was said has its own time);
2. **a list introduced by a colon** in the paragraph (``今年发展主要预期目标是：…；…``): the time
   before the colon;
3. **a sentence of the paragraph that opens with nothing but its time** (``今年，…``, ``过去五年，…``,
   dressed as ``刚刚过去的2017年，…`` or ``过去的一年，…``), the nearest before the figure's sentence: it sets
   the time of the sentences after it, so ``2011年，是“十二五”开局之年…。过去一年，我们的各项工作取得了很大成
   绩。国内生产总值增长10.3%`` is 2010's. The paragraph's first sentence carries it to the paragraph's end (the
   paragraph's heading); a later one up to the next time named (``1998年以来，…。今年要…。拟安排…3000亿元``),
   and past that the first sentence's time again. A month, a day or a point of a year carries nothing
   (``去年7月，重庆入选…``, ``去年年底，…`` date an event), nor a deadline (``到明年底，…``);
4. **a year written out at the head of an earlier clause of the paragraph**, up to the next time
   named (``２００１年国内生产总值达到…。…全国财政收入达到…``: a review's topic; a word relative to
   the speaker, ``今年``, and a month or a day carry no further than their sentence);
5. **the paragraph introducing a list** whose items are paragraphs (``——着力提升…``, ``一是…``);
6. **the heading of the figure's section** (``一、2015年工作回顾``, ``过去五年国内工作的基本总结``);
7. **the document's topic year**: a budget's fiscal year named in its lead (``114年度中央政府總預算``).

Never from one paragraph into the next otherwise.
"""

from __future__ import annotations

import bisect
import re

from ..document import enclosing
from .clauses import CLAUSE_END, CLAUSE_END_NOT_COLON, SENTENCE_END_NOT_NEWLINE
from .period_counts import counted_back
from .period_spans import as_span, since_until
from .period_values import NO_PERIOD, YEAR, Period
from .time_words import COMPARED, NOW, REACH_BACK, TimeWords

_COLON = re.compile(r"[：:]")
#: A paragraph that says a list follows: …主要做了以下工作。 / …着重抓好以下几个方面： / …如下：
_OPENS_LIST = re.compile(r"(?:以下|如下)[^。：:，,]{0,8}[。：:]\s*$|[：:]\s*$")
#: An address to the audience on a line of its own (各位代表！): the speech turns to another part.
_ADDRESS = re.compile(r"\s*[^，。！\n]{2,8}[！!]\s*")
_LIST_REACH = 60  # paragraphs back from a plain paragraph to the list's introduction
#: A paragraph that is an item of a list: ——着力提升…, 一是…, （一）…, 第一，…
_ITEM = re.compile(
    r"[ \t]*(?:—{2,}|[一二三四五六七八九十]是|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[，、])"
)
#: The number a heading opens with, by kind: 一、 / （一） / 第一、 / 1. / （1）.
_HEADING_NUMBER = re.compile(
    r"[ \t]*(?:(?P<chinese>[一二三四五六七八九十]+、)|(?P<bracketed>[（(][一二三四五六七八九十]+[）)])"
    r"|(?P<ordinal>第[一二三四五六七八九十]+[、，,])|(?P<arabic>[0-9０-９]+[.．、])|(?P<bracketed_arabic>[（(][0-9０-９]+[）)]))"
)
_TOPIC_HEAD = 400  # a fiscal year named this early is what the document is about
#: …that names a budget (114年度中央政府總預算): 今年度也達900多億元 in passing is no topic.
_BUDGET_AFTER = re.compile(r"[^，。；：]{0,10}?(?:预算|岁出|岁入|决算)")
#: …by its number (114年度, 民国114年度): a budget the release is about is named so; 明年度国防预算 or 今年度也特别编列
#: is a mention in passing (of the 16 releases whose first 400 characters name a 年度 budget, 12 say 明/今年度, all in
#: a speech on something else: a military ceremony, a health committee; the 4 with a number are about the budget).
#: The past year (过去一年, 过去的一年, 一年来) and a heading that reviews the year it names (2018年工作回顾).
_PAST_ONE = re.compile(r"(?:过去的?一年|一年多?来)")
_REVIEW = re.compile(r"回顾|的工作$")
_FISCAL_NUMBER = re.compile(r"(?:民国)?[\d０-９〇○零一二三四五六七八九十百]+年度")
#: A time that opens its clause (２００１年国内生产总值…, ，在2020年…): the topic of what follows.
_OPENS_CLAUSE = re.compile(r"[，,；;：:。！？!?\n\s](?:在|于)?$")
#: …written as a year (２００１年, 一九五三年), not a word relative to the speaker (今年…: a speech's contrasts).
_WRITTEN_YEAR = re.compile(r"[\d０-９〇○零一二三四五六七八九]{4}年")
_LEAD = 2  # a sentence "opens with its time" when its first clause is the date and at most this much more
#: What may dress the time a sentence opens with: 在2020年，…, 刚刚过去的2017年，…, 过去的一年，… (the date is 一年).
_DRESS = re.compile(r"(?:在|于)?(?:刚刚|刚)?(?:过去的)?")
_SENTENCE_END = "。！？!?"
_DEADLINE = re.compile(r"(?:到|至)$")
#: A point of a year (年初, 年底, 年末): like a month, it dates an event or a state.
_POINT = re.compile(r"[初底末]$")
_DRESSED = 12  # the most a dressed time's sentence can start before it (在刚刚过去的 and _LEAD, with spaces)
_MONTH_OR_DAY = re.compile(r"-\d\d$|-M")
#: The year of a time finer than a year (2025-Q2, Y-08, Y[-1]-H1).
_YEAR_OF = re.compile(r"^(\d{4}|Y(?:\[[+-]\d+\])?)-")
#: Someone's words after a day (今（13）日出席…時表示，…): what they say is not of that day. 1 in 4 days before a count
#: in the releases has one of these between (50 of 180 sentences).
_SAID = re.compile(r"表示|指出|强调|认为|说|提到|提及|谈到|致词|宣布|希望|期盼|期待|相信|盼")


class Carry:
    """The periods a figure's surroundings give it, over the time words of one article."""

    def __init__(self, words: TimeWords) -> None:
        self.words = words
        self.topic = self._fiscal_topic()
        self._kinds: list[str | None] | None = None  # each section's heading number kind, read once

    def context(self, start: int, s0: int, section_index: int) -> Period:
        """The period of a figure at ``start`` in the sentence from ``s0``: steps 1-7 of the module."""
        w = self.words
        found = self.nearest_before(s0, start)
        p0 = w.paragraph_start(start)
        if found is None and w.view.startswith("其中", s0) and s0 > p0:  # 其中，…: among what the sentence before said
            found = self.nearest_before(
                max(p0, s0 - REACH_BACK, w.view.rfind("。", max(p0, s0 - REACH_BACK), s0 - 1) + 1), s0
            )
        if found is not None:
            return found
        day = self._sentence_day(s0, start)
        if day is not None:
            return day
        colon = self._colon_list(p0, s0)
        if colon is not None:
            return colon
        lead = self._sentence_lead(p0, s0)
        if lead is not None:
            return self._reviewed(lead, section_index)
        topic = self._paragraph_topic(p0, s0)
        if topic is not None:
            return topic
        intro = self._list_intro(p0)
        if intro is not None:
            return self._reviewed(intro, section_index)
        heading = self.heading(section_index)
        if heading is not None:
            return heading
        return self.topic or NO_PERIOD

    def nearest_before(self, lo: int, start: int) -> Period | None:
        """The last time word in ``[lo, start)``: a date that is not a base, or a word of now."""
        w = self.words
        i = bisect.bisect_left(w.starts, start) - 1
        while i >= 0 and w.dates[i].start >= lo and (w.dates[i].start in w.compared or w.dates[i].end > start):
            i -= 1
        d = w.dates[i] if i >= 0 and w.dates[i].start >= lo else None
        now = None
        for m in NOW.finditer(w.view, lo, start + 2):  # past the figure's start: 现有 looks at the number after it
            if m.end() <= start and not COMPARED.search(
                w.view, max(0, m.start() - 3), m.start()
            ):  # 比现有的86个减少27个
                now = m
        if now is not None and (d is None or now.start() > d.start):
            found, at = Period(w.now, f"{w.text[now.start() : now.end()]}: document date {w.now}"), now.start()
        elif d is not None:
            listed = self._listed_year(i, start)
            if listed is not None:
                return listed
            found, at = as_span(w, d), d.start
        else:
            return None
        return since_until(w, lo, at, found) or found

    def _sentence_day(self, s0: int, start: int) -> Period | None:
        """今（14）日上午頒授…等16人勳章, 今天，…第一次召開，我要感謝三位: the day of the sentence's event."""
        w = self.words
        day = next((d for d in reversed(w.days) if s0 <= d.start and d.end <= start), None)
        if day is None or COMPARED.search(w.view, max(0, day.start - 3), day.start):
            return None
        if _SAID.search(w.view, day.end, start) or NOW.search(w.view, day.end, start):
            return None
        return Period(day.value, f"{w.text[day.start : day.end]} (the sentence's day)")

    def _listed_year(self, i: int, start: int) -> Period | None:
        """今年第一季經濟成長率5.48%、第二季將近8%，贏過中國；股市來到歷史新高近2萬6千點: times of a list (items
        set apart by 、) each hold only their own item; a figure past the clause of the list has their year."""
        w = self.words
        d = w.dates[i]
        year = _YEAR_OF.match(d.value)
        if year is None or i == 0 or not CLAUSE_END_NOT_COLON.search(w.view, d.end, start):
            return None
        previous = w.dates[i - 1]
        between = w.view[previous.end : d.start]
        same_year = _YEAR_OF.match(previous.value)
        if "、" not in between or CLAUSE_END_NOT_COLON.search(between) or not same_year or same_year[1] != year[1]:
            return None
        return Period(year.group(1), f"{w.text[d.start : d.end]}: its year (a list of times)")

    def heading(self, section_index: int) -> Period | None:
        """一、2015年工作回顾: the nearest heading above the figure that names a time (its first)."""
        found = self._heading_time(section_index)
        if found is None:
            return None
        d, _ = found
        return Period(d.value, f"{self.words.text[d.start : d.end]} (heading)")

    def _heading_time(self, section_index: int):
        """The first time named by the nearest heading above the figure that names one, with that heading's section."""
        w = self.words
        if not 0 <= section_index < len(w.sections):
            return None
        for section in enclosing(w.sections, section_index):
            d = w.first_in(section.heading_start, section.heading_end)
            if d is not None:
                return d, section
        return self._marked_parent(section_index)

    def _marked_parent(self, section_index: int):
        """（三）一九五八年…的安排 … 第一、关于基本建设 … 第二、关于工业生产: in a plain text every heading has one level,
        so the heading a numbered one stands under is read from the markers: back past headings numbered as it is or
        as a kind first used later in the text (its siblings and theirs), the nearest of a kind used earlier is its
        parent; the first such that names a time gives it. A heading with no number has no place in this order."""
        w = self.words
        sections = w.sections
        if self._kinds is None:
            self._kinds = [self._marker_kind(s) for s in sections]
        kinds = self._kinds
        own = kinds[section_index]
        if own is None:
            return None
        rank = kinds.index(own)
        for i in range(section_index - 1, -1, -1):
            if sections[i].level != sections[section_index].level or kinds[i] is None:
                continue
            if kinds.index(kinds[i]) >= rank:
                continue  # a sibling, or a lower kind under an earlier sibling
            rank = kinds.index(kinds[i])
            d = w.first_in(sections[i].heading_start, sections[i].heading_end)
            if d is not None:
                return d, sections[i]
        return None

    def _marker_kind(self, section) -> str | None:
        m = _HEADING_NUMBER.match(self.words.view, section.heading_start, section.heading_end)
        return m.lastgroup if m else None

    def _reviewed(self, found: Period, section_index: int) -> Period:
        """一、2018年工作回顾 … 过去一年，…：… with no document date: the past year carried from a sentence or a list's
        introduction is the year the heading reviews (``2018``, the text states it), as a figure with no time word
        under that heading is; in the figure's own sentence it stays ``Y[-1]``, as 去年 does."""
        if found.value != "Y[-1]" or not _PAST_ONE.match(found.source or ""):
            return found
        heading = self._heading_time(section_index)
        if heading is None:
            return found
        d, section = heading
        if YEAR.match(d.value) and _REVIEW.search(self.words.view, d.end, section.heading_end):
            return Period(d.value, f"{found.source} = {self.words.text[d.start : d.end]} (heading)")
        return found

    def list_intro(self, start: int) -> tuple[int, int] | None:
        """The introduction (up to its colon) of the list the figure at ``start`` stands in, if any: 预期目标是：…"""
        w = self.words
        p0 = max(w.paragraph_start(start), start - REACH_BACK)
        colon = None
        for m in _COLON.finditer(w.view, p0, start):
            colon = m
        if colon is None:
            return None
        return max(p0, w.view.rfind("。", p0, colon.start()) + 1), colon.start()

    # -- the steps ----------------------------------------------------------------

    def _colon_list(self, p0: int, s0: int) -> Period | None:
        """今年发展主要预期目标是：…；…: the time before a colon carries through the paragraph's list."""
        view = self.words.view
        colon = None
        for m in _COLON.finditer(view, max(p0, s0 - REACH_BACK), s0):
            colon = m
        if colon is None:
            return None
        intro = max(p0, view.rfind("。", p0, colon.start()) + 1)
        return self.nearest_before(intro, colon.start())

    def _sentence_lead(self, p0: int, s0: int) -> Period | None:
        """今年，… / 过去五年，… / 刚刚过去的2017年，…: the nearest sentence of the paragraph before ``s0`` that
        opens with nothing but its time carries it; one after the paragraph's first sentence only up to the next
        time named, and past that the paragraph's first sentence does (its heading). A month, a day or a point of
        a year carries nothing (去年7月，重庆入选…, 去年年底，…: they date an event)."""
        w = self.words
        nearest = None  # the start of the nearest time named before s0
        for d in w.before(s0):
            if d.start < p0:
                return None
            if d.start in w.compared:
                continue
            nearest = d.start if nearest is None else nearest
            if (
                not self._opens_sentence(p0, d)
                or _MONTH_OR_DAY.search(d.value)
                or _POINT.search(w.view, d.start, d.end)
            ):
                continue
            first = not SENTENCE_END_NOT_NEWLINE.search(w.view, p0, d.start)
            if first or not SENTENCE_END_NOT_NEWLINE.search(w.view, d.end, nearest):
                return Period(d.value, w.text[d.start : d.end])
            # 1998年以来，…。今年要…。拟安排…3000亿元: another time named since; only the paragraph's first carries
        return None

    def _opens_sentence(self, p0: int, d) -> bool:
        """Whether the date ``d`` is the whole first clause of its sentence, but for its dress (在, 刚刚过去的) and
        at most :data:`_LEAD` more characters; not a deadline (到明年底，…)."""
        view = self.words.view
        lo = max(p0, d.start - _DRESSED)
        ends = [view.rfind(c, lo, d.start) for c in _SENTENCE_END]
        if max(ends) < 0 and lo > p0:
            return False  # the sentence began further back: the date is inside it
        s = max(lo, max(ends) + 1)
        while s < d.start and view[s].isspace():
            s += 1
        before = d.start - _DRESS.match(view, s, d.start).end()
        m = CLAUSE_END.search(view, d.end, d.end + _LEAD + 1)
        return m is not None and before + (m.start() - d.end) <= _LEAD and not _DEADLINE.search(view, s, d.start)

    def _paragraph_topic(self, p0: int, s0: int) -> Period | None:
        """２００１年国内生产总值达到…。全年…。税收大幅度增长，全国财政收入达到…: a written year that opens
        a clause earlier in the paragraph is the topic of the sentences after it, until another time is named (the
        last time named must be that year: 去年7月 dates an event and carries nowhere)."""
        w = self.words
        for d in w.before(s0):
            if d.start < max(p0, s0 - REACH_BACK):
                return None
            if d.start in w.compared:
                continue
            opens = d.start == p0 or _OPENS_CLAUSE.search(w.view, max(0, d.start - 2), d.start)
            if not YEAR.match(d.value) or not opens or not _WRITTEN_YEAR.match(w.view, d.start):
                return None
            if any(d.end <= day.start < s0 for day in w.days):
                return None  # 2023年他到該校見證…，今天更見證成立…基地。此項計畫由教育部補助七成: today's, not 2023's
            return Period(d.value, f"{w.text[d.start : d.end]} (earlier in the paragraph)")
        return None

    def _list_intro(self, p0: int) -> Period | None:
        """——着力提升发展质量效益… : paragraphs that are items of a list carry the time its introducing
        paragraph opens with (“十四五”时期是…); so do the plain paragraphs between its items (五年来，我们…主要做了以下
        工作。/（一）创新宏观调控…。/坚持实施积极的财政政策。…/（二）…: the five years)."""
        w = self.words
        i = bisect.bisect_right(w.paragraph_starts, p0) - 1
        if i < 1:
            return None
        if not _ITEM.match(w.view, w.paragraphs[i][0]):
            i = self._introduced(i)
            if i is None:
                return None
        else:
            while i >= 1 and _ITEM.match(w.view, w.paragraphs[i][0]):
                i -= 1
        start, end = w.paragraphs[i]
        first_end = CLAUSE_END.search(w.view, start, end)
        d = w.first_in(start, first_end.start() if first_end else end)
        if d is None:
            return counted_back(w, start, first_end.start() if first_end else end)
        if _MONTH_OR_DAY.search(d.value):
            return None
        return Period(d.value, f"{w.text[d.start : d.end]} (the list's introduction)")

    def _introduced(self, i: int) -> int | None:
        """The paragraph that introduces the list a plain paragraph ``i`` stands in, between two of its items: back
        within the section, the nearest paragraph that says a list follows (…以下工作。, …：) and is followed by an
        item; none past an address (各位代表！), which opens another part of the speech. After the last item the list
        may have ended (第三，…。/我深信，…。/隨後，林領袖代表致詞時…), so a paragraph there takes nothing from it."""
        w = self.words
        section_start = self._section_start(w.paragraphs[i][0])
        if not self._item_follows(i, section_start):
            return None
        lo = bisect.bisect_right(w.paragraph_starts, section_start) - 1
        item_seen = False
        for j in range(i - 1, max(lo, i - _LIST_REACH) - 1, -1):
            start, end = w.paragraphs[j]
            if _ADDRESS.fullmatch(w.view, start, end):
                return None
            if _ITEM.match(w.view, start):
                item_seen = True
                continue
            if item_seen and _ITEM.match(w.view, w.paragraphs[j + 1][0]) and _OPENS_LIST.search(w.view, start, end):
                return j
        return None

    def _item_follows(self, i: int, section_start: int) -> bool:
        w = self.words
        for start, end in w.paragraphs[i + 1 : i + 1 + _LIST_REACH]:
            if self._section_start(start) != section_start or _ADDRESS.fullmatch(w.view, start, end):
                return False
            if _ITEM.match(w.view, start):
                return True
        return False

    def _section_start(self, at: int) -> int:
        starts = [s.start for s in self.words.sections if s.start <= at]
        return max(starts) if starts else 0

    def _fiscal_topic(self) -> Period | None:
        """114年度中央政府總預算 in a release's lead (its first 400 characters): the year its amounts belong to."""
        w = self.words
        for d in w.dates:
            if d.start >= _TOPIC_HEAD:
                break
            if (
                w.view.startswith("度", d.end - 1)
                and d.start not in w.compared
                and YEAR.match(d.value)
                and _BUDGET_AFTER.match(w.view, d.end)
                and _FISCAL_NUMBER.fullmatch(w.view, d.start, d.end)
            ):
                return Period(d.value, f"{w.text[d.start : d.end]} (the document's fiscal year)")
        return None
