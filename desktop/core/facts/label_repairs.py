"""A second look at a label (issue 19.7): never a verb, an agent or nothing when the sentence names the measure.

:class:`facts.labels.Labeller` reads the words around a figure; these rules
look again when what it found is *weak* — empty, a bare verb, an agent
(政府, 我们) or a name that does things (国家发展委员会) — or a comparison's base:

1. **A programme the money is for** (``匡列50億元推動「創業天使投資方案」``, ``我們推動
   「0-6歲國家一起養 2.0」，也增加41億元``): the quoted name after the figure, or
   before it in the sentence after a verb of doing, or named as a programme (``針對「0-6歲國家
   一起養」政策，政府編列一年1,200億元``).
2. **A comparison's base is not the measure**: in ``拟安排中央财政赤字2950亿元，比上年预算
   减少50亿元`` the 预算 of 比上年预算 names the base; the change is of the figure before.
3. **A list's later items take its measure** (``第一胎提高補助到1萬3,000元、第二胎1萬4,000元``,
   ``…平均GDP成長率達4%、馬英九前總統任內平均僅有2.8%``): a figure that names nothing, set off
   from the sentence's previous figure by a list mark, measures what that one measures
   (``補助 第二胎``: the item kept).
"""

from __future__ import annotations

import re
from collections import deque

from dataclasses import replace

from . import lexicon

_QUOTE = "「“《『"
_UNQUOTE = "」”》』"
_DOING = r"(?:推动|推行|推出|推展|实施|办理|执行|用于|用来|投入|支持|启动|成立|设立|补助|挹注|编列)"
#: 50亿元推动「创业天使投资方案」, 116亿元，推动「…计划」: what the money is for.
_FOR_AFTER = re.compile(
    rf"(?:的?(?:预算|经费))?[，,]?(?:来|以|用以|并|也)?{_DOING}[{_QUOTE}]([^{_UNQUOTE}。；]{{2,30}})[{_UNQUOTE}]"
)
#: Words that say money is a budget and not what for (编列超过300亿元预算推动「AI新十大建设」, 总经费超过100亿元).
_FUNDING = frozenset("经费 总经费 预算 金额 总金额".split())
#: 我们推动「0-6岁国家一起养 2.0」: a programme named earlier in the sentence.
_FOR_BEFORE = re.compile(rf"{_DOING}[{_QUOTE}]([^{_UNQUOTE}。；]{{2,30}})[{_UNQUOTE}]")
_PROGRAMME = r"(?:计划|方案|政策|基金|条例|专案)"
#: 针对「0-6岁国家一起养」政策，政府编列一年1,200亿元, 核定「国家气候变迁调适行动计划」，…投入超过4千亿元:
#: a programme named earlier in the sentence, by a name that is one or is followed by the word for one.
_PROGRAMME_BEFORE = re.compile(
    rf"[{_QUOTE}]([^{_UNQUOTE}。；]{{2,30}})[{_UNQUOTE}](?={_PROGRAMME})"
    rf"|[{_QUOTE}]([^{_UNQUOTE}。；]{{0,28}}{_PROGRAMME})[{_UNQUOTE}]"
)
#: 比上年预算减少: the noun after 比/较 and a time names the base.
_BASE_BEFORE = re.compile(
    r"(?:比|较|较之|相较|相比)(?:上年|去年|前年|上月|同期|上年同期|去年同期|今年度|上年度|[一二三四五六七八九〇零○\d]{2,4}年)?"
    r"的?(?:预计|原定|原)?$"
)  # 比一九五七年的预计数增加了二十二亿元: a year's estimate is the base too
_LIST_MARK = re.compile(r"^[、，,；;]")
#: Acts that name what money is (补助每户5万元): a clause with one of its own is no item of a list before it.
_GRANTS = frozenset("补助 补贴 给予 发放 发给 加码".split())
_WEAK_TAGS = frozenset("v ORG PER LOC p d".split())
_AGENTS = lexicon.words("label_agents")
_FILLERS = lexicon.words("label_fillers")
_GENERIC = lexicon.words("label_generic") | {""}
#: What a clause may say of a figure without naming its measure (达到了, 可以达到, 已经有, 突破).
_REACHING = lexicon.words("label_reach") | lexicon.words("label_skip") | {"达到了", "可以", "已经有", "也"}


