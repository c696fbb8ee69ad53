"""Labels: the noun phrase that names what a figure measures, read from the model's words.

The words and parts of speech come from LAC (:mod:`facts.tagger`) on the
Simplified view; the label is returned as written in the text. Rules, in order
(the clause is the text between punctuation marks around the figure):

1. **Relations first** (:mod:`facts.label_relations`): a list read with 分别,
   a change 分别 pairs with an earlier figure, both figures of a from-to pair
   (a place's rate in a pair, and every share, is :mod:`facts.label_shares`).
2. **A change names its measure** (``销售总额1627.8亿元，同比增长8.6%``): after
   a change word the label is the measure and the change, ``销售总额 同比增长``;
   the measure is the noun phrase before the change word, else the measure of
   the sentence's previous figure, which it then changes (``change_of``).
3. **A count names what it counts** right after its measure word
   (``7018家个体户`` → ``个体户``), and ``…的`` after a figure names its measure
   (``7%左右的商品销售总额``); a share written before a noun is of that noun.
4. Otherwise **the noun phrase just before the figure**, never a bare verb:
   verbs such as 实现/达到/投入/突破/预估/来到 are skipped, and a verb stays in the
   phrase only between two nouns (``城镇新增就业``); a rate's unit (``每学年``,
   ``每名学生``) is skipped too; a share's phrase (``A占B``) says what it is of.

How a noun phrase is read is :mod:`facts.label_phrases`, what follows a figure
:mod:`facts.label_after`, a sentence's earlier clauses :mod:`facts.label_topics`. A label
that is still weak (empty, a bare verb, an agent) gets a second look
(:mod:`facts.label_repairs`).
"""

from __future__ import annotations

import re
from itertools import takewhile

from . import lexicon
from .label_after import _UNCLASSIFIED, After
from .label_phrases import _BOUNDARY, _NOMINAL, GLOSS, Label, measure_heads
from .label_relations import CHANGE_VERB as _CHANGE_VERB
from .label_relations import from_to, list_item, parallel, respectively, unnamed_from_to
from .label_repairs import repair
from .label_shares import of_gdp, place_only, place_share, share
from .label_topics import Topics
from .tagger import Token
from .units import DURATIONS as _DURATIONS

__all__ = ["Label", "Labeller"]

#: Times the model may tag as nouns (第二季, 上半年): never a measure.
_WHEN = re.compile(
    r"(?:今年|去年|明年|前年|上年|本年|当年|同期|上年同期|去年同期)?"
    r"(?:第?[一二三四1-4]季度?|[上下]半年|[一二三四五六七八九十\d]+月份?|全年|年底|年末|年初|年中|同期)"
    r"|时[才就]?|时候|之时|当时|时期|期间|任内|任期内"  # 从她上任时的17.5兆元: the time of an event
)  # 基本工资从马前总统时期的2万2,000元, 蔡前总统接任时才8千多点: an era, and 时才 read as one noun
_CHANGE = re.compile(
    r"(?P<base>同比|环比|比上年同期|比上年|比去年同期|比去年|较上年|较去年|较上年同期|较去年同期|年均|平均|分别)?"
    r"(?P<verb>增长|下降|提高|降低|增加|减少|上升|回落|上涨|下跌|增幅|降幅|增速|扩大|缩小|减收|增收|成长|衰退|增产|减产|递增|递减|涨|跌)"
    r"(?:了|为|到|达|至)?$"
)
#: 完工的有, 建成的是: what stands between an act and its count when the count is of those the act was done to.
_WHICH_ARE = re.compile(r"的(?:有|是|共有|约有)")
#: Measure words that count events (8次总统直选, 3场演讲).
_EVENTS = frozenset("次场届轮回")
#: The treasury that pays (中央财政, 国家财政): who spends the money, not what it is.
_PURSE = "财政"
#: Measures so general that the sentence's topic names the figure better (…计划预算，…总金额达到6,471亿元).
_GENERIC = lexicon.words("label_generic")


