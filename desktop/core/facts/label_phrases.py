"""Reading a measure's noun phrase from the model's tagged words: the grammar every label rule shares.

A measure's name is a run of nouns, verbal nouns and short attributes, with
``的``, quotes and verbs allowed only between nouns (``城镇新增就业``,
``财政用于“三农”的支出``), cut at numbers, times, punctuation and the skip-words
(verbs of reaching, qualifiers, fillers), and never opened by a verb, a
preposition, an agent or its subject (``观音桥商圈社零总额`` → ``社零总额``).
:class:`Phrases` reads such runs before a figure and as an act (``获利``);
what follows a figure (what a count counts) is read by :class:`facts.label_after.After`,
a sentence's earlier clauses by :class:`facts.label_topics.Topics`; the rules that
choose among them are :class:`facts.labels.Labeller`'s. Offsets are into the
Simplified view; :meth:`Phrases.written` gives a span as written in the text.
The word lists are data (``lexicon/label_*.txt``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .lexicon import longest_first, words
from .tagger import Analysis, Token

_BOUNDARY = re.compile(r"[，,；;：:。！？!?（）()\n—…\[\]【】]")
_CONJUNCTIONS = frozenset("、 和 与 及 或 以及".split())
#: Nominal parts of speech: noun, proper noun, work, verbal noun, nominal adjective, place word, names.
_NOMINAL = frozenset("n nz nw vn an s LOC ORG".split())
_REACH = words("label_reach")
_AGENTS = words("label_agents")
_OWNERS = words("label_owners")
_LINKING = words("label_linking")
_MODIFIERS = words("label_modifiers")
_MEASURE_WORDS = words("label_counters")
_MAX_LABEL = 16
#: Spaces between Chinese characters, or a Chinese character and a Latin letter (占 GDP 比重); spaces between
#: two Latin words stay, and so does one before a number (一起養 2.0, a version).
_CJK_SPACE = re.compile(r"(?<=[^\x00-\x7f])[ \u3000]+(?=[^\x00-\x7f]|[A-Za-z])|(?<=[A-Za-z])[ \u3000]+(?=[^\x00-\x7f])")
#: What the model may split off a figure as a noun of its own (二十八/m 万人/n, 413/m 万人/n).
_FIGURE_TAIL = re.compile(r"[万亿]?(?:人|人次|户|元|吨)")
_OPENING = frozenset("“ 「 『 《 （ (".split())
#: An ordinal of a stage (第二期, 第一阶段) names which of a programme's stages: part of its name.
_ORDINAL = re.compile(r"第[一二三四五六七八九十\d]+(?:期|阶段|批|轮)")
_CLOSING = frozenset("” 」 』 》 ） )".split())
#: A bracket that says what a measure takes in or leaves out (工资总额（包括奖金在内）, 机床（不包括简易机床，下同）,
#: 粮食（不包括大豆）的产量): no part of the measure's grammar, the phrase reads on across it.
GLOSS = re.compile(r"[（(](?:不?包括|不?含)[^（）()。；]{0,16}[）)]|[（(][^（）()，。；]{0,10}在内[）)]")
#: After 计划, the words stating what is planned (投资总额计划为…, 粮食产量计划达到…, 计划由…增加到…).
_PLANNED_AS = frozenset("为 达到 要达到 由 从 比".split())
#: Averaging words the model reads as nouns; after a measure they belong to the figure (…年均1270多万人).
_PER_YEAR = frozenset("年均 平均 年平均".split())
#: Heads that say how many and not of what (人数, 户数, 对象): the clause before their 的 says who is counted.
_COUNT_HEADS = frozenset("人数 家数 户数 件数 人次 对象 人口".split())


class _SkipWords:
    """The skip-words (``lexicon/label_skip.txt``) and every two-character word made of two of them:
    共达, 已达, 均为, 约为 are 共/已/均/约 + 达/为, as the listed 已有 and 约有 are (…灌溉面积，共达十亿零七千万亩 was labelled 共达)."""

    def __init__(self, listed: frozenset[str]) -> None:
        self.listed = listed

    def __contains__(self, word: object) -> bool:
        return word in self.listed or (
            isinstance(word, str) and len(word) == 2 and word[0] in self.listed and word[1] in self.listed
        )


_SKIP = _SkipWords(words("label_skip"))


@dataclass(frozen=True, slots=True)
class Label:
    """``text`` as written (``销售总额 同比增长``); ``measure`` its measure part; ``change_of`` the
    ``(start, end)`` of the figure a change is a change of, else ``None``."""

    text: str
    measure: str
    change_of: tuple[int, int] | None = None


def _rate_read_as_adjective(tag: str, w: str) -> bool:
    """所得税实际最低税负率/a: a rate's name the model reads as an adjective."""
    return tag == "a" and len(w) > 1 and w.endswith("率")


