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
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .numerals import CN_DIGITS, find_numerals, fold, parse_number
from .units import (
    CURRENCY_AFTER, CURRENCY_BEFORE, MONEY_CONTEXT, CURRENCY_PREFIXES, CURRENCY_SUFFIXES, DURATIONS, MEASURE_AFTER,
    QUALIFIER_AFTER, QUALIFIER_BEFORE, QUALIFIERS_AFTER, QUALIFIERS_BEFORE, SMALL_CHANGE,
)


@dataclass(frozen=True, slots=True)
class Figure:
    """One figure. ``number`` is the ``[start, end)`` span of the numeral alone (for labelling)."""

    kind: str
    start: int
    end: int
    value: float | list | None
    unit: str | None
    qualifier: str | None
    number: tuple[int, int] = (0, 0)


_PERCENT_PREFIX = re.compile(r"[-负]?[ \t]*[百佰千仟万]+[ \t]*分[ \t]*之")
_POINTS = re.compile(r"[ \t]*个[ \t]*百[ \t]*分[ \t]*点")
_CHENG = re.compile(r"[ \t]*成(?:[ \t]*([0-9一二三四五六七八九])(?![0-9十百千万亿个成折])|(半))?(?![为员都果本效功立绩交长熟型片就品群批套规年不])")
_ZHE = re.compile(r"[ \t]*折(?![旧合算射腾叠线中服返八])")
_HALF = re.compile(r"(?<=打)对折|半成|半折")
_BIG = set("十拾百佰千仟万亿兆")
_URL = re.compile(r"https?://\S+|www\.\S+")
_RANGE_GAP = re.compile(r"[ \t]*(?:至|到|~|-|—|–)[ \t]*")
_DOUBLE_DIGITS = re.compile(r"(\d)[ \t]+(\d)[ \t]*折")


def recognize(text: str, *, local_currency: str = "CNY", currency_names: bool = False, folded: str | None = None) -> list[Figure]:
    """Every figure in ``text``, sorted by start.

    ``local_currency`` is the ISO code for 元/块 (``TWD`` in a Taiwan text).
    ``currency_names`` also reports bare currency names (``人民币``, ``美元``) as
    money with value ``None`` — the Recognizers-Text convention, not a fact.
    ``folded`` is ``fold(text)`` when the caller already has it.
    """
    folded = fold(text) if folded is None else folded
    blocked = [m.span() for m in _URL.finditer(folded)]
    out: list[Figure] = []
    bare: list[tuple[int, int, float]] = []
    for s, e, value in find_numerals(folded):
        if any(a <= s < b for a, b in blocked):
            continue
        fig = _figure(folded, s, e, value, local_currency, text)
        if fig is None:
            bare.append((s, e, value))
        elif not out or fig.start >= out[-1].end:
            out.append(fig)
    out.extend(_halves(folded))
    if currency_names:
        out.extend(_currency_names(folded, out))
    out.sort(key=lambda f: f.start)
    return _ranges(folded, out, bare)


