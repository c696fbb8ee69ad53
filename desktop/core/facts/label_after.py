"""What the words after a figure name: the counted noun (``300所大学``), a category closed by 等, a short run of words.

``5万件家园复原慰问金的申请``: after a count, the nouns and short attributes that
follow are what it counts, up to the verb of what the counted do
(``2位得奖人提报总统府``); a list closed by 等 names its category after 等
(``178项节能、节水和资源综合利用等重大项目``); after an attribute closed by 的, the noun
after it (``还有四项未完成的议程``); never a goal (``迈向2025年800亿元目标``: the
figure's stance, not its measure); a noun the figure's last character was read into
(``2,350万人民``, ``三项期许``). :class:`After` adds these readings
to the noun-phrase grammar of :class:`facts.label_phrases.Phrases`;
:class:`facts.labels.Labeller` asks when nothing before a figure names its measure.
"""

from __future__ import annotations

import bisect
import re

from .label_phrases import _CLOSING, _CONJUNCTIONS, _LINKING, _MEASURE_WORDS, _NOMINAL, _OPENING, _SKIP, Phrases
from .tagger import Token

#: What may stand before a count's noun when it has no measure word (2,350万人民, 六亿多人口).
_MAGNITUDES = frozenset("万亿多余")
_CONJUNCTION_CHARS = frozenset("和与及或")
#: A figure that ends in a numeral or a magnitude has no measure word (1亿农业转移人口: its noun may hold a verb).
_UNCLASSIFIED = re.compile(r"[\d万亿千百十多余几两一二三四五六七八九零〇]")
#: What a goal after a figure is called (邁向2025年800億元目標): the figure's stance, not its measure.
_GOALS = frozenset({"目标", "目标值"})
#: A count that names what it counts (2,350萬人), an age or a length of time (103歲, 2個月): no noun after it is counted.
_NAMED_BY_UNIT = frozenset("人岁年月天日周时")


