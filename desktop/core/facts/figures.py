"""Figures: money, percentages, quantities, ratios, multiples and ranks in raw text.

:func:`recognize` works on any string (the conformance harness feeds it the
Recognizers-Text specs); :func:`facts.extract.extract_facts` adds labels,
sentences and sections. Offsets are half-open ``[start, end)`` into the text
given, and ``text[start:end]`` is the whole expression as written, qualifiers
included (``超过2万家``, ``10余万字``, ``7%左右``).

A bare number is not a figure unless a qualifier or a 万/亿 scale marks it as an
amount (``超50万``): without a unit, measure word, ``%``, currency or fraction
it is a name or a grade (``星光68``, ``4A级``, ``RE100``, ``80后``,
``“1+4+N”``, ``2025全國…新春團拜``, ``3788“亚洲之光”``).

What one numeral makes is read by the per-unit recognisers of
:mod:`facts.figure_readers`; here is the order they are tried in and the passes
over all the figures of a text (ranges, halves, currency names).
"""

from __future__ import annotations

import re

from .figure_readers import (
    NO_FIGURE,
    PERCENT_PREFIX,
    ZHE,
    Figure,
    Numeral,
    cheng,
    currency_after,
    currency_before,
    measure_word,
    ordinal,
    percent_in_words,
    percent_sign,
    percentage_points,
    qualifier_before,
    ratio,
    scaled_or_qualified,
    spaced_discount,
    with_after,
    zhe,
)
from .losses import lose
from .numerals import find_numerals, fold, parse_number
from .units import CURRENCY_AFTER

_OPENING_QUOTES = frozenset("“「『《〈")
_CLOSING_QUOTES = frozenset("”」』》〉")
_HALF = re.compile(r"(?<=打)对折|半成|半折")
#: 人员总数减少一半, 预算收入的一半, 一半以上, 超過一半的國會議員, 一半稍多: half of something is a share, as 三分之一 is
#: (the README's 一半; 稍多 after it is "and a little more", as 多); 另一半 is a spouse.
_ONE_HALF = re.compile(r"(?<!另)一半")
#: 翻两番 (quadrupled, ×4), 翻一番 (doubled): a multiple, 2 to the power of the 番 counted (round 2's 国民生产总值…翻两番).
#: Not 翻番 with no count (the seed's 三个“翻番”, goals named, not stated).
_DOUBLINGS = re.compile("翻([一二两三四五六七八九十])番(多)?")
_URL = re.compile(r"https?://\S+|www\.\S+")
_RANGE_GAP = re.compile(r"[ \t]*(?:至|到|~|-|—|–)[ \t]*")
#: 百分之八至九: the high end written as a bare numeral after a percent in words, then the clause goes on
#: (not 到一九五七年, a year, nor 至九万人, an amount of its own).
_WORDS_PERCENT = re.compile(r"[百千]分之")
_BARE_HIGH_ENDS = re.compile(r"$|[，。；、：）)\s的左上以]")


def recognize(
    text: str,
    *,
    local_currency: str = "CNY",
    currency_names: bool = False,
    folded: str | None = None,
    losses: list | None = None,
) -> list[Figure]:
    """Every figure in ``text``, sorted by start.

    ``local_currency`` is the ISO code for 元/块 (``TWD`` in a Taiwan text).
    ``currency_names`` also reports bare currency names (``人民币``, ``美元``) as
    money with value ``None`` — the Recognizers-Text convention, not a fact.
    ``folded`` is ``fold(text)`` when the caller already has it. A recogniser that
    raises loses only its numeral (logged, and appended to ``losses``: see :mod:`facts.losses`).
    """
    folded = fold(text) if folded is None else folded
    blocked = [m.span() for m in _URL.finditer(folded)]
    out: list[Figure] = []
    bare: list[tuple[int, int, float]] = []
    for s, e, value in find_numerals(folded):
        if any(a <= s < b for a, b in blocked):
            continue
        try:
            fig = _figure(folded, s, e, value, local_currency, text)
        except Exception as err:  # noqa: BLE001 - one numeral's recogniser failed: that figure is lost, not the text
            lose(losses, "figure", s, e, text, err)
            continue
        if fig is None:
            bare.append((s, e, value))
        elif not out or fig.start >= out[-1].end:
            out.append(fig)
    out.extend(_halves(folded))
    out.extend(_one_halves(folded, out))
    out.extend(_doublings(folded, out))
    if currency_names:
        out.extend(_currency_names(folded, out))
    out.sort(key=lambda f: f.start)
    try:
        out = _ranges(folded, out, bare)
    except Exception as err:  # noqa: BLE001 - ranges stay two figures rather than none
        lose(losses, "figure", 0, 0, text, err)
    return [fig for fig in out if not _begins_a_quoted_name(folded, fig)]


