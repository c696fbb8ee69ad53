"""What a found date means: the period a match of :mod:`facts.dates`' patterns names.

:class:`Resolver` reads each match in the order of the text, against the
document's date (``去年`` is the year before it, ``今天`` its day) and the
**topic**, the last period named (``同期``, ``上年``, ``全年``, ``16日`` after
``11月15日`` take their year or month from it). It reads the named groups of
``dates._DATE`` and ``dates._ROC``; a pattern and its reading change together.
"""

from __future__ import annotations

import calendar
import re

from .clauses import SENTENCE_END
from .datelines import DocumentDate, _iso, day_after
from .date_values import RELATIVE, When, num, roc_year, span_of, weekday_of, weekday_year
from .numerals import parse_number


#: Before 同期, words that make it the same season of many years.
_EVERY_YEAR = re.compile(r"(?:以来|历史|历年|往年)$")
#: Between the day that opens a span and the one that closes it.
_SPAN_TO = re.compile(r"[ \t]*(?:至|到|—|–|~|～|-)[ \t]*")
#: Words before a day that say it is still to come.
_TO_COME = re.compile(r"将|预计|预定|拟")
_DAY_SHIFT = {"大前天": -3, "大后天": 3, "后天": 2}  # days around today named by their word, not its first character
#: A match that names no period after all (同日 with no day before it, 今后九百年): dropped.
SKIP = When()
_DAY_PART = re.compile(r"-(?:\d\d|M)-(?:\d\d|D)")
#: A section's heading (一、２０２４年工作回顾, 三、2025年政府工作任务): a numbered line with no sentence end; ``review``
#: when it looks back on the year it names.
_HEADING = re.compile(
    r"^[ \t　]*(?:[一二三四五六七八九十]+、|首先)[^。！？；;\n]{0,30}?(?P<y>\d{4})年(?P<review>[^。！？；;\n]{0,12}(?:回顾|的工作$))?"
    r"[^。！？；;\n]{0,30}$",
    re.M,
)