def _figure(f: str, s: int, e: int, value: float, local: str, written: str) -> Figure | None:
    raw = f[s:e]
    number = (s, e)
    has_arabic = any(c.isdigit() for c in raw)
    if (s and (f[s - 1].isascii() and f[s - 1].isalpha() or (f[s - 1] == " " and s > 1 and f[s - 2].isalpha() and f[s - 2].isascii()))
            and not f.startswith("%", e)):
        return None  # RE100, COP 28, G20 are names; GDP2.5% is a share of GDP
    start, qualifier = _qualifier_before(f, s)
    if _PERCENT_PREFIX.match(raw):
        return _with_after(f, Figure("percent", start, e, value * 100, "%", qualifier, number))
    if "/" in raw or "分之" in raw:
        return Figure("ratio", start, e, value, None, qualifier, number)
    if f[s - 1:s] == "第":  # an ordinal: a rank only when it stands alone (位居全市第一), else a name (第十五次全国代表大会)
        if e < len(f) and _is_cjk(f[e]) and f[e] not in "名位":
            return None
        end = e + 1 if e < len(f) and f[e] in "名位" else e
        return Figure("rank", s - 1, end, value, None, None, number)
    m = CURRENCY_BEFORE.search(f, max(0, s - 4), s)
    suffix = CURRENCY_AFTER.match(f, e)
    if m and (not suffix or (CURRENCY_SUFFIXES[suffix.group(1)] or local) == CURRENCY_PREFIXES[m.group(0).strip()]):
        code = CURRENCY_PREFIXES[m.group(0).strip()]
        tail = CURRENCY_AFTER.match(f, e)
        end = tail.end() if tail else e
        start2, q2 = _qualifier_before(f, m.start())
        return _with_after(f, Figure("money", start2, end, value, code, q2 or qualifier, number))
    if e < len(f) and f[e] == "%":
        return _with_after(f, Figure("percent", start, e + 1, value, "%", qualifier, number))
    m = _POINTS.match(f, e)
    if m:
        return _with_after(f, Figure("percent", start, m.end(), value, "pp", qualifier, number))
    m = _DOUBLE_DIGITS.match(f, s)
    if m and m.end() > e:
        return Figure("percent", start, m.end(), float(m.group(1) + m.group(2)), "%", qualifier, number)
    m = _CHENG.match(f, e)
    if m:
        extra = 5 if m.group(2) else (CN_DIGITS.get(m.group(1)) if m.group(1) and not m.group(1).isdigit() else int(m.group(1) or 0))
        return Figure("percent", start, m.end(), value * 10 + extra, "%", qualifier, number)
    m = _ZHE.match(f, e)
    if m:
        pct = value * 10 if value < 10 else value if 10 < value < 100 and value == int(value) else None
        if pct is None or (s and f[s - 1] in "波"):
            return None
        return Figure("percent", start, m.end(), pct, "%", qualifier, number)
    m = CURRENCY_AFTER.match(f, e)
    if m:
        code = CURRENCY_SUFFIXES[m.group(1)] or local
        end, amount = m.end(), value
        change = SMALL_CHANGE.match(f, end) if m.group(1) in ("元", "美元", "日元") else None
        if change:
            jiao, fen, cents, sen = (parse_number(g) if g else 0 for g in change.groups())
            amount = value + (jiao or 0) / 10 + ((fen or 0) + (cents or 0) + (sen or 0)) / 100
            end = change.end()
        return _with_after(f, Figure("money", start, end, amount, code, qualifier, number))
    m = MEASURE_AFTER.match(f, e)
    if m:
        unit = m.group(1)
        written_unit = written[m.start(1):m.end(1)]  # 個 stays 個 in a Traditional text
        if not has_arabic and not _BIG.intersection(raw) and unit != "倍":
            return None  # 一站式, 三位一体, 五个一: single Chinese digits are words, not figures
        if unit in ("年", "周年") and 1000 <= value <= 2100 and value == int(value):
            return None  # a year: see facts.dates
        if "余" in f[e:m.start(1)] or "多" in f[e:m.start(1)]:
            qualifier = qualifier or "+"
        kind = "multiple" if unit == "倍" else "quantity"
        return _with_after(f, Figure(kind, start, m.end(), value, written_unit, qualifier, number), duration=unit in DURATIONS)
    if (qualifier or set("万亿兆") & set(raw)) and (has_arabic or _BIG & set(raw)) and not (e < len(f) and f[e].isascii() and f[e].isalpha()):
        # 日均人流量超50万: a qualified or scaled number counts even without a measure word
        if set("万亿兆") & set(raw) and MONEY_CONTEXT.search(f, max(0, start - 20), start):
            return _with_after(f, Figure("money", start, e, value, local, qualifier, number))
        return _with_after(f, Figure("quantity", start, e, value, None, qualifier, number))
    return None


def _qualifier_before(f: str, s: int) -> tuple[int, str | None]:
    m = QUALIFIER_BEFORE.search(f, max(0, s - 3), s)
    if not m:
        return s, None
    word = m.group(0).strip()
    return m.start(), QUALIFIERS_BEFORE[word]


def _with_after(f: str, fig: Figure, duration: bool = False) -> Figure:
    """Extend ``fig`` over a trailing 以上/以下/以内/左右 (内 only after a span of time)."""
    m = QUALIFIER_AFTER.match(f, fig.end)
    qualifier, end = fig.qualifier, fig.end
    if any(c in f[fig.number[0]:fig.number[1]] for c in "余多几"):
        qualifier = qualifier or "+"
    if m and (m.group(1) != "内" or duration):
        qualifier, end = QUALIFIERS_AFTER[m.group(1)], m.end()
    return Figure(fig.kind, fig.start, end, fig.value, fig.unit, qualifier, fig.number)


def _halves(f: str) -> list[Figure]:
    values = {"对折": 50.0, "半折": 50.0, "半成": 5.0}
    return [Figure("percent", m.start(), m.end(), values[m.group(0)], "%", None, m.span()) for m in _HALF.finditer(f)]


def _currency_names(f: str, taken: list[Figure]) -> list[Figure]:
    out = []
    for word, code in (("人民币", "CNY"), ("美元", "USD"), ("欧元", "EUR"), ("日元", "JPY"), ("港元", "HKD"), ("英镑", "GBP")):
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
        if prev and prev.kind == fig.kind and prev.unit == fig.unit and prev.value is not None and not isinstance(prev.value, list):
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
            out.append(fig)
        else:
            out.append(Figure(fig.kind, low[0], fig.end, [low[1], fig.value], fig.unit, fig.qualifier, (low[0], fig.number[1])))
    return out


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def recognize_numbers(text: str) -> list[tuple[int, int, float]]:
    """Every number in ``text`` as ``(start, end, value)``: the Recognizers-Text *number* model.

    Unlike :func:`recognize` this keeps bare numbers; it drops numbers that are
    amounts of money or discounts (``一美元``, ``一折``) and reads ``百分之八`` as
    the number ``八``.
    """
    folded = fold(text)
    out = []
    for s, e, value in find_numerals(folded):
        m = _PERCENT_PREFIX.match(folded, s, e)
        if m and not folded[s].isdigit():
            rest = folded[m.end():e]
            inner = parse_number(rest)
            if inner is None:
                continue
            s, value = m.end() + (len(rest) - len(rest.lstrip())), inner
        if e - s == 1 and not folded[s].isdigit() and (
            CURRENCY_AFTER.match(folded, e) or _ZHE.match(folded, e) or folded[e:e + 1] == "%"
        ):
            continue  # 一美元, 一折, 二％: the number model leaves single-digit amounts to the unit models
        out.append((s, e, value))
    return out
