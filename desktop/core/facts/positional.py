"""Chinese positional numerals: ``两千四百五`` (2450), ``四万万``, ``三千万亿``, ``一千零十``, ``1.5万``.

The arithmetic of digits, small units (十/百/千, within a section) and big
units (万/亿/兆, between sections), read token by token by :class:`_Positional`.
:func:`numerals.parse_number` hands it what is left once the literal forms
(``8%``, ``1/3``, ``三分之一``, ``2e5``, ``2^5``) are taken off; cn2an is only
the fallback, since it rejects common written forms such as ``十余万``.
"""

from __future__ import annotations

import re

CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "壹": 1,
    "二": 2,
    "贰": 2,
    "两": 2,
    "俩": 2,
    "三": 3,
    "叁": 3,
    "四": 4,
    "肆": 4,
    "五": 5,
    "伍": 5,
    "六": 6,
    "陆": 6,
    "七": 7,
    "柒": 7,
    "八": 8,
    "捌": 8,
    "九": 9,
    "玖": 9,
}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8, "兆": 10**12}
#: Digits that may follow 点 after a decimal point (两 never does: 两百点两 is two numbers).
DECIMAL_DIGITS = "零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖"

_TOKEN = re.compile(r"\d+(?:\.\d+)?|.")


def parse_positional(s: str) -> float | None:
    """A folded numeral without sign or literal form (``两千四百五``, ``1.5万``, ``三点五``, ``40k``), or ``None``."""
    scale = 1.0
    if s[-1] in "kK":
        scale, s = 1e3, s[:-1]
    elif s[-1] == "M":
        scale, s = 1e6, s[:-1]
    elif s[-1] == "打":  # a dozen
        scale, s = 12.0, s[:-1]
    if not s:
        return None
    s = s.replace(",", "")
    if "点" in s:
        whole, _, frac = s.partition("点")
        if not frac or any(c not in DECIMAL_DIGITS for c in frac):
            return None
        head = _integer(whole) if whole else None
        if head is None:
            return None
        return scale * float(f"{int(head)}.{''.join(str(CN_DIGITS[c]) for c in frac)}") if head == int(head) else None
    value = _integer(s)
    return None if value is None else float(f"{scale * value:.15g}")


def _integer(s: str) -> float | None:
    """Positional Chinese/mixed integer (Arabic tokens may carry decimals: ``1.5万``)."""
    if len(s) >= 2 and all(c in CN_DIGITS and c not in "两俩" for c in s):
        # A run of bare digits is read digit by digit: 二〇二二, 五五(折).
        return float("".join(str(CN_DIGITS[c]) for c in s))
    reading = _Positional()
    for tok in _TOKEN.findall(s):
        if not reading.read(tok):
            return None
    return reading.value(s)


class _Positional:
    """Reads a positional numeral token by token: digits, 十/百/千 within a section, 万/亿/兆 between
    sections. Each ``_on_*`` method takes one kind of token and returns False when the numeral is
    malformed (五十千, 万千, two numbers in a row)."""

    __slots__ = ("total", "section", "number", "single", "last_small", "last_unit", "last_big", "prev", "seen")

    def __init__(self) -> None:
        self.total = 0.0  # completed 万/亿 sections
        self.section = 0.0  # the section being read (below the next big unit)
        self.number: float | None = None  # a digit waiting for its unit
        self.single = False  # that digit was one character (四百五: an abbreviated 五十)
        self.last_small: int | None = None
        self.last_unit: int | None = None
        self.last_big: int | None = None
        self.prev: str | None = None  # "num", "zero", "unit" or "big"
        self.seen = False

    def read(self, tok: str) -> bool:
        if tok[0].isdigit():
            return self._on_number(float(tok), len(tok) == 1)
        if tok in CN_DIGITS and tok not in "零〇":
            return self._on_number(float(CN_DIGITS[tok]), True)
        if tok in "零〇":
            return self._on_zero()
        if tok == "几":
            if self.prev == "num" and self.number is not None and not self.single and self.number % 10 == 0:
                return True  # 460幾萬, 50幾億: "four hundred and sixty-odd", 几 adds nothing, as 多 does
            return self._on_number(0.0, False, counts=False)
        if tok in "余多":
            return self.prev in ("unit", "big", "num")  # 十余万: 余 adds nothing
        if tok == "半":
            return self._on_number(0.5, False, counts=False)
        if tok in SMALL_UNITS:
            return self._on_small_unit(SMALL_UNITS[tok])
        if tok in BIG_UNITS:
            return self._on_big_unit(BIG_UNITS[tok])
        return False

    def _on_number(self, value: float, single: bool, *, counts: bool = True) -> bool:
        if self.number is not None:
            return False  # two numbers in a row
        self.number, self.single, self.prev = value, single, "num"
        self.seen = self.seen or counts
        return True

    def _on_zero(self) -> bool:
        if self.number is not None:
            return False
        self.prev, self.seen = "zero", True
        return True

    def _on_small_unit(self, unit: int) -> bool:
        if self.number is None:
            if self.prev not in (None, "zero"):
                return False  # 五十千, 万千(瓦): a unit with no number of its own
            self.number = 1.0
        if self.last_small is not None and unit >= self.last_small:
            return False  # 百千: units must fall
        self.section += self.number * unit
        self.number, self.last_small, self.last_unit, self.prev, self.seen = None, unit, unit, "unit", True
        return True

    def _on_big_unit(self, unit: int) -> bool:
        if self.number is not None:
            self.section += self.number
            self.number = None
        if self.section == 0:
            if self.prev != "big" or self.total == 0:
                return False
            self.total *= unit  # 四万万, 万亿
        elif self.total and self.last_big is not None and unit > self.last_big:
            self.total = (self.total + self.section) * unit  # 三千万亿: a larger unit scales what came before
        else:
            if self.last_big is not None and unit >= self.last_big and self.total:
                return False
            self.total += self.section * unit
        self.section, self.last_small, self.last_unit, self.last_big, self.prev = 0.0, None, unit, unit, "big"
        return True

    def value(self, s: str) -> float | None:
        section = self.section
        if self.number is not None:
            number = self.number
            if self.prev == "num" and self.single and self.last_unit is not None and _abbreviated(s):
                number *= self.last_unit / 10  # 两千四百五 = 2450, 一万三 = 13000
            section += number
        if not self.seen:
            return None
        return float(f"{self.total + section:.15g}")  # 1.1亿 is 110000000, not 110000000.00000001


def _abbreviated(s: str) -> bool:
    """The last digit follows a unit directly (no 零): 四百五, not 四百零五."""
    return len(s) >= 2 and (s[-2] in SMALL_UNITS or s[-2] in BIG_UNITS)
