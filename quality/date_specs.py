"""The date reader against Recognizers-Text's Chinese DateTime specs: text nobody here tuned on.

``python -m quality.date_specs [--failures]`` prints four shares (and, with ``--failures``, the cases
that fail: this is public text, not our held-out set):

- **dates found**, **periods found** (``DateExtractor``, ``DatePeriodExtractor``): the share of cases
  whose every expected span is *overlapped* by a date we find (a date that covers part of the
  expected text counts: ``去年5月`` for ``我们去年5月``; the exact bounds are not asked, as the spec's
  bounds take words such as ``从`` we leave out). A case that expects nothing passes when we find nothing.
- **date value**, **period value** (``DateParser``, ``DatePeriodParser``, each case has a
  ``ReferenceDateTime``, given as the document's date): the share of cases where, for every expected
  result, a date we find overlaps it and its value names the same days (:func:`agrees`). What our
  values cannot express (a season ``2017-SU``, a week) is a failure, not dropped.

Other spec files are left out whole: times of day and date-times (``TimeExtractor``, ``DateTime*``: a
time of day is never the period of a figure), durations (``951天`` is a quantity, :mod:`facts.figures`),
sets (``每年``), holidays (``元旦节``, ``春节``: lunar, and no figure's period in our corpora).

Cases whose ``NotSupported`` names python are skipped, as the corpus README allows. Whole categories
are left out (:data:`LEFT_OUT`), each with its reason: forms the app's users do not meet in news and
reports, or that are never the period of a figure.
"""

from __future__ import annotations

import datetime
import json
import re
import sys
from pathlib import Path

SPECS = "recognizers/Specs/DateTime/Chinese"
FILES = {
    "dates found": "DateExtractor.json",
    "periods found": "DatePeriodExtractor.json",
    "date value": "DateParser.json",
    "period value": "DatePeriodParser.json",
}

#: Categories of expected text left out, and why.
LEFT_OUT = [
    (
        re.compile(r"星期|礼拜|禮拜|[周週]"),
        "weeks and weekdays (上周一, 下周末, 十月的第一周): no figure of a report is over a week, "
        "and our values have no weeks",
    ),
    (
        re.compile(r"农历|正月|大年|初[一二三四五六七八九十]|神龙|康熙|雍正"),
        "lunar and imperial-era dates (正月初一, 康熙三年): need a lunar calendar and reign tables; "
        "not how news and reports of our corpora date figures (民国 years are kept)",
    ),
    (
        re.compile(r"^[前上下后][1-9][个]?[周月年天]|^未来两天$|^最近$"),
        "counts of units back or ahead of now (上2个月, 下1天, 未来两天) and 最近 as today: "
        "chat about a calendar, not a figure's period",
    ),
    (
        re.compile(r"^(?:\d{1,2}[./-]\d{1,2}(?:[./-]\d{1,4})?-?)+$|^\d{4} \d\d \d\d$"),
        "day-first, year-last, year-less and spaced numeric dates (13.5.2015, 1/2/2020, 12/1, 27-7-3, "
        "2010 01 29): not Chinese usage; ISO-like 2010-01-29 and 2015.5.13 are kept",
    ),
]


def load(corpora: Path, name: str) -> list[dict]:
    with open(corpora / SPECS / name, encoding="utf-8-sig") as fh:  # some spec files start with a BOM
        data = json.load(fh)
    return [c for c in data if "python" not in str(c.get("NotSupported", "")).lower()]


def left_out(case: dict) -> str | None:
    """Why a case is left out (the first category one of its expected texts is in), or None."""
    for r in case["Results"]:
        for pattern, why in LEFT_OUT:
            if pattern.search(r["Text"]):
                return why
    return None


def read(text: str, reference: str | None = None):
    """Our dates in ``text``, read as :func:`facts.extract.extract_facts` reads them; ``reference``
    (``2017-03-22T00:00:00``) is the document's date."""
    from desktop.core.facts.dates import DocumentDate, find_dates
    from desktop.core.facts.extract import _dates_view, is_traditional
    from desktop.core.facts.numerals import fold

    doc = DocumentDate.parse(reference[:10]) if reference else DocumentDate()
    traditional = is_traditional(text)
    return [d for d in find_dates(_dates_view(fold(text), traditional), document=doc, roc=traditional) if d.value]


def _spans(case: dict) -> list[tuple[int, int]]:
    return [(r["Start"], r["Start"] + r["Length"]) for r in case["Results"]]


def found(case: dict) -> tuple[bool, list]:
    """Every expected span overlapped by one of our dates (nothing found where nothing is expected)."""
    got = read(case["Input"])
    want = _spans(case)
    if not want:
        return not got, got
    return all(any(d.start < e and s < d.end for d in got) for s, e in want), got


def _day(iso: str) -> datetime.date:
    return datetime.date.fromisoformat(iso)


