"""The period a figure refers to, decided from its clause (issue 19.2).

A figure's period is, in this order:

1. **a comparison base's own**: the figure *is* the base (``比一九五二年的五万八千人``,
   ``较去年的…``, ``由上年46亿元增加到…``): the base's date, or, when the base names
   none, the year before the clause's period (the start of a span: ``过去五年…由4771公里
   增加到…`` is the year before the five). Its stance is then ``base``.
2. **the time its context gives** (:mod:`facts.period_carry`): the nearest time word before it
   in its sentence that is not a comparison base (``2021年``, ``在2020年``, ``今年上半年``), else
   as far as a period carries: a list introduced by a colon, a paragraph that opens with its
   time, a year written at the head of an earlier clause, the section's heading, the document's
   fiscal year; never from one paragraph into the next otherwise. A clause that names no time before
   the figure and one after it (``且有超過九成的企業計劃在今年加薪``) is of that time.
3. **a span** (:mod:`facts.period_spans`) when a span marker in the figure's clause (``平均每年``,
   ``年均``, ``累计``) asks for one: the span the sentence, list, paragraph or heading names
   (``1998/2002``), or from after the first to the second of two years the sentence names
   (``1982年…1987年…平均每年`` → ``1983/1987``). A deadline ahead (``在2028年前释出1万户``) is a
   span from the document's year to it. The figure a change reaches (``由…增加到…``) and a level
   (``提高到30%``) take a span's end.
4. **the base of a later figure**: followed by a later year's figure of the same measure
   (``1982年为270元，1987年提高到463元``), the figure is that change's start.

Each decision keeps its *source*: the words it came from, shown in the facts
panel's tooltip and by ``fact-browser facts --verbose``.
"""

from __future__ import annotations

import bisect
import re

from .clauses import CLAUSE_OR_ITEM_END
from .dates import DateMention, DocumentDate
from .period_carry import Carry
from .period_counts import opening_years_back, over_the_count, years_since, years_to
from .period_spans import (
    AVERAGE,
    SPAN_MARK,
    as_span,
    since,
    since_start,
    span,
    until,
    years_back,
)
from .period_values import YEAR, Period, order, year_before
from .time_words import NOW, REACH_BACK, TimeWords

__all__ = ["Period", "PeriodGrammar"]

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
#: A figure that is itself a change (去年經濟成長率是4.84%，今年第一季…是5.48%): each year's result, no base of the next.
_A_CHANGE = re.compile(
    r"(?:成长|增长|增加|上涨|下降|减少|衰退)(?:率|幅度|幅)?[^，。；\d]{0,3}$|[增涨降]幅[^，。；\d]{0,3}$"
)
#: A number in a change's from-part (由7703元, 由一九八○年的七千二百万吨, 由百分之五).
_A_NUMBER = re.compile(r"[\d０-９]|[一二两三四五六七八九十][十百千万亿点]|百分之")
_FROM = re.compile(r"(?:由|从)([^，。；：由从]{0,10})$")
_CHANGE_TO = re.compile(
    r"[ \t]*[，,]?(?:[^，。；：\d]{0,6}?)(?:增加|提高|上涨|涨|攀升|减少|降低|下降|上升|增长|提升|扩大|缩小|上调|下调|调升|调高|"
    r"调降|下修|上修|回升|回落|扩充|增|降|升|减)?(?:到|至|为)"
)
_REACHED = re.compile(
    r"(?:增加|提高|上涨|涨|攀升|减少|降低|下降|上升|增长|成长|提升|扩大|缩小|上调|下调|调升|调高|调降|回升|回落|扩充|"
    r"增|降|升|减)(?:到|至)$"
)
#: A level reached (提高到65%, 达到24.1%, 在2030年前达到GDP 5%): at a span's end.
_LEVEL = re.compile(
    r"(?:增加|提高|上涨|涨|攀升|减少|降低|下降|上升|增长|成长|提升|扩大|缩小|降|升|达)(?:到|至)(?:GDP的?[ \t]*)?$"
)
_AGAINST_THE_PAST = re.compile(r"(?:比|较|与|相较于?|相比于?)(?:当时|当年|过去|以前|从前|那时)(?!的)")
#: 每年 (not 平均每年) in a figure's clause: so much a year, not over the span its sentence runs from 从…至今.
_YEARLY_SINCE = re.compile(r"(?<!平均)每年(?!平均)")
_CLOSES_NOW = re.compile(r"至今|迄今")
#: 从2.7%上修至2.9%: an outlook revised, the base the same year's earlier figure.
_REVISED = re.compile(r"[ \t]*(?:上修|下修)")
#: 由原定平均每年6%调高到8%至9%: the figure the plan first set for the same period.
_ORIGINAL = re.compile(r"原定|原计划|原订|原先|原来")


