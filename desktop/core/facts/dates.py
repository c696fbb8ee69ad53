"""Dates and periods: ``2021年``, ``8月30日``, ``去年7月``, ``今年上半年``, ``今（5）日``, ROC ``113年``.

Values are ISO 8601 strings: ``2022-08-30``, ``2021-07``, ``2021``; halves and
quarters are ``2022-H1`` and ``2022-Q3``; spans are ``start/end``
(``前三季度`` → ``2022-01/2022-09``, ``过去五年`` → ``2016/2020``, ``今后五年`` in 1993 →
``1993/1997``); decades ``1980s``.

Relative dates resolve against the **document date** (:class:`DocumentDate`:
a dateline, a date in the title, the feed's own date field, or what the user
set). Without one they stay relative instead of guessing a year: ``Y`` is the
document's year, ``Y[-1]`` the year before, ``M`` its month — ``去年7月`` is
``Y[-1]-07``, ``今年上半年`` ``Y-H1``.

Words that take their year from the text around them follow the **topic**,
the last period the text named: in ``2005年……全年……上年`` 全年 is 2005 and 上年
2004 (a work report reviews the previous year); ``去年同期`` after ``今年第一季``
is ``Y[-1]-Q1``.

Durations (``951天``, ``6小时``, ``1个月``) are quantities, not dates: see
:mod:`facts.figures`.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .datelines import DocumentDate, _iso, document_date  # noqa: F401 - document_date: part of this API
from .losses import lose
from .numerals import parse_number


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str | None

    @property
    def relative(self) -> bool:
        """True when the value is relative to an unknown document date (``Y-H1``)."""
        return bool(self.value) and self.value[0] in "YM"


class _When:
    """A period under construction: a year (absolute, or an offset from the document's) and a part."""

    __slots__ = ("year", "offset", "part", "end")

    def __init__(self, year: int | None = None, offset: int | None = None, part: str = "", end: "_When | None" = None):
        self.year, self.offset, self.part, self.end = year, offset, part, end

    def shifted(self, years: int, part: str | None = None) -> "_When":
        p = self.part if part is None else part
        if self.year is not None:
            return _When(self.year + years, None, p)
        return _When(None, (self.offset or 0) + years, p)

    def value(self) -> str:
        if self.end is not None:
            return f"{_When.value(_When(self.year, self.offset, self.part))}/{self.end.value()}"
        if self.year is not None:
            y = f"{self.year:04d}"
        else:
            y = "Y" if not self.offset else f"Y[{self.offset:+d}]"
        return y + self.part


_CN_NUM = "〇零一二三四五六七八九十两"
_YEAR_NUM = r"(?<![\d.])(?P<y>\d{4}|[〇零一二三四五六七八九]{4})年(?!代)"
_RELATIVE = {
    "今年": 0,
    "本年": 0,
    "今年度": 0,
    "本年度": 0,
    "去年": -1,
    "前年": -2,
    "明年": 1,
    "明年度": 1,
    "后年": 2,
    "上年": None,
    "同年": None,
    "当年": None,
}
_QUARTER = r"第?[一二三四1-4]季度?"
_PERIOD = rf"(?P<p>上半年|下半年|前三季度|前三季|{_QUARTER}|年初|年底|年末|全年|同期)"
_MONTH = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?"
_DAY_NUM = r"[12]\d|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_DAY = rf"(?P<d>{_DAY_NUM})[日号]"
_REL_YEAR = "今年|去年|上年|前年|本年|明年"
#: 1到11月, 2024年1至5月: months of one year (the year before them, else the topic's).
_MONTH_SPAN = (
    rf"(?:(?<![\d.])(?P<ry>\d{{4}}|{_REL_YEAR})年?)?(?<![\d月])(?P<mr1>1[0-2]|0?[1-9])月?[ \t]*(?:到|至|~|～)[ \t]*"
    rf"(?P<mr2>1[0-2]|0?[1-9])[ \t]*月(?![\d日号份])"
)
#: A day without its month after a full date (当地时间16日午间, 随即在6日): the topic's month.
_DAY_ONLY = (
    r"(?<=在|于|至|到|间|日|、)(?P<dd>[12]\d|3[01]|0?[1-9])日(?![\d])"
    r"|(?<![\d月号日年第每期续连数几（(])(?P<dd2>[12]\d|3[01]|0?[1-9])日"
    r"(?=上午|下午|晚间|晚上|中午|凌晨|早上|午间|傍晚|起|前后|，|,)"
)
_DATE = re.compile(
    rf"{_MONTH_SPAN}"
    rf"|(?:{_YEAR_NUM}|(?P<rel>今年度|本年度|明年度|今年|本年|去年|上年|(?<!以)前年|明年|后年|同年|当年))(?:{_PERIOD}|{_MONTH}(?:{_DAY})?)?"
    rf"|(?<![\d年个第])(?P<m2>1[0-2]|0?[1-9]|十[一二]?)月(?:(?P<d2>{_DAY_NUM})[日号])"
    rf"|(?<![\d.])(?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?![\d.])"
    rf"|(?<![\d])(?P<dec>\d0|\d{{3}}0)年代"
    rf"|(?P<today>今|昨|明)[（(](?P<td>\d{{1,2}})[）)]日"
    rf"|(?P<todayw>今天|今日|昨天|昨日|明天)"
    rf"|(?P<thismonth>本月|上月|下月|上个月|下个月)"
    rf"|(?P<pastone>过去一年|过去的一年|一年来|一年多来)"
    rf"|(?P<ahead>今后|未来|此后)(?P<an>[{_CN_NUM}\d]{{1,3}})年(?![来前後后])"
    rf"|(?P<past>过去|近|最近)(?P<pn>[{_CN_NUM}\d]{{1,3}})年(?!来)"
    rf"|(?<![几数多十百{_CN_NUM}\d])(?P<ago>[{_CN_NUM}\d]{{1,3}})年前"
    rf"|第(?P<plank>[一二三四五六七八九十]{{1,2}})个五年计划"
    rf"|“?(?P<plan>[一二三四五六七八九十]{{1,3}})五”?(?:时期|期间|计划|规划)"
    rf"|{_DAY_ONLY}"
    rf"|(?P<sameday>同日|当日)"
    rf"|(?P<nexty>隔年|翌年|次年)"
    rf"|(?<![\d.,A-Za-z第“「《(（/-])(?P<bare>(?:19|20)\d\d)(?=[\u4e00-\u9fff])(?![年月日号多余届期万亿千百十兆])"
    rf"|(?<![年\d])(?P<lone>{_QUARTER}|上半年|下半年|前三季度|全年|年末|年底|年初|同期)"
)
#: ROC (Minguo) years in Taiwan texts: 113年 is 2024. Not after words that make it a span of time.
_ROC = re.compile(
    rf"(?<![\d近逾超约达满共第每长])(?<!超过)(?<!过去)(?<!经过)(?<!度过)(?P<minguo>民国)?(?P<roc>\d{{2,3}})年(?P<fiscal>度)?(?!代|级|来|间|内|多|余|以|左右|前|后|期)"
    rf"(?:{_PERIOD}|{_MONTH}(?:{_DAY})?)?"
)


def find_dates(
    folded: str,
    *,
    document: DocumentDate | None = None,
    roc: bool = False,
    year: int | None = None,
    losses: list | None = None,
) -> list[DateMention]:
    """Dates in ``folded`` (see :func:`numerals.fold`, Simplified characters), in order.

    ``document`` is the document's own date (``year`` alone is shorthand for it).
    A date whose reading raises is lost alone (logged, appended to ``losses``).
    """
    doc = document if document is not None else DocumentDate(year)
    matches = [
        (m.start(), m.end(), m, False)
        for m in _DATE.finditer(folded)
        if not (m.group("bare") and _is_amount(folded, m.end()))
    ]
    if roc:
        taken = [(s, e) for s, e, _, _ in matches]
        for m in _ROC.finditer(folded):
            if _roc_year(m) and not any(a < m.end() and m.start() < b for a, b in taken):
                matches.append((m.start(), m.end(), m, True))
        matches.sort(key=lambda x: x[0])
    resolver = _Resolver(doc)
    out = []
    for s, e, m, is_roc in matches:
        try:
            when = resolver.resolve(m, is_roc, compared=bool(_COMPARED.search(folded, max(0, s - 2), s)))
            if when is _SKIP:
                continue
            out.append(DateMention(s, e, when.value() if when is not None else None))
        except Exception as err:  # noqa: BLE001 - this date is lost, not the document's others
            lose(losses, "date", s, e, folded, err)
    return _join_spans(folded, out)


#: Between two years that make one span: 从今年起至2028年, 一九五〇年到一九五三年, 2021—2025年.
_SPAN_GAP = re.compile(r"[ \t]*(?:起|开始)?[ \t]*(?:至|到|—|–|~|～)[ \t]*")
_YEAR_ONLY = re.compile(r"(?:\d{4}|Y(?:\[[+-]\d+\])?)")


#: 2023至2027年, （2021-2025年）: a bare year that opens a span closed by a year with 年.
_OPENING_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d\d)[ \t]*(?:至|到|—|–|~|～|-)[ \t]*$")


