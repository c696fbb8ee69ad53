"""The value a date is read into (:mod:`facts.date_resolver`): a year, absolute or counted from the document's,
with a part (a month, day, half, quarter) or a span to another; and the words that name a year against another."""

from __future__ import annotations

import calendar
import datetime
import re

from .datelines import _iso
from .numerals import parse_number


class When:
    """A period under construction: a year (absolute, or an offset from the document's) and a part."""

    __slots__ = ("year", "offset", "part", "end")

    def __init__(self, year: int | None = None, offset: int | None = None, part: str = "", end: "When | None" = None):
        self.year, self.offset, self.part, self.end = year, offset, part, end

    def shifted(self, years: int, part: str | None = None) -> "When":
        p = self.part if part is None else part
        if self.year is not None:
            return When(self.year + years, None, p)
        return When(None, (self.offset or 0) + years, p)

    def value(self) -> str:
        if self.end is not None:
            return f"{When.value(When(self.year, self.offset, self.part))}/{self.end.value()}"
        if self.year is not None:
            y = f"{self.year:04d}"
        else:
            y = "Y" if not self.offset else f"Y[{self.offset:+d}]"
        return y + self.part


#: Years named against the document's (None: against the topic's, 上年 the year before it).
RELATIVE = {
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


def span_of(a: When, b: When) -> When:
    return When(a.year, a.offset, a.part, b)


def roc_year(m: re.Match) -> int | None:
    n = int(m.group("roc")) if m.group("roc") else num(m.group("rocc"))  # 民国一一二年: Chinese digits
    if n is None:
        return None
    # Without 民國, only years a press release could mean (1991-2041) are read as ROC years.
    return 1911 + n if m.group("minguo") or m.group("rocc") or 80 <= n <= 130 else None


def num(text: str | None) -> int | None:
    if not text:
        return None
    v = parse_number(text)
    return int(v) if v is not None else None


#: How many weeks from the document's a week word names (上週五, 下個禮拜一, 這週四).
_WEEKS = {"上上": -2, "上": -1, "下": 1}


def weekday_of(doc, week: str, weekday: str) -> When | None:
    """上週五 in a release of Thursday 13 June 2024: Friday 7 June (a week runs Monday to Sunday, 週日/星期天 last).
    Without the document's full date no weekday is known: the date is found, its value is None."""
    if doc.year is None or doc.month is None or doc.day is None:
        return None
    try:
        day = datetime.date(doc.year, doc.month, doc.day)
    except ValueError:
        return None
    weeks = _WEEKS.get(week[:2], _WEEKS.get(week[0], 0))
    target = day + datetime.timedelta(days=7 * weeks - day.weekday() + min("一二三四五六日天".index(weekday), 6))
    return When(target.year, None, target.isoformat()[4:])


#: 1月31日（星期六）, 12月30日(週一): the weekday a release writes after a day.
_WEEKDAY_AFTER = re.compile(r"[ \t]*[（(](?:星期|周|礼拜)(?P<wd>[一二三四五六日天])[）)]")


def weekday_year(m: re.Match, year: int | None, month: int, day: int, doc_year: int | None) -> int | None:
    """The year a day's written weekday agrees with, of the one read and the years around the document's."""
    w = _WEEKDAY_AFTER.match(m.string, m.end())
    if w is None or year is None:
        return year
    weekday = min("一二三四五六日天".index(w["wd"]), 6)
    near = [year] + ([doc_year, doc_year + 1, doc_year - 1] if doc_year is not None else [year + 1, year - 1])
    return next((y for y in near if _iso(y, month, day) and calendar.weekday(y, month, day) == weekday), year)
