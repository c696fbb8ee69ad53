"""People, organisations, places and quoted terms: the LAC model, sharpened by rules.

Method (scored by ``make quality`` on the People's Daily dev set, both scripts):

1. **Model.** Baidu LAC's ``PER``/``ORG``/``LOC`` words (:mod:`facts.tagger`),
   on the Simplified view of the text.
2. **Corrections the dev set shows**, each a small named function below:
   a place + ``队``/``国会``/``代表团`` is an organisation (``中国队``); a name
   ending in an organisation word is one (``…管理办公室``, even when the model
   says place); ``X政府`` is the place X; a word made only of one-character
   place abbreviations is one place per character (``中美`` = 中 + 美, ``访华``,
   ``中方``); institutions the model reads as plain nouns (``海军``, ``總統府``,
   ``十五大``); noise the model reads as people (``惠企``, ``如虹``, ``向南``,
   ``90后``) is dropped.
3. **Patterns** for what the model misses: bylines (``通讯员 吴嘉雯 黄丽丽``),
   a title right before a name (``外交部主任秘書唐殿文``), a foreign name with its
   Latin alias in brackets (``李睿德（Brad Little）``: one person, the alias is
   its canonical form).
4. **Document consistency.** A name found once is marked at every mention; a
   short form (``商圈办``, ``建行``) is linked to the full name it abbreviates
   (its ``canonical``).

Terms are text in “…”, 「…」, 『…』 and 《…》, quotes included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import org_endings
from .lexicon import words as lexicon
from .mentions import Coverage, every_mention, short_forms
from .people import aliases, people_patterns, person_shapes
from .tagger import Analysis, Token

_REGION_TAIL = re.compile(r"(?:地区|东南部|西南部|东北部|西北部|南部|北部|东部|西部|中部|流域|一带|境内|族)$")
_MODEL_KINDS = {"PER": "person", "ORG": "organization", "LOC": "place"}
_TERM = re.compile(r"“[^“”\n]{1,30}”|「[^「」\n]{1,30}」|『[^『』\n]{1,30}』|《[^《》\n]{1,40}》")
_CONGRESS = re.compile(
    r"(?:中共|党的)?十[一二三四五六七八九]?[大届](?:[一二三四五六七]中全会)?(?=[，。、的报提精召期以上会]|$)"
)
_NOT_CJK = re.compile(r"[^\u4e00-\u9fff·]")


@dataclass(frozen=True, slots=True)
class Mention:
    """One name in the text: ``[start, end)`` offsets into the text as written.

    ``role`` is a person's title or byline role (``通讯员``); ``canonical`` is the
    full name a short form stands for, or a person's name with its alias
    (``李睿德 (Brad Little)``); empty when the mention is its own canonical form.
    """

    kind: str
    start: int
    end: int
    role: str = ""
    canonical: str = ""


def find_names(analysis: Analysis) -> list[Mention]:
    """Every person, organisation, place and term of ``analysis.text``, sorted by start."""
    view = analysis.view
    spans = _model_spans(analysis.tokens, view)
    spans = _extend_organisations(spans, analysis.tokens, view)
    spans = _extend_places(spans, analysis.tokens, view)
    spans = _complete_bare_organisations(spans, analysis.tokens, view)
    spans = [s for s in spans if not _noise(s, view, analysis.tokens)]
    spans = person_shapes(spans, analysis.tokens, view)
    spans += _institutions(analysis.tokens, view, spans)
    spans += _suffix_organisations(analysis.tokens, view, spans)
    spans = _join_place_organisation(spans)
    spans += _abbreviations(analysis.tokens, view, spans)
    spans, roles = people_patterns(view, spans)
    spans, canonical = aliases(view, spans)
    spans = every_mention(analysis.tokens, view, spans)
    spans, short = short_forms(analysis.tokens, view, spans)
    canonical.update(short)
    out: list[Mention] = []
    for kind, s, e in spans:
        name = view[s:e]
        start, end = analysis.source_span(s, e)
        out.append(Mention(kind, start, end, roles.get(name, ""), canonical.get(name, "")))
    text = analysis.text
    out += [Mention("term", m.start(), m.end()) for m in _TERM.finditer(text)]
    out.sort(key=lambda m: (m.start, -m.end))
    return out


# -- 1. the model ---------------------------------------------------------------


def _model_spans(tokens: list[Token], view: str) -> list[tuple[str, int, int]]:
    out = []
    for t in tokens:
        kind = _MODEL_KINDS.get(t.tag)
        if kind is None:
            continue
        word = view[t.start : t.end]
        if kind != "person" and word.endswith("政府") and len(word) > 2:
            out.append(("place", t.start, t.end - 2))  # 中国政府: the annotation (and a reader) names the place
            continue
        pairs = _abbreviation_words().get(word)
        if kind in ("place", "organization") and pairs and len(pairs) == len(word):
            out.extend(("place", t.start + i, t.start + i + 1) for i in pairs)  # 中美, 中葡: one place a character
            continue
        if kind == "place":
            trimmed = _REGION_TAIL.sub("", word)
            if len(trimmed) >= 2 and trimmed != word:
                out.append(("place", t.start, t.start + len(trimmed)))  # 中东地区, 保加利亚南部: the place itself
                continue
        if kind == "organization":
            head = _institution_before_title(word)
            if head:
                out.append(("organization", t.start, t.start + len(head)))  # 泰中友协会长
                continue
        if kind == "place" and _ends_with_org_word(word):
            kind = "organization"  # 江北区观音桥商圈管理办公室 is tagged a place
        out.append((kind, t.start, t.end))
    return out


def _is_abbreviation_run(word: str) -> bool:
    """中美, 京津冀: two or more one-character place abbreviations and nothing else."""
    singles = lexicon("abbreviations")
    return 2 <= len(word) <= 4 and all(c in singles for c in word) and word not in lexicon("whole_places")


def _ends_with_org_word(word: str) -> bool:
    suffixes = lexicon("org_suffixes")
    return any(len(word) > len(s) and word.endswith(s) and len(s) >= 2 for s in suffixes)


# -- 2. corrections --------------------------------------------------------------


def _extend_organisations(spans, tokens: list[Token], view: str):
    """A place or organisation followed by a team / legislature word is one organisation (中国队, 美国国会)."""
    heads = lexicon("team_heads")
    starts = {t.start: i for i, t in enumerate(tokens)}
    out = []
    for kind, s, e in spans:
        i = starts.get(s)
        if kind in ("place", "organization") and i is not None:
            j = i
            while j + 1 < len(tokens) and tokens[j].end == e and tokens[j + 1].start == e:
                nxt = view[tokens[j + 1].start : tokens[j + 1].end]
                if nxt in heads:
                    kind, e = "organization", tokens[j + 1].end
                    j += 1
                    continue
                break
        out.append((kind, s, e))
    return out


def _join_place_organisation(spans):
    """A place right before an organisation is part of its name (法国 + 内政部, 俄罗斯 + 国家杜马)."""
    spans = sorted(set(spans), key=lambda x: (x[1], -x[2]))
    out: list[tuple[str, int, int]] = []
    for span in spans:
        kind, s, e = span
        if out and out[-1][1] <= s < out[-1][2]:
            if kind == "organization" and out[-1][0] == "place" and e > out[-1][2]:
                out[-1] = ("organization", out[-1][1], e)
            elif out[-1][0] == "organization" and kind == "place" and e <= out[-1][2]:
                pass  # 中国 inside 中国检察日报社 is the organisation's own name
            elif out[-1][2] >= e:
                continue
            else:
                out.append(span)
            continue
        if kind == "organization" and out and out[-1][0] == "place" and out[-1][2] == s:
            out[-1] = ("organization", out[-1][1], e)
            continue
        out.append(span)
    return out


def _complete_bare_organisations(spans, tokens: list[Token], view: str):
    """An organisation that is only an organisation word (党工委, 办公室) takes the nouns before it (商圈党工委)."""
    suffixes = lexicon("org_suffixes")
    index = {t.start: i for i, t in enumerate(tokens)}
    out = []
    for kind, s, e in spans:
        i = index.get(s)
        if kind == "organization" and i is not None and view[s:e] in suffixes:
            j = i
            while (
                j > 0
                and tokens[j - 1].end == tokens[j].start
                and tokens[j - 1].tag in ("n", "nz", "LOC")
                and e - tokens[j - 1].start <= 12
                and view[tokens[j - 1].start : tokens[j - 1].end] not in ("电", "讯")
            ):
                j -= 1
            s = tokens[j].start
        out.append((kind, s, e))
    return out


def _extend_places(spans, tokens: list[Token], view: str):
    """A place followed by a district word is one larger place (观音桥 + 商圈)."""
    heads = lexicon("place_heads")
    starts = {t.start: t for t in tokens}
    out = []
    for kind, s, e in spans:
        if kind == "place":
            nxt = starts.get(e)
            if nxt is not None and view[nxt.start : nxt.end] in heads:
                e = nxt.end
        out.append((kind, s, e))
    return out


def _noise(span: tuple[str, int, int], view: str, tokens: list[Token]) -> bool:
    kind, s, e = span
    word = view[s:e]
    if kind == "person":
        # 3.91卢比: a "name" right after a number is a unit of currency or measure.
        after_number = s > 0 and (view[s - 1].isdigit() or view[s - 1] in "一二三四五六七八九十百千万亿两")
        return word in lexicon("noise") or after_number or bool(_NOT_CJK.search(word.replace("·", "")))
    if kind == "organization":
        return word[:1].isdigit() or word in ("电", "讯") or word in lexicon("noise")  # 90后; 新华社北京电's 电
    # 市委's 市, 省政府's 省: one character is a place only when it is a known short name (中, 美).
    return (len(word) == 1 and word not in lexicon("abbreviations")) or word in lexicon("noise")


@lru_cache(maxsize=1)
def _institution_pattern() -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, lexicon("institutions")), key=len, reverse=True)))


def _institutions(tokens: list[Token], view: str, spans):
    """Institutions the model reads as common nouns (海军, 国会, 總統府) and party congresses (十五大)."""
    taken = Coverage(spans)
    out = []
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    for m in _institution_pattern().finditer(view):
        # on the model's word boundaries: 經濟部 split as 经济 + 部 still counts, 经济部门 does not
        if m.start() in starts and m.end() in ends and not taken.overlaps(m.start(), m.end()):
            out.append(("organization", m.start(), m.end()))
            taken.add(m.start(), m.end())
    for m in _CONGRESS.finditer(view):
        s = m.start() + (2 if m.group(0).startswith("党的") else 0)
        if not taken.overlaps(s, m.end()):
            out.append(("organization", s, m.end()))
            taken.add(s, m.end())
    return out


def _abbreviations(tokens: list[Token], view: str, spans):
    """One-character places inside words (华裔, 中方, 访华, 中美关系) and places read as nouns (地球, 海湾)."""
    taken = Coverage(spans)
    starts = {t.start for t in tokens}
    places, whole = lexicon("places"), lexicon("whole_places")
    out = []
    for t in tokens:
        word = view[t.start : t.end]
        # 台中 read as a place word (s): Taichung, one place, not 台 + 中
        known = word in places or (t.tag == "s" and word in whole)
        if t.tag != "PER" and known and not taken.overlaps(t.start, t.end):
            out.append(("place", t.start, t.end))
            taken.add(t.start, t.end)
    positions = _abbreviation_words()
    for m in _abbreviation_pattern().finditer(view):
        if m.start() not in starts:
            continue
        for i in positions[m.group(0)]:
            s = m.start() + i
            if not taken.overlaps(s, s + 1):
                out.append(("place", s, s + 1))
                taken.add(s, s + 1)
    for t in tokens:
        word = view[t.start : t.end]
        if t.tag in ("n", "nz", "v", "vn", "s", "f") and _is_abbreviation_run(word):
            for i in range(len(word)):
                if not taken.overlaps(t.start + i, t.start + i + 1):
                    out.append(("place", t.start + i, t.start + i + 1))
    return out


@lru_cache(maxsize=1)
def _abbreviation_words() -> dict[str, tuple[int, ...]]:
    out = {}
    for entry in lexicon("abbreviation_words"):
        word, _, where = entry.partition(":")
        out[word] = tuple(int(c) for c in where)
    return out


@lru_cache(maxsize=1)
def _abbreviation_pattern() -> re.Pattern:
    return re.compile("|".join(sorted(map(re.escape, _abbreviation_words()), key=len, reverse=True)))


def _suffix_organisations(tokens: list[Token], view: str, spans):
    """Nouns ending in an organisation word (…领导小组, 外交部 of 外交部长) the model did not mark."""
    taken = Coverage(spans)
    out = []
    for i, t in enumerate(tokens):
        word = view[t.start : t.end]
        if t.tag not in _NOMINAL or taken.overlaps(t.start, t.end):
            continue
        end = t.end
        titled = _institution_before_title(word)
        if titled:
            end = t.start + len(titled)  # 外交部长: the ministry is 外交部; 市委书记: 市委
            word = titled
        if not _org_word_end(word) and not (titled and word in lexicon("institutions")):
            continue
        start = t.start
        j = i
        while (
            j > 0 and tokens[j - 1].end == start and tokens[j - 1].tag in _NOMINAL and end - tokens[j - 1].start <= 14
        ):
            if taken.overlaps(tokens[j - 1].start, tokens[j - 1].end) and tokens[j - 1].tag not in ("LOC", "ORG"):
                break
            j -= 1
            start = tokens[j].start
        if end - start <= len(_suffix_of(word)) or not _cjk_only(view[start:end]):
            continue
        if (
            not titled
            and not any(tk.tag in _PROPER for tk in tokens[j : i + 1])
            and not (j < i and len(_suffix_of(word)) >= 3)
        ):
            continue  # 保险公司, 地方政府: a kind of organisation, not one by name (but 商圈党工委 is one)
        out.append(("organization", start, end))
        taken.add(start, end)
    return out


_NOMINAL = frozenset("n nz nw vn an s LOC ORG".split())
_PROPER = frozenset("nz nw LOC ORG".split())
#: Titles that end in a ministry's last character: 部长 → 部, 局长 → 局.
_HEAD_TITLES = frozenset("部长 局长 厅长 署长 处长 院长 所长 校长 行长".split())
_WEAK_ENDINGS = ("冠军", "亚军", "季军", "社会", "机会", "大会", "晚会", "宴会", "都会", "干部", "内部", "全部", "局部")
_ONE_CHAR_ORG = "部局厅署处院委办队党军网"


#: What follows an institution inside one word: 外交部长, 市委书记, 省委常委, 国务院发言人.
_TITLE_AFTER = ("发言人", "书记", "常委", "主任", "主席", "委员", "官员", "长")


def _institution_before_title(word: str) -> str:
    """``外交部长`` → ``外交部``; ``市委书记`` → ``市委``; else ``""``."""
    for title in _TITLE_AFTER:
        if len(word) > len(title) + 1 and word.endswith(title):
            head = word[: -len(title)]
            if (
                head in lexicon("institutions")
                or (len(head) >= 3 and head[-1] in "部局委厅署院处")
                or (title == "长" and len(head) >= 3 and head[-1] in "部局厅署处院所校行会")
            ):
                return head
    return ""


def _org_word_end(word: str) -> bool:
    if word.endswith(_WEAK_ENDINGS):
        return False
    suffix = _suffix_of(word)
    if len(suffix) >= 2:
        return True
    return len(word) >= 3 and word[-1] in _ONE_CHAR_ORG


def _suffix_of(word: str) -> str:
    """The longest organisation word (two characters or more) ending ``word``, else its last character."""
    found = org_endings(word)
    return next((s for s in found if len(s) >= 2), word[-1:])


def _cjk_only(word: str) -> bool:
    return not _NOT_CJK.search(word)