class Labeller(After, Topics):
    """Labels for the figures of one analysed text (offsets into ``analysis.text``), asked in reading order."""

    def __init__(self, analysis) -> None:
        super().__init__(analysis)
        #: (sentence start, start, end, measure) of every figure labelled so far, whatever its kind
        self._labelled: list[tuple[int, int, int, str, str]] = []  # and its kind

    def label(
        self,
        start: int,
        end: int,
        kind: str,
        unit: str | None,
        sentence: tuple[int, int],
        previous: list[tuple[int, int, str]] | None = None,
    ) -> Label:
        """The label of the figure at source ``[start, end)`` in the sentence at source ``sentence``.

        ``previous``: ``(start, end, measure)`` of the sentence's figures before this one.
        """
        found = self._decide(start, end, kind, unit, sentence, previous)
        if kind in ("date", "rank"):
            return found
        a = self.a
        vs, ve, s0 = a.view_offset(start), a.view_offset(end), a.view_offset(sentence[0])
        listed = [(p0, p1, m) for s, p0, p1, m, _ in self._labelled if s == sentence[0]]
        clause_start = self._clause_start(s0, vs)
        found = repair(self, found, kind, vs, ve, s0, clause_start, previous or [], listed)
        before = [(m, k) for s, _, _, m, k in self._labelled if s == sentence[0]]
        if not found.measure and kind == "percent" and before and before[-1][1] == kind and before[-1][0]:
            if not any(t.tag in _NOMINAL for t in self.tokens_between(clause_start, ve)):
                found = Label(before[-1][0], before[-1][0])  # 备转容量率…是1.64%，现在平均约在10至15%
        self._labelled.append((sentence[0], start, end, found.measure, kind))
        return found

    def _clause_start(self, s0: int, vs: int) -> int:
        """Where the clause of the figure at view ``vs`` begins: after the last punctuation mark before it,
        except a gloss's closing bracket (国防支出提高至国内生产毛额（GDP）的5%: the gloss is inside the clause)."""
        clause_start = s0
        for m in _BOUNDARY.finditer(self.view, s0, vs):
            clause_start = m.end()
        if clause_start > s0 and self.view[clause_start - 1] in "）)":
            opening = self.view.rfind("（" if self.view[clause_start - 1] == "）" else "(", s0, clause_start)
            inside = self.view[opening + 1 : clause_start - 1]
            if opening > s0 and 0 < len(inside) <= 12 and not any(c.isdigit() for c in inside):
                return self._clause_start(s0, opening)
        close = self.view.find("）", clause_start, vs)
        opening = self.view.rfind("（", s0, clause_start)
        if close >= 0 and opening > s0 and "（" not in self.view[clause_start:close]:
            if GLOSS.fullmatch(self.view, opening, close + 1):  # 机床（不包括简易机床，下同）增加了: one clause
                return self._clause_start(s0, opening)
        return clause_start

    def _decide(self, start, end, kind, unit, sentence, previous) -> Label:
        a = self.a
        vs, ve = a.view_offset(start), a.view_offset(end)
        s0, s1 = a.view_offset(sentence[0]), a.view_offset(sentence[1])
        clause_start = self._clause_start(s0, vs)
        m = _BOUNDARY.search(self.view, ve, s1)
        clause_end = m.start() if m else s1
        # 国防预算按照北约标准将超过GDP3%: GDP written against its share is a numeral to the model; it is a noun
        left = [
            Token(t.start, t.end, "nz") if t.tag == "m" and self.word(t) == "GDP" else t
            for t in self.tokens_between(clause_start, vs)
        ]
        right = self.tokens_between(ve, clause_end)
        previous = previous or []

        torn = self._word_across(ve) or self._counted_across(ve) if kind == "quantity" else None
        if torn:  # 由2,350万人民共同决定: the figure ends inside the noun it counts (人民, 人口)
            return self.as_label(torn)
        listed = list_item(self, vs, s0, s1)
        if listed:
            return self.as_label(listed)
        item = respectively(self, vs, s0, clause_end, previous)
        along = item is None and parallel(self, vs, clause_start, clause_end, previous)
        if along and kind == "percent":
            verb = _CHANGE_VERB.search(self.view, clause_start, vs)
            if verb:  # …4761元，实际增长8.4%和8%: each change belongs to the figure in the same place before
                return Label(f"{along[2]} {verb.group(0)}", along[2], (along[0], along[1]))
        if item is not None and kind not in ("date", "rank"):
            verb = _CHANGE_VERB.search(self.view, self.view.rfind("分别", s0, vs), vs)
            if verb:  # …分别增长9.6%和6.2%: each change belongs to the figure in the same place before
                return Label(f"{item[2]} {verb.group(0)}", item[2], (item[0], item[1]))
        if kind == "quantity" and self.view[ve - 1] == "人" and self._deciding(left, right):
            return Label("人", "人")  # 臺灣的前途由2,300萬人決定: no from-to pair
        measured = from_to(self, left) if kind not in ("date", "rank") else None
        if measured and kind in ("ratio", "percent", "multiple") and place_only(self, measured):
            # 多數國家經濟成長率都被下修，只有臺灣從2.7%上修至2.9%: a place's rate is one of the measure named before
            # it, the place says where (a length or a count may be the place's own: 其中高速公路由4771公里增加到2.52万公里)
            placed = place_share(self, left, measured, measured, previous, s0, clause_start)
            if placed:
                return placed
        if measured:  # 财政赤字占国内生产总值的比重从2.8%降到1.5%: a share's pair measures what it is a share of
            return share(self, measured, kind, clause_start, previous)
        if kind not in ("date", "rank") and unnamed_from_to(self, left):
            # …的国家，已经由二十个增加到三十三个: the pair measures the topic of the clause before
            topic = self._named_before(s0, clause_start)
            if topic:
                return share(self, topic, kind, clause_start, previous)
        change = self._change(left)
        counted = (
            self.noun_phrase_after(right)
            if change is not None and kind == "quantity" and unit not in _DURATIONS and right and right[0].tag == "n"
            else None
        )
        if counted:
            return self.as_label(counted)  # 试点扩大到1000个县: a count after a change word still counts its noun
        if change is not None and kind not in ("date", "rank"):
            words, before = change
            span = self.noun_phrase(before) or self.noun_phrase(before, adjacent=False)
            if span and span[1] - span[0] > 2 and self.view.endswith("计划", *span):
                span = (span[0], span[1] - 2)  # 粮食产量计划增长: 计划 says the change is planned
            if (not span or self.names_only(span)) and right and self.word(right[0]) == "的":
                span = self.noun_phrase_after(right[1:]) or span  # 我们增加了80%的国防预算
            if span and _WHEN.fullmatch(self.view, *span):  # 与8年前她刚上任时相比增加13.7GW: when, not what
                span = self.clause_measure(before, span[0]) or self.sentence_measure(s0, clause_start)
            if span and self.view[span[0] : span[1]] in _GENERIC:  # 六五计划期间要求每年递增: no measure named
                span = self.sentence_measure(s0, clause_start) or span
            measure, of = self.written(span), ""
            shared = share(self, span, kind, clause_start) if span else None
            if shared and shared.measure != measure and shared.text.startswith(f"{shared.measure} "):
                # 服务业增加值占国内生产总值比重提高2.7个百分点: the share of A changes, and A is the measure
                measure, of = shared.measure, shared.text[len(shared.measure) :].strip()
            change_of = None
            if not measure:  # 钢、煤炭…等产品的产量，都比一九五七年增长一倍以上: the topic just before, not the
                measure = self.written(self._chained_topic(s0, clause_start))  # figure of an earlier clause
            if previous and (not measure or measure == previous[-1][2]):
                measure, change_of = self._changed_measure(previous), (previous[-1][0], previous[-1][1])
            if not measure:
                span = self.sentence_measure(s0, clause_start)
                measure = self.written(span)
                shared = share(self, span, kind, clause_start) if span else None
                if shared and shared.text.startswith(f"{shared.measure} ") and not of:
                    # 工业和手工业所占的比重，一九五二年为…，一九五七年上升为…: the earlier clause's share is of A
                    measure, of = shared.measure, shared.text[len(shared.measure) :].strip()
            return Label(f"{measure} {of} {self.written(words)}".replace("  ", " ").strip(), measure, change_of)
        counts = kind == "quantity" and unit not in _DURATIONS
        if counts and self._people(left, right, ve, previous):
            return Label("人", "人")  # 照顧2,300萬人的生活: the people are counted, not their 生活
        if kind in ("ratio", "percent") and right and right[0].tag in ("n", "nz"):
            nouns = list(takewhile(lambda t: t.tag in ("n", "nz"), right))
            if self.not_a_goal((nouns[0].start, nouns[-1].end)):
                return self.as_label((nouns[0].start, nouns[-1].end))  # 將8成病友加入…: a share written before a noun
        if counts and not (right and self.word(right[0]) == "的"):
            classified = not _UNCLASSIFIED.match(self.view, ve - 1)
            event = self.view[ve - 1] in _EVENTS
            found = self.noun_phrase_after(right, classified=classified, event=event) or (
                self.counted_after_attribute(right) if classified else None
            )
            if not found and classified and not self.noun_phrase(left):
                found = self.done_by_counted(right)  # 七千多人出国留学: nothing before names who is counted
            if found and found[0] > right[0].start:  # 兩個目標 counts goals, 以增補3,000人為目標 does not
                found = self.not_a_goal(found)
            if found:
                return self.as_label(found)  # 10名个人, 7018家个体户: what is counted follows its measure word
        adjacent = self.noun_phrase(left)
        if adjacent and kind == "money" and self.view.endswith(_PURSE, *adjacent):
            found = self.noun_phrase_after(right)
            if found:  # 中央财政安排423亿元资金: the treasury pays, the money is what follows
                return self.as_label(found)
        if adjacent and kind in ("ratio", "percent"):
            gdp = of_gdp(self, adjacent, left, clause_start, s0)
            if gdp:
                return gdp
        # 製造全球40%的半導體晶片, 原本的1.415%的貸款利率: a share followed by 的 is a share of what follows,
        # unless the phrase before names a measure itself (增长率5%的…)
        share_of_after = (
            kind in ("ratio", "percent")
            and adjacent is not None
            and not self.view.endswith(measure_heads(), adjacent[0], adjacent[1])
        )
        if adjacent and _WHEN.fullmatch(self.view, *adjacent):  # …成长率是5.48%，第二季是8%: a time names no measure
            own = self.clause_measure(left, adjacent[0])
            if own:  # 台湾的年平均经济成长率在马前总统任内只有2.8%: the clause's own measure, before the time
                return self.as_label(own)
            if previous and previous[-1][2]:  # 股市是8千多点，卸任时2万多点: the sentence's count before
                return Label(previous[-1][2], previous[-1][2])
            adjacent = self.sentence_measure(s0, clause_start)
        if adjacent and self.view[adjacent[0] : adjacent[1]] in _GENERIC:
            adjacent = self.sentence_measure(s0, clause_start) or adjacent
        if adjacent and counts and right and right[0].tag == "v" and self.names_only(adjacent):
            words = self.words_after(right, 8)
            if words:
                return self.as_label(words)  # 台湾每年有500万人次造访日本: what the count did, not who
        if adjacent and right and self.word(right[0]) == "的" and (self.names_only(adjacent) or share_of_after):
            adjacent = None  # 史国已有85%的国民: the place is the subject; what follows 的 is the measure
        if adjacent and previous and kind in ("money", "quantity") and place_only(self, adjacent):
            # 超過4萬多戶房屋毀損，光是臺南就有3萬多戶: a place alone says where, the measure is the one the
            # sentence already counts (an organisation may be what is counted: 少數民族醫院三十八所)
            return Label(previous[-1][2], previous[-1][2])
        if adjacent and kind in ("ratio", "percent", "multiple") and place_only(self, adjacent):
            # 臺灣的對外投資，中國占8成；…中國僅占11.4%, 巴拿馬國土面積為臺灣的兩倍: a place's share or multiple is
            # one of the measure named before it
            placed = place_share(self, left, adjacent, (adjacent[0], vs), previous, s0, clause_start)
            if placed:
                return placed
        if adjacent:
            return share(self, adjacent, kind, clause_start, previous, lambda: self._named_before(s0, clause_start))
        if right and self.word(right[0]) == "的":
            found = self.not_a_goal(self.noun_phrase_after(right[1:]))
            if found:
                return self.as_label(found)
        act = self.act(left)
        if act and _WHICH_ARE.fullmatch(self.view, act[1], vs):
            # 这些工业建设项目，在今年内可以建设完工的有一百八十八个: those done are a part of the topic
            act = self.sentence_measure(s0, clause_start) or act
        after = self.not_a_goal(self.noun_phrase_after(right)) if kind == "money" else None
        if after:
            return self.as_label(after)  # 创造6千亿元投资金额
        if act and kind in ("ratio", "percent") and len(self.tokens_between(*act)) == 1:
            # 對外投資有高達83.8%投資在中國，但是在去年只剩下7%左右: a share is of a measure, and a bare verb
            # names none; an earlier clause's measure does when there is one
            act = self.clause_measure(left, act[0]) or self.sentence_measure(s0, clause_start) or act
        if act:
            return self.as_label(act)
        if unit in _DURATIONS:
            words = self.words_after(right, 8)
            if words:
                return self.as_label(words)  # 连续1个月上门服务: a span of time labels what lasted
        found = self.noun_phrase(left, adjacent=False)
        if found and _WHEN.fullmatch(self.view, *found):  # a time is no measure here either
            listed = self._item_after_figure(left, found)
            if listed:
                measure = self.written(listed)
                return Label(f"{measure} {self.written(found)}", measure)
            found = None
        found = found or self.sentence_measure(s0, clause_start)
        if found:
            return share(self, found, kind, clause_start, previous)
        return self.as_label(self.noun_phrase_after(right) or self._carried_subject(s0, clause_start))

    def _people(self, left: list[Token], right: list[Token], ve: int, previous) -> bool:
        """照顧2,300萬人的生活, 臺灣2,300萬人的DNA: a count of people (人 its measure word) that nothing before
        it names counts people; what they have after 的 (生活, 飯碗, 生計) is no measure. 遺漏了臺灣2千3百萬人: a
        place alone before it says where the people are (the sentence's earlier count, if there is one, is
        what a place's count is of)."""
        if self.view[ve - 1] != "人":
            return False
        adjacent = self.noun_phrase(left)
        if self._deciding(left, right):
            return True
        if adjacent and not place_only(self, adjacent):
            return False  # 穆斯林約有30萬人: who is counted
        if not right:
            return adjacent is not None and not previous
        return self.word(right[0]) == "的" and len(right) > 1 and right[1].tag in _NOMINAL

    def _deciding(self, left: list[Token], right: list[Token]) -> bool:
        """臺灣的前途由2,300萬人決定, 前途只有2,300萬人可以決定: the people after 由 or 只有 do what the verb after
        them says, and the noun before 由 (前途, 未來) is what they decide, not what is counted."""
        by = [self.word(t) for t in left[-2:] if self.word(t) not in ("全体", "全部")]
        if not (by and right) or by[-1] not in ("由", "只有") or right[0].tag != "v":
            return False
        return not _CHANGE_VERB.match(self.word(right[0])) and not any(self.word(t)[-1] in "到至" for t in right)

    def _changed_measure(self, previous: list[tuple[int, int, str]]) -> str:
        """中央对地方转移支付增加约1.5万亿元、规模近9.8万亿元，增长18%: the change is of the figure before, and
        when that one's measure is only a general word (规模), of the nearest figure before it that names one."""
        from ..script.converters import converter

        for _, _, measure in reversed(previous):
            if measure and converter("t2s").convert(measure) not in _GENERIC:
                return measure
        return previous[-1][2]

    def _item_after_figure(self, left: list[Token], time: tuple[int, int]) -> tuple[int, int] | None:
        """第一季經濟成長率5.48%、第二季將近8%: a time opening a list item after a figure names when,
        and the measure is the one before that figure."""
        k = next((i for i, t in enumerate(left) if t.start >= time[0]), len(left))
        j = k - 1
        while j >= 0 and left[j].tag == "w":
            j -= 1
        if 0 <= j < k - 1 and left[j].tag == "m":
            return self.noun_phrase(left[:j], adjacent=False)  # past the times and figures of earlier items
        return None

    def _change(self, left: list[Token]):
        """``(change words, tokens before them)`` when the clause ends in a change word."""
        text = "".join(self.word(t) for t in left)
        m = _CHANGE.search(text)
        if not m:
            return None
        words_start = m.start("verb") if m.group("base") == "分别" or not m.group("base") else m.start("base")
        cut = len(text) - len(m.group(0))
        words = (self.offset_in(left, words_start), self.offset_in(left, m.end("verb")))
        before, size = [], 0
        for t in left:
            if size + len(self.word(t)) > cut:
                if cut - size >= 2 and not m.group("base"):  # 经济增长/vn 8.8%: the word's start is the measure
                    before.append(Token(t.start, t.start + cut - size, "n"))
                break
            before.append(t)
            size += len(self.word(t))
        return words, before
