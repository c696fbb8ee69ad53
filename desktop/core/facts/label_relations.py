"""Labels read from a figure's relation to other words (issue 19.7): from-to pairs, shares, lists.

:class:`facts.labels.Labeller` asks these before (or instead of) the plain
noun phrase before a figure, because here the nearest noun is the wrong one:

- **From-to** (``非常设机构由85个减为26个``): both figures measure the phrase
  before 由/从, whatever verb joins them.
- **A share** (``A占B的30%``): the measure is A and the label ``A 占B``; ``占B``
  alone when A is not named.
- **A share of GDP** (``國防預算將達到GDP 3%``): GDP is what the figure is a share of; the measure is
  the budget or spending the clause (else the sentence) names, ``國防預算 占GDP``.
- **Respectively** (``A、B和C分别为1、2、3``; ``…10493元，…3255元，分别增长9.6%和6.2%``):
  the k-th figure after 分别 takes the k-th item, or changes the k-th figure before.

Each takes the labeller (a :class:`~facts.label_phrases.Phrases`) as ``lab``.
"""

from __future__ import annotations

import re

from .label_phrases import _BOUNDARY, _CLOSING, _NOMINAL, _OPENING, _SKIP, Label, Phrases, measure_heads
from .tagger import Token

#: The words opening the from-part of a from-to pair (由4771公里增加到…, 从10万元提高到15万元).
_FROM = frozenset("由 从".split())
#: What may stand between 由/从 and the from-figure (原定, 平均每年, 去年的): times, adverbs, attributes.
_BEFORE_FROM_FIGURE = frozenset("TIME d ad a u r q".split())
#: What joins the from-figure to the to-figure (调高到, 减为, 增加到): verbs and their particles.
_JOINING = frozenset("v p d u f q TIME".split())  # and the to-figure's year (增加到一九八七年的…)
#: The words of a share (A占B的30%, A相当于B的17%): A is the measure, B what it is a share of.
_SHARE_OF = ("相当于", "占")
_ITEM_SEPARATORS = "、和与及"
#: 农业所占比重: 所 between the measure and its share
_WHOSE = frozenset({"所"})
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


def share(
    lab: Phrases, span: tuple[int, int], kind: str, clause_start: int | None = None, previous=None, topic=None
) -> Label:
    """A share: ``A占B的30%`` measures A (``企业 占企业总数``); a clause that opens with 占 is a share of the
    figure before it (``附加價值已經超過5千億元，占GDP的2%``: the value's), else of the topic of the clause
    before (``中小企業在臺灣經濟中占有主導地位，占企業總數約98%``: ``topic()``, a view span or None);
    ``占B`` alone when A is not named."""
    if kind in ("ratio", "percent"):
        for word in _SHARE_OF:
            tail = lab.view[max(0, span[0] - 4) : span[0]]
            gap = len(tail) - len(tail.rstrip(" \u3000"))  # 占 GDP 比重
            if word == "占" and lab.view.endswith("占的", 0, span[0]):
                gap = 1  # 工业和手工业所占的比重: the share's own word, after 占
            if lab.view.endswith(word, 0, span[0] - gap):
                at = span[0] - gap - len(word)
                whole = (at, span[1])
                if clause_start is not None and at < clause_start:  # …所占的比重，一九五二年为…: a topic
                    clause_start = max([m.end() for m in _BOUNDARY.finditer(lab.view, 0, at)], default=0)
                    previous = None
                if clause_start is not None:
                    start = clause_start  # 毛额（GDP）占…: a bracket inside the clause does not end it
                    opening = lab.view.rfind("（" if lab.view[start - 1 : start] == "）" else "(", 0, start)
                    if lab.view[start - 1 : start] in ("）", ")") and opening >= 0:
                        start = max([m.end() for m in _BOUNDARY.finditer(lab.view, 0, opening)], default=0)
                    before = lab.tokens_between(start, at)
                    whose = False
                    while before and (
                        before[-1].tag in ("d", "ad") or lab.word(before[-1]) in _SKIP or lab.word(before[-1]) in _WHOSE
                    ):
                        whose = whose or lab.word(before[-1]) in _WHOSE
                        before.pop()  # 只占, 平均相当于, 所占: adverbs between the measure and the share
                    if before and lab.word(before[-1]) in _CLOSING:  # 生产毛额（GDP）: the name before its gloss
                        opening = [k for k, t in enumerate(before) if lab.word(t) in _OPENING]
                        before = before[: opening[-1]] if opening else before
                    share_of = lab.noun_phrase(before)
                    if not share_of and whose and len(before) == 1 and before[0].tag in ("v", "vn"):
                        # 积累所占的比重: the model reads 积累 as a verb, and 所 makes it what has the share
                        share_of = (before[0].start, before[0].end)
                    if share_of:
                        of = lab.written(share_of)
                        return Label(f"{of} {lab.written(whole)}", of)
                    if not before and previous and previous[-1][2]:
                        of = previous[-1][2]
                        return Label(f"{of} {lab.written(whole)}", of)
                    named = topic() if not before and not previous and topic else None
                    if named:
                        of = lab.written(named)
                        return Label(f"{of} {lab.written(whole)}", of)
                return lab.as_label(span if lab.view[span[0] - 1] == "的" else whole)  # 所占的比重: 比重
    return lab.as_label(span)