def interval(value: str) -> tuple[datetime.date, datetime.date] | None:
    """The days a value of ours names, ``[start, end)``: ``2018`` → 2018-01-01..2019-01-01; a span
    ``a/b`` runs from ``a``'s first day to the end of ``b``. None: a value with no days (relative)."""
    if "/" in value:
        a, b = value.split("/", 1)
        first, last = interval(a), interval(b)
        return (first[0], last[1]) if first and last else None
    try:
        if m := re.fullmatch(r"(\d{4})s", value):
            y = int(m.group(1))
            return datetime.date(y, 1, 1), datetime.date(y + 10, 1, 1)
        if m := re.fullmatch(r"(\d{4})(?:-(H[12]|Q[1-4]|\d\d))?(?:-(\d\d))?", value):
            y, part, day = int(m.group(1)), m.group(2), m.group(3)
            if part is None:
                return datetime.date(y, 1, 1), datetime.date(y + 1, 1, 1)
            if day is not None:
                d = datetime.date(y, int(part), int(day))
                return d, d + datetime.timedelta(days=1)
            first, months = {"H": (6 * (int(part[1:]) - 1) + 1, 6), "Q": (3 * (int(part[1:]) - 1) + 1, 3)}.get(
                part[0], (int(part) if part.isdigit() else 0, 1)
            )
            end = y * 12 + first - 1 + months
            return datetime.date(y, first, 1), datetime.date(end // 12, end % 12 + 1, 1)
    except ValueError:
        return None
    return None


def _theirs(result: dict) -> list[tuple[datetime.date, datetime.date]]:
    """The past and the future reading of an expected result, as ``[start, end)`` (the spec's end of
    a range is where it stops: 2018-05-01 for 明年四月, 01-12 for 一月十日到十二日)."""
    out = []
    for key in ("PastResolution", "FutureResolution"):
        res = result["Value"].get(key) or {}
        if "date" in res and not res["date"].startswith("0001"):
            d = _day(res["date"])
            out.append((d, d + datetime.timedelta(days=1)))
        elif res.get("startDate") and res.get("endDate"):
            out.append((_day(res["startDate"]), _day(res["endDate"])))
    return out


def agrees(ours: str, result: dict, reference: str) -> bool:
    """Our value names the same days as the spec's past or future reading.

    A range agrees when it starts on the same day and ends where the spec's ends, or the spec ends
    where our last unit begins (their 从2016到2018 stops at 2018-01-01, 一月十日到十二日 at the 12th;
    ours run to the end of 2018 and of the 12th). A span of n years back from the reference day
    (近三年: 2014-03-22..2017-03-22) agrees with the n whole years ending in the reference year or
    the one before: our values have whole years only.
    """
    mine = interval(ours)
    if mine is None:
        return False
    last = interval(ours.split("/")[-1])
    timex = result["Value"].get("Timex", "")
    for start, end in _theirs(result):
        if mine[0] == start and (mine[1] == end or (last and last[0] == end)):
            return True
        n = re.search(r",P(\d+)Y\)$", timex)
        if n and end == _day(reference[:10]) and start.month == end.month and start.day == end.day:
            years = mine[1].year - mine[0].year
            if years == int(n.group(1)) and mine[0].month == 1 and mine[1].year in (end.year, end.year + 1):
                return True
    return False


def valued(case: dict) -> tuple[bool, list]:
    """Every expected result has a date of ours over it that :func:`agrees`; where the spec resolves
    to no day (2019年2月29日, 2月30日), no date of ours over it."""
    reference = case["Context"]["ReferenceDateTime"]
    got = read(case["Input"], reference)
    ok = True
    for r, (s, e) in zip(case["Results"], _spans(case)):
        over = [d for d in got if d.start < e and s < d.end]
        if not _theirs(r) and "0001-01-01" in json.dumps(r["Value"]):
            ok = ok and not over
            continue
        ok = ok and any(agrees(d.value, r, reference) for d in over)
    return ok and bool(case["Results"]) or (not case["Results"] and not got), got


def share(corpora: Path, measure: str) -> tuple[float, int, list, dict]:
    """The share of kept cases that pass, their number, the failures and the left-out counts by reason."""
    passed, kept, failures, dropped = 0, 0, [], {}
    for case in load(corpora, FILES[measure]):
        if "value" in measure and "ReferenceDateTime" not in case.get("Context", {}):
            continue
        why = left_out(case)
        if why:
            dropped[why] = dropped.get(why, 0) + 1
            continue
        kept += 1
        ok, got = (valued if "value" in measure else found)(case)
        passed += ok
        if not ok:
            want = [(r["Text"], r["Value"].get("Timex") if "Value" in r else r.get("Type")) for r in case["Results"]]
            failures.append((case["Input"], want, [(case["Input"][d.start : d.end], d.value) for d in got]))
    return passed / max(kept, 1), kept, failures, dropped


def main(argv: list[str]) -> None:
    from quality.__main__ import CORPORA

    for measure in FILES:
        ratio, kept, failures, dropped = share(CORPORA, measure)
        print(f"{measure:14} {ratio:6.1%} ({kept - len(failures)}/{kept}); left out {sum(dropped.values())}")
        if "--failures" in argv:
            for f in failures:
                print("   ", *f)
    if "--left-out" in argv:
        for _, why in LEFT_OUT:
            print("-", why)


if __name__ == "__main__":
    main(sys.argv[1:])