def measure_heads() -> tuple[str, ...]:
    """The nouns that end a measure's name (``lexicon/measure_heads.txt``), longest first."""
    return longest_first("measure_heads")


class Phrases:
    """The noun phrases of one analysed text (view offsets into ``analysis.view``)."""

    def __init__(self, analysis: Analysis) -> None:
        self.a = analysis
        self.view = analysis.view
        self.tokens = analysis.tokens
        self._starts = [t.start for t in self.tokens]

    def written(self, span: tuple[int, int] | None) -> str:
        """The view span ``span`` as written in the text, without the spaces some releases put beside Chinese
        characters (``占 GDP 比重``): a label's space separates its measure from its change."""
        if not span:
            return ""
        s, e = self.a.source_span(*span)
        text = self.a.text[s:e]
        return _CJK_SPACE.sub("", text) if " " in text or "\u3000" in text else text

    def word(self, t: Token) -> str:
        return self.view[t.start : t.end]

    def tokens_between(self, start: int, end: int) -> list[Token]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.tokens) and self.tokens[i].end <= end:
            out.append(self.tokens[i])
            i += 1
        return out

    def offset_in(self, tokens: list[Token], k: int) -> int:
        """View offset of character ``k`` of the concatenated words of ``tokens``."""
        for t in tokens:
            size = t.end - t.start
            if k < size:
                return t.start + k
            k -= size
        return tokens[-1].end if tokens else 0

    def as_label(self, span: tuple[int, int] | None) -> Label:
        text = self.written(span)
        return Label(text, text)

    def noun_phrase(self, left: list[Token], *, adjacent: bool = True) -> tuple[int, int] | None:
        """The measure phrase ending the token run ``left`` (``城镇居民人均可支配收入``).

        A run of words that may sit inside a measure's name — nouns, verbal nouns,
        attributes, ``的``, quotes, and verbs between them — cut at numbers,
        times, punctuation and skip-words, then stripped of a leading subject,
        agent, verb or preposition. ``adjacent``: only skip-words (实现, 达到, 约,
        超过…) may stand between the phrase and the end of ``left``; else the
        last phrase of the run is taken.
        """
        left = self._without_glosses(left)
        i = len(left) - 1
        while i >= 0:
            if i == len(left) - 1 and self.figure_tail(
                left, i
            ):  # 从一九八○年的二十八万人增加到: the 万人 is the figure's own
                i -= 1
                continue
            rate = self._rate_start(left, i)
            if rate is not None:  # 每学年3万5,000元, 每名学生每学期5千元: a rate's unit, not the measure
                i = rate - 1
                continue
            if self.word(left[i]) in ("新高", "新低"):  # 国防总预算达到历史新高的6,007亿: a record says how high
                i -= 2 if i > 0 and self.word(left[i - 1]) in ("历史", "史上", "历年") else 1
                continue
            reaching = left[i].tag == "vn" and (self.word(left[i]) in _SKIP or self.word(left[i]) in _REACH)
            if (left[i].tag in _NOMINAL or _rate_read_as_adjective(left[i].tag, self.word(left[i]))) and not reaching:
                break  # a verb of reaching used as a noun (预估) is skipped: 全球经济成长率的预估也从3.3%…
            if self.word(left[i]) in _CLOSING:
                break
            if adjacent and self.word(left[i]) in ("和", "与", "及", "并", "、", "或"):
                return None  # …投资金额及4万个就业机会: the phrase before a conjunction is another item's
            if adjacent and not (
                self.word(left[i]) in _SKIP
                and left[i].tag != "p"
                or reaching  # 健保总额预算核定/vn 约9,286亿元: a verb of reaching read as a noun
                or left[i].tag in ("d", "u", "w", "TIME", "m", "q")
            ):
                return None
            i -= 1
        picked: list[Token] = []
        size = 0
        while i >= 0:
            t = left[i]
            w = self.word(t)
            if not self._inside(t, w, left[i - 1] if i > 0 else None, picked):
                break
            if size + len(w) > _MAX_LABEL:
                break
            picked.insert(0, t)
            size += len(w)
            i -= 1
        stopper = left[i] if i >= 0 else None
        dropped: list[Token] = []
        while picked and not self._may_open(picked, left):
            dropped.append(picked.pop(0))
        while picked and (
            picked[-1].tag in ("u", "p", "c") or self.word(picked[-1]) in _OPENING or self.word(picked[-1]) in _PER_YEAR
        ):
            picked.pop()  # 城镇新增就业年均1270多万人: 年均 says how the figure is taken, not what it measures
        picked = self._counted_by_clause(left, self._head_of_relative(picked, dropped, stopper))
        if picked and self.word(picked[-1]) == "计划":
            at = left.index(picked[-1])
            if at + 1 < len(left) and self.word(left[at + 1]) in _PLANNED_AS:
                picked.pop()  # 粮食产量计划达到…: 计划 says the figure is planned (基本建设计划就只完成了: the plan)
        if not any(t.tag in _NOMINAL for t in picked):
            return None
        if self.word(picked[-1]) in _AGENTS:
            return None  # 政府, and a phrase that ends in one (日本政府, 「…」政策政府编列): who acts, not what
        if not dropped and i >= 1 and self.word(left[i]) in ("以上", "以下") and left[i - 1].tag == "m":
            return left[i - 1].start, picked[-1].end  # 65岁以上人口: the bound names which part of the measure
        return picked[0].start, picked[-1].end

    def _without_glosses(self, tokens: list[Token]) -> list[Token]:
        """``tokens`` less the words of a gloss bracket (工资总额（包括奖金在内）比上年增加: 工资总额 is the measure)."""
        if not tokens:
            return tokens
        glosses = [m.span() for m in GLOSS.finditer(self.view, tokens[0].start, tokens[-1].end)]
        if not glosses:
            return tokens
        return [t for t in tokens if not any(a <= t.start and t.end <= b for a, b in glosses)]

    def figure_tail(self, tokens: list[Token], i: int) -> bool:
        """``tokens[i]`` is the end of the figure right before it that the model split off (二十八/m 万人/n)."""
        return (
            i > 0
            and tokens[i - 1].tag == "m"
            and tokens[i - 1].end == tokens[i].start
            and _FIGURE_TAIL.fullmatch(self.word(tokens[i])) is not None
        )

    def _head_of_relative(self, picked: list[Token], dropped: list[Token], stopper: Token | None) -> list[Token]:
        """享受劳动保险待遇的职工, 完成四种计划的企业: when the verb or the number of a clause before 的 was
        cut off, the rest of that clause is no measure either; the head noun after 的 is (职工, not 待遇的职工)."""
        cut = any(t.tag == "v" for t in dropped) or stopper is not None and stopper.tag in ("m", "q")
        ofs = [k for k, t in enumerate(picked[:-1]) if self.word(t) == "的"]
        return picked[ofs[-1] + 1 :] if cut and ofs else picked

    def _counted_by_clause(self, left: list[Token], picked: list[Token]) -> list[Token]:
        """兽医师执业的人数, 参加新型农村合作医疗的人口, 所关怀的对象: a head that only counts (人数, 对象) names
        nothing alone; the clause before its 的 (a verb with its subject or object nouns) says who is counted."""
        if len(picked) != 1 or self.word(picked[0]) not in _COUNT_HEADS:
            return picked
        k = next(k for k, t in enumerate(left) if t.start == picked[0].start)
        clause: list[Token] = []
        j, size = k - 2, 0
        while k >= 2 and self.word(left[k - 1]) == "的" and j >= 0 and left[j].tag in ("v", "vn", "n", "nz", "an", "a"):
            w = self.word(left[j])
            if w in _SKIP or w in _REACH or left[j].tag == "a" and len(w) > 2 or size + len(w) > _MAX_LABEL - 3:
                break
            clause.insert(0, left[j])
            size += len(w)
            j -= 1
        return clause + left[k - 1 : k + 1] if any(t.tag == "v" for t in clause) else picked

    def _rate_start(self, left: list[Token], i: int) -> int | None:
        """The index of 每 when ``left[i]`` ends a rate's unit (每学年, 每名学生), else None."""
        if left[i].tag not in _NOMINAL and left[i].tag != "TIME" or len(self.word(left[i])) > 3:
            return None
        k = i - 1
        if k >= 0 and left[k].tag == "q":
            k -= 1
        return k if k >= 0 and self.word(left[k]) == "每" else None

    def _inside(self, t: Token, w: str, before: Token | None, picked: list[Token]) -> bool:
        """May ``t`` be part of a measure's name, given what was picked to its right?"""
        if t.tag == "m" and _ORDINAL.fullmatch(w):
            return bool(picked) and picked[0].tag in _NOMINAL  # 第二期计划从今年到2027年将投入63亿元
        if w == "的":
            return (
                bool(picked)
                and before is not None
                and (before.tag in _NOMINAL or before.tag == "a" or self.word(before) in _CLOSING)
            )  # 中国的占比, “三农”的支出
        if w in _CONJUNCTIONS:  # 黄标车和老旧车, 低保、特困供养: items joined into one measure
            return (
                bool(picked)
                and (picked[0].tag in _NOMINAL or picked[0].tag == "a")
                and before is not None
                and before.tag in _NOMINAL
            )
        if w in _SKIP or w in _REACH:
            return t.tag == "vn" and bool(picked) and self.word(picked[0]) == "强度"  # 研发经费投入强度: a name
        if _rate_read_as_adjective(t.tag, w):
            return True
        if t.tag in _NOMINAL or t.tag in ("v", "a", "ad", "an", "f") and len(w) <= 3:
            return t.tag != "f" or w in ("内", "外")
        if t.tag == "d" and len(w) == 3 and w.endswith("性") and picked:
            return True  # 中央预算内经常性建设投资: an attribute in 性 the model reads as an adverb
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
        w = self.word(t)
        if w == "国" and self.view[t.start - 1 : t.start] == "我":
            return (
                False  # 我国人口, 我国的钢产量: the model reads 我/r 国/n, and 我国 is whose measure, not the measure
            )
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
        if t.tag == "a" and len(w) == 1 and nxt is not None and nxt.start == t.end and nxt.tag in ("n", "nz"):
            # 低收入户学生, 总经费: a one-character attribute written against its noun is one word with it (not
            # the 年 of 1979年轻工业总产值, which the model reads as 1979/TIME 年/a 轻/n)
            k = bisect.bisect_left(self._starts, t.start)
            return k == 0 or self.tokens[k - 1].tag not in ("m", "TIME") or self.tokens[k - 1].end < t.start
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

    def names_only(self, span: tuple[int, int]) -> bool:
        """The span is a place, organisation or agent and nothing else."""
        tokens = self.tokens_between(*span)
        return len(tokens) == 1 and (tokens[0].tag in ("LOC", "ORG", "PER") or self.word(tokens[0]) in _AGENTS)

    def act(self, left: list[Token]) -> tuple[int, int] | None:
        """获利3至4兆元, 成功授信331户: when no noun names the measure, the act itself does."""
        i = len(left) - 1
        while i >= 0 and (
            self.word(left[i]) in _SKIP
            or left[i].tag in ("d", "p", "u", "m", "q", "w")
            or self.word(left[i]).startswith("每")  # 补助第一胎每个月7,000元: a rate and an item, then the act
        ):
            i -= 1
        if i >= 0 and left[i].tag in ("v", "vn") and len(self.word(left[i])) >= 2 and self.word(left[i]) not in _REACH:
            # 外商直接投资, 家长…负担, 中央预算内经常性建设投资, 保障性安居工程住房基本建成: the phrase the act
            # belongs to (nouns, attributes, short verbs and adverbs between them), stripped of a leading verb
            picked, j = [left[i]], i - 1
            while j >= 0 and left[i].end - left[j].start <= _MAX_LABEL:
                t, w = left[j], self.word(left[j])
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
            if len(picked) > 1 and self.word(picked[0]) in _PER_YEAR:
                picked.pop(0)  # 年均超收, 年均临时救助: 年均 says how the figure is taken
            return picked[0].start, left[i].end
        return None