class PeriodGrammar:
    """Periods for the figures of one article. ``view`` is the text the dates were read on
    (Simplified characters, the same length as ``article.text``)."""

    def __init__(self, article, view: str, dates: list[DateMention], doc: DocumentDate) -> None:
        self.words = TimeWords(article, view, dates, doc)
        self.carry = Carry(self.words)

    def period(self, start: int, end: int, sentence: tuple[int, int], section_index: int = -1) -> Period:
        """The period of the figure at ``[start, end)`` in the sentence ``sentence``."""
        view = self.words.view
        s0 = max(sentence[0], start - REACH_BACK)  # a run-on "sentence" of a megabyte is read near the figure
        clause_start = self.words.clause_start(s0, start)
        prefix = view[clause_start:start]
        of = self.words.times_of.get(start)
        if of is not None:  # 2002年高等学校在校生1600万人，是1997年的2.3倍: what the sentence says before 1997年 (2002)
            return self.carry.context(of.start, s0, section_index)
        base = self._base(start, end, clause_start, prefix, s0, section_index)
        if base is not None:
            return base
        frm = max(view.rfind("由", s0, start), view.rfind("从", s0, start))
        # not 由银行提供…，今年要扩大到511户: a from-part with no figure
        reached = (
            bool(_REACHED.search(prefix))
            and frm >= 0
            and start - frm <= 40
            and bool(_A_NUMBER.search(view, frm, start))
        )
        if reached:  # 预计明年…由现在的50万户，提高到75万户: the time words inside the 由… part are the base's
            found = self.carry.context(frm, s0, section_index)
        else:
            found = self._own_clause_after(clause_start, end) or self.carry.context(start, s0, section_index)
        if found.value and SPAN_MARK.search(prefix) and "/" not in found.value:
            found = span(self.words, start, s0, found, self.carry.heading(section_index))
        if found.value is None and SPAN_MARK.search(prefix):
            found = years_back(self.words, s0, start) or found
        if found.value is None:
            found = self._against_the_past(clause_start, prefix) or found
        found = years_to(self.words, s0, clause_start, start, found) or found
        found = since_start(self.words, s0, start, found) or found
        found = over_the_count(self.words, s0, clause_start, start, found, self._section(section_index)) or found
        found = years_since(self.words, s0, start, found) or until(self.words, s0, start, found) or found
        found = opening_years_back(self.words, s0, start, found) or found
        if found.value and _CLOSES_NOW.search(found.source) and _YEARLY_SINCE.search(view, clause_start, start):
            return Period(None, "")  # 從民國74年迄今，…每年大概奪走5萬多條: a yearly rate, no span's total
        if found.value and not _A_CHANGE.search(prefix) and self._earlier_than_next(end, found.value):
            return Period(found.value, found.source, base=True)
        if (
            found.value
            and "/" in found.value
            and (reached or _LEVEL.search(prefix) and not SPAN_MARK.search(prefix))
            and not AVERAGE.search(prefix)  # 由原定平均每年6%调高到8%至9%: a yearly average over the span
        ):
            return Period(found.value.split("/")[1], found.source)  # 由…增加到2.5万公里: the span's end
        return found

    def _section(self, section_index: int):
        sections = self.words.sections
        return sections[section_index] if 0 <= section_index < len(sections) else None

    def list_intro(self, start: int, sentence_start: int) -> tuple[int, int] | None:
        """The introduction (up to its colon) of the list the figure stands in, if any: 预期目标是：…"""
        return self.carry.list_intro(start)

    def _own_clause_after(self, clause_start: int, end: int) -> Period | None:
        """且有超過九成的企業計劃在今年加薪: a clause that names no time before the figure and one after it (the
        figure in its subject, the time before its verb) is of that time, not of a time from an earlier clause."""
        w = self.words
        i = bisect.bisect_left(w.starts, clause_start)
        while i < len(w.dates) and w.dates[i].start < end:
            if w.dates[i].start not in w.compared:
                return None  # the clause's own time before the figure decides (the carry's step 1)
            i += 1
        stop = CLAUSE_OR_ITEM_END.search(w.view, end)
        stop_at = stop.start() if stop else len(w.view)
        for d in w.dates[i:]:
            if d.start >= stop_at:
                return None
            if d.start not in w.compared:
                return as_span(w, d)
        return None

    def _against_the_past(self, clause_start: int, prefix: str) -> Period | None:
        """國內生產毛額較當時成長7倍: a change measured against a past the text names no time for is as of now."""
        m = _AGAINST_THE_PAST.search(prefix)
        if m is None:
            return None
        w = self.words
        word = w.text[clause_start + m.start() : clause_start + m.end()]
        return Period(w.now, f"{word}: document date {w.now}")

    def _earlier_than_next(self, end: int, value: str) -> bool:
        """The figure is followed in its sentence by a later time and what the same measure then was
        (1982年为270元，1987年提高到463元): it is the base of that change."""
        w = self.words
        m = _THEN.match(w.view, end)
        if m is None:
            return False
        i = bisect.bisect_left(w.starts, m.end())
        if i >= len(w.dates) or w.dates[i].start != m.end():
            return False
        later = w.dates[i]
        if not _THEN_REACHED.match(w.view, later.end):
            return False
        if w.now[0] != "Y" and order(later.value, w.now[:4]) == 1:
            return False  # 今年度也达900多亿元，明年更将达到…: a plan ahead, not a change this figure was the start of
        return order(value, later.value) == -1

    def _started(self, s0: int, start: int) -> Period | None:
        """The year the changes of the sentence ``[s0, start)`` start from, as a base: 由一九七八年的X增加到一九八二年的Y，
        …由A增加到B (A is 1978's too), 一九八二年同一九七八年相比，…由A增加到B; or the year it compares with
        (2002年…投入3366亿元，是1997年的1.8倍，占…比重从2.5%提高到3.3%: 2.5% is 1997's, the state the
        comparison starts from, not 2001's). A sentence that opens with 其中 reads the one before it too
        (…，比一九八○年的…增加…。其中，工业总产值由A增加到B: A is 1980's)."""
        w = self.words
        lo = s0
        if w.view.startswith("其中", s0):
            lo = max(w.paragraph_start(s0), w.view.rfind("。", max(0, s0 - REACH_BACK), s0 - 1) + 1)
        for d in w.before(start):
            if d.start < lo:
                return None
            if d.start in w.starting and YEAR.match(d.value):
                return Period(d.value, f"{w.text[max(lo, d.start - 1) : d.end]} (the sentence's start)", base=True)
            if d.start in w.compared and YEAR.match(d.value):
                return Period(d.value, f"{w.text[max(lo, d.start - 1) : d.end]} (the sentence's comparison)", base=True)
        return None

    def _base(self, start, end, clause_start, prefix, s0, section_index) -> Period | None:
        """Step 1: the figure is the earlier side of a comparison (比一九五二年的…, 由上年46亿元增加到…)."""
        w = self.words
        words_end = start - 1 if prefix.endswith("的") else start
        d = w.date_ending_at(words_end)
        if d is not None and d.start in w.compared:
            marker = d.start - 1 if d.start in w.from_parts else max(clause_start, d.start - 3)  # 由上年, 比上年
            return Period(d.value, w.text[marker : d.end].lstrip("，, "), base=True)
        now = _BASE_NOW.search(prefix)
        if now:  # 比现有的86个减少27个: the base is the state now
            word = w.text[clause_start + now.start() : clause_start + now.end()]
            return Period(w.now, f"{word}: document date {w.now}", base=True)
        if _BASE_OF.search(prefix):
            return Period(None, "", base=True)  # 比改革前的…: a base whose time the text does not give
        m = _FROM.search(prefix)
        if m and _CHANGE_TO.match(w.view, end) and not _REACHED.search(prefix):  # 从28亿元提高到68亿元，到…
            d = w.date_ending_at(words_end)
            if d is not None:
                return Period(d.value, w.text[m.start() + clause_start : d.end], base=True)
            mid = m.group(1).strip().removesuffix("的")
            if mid and (NOW.fullmatch(mid) or mid == "现有"):  # 由现在的50万户提高到75万户
                return Period(
                    w.now,
                    f"{w.text[m.start(1) + clause_start : m.end(1) + clause_start]}: document date {w.now}",
                    base=True,
                )
            if _ORIGINAL.search(mid):  # 由原定平均每年6%调高到…: the first plan for the same years
                context = self.carry.context(start, s0, section_index)
                if SPAN_MARK.search(prefix) and context.value and "/" not in context.value:
                    context = span(w, start, s0, context, self.carry.heading(section_index))
                return Period(context.value, context.source, base=True)
            began = since(w, s0, start)
            if began is not None:  # 从2016年至今…由3,157家成长到…: the base is where the span starts
                return Period(began.value, w.text[began.start - 1 : began.end], base=True)
            started = self._started(s0, start)
            if started is not None:  # 由一九七八年的…提高到…，轻工业所占比重由31.1%提高到…: the sentence's start year
                return started
            context = self.carry.context(start, s0, section_index)
            context = opening_years_back(w, s0, start, context) or context  # 四年来，…由二十个增加到三十三个
            if _REVISED.match(w.view, end):  # IMF对今年…的预估也从3.3%下修至2.8%: this year's, revised
                return Period(context.value, context.source, base=True)
            return Period(year_before(context.value), context.source, base=True)
        return None
