"""What one numeral makes: the per-unit recognisers :func:`facts.figures.recognize` tries in order.

Each takes a :class:`Numeral` (the number as read, the qualifier before it,
the text around it) and answers with a :class:`Figure`, with :data:`NO_FIGURE`
when it knows the numeral is no figure (a name, an ordinal inside a name), or
with ``None`` to let the next one try. What runs over all the figures of a text
afterwards (ranges, halves, currency names) stays in :mod:`facts.figures`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from .clauses import CLAUSE_END
from .numerals import CN_DIGITS, is_bare_scale, parse_number
from .units import (
    CURRENCY_AFTER,
    CURRENCY_BEFORE,
    MONEY_AFTER,
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


PERCENT_PREFIX = re.compile(r"[-负]?[ \t]*[百佰千仟万]+[ \t]*分[ \t]*之")
_POINTS = re.compile(r"[ \t]*个[ \t]*百[ \t]*分[ \t]*点")
_CHENG = re.compile(
    r"[ \t]*成(?:[ \t]*([0-9一二三四五六七八九])(?![0-9十百千万亿个成折])|(半))?(?![为员都果本效功立绩交长熟型片就品群批套规年不])"
)
ZHE = re.compile(r"[ \t]*折(?![旧合算射腾叠线中服返八])")
_BIG = set("十拾百佰千仟万亿兆")
_DOUBLE_DIGITS = re.compile(r"(\d)[ \t]+(\d)[ \t]*折")


class Numeral(NamedTuple):
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
#: What is measured in years (in folded text): 受教育年限, 不健康年數, 年資, 平均餘命, 役期, 承包期. Only such a measure makes
#: a number of years a figure; else it is how long something lasted (建交36年來, 連續11年, 耗時4年, 數十年間, 5年
#: 總經費; README: durations are no figures).
_MEASURED_IN_YEARS = re.compile(
    r"年限|年[数數]|年[资資]|工[龄齡]|余命|[寿壽]命|役期|承包期|期限|工期|[学學]制|受[教敎]育"
)
#: How far back and on a clause is searched for what a number of years measures.
_YEARS_LABEL_BEFORE, _YEARS_LABEL_AFTER = 24, 10
#: Spans shorter than a year: a number of them is how long something lasted (連續5個月, 為期7天, 6個月來, 一年365天,
#: 24小時待命, 在5個月內) unless a measure of time names it in its clause, as for years (README: durations are no figures).
_SHORT_SPANS = frozenset("个月 周 天 小时 分钟 秒".split())
#: What names a span of time as a measure: the time a process took or saved (仅用6小时, 用时, 耗時約5天, 縮短到2天內,
#: 壓縮至, 延長至4小時), a term (工期, 役期, 時限), hours served (服務時數), a length stated as one (焰火時間為41分鐘),
#: a response (20分钟内到场), days with none of something (252天零確診, 连续951天保持零发生), a time difference.
#: A span of time counted in 個 (兩個多月前, 2個多小時的飛行, 三個多禮拜, 一個半月, 走過30個年頭): a short span too.
_SPAN_IN_COUNTS = re.compile(r"[多余半]?(?:月|小时|钟头|鐘頭|礼拜|禮拜|星期)|年[头頭]")
_MEASURED_IN_TIME_BEFORE = re.compile(
    r"仅用|僅用|只用|只花|用了|花了|用时|用時|耗时|耗時|费时|費時|缩短|縮短|压缩|壓縮|延长|延長|提前|减少|減少|"
    r"工期|役期|服役|时限|時限|期限|时数|時數|时长|時長|时间[为為是达達]|時間[为為是达達]|时间长达|時間長達|原先|原本|平均"
)
_MEASURED_IN_TIME_AFTER = re.compile(
    r"^[^，,。；;：:！!？?\n]{0,8}?(?:零|到场|到場|到达|到達|抵达|抵達|赶到|趕到|时差|時差)"
)
#: Returned by a recogniser that knows the numeral is no figure (a name, an ordinal in a name).
NO_FIGURE = Figure("none", 0, 0, None, None, None)


def percent_in_words(n: Numeral) -> Figure | None:
    """百分之八, 千分之三."""
    if PERCENT_PREFIX.match(n.raw):
        return with_after(
            n.folded, Figure("percent", n.qualified_start, n.end, round(n.value * 100, 9), "%", n.qualifier, n.span)
        )
    return None


def ratio(n: Numeral) -> Figure | None:
    """1/3, 三分之一."""
    if "/" in n.raw or "分之" in n.raw:
        return Figure("ratio", n.qualified_start, n.end, n.value, None, n.qualifier, n.span)
    return None


def ordinal(n: Numeral) -> Figure | None:
    """第一: a rank when it stands alone (位居全市第一), else part of a name (第十五次全国代表大会)."""
    f, s, e = n.folded, n.start, n.end
    if f[s - 1 : s] != "第":
        return None
    if e < len(f) and _is_cjk(f[e]) and f[e] not in "名位":
        return NO_FIGURE
    end = e + 1 if e < len(f) and f[e] in "名位" else e
    return Figure("rank", s - 1, end, n.value, None, None, n.span)


def currency_before(n: Numeral) -> Figure | None:
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
    start, qualifier = qualifier_before(f, m.start())
    return with_after(f, Figure("money", start, end, n.value, code, qualifier or n.qualifier, n.span))


def percent_sign(n: Numeral) -> Figure | None:
    if n.next_char() == "%":
        return with_after(n.folded, Figure("percent", n.qualified_start, n.end + 1, n.value, "%", n.qualifier, n.span))
    return None


def percentage_points(n: Numeral) -> Figure | None:
    """3个百分点."""
    m = _POINTS.match(n.folded, n.end)
    if m:
        return with_after(n.folded, Figure("percent", n.qualified_start, m.end(), n.value, "pp", n.qualifier, n.span))
    return None


def spaced_discount(n: Numeral) -> Figure | None:
    """8 5折: two digits with a space before 折 read as one discount (85%)."""
    m = _DOUBLE_DIGITS.match(n.folded, n.start)
    if m and m.end() > n.end:
        return Figure("percent", n.qualified_start, m.end(), float(m.group(1) + m.group(2)), "%", n.qualifier, n.span)
    return None


def cheng(n: Numeral) -> Figure | None:
    """三成 (30%), 三成五 (35%), 三成半."""
    m = _CHENG.match(n.folded, n.end)
    if not m:
        return None
    tenths, half = m.group(1), m.group(2)
    extra = 5 if half else (CN_DIGITS.get(tenths) if tenths and not tenths.isdigit() else int(tenths or 0))
    return Figure("percent", n.qualified_start, m.end(), n.value * 10 + extra, "%", n.qualifier, n.span)


def zhe(n: Numeral) -> Figure | None:
    """八折 (80%), 75折 (75%); not 波折, 折旧."""
    m = ZHE.match(n.folded, n.end)
    if not m:
        return None
    value = n.value
    pct = value * 10 if value < 10 else value if 10 < value < 100 and value == int(value) else None
    if pct is None or (n.start and n.folded[n.start - 1] in "波"):
        return NO_FIGURE
    return Figure("percent", n.qualified_start, m.end(), pct, "%", n.qualifier, n.span)


def currency_after(n: Numeral) -> Figure | None:
    """545.3亿元, 5美元2角: a currency after the number, with its small change."""
    m = CURRENCY_AFTER.match(n.folded, n.end)
    if not m:
        return None
    code = CURRENCY_SUFFIXES[m.group(1)] or n.local
    end, amount = m.end(), n.value
    qualifier = n.qualifier or ("+" if n.folded[n.end : m.start(1)].strip() in ("多", "余") else None)
    change = SMALL_CHANGE.match(n.folded, end) if m.group(1) in ("元", "美元", "日元") else None
    if change:
        jiao, fen, cents, sen = (parse_number(g) if g else 0 for g in change.groups())
        amount = n.value + (jiao or 0) / 10 + ((fen or 0) + (cents or 0) + (sen or 0)) / 100
        end = change.end()
    return with_after(n.folded, Figure("money", n.qualified_start, end, amount, code, qualifier, n.span))


def measure_word(n: Numeral) -> Figure | None:
    """320个, 1.5平方公里, 3倍; not 一站式 (single Chinese digits are words) nor 2021年 (a date)."""
    f = n.folded
    m = MEASURE_AFTER.match(f, n.end)
    if not m:
        return None
    unit = m.group(1)
    written_unit = n.written[m.start(1) : m.end(1)]  # 個 stays 個 in a Traditional text
    if not n.has_arabic and not _BIG.intersection(n.raw) and unit != "倍" and not _counted(n, unit, m.end()):
        return NO_FIGURE
    if unit in ("年", "周年") and _YEARS[0] <= n.value <= _YEARS[1] and n.value == int(n.value):
        return NO_FIGURE
    if unit == "周年" or (unit == "年" and not _measured_in_years(n, m.end())):
        return NO_FIGURE  # 建交45週年 is an anniversary; 連續11年, 耗時4年 how long (README: durations are no figures)
    if (unit in _SHORT_SPANS or (unit == "个" and _SPAN_IN_COUNTS.match(f, m.end()))) and not _measured_in_time(
        n, m.end()
    ):
        return NO_FIGURE  # 為期7天, 連續5個月, 6個月來, 24小時待命: how long (README: durations are no figures)
    qualifier = n.qualifier
    between = f[n.end : m.start(1)]
    if "余" in between or "多" in between or "几" in between:
        qualifier = qualifier or "+"
    kind = "multiple" if unit == "倍" else "quantity"
    return with_after(
        f,
        Figure(kind, n.qualified_start, m.end(), n.value, written_unit, qualifier, n.span),
        duration=unit in DURATIONS,
    )


def _measured_in_years(n: Numeral, end: int) -> bool:
    """受教育年限提高到11.3年, 不健康年數約有8年之久, 約有8年為不健康年數: a measure of years names the number in
    its clause (before it, or right after it); a number of years with a fraction (8.4年) is an average."""
    f = n.folded
    if n.value != int(n.value):
        return True
    lo = n.qualified_start - _YEARS_LABEL_BEFORE
    before = f[max(0, lo) : n.qualified_start]
    cut = [m.end() for m in CLAUSE_END.finditer(before)]
    after = f[end : end + _YEARS_LABEL_AFTER]
    stop = CLAUSE_END.search(after)
    after = after[: stop.start()] if stop else after
    return bool(_MEASURED_IN_YEARS.search(before[cut[-1] if cut else 0 :]) or _MEASURED_IN_YEARS.search(after))


def _measured_in_time(n: Numeral, end: int) -> bool:
    """仅用6小时, 縮短到2天內, 役期恢復為12個月, 252天零確診, 20分钟内到场: a measure of time names a span
    shorter than a year in its clause (before it, or right after it)."""
    f = n.folded
    before = f[max(0, n.qualified_start - _YEARS_LABEL_BEFORE) : n.qualified_start]
    cut = [m.end() for m in CLAUSE_END.finditer(before)]
    after = f[end : end + _YEARS_LABEL_AFTER]
    return bool(
        _MEASURED_IN_TIME_BEFORE.search(before[cut[-1] if cut else 0 :]) or _MEASURED_IN_TIME_AFTER.search(after)
    )


#: Measure words after which a single Chinese digit counts things (六个工业部, 两次, 三位成员).
_COUNT_WORDS = frozenset("个 位 名 家 项 所 座 次 场 组 条 部 批 架 艘 台 辆 户 件".split())
#: What the speaker's own lists are made of (三项举措, 两个方面, 四个坚持): enumerations, not facts.
_LIST_NOUNS = re.compile(
    r"方面|举措|任务|目标|原则|要素|支柱|策略|坚持|意识|自信|全面|代表|确保|面向|挑战|使命|层面|环节|阶段|重点|讯息|信息|"
    r"指标|要求|问题|方向|主题|理念|政见|原因|作用|特点|优势|领域|基本|服从|维护|必须|一|大|“|「|《"
)


def _counted(n: Numeral, unit: str, end: int) -> bool:
    """两次, 六个工业部, 三位成员: one Chinese digit (not 一, which is "a") counting things, not a list's size."""
    f = n.folded
    if len(n.raw) != 1 or n.raw not in "二两三四五六七八九" or unit not in _COUNT_WORDS:
        return False
    if f[n.start - 1 : n.start] in ("第", "每", "这", "這", "那", "哪", "几", "前", "后", "头", "頭", "其"):
        return False
    return not _LIST_NOUNS.match(f, end)


