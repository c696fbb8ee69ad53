"""Numerals: folding, parsing and finding Arabic, Chinese and mixed numbers.

Every finder here works on :func:`fold` of the text, which maps characters one
to one (full-width digits to ASCII, Traditional numeral and unit characters to
Simplified), so a match's ``[start, end)`` is also a span of the original text.

The positional arithmetic (:mod:`facts.positional`) is our own: cn2an (used as
a fallback in :func:`parse_number`) rejects common written forms such as
``十余万``, ``2.6万亿``, ``两千四百五``' s cousin ``百三``, ``四万万`` and every fraction.
"""

from __future__ import annotations

import math
import re

from .positional import BIG_UNITS, CN_DIGITS, DECIMAL_DIGITS, SMALL_UNITS, parse_positional

# One-to-one folds; multi-character conversions would break the offsets.
_FOLD_PAIRS = (
    "０0１1２2３3４4５5６6７7８8９9．.％%－-＋+／/～~：:ＫKｋkＭM"
    "萬万億亿兩两倆俩點点負负幾几餘余參叁貳贰陸陆個个項项場场條条筆笔張张輛辆臺台噸吨間间"
    "戶户種种塊块歲岁頃顷約约過过達达內内將将於于來来週周時时鐘钟處处屆届輪轮億亿幣币圓圆"
    "歐欧鎊镑韓韩盧卢區区級级後后讀读門门棟栋層层發发萬万億亿雙双對对劃划機机車车國国統统"
    "噸吨餘余廣广銷销額额產产團团億亿總总應应實实現现價价蘭兰榮荣長长華华際际紀纪歲岁"
    "當当規规計计號号組组"
)
_FOLD = str.maketrans({_FOLD_PAIRS[i]: _FOLD_PAIRS[i + 1] for i in range(0, len(_FOLD_PAIRS), 2)})
_FW_THOUSANDS = re.compile("(?<=[０-９])，(?=[０-９]{3}(?![０-９]))")
#: 粮食产量33，212万吨 (the 1980 work report): ASCII digit groups joined by full-width commas are one
#: number when a scale (万, 亿) follows them; without one the comma stays punctuation ($20，300美圆).
_ASCII_FW_THOUSANDS = re.compile("(?<![0-9.,，])[0-9]{1,3}(?:，[0-9]{3})+(?=[多余餘]?[万萬亿億])")
#: 全年增长19·5％ (the 1999 work report): a middle dot between digits is a decimal point when a
#: percent sign or a scale follows the digits after it; elsewhere it stays (5·12 is a date, 5·12地震).
_DOT_DECIMAL = re.compile("(?<=[0-9０-９])[·・‧](?=[0-9０-９]+(?:[%％]|[万萬亿億]))")


def fold(text: str) -> str:
    """``text`` with the same length: ASCII digits and signs, Simplified numeral and unit characters.

    A full-width comma counts as a thousands separator only between full-width
    digits (``２７，２０３``); between ASCII digits only before a scale (``33，212万吨``), else it
    is punctuation (``$20，300美圆``).
    A middle dot is a decimal point only before digits and a percent sign or a scale (``19·5％``).
    """
    if "，" in text:
        text = _FW_THOUSANDS.sub(",", text)
        text = _ASCII_FW_THOUSANDS.sub(lambda m: m.group().replace("，", ","), text)
    if "·" in text or "・" in text or "‧" in text:
        text = _DOT_DECIMAL.sub(".", text)
    return text.translate(_FOLD)


_ARABIC_ONLY = re.compile(r"^([-+]?(?:\d+(?:\.\d*)?|\.\d+))(?:[eE]([-+]?\d+))?$")
_POWER = re.compile(r"^([-+]?\d+(?:\.\d+)?)\^([-+]*)(\d+)$")
_MIXED_FRACTION = re.compile(r"^([-+]?\d+)\s+(\d+)\s*/\s*(\d+)$")


