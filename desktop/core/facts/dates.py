"""Dates and periods: ``2021年``, ``8月30日``, ``去年7月``, ``今年上半年``, ``今（5）日``, ROC ``113年``.

Values are ISO 8601 strings: ``2022-08-30``, ``2021-07``, ``2021``; halves and
quarters are ``2022-H1`` and ``2022-Q3``; spans are ``start/end``
(``前三季度`` → ``2022-01/2022-09``, ``过去五年`` → ``2016/2020``); decades ``1980s``.

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

from .losses import lose
from .numerals import parse_number


@dataclass(frozen=True, slots=True)
class DocumentDate:
    """What the document's own date is known to be; any part may be unknown."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    source: str = ""

    @property
    def known(self) -> bool:
        return self.year is not None

    def iso(self) -> str:
        if self.year is None:
            return ""
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse(cls, value: str | int | None, source: str = "") -> "DocumentDate":
        """``"2024-01-05"``, ``"2024-01"``, ``"2024"`` or ``2024``; anything else is unknown."""
        if value is None:
            return cls()
        m = re.fullmatch(r"\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?\s*", str(value))
        if not m:
            return cls()
        y, mo, d = (int(g) if g else None for g in m.groups())
        if mo is not None and not 1 <= mo <= 12 or d is not None and _iso(y, mo, d) is None:
            return cls()
        return cls(y, mo, d, source)


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
_RELATIVE = {"今年": 0, "本年": 0, "今年度": 0, "本年度": 0, "去年": -1, "前年": -2, "明年": 1, "明年度": 1,
             "后年": 2, "上年": None, "同年": None, "当年": None}
_QUARTER = r"第?[一二三四1-4]季度?"
_PERIOD = rf"(?P<p>上半年|下半年|前三季度|前三季|{_QUARTER}|年初|年底|年末|全年|同期)"
_MONTH = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?"
_DAY_NUM = r"[12]\d|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]"
_DAY = rf"(?P<d>{_DAY_NUM})[日号]"
_DATE = re.compile(
    rf"(?:{_YEAR_NUM}|(?P<rel>今年度|本年度|明年度|今年|本年|去年|上年|前年|明年|后年|同年|当年))(?:{_PERIOD}|{_MONTH}(?:{_DAY})?)?"
    rf"|(?<![\d年个第])(?P<m2>1[0-2]|0?[1-9]|十[一二]?)月(?:(?P<d2>{_DAY_NUM})[日号])"
    rf"|(?<![\d.])(?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?![\d.])"
    rf"|(?<![\d])(?P<dec>\d0|\d{{3}}0)年代"
    rf"|(?P<today>今|昨|明)[（(](?P<td>\d{{1,2}})[）)]日"
    rf"|(?P<todayw>今天|今日|昨天|昨日|明天)"
    rf"|(?P<thismonth>本月|上月|下月|上个月|下个月)"
    rf"|(?P<pastone>过去一年|过去的一年|一年来|一年多来)"
    rf"|(?P<past>过去|近|最近)(?P<pn>[{_CN_NUM}\d]{{1,3}})年(?!来)"
    rf"|(?P<ago>[{_CN_NUM}\d]{{1,3}})年前"
    rf"|“?(?P<plan>[一二三四五六七八九十]{{1,3}})五”?(?:时期|期间|计划|规划)"
    rf"|(?<![年\d])(?P<lone>{_QUARTER}|上半年|下半年|前三季度|全年|年末|年底|年初|同期)"
)
#: ROC (Minguo) years in Taiwan texts: 113年 is 2024. Not after words that make it a span of time.
_ROC = re.compile(
    rf"(?<![\d近逾超约达满共第每过去长])(?P<minguo>民国)?(?P<roc>\d{{2,3}})年(?P<fiscal>度)?(?!代|级|来|间|内|多|余|以|左右|前|后|期)"
    rf"(?:{_PERIOD}|{_MONTH}(?:{_DAY})?)?"
)


def find_dates(folded: str, *, document: DocumentDate | None = None, roc: bool = False,
               year: int | None = None, losses: list | None = None) -> list[DateMention]:
    """Dates in ``folded`` (see :func:`numerals.fold`, Simplified characters), in order.

    ``document`` is the document's own date (``year`` alone is shorthand for it).
    A date whose reading raises is lost alone (logged, appended to ``losses``).
    """
    doc = document if document is not None else DocumentDate(year)
    matches = [(m.start(), m.end(), m, False) for m in _DATE.finditer(folded)]
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
        except Exception as err:  # this date is lost, not the document's others
            lose(losses, "date", s, e, folded, err)
    return out