#: The economy's output a share is taken of (GDP, 国内生产毛额（GDP）), as the Simplified view writes it.
_GDP = re.compile(r"(?:国内|国民)?(?:GDP|生产毛额|生产总值)(?:[（(]GDP[）)])?")


def of_gdp(lab: Phrases, span: tuple[int, int], left: list[Token], clause_start: int, s0: int) -> Label | None:
    """国防预算按照北约标准将达到GDP 3.32%, 国防支出提高至国内生产毛额（GDP）的5%: a share of GDP measures
    what the clause (else the nearest earlier clause of the sentence) says reaches it, never GDP.

    ``span`` is the phrase before the figure; ``占GDP`` is :func:`share`'s (the subject is then read there)."""
    m = _GDP.search(lab.view, max(clause_start, span[0] - 2), span[1])  # 国内 may stand outside the phrase
    if m is None or m.end() != span[1]:
        return None
    before = [t for t in left if t.end <= m.start()]
    while before and before[-1].tag in ("d", "ad", "u"):
        before.pop()  # 約, 的
    if not before or before[-1].tag not in ("v", "p") or lab.word(before[-1]) in _SHARE_OF:
        return None  # 占GDP: a share() of its own; 全球GDP: a measure of GDP itself
    gdp = lab.written((m.start(), m.end()))
    found = _first_measure(lab, [t for t in before if t.start >= clause_start])
    at = clause_start
    while found is None and at > s0:  # 並可望在2030年前達到GDP的5%: the subject of an earlier clause
        starts = [b.end() for b in _BOUNDARY.finditer(lab.view, s0, at - 1)]
        found = _first_measure(lab, lab.tokens_between(starts[-1] if starts else s0, at))
        at = starts[-1] if starts else s0
    if found is None:
        return None
    measure = lab.written(found)
    return Label(f"{measure} 占{gdp}", measure)


def _first_measure(lab: Phrases, tokens: list[Token]) -> tuple[int, int] | None:
    """The first run of nouns in ``tokens`` that ends in a measure's head word (预算, 支出) and is not GDP."""
    heads = measure_heads()
    run: list[Token] = []
    for t in tokens + [Token(tokens[-1].end if tokens else 0, 0, "w")]:
        if t.tag in _NOMINAL:
            run.append(t)
            continue
        if run and lab.word(run[-1]).endswith(heads) and not _GDP.fullmatch(lab.word(run[-1])):
            found = lab.noun_phrase(run)
            if found:
                return found
        run = []
    return None


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