def parse_number(text: str) -> float | None:
    """The value of an isolated numeral span, or ``None`` when it is not one.

    Handles ``1,600``, ``２７，２０３``, ``1.5万``, ``2.6万亿``, ``6千億``, ``2.5兆``
    (10¹²), ``十余万`` (100000: 余/多/几 contribute nothing), ``两千四百五`` (2450),
    ``一千零十``, ``三分之一``, ``1/3``, ``3又1/2``, ``百分之八`` (0.08), ``8%`` (0.08),
    ``负3``, ``2e5``, ``2^5``, ``40k``, ``五十打`` (600).
    """
    s = fold(text).strip()
    if not s:
        return None
    m = _MIXED_FRACTION.match(s)
    if m:
        whole, num, den = (int(g) for g in m.groups())
        if den == 0:
            return None
        sign = -1 if whole < 0 or s.startswith("-") else 1
        return sign * (abs(whole) + num / den)
    s = re.sub(r"\s+", "", s)
    value = _parse_compact(s)
    if value is None and not re.search(r"[余多几分之/又%]", s):
        value = _cn2an_fallback(s)
    return value


def _parse_compact(s: str) -> float | None:
    if not s:
        return None
    if s.endswith("%"):
        inner = _parse_compact(s[:-1])
        return None if inner is None else inner / 100
    if s[0] in "负-" and "又" in s:
        inner = _parse_compact(s[1:])
        return None if inner is None else -inner
    if "又" in s:
        whole, _, frac = s.partition("又")
        a, b = _parse_compact(whole), _parse_compact(frac)
        return None if a is None or b is None or not ("分之" in frac or "/" in frac) else a + b
    if "分之" in s:
        den_text, _, num_text = s.partition("分之")
        if den_text and all(c in SMALL_UNITS or c in BIG_UNITS for c in den_text):
            den = 1.0  # 百分之, 万分之, 百万万分之: a bare unit denominator
            for c in den_text:
                den *= SMALL_UNITS.get(c) or BIG_UNITS[c]
        else:
            den = _parse_compact(den_text) if den_text else None
        num = _parse_compact(num_text)
        if den in (None, 0) or num is None:
            return None
        return num / den
    if "/" in s:
        num_text, _, den_text = s.partition("/")
        num, den = _parse_compact(num_text), _parse_compact(den_text)
        return None if num is None or den in (None, 0) else num / den
    sign = 1
    if s[0] in "负-+":
        sign = -1 if s[0] != "+" else 1
        s = s[1:]
    m = _ARABIC_ONLY.match(s)
    if m:
        # float() of the whole literal saturates (1e400 -> inf) where 10 ** 400
        # raised OverflowError; a figure no float holds is not a figure.
        value = float(f"{m.group(1)}e{m.group(2)}") if m.group(2) else float(m.group(1))
        return sign * value if math.isfinite(value) else None
    m = _POWER.match(s)
    if m:
        exp = int(m.group(3)) * (-1 if m.group(2).count("-") % 2 else 1)
        try:
            value = float(m.group(1)) ** exp
        except (OverflowError, ZeroDivisionError):
            return None
        return sign * value if math.isfinite(value) else None
    value = parse_positional(s)
    return None if value is None else sign * value


def _cn2an_fallback(s: str) -> float | None:
    """cn2an's ``smart`` mode for anything our grammar refused (it is lazily imported)."""
    try:
        import cn2an  # heavy-ish import kept off the start-up path

        value = cn2an.cn2an(s, "smart")
    except Exception:  # noqa: BLE001 - cn2an raises bare ValueError/KeyError for non-numerals
        return None
    return float(value) if isinstance(value, (int, float)) else None


# --- finding numerals in running text --------------------------------------

