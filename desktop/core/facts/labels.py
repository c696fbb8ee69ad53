"""Labels: the noun phrase that names what a figure measures, read from the model's words.

The words and parts of speech come from LAC (:mod:`facts.tagger`) on the
Simplified view; the label is returned as written in the text. Rules, in order
(the clause is the text between punctuation marks around the figure):

1. **A change names its measure** (``销售总额1627.8亿元，同比增长8.6%``): after
   a change word the label is the measure and the change, ``销售总额 同比增长``;
   the measure is the noun phrase before the change word, else the measure of
   the sentence's previous figure, which it then changes (``change_of``).
2. **A list takes its item's measure**: in ``A、B和C分别为1、2、3`` the second
   figure measures B.
3. **A count names what it counts** right after its measure word
   (``7018家个体户`` → ``个体户``), and ``…的`` after a figure names its measure
   (``7%左右的商品销售总额``).
4. Otherwise **the noun phrase just before the figure**, never a bare verb:
   verbs such as 实现/达到/投入/突破/预估/来到 are skipped, and a verb stays in the
   phrase only between two nouns (``城镇新增就业``); a rate's unit (``每学年``,
   ``每名学生``) is skipped too.

A label that is still weak (empty, a bare verb, an agent) gets a second look
(:mod:`facts.label_repairs`).
"""

from __future__ import annotations

import bisect
import re
from itertools import takewhile
from dataclasses import dataclass

from .lexicon import longest_first
from .tagger import Analysis, Token

