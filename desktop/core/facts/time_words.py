"""The time words of one article as the period grammar reads them (:mod:`facts.periods`).

:class:`TimeWords` holds the dates that can give a figure its period, in reading order, with the
paragraphs and headings around them, and answers the lookups every period rule makes: the dates
before an offset, the date that ends at one, the start of a clause or a paragraph. Which dates are
a comparison's (``比上年``: what a figure is compared with, never its period) is decided here once.
"""

from __future__ import annotations

import bisect
import re

from .clauses import CLAUSE_END
from .dates import DateMention, DocumentDate

#: A date right after one of these is what a figure is compared with (比上年增长): not its period.
COMPARED = re.compile(r"(?:比|比起|较|与|相比|相较|对比|高于|低于|较于|较之|同)$")
#: 是2010年的2.2倍, 为１９８２年的３．４倍, 等于一九四九年的二点五倍, 是今年预算的4.8倍, 是十年前的3倍: the date is
#: what a multiple is of (its base), not the multiple's period (a ratio between two times is the later one's).
_TIMES_OF = re.compile(r"(?:是|为|相当于|等于)$")
_TIMES_AFTER = re.compile(r"[^，,。；;：:！？\d０-９]{0,6}?的(?P<n>[\d０-９一二两三四五六七八九十百点．.]+多?倍)")
#: 在上年大幅度增长的基础上: the year is what the figure builds on, not its period.
_ON_THE_BASIS = re.compile(r"[^，。；：]{0,14}的基础上")
#: 由一九八○年的七千二百万吨增加到…, 从2002年7703元, 由1978年的36.5％，降为33.6％, 由上年亏损9000万元转为盈利: a
#: date that opens the from-part of a change is the base's, as a date after 比 is (the next item of the sentence does
#: not take it); not 从2024年起, 从1998年…以来 (a span's start).
_FROM_PART = re.compile(
    r"(?:[底末])?的?[^\d０-９一二两三四五六七八九十百千，,。；;：:！？到至起以来]{0,3}?"
    r"(?=[\d０-９一二两三四五六七八九十百千][^，,。；;：:！？]{0,20}?(?:[，,][^，,。；;：:！？\d０-９]{0,4}?)?(?:到|至|为))"
)
#: 一九八二年同一九七八年相比: the year a sentence's changes start from.
_AGAINST = re.compile(r"(?:同|与|和|跟)$")
_COMPARED_AFTER = re.compile(r"[^，,。；;：:！？]{0,3}?(?:相比|比较)")
_DAY = re.compile(r"-(?:\d\d|M)-(?:\d\d|D)(?:\[[+-]\d+\])?$")
#: A word of now: it dates a figure to the document's month.
#: 现有 only before a number (现有缺额7名, 比现有的86个): before a noun it is "existing" (用于现有企业设备更新的资金).
NOW = re.compile(
    r"截至目前为止|截至目前|截至今日|目前|(?<![表体出实展呈])现(?:在|有(?=的?[\d０-９一二两三四五六七八九十百千]))|如今|当前|现阶段|"
    r"迄今|至今"
)
#: How far before a figure its sentence, colon or paragraph are read (characters): keeps the grammar
#: linear on a one-line megabyte (issue 14's battery) and is longer than any real sentence's reach.
REACH_BACK = 600