_D = "零〇一二三四五六七八九壹贰叁肆伍陆柒捌玖两俩"
_U = "十拾百佰千仟万亿兆"
_AR = (
    r"(?:(?:\d{1,3}(?:,\d{3})++(?!\d)|\d++)(?:\.\d++(?!\.\d))?|(?<![\d.])\.\d++)"
    r"(?:[eE][-+]?\d+(?![A-Za-z])|\^[-+]*\d+)?(?:[ ]?[kK](?![A-Za-z])|\sM(?![A-Za-z]))?"
)
_GAP = r"[ \t\u3000]*"
_ATOM = (
    rf"{_AR}|[{_D}{_U}]|点(?={_GAP}[{DECIMAL_DIGITS}])|分{_GAP}之{_GAP}(?:负{_GAP})?(?=[-\d{_D}{_U}])"
    rf"|又(?={_GAP}[\d{_D}{_U}])|[余多几](?={_GAP}[十百千万亿兆])|/(?=\d)|打"
)
_ATOM_RE = re.compile(_ATOM)
_FRACTION_AHEAD = re.compile(r"\d+[ \t\u3000]*/[ \t\u3000]*\d")
_RUN = re.compile(rf"(?:负{_GAP}|(?<![-0-9A-Za-z.)\]])-{_GAP})?(?:{_AR}|[{_D}{_U}]|半(?=百))(?:{_GAP}(?:{_ATOM}))*")
#: 二三十, 七八千: "twenty or thirty" is an estimate, not a number.
_ESTIMATE = re.compile(r"(一二|二三|三四|四五|五六|六七|七八|八九)[十百千万亿]")
#: Words whose numeral characters are not numbers (checked around one-character runs).
_NOT_NUMBER_WORDS = frozenset(
    "一切 一看 一下 一起 一直 一样 一般 一致 一定 一旦 一些 统一 唯一 万一 一同 一向 一再 一律 一味 一贯 一番 一边 "
    "四川 陆地 大陆 登陆 海陆 着陆 陆续 陆军 收拾 拾起 拾取 拾到 夕拾 放肆 肆意 肆无 肆虐 队伍 入伍 退伍 伍仁 落伍 "
    "十分 十足 百姓 千万 万万 两两 一一 十字 壹切".split()
)
_ASCII_DIGITS = re.compile("[0-9]+")
#: 上千万家庭, 近百家, 超過千億元, 上萬人: a bare scale after an approximator names a round number
#: (一千万, 一百…). Not 破 (突破萬難), not 成千上萬, not 近百分之七十 (a percent in words), and not where
#: the scale starts an idiom or a century (在…上千方百计, 社會上百工百業, 近百年前).
_BARE_SCALE_APPROXIMATOR = re.compile(
    r"(?:(?<![最接将附])近|(?<![以之马线晚北南早路身加])(?<!成千)(?<!成百)上|逾|超过|将近|接近)[ \t]*$"
)
_BARE_SCALE = re.compile("[百千万亿]+(?![ \t]*分)")
_SCALE_IDIOMS = re.compile(
    "千方|千家万|千军|千軍|千差|千辛|千丝|千絲|千秋|千变|千變|千山|千百|千头|千頭|千载|千載|千篇|千钧|千鈞|千里"
    "|万无|万無|万众|万眾|万古|万水|万紫|万难|万難|万一|万物|万象|万事|万里|万丈"
    "|百花|百家争|百家爭|百折|百尺|百废|百廢|百姓|百般|百货|百貨|百科|百忙|百倍|百工|百业|百業|百年"
)
#: 將投入千億元預算, 新臺幣千億元以上, 投入百億元, 2030年達到兆元產值目標: a bare 百億/千億/百萬/千萬/萬億/兆 right
#: before a currency is one of it (千億元 is 10¹¹ 元), as after an approximator. Not 兆元產業 (a class of industry, as a
#: ship's 噸級), not after 每 (每百万元: per) or 数/几 (數千萬元 names no number).
_BARE_SCALE_MONEY = re.compile(
    "(?:[百千][万亿]|万亿|兆)(?=(?:元|美元|美金|欧元|日元|港元|英镑|人民币|新台币)(?![^，。、；]{0,4}产[业業]))"
)
#: Before such a scale: a number it belongs to (四十七点三万亿元: the run stopped short of it), 每, 数 or 几.
_NOT_ONE_SCALE = frozenset(_D + _U + "点.0123456789每数數几")
_RUN_NOT_NUMBER = frozenset({"两两", "万万", "千万", "百万", "一一", "十分"})


