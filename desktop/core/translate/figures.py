"""The figure check: does the English keep every number the Chinese sentence states?

Machine translation sometimes drops a figure or gets a Chinese multiplier
wrong (545.3亿 is 54.53 billion, not 545.3 million). :func:`figures_mismatch`
reads the figures of both sides as values and lists the Chinese ones the
English lacks. It is a hint for the reader, so it errs towards silence: a
lone 一/两 ("a", "both") or an ordinal (第一) is not a figure, and any
English figure with the same value counts (8.6% ↔ 8.6 percent, 2万 ↔ 20,000
or 20 thousand, 1/3 ↔ one third, 8月 ↔ August).
"""

from __future__ import annotations

import re

_ZH_DIGITS = {
    "〇": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_ZH_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
# A figure's multipliers, simplified and traditional; combined ones multiply (4千 4000, 1千亿 1e11, 7百億 7e10).
_ZH_SCALES = {"十": 10, "百": 100, "千": 1e3, "万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
_ZH_NUMERAL = "〇零一二两三四五六七八九十百千万亿"
# Measure words after which a lone Chinese numeral is a count worth checking.
_MEASURES = "个名家项位天年月日次倍人户条座所件批届期种类岁"

_ARABIC = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+)?"
_ZH_FIGURE = re.compile(
    rf"(?P<frac>(?P<den>{_ARABIC}|[{_ZH_NUMERAL}]+)分之(?P<num>{_ARABIC}|[{_ZH_NUMERAL}]+))"
    rf"|(?P<slash>(?<![\d.])\d+/\d+(?![\d/]))"
    rf"|(?P<arabic>(?<![\d.])(?:{_ARABIC}))(?:余|多)?(?P<scale>[十百千]?(?:[万萬][亿億]|[亿億万萬])|[百千])?[%％]?"
    rf"|(?P<ordinal>第)?(?P<hanzi>[{_ZH_NUMERAL}]+)(?P<after>.?)"
)

_EN_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_EN_WORDS.update(
    {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
)
_EN_SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "k": 1e3,
    "m": 1e6,
    "mn": 1e6,
    "bn": 1e9,
}
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
_FRACTIONS = {
    "half": 1 / 2,
    "third": 1 / 3,
    "thirds": 1 / 3,
    "quarter": 1 / 4,
    "quarters": 1 / 4,
    "fifth": 1 / 5,
    "fifths": 1 / 5,
}

_word = "|".join(sorted(_EN_WORDS, key=len, reverse=True))
_tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ones = "one|two|three|four|five|six|seven|eight|nine"
_scale = "|".join(sorted(_EN_SCALES, key=len, reverse=True))
_EN_FIGURE = re.compile(
    rf"(?P<slash>(?<![\d.])\d+/\d+(?![\d/]))"
    rf"|(?P<num>(?<![\d.]){_ARABIC}|\b(?:(?:{_tens})[- ](?:{_ones})|{_word})\b)"
    rf"(?P<scales>(?:[ -]?(?:{_scale})\b)*)"
    rf"(?:[ -](?P<frac>halfs?|thirds?|quarters?|fifths?)\b)?",
    re.I,
)
_EN_A_FRACTION = re.compile(r"\b(?:a|one)[ -](half|third|quarter|fifth)\b|\bhalf\b", re.I)
_EN_MONTH = re.compile(r"\b(" + "|".join(_MONTHS) + r")\b", re.I)


def figures_mismatch(zh: str, en: str) -> list[str]:
    """The figures of ``zh`` (as written there, e.g. ``"545.3亿"``) whose value ``en`` does not state.

    Empty when every figure is kept, or when ``zh`` has none.
    """
    have = english_values(en)
    missing = []
    for text, value in chinese_figures(zh):
        if not any(_same(value, v) for v in have):
            missing.append(text)
    return missing


def chinese_figures(zh: str) -> list[tuple[str, float]]:
    """``(text, value)`` for each figure in ``zh``; multipliers applied (2万 → 20000.0)."""
    out: list[tuple[str, float]] = []
    for m in _ZH_FIGURE.finditer(zh):
        if m["frac"]:
            den, num = _zh_or_arabic(m["den"]), _zh_or_arabic(m["num"])
            if den and num is not None:
                out.append((m["frac"], num / den))
        elif m["slash"]:
            a, b = m["slash"].split("/")
            if int(b):
                out.append((m["slash"], int(a) / int(b)))
        elif m["arabic"]:
            value = float(m["arabic"].replace(",", ""))
            for scale in m["scale"] or "":
                value *= _ZH_SCALES[scale]
            out.append((m.group(0), value))
        elif m["hanzi"] and not m["ordinal"]:
            figure = _hanzi_figure(m["hanzi"], m["after"])
            if figure is not None:
                out.append(figure)
    return out


def english_values(en: str) -> list[float]:
    """Every value ``en`` states: numerals, number words with scales, fractions and month names."""
    values: list[float] = []
    for m in _EN_FIGURE.finditer(en):
        if m["slash"]:
            a, b = m["slash"].split("/")
            if int(b):
                values.append(int(a) / int(b))
            continue
        value = _en_number(m["num"])
        if value is None:
            continue
        for scale in re.findall(_scale, m["scales"] or "", re.I):
            value *= _EN_SCALES[scale.lower()]
        if m["frac"]:
            values.append(value * _FRACTIONS[m["frac"].lower()])
        values.append(value)
    for m in _EN_A_FRACTION.finditer(en):
        values.append(_FRACTIONS[(m.group(1) or "half").lower()])
    values.extend(float(_MONTHS[m.group(1).lower()]) for m in _EN_MONTH.finditer(en))
    # "33%" states one third; "a third" states 33.3%.
    values.extend([v * 100 for v in values if 0 < v < 1] + [v / 100 for v in values if 0 < v <= 100])
    return values


def _same(a: float, b: float) -> bool:
    if a == b:
        return True
    if 0 < a < 1 or 0 < b < 1:  # fractions: "one third" ↔ 0.33
        return abs(a - b) < 0.006
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b)) or (
        abs(a) > 100 and abs(a - b) <= 0.0051 * abs(a) and _rounded(a, b)
    )


