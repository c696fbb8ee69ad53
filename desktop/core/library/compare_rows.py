"""One figure as a row of a comparison: its role, the year it is placed at, its facet and its marker;
a year's target beside its outcome, and which row a year keeps (:mod:`.compare` gathers the figures).

Each figure is placed at **its own period** (``Fact.period``: 2020's growth, stated in the 2021
report, is placed at 2020), never at its report's year, unless the extractor found no period
(then the document's year, and the row says so). Its **stance** is the extractor's
(``Fact.stance``): a target or plan is a *target*, a result (or the base a later figure is
compared with) an *outcome*, a forecast a *forecast*; a figure over several years (a span
period such as ``2013/2017``, or 年均/累计 in its clause) is a *span*. A library built before
stances were kept falls back to the words of the clause (:data:`TARGET_WORDS`).

For each year and role a series keeps one row (:func:`preference`): a target from that year's
own document first, an outcome from the first document after the year first (2020's growth from
the 2021 report), a result before a base. :meth:`CompareSeries.years` sets the target and the
outcome of each year side by side with the gap. ``qualifier`` keeps the extractor's mark (``≈``
for 左右, ``>=`` for 以上, …); a range written ``6%－6.5%`` becomes ``value=6, high=6.5``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .folds import fold_query
from .records import LibraryFact

#: Words that make a figure a target rather than a result, looked for in its clause when the
#: library keeps no stance. Matched in the folded text, so 預期目標 and 計畫 count as 预期目标 and 计划.
TARGET_WORDS = ("预期目标", "预期", "目标", "计划", "计画", "力争", "争取", "提出", "预计", "将达", "可望")
#: The qualifier as the text usually writes it, for the row's marker.
QUALIFIER_WORDS = {"≈": "左右", ">=": "以上", ">": "超过", "<=": "以内", "<": "不到", "+": "多"}
RATE_KINDS = ("percent", "ratio", "multiple")
#: the row's role for each stance of the extractor
ROLE_OF_STANCE = {"target": "target", "plan": "target", "forecast": "forecast", "result": "result", "base": "result"}
ROLES = ("target", "forecast", "result")
CLAUSE_END = "，,；;。！？!?\n"
#: A figure over several years (年均增长7.1%, 比2002年增长65.5%) is not the document's result for its year.
_SPAN_OF_YEARS = re.compile(r"年均|平均每年|累计|[五十]年|比\d{4}年|比[一二][〇零九][〇零一二三四五六七八九]{2}年")
_RANGE_TAIL = re.compile(r"\s*[－\-–—~～至到]\s*(\d+(?:\.\d+)?)\s*[%％]")
_YEAR = re.compile(r"^\d{4}$")
_RELATIVE_YEAR = re.compile(r"^Y(?:\[([+-]\d+)\])?$")
#: a change (增长, 涨幅) and a level or share (赤字率, 占国内生产总值的比重) are never one line; a
#: ratio's label keeps its verb (赤字率 提高 for 赤字率提高到3%), so a ratio word makes it a level.
#: Matched in the script fold: Taiwan writes growth 成長 (經濟成長率 is the growth rate), and 上升 is
#: a rise as 上涨 is (居民消费价格总水平上升).
_CHANGE = re.compile(r"增长|成长|增加|增幅|涨幅|上涨|上升|提高|下降|降低|减少|回落|增速")
_LEVEL = re.compile(r"占|比重|比例|比率|(?<!增长)(?<!成长)(?<!增)率")


@dataclass(frozen=True, slots=True)
class CompareRow:
    """The figure one document states; offsets are ``[start, end)`` into that document's text."""

    doc_id: int
    title: str
    date: str | None
    role: str  # "target", "forecast", "result", or "span" (a figure over several years)
    value: float
    high: float | None  # the top of a range, else None
    unit: str | None
    qualifier: str | None
    marker: str  # what made it a target (预期目标) and/or its qualifier word (左右)
    kind: str
    label: str
    text: str
    sentence: str
    start: int
    end: int
    #: the period the figure is about, when the extractor says (去年 in a 2024 report: "2023")
    period: str | None = None
    #: the extractor's stance (target, plan, forecast, result, base), None in a library that keeps none
    stance: str | None = None
    #: the year the row is placed at (its period's year), None when neither period nor date gives one
    year: int | None = None
    #: where the year came from: "period" (the figure's own), "document" (its document's date), or ""
    placed_by: str = ""
    #: the words the period came from (the extractor's ``period_source``)
    period_source: str = ""
    #: "change" (增长…) or "" (a level, a ratio, a share): never drawn on one line together
    facet: str = ""

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(frozen=True, slots=True)
class YearRow:
    """One year of a measure: its target and its outcome side by side, and the gap between them."""

    year: int
    target: CompareRow | None
    result: CompareRow | None

    @property
    def gap(self) -> float | None:
        """The outcome less the target; 0 inside a target range, else the distance to its nearer end."""
        if self.target is None or self.result is None:
            return None
        low, high, got = self.target.value, self.target.high, self.result.value
        if high is not None and low <= got <= high:
            return 0.0
        nearer = high if high is not None and got > high else low
        return round(got - nearer, 9)

    def as_dict(self) -> dict:
        return {
            "year": self.year,
            "target": self.target and self.target.as_dict(),
            "result": self.result and self.result.as_dict(),
            "gap": self.gap,
        }