_SKIP = _When()
#: A date right after one of these is a comparison base (比上年增长): it does not set the topic.
_COMPARED = re.compile(r"(?:比|较|与|相比|相较|对比|高于|低于|较于)$")


class _Resolver:
    """Turns each match into a :class:`_When`, keeping the topic (the last period named)."""

    def __init__(self, doc: DocumentDate) -> None:
        self.doc = doc
        self.topic: _When | None = None

    def this_year(self) -> _When:
        return _When(self.doc.year) if self.doc.year is not None else _When(None, 0)

    def topic_year(self) -> _When:
        return _When(self.topic.year, self.topic.offset) if self.topic is not None else self.this_year()

    def resolve(self, m: re.Match, is_roc: bool, compared: bool = False) -> _When | None:
        """``compared``: the date is a comparison base (比上年): it does not become the topic."""
        g = m.groupdict()
        when = self._resolve(g, m, is_roc)
        if (when is not None and when is not _SKIP and when.end is None and not compared
                and not g.get("todayw") and not g.get("today")):
            self.topic = when
        return when

    def _resolve(self, g: dict, m: re.Match, is_roc: bool) -> _When | None:
        doc = self.doc
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
                    return _When(doc.year, None, _iso(doc.year, doc.month, day)[4:] if _iso(doc.year, doc.month, day) else "")
                return _When(None, 0, f"-M-{day:02d}")
            if doc.day is not None and doc.month is not None:
                return _day_after(doc, shift)
            return _When(None, 0, "-M-D" if shift == 0 else f"-M-D[{shift:+d}]")
        if g.get("thismonth"):
            shift = {"本": 0, "上": -1, "下": 1}[g["thismonth"][0]]
            if doc.year is not None and doc.month is not None:
                month0 = doc.year * 12 + doc.month - 1 + shift
                return _When(month0 // 12, None, f"-{month0 % 12 + 1:02d}")
            return _When(None, 0, "-M" if shift == 0 else f"-M[{shift:+d}]")
        if g.get("pastone"):
            return self.this_year().shifted(-1)
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

    def _period(self, year: _When, p: str) -> _When | None:
        if p == "同期":
            if self.topic is None or not self.topic.part:
                return None
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
    days = [datetime.date(y, doc.month, doc.day) + datetime.timedelta(days=shift)
            for y in (2000, 2001) if _iso(y, doc.month, doc.day)]
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


def _iso(y: int | None, month: int | None, day: int | None = None) -> str | None:
    if y is None or month is None or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{y:04d}-{month:02d}"
    try:
        return datetime.date(y, month, day).isoformat()
    except ValueError:
        return None


# -- the document's own date ----------------------------------------------------

_FULL_DATE = re.compile(
    r"(?<![\d.])(?P<y>\d{4})[年\-/.](?P<m>1[0-2]|0?[1-9])[月\-/.](?P<d>3[01]|[12]\d|0?[1-9])日?(?![\d.])"
    r"|(?P<minguo>民国)?(?<![\d])(?P<roc>1[0-4]\d|[89]\d)年(?P<rm>1[0-2]|0?[1-9])月(?P<rd>3[01]|[12]\d|0?[1-9])日"
)
_MONTH_DAY = re.compile(r"(?<![\d年])(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日")
_TITLE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})年(?!代)")


def document_date(folded: str, title: str = "", *, hint: DocumentDate | None = None, head: int = 400) -> DocumentDate:
    """The document's own date: ``hint`` (a feed's date field, the user's choice) when it has a year,
    else a full date in the first ``head`` characters (a dateline), else a year in the title.

    A month and day without a year (``本报北京5月14日讯``, ``8月30日上午``) are kept
    as a date with an unknown year, so ``今（5）日`` still says which day.
    """
    if hint is not None and hint.known:
        return hint
    start = folded[:head]
    m = _FULL_DATE.search(start)
    if m:
        if m.group("y"):
            y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        else:
            y, mo, d = 1911 + int(m.group("roc")), int(m.group("rm")), int(m.group("rd"))
        if _iso(y, mo, d) and 1900 <= y <= datetime.date.today().year + 1:
            return DocumentDate(y, mo, d, "dateline")
    m = _TITLE_YEAR.search(title)
    if m:
        return DocumentDate(int(m.group(1)), None, None, "title")
    m = _MONTH_DAY.search(start)
    if m:
        return DocumentDate(None, int(m.group("m")), int(m.group("d")), "dateline")
    return DocumentDate()