def _join_spans(folded: str, dates: list[DateMention]) -> list[DateMention]:
    out: list[DateMention] = []
    for d in dates:
        prev = out[-1] if out else None
        m = _OPENING_YEAR.search(folded, max(0, d.start - 8), d.start) if d.value and d.value.isdigit() else None
        if m and (prev is None or prev.end <= m.start()) and 0 < int(d.value) - int(m.group(1)) <= 30:
            out.append(DateMention(m.start(), d.end, f"{m.group(1)}/{d.value}"))
            continue
        if (
            prev is not None
            and prev.value
            and d.value
            and _YEAR_ONLY.fullmatch(prev.value)
            and _YEAR_ONLY.fullmatch(d.value)
            and _SPAN_GAP.fullmatch(folded, prev.end, d.start)
        ):
            out[-1] = DateMention(prev.start, d.end, f"{prev.value}/{d.value}")
            continue
        out.append(d)
    return out


def _is_amount(folded: str, end: int) -> bool:
    """2000吨, 1999元: a number with a unit after it is a figure, not a bare year."""
    from .units import CURRENCY_AFTER, MEASURE_AFTER  # only for bare four-digit numbers

    return bool(MEASURE_AFTER.match(folded, end) or CURRENCY_AFTER.match(folded, end))


_SKIP = _When()
_DAY_PART = re.compile(r"-(?:\d\d|M)-(?:\d\d|D)")
#: A date right after one of these is a comparison base (比上年增长): it does not set the topic.
_COMPARED = re.compile(r"(?:比|较|与|相比|相较|对比|高于|低于|较于)$")