def _figure(f: str, s: int, e: int, value: float, local: str, written: str) -> Figure | None:
    """The figure a numeral at ``[s, e)`` of the folded text ``f`` makes, or ``None``.

    The recognisers below are tried in order; the first that answers decides.
    """
    if _after_latin_letters(f, s, e):
        return None  # RE100, COP 28, G20 are names; GDP2.5% is a share of GDP
    start, qualifier = qualifier_before(f, s)
    n = Numeral(f, written, s, e, value, local, start, qualifier)
    for recognise in _RECOGNISERS:
        found = recognise(n)
        if found is not None:
            return None if found is NO_FIGURE else found
    return None


def _begins_a_quoted_name(f: str, fig: Figure) -> bool:
    """「0-6歲國家一起養」, 「六項保證」, “三个有利于”, 《232條款》: a figure that opens a quotation going on past it
    begins a name (README: names containing numerals are no figures); an amount of money stays (「180億元農漁產業支持
    方案」 says what the programme spends), and so does a figure quoted whole (「3,000人」)."""
    return (
        fig.kind != "money"
        and fig.start > 0
        and f[fig.start - 1] in _OPENING_QUOTES
        and fig.end < len(f)
        and f[fig.end] not in _CLOSING_QUOTES
    )


def _after_latin_letters(f: str, s: int, e: int) -> bool:
    before = f[s - 1] if s else ""
    glued = before.isascii() and before.isalpha()
    spaced = before == " " and s > 1 and f[s - 2].isascii() and f[s - 2].isalpha()
    return (glued or spaced) and not f.startswith("%", e)


#: In order: the first recogniser that answers decides.
_RECOGNISERS = (
    percent_in_words,
    ratio,
    ordinal,
    currency_before,
    percent_sign,
    percentage_points,
    spaced_discount,
    cheng,
    zhe,
    currency_after,
    measure_word,
    scaled_or_qualified,
)


def _halves(f: str) -> list[Figure]:
    values = {"对折": 50.0, "半折": 50.0, "半成": 5.0}
    return [Figure("percent", m.start(), m.end(), values[m.group(0)], "%", None, m.span()) for m in _HALF.finditer(f)]


def _one_halves(f: str, taken: list[Figure]) -> list[Figure]:
    out = []
    for m in _ONE_HALF.finditer(f):
        if any(t.start < m.end() and m.start() < t.end for t in taken):
            continue
        start, qualifier = qualifier_before(f, m.start())
        end = m.end()
        if f.startswith("稍多", end):
            end, qualifier = end + 2, qualifier or "+"
        out.append(with_after(f, Figure("ratio", start, end, 0.5, None, qualifier, m.span())))
    return out


def _doublings(f: str, taken: list[Figure]) -> list[Figure]:
    out = []
    for m in _DOUBLINGS.finditer(f):
        if any(t.start < m.end() and m.start() < t.end for t in taken):
            continue
        times = parse_number(m.group(1))
        if times is None:
            continue
        value = float(2 ** int(times))
        out.append(Figure("multiple", m.start(), m.end(), value, "倍", "+" if m.group(2) else None, m.span()))
    return out


