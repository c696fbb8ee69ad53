"""A fact's value as text: one exact form for machines, one readable form for people.

The machine form is what a spreadsheet or script parses: a plain decimal
(``54530000000``, ``8.6``, ``0.3333333333333333``) with no exponent, no
thousands separators and no unit. The human form scales big numbers with
English words and appends the unit (``54.53 billion CNY``, ``8.6%``,
``500,000 家``) so it reads the same in every interface language.

Both work on ``Decimal(repr(x))``: ``repr`` is the shortest string that
round-trips a float, so scaling by powers of ten is exact and
``545.3亿元`` can never print as ``54.529999999 billion``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from ..facts.model import Fact
from ..facts.notation import period_text
from .context import WHOLE, window

Transform = Callable[[str], str]

#: Separator between the ends of a range, in both forms. An en dash, not a
#: hyphen: spreadsheets read ``7-8`` as the 8th of July, and ``-`` after a
#: negative low end would be ambiguous.
RANGE_DASH = "\u2013"

#: Large numbers read as a mantissa and an English scale word.
_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))
#: Readable forms keep at most this many significant digits (``1/3`` → ``0.333333``);
#: figures written in an article never have more, so nothing written is lost.
_HUMAN_DIGITS = 6
#: Qualifier ► (prefix, suffix) around the readable number.
_QUALIFIER = {">": ("> ", ""), ">=": ("≥ ", ""), "<": ("< ", ""), "<=": ("≤ ", ""), "≈": ("≈ ", ""), "+": ("", "+")}
_ISO_CURRENCY = re.compile(r"^[A-Z]{3}$")
_YEAR_IN_TEXT = re.compile(r"(?<![0-9０-９])((?:19|20)[0-9]{2})\s*年")
_ISO_YEAR = re.compile(r"^((?:1[0-9]|20)[0-9]{2})(?:$|[-/W Q H])")


def _identity(text: str) -> str:
    return text


def _decimal(number) -> Decimal | None:
    """``number`` as an exact Decimal, or None for NaN/infinity/non-numbers."""
    if isinstance(number, bool):
        return None
    try:
        d = Decimal(number) if isinstance(number, (int, Decimal)) else Decimal(repr(float(number)))
    except (InvalidOperation, TypeError, ValueError):
        return None
    return d if d.is_finite() else None


def plain_decimal(number) -> str:
    """``number`` as a plain decimal string: no exponent, no separators, no trailing zeros.

    ``6e11`` → ``600000000000``; ``8.60`` → ``8.6``; ``-0.5`` → ``-0.5``; NaN → ``""``.
    """
    d = _decimal(number)
    if d is None:
        return ""
    if d == d.to_integral_value():
        return str(int(d))
    return format(d.normalize(), "f")


def _is_number(value) -> bool:
    return _decimal(value) is not None


def _is_range(value) -> bool:
    return isinstance(value, (list, tuple)) and len(value) == 2 and all(_is_number(v) for v in value)


def format_value_machine(fact: Fact) -> str:
    """The normalised value for machines: the Value column of TSV/CSV and "value only".

    Numbers as :func:`plain_decimal` (money in units of ``fact.unit``, percent as
    the percent number); ranges ``low–high`` (en dash); ISO date strings as they
    are, and periods as people read them (``1998–2002``, ``Y−1-07``: JSON keeps ``Y[-1]-07``);
    ``None`` → ``""``. Unit and qualifier are separate columns.
    """
    value = fact.value
    if value is None:
        return ""
    if isinstance(value, str):
        return period_text(value) if fact.kind == "date" else value
    if isinstance(value, (list, tuple)):
        return RANGE_DASH.join(v if isinstance(v, str) else plain_decimal(v) for v in value)
    return plain_decimal(value)


def _scale_for(magnitude: Decimal) -> tuple[Decimal, str]:
    for factor, word in _SCALES:
        if magnitude >= factor:
            return factor, word
    return Decimal(1), ""


def _readable(d: Decimal, factor: Decimal) -> str:
    """``d / factor`` with at most :data:`_HUMAN_DIGITS` significant digits, grouped by thousands."""
    scaled = d / factor
    # Beyond trillions a figure is beyond Decimal's 28-digit context: show it whole.
    if scaled != 0 and scaled.adjusted() < 20:
        digits = scaled.adjusted() + 1  # digits before the point
        places = max(_HUMAN_DIGITS - digits, 0)
        scaled = scaled.quantize(Decimal(1).scaleb(-places))
    scaled = scaled.normalize()
    if scaled == scaled.to_integral_value():
        return f"{int(scaled):,}"
    text = format(scaled, "f")
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    return f"{sign}{int(whole.lstrip('-')):,}.{frac}"


def format_value(fact: Fact, transform: Transform | None = None) -> str:
    """The normalised value for people: the facts table's Value column and the citation.

    ``54530000000`` CNY → ``54.53 billion CNY``; ``8.6`` % → ``8.6%``; ``[7, 8]`` %
    → ``7–8%``; ``500000`` 家 with qualifier ``>`` → ``> 500,000 家``; ``100000``
    字 with ``+`` → ``100,000+ 字``; dates show their period (:func:`period_text`); ``None`` → ``""``.
    ``transform`` (a script converter) applies to a unit written in Chinese only.
    """
    value = fact.value
    if value is None:
        return ""
    if isinstance(value, str):
        return period_text(value) if fact.kind == "date" else value
    if _is_range(value):
        ends = [_decimal(v) for v in value]
    elif _is_number(value):
        ends = [_decimal(value)]
    else:  # an unexpected shape: show it rather than lose it
        return format_value_machine(fact)
    unit = fact.unit or ""
    # Percentages keep their digits: "1,500%" reads better than "0.0015 million %".
    factor, word = (Decimal(1), "") if unit == "%" else _scale_for(max(abs(e) for e in ends))
    number = RANGE_DASH.join(_readable(e, factor) for e in ends)
    prefix, suffix = _QUALIFIER.get(fact.qualifier or "", ("", ""))
    number = f"{prefix}{number}{suffix}"
    if word:
        number = f"{number} {word}"
    if unit == "%":
        return f"{number}%"
    if unit and not _ISO_CURRENCY.match(unit):
        unit = (transform or _identity)(unit)
    return f"{number} {unit}" if unit else number


def value_sort_key(fact: Fact) -> tuple:
    """A key that orders facts by value: numbers (ranges by their low end), then dates/strings, then no value."""
    value = fact.value
    if _is_range(value):
        return (0, float(value[0]), float(value[1]))
    if _is_number(value):
        return (0, float(value), float(value))
    if isinstance(value, str):
        return (1, value)
    return (2,)


def fact_year(fact: Fact) -> str:
    """The year a fact refers to, as written: its own ISO value for dates, else
    the last ``YYYY年`` in its sentence before the fact (or the first one after), else ``""``.
    """
    if isinstance(fact.value, str):
        m = _ISO_YEAR.match(fact.value)
        if m:
            return m.group(1)
    sentence = fact.sentence or ""
    if len(sentence) > WHOLE:  # a long sentence: only the part its tables show (context.py)
        sentence, at, _ = window(fact)
    else:
        at = sentence.find(fact.text) if fact.text else -1
    years = list(_YEAR_IN_TEXT.finditer(sentence))
    if not years:
        return ""
    if at >= 0:
        before = [m for m in years if m.start() <= at]
        if before:
            return before[-1].group(1)
    return years[0].group(1)