class _Resolver:
    """Turns each match into a :class:`_When`, keeping the topic (the last period named)."""

    def __init__(self, doc: DocumentDate) -> None:
        self.doc = doc
        self.topic: _When | None = None
        self.last_day: _When | None = None

    def this_year(self) -> _When:
        return _When(self.doc.year) if self.doc.year is not None else _When(None, 0)

    def topic_year(self) -> _When:
        return _When(self.topic.year, self.topic.offset) if self.topic is not None else self.this_year()

    def resolve(self, m: re.Match, is_roc: bool, compared: bool = False) -> _When | None:
        """``compared``: the date is a comparison base (比上年): it does not become the topic."""
        g = m.groupdict()
        when = self._resolve(g, m, is_roc)
        if when is None or when is _SKIP:
            return when
        if _DAY_PART.search(when.part) and when.end is None:
            self.last_day = when
        within_year = when.end is not None and (when.year, when.offset) == (when.end.year, when.end.offset)
        if (when.end is None or within_year) and not compared and not g.get("todayw") and not g.get("today"):
            self.topic = when  # 1到11月 is the topic of a later 同期 too
        return when

    def _resolve(self, g: dict, m: re.Match, is_roc: bool) -> _When | None:
        doc = self.doc
        if g.get("mr1"):
            return self._month_span(g)
        if g.get("dd") or g.get("dd2"):
            return self._day_only(int(g.get("dd") or g["dd2"]))
        if g.get("sameday"):
            return self.last_day or _SKIP
        if g.get("nexty"):
            return self.topic_year().shifted(1)
        if g.get("bare"):
            return _When(int(g["bare"]))
        if g.get("plank"):
            k = _num(g["plank"])
            first = {1: 1953, 2: 1958}.get(k, 1966 + 5 * ((k or 3) - 3))
            return _span(_When(first), _When(first + 4)) if k and k <= 20 else _SKIP
        if g.get("iy"):
            iso = _iso(int(g["iy"]), int(g["im"]), int(g["id"]))
            return _When(int(g["iy"]), None, iso[4:]) if iso else None
        if g.get("dec"):
            d = g["dec"]
            text = f"19{d}s" if len(d) == 2 and d not in ("00", "10", "20") else (f"{d}s" if len(d) == 4 else f"20{d}s")
            return _When(int(text[:4]), None, "s")
        if g.get("today") or g.get("todayw"):
            shift = {"今": 0, "昨": -1, "明": 1}[(g.get("today") or g["todayw"])[0]]
            if g.get("td"):
                day = int(g["td"])
                if doc.year is not None and doc.month is not None:
                    return _When(
                        doc.year, None, _iso(doc.year, doc.month, day)[4:] if _iso(doc.year, doc.month, day) else ""
                    )
                return _When(None, 0, f"-M-{day:02d}")
            if doc.day is not None and doc.month is not None:
                return _day_after(doc, shift)
            if doc.day is not None and 1 <= doc.day + shift <= 28:  # the lead's 今（18）日: the day, not the month
                return _When(None, 0, f"-M-{doc.day + shift:02d}")
            return _When(None, 0, "-M-D" if shift == 0 else f"-M-D[{shift:+d}]")
        if g.get("thismonth"):
            shift = {"本": 0, "上": -1, "下": 1}[g["thismonth"][0]]
            if doc.year is not None and doc.month is not None:
                month0 = doc.year * 12 + doc.month - 1 + shift
                return _When(month0 // 12, None, f"-{month0 % 12 + 1:02d}")
            return _When(None, 0, "-M" if shift == 0 else f"-M[{shift:+d}]")
        if g.get("pastone"):
            return self.this_year().shifted(-1)
        if g.get("ahead"):  # 今后五年 in 1993: 1993–1997, this year and the ones after it
            n = _num(g["an"])
            if not n or n > 100:
                return _SKIP
            base = self.this_year()
            return _span(base, base.shifted(n - 1)) if n > 1 else base
        if g.get("past"):
            n = _num(g["pn"])
            if not n or n > 100:
                return _SKIP
            base = self.this_year()
            if g["past"] == "近":  # 近5年 in 2025: 2021–2025
                return _span(base.shifted(-(n - 1)), base)
            return _span(base.shifted(-n), base.shifted(-1))
        if g.get("ago"):
            n = _num(g["ago"])
            return self.this_year().shifted(-n) if n and n <= 200 else _SKIP
        if g.get("plan"):
            k = _num(g["plan"])
            if not k or k < 3:
                return _SKIP
            first = 1966 + 5 * (k - 3)
            return _span(_When(first), _When(first + 4))
        if g.get("m2"):
            # 8月31日: the document's year when it is known (news dates its events), else the topic's.
            base = self.this_year() if doc.year is not None or self.topic is None else self.topic_year()
            iso = _iso(2000, _num(g["m2"]), _num(g["d2"]))  # validity only (Feb 29 aside)
            if iso is None:
                return None
            return _When(base.year, base.offset, f"-{_num(g['m2']):02d}-{_num(g['d2']):02d}")
        if g.get("lone"):
            return self._period(self.topic_year(), g["lone"])
        if is_roc:
            year: _When = _When(_roc_year(m))
        elif g.get("y"):
            y = int(g["y"]) if g["y"].isdigit() else int("".join(str(int(parse_number(c) or 0)) for c in g["y"]))
            year = _When(y)
        else:
            shift = _RELATIVE[g["rel"]]
            if shift is None:  # 上年: the year before the topic; 同年/当年: the topic's year
                year = self.topic_year().shifted(-1 if g["rel"] == "上年" else 0)
            else:
                year = self.this_year().shifted(shift)
        p = g.get("p")
        if p:
            return self._period(year, p)
        if g.get("m"):
            month = _num(g["m"])
            if month is None or not 1 <= month <= 12:
                return None
            part = f"-{month:02d}"
            if g.get("d"):
                day = _num(g["d"])
                if year.year is not None and _iso(year.year, month, day) is None:
                    return None
                part += f"-{day:02d}"
            return _When(year.year, year.offset, part)
        return year

    def _month_span(self, g: dict) -> _When | None:
        first, last = int(g["mr1"]), int(g["mr2"])
        if first >= last:
            return None
        ry = g.get("ry")
        if ry and ry.isdigit():
            year = _When(int(ry))
        elif ry:
            year = self.topic_year().shifted(-1) if ry == "上年" else self.this_year().shifted(_RELATIVE[ry])
        else:
            year = self.topic_year()  # statistics name their months after the year they count
        return _span(_When(year.year, year.offset, f"-{first:02d}"), _When(year.year, year.offset, f"-{last:02d}"))

    def _day_only(self, day: int) -> _When:
        """16日 after 11月15日: the month of the last date that named one, else the document's."""
        t = self.topic
        month = t.part[1:3] if t is not None and t.end is None and re.match(r"-\d\d", t.part) else None
        if month is not None:
            return _When(t.year, t.offset, f"-{month}-{day:02d}") if _iso(2000, int(month), day) else _SKIP
        doc = self.doc
        if doc.month is not None:
            year = self.this_year()
            return _When(year.year, year.offset, f"-{doc.month:02d}-{day:02d}") if _iso(2000, doc.month, day) else _SKIP
        return _When(None, 0, f"-M-{day:02d}")

    def _period(self, year: _When, p: str) -> _When | None:
        if p == "同期":
            if self.topic is None or not self.topic.part:
                return None
            if self.topic.end is not None:  # 比2023年同期, after 1到11月: the same months a year before
                return _span(
                    _When(year.year, year.offset, self.topic.part), _When(year.year, year.offset, self.topic.end.part)
                )
            return _When(year.year, year.offset, self.topic.part)
        if p == "上半年":
            return _When(year.year, year.offset, "-H1")
        if p == "下半年":
            return _When(year.year, year.offset, "-H2")
        if p.startswith("前三季"):
            return _span(_When(year.year, year.offset, "-01"), _When(year.year, year.offset, "-09"))
        if "季" in p:
            q = int(parse_number(p.strip("第季度")) or 0)
            return _When(year.year, year.offset, f"-Q{q}") if 1 <= q <= 4 else None
        return _When(year.year, year.offset)  # 年初, 年底, 全年: the year itself


def _day_after(doc: DocumentDate, shift: int) -> _When:
    """今天/昨天/明天 against a document date that knows its month and day, with or without its year.

    A dateline without a year (``新华社北京5月28日电``) still says which day 今天 is:
    ``Y-05-28``. Only a shift across the end of February needs the year (28 or
    29 days); without one it stays relative to the document's day (``Y-M-D[-1]``).
    """
    if doc.year is not None:
        if _iso(doc.year, doc.month, doc.day) is None:
            return _When(doc.year, None, "")
        date = datetime.date(doc.year, doc.month, doc.day) + datetime.timedelta(days=shift)
        return _When(date.year, None, date.isoformat()[4:])
    # The same day in a leap and in a common year: where they agree, the year does not matter.
    days = [
        datetime.date(y, doc.month, doc.day) + datetime.timedelta(days=shift)
        for y in (2000, 2001)
        if _iso(y, doc.month, doc.day)
    ]
    if len(days) != 2 or days[0].timetuple()[1:3] != days[1].timetuple()[1:3]:
        return _When(None, 0, "-M-D" if shift == 0 else f"-M-D[{shift:+d}]")
    return _When(None, days[1].year - 2001, days[1].isoformat()[4:])


def _span(a: _When, b: _When) -> _When:
    return _When(a.year, a.offset, a.part, b)


def _roc_year(m: re.Match) -> int | None:
    n = int(m.group("roc"))
    # Without 民國, only years a press release could mean (1991-2041) are read as ROC years.
    return 1911 + n if m.group("minguo") or 80 <= n <= 130 else None


def _num(text: str | None) -> int | None:
    if not text:
        return None
    v = parse_number(text)
    return int(v) if v is not None else None