@dataclass(slots=True)
class CompareSeries:
    label: str
    kind: str | None
    unit: str | None
    rows: list[CompareRow]
    #: how the query was understood (a curated measure, "label English", "learned: …")
    meaning: list[str] = field(default_factory=list)
    #: the label words looked for ("A B": every word in the label)
    alternatives: list[str] = field(default_factory=list)

    @property
    def is_rate(self) -> bool:
        """Rates are drawn as a line, amounts as bars."""
        return self.kind in RATE_KINDS

    @property
    def facet(self) -> str:
        """The facet most rows have ("change" for 国内生产总值 增长): the one :meth:`years` pairs."""
        facets = Counter(r.facet for r in self.rows)
        return facets.most_common(1)[0][0] if facets else ""

    def years(self) -> list[YearRow]:
        """Each year that has a target or an outcome, oldest first: the two side by side (rows of the
        series' own :attr:`facet`: a share of GDP is never set against a growth rate)."""
        facet = self.facet
        by_year: dict[int, dict[str, CompareRow]] = {}
        for row in sorted(self.rows, key=preference):
            if row.year is not None and row.role in ("target", "result") and row.facet == facet:
                by_year.setdefault(row.year, {}).setdefault(row.role, row)
        return [YearRow(y, r.get("target"), r.get("result")) for y, r in sorted(by_year.items())]

    def as_dict(self) -> dict:
        return {
            "label": self.label,
            "kind": self.kind,
            "unit": self.unit,
            "meaning": self.meaning,
            "alternatives": self.alternatives,
            "rows": [r.as_dict() for r in self.rows],
            "years": [y.as_dict() for y in self.years()],
        }


def preference(row: CompareRow) -> tuple:
    """Which row of a year and role is kept: a target from the year's own document (or the nearest
    before it), an outcome from the first document after the year (or the nearest), a result
    before a base, a figure placed by its own period before one placed by its document's date, and
    of two targets in one document the one a target word governs (预期目标是：…)."""
    doc_year = _doc_year(row.date)
    if row.year is None or doc_year is None:
        distance = 99
    elif row.role == "result":
        distance = doc_year - row.year - 1 if doc_year > row.year else 50 + row.year - doc_year
    else:
        distance = row.year - doc_year if doc_year <= row.year else 50 + doc_year - row.year
    unworded = row.role == "target" and not _worded(row.marker)
    return (row.placed_by != "period", row.stance == "base", distance, unworded, row.doc_id, row.start)


def _worded(marker: str) -> bool:
    """Whether a target's marker names a target word (预期目标), not only its qualifier (左右)."""
    first = marker.split(" ")[0]
    return bool(first) and first not in QUALIFIER_WORDS.values()


def target_word(text: str, start: int, end: int, sentence_start: int | None) -> str:
    """The target word governing the figure at ``[start, end)`` of ``text``, ``"span"`` for a figure over
    several years (年均, 比2002年), or ``""`` for a result (for libraries that keep no stance)."""
    clause = _clause(text, start, end)
    for word in TARGET_WORDS:
        if word in clause:
            return word
    if _SPAN_OF_YEARS.search(clause):
        return "span"
    # A list introduced by a colon: 主要预期目标是：国内生产总值增长5%左右；…  (the colon may
    # end the previous paragraph, as in the 2010–2012 reports).
    head_start = sentence_start if sentence_start is not None else text.rfind("\n", 0, start) + 1
    head = text[head_start:start]
    colon = max(head.rfind("："), head.rfind(":"))
    if colon < 0:
        before = text[:head_start].rstrip()
        if before.endswith(("：", ":")):
            line = before[before.rfind("\n") + 1 :]
            return next((w for w in TARGET_WORDS if w in line), "")
        return ""
    intro = head[:colon]
    return next((w for w in TARGET_WORDS if w in intro), "")