def repair(lab, found, kind: str, vs: int, ve: int, s0: int, clause_start: int, previous, listed=()):
    """``found`` or a better label for the figure at view ``[vs, ve)`` in the sentence from view ``s0``.

    ``lab`` is the :class:`~facts.labels.Labeller` and ``found`` its :class:`~facts.label_phrases.Label`;
    ``previous`` the sentence's earlier amounts and counts ``(source start, source end, measure)``, ``listed``
    its earlier figures of every kind (shares too: a list of rates, 4%、…2.8%)."""
    view = lab.view
    weak = _weak(lab, found, s0, vs)
    if kind == "money" and (weak or _funding(found.measure)):
        m = _FOR_AFTER.match(view, ve)
        if m is None:
            m = _last(_FOR_BEFORE.finditer(view, s0, vs))
        if m is None and not _act(lab, found.measure, s0, vs):  # an act (补助5万元) is what the money does, kept
            m = _last(_PROGRAMME_BEFORE.finditer(view, s0, vs))
        if m is not None:
            name = lab.written(m.span(1) if m.group(1) is not None else m.span(2))
            change = found.text[len(found.measure) :].strip() if found.measure else found.text
            change = change if change and not _is_filler(change) else ""
            return replace(found, text=f"{name} {change}".strip(), measure=name, change_of=None)
    if kind == "money" and weak and _act(lab, found.measure, s0, vs):
        done = _object_of_act(lab, found.measure, s0, clause_start)
        if done:  # 政府也持续拨补挹注劳保基金，…一共拨补2,670亿元: the act's object, named earlier in the sentence
            name = lab.written(done)
            return replace(found, text=name, measure=name, change_of=None)
    if found.measure and (previous or listed) and found.change_of is None:
        at = view.rfind(_simplified(lab, found.measure, s0, vs), clause_start, vs)
        if at > 0 and _BASE_BEFORE.search(view, max(s0, at - 12), at):
            change = found.text[len(found.measure) :].strip()
            p0, p1, measure = (listed or previous)[-1]  # 赤字率拟按2.6%安排，比去年预算低0.4个百分点: a rate too
            return replace(found, text=f"{measure} {change}".strip(), measure=measure, change_of=(p0, p1))
    # a list set off by 、 takes any figure's measure, and its item may name its own time or era
    # (…达4%、马英九前总统任内平均仅有2.8%); after a comma only an amount's or a count's, and the item is short
    listing = listed and view.startswith("、", lab.a.view_offset(listed[-1][1]))
    if weak and (listing or previous):
        p0, p1, measure = listed[-1] if listing else previous[-1]
        between = view[lab.a.view_offset(p1) : vs]
        # 若屋顶…未达100平方公尺，由中央补助每户5万元: a clause with an act of its own is no list item
        own_act = not listing and any(
            lab.word(t) in _GRANTS and lab.written((t.start, t.end)) == found.measure
            for t in lab.tokens_between(lab.a.view_offset(p1), vs)
        )
        if measure and measure == found.measure and measure in between:
            return found  # 年均超收2040亿元，其中去年超收2573亿元: the same act again, no item of a list
        if measure and not own_act and _LIST_MARK.match(between) and len(between) <= (16 if listing else 8):
            item = between[1:].strip()
            item = "" if not item or _is_filler(item) or any(c.isdigit() for c in item) or len(item) > 7 else item
            item = "" if item.startswith(("比", "较")) else item  # ，比一九五二年的五万八千人: the base, no item
            written = lab.written((vs - len(item), vs)) if item and view.endswith(item, 0, vs) else ""
            if _parallel(lab, written, found.measure, measure, s0, vs):
                return replace(found, text=written, measure=written, change_of=None)
            return replace(found, text=f"{measure} {written}".strip(), measure=measure, change_of=None)
    if not found.measure and listed and listed[-1][2] not in _GENERIC and _names_nothing(lab, clause_start, vs):
        # 货物进出口总额年均增长8.6%，突破40万亿元, 棉花增加了约三百九十万担，达到三千二百八十万担: a clause of
        # nothing but reaching goes on with the figure before it
        return replace(found, text=listed[-1][2], measure=listed[-1][2], change_of=None)
    return found