class TimeWords:
    """The dates of an article that can be periods. ``view`` is the text the dates were read on
    (Simplified characters, the same length as ``article.text``); offsets index both."""

    def __init__(self, article, view: str, dates: list[DateMention], doc: DocumentDate) -> None:
        self.text, self.view = article.text, view
        #: The document's month (or year), ``Y-M`` when it is not known: what a word of now means.
        self.now = (
            f"{doc.year:04d}-{doc.month:02d}"
            if doc.year is not None and doc.month is not None
            else f"{doc.year:04d}"
            if doc.year is not None
            else "Y-M"
        )
        # Not a day (it dates an event), not a bare year (迈向2050净零: a goal's name, not a figure's time).
        self.dates = [d for d in dates if d.value and not _DAY.search(d.value) and not view[d.start : d.end].isdigit()]
        #: …the days, apart: one dates the counts of its own sentence's event (今（14）日…頒授…等16人勳章).
        self.days = [d for d in dates if d.value and _DAY.search(d.value)]
        #: The starts of the dates that are a comparison's (比上年) or a basis's (在上年…的基础上).
        self.starts = [d.start for d in self.dates]
        #: The starts of the dates that open a change's from-part (由一九八○年的…增加到): an average runs from them.
        self.from_parts = {d.start for d in self.dates if self._opens_a_from_part(d)}
        self.compared = self.from_parts | {
            d.start
            for d in self.dates
            if COMPARED.search(view, max(0, d.start - 3), d.start) or _ON_THE_BASIS.match(view, d.end)
        }
        #: The dates a multiple is of (是2010年的2.2倍), by where the multiple starts: the multiple is no base, and its
        #: period is what the sentence says before that date.
        self.times_of = {}
        for d in self.dates:
            m = _TIMES_AFTER.match(view, d.end) if _TIMES_OF.search(view, max(0, d.start - 3), d.start) else None
            if m is not None:
                self.times_of[m.start("n")] = d
        #: …and a multiple's base dates nothing after it (是1997年的2.3倍；五年内…1300万人 is not 1997's).
        self.compared |= {d.start for d in self.times_of.values()}
        #: …of those, the starts of the years a sentence's changes start from (由一九七八年的…, 同一九七八年相比).
        self.starting = self.from_parts | {
            d.start
            for d in self.dates
            if _AGAINST.search(view, max(0, d.start - 1), d.start) and _COMPARED_AFTER.match(view, d.end)
        }
        self.paragraphs = sorted((p.start, p.end) for p in article.paragraphs)
        self.paragraph_starts = [p[0] for p in self.paragraphs]
        self.sections = article.sections

    def _opens_a_from_part(self, d: DateMention) -> bool:
        """由一九八○年的七千二百万吨增加到…: 由/从, the date, then the base's figure (not another date) and, in the
        same clause, what it changes to (从2019年到2023年一共投入3亿元 is a span)."""
        if d.start == 0 or self.view[d.start - 1] not in "由从":
            return False
        m = _FROM_PART.match(self.view, d.end)
        if m is None:
            return False
        i = bisect.bisect_left(self.starts, m.end())
        return not (i < len(self.dates) and self.dates[i].start == m.end())

    @property
    def this_year(self) -> str:
        """The document's year, ``Y`` when it is not known."""
        return self.now[:4] if self.now[0] != "Y" else "Y"

    def before(self, start: int):
        """The dates that start before ``start``, nearest first (no copy of the list: linear documents stay linear)."""
        for i in range(bisect.bisect_left(self.starts, start) - 1, -1, -1):
            yield self.dates[i]

    def date_ending_at(self, end: int) -> DateMention | None:
        i = bisect.bisect_left(self.starts, end) - 1
        if i >= 0 and self.dates[i].end == end:
            return self.dates[i]
        return None

    def first_in(self, lo: int, hi: int) -> DateMention | None:
        """The first time ``[lo, hi)`` names that is not a comparison's (一、1998年工作回顾和1999年工作的总体要求:
        1998 is the heading's subject)."""
        i = bisect.bisect_left(self.starts, lo)
        while i < len(self.dates) and self.dates[i].end <= hi:
            if self.dates[i].start not in self.compared:
                return self.dates[i]
            i += 1
        return None

    def clause_start(self, s0: int, start: int) -> int:
        """Where the clause holding ``start`` begins, not before ``s0``."""
        at = s0
        for m in CLAUSE_END.finditer(self.view, s0, start):
            at = m.end()
        return at

    def paragraph_start(self, offset: int) -> int:
        i = bisect.bisect_right(self.paragraph_starts, offset) - 1
        return self.paragraphs[i][0] if i >= 0 else 0