def _clause(text: str, start: int, end: int) -> str:
    lo = start
    while lo > 0 and text[lo - 1] not in CLAUSE_END:
        lo -= 1
    hi = end
    while hi < len(text) and text[hi] not in CLAUSE_END:
        hi += 1
    return text[lo:hi]


def place(period: str | None, date: str | None) -> tuple[int | None, str]:
    """``(year, placed_by)`` of a figure: its period's year (a relative ``Y[-1]`` counted from the
    document's year), None for a span or a part of a year, else its document's year."""
    doc_year = _doc_year(date)
    if period:
        if _YEAR.match(period):
            return int(period), "period"
        m = _RELATIVE_YEAR.match(period)
        if m:
            return (doc_year + int(m.group(1) or 0), "period") if doc_year is not None else (None, "")
        return None, ""
    return (doc_year, "document") if doc_year is not None else (None, "")


def _doc_year(date: str | None) -> int | None:
    return int(date[:4]) if date and date[:4].isdigit() else None


def _role(record: LibraryFact, text: str) -> tuple[str, str]:
    """``(role, word that made it a target)`` from the extractor's stance, or the clause's words."""
    f, sentence_start = record.fact, record.sentence_start
    stance = f.stance
    period = f.period or ""
    if stance:
        role = ROLE_OF_STANCE.get(stance, "result")
        if role == "result" and period and period == (record.date or "")[:4]:
            # A yearly report states its own year's targets, not its results: a "result" about the
            # report's year whose list is introduced by 预期目标是： (a colon that may end the previous
            # paragraph, as in the 2010–2012 reports) is a target the extractor did not see.
            word = target_word(text, f.start, f.end, sentence_start)
            if word and word != "span":
                return "target", word
        if "/" in period or (role == "result" and _SPAN_OF_YEARS.search(_clause(text, f.start, f.end))):
            return "span", ""
        word = target_word(text, f.start, f.end, sentence_start) if role != "result" else ""
        return role, ("" if word == "span" else word)
    word = target_word(text, f.start, f.end, sentence_start)
    if word == "span" or "/" in period:
        return "span", ""
    return ("target" if word else "result"), word


def facet_of(label: str, clause_before: str) -> str:
    """ "change" for a growth or a fall (国内生产总值 增长), "" for a level, a ratio or a share (赤字率,
    占国内生产总值的比重). Both are in the script fold (:func:`.folds.fold_query`)."""
    if len(label.replace(" ", "")) <= 2:  # a bare label (目标): the clause names the measure
        label = clause_before[-12:] + label
    if _CHANGE.search(label) and not _LEVEL.search(label) and "占" not in clause_before:
        return "change"
    return ""


def row_of(record: LibraryFact, raw: str, text: str) -> CompareRow:
    """``raw`` is the document's text, ``text`` its fold (same offsets): words are found in the
    fold and shown as the document writes them (預期目標, not 预期目标)."""
    f = record.fact
    value = f.value
    high = None
    if isinstance(value, list):
        value, high = value[0], value[-1]
    elif f.kind == "percent":
        m = _RANGE_TAIL.match(text, f.end)
        if m:
            high = float(m.group(1))
    role, word = _role(record, text)
    if word:
        near = [i for i in _occurrences(text, word, max(0, f.start - 400), f.end + 80)]
        if near:
            i = min(near, key=lambda i: abs(i - f.start))
            word = raw[i : i + len(word)]
    qualifier_word = QUALIFIER_WORDS.get(f.qualifier or "", "")
    marker = " ".join(w for w in (word, qualifier_word) if w)
    year, placed_by = place(f.period or None, record.date)
    if role == "span":
        year, placed_by = None, ""
    lo = f.start
    while lo > 0 and text[lo - 1] not in CLAUSE_END:
        lo -= 1
    facet = facet_of(fold_query(f.label), text[lo : f.start]) if f.kind == "percent" else ""
    return CompareRow(
        record.doc_id,
        record.title,
        record.date,
        role,
        float(value),
        None if high is None else float(high),
        f.unit,
        f.qualifier,
        marker,
        f.kind,
        f.label,
        f.text,
        f.sentence or "",
        f.start,
        f.end,
        f.period or None,
        f.stance or None,
        year,
        placed_by,
        f.period_source or "",
        facet,
    )


def _occurrences(text: str, word: str, lo: int, hi: int):
    i = text.find(word, lo, hi)
    while i >= 0:
        yield i
        i = text.find(word, i + 1, hi)