def find_numerals(folded: str, start: int = 0, end: int | None = None):
    """Yield ``(start, end, value)`` for each numeral in ``folded`` (see :func:`fold`).

    Spans are half-open offsets into the text. A run that does not parse as a
    whole yields its longest parsable prefix and scanning resumes after it
    (``五十千`` gives ``五十``; ``千`` alone is a unit, not a number).
    """
    end = len(folded) if end is None else end
    pos = start
    while True:
        m = _RUN.search(folded, pos, end)
        if not m:
            return
        run_start, run_end = m.span()
        if _ESTIMATE.search(folded, run_start, run_end):
            pos = run_end
            continue
        bare = _bare_scale(folded, run_start, run_end)
        if bare is not None:
            pos = bare[1]
            yield bare
            continue
        cuts = _atom_ends(folded, run_start, run_end)
        found = None
        for cut in reversed(cuts):
            text = folded[run_start:cut].rstrip()
            mixed = _MIXED_FRACTION.match(text)
            if mixed:
                value = parse_number(text) if int(mixed.group(3)) else None
            else:
                value = _parse_compact(re.sub(r"\s+", "", text)) if _is_numeral_text(text) else None
            if value is not None:
                found = (run_start, run_start + len(text), value)
                break
        if found is None:
            pos = run_end
            continue
        s, e, value = found
        if s >= 2 and folded[s - 1] == "." and folded[s - 2].isdigit() and "." in folded[s:e]:
            # 2222.2222.222: a second decimal point means these are dotted groups, not decimals
            # (only when the group is all digits: 0E2.5兆2.6 is no such group)
            head = folded[s : folded.index(".", s)]
            if _ASCII_DIGITS.fullmatch(head):
                e, value = s + len(head), float(head)
        pos = e
        if _is_word(folded, s, e):
            continue
        yield s, e, value


def is_bare_scale(folded: str, start: int) -> bool:
    """Whether ``folded[start:]`` begins a bare scale an approximator stands before (上千万, 近百家)."""
    return bool(
        _BARE_SCALE.match(folded, start)
        and _BARE_SCALE_APPROXIMATOR.search(folded, max(0, start - 3), start)
        and not _SCALE_IDIOMS.match(folded, start)
    )


def _bare_scale(folded: str, start: int, end: int) -> tuple[int, int, float] | None:
    """``(start, end, value)`` of a bare scale an approximator stands before (上千万 is 10⁷) or a currency
    follows (千億元 is 10¹¹ 元), else ``None``."""
    m = _BARE_SCALE_MONEY.match(folded, start) if folded[start - 1 : start] not in _NOT_ONE_SCALE else None
    if m is not None and m.end() > end:
        m = None
    if m is None and is_bare_scale(folded, start):
        m = _BARE_SCALE.match(folded, start, end)
    value = _parse_compact("一" + m.group(0)) if m else None
    return None if value is None else (start, m.end(), value)


def _atom_ends(text: str, start: int, end: int) -> list[int]:
    ends = []
    pos = start
    if text[pos] in "负-":
        pos += 1
    while pos < end:
        gap = pos
        while pos < end and text[pos] in " \t\u3000":
            pos += 1
        # Whitespace between two Arabic numbers separates figures (数据 1e9 123 个
        # is 1e9 and 123, not 1e9123); only a mixed fraction (1 2/3) spans it.
        if (
            pos > gap
            and ends
            and text[gap - 1].isdigit()
            and pos < end
            and text[pos].isdigit()
            and not _FRACTION_AHEAD.match(text, pos, end)
        ):
            break
        m = _ATOM_RE.match(text, pos, end) or (re.compile("半").match(text, pos, end) if text[pos] == "半" else None)
        if not m or m.end() == pos:
            break
        pos = m.end()
        ends.append(pos)
    return ends


def _is_numeral_text(text: str) -> bool:
    """Has a digit (Arabic or Chinese), or is a 十/半百 form: bare 万 or 百 are not numbers."""
    body = text.lstrip("负- ")
    if not body:
        return False
    if body[0] in "十拾" or body.startswith("半百") or "分之" in body:
        return True
    return any(c.isdigit() or c in CN_DIGITS for c in body)


def _is_word(folded: str, start: int, end: int) -> bool:
    run = folded[start:end]
    if run in _RUN_NOT_NUMBER:
        return True
    if end - start != 1:
        return False
    before = folded[max(0, start - 1) : end]
    after = folded[start : end + 1]
    return before in _NOT_NUMBER_WORDS or after in _NOT_NUMBER_WORDS
