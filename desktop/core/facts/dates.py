"""Dates and periods: ``2021年``, ``8月30日``, ``去年7月``, ``今年上半年``, ROC ``113年``.

Values are ISO 8601 strings: ``2022-08-30``, ``2021-07``, ``2021``; halves and
quarters are ``2022-H1`` and ``2022-Q3``, ``前三季度`` is the interval
``2022-01/2022-09``, decades ``1980s``. A date whose year cannot be known is
kept with value ``None``.

The reference year (what 今年 means, and the year of ``8月30日``) is the
caller's ``year`` when given (a feed's publication date), else the latest
explicit year in the text that is not a target (``到2035年``) and not in the
future. A news story names its own year (``仅2022年上半年``) far more often
than it names a later one, and a work report's latest year is its own.

Durations (``951天``, ``6小时``, ``1个月``) are quantities, not dates: see
:mod:`facts.figures`.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from .numerals import parse_number

_CN = "〇零一二三四五六七八九十"
_YEAR_NUM = r"(?<![\d.])(?P<y>\d{4}|[〇零一二三四五六七八九]{4})年(?!代)"
_RELATIVE = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "明年": 1}
_PERIOD = r"(?P<p>上半年|下半年|前三季度|第?[一二三四1-4]季度|年初|年底|年末|全年)"
_MONTH = r"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月份?"
_DAY = r"(?P<d>[12]\d|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号]"
_DATE = re.compile(
    rf"(?:{_YEAR_NUM}|(?P<rel>今年|本年|去年|上年|前年|明年))(?:{_PERIOD}|{_MONTH}(?:{_DAY})?)?"
    rf"|(?<![\d年个第])(?P<m2>1[0-2]|0?[1-9]|十[一二]?)月(?:(?P<d2>[12]\d|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])[日号])"
    rf"|(?<![\d.])(?P<iy>\d{{4}})[-/.](?P<im>\d{{1,2}})[-/.](?P<id>\d{{1,2}})(?![\d.])"
    rf"|(?<![\d])(?P<dec>\d0|\d{{3}}0)年代"
)
#: ROC (Minguo) years in Taiwan texts: 113年 is 2024. Not after words that make it a span of time.
_ROC = re.compile(
    rf"(?<![\d近逾超约达满共第每过去长])(?P<minguo>民国)?(?P<roc>\d{{2,3}})年(?!代|级|来|间|内|多|余|以|左右|前|后|期)"
    rf"(?:{_PERIOD}|{_MONTH}(?:{_DAY})?)?"
)
_TARGET = re.compile(r"(?:到|至)$")


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str | None


def reference_year(folded: str, *, roc: bool = False, today: int | None = None) -> int | None:
    """The latest explicit year in ``folded`` that is not a target and not after ``today``'s year."""
    limit = today or datetime.date.today().year
    best = None
    for m in re.finditer(r"(?<![\d.])(\d{4})年", folded):
        y = int(m.group(1))
        if 1900 <= y <= limit and not _TARGET.search(folded, max(0, m.start() - 1), m.start()):
            best = y if best is None else max(best, y)
    if roc:
        for m in _ROC.finditer(folded):
            y = _roc_year(m)
            if y and y <= limit:
                best = y if best is None else max(best, y)
    return best


def find_dates(folded: str, *, year: int | None = None, roc: bool = False) -> list[DateMention]:
    """Dates in ``folded`` (see :func:`numerals.fold`), ``year`` being the reference year."""
    out = [DateMention(m.start(), m.end(), _value(m, year)) for m in _DATE.finditer(folded)]
    if roc:
        taken = [(d.start, d.end) for d in out]
        for m in _ROC.finditer(folded):
            if _roc_year(m) and not any(a < m.end() and m.start() < b for a, b in taken):
                out.append(DateMention(m.start(), m.end(), _value(m, year, _roc_year(m))))
        out.sort(key=lambda d: d.start)
    return out


def _roc_year(m: re.Match) -> int | None:
    n = int(m.group("roc"))
    # Without 民國, only years a press release could mean (1991-2041) are read as ROC years.
    return 1911 + n if m.group("minguo") or 80 <= n <= 130 else None


def _value(m: re.Match, ref: int | None, roc_year: int | None = None) -> str | None:
    g = m.groupdict()
    if g.get("iy"):
        return _iso(int(g["iy"]), int(g["im"]), int(g["id"]))
    if g.get("dec"):
        d = g["dec"]
        return f"19{d}s" if len(d) == 2 and d != "00" and d != "10" and d != "20" else (f"{d}s" if len(d) == 4 else f"20{d}s")
    if g.get("m2"):
        return _iso(ref, _num(g["m2"]), _num(g["d2"])) if ref else None
    if roc_year:
        y = roc_year
    elif g.get("y"):
        y = int(g["y"]) if g["y"].isdigit() else int("".join(str(int(parse_number(c) or 0)) for c in g["y"]))
    else:
        y = ref + _RELATIVE[g["rel"]] if ref else None
    if y is None:
        return None
    p = g.get("p")
    if p:
        return _period(y, p)
    if g.get("m"):
        return _iso(y, _num(g["m"]), _num(g["d"]) if g.get("d") else None)
    return f"{y:04d}"


def _period(y: int, p: str) -> str:
    if p == "上半年":
        return f"{y}-H1"
    if p == "下半年":
        return f"{y}-H2"
    if p == "前三季度":
        return f"{y}-01/{y}-09"
    if p.endswith("季度"):
        q = p.strip("第季度")
        return f"{y}-Q{int(parse_number(q) or 0)}"
    return f"{y:04d}"  # 年初, 年底, 全年: the year itself


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
