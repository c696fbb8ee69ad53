"""Labels read from a figure's relation to other words (issue 19.7): from-to pairs, lists.

:class:`facts.labels.Labeller` asks these before (or instead of) the plain
noun phrase before a figure, because here the nearest noun is the wrong one:

- **From-to** (``非常设机构由85个减为26个``): both figures measure the phrase
  before 由/从, whatever verb joins them.
- **Respectively** (``A、B和C分别为1、2、3``; ``…10493元，…3255元，分别增长9.6%和6.2%``):
  the k-th figure after 分别 takes the k-th item, or changes the k-th figure before.

Shares (``A占B的30%``, a share of GDP, a place's share) are :mod:`facts.label_shares`.

Each takes the labeller (a :class:`~facts.label_phrases.Phrases`) as ``lab``.
"""

from __future__ import annotations

import re

from .label_phrases import _BOUNDARY, _SKIP, Phrases
from .tagger import Token

#: The words opening the from-part of a from-to pair (由4771公里增加到…, 从10万元提高到15万元).
_FROM = frozenset("由 从".split())
#: What may stand between 由/从 and the from-figure (原定, 平均每年, 去年的): times, adverbs, attributes.
_BEFORE_FROM_FIGURE = frozenset("TIME d ad a u r q".split())
#: What joins the from-figure to the to-figure (调高到, 减为, 增加到): verbs and their particles.
_JOINING = frozenset("v p d u f q TIME".split())  # and the to-figure's year (增加到一九八七年的…)
_ITEM_SEPARATORS = "、和与及"
_NUMBER = re.compile(r"\d[\d.,]*")


def from_to(lab: Phrases, left: list[Token]) -> tuple[int, int] | None:
    """增长速度由原定百分之六调高到百分之八至九, 非常设机构由85个减为26个: both figures of a from-to
    pair measure the noun phrase before its 由/从, whatever verb joins them."""
    k = _pair(lab, left)
    if k is None or k <= 0 or _names_nothing(lab, left[:k]):
        return None
    return lab.noun_phrase(left[:k])


#: 计划由…增加到…: what may stand before 由/从 and name no measure (adverbs, times, the plan's own word).
_NOT_THE_MEASURE = frozenset("d ad TIME c".split())


def unnamed_from_to(lab: Phrases, left: list[Token]) -> bool:
    """同我国建交和半建交的国家，已经由二十个增加到三十三个; 扩大人工草场面积，计划由…的三千二百万亩增加到…的一亿亩:
    a from-to pair whose clause names no measure before 由/从 (only adverbs, times or 计划), so the measure is
    the topic of the clause before."""
    k = _pair(lab, left)
    return k is not None and _names_nothing(lab, left[:k])


def _names_nothing(lab: Phrases, before: list[Token]) -> bool:
    """What stands before a pair's 由/从 is only adverbs, times or 计划 (or nothing)."""
    return all(t.tag in _NOT_THE_MEASURE or lab.word(t) == "计划" for t in before)


def _pair(lab: Phrases, left: list[Token]) -> int | None:
    """The index in ``left`` of the 由/从 opening a from-to pair the figure is part of, or None."""
    k = len(left) - 1
    while k >= 0 and lab.word(left[k]) not in _FROM:
        k -= 1
    if k < 0:
        return None
    after = left[k + 1 :]
    figures = [i for i, t in enumerate(after) if t.tag == "m" or lab.figure_tail(after, i)]
    if figures:  # the to-figure: the from-figure, then only the verb that joins them
        between, joining = after[: figures[0]], after[figures[-1] + 1 :]
        if not joining or not all(t.tag in _JOINING or lab.word(t) in _SKIP for t in joining):
            return None
    else:
        between = after
    if not all(t.tag in _BEFORE_FROM_FIGURE or lab.word(t) in _SKIP for t in between):
        return None
    return k


def respectively(lab: Phrases, vs: int, s0: int, clause_end: int, previous: list[tuple[int, int, str]]):
    """…10493元，…3255元，分别增长9.6%和6.2%: the k-th figure after 分别 changes the k-th of the figures before."""
    at = lab.view.rfind("分别", s0, vs)
    if at < 0 or not previous:
        return None
    k = len(_NUMBER.findall(lab.view, at, vs))
    n = len(_NUMBER.findall(lab.view, at, clause_end))
    if n < 2 or n > len(previous) or k >= n:
        return None
    return previous[len(previous) - n + k]


#: The verbs of a change (增长8.4%, 下降1.2%): one list for the labeller and the relations here.
CHANGE_VERB = re.compile(r"增长|下降|提高|降低|增加|减少|上升|回落|上涨|下跌|成长|递增|递减")
#: A clause of nothing but a change and its figures side by side (比上年增长29.2%、39.4%、65.4%和23.9%, 实际增长8.4%和8%).
_PARALLEL = re.compile(
    rf"[^\d，。；]{{0,12}}?(?:{CHANGE_VERB.pattern})(?:了|为)?"
    r"(?:[\d.]+[%％](?:、|和|及))+[\d.]+[%％]"
)


def parallel(lab: Phrases, vs: int, clause_start: int, clause_end: int, previous: list[tuple[int, int, str]]):
    """城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%: without 分别, changes side by side
    in a clause of their own each change the figure in the same place among as many figures before."""
    if not previous or not _PARALLEL.fullmatch(lab.view, clause_start, clause_end):
        return None
    if any(t.tag in ("n", "nz", "vn") and lab.word(t) != "实际" for t in lab.tokens_between(clause_start, vs)):
        return None  # the clause names a measure of its own (利润增长5%和6%)
    k = len(_NUMBER.findall(lab.view, clause_start, vs))
    n = len(_NUMBER.findall(lab.view, clause_start, clause_end))
    if n > len(previous) or k >= n:
        return None
    return previous[len(previous) - n + k]


def list_item(lab: Phrases, vs: int, s0: int, s1: int) -> tuple[int, int] | None:
    """``A、B和C分别为1、2、3``: the item of the figure at view offset ``vs``."""
    at = lab.view.rfind("分别", s0, vs)
    if at < 0:
        return None
    head_start = s0
    for m in _BOUNDARY.finditer(lab.view, s0, at):
        head_start = m.end()
    items = [m.span() for m in re.finditer(f"[^{_ITEM_SEPARATORS}]+", lab.view[head_start:at])]
    if len(items) < 2:
        return None
    figures_before = len(re.findall(r"\d[\d.]*", lab.view[at:vs]))
    if figures_before >= len(items):
        return None
    a, b = items[figures_before]
    return lab.noun_phrase(lab.tokens_between(head_start + a, head_start + b))
