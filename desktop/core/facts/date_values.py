"""The value a date is read into (:mod:`facts.date_resolver`): a year, absolute or counted from the document's,
with a part (a month, day, half, quarter) or a span to another; and the words that name a year against another."""

from __future__ import annotations

import re

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