_BOUNDARY = re.compile(r"[，,；;：:。！？!?（）()\n—…\[\]【】]")
_ITEM_SEPARATORS = "、和与及"
#: Times the model may tag as nouns (第二季, 上半年): never a measure.
_WHEN = re.compile(
    r"(?:今年|去年|明年|前年|上年|本年|当年|同期|上年同期|去年同期)?"
    r"(?:第?[一二三四1-4]季度?|[上下]半年|[一二三四五六七八九十\d]+月份?|全年|年底|年末|年初|年中|同期)"
)
#: Verbs that follow what a count counts (社宅做为婚育宅, 藥師參與盛會): never inside its name.
_LINKING = frozenset("做为 作为 成为 参与 参加 加入 来 到 入 赴 前往 获得 取得 投入 进行 完成 担任".split())
#: The words of a share (A占B的30%, A相当于B的17%): A is the measure, B what it is a share of.
_SHARE_OF = ("相当于", "占")
_CONJUNCTIONS = frozenset("、 和 与 及 或 以及".split())
#: Nominal parts of speech: noun, proper noun, work, verbal noun, nominal adjective, place word, names.
_NOMINAL = frozenset("n nz nw vn an s LOC ORG".split())
#: Words that never start or end a measure (verbs of reaching, qualifiers, fillers).
_SKIP = frozenset(
    "的 了 为 是 有 占 达 达到 实现 累计 共计 合计 总计 完成 贡献 约 超 超过 突破 仅 共 已 已经 连续 保持 就 都 均 分别 "
    "这里 那里 其中 仅用 用 以 在 从 到 由 和 与 及 等 其 全年 今年 去年 目前 截至 近 将 再 又 还 也 并 以上 左右 "
    "预估 预计 预期 投入 达成 创下 创 录得 增至 降至 升至 提高到 提升到 减少到 降低到 突破了 高达 多达 逾 近 计 "
    "总额为 全部 总共 一共 每年 每月 每天 各 全国 全省 全市 全区 全县 当年 同期 至 降到 降为 升到 升为 增到 增至 "
    "增加到 下降到 上升到 回落到 提高到 达 首次 再 更 只 只要 仅 最高 最低 最多 最少 已经 再度 可 可以 能够 将近 接近 来到 "
    # having as a filler (…工作人员已有529万余人, …经费，从1950年到1953年共有8万亿元): never the measure
    "已有 共有 即有 计有 尚有 还有 仍有 均有 约有 就有 也有 则有 都有 亦有 另有 应当 应该 维持 维持在 "
    # only having (…只有二万五千吨) and what was first set (由原定百分之六调高到…): how, never what
    "只有 仅有 才有 原定 原来 原先 原有".split()
)
_CHANGE = re.compile(
    r"(?P<base>同比|环比|比上年同期|比上年|比去年同期|比去年|较上年|较去年|较上年同期|较去年同期|年均|平均|分别)?"
    r"(?P<verb>增长|下降|提高|降低|增加|减少|上升|回落|上涨|下跌|增幅|降幅|增速|扩大|缩小|减收|增收|成长|衰退|增产|减产|涨|跌)"
    r"(?:了|为|到|达|至)?$"
)
_MAX_LABEL = 16
#: The words opening the from-part of a from-to pair (由4771公里增加到…, 从10万元提高到15万元).
_FROM = frozenset("由 从".split())
#: What may stand between 由/从 and the from-figure (原定, 平均每年, 去年的): times, adverbs, attributes.
_BEFORE_FROM_FIGURE = frozenset("TIME d ad a u r q".split())
#: What joins the from-figure to the to-figure (调高到, 减为, 增加到): verbs and their particles.
_JOINING = frozenset("v p d u f q".split())
#: Attributes that belong to a measure's name when they open it.
_MODIFIERS = frozenset("人均 日均 年均 月均 户均 平均 实际 直接 全社会".split())
_CHANGE_VERB = re.compile(r"增长|下降|提高|降低|增加|减少|上升|回落|上涨|下跌|成长")
#: Clauses that list what a measure includes, not what it is.
_NUMBER = re.compile(r"\d[\d.,]*")
_INCLUDES = ("包括", "其中", "含", "涵盖")
#: Measures so general that the sentence's topic names the figure better (…计划预算，…总金额达到6,471亿元).
_GENERIC = frozenset("金额 总金额 总额 数额 规模 总规模 总数 数量 比例 比重 数字".split())
_OPENING = frozenset("“ 「 『 《 （ (".split())
_CLOSING = frozenset("” 」 』 》 ） )".split())
#: Verbs of reaching or estimating: they say how a figure is reached, not what it measures.
_REACH = frozenset(
    "达到 实现 突破 预估 预计 投入 增列 编列 匡列 提高 提升 超过 达成 创下 录得 完成 累计 合计 共计 核定 控制 控制在 设定 定为 为 来到 "
    "调升 调高 调降 减除 相当于".split()
)
#: Agents that do things to a measure and are never the measure (政府也投入116亿元).
_AGENTS = frozenset("政府 我们 总统 国家 中央 地方 本人 大家 他们 各地 各级 全国 全省 全市".split())
#: Agents that name whose measure it is when a noun follows (中央财政赤字, 地方专项债券, 国家财政).
_OWNERS = frozenset("中央 地方 国家".split())
_MEASURE_WORDS = frozenset(
    "个 家 户 项 人 名 位 座 所 条 件 台 辆 架 艘 套 批 场 次 只 头 种 类 款 元 吨 亩 公顷".split()
)
_DURATIONS = frozenset("个月 年 周 天 小时 分钟 秒 周年".split())


@dataclass(frozen=True, slots=True)
class Label:
    """``text`` as written (``销售总额 同比增长``); ``measure`` its measure part; ``change_of`` the
    ``(start, end)`` of the figure a change is a change of, else ``None``."""

    text: str
    measure: str
    change_of: tuple[int, int] | None = None


def _measure_heads() -> tuple[str, ...]:
    return longest_first("measure_heads")


