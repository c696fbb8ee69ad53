"""A measure named before a figure's own clause: the nearest earlier clause that names one, or a topic.

``…整体治水预算立即调整，再增列115亿元``: the figure's clause names nothing, and the
sentence's earlier clauses do. :class:`Topics` reads them with the noun-phrase
grammar of :class:`facts.label_phrases.Phrases`; :class:`facts.labels.Labeller`
asks when a figure's own clause names no measure. Also here: a measure named
earlier in the figure's own clause (``clause_measure``), the topic of the clause
just before (``_chained_topic``) and the subject a topic chain carries
(``_carried_subject``).
"""

from __future__ import annotations

from itertools import takewhile

from .label_phrases import _BOUNDARY, _NOMINAL, Phrases, measure_heads
from .tagger import Token

#: Clauses that list what a measure includes, not what it is.
_INCLUDES = ("包括", "其中", "含", "涵盖")
#: 这些工业建设项目: a topic may be pointed at.
_DEMONSTRATIVES = frozenset("这些 这 该 上述 此".split())
#: 同我国有外交关系的国家: the prepositions of a partner, opening a modifier (a statement opens with its verb).
_WITH = frozenset("同 与 跟 和".split())


class Topics(Phrases):
    """The measures a sentence's earlier clauses name (view offsets into ``analysis.view``)."""

    def sentence_measure(self, sentence_start: int, clause_start: int) -> tuple[int, int] | None:
        """…整体治水预算立即调整，再增列115亿元: a measure named in the sentence's earlier clauses.

        The nearest clause that names one wins (中国的占比，2010年是83.8%), skipping clauses that
        only list what a measure includes (国防的总体预算，包括基金与特别预算，…达到6,470亿元).
        """
        heads = measure_heads()
        clauses: list[tuple[int, int]] = []
        at = sentence_start
        for m in _BOUNDARY.finditer(self.view, sentence_start, clause_start):
            clauses.append((at, m.start()))
            at = m.end()
        for c0, c1 in reversed(clauses):
            if self.view.startswith(_INCLUDES, c0):
                continue
            run: list[Token] = []
            found = None
            for t in self.tokens_between(c0, c1) + [Token(c1, c1, "w")]:
                w = self.word(t)
                if t.tag in _NOMINAL or t.tag == "a" and len(w) <= 2 or w in ("的", "内", "外") and run:
                    run.append(t)  # 内/外 inside a name as in noun_phrase (预算外资金, not 预算)
                    continue
                while run and self.word(run[-1]) == "的":
                    run.pop()
                if run and any(self.word(run[-1]).endswith(h) for h in heads):
                    found = self.noun_phrase(run) or found
                    if found:
                        break  # a clause's first measure is its subject
                run = []
            if found:
                return found
        return self._topic(clauses[-1]) if clauses else None

    def _topic(self, clause: tuple[int, int]) -> tuple[int, int] | None:
        """农村居民的购买力，1953年比1950年增加了76%: a clause that is nothing but a noun phrase is the
        topic the next clause's figure measures (only times, prepositions and adverbs may stand before it)."""
        tokens = [t for t in self.tokens_between(*clause) if t.tag != "w"]
        if not tokens or tokens[-1].tag not in _NOMINAL or any(t.tag == "m" for t in tokens):
            return None
        found = self.noun_phrase(tokens)
        if found is None:
            return None
        k = next(i for i, t in enumerate(tokens) if t.start >= found[0])
        while k > 0 and tokens[k - 1].tag == "a" and tokens[k - 1].end == found[0]:
            k -= 1  # 中等学校的学生: an attribute the phrase would not open with is still the topic's
            found = (tokens[k].start, found[1])
        before = [t for t in tokens if t.end <= found[0] and self.word(t) not in _DEMONSTRATIVES]
        if any(t.tag not in ("TIME", "p", "d", "c", "f") for t in before) and not self._heads(before):
            return None  # 经济增速是综合性指标: a statement, not a topic
        return found

    def _heads(self, before: list[Token]) -> bool:
        """一九六四年供应的猪肉、羊肉、蔬菜等副食品, 机制纸、铝制品等主要日用品: the words before the phrase are a
        modifier or a list it heads (they end in 的 or 等), and a verb among them only opens a modifier (供应的),
        never takes an object (感谢主办单位的安排 is a statement)."""
        if before and not any(t.tag in ("v", "a", "ad", "m", "r") for t in before):
            return True  # 浊水溪扬尘问题: nouns and names only, one noun phrase
        if not before or self.word(before[-1]) not in ("的", "等", "等等"):
            return False
        if before[0].tag == "p" and self.word(before[0]) in _WITH:
            return True  # 同我国建立经济关系的国家和地区: a clause opened by 同 and closed by 的 is a modifier
        return all(
            t.tag != "v" or k + 1 < len(before) and self.word(before[k + 1]) == "的" for k, t in enumerate(before)
        )

    def clause_measure(self, left: list[Token], before: int) -> tuple[int, int] | None:
        """减除率均适用200%: a measure named earlier in the figure's own clause (a noun phrase ending in a
        measure's head word before view offset ``before``, after the clause's last figure) names it when the
        words next to it do not."""
        heads = measure_heads()
        run: list[Token] = []
        found = None
        tokens = [t for t in left if t.end <= before]
        figures = [k for k, t in enumerate(tokens) if t.tag == "m"]
        tokens = tokens[figures[-1] + 1 :] if figures else tokens  # a measure before a figure is that figure's
        for t in tokens + [Token(before, before, "w")]:
            if t.tag in ("n", "nz", "vn", "an") or self.word(t) == "的" and run:
                run.append(t)
                continue
            while run and self.word(run[-1]) == "的":
                run.pop()
            if run and self.word(run[-1]).endswith(heads):
                found = self.noun_phrase(run) or found
            run = []
        return found

    def _named_before(self, s0: int, clause_start: int) -> tuple[int, int] | None:
        """去年，美國來臺投資金額，占整體外來投資金額11.5%: the topic of the clause just before, else the measure
        the sentence's earlier clauses name (for a share clause with no figure before it)."""
        return self._chained_topic(s0, clause_start) or self.sentence_measure(s0, clause_start)

    def _carried_subject(self, s0: int, clause_start: int) -> tuple[int, int] | None:
        """粮食仍然连年增产，一九八二年预计达到三亿三千五百多万吨: a clause that names nothing measures the
        subject of the clause before it (a topic chain), when that clause states no figure of its own."""
        if clause_start <= s0:
            return None
        starts = [m.end() for m in _BOUNDARY.finditer(self.view, s0, clause_start - 1)]
        tokens = [t for t in self.tokens_between(starts[-1] if starts else s0, clause_start) if t.tag != "w"]
        if any(t.tag == "m" for t in tokens):
            return None
        k = 0
        while k < len(tokens) and tokens[k].tag in ("TIME", "p", "d", "c", "f"):
            k += 1
        run = list(takewhile(lambda t: t.tag in ("n", "nz", "vn", "an"), tokens[k:]))
        after = tokens[k + len(run)] if k + len(run) < len(tokens) else None
        if not run or after is None or after.tag not in ("d", "v", "ad", "a") and self.word(after) != "在":
            return None
        return self.noun_phrase(run)

    def _chained_topic(self, s0: int, clause_start: int) -> tuple[int, int] | None:
        """The topic of the clause right before the figure's when that clause states no figure: a noun phrase
        alone (钢、煤炭…等产品的产量，都比…增长) or the subject of what it says (油料在…的基础上，又增长)."""
        if clause_start <= s0:
            return None
        starts = [m.end() for m in _BOUNDARY.finditer(self.view, s0, clause_start - 1)]
        clause = (starts[-1] if starts else s0, clause_start - 1)
        tokens = self.tokens_between(*clause)
        if not tokens or any(t.tag == "m" for t in tokens):
            return None
        if tokens[0].tag == "p":  # 按可比价格计算，平均每年增长: how it is counted, no topic
            return self._topic(clause)
        return self._topic(clause) or self._carried_subject(s0, clause_start)
