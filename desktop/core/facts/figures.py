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
from typing import NamedTuple

from .losses import lose
from .numerals import CN_DIGITS, find_numerals, fold, parse_number
from .units import (
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    MONEY_CONTEXT,
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    DURATIONS,
    MEASURE_AFTER,
    QUALIFIER_AFTER,
    QUALIFIER_BEFORE,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    SMALL_CHANGE,
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
_CHENG = re.compile(
    r"[ \t]*成(?:[ \t]*([0-9一二三四五六七八九])(?![0-9十百千万亿个成折])|(半))?(?![为员都果本效功立绩交长熟型片就品群批套规年不])"
)
_ZHE = re.compile(r"[ \t]*折(?![旧合算射腾叠线中服返八])")
_HALF = re.compile(r"(?<=打)对折|半成|半折")
_BIG = set("十拾百佰千仟万亿兆")
_URL = re.compile(r"https?://\S+|www\.\S+")
_RANGE_GAP = re.compile(r"[ \t]*(?:至|到|~|-|—|–)[ \t]*")
_DOUBLE_DIGITS = re.compile(r"(\d)[ \t]+(\d)[ \t]*折")


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
    if currency_names:
        out.extend(_currency_names(folded, out))
    out.sort(key=lambda f: f.start)
    try:
        return _ranges(folded, out, bare)
    except Exception as err:  # noqa: BLE001 - ranges stay two figures rather than none
        lose(losses, "figure", 0, 0, text, err)
        return out


class _Numeral(NamedTuple):
    """A numeral being read: ``folded[start:end]`` in the folded text, ``written`` the text as written,
    ``qualified_start``/``qualifier`` a qualifier before it (超过, 约), ``local`` the currency of 元."""

    folded: str
    written: str
    start: int
    end: int
    value: float
    local: str
    qualified_start: int
    qualifier: str | None

    @property
    def raw(self) -> str:
        return self.folded[self.start : self.end]

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end

    @property
    def has_arabic(self) -> bool:
        return any(c.isdigit() for c in self.raw)

    def next_char(self, offset: int = 0) -> str:
        return self.folded[self.end + offset : self.end + offset + 1]


#: How far before a numeral a currency symbol or word may stand (US$ 5, 人民币 5).
_CURRENCY_LOOKBACK = 4
#: How far before an unqualified 万/亿 amount a money word (资金, 投资) makes it money.
_MONEY_CONTEXT_CHARS = 20
#: A bare number is a year, not a count of years, in this range (2021年 is a date).
_YEARS = (1000, 2100)
#: Returned by a recogniser that knows the numeral is no figure (a name, an ordinal in a name).
_NO_FIGURE = Figure("none", 0, 0, None, None, None)


def _figure(f: str, s: int, e: int, value: float, local: str, written: str) -> Figure | None:
    """The figure a numeral at ``[s, e)`` of the folded text ``f`` makes, or ``None``.

    The recognisers below are tried in order; the first that answers decides.
    """
    if _after_latin_letters(f, s, e):
        return None  # RE100, COP 28, G20 are names; GDP2.5% is a share of GDP
    start, qualifier = _qualifier_before(f, s)
    n = _Numeral(f, written, s, e, value, local, start, qualifier)
    for recognise in _RECOGNISERS:
        found = recognise(n)
        if found is not None:
            return None if found is _NO_FIGURE else found
    return None


def _after_latin_letters(f: str, s: int, e: int) -> bool:
    before = f[s - 1] if s else ""
    glued = before.isascii() and before.isalpha()
    spaced = before == " " and s > 1 and f[s - 2].isascii() and f[s - 2].isalpha()
    return (glued or spaced) and not f.startswith("%", e)


def _percent_in_words(n: _Numeral) -> Figure | None:
    """百分之八, 千分之三."""
    if _PERCENT_PREFIX.match(n.raw):
        return _with_after(
            n.folded, Figure("percent", n.qualified_start, n.end, n.value * 100, "%", n.qualifier, n.span)
        )
    return None


def _ratio(n: _Numeral) -> Figure | None:
    """1/3, 三分之一."""
    if "/" in n.raw or "分之" in n.raw:
        return Figure("ratio", n.qualified_start, n.end, n.value, None, n.qualifier, n.span)
    return None


def _ordinal(n: _Numeral) -> Figure | None:
    """第一: a rank when it stands alone (位居全市第一), else part of a name (第十五次全国代表大会)."""
    f, s, e = n.folded, n.start, n.end
    if f[s - 1 : s] != "第":
        return None
    if e < len(f) and _is_cjk(f[e]) and f[e] not in "名位":
        return _NO_FIGURE
    end = e + 1 if e < len(f) and f[e] in "名位" else e
    return Figure("rank", s - 1, end, n.value, None, None, n.span)


def _currency_before(n: _Numeral) -> Figure | None:
    """US$5, 人民币500万元, ¥20: a currency before the number (and an agreeing one after it)."""
    f, s, e = n.folded, n.start, n.end
    m = CURRENCY_BEFORE.search(f, max(0, s - _CURRENCY_LOOKBACK), s)
    if not m:
        return None
    suffix = CURRENCY_AFTER.match(f, e)
    code = CURRENCY_PREFIXES[m.group(0).strip()]
    if suffix and (CURRENCY_SUFFIXES[suffix.group(1)] or n.local) != code:
        return None  # the two currencies disagree: the one after the number decides below
    end = suffix.end() if suffix else e
    start, qualifier = _qualifier_before(f, m.start())
    return _with_after(f, Figure("money", start, end, n.value, code, qualifier or n.qualifier, n.span))


def _percent_sign(n: _Numeral) -> Figure | None:
    if n.next_char() == "%":
        return _with_after(n.folded, Figure("percent", n.qualified_start, n.end + 1, n.value, "%", n.qualifier, n.span))
    return None


def _percentage_points(n: _Numeral) -> Figure | None:
    """3个百分点."""
    m = _POINTS.match(n.folded, n.end)
    if m:
        return _with_after(n.folded, Figure("percent", n.qualified_start, m.end(), n.value, "pp", n.qualifier, n.span))
    return None


def _spaced_discount(n: _Numeral) -> Figure | None:
    """8 5折: two digits with a space before 折 read as one discount (85%)."""
    m = _DOUBLE_DIGITS.match(n.folded, n.start)
    if m and m.end() > n.end:
        return Figure("percent", n.qualified_start, m.end(), float(m.group(1) + m.group(2)), "%", n.qualifier, n.span)
    return None


def _cheng(n: _Numeral) -> Figure | None:
    """三成 (30%), 三成五 (35%), 三成半."""
    m = _CHENG.match(n.folded, n.end)
    if not m:
        return None
    tenths, half = m.group(1), m.group(2)
    extra = 5 if half else (CN_DIGITS.get(tenths) if tenths and not tenths.isdigit() else int(tenths or 0))
    return Figure("percent", n.qualified_start, m.end(), n.value * 10 + extra, "%", n.qualifier, n.span)


def _zhe(n: _Numeral) -> Figure | None:
    """八折 (80%), 75折 (75%); not 波折, 折旧."""
    m = _ZHE.match(n.folded, n.end)
    if not m:
        return None
    value = n.value
    pct = value * 10 if value < 10 else value if 10 < value < 100 and value == int(value) else None
    if pct is None or (n.start and n.folded[n.start - 1] in "波"):
        return _NO_FIGURE
    return Figure("percent", n.qualified_start, m.end(), pct, "%", n.qualifier, n.span)


def _currency_after(n: _Numeral) -> Figure | None:
    """545.3亿元, 5美元2角: a currency after the number, with its small change."""
    m = CURRENCY_AFTER.match(n.folded, n.end)
    if not m:
        return None
    code = CURRENCY_SUFFIXES[m.group(1)] or n.local
    end, amount = m.end(), n.value
    change = SMALL_CHANGE.match(n.folded, end) if m.group(1) in ("元", "美元", "日元") else None
    if change:
        jiao, fen, cents, sen = (parse_number(g) if g else 0 for g in change.groups())
        amount = n.value + (jiao or 0) / 10 + ((fen or 0) + (cents or 0) + (sen or 0)) / 100
        end = change.end()
    return _with_after(n.folded, Figure("money", n.qualified_start, end, amount, code, n.qualifier, n.span))


def _measure_word(n: _Numeral) -> Figure | None:
    """320个, 1.5平方公里, 3倍; not 一站式 (single Chinese digits are words) nor 2021年 (a date)."""
    f = n.folded
    m = MEASURE_AFTER.match(f, n.end)
    if not m:
        return None
    unit = m.group(1)
    written_unit = n.written[m.start(1) : m.end(1)]  # 個 stays 個 in a Traditional text
    if not n.has_arabic and not _BIG.intersection(n.raw) and unit != "倍" and not _counted(n, unit, m.end()):
        return _NO_FIGURE
    if unit in ("年", "周年") and _YEARS[0] <= n.value <= _YEARS[1] and n.value == int(n.value):
        return _NO_FIGURE
    qualifier = n.qualifier
    between = f[n.end : m.start(1)]
    if "余" in between or "多" in between:
        qualifier = qualifier or "+"
    kind = "multiple" if unit == "倍" else "quantity"
    return _with_after(
        f,
        Figure(kind, n.qualified_start, m.end(), n.value, written_unit, qualifier, n.span),
        duration=unit in DURATIONS,
    )


#: Measure words after which a single Chinese digit counts things (六个工业部, 两次, 三位成员).
_COUNT_WORDS = frozenset("个 位 名 家 项 所 座 次 组 条 部 批 架 艘 台 辆 户 件".split())
#: What the speaker's own lists are made of (三项举措, 两个方面, 四个坚持): enumerations, not facts.
_LIST_NOUNS = re.compile(
    r"方面|举措|任务|目标|原则|要素|支柱|策略|坚持|意识|自信|全面|代表|确保|面向|挑战|使命|层面|环节|阶段|重点|讯息|信息|"
    r"指标|要求|问题|方向|主题|理念|政见|原因|作用|特点|优势|领域|基本|服从|维护|必须|一|大|“|「|《"
)


def _counted(n: _Numeral, unit: str, end: int) -> bool:
    """两次, 六个工业部, 三位成员: one Chinese digit (not 一, which is "a") counting things, not a list's size."""
    f = n.folded
    if len(n.raw) != 1 or n.raw not in "二两三四五六七八九" or unit not in _COUNT_WORDS:
        return False
    if f[n.start - 1 : n.start] in ("第", "每", "这", "那", "哪", "几", "前", "后", "头", "其"):
        return False
    return not _LIST_NOUNS.match(f, end)


def _scaled_or_qualified(n: _Numeral) -> Figure | None:
    """超50万: a qualified or 万/亿-scaled number counts without a measure word (money near 资金/投资)."""
    f, raw = n.folded, n.raw
    scaled = bool(set("万亿兆") & set(raw))
    if not (n.qualifier or scaled) or not (n.has_arabic or _BIG & set(raw)):
        return None
    if n.end < len(f) and f[n.end].isascii() and f[n.end].isalpha():
        return None
    start = n.qualified_start
    if scaled and MONEY_CONTEXT.search(f, max(0, start - _MONEY_CONTEXT_CHARS), start):
        return _with_after(f, Figure("money", start, n.end, n.value, n.local, n.qualifier, n.span))
    return _with_after(f, Figure("quantity", start, n.end, n.value, None, n.qualifier, n.span))


#: In order: the first recogniser that answers decides.
_RECOGNISERS = (
    _percent_in_words,
    _ratio,
    _ordinal,
    _currency_before,
    _percent_sign,
    _percentage_points,
    _spaced_discount,
    _cheng,
    _zhe,
    _currency_after,
    _measure_word,
    _scaled_or_qualified,
)


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
    if any(c in f[fig.number[0] : fig.number[1]] for c in "余多几"):
        qualifier = qualifier or "+"
    if m and (m.group(1) != "内" or duration):
        qualifier, end = QUALIFIERS_AFTER[m.group(1)], m.end()
    return Figure(fig.kind, fig.start, end, fig.value, fig.unit, qualifier, fig.number)


def _halves(f: str) -> list[Figure]:
    values = {"对折": 50.0, "半折": 50.0, "半成": 5.0}
    return [Figure("percent", m.start(), m.end(), values[m.group(0)], "%", None, m.span()) for m in _HALF.finditer(f)]


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
            and prev.kind == fig.kind
            and prev.unit == fig.unit
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
            out.append(fig)
        else:
            out.append(
                Figure(fig.kind, low[0], fig.end, [low[1], fig.value], fig.unit, fig.qualifier, (low[0], fig.number[1]))
            )
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
            rest = folded[m.end() : e]
            inner = parse_number(rest)
            if inner is None:
                continue
            s, value = m.end() + (len(rest) - len(rest.lstrip())), inner
        if (
            e - s == 1
            and not folded[s].isdigit()
            and (CURRENCY_AFTER.match(folded, e) or _ZHE.match(folded, e) or folded[e : e + 1] == "%")
        ):
            continue  # 一美元, 一折, 二％: the number model leaves single-digit amounts to the unit models
        out.append((s, e, value))
    return out
