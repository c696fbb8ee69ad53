"""A figure's :class:`Period` and the arithmetic of the year values periods are made of.

Values are in the date notation of :mod:`facts.dates`: an absolute year (``2020``), a year
relative to the document's (``Y``, ``Y[-1]``: the document date is not known), a span of
two of them (``1998/2002``), or something finer (``Y[-1]-07``). Only years are counted with:
a month or a day has no year before it that a base or a span could mean.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A year, absolute (``2020``) or relative to the document's (``Y``, ``Y[-1]``: the offset in group 2).
YEAR = re.compile(r"^(\d{4}|Y(?:\[([+-]\d+)\])?)$")


@dataclass(frozen=True, slots=True)
class Period:
    """``value`` in the date notation (``2020``, ``1998/2002``, ``Y[-1]-07``) or None; ``source``
    the words it came from; ``base``: the figure is the earlier side of a comparison."""

    value: str | None
    source: str = ""
    base: bool = False


NO_PERIOD = Period(None)


def shift(value: str | None, years: int) -> str | None:
    """``2020`` → ``2019``, ``Y[-1]`` → ``Y[-2]`` for year-level values; None for anything finer."""
    m = YEAR.match(value or "")
    if not m:
        return None
    if value[0] != "Y":
        return f"{int(value) + years:04d}"
    k = int(m.group(2) or 0) + years
    return "Y" if k == 0 else f"Y[{k:+d}]"


def order(a: str, b: str) -> int | None:
    """-1, 0 or 1 as year ``a`` is before, the same as or after year ``b`` (both absolute or both relative to the
    document's year, ``2017`` against ``Y`` only with the year known); None when they cannot be compared."""
    ma, mb = (
        YEAR.match(a[:4] if a[:1].isdigit() else a.split("-")[0]),
        YEAR.match(b[:4] if b[:1].isdigit() else b.split("-")[0]),
    )
    if not ma or not mb or "/" in a or "/" in b:
        return None
    ka = int(a[:4]) if a[0].isdigit() else None
    kb = int(b[:4]) if b[0].isdigit() else None
    if ka is None or kb is None:
        if ka is not None or kb is not None:
            return None
        ka, kb = int(ma.group(2) or 0), int(mb.group(2) or 0)
    return (ka > kb) - (ka < kb)


def year_before(value: str | None) -> str | None:
    """The state before a period: the year before a year, the year before a span's first."""
    if value and "/" in value:
        return shift(value.split("/")[0], -1)
    return shift(value, -1)


def year_after(value: str | None) -> str | None:
    return shift(value, 1)
