"""The document's own date: a dateline, a date in the title, a feed's field, or the user's.

:func:`document_date` reads it; :class:`DocumentDate` holds what is known of it
(any part may be unknown: a Xinhua dateline ``5月28日电`` has no year, a
Taiwan release's ``今（18）日`` only a day).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass


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


def _iso(y: int | None, month: int | None, day: int | None = None) -> str | None:
    if y is None or month is None or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{y:04d}-{month:02d}"
    try:
        return datetime.date(y, month, day).isoformat()
    except ValueError:
        return None


_FULL_DATE = re.compile(
    r"(?<![\d.])(?P<y>\d{4})[年\-/.](?P<m>1[0-2]|0?[1-9])[月\-/.](?P<d>3[01]|[12]\d|0?[1-9])日?(?![\d.])"
    r"|(?P<minguo>民国)?(?<![\d])(?P<roc>1[0-4]\d|[89]\d)年(?P<rm>1[0-2]|0?[1-9])月(?P<rd>3[01]|[12]\d|0?[1-9])日"
)
#: Before a dateline: the start of its line, a dash, a bracket or a label's colon.
_OPENS_LINE = re.compile(r"(?:^|\n|[：:])[ \t　]*(?:——|—|－|[（(【〔［\[])?[ \t　]*$")
#: After a news agency's dateline: 电, 讯 (新华社北京2024年3月5日电).
_WIRED = re.compile(r"[ \t]*(?:电|讯|電|訊)")
_MONTH_DAY = re.compile(r"(?<![\d年])(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])日")
_TITLE_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d{2})年(?!代)")
#: A Taiwan release's lead: 總統今（18）日上午… says the day, not the month.
_TODAY_DAY = re.compile(r"今[（(](?P<d>3[01]|[12]\d|0?[1-9])[）)]日")


def _is_dateline(text: str, m: re.Match) -> bool:
    """A full date that opens its line (——2024年3月5日在…, （2023年3月13日…）, or after a label's colon) or is
    followed by 电/讯 (新华社北京2024年3月5日电) dates the document; one inside a sentence dates an event
    (最嚴重的是1999年9月21日中部大地震, 任期于113年8月31日届滿: in the 13 releases whose first 400 characters
    hold a full date, each was an event's, and 7 gave the release a wrong year)."""
    return bool(_OPENS_LINE.search(text, 0, m.start()) or _WIRED.match(text, m.end()))


def document_date(folded: str, title: str = "", *, hint: DocumentDate | None = None, head: int = 400) -> DocumentDate:
    """The document's own date: ``hint`` (a feed's date field, the user's choice) when it has a year,
    else a full date in the first ``head`` characters (a dateline), else a year in the title.

    A month and day without a year (``本报北京5月14日讯``, ``8月30日上午``) are kept
    as a date with an unknown year, so ``今（5）日`` still says which day; a lead's
    ``今（18）日`` alone gives the day, so a later ``今天`` is that day too.
    """
    start = folded[:head]
    today = _TODAY_DAY.search(start)
    if hint is not None and hint.known:
        if hint.day is None and hint.month is not None and today and _iso(hint.year, hint.month, int(today.group("d"))):
            return DocumentDate(hint.year, hint.month, int(today.group("d")), hint.source)
        return hint
    m = next((m for m in _FULL_DATE.finditer(start) if _is_dateline(start, m)), None)
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
    if today:
        return DocumentDate(None, None, int(today.group("d")), "dateline")
    return DocumentDate()


def day_after(doc: DocumentDate, shift: int) -> tuple[int | None, int | None, str]:
    """今天/昨天/明天 against a document date that knows its month and day, with or without its year.

    A dateline without a year (``新华社北京5月28日电``) still says which day 今天 is:
    ``Y-05-28``. Only a shift across the end of February needs the year (28 or
    29 days); without one it stays relative to the document's day (``Y-M-D[-1]``).
    Gives the year (or its offset from the document's) and the part after it.
    """
    if doc.year is not None:
        if _iso(doc.year, doc.month, doc.day) is None:
            return doc.year, None, ""
        date = datetime.date(doc.year, doc.month, doc.day) + datetime.timedelta(days=shift)
        return date.year, None, date.isoformat()[4:]
    # The same day in a leap and in a common year: where they agree, the year does not matter.
    days = [
        datetime.date(y, doc.month, doc.day) + datetime.timedelta(days=shift)
        for y in (2000, 2001)
        if _iso(y, doc.month, doc.day)
    ]
    if len(days) != 2 or days[0].timetuple()[1:3] != days[1].timetuple()[1:3]:
        return None, 0, "-M-D" if shift == 0 else f"-M-D[{shift:+d}]"
    return None, days[1].year - 2001, days[1].isoformat()[4:]