def _rounded(a: float, b: float) -> bool:
    """True when one of ``a``, ``b`` is the other rounded to fewer significant figures (2845.9亿 ↔ 284.6 billion)."""
    for digits in range(1, 6):
        if float(f"{a:.{digits}g}") == b or float(f"{b:.{digits}g}") == a:
            return True
    return False


def _en_number(token: str) -> float | None:
    token = token.lower()
    if token[0].isdigit():
        return float(token.replace(",", ""))
    total = 0
    for part in re.split(r"[- ]", token):
        if part not in _EN_WORDS:
            return None
        total += _EN_WORDS[part]
    return float(total)


def _zh_or_arabic(text: str) -> float | None:
    if text[0].isdigit():
        return float(text.replace(",", ""))
    return _hanzi_value(text)


def _hanzi_figure(run: str, after: str) -> tuple[str, float] | None:
    """A run of Chinese numerals as a figure, when it is one a translation should keep."""
    value = _hanzi_value(run)
    if value is None:
        return None
    has_unit = any(c in _ZH_SMALL_UNITS or c in "万亿" for c in run)
    if len(run) >= 2 and (has_unit or all(c in _ZH_DIGITS for c in run)):
        return run, value
    # A lone digit character is a count only before a measure word; 一 (a/one) and 两 (both) rarely survive as words.
    if len(run) == 1 and run not in "一两" and after and after in _MEASURES:
        return run + after, value
    return None


def _hanzi_value(run: str) -> float | None:
    """Value of a Chinese numeral (三十五, 一百零二, 两千四百五, 二〇二二); ``None`` if not a number.

    The one numeral grammar of the project, :func:`facts.numerals.parse_number`:
    the figure check and the facts panel must never disagree on what a numeral says.
    """
    from ..facts.numerals import parse_number  # the tables load with the first check

    return parse_number(run)