class After(Phrases):
    """The noun phrases after a figure (view offsets into ``analysis.view``)."""

    def noun_phrase_after(
        self, right: list[Token], *, classified: bool = False, event: bool = False
    ) -> tuple[int, int] | None:
        """What follows a figure names: a run of nouns and attributes. ``classified``: the figure ends in its
        measure word (300所, 2位), so its noun is whole before a verb (300所大学建立姐妹校: 大学). ``event``: that
        word counts events (次, 场), and a noun with the verb that closes the clause is one (8次总统直选)."""
        picked: list[Token] = []
        for i, t in enumerate(right):
            w = self.word(t)
            if not picked and (
                t.tag in ("q", "u") and w in _MEASURE_WORDS | {"的"} or w in ("余", "多", "左右", "以上")
            ):
                continue
            if not picked and w in _OPENING:  # 再找出4千多位「可能受難者」: a quoted name is what is counted
                close = next((k for k in range(i + 1, len(right)) if self.word(right[k]) in _CLOSING), None)
                if close is not None and close > i + 1 and right[close].start - t.end <= 20:
                    return t.end, right[close].start
                return None
            nxt = right[i + 1].tag if i + 1 < len(right) else ""
            if w == "的" and picked and picked[-1].tag == "a" and nxt in _NOMINAL:
                picked.append(t)  # 5组卓越的团队, 两次不幸的铁道事故
                continue
            if w in _SKIP or w in _LINKING and picked:
                break  # 1万户社宅做为婚育宅, 250位藥師參與盛會: what is counted ends before its verb
            if t.tag in _NOMINAL and t.tag not in ("LOC", "ORG") or t.tag in ("LOC", "ORG") and nxt in _NOMINAL:
                picked.append(t)
            elif classified and not picked and t.tag == "v" and len(w) == 2 and nxt in ("w", "d", "") and i == 0:
                return t.start, t.end  # 提出三項期許，包括…, 提出的四個堅持就…: a verb that closes the clause is a noun
            elif (
                (
                    t.tag == "a"
                    or t.tag == "v"
                    and (not picked or nxt == "n" and not self._acts_on(picked, t, right, i, classified))
                )
                and (nxt in _NOMINAL or t.tag == "a" and nxt in ("u", "a"))
                and len(w) <= 2
            ):
                # 国际知名品牌, 农业转移人口, 中小微型企业: attributes between or before nouns belong to the
                # phrase (集体获表彰 does not)
                picked.append(t)
            elif event and picked and t.tag == "v" and len(w) == 2 and nxt in ("w", ""):
                return picked[0].start, t.end  # 8次总统直选、3次政党轮替: the event is the noun and its verb
            else:
                break
            if picked[-1].end - picked[0].start >= 10:
                break
        while picked and picked[-1].tag not in _NOMINAL:
            picked.pop()
        if not picked:
            return None
        category = self._category_after(right, picked[-1])
        if category:
            return category
        end = picked[-1].end
        if self.view.startswith(("（", "("), end):  # 28个省（区、市）: the bracket belongs to the name
            close = self.view.find("）" if self.view[end] == "（" else ")", end, end + 10)
            if close > 0:
                end = close + 1
        return picked[0].start, end

    def _acts_on(self, picked: list[Token], verb: Token, right: list[Token], i: int, classified: bool) -> bool:
        """2位得奖人提报总统府, 11种癌症提供基因检测: after a counted noun, a verb of two characters and a noun of
        two or more begin what the counted do (邦/交/国, 得奖/人, 巡/护船 are one word the model split), unless
        的 follows the object and makes the whole one noun phrase."""
        if not classified or picked[-1].tag != "n" or i + 1 >= len(right):
            return False
        counted = picked[-1].end - picked[0].start
        if counted < 2 or len(self.word(verb)) < 2 or len(self.word(right[i + 1])) < 2:
            return False
        k = i + 1
        while k < len(right) and right[k].tag in _NOMINAL:
            k += 1
        return k == len(right) or self.word(right[k]) != "的"  # 5万件家园复原慰问金的申请: one noun phrase

    def _category_after(self, right: list[Token], first: Token) -> tuple[int, int] | None:
        """178项节能、节水和资源综合利用等重大项目: a list of items closed by 等 names its category after 等,
        and the category is what the figure counts or measures (重大项目, not the first item 节能)."""
        k = right.index(first) + 1
        if k >= len(right) or self.word(right[k]) not in _CONJUNCTIONS:
            return None
        while k < len(right) and (
            right[k].tag in _NOMINAL or right[k].tag in ("a", "c") or self.word(right[k]) in _CONJUNCTIONS
        ):
            k += 1
        if k < len(right) and self.word(right[k]) in ("等", "等等"):
            return self.noun_phrase_after(right[k + 1 :])
        return None

    def done_by_counted(self, right: list[Token]) -> tuple[int, int] | None:
        """七千多人出国留学, 吸引将近7千人报名参加, 已有20家于创新板上市: a count whose measure word no noun follows
        and whose clause ends in verbs (after the place 于/在 names) counts those who do what the verbs say; the
        verbs, with their place, are the label (what the counted are, not the act before the count)."""
        k, start = 0, right[0].start if right else 0
        if right and right[0].tag == "p" and self.word(right[0]) in ("于", "在"):
            k = 1
            while k < len(right) and right[k].tag in _NOMINAL:
                k += 1
            if k == 1 or k >= len(right):
                return None
            start = right[1].start
        rest = right[k:]
        if (
            not rest
            or rest[0].tag != "v"
            or self.word(rest[0]) in _SKIP
            or any(t.tag not in ("v", "vn", "n") for t in rest)
        ):
            return None
        return (start, rest[-1].end) if rest[-1].end - start <= 8 else None

    def words_after(self, right: list[Token], limit: int) -> tuple[int, int] | None:
        picked: list[Token] = []
        for t in right:
            if t.tag == "w" or sum(x.end - x.start for x in picked) + t.end - t.start > limit:
                break
            if not picked and (t.tag in ("u", "f") or self.word(t) in ("内", "来")):
                continue
            picked.append(t)
        return (picked[0].start, picked[-1].end) if picked else None

    def not_a_goal(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """邁向2025年800億元目標, 設下…減碳35%的目標, 以再增補3,000人為目標: a goal after a figure says the
        figure is a target (its stance), not what it measures; a count of goals (兩個目標) is still one."""
        return None if span and self.view[span[0] : span[1]] in _GOALS else span

    def counted_after_attribute(self, right: list[Token]) -> tuple[int, int] | None:
        """提到還有四項未完成的議程, 頒獎予兩位來自印尼的好朋友: a count whose measure word is followed by an
        attribute closed by 的 counts the noun after that 的, not the act before it."""
        k = next((i for i, t in enumerate(right) if self.word(t) == "的"), None)
        if not k or right[k].start - right[0].start > 16 or self.view[right[0].start - 1] in _NAMED_BY_UNIT:
            return None
        # 兩位以及你們的團隊, 「5年增補3,000人」的目標, 7位被提名人均可獲得立法院的支持: a conjunction, a mark, a
        # figure, 在 or 被 before the 的 say the count's own words ended there
        if any(t.tag in ("m", "TIME", "c", "w") or self.word(t) in ("在", "被") for t in right[:k]):
            return None
        return self.noun_phrase_after(right[k + 1 :])

    def _word_across(self, ve: int) -> tuple[int, int] | None:
        """2,350万人民, 六亿多人口, 2900多万家庭: a number of ten thousands or more counts a noun with no measure
        word, and the figure read the noun's first character as one; the noun is what is counted. Only a
        two-character noun after 万/亿 (三项期许, 40家具潜力企业, 860万人和880万人 are other words)."""
        i = bisect.bisect_right(self._starts, ve - 1) - 1
        if i < 0 or ve < 2:
            return None
        t = self.tokens[i]
        if not (t.start == ve - 1 and t.end == ve + 1 and t.tag == "n") or self.view[ve] in _CONJUNCTION_CHARS:
            return None
        return (t.start, t.end) if self.view[ve - 2] in _MAGNITUDES else None

    def _counted_across(self, ve: int) -> tuple[int, int] | None:
        """总统提出三项期许, 三个期许与大家共勉, 200床长照病房: the model read a count's measure word and the
        first character of its noun as one word (三项期/n 许/v, 床长/n 照/v); that character, the one-character
        word after it and the nouns that follow are what is counted."""
        i = bisect.bisect_right(self._starts, ve - 1) - 1
        if i < 0 or i + 1 >= len(self.tokens) or _UNCLASSIFIED.match(self.view, ve - 1):
            return None
        t, nxt = self.tokens[i], self.tokens[i + 1]
        if not (t.start < ve and t.end == ve + 1 and t.tag in ("n", "m") and nxt.start == t.end):
            return None
        if nxt.end - nxt.start != 1 or nxt.tag not in ("n", "v"):
            return None
        end, k = nxt.end, i + 2
        while k < len(self.tokens) and self.tokens[k].start == end and self.tokens[k].tag in ("n", "nz", "vn"):
            end, k = self.tokens[k].end, k + 1
        return ve, end