def _names_nothing(lab, clause_start: int, vs: int) -> bool:
    """Only adverbs, times and verbs of reaching stand between the clause's start and the figure."""
    return all(
        t.tag in ("d", "ad", "TIME", "u", "w") or lab.word(t) in _REACHING for t in lab.tokens_between(clause_start, vs)
    )


def _parallel(lab, item: str, own: str, before: str, s0: int, vs: int) -> bool:
    """减税5.4万亿元、降费2.8万亿元, 脱硝改造1.3亿千瓦、除尘改造1.8亿千瓦: acts side by side, each the measure of its
    own figure: the item ends in the figure's own (weak) label, and the item before is an act or has the same head."""
    if not item or not own or not item.endswith(own):
        return False
    words = lab.tokens_between(vs - len(item), vs)
    if not all(t.tag in ("v", "vn", "n", "nz") and lab.word(t) not in _AGENTS for t in words):
        return False  # 中央政府亦补助: an agent or an adverb is no act's name
    return before.endswith(own) or _act(lab, before, s0, vs)


def _last(matches):
    """The last of ``matches`` (None when there is none)."""
    last = deque(matches, maxlen=1)
    return last[0] if last else None


def _is_filler(words: str) -> bool:
    return all(w in _FILLERS for w in words.split()) or words in _FILLERS


def _simplified(lab, written: str, s0: int, vs: int) -> str:
    """The view (Simplified) form of ``written`` as it stands before ``vs`` in the sentence."""
    for t in reversed(lab.tokens_between(s0, vs)):
        if lab.written((t.start, t.end)) == written:
            return lab.view[t.start : t.end]
        if lab.written((t.start, t.end)) and written.endswith(lab.written((t.start, t.end))):
            at = t.end - len(written)
            if at >= s0 and lab.written((at, t.end)) == written:
                return lab.view[at : t.end]
    return written


def _act(lab, measure: str, s0: int, vs: int) -> bool:
    """``measure`` is a bare verb of the sentence before view ``vs`` (补助, 负担)."""
    tokens = [t for t in lab.tokens_between(s0, vs) if measure and lab.written((t.start, t.end)) == measure]
    return bool(tokens) and tokens[-1].tag == "v"


def _object_of_act(lab, act: str, s0: int, clause_start: int) -> tuple[int, int] | None:
    """The noun phrase after the same verb in an earlier clause of the sentence (拨补挹注劳保基金: 劳保基金)."""
    before = lab.tokens_between(s0, clause_start)
    at = [k for k, t in enumerate(before) if t.tag == "v" and lab.written((t.start, t.end)) == act]
    if not at:
        return None
    after = before[at[-1] + 1 :]
    after = after[: next((k for k, t in enumerate(after) if t.tag == "w"), len(after))]
    if after and after[0].tag == "v":
        after = after[1:]  # 拨补挹注: two verbs of one act
    found = lab.noun_phrase_after(after) if after and after[0].tag in ("n", "nz") else None
    return None if found is None or lab.names_only(found) else found


def _funding(measure: str) -> bool:
    """The measure only says the money is a budget (经费, 预算), not what it is for."""
    from ..script.converters import converter

    return bool(measure) and converter("t2s").convert(measure) in _FUNDING


def _weak(lab, found, s0: int, vs: int) -> bool:
    """Nothing, a bare verb, an agent or a name that does things: not what a figure measures."""
    measure = found.measure
    if not measure:
        return True
    if _simplified(lab, measure, s0, vs) in _AGENTS:
        return True
    tokens = [t for t in lab.tokens_between(s0, vs) if lab.written((t.start, t.end)) == measure]
    return bool(tokens) and tokens[-1].tag in _WEAK_TAGS