class Labeller:
    """Labels for the figures of one analysed text (offsets into ``analysis.text``)."""

    def __init__(self, analysis: Analysis) -> None:
        self.a = analysis
        self.view = analysis.view
        self.tokens = analysis.tokens
        self._starts = [t.start for t in self.tokens]

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
        from .label_repairs import repair

        found = self._decide(start, end, kind, unit, sentence, previous)
        if kind in ("date", "rank"):
            return found
        a = self.a
        vs, ve, s0 = a.view_offset(start), a.view_offset(end), a.view_offset(sentence[0])
        clause_start = s0
        for m in _BOUNDARY.finditer(self.view, s0, vs):
            clause_start = m.end()
        return repair(self, found, kind, vs, ve, s0, clause_start, previous or [])

    def _decide(self, start, end, kind, unit, sentence, previous) -> Label:
        a = self.a
        vs, ve = a.view_offset(start), a.view_offset(end)
        s0, s1 = a.view_offset(sentence[0]), a.view_offset(sentence[1])
        clause_start = s0
        for m in _BOUNDARY.finditer(self.view, s0, vs):
            clause_start = m.end()
        m = _BOUNDARY.search(self.view, ve, s1)
        clause_end = m.start() if m else s1
        left = self._tokens_between(clause_start, vs)
        right = self._tokens_between(ve, clause_end)
        previous = previous or []

        listed = self._list_item(vs, s0, s1)
        if listed:
            return self._label(listed)
        item = self._respectively(vs, s0, clause_end, previous)
        if item is not None and kind not in ("date", "rank"):
            verb = _CHANGE_VERB.search(self.view, self.view.rfind("分别", s0, vs), vs)
            if verb:  # …分别增长9.6%和6.2%: each change belongs to the figure in the same place before
                return Label(f"{item[2]} {verb.group(0)}", item[2], (item[0], item[1]))
        measured = self._from_to(left) if kind not in ("date", "rank") else None
        if measured:
            return self._label(measured)
        change = self._change(left)
        if change is not None and kind not in ("date", "rank"):
            words, before = change
            span = self._noun_phrase(before) or self._noun_phrase(before, adjacent=False)
            if (not span or self._names_only(span)) and right and self._word(right[0]) == "的":
                span = self._noun_phrase_after(right[1:]) or span  # 我们增加了80%的国防预算
            measure = self._written(span)
            change_of = None
            if previous and (not measure or measure == previous[-1][2]):
                measure, change_of = previous[-1][2], (previous[-1][0], previous[-1][1])
            if not measure:
                measure = self._written(self._sentence_measure(s0, clause_start))
            return Label(f"{measure} {self._written(words)}".strip(), measure, change_of)
        counts = kind == "quantity" and unit not in _DURATIONS
        if kind in ("ratio", "percent") and right and right[0].tag in ("n", "nz"):
            nouns = list(takewhile(lambda t: t.tag in ("n", "nz"), right))
            return self._label((nouns[0].start, nouns[-1].end))  # 將8成病友加入…: a share written before a noun
        if counts and not (right and self._word(right[0]) == "的"):
            found = self._noun_phrase_after(right)
            if found:
                return self._label(found)  # 10名个人, 7018家个体户: what is counted follows its measure word
        adjacent = self._noun_phrase(left)
        if adjacent and _WHEN.fullmatch(self.view, *adjacent):  # …成长率是5.48%，第二季是8%: a time names no measure
            adjacent = self._sentence_measure(s0, clause_start)
        if adjacent and self.view[adjacent[0] : adjacent[1]] in _GENERIC:
            adjacent = self._sentence_measure(s0, clause_start) or adjacent
        if adjacent and counts and right and right[0].tag == "v" and self._names_only(adjacent):
            words = self._words_after(right, 8)
            if words:
                return self._label(words)  # 台湾每年有500万人次造访日本: what the count did, not who
        if adjacent and right and self._word(right[0]) == "的" and self._names_only(adjacent):
            adjacent = None  # 史国已有85%的国民: the place is the subject; what follows 的 is the measure
        if adjacent:
            return self._zhan(adjacent, kind, clause_start)
        if right and self._word(right[0]) == "的":
            found = self._noun_phrase_after(right[1:])
            if found:
                return self._label(found)
        act = self._act(left)
        after = self._noun_phrase_after(right) if kind == "money" else None
        if after:
            return self._label(after)  # 创造6千亿元投资金额
        if act:
            return self._label(act)
        if unit in _DURATIONS:
            words = self._words_after(right, 8)
            if words:
                return self._label(words)  # 连续1个月上门服务: a span of time labels what lasted
        found = self._noun_phrase(left, adjacent=False) or self._sentence_measure(s0, clause_start)
        if found:
            return self._zhan(found, kind, clause_start)
        return self._label(self._noun_phrase_after(right))

    def _from_to(self, left: list[Token]) -> tuple[int, int] | None:
        """增长速度由原定百分之六调高到百分之八至九, 非常设机构由85个减为26个: both figures of a from-to
        pair measure the noun phrase before its 由/从, whatever verb joins them."""
        k = len(left) - 1
        while k >= 0 and self._word(left[k]) not in _FROM:
            k -= 1
        if k <= 0:
            return None
        after = left[k + 1 :]
        figures = [i for i, t in enumerate(after) if t.tag == "m"]
        if figures:  # the to-figure: the from-figure, then only the verb that joins them
            between, joining = after[: figures[0]], after[figures[-1] + 1 :]
            if not joining or not all(t.tag in _JOINING or self._word(t) in _SKIP for t in joining):
                return None
        else:
            between = after
        if not all(t.tag in _BEFORE_FROM_FIGURE or self._word(t) in _SKIP for t in between):
            return None
        return self._noun_phrase(left[:k])

    def _names_only(self, span: tuple[int, int]) -> bool:
        """The span is a place, organisation or agent and nothing else."""
        tokens = self._tokens_between(*span)
        return len(tokens) == 1 and (tokens[0].tag in ("LOC", "ORG", "PER") or self._word(tokens[0]) in _AGENTS)

    def _words_after(self, right: list[Token], limit: int) -> tuple[int, int] | None:
        picked: list[Token] = []
        for t in right:
            if t.tag == "w" or sum(x.end - x.start for x in picked) + t.end - t.start > limit:
                break
            if not picked and (t.tag in ("u", "f") or self._word(t) in ("内", "来")):
                continue
            picked.append(t)
        return (picked[0].start, picked[-1].end) if picked else None

    # -- pieces -------------------------------------------------------------------

    def _label(self, span: tuple[int, int] | None) -> Label:
        text = self._written(span)
        return Label(text, text)

    def _written(self, span: tuple[int, int] | None) -> str:
        """The view span ``span`` as written in the text."""
        if not span:
            return ""
        s, e = self.a.source_span(*span)
        return self.a.text[s:e]

    def _tokens_between(self, start: int, end: int) -> list[Token]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= end:
            out.append(self.tokens[i])
            i += 1
        return out

    def _word(self, t: Token) -> str:
        return self.view[t.start : t.end]

    def _change(self, left: list[Token]):
        """``(change words, tokens before them)`` when the clause ends in a change word."""
        text = "".join(self._word(t) for t in left)
        m = _CHANGE.search(text)
        if not m:
            return None
        words_start = m.start("verb") if m.group("base") == "分别" or not m.group("base") else m.start("base")
        cut = len(text) - len(m.group(0))
        words = (self._offset_in(left, words_start), self._offset_in(left, m.end("verb")))
        before, size = [], 0
        for t in left:
            if size + len(self._word(t)) > cut:
                break
            before.append(t)
            size += len(self._word(t))
        return words, before

    def _zhan(self, span: tuple[int, int], kind: str, clause_start: int | None = None) -> Label:
        """A share: ``A占B的30%`` measures A (``企业 占企业总数``); ``占B`` alone when A is not named."""
        if kind in ("ratio", "percent"):
            for word in _SHARE_OF:
                if self.view.endswith(word, 0, span[0]):
                    at = span[0] - len(word)
                    whole = (at, span[1])
                    if clause_start is not None:
                        start = clause_start  # 毛额（GDP）占…: a bracket inside the clause does not end it
                        opening = self.view.rfind("（" if self.view[start - 1 : start] == "）" else "(", 0, start)
                        if self.view[start - 1 : start] in ("）", ")") and opening >= 0:
                            start = max([m.end() for m in _BOUNDARY.finditer(self.view, 0, opening)], default=0)
                        before = self._tokens_between(start, at)
                        while before and (before[-1].tag in ("d", "ad") or self._word(before[-1]) in _SKIP):
                            before.pop()  # 只占, 平均相当于: adverbs between the measure and the share
                        if before and self._word(before[-1]) in _CLOSING:  # 生产毛额（GDP）: the name before its gloss
                            opening = [k for k, t in enumerate(before) if self._word(t) in _OPENING]
                            before = before[: opening[-1]] if opening else before
                        share_of = self._noun_phrase(before)
                        if share_of:
                            of = self._written(share_of)
                            return Label(f"{of} {self._written(whole)}", of)
                    return self._label(whole)
        return self._label(span)

    def _act(self, left: list[Token]) -> tuple[int, int] | None:
        """获利3至4兆元, 成功授信331户: when no noun names the measure, the act itself does."""
        i = len(left) - 1
        while i >= 0 and (self._word(left[i]) in _SKIP or left[i].tag in ("d", "p", "u", "m", "q", "w")):
            i -= 1
        if (
            i >= 0
            and left[i].tag in ("v", "vn")
            and len(self._word(left[i])) >= 2
            and self._word(left[i]) not in _REACH
        ):
            # 外商直接投资, 家长…负担, 中央预算内经常性建设投资, 保障性安居工程住房基本建成: the phrase the act
            # belongs to (nouns, attributes, short verbs and adverbs between them), stripped of a leading verb
            picked, j = [left[i]], i - 1
            while j >= 0 and left[i].end - left[j].start <= _MAX_LABEL:
                t, w = left[j], self._word(left[j])
                before = left[j - 1] if j > 0 else None
                between = t.tag in ("d", "ad") and len(w) >= 2 and w not in _SKIP and before is not None
                if (
                    w in _AGENTS
                    and w not in _OWNERS
                    or not (self._inside(t, w, before, picked) or between and before.tag in _NOMINAL)
                ):
                    break
                picked.insert(0, t)
                j -= 1
            while len(picked) > 1 and not self._may_open(picked, left):
                picked.pop(0)
            return picked[0].start, left[i].end
        return None

    def _sentence_measure(self, sentence_start: int, clause_start: int) -> tuple[int, int] | None:
        """…整体治水预算立即调整，再增列115亿元: a measure named in the sentence's earlier clauses.

        The nearest clause that names one wins (中国的占比，2010年是83.8%), skipping clauses that
        only list what a measure includes (国防的总体预算，包括基金与特别预算，…达到6,470亿元).
        """
        heads = _measure_heads()
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
            for t in self._tokens_between(c0, c1) + [Token(c1, c1, "w")]:
                if t.tag in _NOMINAL or t.tag == "a" and len(self._word(t)) <= 2 or self._word(t) == "的" and run:
                    run.append(t)
                    continue
                while run and self._word(run[-1]) == "的":
                    run.pop()
                if run and any(self._word(run[-1]).endswith(h) for h in heads):
                    found = self._noun_phrase(run) or found
                    if found:
                        break  # a clause's first measure is its subject
                run = []
            if found:
                return found
        return self._topic(clauses[-1]) if clauses else None

    def _topic(self, clause: tuple[int, int]) -> tuple[int, int] | None:
        """农村居民的购买力，1953年比1950年增加了76%: a clause that is nothing but a noun phrase is the
        topic the next clause's figure measures (only times, prepositions and adverbs may stand before it)."""
        tokens = [t for t in self._tokens_between(*clause) if t.tag != "w"]
        if not tokens or tokens[-1].tag not in _NOMINAL or any(t.tag == "m" for t in tokens):
            return None
        found = self._noun_phrase(tokens)
        if found is None:
            return None
        before = [t for t in tokens if t.end <= found[0]]
        if any(t.tag not in ("TIME", "p", "d", "c", "f") for t in before):
            return None  # 经济增速是综合性指标: a statement, not a topic
        return found

    def _offset_in(self, tokens: list[Token], k: int) -> int:
        """View offset of character ``k`` of the concatenated words of ``tokens``."""
        for t in tokens:
            size = t.end - t.start
            if k < size:
                return t.start + k
            k -= size
        return tokens[-1].end if tokens else 0

    def _noun_phrase(self, left: list[Token], *, adjacent: bool = True) -> tuple[int, int] | None:
        """The measure phrase ending the token run ``left`` (``城镇居民人均可支配收入``).

        A run of words that may sit inside a measure's name — nouns, verbal nouns,
        attributes, ``的``, quotes, and verbs between them — cut at numbers,
        times, punctuation and skip-words, then stripped of a leading subject,
        agent, verb or preposition. ``adjacent``: only skip-words (实现, 达到, 约,
        超过…) may stand between the phrase and the end of ``left``; else the
        last phrase of the run is taken.
        """
        i = len(left) - 1
        while i >= 0:
            rate = self._rate_start(left, i)
            if rate is not None:  # 每学年3万5,000元, 每名学生每学期5千元: a rate's unit, not the measure
                i = rate - 1
                continue
            if left[i].tag in _NOMINAL or self._word(left[i]) in _CLOSING:
                break
            if adjacent and self._word(left[i]) in ("和", "与", "及", "并", "、", "或"):
                return None  # …投资金额及4万个就业机会: the phrase before a conjunction is another item's
            if adjacent and not (
                self._word(left[i]) in _SKIP and left[i].tag != "p" or left[i].tag in ("d", "u", "w", "TIME", "m", "q")
            ):
                return None
            i -= 1
        picked: list[Token] = []
        size = 0
        while i >= 0:
            t = left[i]
            w = self._word(t)
            if not self._inside(t, w, left[i - 1] if i > 0 else None, picked):
                break
            if size + len(w) > _MAX_LABEL:
                break
            picked.insert(0, t)
            size += len(w)
            i -= 1
        while picked and not self._may_open(picked, left):
            picked.pop(0)
        while picked and (picked[-1].tag in ("u", "p", "c") or self._word(picked[-1]) in _OPENING):
            picked.pop()
        if not any(t.tag in _NOMINAL for t in picked):
            return None
        if len(picked) == 1 and self._word(picked[0]) in _AGENTS:
            return None
        return picked[0].start, picked[-1].end

    def _rate_start(self, left: list[Token], i: int) -> int | None:
        """The index of 每 when ``left[i]`` ends a rate's unit (每学年, 每名学生), else None."""
        if left[i].tag not in _NOMINAL and left[i].tag != "TIME" or len(self._word(left[i])) > 3:
            return None
        k = i - 1
        if k >= 0 and left[k].tag == "q":
            k -= 1
        return k if k >= 0 and self._word(left[k]) == "每" else None

    def _inside(self, t: Token, w: str, before: Token | None, picked: list[Token]) -> bool:
        """May ``t`` be part of a measure's name, given what was picked to its right?"""
        if w == "的":
            return (
                bool(picked)
                and before is not None
                and (before.tag in _NOMINAL or before.tag == "a" or self._word(before) in _CLOSING)
            )  # 中国的占比, “三农”的支出
        if w in _CONJUNCTIONS:  # 黄标车和老旧车, 低保、特困供养: items joined into one measure
            return (
                bool(picked)
                and (picked[0].tag in _NOMINAL or picked[0].tag == "a")
                and before is not None
                and before.tag in _NOMINAL
            )
        if w in _SKIP or w in _REACH:
            return False
        if t.tag in _NOMINAL or t.tag in ("v", "a", "ad", "an", "f") and len(w) <= 3:
            return t.tag != "f" or w in ("内", "外")
        if w in _CLOSING or w in _OPENING:
            return True
        if (
            w == "的"
            or w in ("向", "对", "用于")
            or w in ("和", "与", "及", "、")
            and picked
            and picked[0].tag in _NOMINAL
        ):
            return bool(picked)
        return False

    def _may_open(self, picked: list[Token], left: list[Token]) -> bool:
        """A measure does not start with a verb, preposition, agent or (when more follows) its subject."""
        t = picked[0]
        w = self._word(t)
        if w in _MODIFIERS and len(picked) > 1:
            return True  # 人均预期寿命, 日均人流量: part of the measure
        nxt = picked[1] if len(picked) > 1 else None
        if (
            nxt is not None
            and (nxt.tag in _NOMINAL or nxt.tag == "a")
            and (t.tag == "a" and len(w) >= 2 or w in _OWNERS)
            and all(x.tag in ("n", "nz", "a") for x in picked[1:])  # 中央财政安排优抚事业费: the agent of an act
        ):
            return True  # 贫困发生率, 专项债券, 地方专项债券, 中央财政赤字: an attribute or owner of the measure
        if (
            t.tag in ("v", "a", "ad", "d", "p", "c", "u", "f")
            or w in ("的", "和", "与", "及", "、", "向", "对", "用于")
            or w in _CLOSING
        ):
            return False
        if w in _AGENTS and len(picked) > 1:
            return False
        if t.tag in ("LOC", "ORG") and len(picked) > 1 and picked[1].tag in _NOMINAL | {"v", "vn"}:
            return False  # 台湾GDP, 观音桥商圈社零总额: the subject, not the measure
        return True

    def _noun_phrase_after(self, right: list[Token]) -> tuple[int, int] | None:
        picked: list[Token] = []
        for i, t in enumerate(right):
            w = self._word(t)
            if not picked and (
                t.tag in ("q", "u") and w in _MEASURE_WORDS | {"的"} or w in ("余", "多", "左右", "以上")
            ):
                continue
            nxt = right[i + 1].tag if i + 1 < len(right) else ""
            if w == "的" and picked and picked[-1].tag == "a" and nxt in _NOMINAL:
                picked.append(t)  # 5组卓越的团队, 两次不幸的铁道事故
                continue
            if w in _SKIP or w in _LINKING and picked:
                break  # 1万户社宅做为婚育宅, 250位藥師參與盛會: what is counted ends before its verb
            if t.tag in _NOMINAL and t.tag not in ("LOC", "ORG") or t.tag in ("LOC", "ORG") and nxt in _NOMINAL:
                picked.append(t)
            elif (
                (t.tag == "a" or t.tag == "v" and (not picked or nxt == "n"))
                and (nxt in _NOMINAL or t.tag == "a" and nxt == "u")
                and len(w) <= 2
            ):
                picked.append(
                    t
                )  # 国际知名品牌, 农业转移人口: an attribute between nouns belongs to the phrase (集体获表彰 does not)
            else:
                break
            if picked[-1].end - picked[0].start >= 10:
                break
        while picked and picked[-1].tag not in _NOMINAL:
            picked.pop()
        if not picked:
            return None
        end = picked[-1].end
        if self.view.startswith(("（", "("), end):  # 28个省（区、市）: the bracket belongs to the name
            close = self.view.find("）" if self.view[end] == "（" else ")", end, end + 10)
            if close > 0:
                end = close + 1
        return picked[0].start, end

    def _respectively(self, vs: int, s0: int, clause_end: int, previous: list[tuple[int, int, str]]):
        """…10493元，…3255元，分别增长9.6%和6.2%: the k-th figure after 分别 changes the k-th of the figures before."""
        at = self.view.rfind("分别", s0, vs)
        if at < 0 or not previous:
            return None
        k = len(_NUMBER.findall(self.view, at, vs))
        n = len(_NUMBER.findall(self.view, at, clause_end))
        if n < 2 or n > len(previous) or k >= n:
            return None
        return previous[len(previous) - n + k]

    def _list_item(self, vs: int, s0: int, s1: int) -> tuple[int, int] | None:
        """``A、B和C分别为1、2、3``: the item of the figure at view offset ``vs``."""
        at = self.view.rfind("分别", s0, vs)
        if at < 0:
            return None
        head_start = s0
        for m in _BOUNDARY.finditer(self.view, s0, at):
            head_start = m.end()
        items = [m.span() for m in re.finditer(f"[^{_ITEM_SEPARATORS}]+", self.view[head_start:at])]
        if len(items) < 2:
            return None
        figures_before = len(re.findall(r"\d[\d.]*", self.view[at:vs]))
        if figures_before >= len(items):
            return None
        a, b = items[figures_before]
        return self._noun_phrase(self._tokens_between(head_start + a, head_start + b))