class Resolver:
    """Turns each match into a :class:`When`, keeping the topic (the last period named)."""

    def __init__(self, doc: DocumentDate) -> None:
        self.doc = doc
        self.topic: When | None = None
        self.last_day: When | None = None
        self.topic_end = 0  # where the topic was named
        self.last_span: When | None = None  # the last span of whole years named (过去的五年)
        self.last_span_end = 0

    def this_year(self) -> When:
        return When(self.doc.year) if self.doc.year is not None else When(None, 0)

    def topic_year(self) -> When:
        return When(self.topic.year, self.topic.offset) if self.topic is not None else self.this_year()

    def resolve(self, m: re.Match, is_roc: bool, compared: bool = False) -> When | None:
        """``compared``: the date is a comparison base (比上年): it does not become the topic; nor does a bare 上年,
        the year before the topic (由上年的百分之五十八点六回落到…: a later 全年 is still the topic's year)."""
        g = m.groupdict()
        when = self._resolve(g, m, is_roc)
        if when is None or when is SKIP:
            return when
        if _DAY_PART.search(when.part) and when.end is None:
            self.last_day = when
        if when.end is not None and not when.part and not when.end.part and not g.get("these"):
            self.last_span, self.last_span_end = when, m.end()
        within_year = when.end is not None and (when.year, when.offset) == (when.end.year, when.end.offset)
        bare_before = g.get("rel") in ("上年", "上一年", "前一年") and not g.get("p") and not g.get("m")
        if (
            (when.end is None or within_year)
            and not compared
            and not bare_before
            and not g.get("todayw")
            and not g.get("today")
            and not g.get("week")
            and not self._names_the_heading_year(g, when, m)
        ):
            self.topic, self.topic_end = when, m.end()  # 1到11月 is the topic of a later 同期 too
        return when

    def _names_the_heading_year(self, g: dict, when: When, m: re.Match) -> bool:
        """一、１９９４年国内工作的回顾⏎过去的一年，…: with no document date, the past year (过去一年, 一年来) in a section
        whose heading reviews a year it names is that year: the heading's stays the topic (a later 全年 is 1994, 上年
        1993; they read Y[-1] and Y[-2])."""
        if g.get("pastone") and self.doc.year is None:
            head = self._review_heading(m.string, m.start())
            if head is not None:
                self.topic, self.topic_end = When(head), m.end()
                return True
        return False

    def _review_heading(self, text: str, at: int) -> int | None:
        """The year a review heading (一、2018年工作回顾, 首先报告２００１年的工作) names, of the section ``at`` is in."""
        heads = list(_HEADING.finditer(text, 0, at))
        return int(heads[-1].group("y")) if heads and heads[-1].group("review") is not None else None

    def _resolve(self, g: dict, m: re.Match, is_roc: bool) -> When | None:
        doc = self.doc
        if g.get("mr1"):
            return self._monthspan_of(g)
        if g.get("dd") or g.get("dd2") or g.get("ddc"):
            return self._day_only(num(g.get("dd") or g.get("dd2") or g["ddc"]), m)
        if g.get("sameday"):
            return self.last_day or SKIP
        if g.get("nexty"):
            return self.topic_year().shifted(1)
        if g.get("bare"):
            return When(int(g["bare"]))
        if g.get("by1"):  # 2025-2026: not 2026-2025, not a century apart
            first, last = int(g["by1"]), int(g["by2"])
            return span_of(When(first), When(last)) if 0 < last - first <= 30 else SKIP
        if g.get("cbare"):
            return When(int("".join(str(int(parse_number(c) or 0)) for c in g["cbare"])))
        if g.get("these"):
            return self._withinspan_of(g["these"], num(g["tn"]), m)
        if g.get("plank"):
            k = num(g["plank"])
            first = {1: 1953, 2: 1958}.get(k, 1966 + 5 * ((k or 3) - 3))
            if k and k <= 20 and g.get("pky"):  # 第一个五年计划最后一年, 第二个五年计划的第一年: one year of it
                return When(first + {"最": 4, "头": 0}.get(g["pky"][0], (num(g["pky"][1:]) or 1) - 1))
            return span_of(When(first), When(first + 4)) if k and k <= 20 else SKIP
        if g.get("iy"):
            iso = _iso(int(g["iy"]), int(g["im"]), int(g["id"]))
            return When(int(g["iy"]), None, iso[4:]) if iso else None
        if g.get("dec"):
            d = g["dec"]
            text = f"19{d}s" if len(d) == 2 and d not in ("00", "10", "20") else (f"{d}s" if len(d) == 4 else f"20{d}s")
            return When(int(text[:4]), None, "s")
        if g.get("mb"):
            return self._bracketed_month(g)
        if g.get("cdecz"):  # 一九七○年代, 八○年代 (of the 1900s)
            return When(int(("19" + "".join(str(int(parse_number(c) or 0)) for c in g["cdecz"]))[-3:]) * 10, None, "s")
        if g.get("cdec") or g.get("cdec2"):
            return self._decade(g)
        if g.get("cen2") or g.get("cenrel2"):
            first = self._century(g.get("cen2"), g.get("cenrel2"))
            return When(first + 100) if first is not None else None  # 二十世纪末: 2000
        if g.get("today") or g.get("todayw"):
            word = g.get("today") or g["todayw"]
            shift = _DAY_SHIFT.get(word) or {"今": 0, "本": 0, "昨": -1, "明": 1, "前": -2}[word[0]]
            if g.get("td"):
                day = int(g["td"])
                if doc.year is not None and doc.month is not None:
                    return When(
                        doc.year, None, _iso(doc.year, doc.month, day)[4:] if _iso(doc.year, doc.month, day) else ""
                    )
                return When(None, 0, f"-M-{day:02d}")
            return self._day(shift)
        if g.get("week"):  # 上週五: a day only the document's own day can say (its weekday)
            return weekday_of(doc, g["week"], g["wd"])
        if g.get("thismonth"):  # 本月, 上个月; 本月30日, 上个月13日: that day of the month
            shift = {"本": 0, "这": 0, "上": -1, "下": 1}[g["thismonth"][0]]
            day = num(g["tmd"]) if g.get("tmd") else None
            if doc.year is not None and doc.month is not None:
                year, month = divmod(doc.year * 12 + doc.month - 1 + shift, 12)
                iso = _iso(year, month + 1, day or 1)
                return When(year, None, iso[4:] if day else iso[4:7]) if iso else None
            part = ("-M" if shift == 0 else f"-M[{shift:+d}]") + (f"-{day:02d}" if day and day <= 31 else "")
            return When(None, 0, part)
        if g.get("season"):
            return self.this_year().shifted({"今": 0, "明": 1, "去": -1}[g["season"]])
        if g.get("twoyears"):  # 今明两年, 明后两年: one span
            k = int(g["twoyears"] == "明后")
            return span_of(self.this_year().shifted(k), self.this_year().shifted(k + 1))
        if g.get("pastone"):
            return self.this_year().shifted(-1)
        if g.get("ahead"):  # 今后五年 in 1993: 1993–1997, this year and the ones after it
            n = num(g["an"])
            if not n or n > 100:
                return SKIP
            base = self.this_year()
            return span_of(base, base.shifted(n - 1)) if n > 1 else base
        if g.get("past"):
            n = num(g["pn"])
            if not n or n > 100 or (g.get("pastlai") and not g["past"].startswith("过去")):
                return SKIP
            base = self.this_year()
            if n == 1:  # 最近一年, 过去1年: one year, as 过去一年 (近1年: this one)
                return base if g["past"] == "近" else base.shifted(-1)
            if g["past"] == "近":  # 近5年 in 2025: 2021–2025
                return span_of(base.shifted(-(n - 1)), base)
            return span_of(base.shifted(-n), base.shifted(-1))
        if g.get("ago"):
            n = num(g["ago"])
            if not n or n > 200:
                return SKIP
            # 一年前的今天: this day n years back, where the document says its day (29 February: the year)
            if g.get("agoday") and (doc.year is None or doc.day is not None):
                day = self._day(0)
                if not day.part.endswith("-02-29"):
                    return day.shifted(-n)
            return self.this_year().shifted(-n)
        if g.get("plan"):
            k = num(g["plan"])
            if not k or k < 3:
                return SKIP
            first = 1966 + 5 * (k - 3)
            if g["planpart"] == "末期":  # “五五”末期: the plan's last year
                return When(first + 4)
            return span_of(When(first), When(first + 4))
        if g.get("m3") or g.get("m3c") or g.get("m3s"):
            return self._month_alone(num(g.get("m3") or g.get("m3c") or g["m3s"]), m)
        if g.get("m2"):
            # 8月31日: the document's year when it is known (news dates its events), else the topic's; a day closing
            # a span, the year of the day that opens it (2019年6月1日-6月30日) or the next (12月1日至1月5日).
            month, day = num(g["m2"]), num(g["d2"])
            if _iso(2000, month, day) is None:  # validity only (Feb 29 aside)
                return None
            t, md = self.topic, f"{month:02d}-{day:02d}"
            if t is not None and _SPAN_TO.fullmatch(m.string, self.topic_end, m.start()):
                base = self.topic_year().shifted(1 if re.match(r"-\d\d", t.part) and t.part[1:] > md else 0)
            elif t is not None and not SENTENCE_END.search(m.string, self.topic_end, m.start()):
                base = self.topic_year()  # 115年1月31日（星期六）起…除1月31日: the year its sentence named
            else:
                base = self.this_year() if doc.year is not None or t is None else self.topic_year()
            if base.year is not None and _iso(base.year, month, day) is None:
                base = When(next(y for y in range(base.year, 0, -1) if calendar.isleap(y)))  # 2月29日 in 2017: 2016's
            return When(weekday_year(m, base.year, month, day, doc.year), base.offset, "-" + md)
        if g.get("lone"):
            if g["lone"] == "同期" and _EVERY_YEAR.search(m.string, max(0, m.start() - 2), m.start()):
                return None  # 近22年以来同期新低: the same season of every year, no one period
            return self._period(self.topic_year(), g["lone"])
        if is_roc:
            year: When = When(roc_year(m))
        elif g.get("ybn"):
            n = int(g["ybn"])
            if len(g["ybn"]) == 3 or 80 <= n <= 130:
                n += 1911  # 去（112）年: an ROC year
            if not 1900 <= n <= 2100:
                return SKIP
            year = When(n)
        elif g.get("y"):
            y = int(g["y"]) if g["y"].isdigit() else int("".join(str(int(parse_number(c) or 0)) for c in g["y"]))
            year = When(y)
        else:
            rel = {"上一年": "上年", "前一年": "上年"}.get(g["rel"], g["rel"])  # 比上一年: as 上年
            shift = RELATIVE[rel]
            if shift is None:  # 上年: the year before the topic; 同年/当年: the topic's year
                year = self.topic_year().shifted(-1 if rel == "上年" else 0)
            else:
                year = self.this_year().shifted(shift)
        p = g.get("p")
        if p:
            return self._period(year, p)
        if g.get("m"):
            month = num(g["m"])
            if month is None or not 1 <= month <= 12:
                return None
            part = f"-{month:02d}"
            if g.get("d"):
                day = num(g["d"])
                if year.year is not None and _iso(year.year, month, day) is None:
                    return None
                part += f"-{day:02d}"
            return When(year.year, year.offset, part)
        return year

    def _day(self, shift: int) -> When:
        """今天 (0), 昨天 (-1), 明天 (1): the document's day shifted, as far as the document date says it."""
        doc = self.doc
        if doc.day is not None and doc.month is not None:
            return When(*day_after(doc, shift))
        # The lead's 今（29）日: the day, not the month; a shift stays inside any month up to the 28th.
        if doc.day is not None and (shift == 0 or 1 <= doc.day + shift <= 28):
            return When(None, 0, f"-M-{doc.day + shift:02d}")
        if doc.year is not None and doc.month is None and doc.day is None:
            return self.this_year()  # a work report's 今天, the day it was given: its record knows the year only
        return When(None, 0, "-M-D" if shift == 0 else f"-M-D[{shift:+d}]")

    def _century(self, number: str | None, relative: str | None) -> int | None:
        """The year before a named century (二十世纪: 1900, its end 2000); 上/本世纪 need the document's year."""
        if number:
            n = num(number)
            return (n - 1) * 100 if n and 1 <= n <= 30 else None
        if self.doc.year is None:
            return None  # 本世纪末 without a document date names no century
        return ((self.doc.year - 1) // 100 - (1 if relative == "上" else 0)) * 100

    def _decade(self, g: dict) -> When | None:
        d = g.get("cdec") or g["cdec2"]
        tens = int(d[0]) if d[0].isdigit() else num(d[0])
        first = 1900 if g.get("cdec2") else self._century(g.get("cen"), g.get("cenrel"))
        if first is None or tens is None:
            return None
        return When(first + 10 * tens, None, "s")

    def _monthspan_of(self, g: dict) -> When | None:
        first, last = num(g["mr1"]), num(g["mr2"])
        if first is None or last is None or first >= last or (g.get("mrand") and last != first + 1):
            return None
        ry = g.get("ry")
        if ry and ry.isdigit():
            year = When(int(ry))
        elif ry:
            year = self.topic_year().shifted(-1) if ry == "上年" else self.this_year().shifted(RELATIVE[ry])
        else:
            year = self.topic_year()  # statistics name their months after the year they count
        return span_of(When(year.year, year.offset, f"-{first:02d}"), When(year.year, year.offset, f"-{last:02d}"))

    def _withinspan_of(self, which: str, n: int | None, m: re.Match) -> When:
        """这五年: the five-year span named last; 后三年/前三年 in its paragraph: its last or first three years.

        With no such span 前两年 and 后三年 are no dates here (two years ago, three years later)."""
        span = self.last_span
        if span is None or span.end is None or not n or "\n" in m.string[self.last_span_end : m.start()]:
            return SKIP
        first, last = When(span.year, span.offset), When(span.end.year, span.end.offset)
        length = (last.year - first.year if first.year is not None and last.year is not None else None) or (
            (last.offset or 0) - (first.offset or 0) if first.year is None and last.year is None else None
        )
        if length is None:
            return SKIP
        length += 1
        if which == "这":
            return span_of(first, last) if n == length else SKIP
        if n >= length:
            return SKIP
        return span_of(last.shifted(-(n - 1)), last) if which == "后" else span_of(first, first.shifted(n - 1))

    def _bracketed_month(self, g: dict) -> When | None:
        """本（12）月20日: the document's year; 上（12）月 in a January release: the year before."""
        month, doc = int(g["mbn"]), self.doc
        year = self.this_year()
        if g["mb"] == "上" and doc.month is not None and month > doc.month:
            year = year.shifted(-1)
        part = f"-{month:02d}"
        if g.get("mbd"):
            day = num(g["mbd"])
            if day is None or _iso(2000, month, day) is None:
                return None
            part += f"-{day:02d}"
        return When(year.year, year.offset, part)

    def _month_alone(self, month: int | None, m: re.Match) -> When | None:
        """8月份: the year of a date named earlier in its sentence (今年5月和10月), else the year its section's
        heading reviews (9月份后，国际经济形势急转直下 under 一、2008年工作回顾: 2008-09, not the 2009 report's year),
        else the document's (news dates its events), else the topic's."""
        if month is None or not 1 <= month <= 12:
            return None
        reviewed = self._review_heading(m.string, m.start())
        if self.topic is not None and not SENTENCE_END.search(m.string, self.topic_end, m.start()):
            year = self.topic_year()
        elif reviewed is not None:
            year = When(reviewed)
        else:
            year = self.this_year() if self.doc.year is not None or self.topic is None else self.topic_year()
        return When(year.year, year.offset, f"-{month:02d}")

    def _day_only(self, day: int, m: re.Match) -> When:
        """16日 after 11月15日: the month of the last date that named one, else the document's; a day after the
        document's is of the month before (當地時間30日上午 in a release of 1 December: 30 November), unless it
        is to come (将于2月24、25日)."""
        t = self.topic
        month = t.part[1:3] if t is not None and t.end is None and re.match(r"-\d\d", t.part) else None
        if month is not None:
            return When(t.year, t.offset, f"-{month}-{day:02d}") if _iso(2000, int(month), day) else SKIP
        doc = self.doc
        if doc.month is not None:
            back = (
                doc.day is not None
                and day > doc.day
                and not _TO_COME.search(m.string, max(0, m.start() - 12), m.start())
            )
            year = self.this_year().shifted(-1 if back and doc.month == 1 else 0)
            month = (doc.month - 2) % 12 + 1 if back else doc.month
            return When(year.year, year.offset, f"-{month:02d}-{day:02d}") if _iso(2000, month, day) else SKIP
        return When(None, 0, f"-M-{day:02d}")

    def _period(self, year: When, p: str) -> When | None:
        if p == "同期":
            if self.topic is None or not self.topic.part:
                return None
            if self.topic.end is not None:  # 比2023年同期, after 1到11月: the same months a year before
                return span_of(
                    When(year.year, year.offset, self.topic.part), When(year.year, year.offset, self.topic.end.part)
                )
            return When(year.year, year.offset, self.topic.part)
        if p == "上半年":
            return When(year.year, year.offset, "-H1")
        if p == "下半年":
            return When(year.year, year.offset, "-H2")
        if p.startswith("前三季"):
            return span_of(When(year.year, year.offset, "-01"), When(year.year, year.offset, "-09"))
        if "季" in p and p[0] not in "春夏秋冬":  # 一九五七年冬季: a season stays the year
            q = int(parse_number(p.strip("第季度")) or 0)
            return When(year.year, year.offset, f"-Q{q}") if 1 <= q <= 4 else None
        return When(year.year, year.offset)  # 年初, 年底, 全年: the year itself
