"""Labels of shares (issue 19.7): what a share, a share of GDP or a place's share measures.

:class:`facts.labels.Labeller` asks these where the nearest noun is the wrong one:

- **A share** (``A占B的30%``): the measure is A and the label ``A 占B``; ``占B``
  alone when A is not named.
- **A share of GDP** (``國防預算將達到GDP 3%``): GDP is what the figure is a share of; the measure is
  the budget or spending the clause (else the sentence) names, ``國防預算 占GDP``.
- **A place's share** (``臺灣的對外投資，中國占8成``; ``只有臺灣從2.7%上修至2.9%``): a place alone says
  where, and the measure is the one named before it.

Each takes the labeller (a :class:`~facts.label_topics.Topics`) as ``lab``.
"""

from __future__ import annotations

import re

from .label_phrases import _BOUNDARY, _CLOSING, _NOMINAL, _OPENING, _SKIP, Label, Phrases, measure_heads
from .label_topics import Topics
from .tagger import Token

#: The words of a share (A占B的30%, A相当于B的17%): A is the measure, B what it is a share of.
_SHARE_OF = ("相当于", "占")
#: 农业所占比重: 所 between the measure and its share
_WHOSE = frozenset({"所"})


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


def place_only(lab: Phrases, span: tuple[int, int]) -> bool:
    """The phrase at view ``span`` is one place name or place word (农村) and nothing else."""
    tokens = lab.tokens_between(*span)
    return len(tokens) == 1 and tokens[0].tag in ("LOC", "s")


def place_share(
    lab: Topics, left: list[Token], place: tuple[int, int], shown: tuple[int, int], previous, s0: int, clause_start: int
) -> Label | None:
    """A place's rate, share or multiple is one of the measure named before the place at view ``place`` (in its
    clause, else the sentence's previous figure's or clauses'); the place, as written at view ``shown``, says
    where. None when nothing names a measure."""
    own = lab.clause_measure(left, place[0])
    whole = (
        lab.written(own) or (previous[-1][2] if previous else "") or lab.written(lab.sentence_measure(s0, clause_start))
    )
    if whole:
        return Label(f"{whole} {lab.written(shown)}", whole)
    return None