def _currency_names(f: str, taken: list[Figure]) -> list[Figure]:
    out = []
    for word, code in (
        ("人民币", "CNY"),
        ("美元", "USD"),
        ("欧元", "EUR"),
        ("日元", "JPY"),
        ("港元", "HKD"),
        ("英镑", "GBP"),
    ):
        for m in re.finditer(word, f):
            if not any(t.start <= m.start() < t.end for t in taken):
                out.append(Figure("money", m.start(), m.end(), None, code, None, m.span()))
    return out


def _ranges(f: str, figs: list[Figure], bare: list[tuple[int, int, float]]) -> list[Figure]:
    """Join ``7%至8%`` and ``5至8%`` into one figure whose value is ``[low, high]``."""
    if not figs:
        return figs
    bare_by_end = {e: (s, v) for s, e, v in bare}
    out: list[Figure] = []
    for fig in figs:
        low = None
        prev = out[-1] if out else None
        if (
            prev
            and (prev.kind == fig.kind and prev.unit == fig.unit or _unit_left_to_high_end(prev, fig))
            and prev.value is not None
            and not isinstance(prev.value, list)
        ):
            m = _RANGE_GAP.fullmatch(f, prev.end, fig.start)
            if m and fig.qualifier is None:
                low = (prev.start, prev.value)
                out.pop()
        if low is None and fig.kind in ("percent", "money", "quantity"):
            for gap_end in range(max(0, fig.start - 4), fig.start):
                hit = bare_by_end.get(gap_end)
                if hit and _RANGE_GAP.fullmatch(f, gap_end, fig.start):
                    low = hit
                    break
        if low is None or fig.value is None:
            out.append(_words_percent_range(f, fig, bare))
        else:
            out.append(
                Figure(fig.kind, low[0], fig.end, [low[1], fig.value], fig.unit, fig.qualifier, (low[0], fig.number[1]))
            )
    return out


def _unit_left_to_high_end(low: Figure, high: Figure) -> bool:
    """七十亿到一百亿元, 700万到800万吨, 1,100 億至 1,200 億的預算: the low end of a range leaves its unit to the high end."""
    return low.kind == "quantity" and low.unit is None and high.kind in ("money", "quantity") and high.unit is not None


def _words_percent_range(f: str, fig: Figure, bare: list[tuple[int, int, float]]) -> Figure:
    """``百分之八至九`` is 8–9%: the high end's 百分之 is left out, so it stands as a bare numeral."""
    if fig.kind != "percent" or isinstance(fig.value, list) or fig.value is None:
        return fig
    if not _WORDS_PERCENT.match(f, fig.number[0]) and not _WORDS_PERCENT.match(f, fig.start):
        return fig
    gap = _RANGE_GAP.match(f, fig.end)
    if not gap:
        return fig
    for s, e, v in bare:
        if s == gap.end() and _BARE_HIGH_ENDS.match(f, e) and fig.value < v <= 100:
            return Figure(fig.kind, fig.start, e, [fig.value, v], fig.unit, fig.qualifier, (fig.number[0], e))
    return fig


def recognize_numbers(text: str) -> list[tuple[int, int, float]]:
    """Every number in ``text`` as ``(start, end, value)``: the Recognizers-Text *number* model.

    Unlike :func:`recognize` this keeps bare numbers; it drops numbers that are
    amounts of money or discounts (``一美元``, ``一折``) and reads ``百分之八`` as
    the number ``八``.
    """
    folded = fold(text)
    out = []
    for s, e, value in find_numerals(folded):
        m = PERCENT_PREFIX.match(folded, s, e)
        if m and not folded[s].isdigit():
            rest = folded[m.end() : e]
            inner = parse_number(rest)
            if inner is None:
                continue
            s, value = m.end() + (len(rest) - len(rest.lstrip())), inner
        if (
            e - s == 1
            and not folded[s].isdigit()
            and (CURRENCY_AFTER.match(folded, e) or ZHE.match(folded, e) or folded[e : e + 1] == "%")
        ):
            continue  # 一美元, 一折, 二％: the number model leaves single-digit amounts to the unit models
        out.append((s, e, value))
    return out