def scaled_or_qualified(n: Numeral) -> Figure | None:
    """超50万: a qualified or 万/亿-scaled number counts without a measure word (money near 资金/投资, or before
    预算/赔偿金: 編列超過3,000億預算)."""
    f, raw = n.folded, n.raw
    scaled = bool(set("万亿兆") & set(raw))
    if not (n.qualifier or scaled) or not (n.has_arabic or _BIG & set(raw)):
        return None
    if n.end < len(f) and f[n.end].isascii() and f[n.end].isalpha():
        return None
    start = n.qualified_start
    if scaled and (MONEY_CONTEXT.search(f, max(0, start - _MONEY_CONTEXT_CHARS), start) or MONEY_AFTER.match(f, n.end)):
        return with_after(f, Figure("money", start, n.end, n.value, n.local, n.qualifier, n.span))
    return with_after(f, Figure("quantity", start, n.end, n.value, None, n.qualifier, n.span))


def qualifier_before(f: str, s: int) -> tuple[int, str | None]:
    if s and f[s - 1] == "上" and is_bare_scale(f, s):
        return (
            s - 1,
            ">=",
        )  # 上千万家庭: upwards of ten million (numerals finds a bare scale only after an approximator)
    m = QUALIFIER_BEFORE.search(f, max(0, s - 3), s)
    if not m:
        return s, None
    word = m.group(0).strip()
    return m.start(), QUALIFIERS_BEFORE[word]


def with_after(f: str, fig: Figure, duration: bool = False) -> Figure:
    """Extend ``fig`` over a trailing 以上/以下/以内/左右 (内 only after a span of time)."""
    m = QUALIFIER_AFTER.match(f, fig.end)
    qualifier, end = fig.qualifier, fig.end
    if any(c in f[fig.number[0] : fig.number[1]] for c in "余多几"):
        qualifier = qualifier or "+"
    if m and (m.group(1) != "内" or duration):
        qualifier, end = QUALIFIERS_AFTER[m.group(1)], m.end()
    return Figure(fig.kind, fig.start, end, fig.value, fig.unit, qualifier, fig.number)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"
