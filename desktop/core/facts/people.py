"""People: bylines, titles and Latin aliases, and the people the model cut short or padded.

Spans are ``(kind, start, end)`` in the Simplified view of the text (see :mod:`facts.names`).
"""

from __future__ import annotations

import re

from .lexicon import words as lexicon
from .mentions import Coverage
from .tagger import Token

_LATIN_ALIAS = re.compile(r"[（(]\s*([A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){0,4})\s*[）)]")
_BYLINE = re.compile(
    r"(?:通讯员|记者|实习生|摄影|撰稿)[ \t:：]*(?P<names>[\u4e00-\u9fff]{2,3}(?:[ \t、,，]+[\u4e00-\u9fff]{2,3})*)"
)


#: Honorifics after a bare surname (胡老, 郑某, 李先生, 毛主席): the annotation, like a reader, names the surname.
_HONORIFICS = (
    "先生",
    "女士",
    "小姐",
    "老师",
    "同志",
    "师傅",
    "大娘",
    "大爷",
    "大妈",
    "教授",
    "主席",
    "总理",
    "外长",
    "部长",
    "书记",
    "局长",
    "市长",
    "县长",
    "老",
    "某",
    "家",
    "总",
    "氏",
    "公",
)
_NOT_NAME_ENDINGS = set("也都就还又才再便却已曾将要会能不没很最更只仅均亦正刚早说的了是在和与")


def person_shapes(spans, tokens: list[Token], view: str):
    """People the model cut or padded: 胡老 → 胡; 斯卡尔 + 法罗 → 斯卡尔法罗; 赵致 + 真 → 赵致真."""
    surnames = lexicon("surnames")
    letters = lexicon("transliteration")
    letter_set = set("".join(letters))
    index = {t.start: i for i, t in enumerate(tokens)}
    out = []
    for kind, s, e in spans:
        if kind == "person":
            word = view[s:e]
            honorific = next(
                (h for h in _HONORIFICS if word.endswith(h) and len(word) - len(h) == 1 and word[0] in surnames), None
            )
            if honorific:
                e = s + 1
            else:
                i = index.get(s)
                j = i
                while j is not None and j + 1 < len(tokens) and tokens[j + 1].start == tokens[j].end:
                    nxt = view[tokens[j + 1].start : tokens[j + 1].end]
                    foreign = (
                        all(c in letter_set for c in word)
                        and len(word) >= 2
                        and all(c in letter_set for c in nxt)
                        and tokens[j + 1].tag not in ("v", "p", "c", "u", "w", "m", "q")
                        and e - s + len(nxt) <= 12
                    )
                    third = (
                        len(word) == 2
                        and word[0] in surnames
                        and len(nxt) == 1
                        and nxt not in _NOT_NAME_ENDINGS
                        and tokens[j + 1].tag in ("d", "a", "ad")
                        and j + 2 < len(tokens)
                        and tokens[j + 2].tag in ("v", "u", "p")
                    )
                    if not (foreign or third):
                        break
                    j += 1
                    e = tokens[j].end
                    word = view[s:e]
        out.append((kind, s, e))
    return out


def people_patterns(view: str, spans):
    """Bylines and title + name; returns the spans and each name's role."""
    surnames = lexicon("surnames")
    titles = lexicon("titles")
    roles: dict[str, str] = {}
    taken = Coverage(spans)
    added = []
    for m in _BYLINE.finditer(view):
        role = m.group(0)[:3].strip(" \t:：")
        for part in re.finditer(r"[\u4e00-\u9fff]{2,3}", m.group("names")):
            name = part.group(0)
            if name[0] in surnames or name[:2] in surnames:
                s = m.start("names") + part.start()
                roles.setdefault(name, role)
                if not taken.overlaps(s, s + len(name)):
                    added.append(("person", s, s + len(name)))
                    taken.add(s, s + len(name))
    for kind, s, e in spans:
        if kind != "person":
            continue
        for size in (5, 4, 3, 2):
            title = view[max(0, s - size) : s]
            if title in titles:
                roles.setdefault(view[s:e], title)
                break
    return spans + added, roles


def aliases(view: str, spans):
    """``李睿德（Brad Little）``: the bracketed Latin name is the person's alias, kept as canonical."""
    canonical: dict[str, str] = {}
    for kind, s, e in spans:
        if kind != "person":
            continue
        m = _LATIN_ALIAS.match(view, e)
        if m:
            canonical.setdefault(view[s:e], f"{view[s:e]} ({m.group(1)})")
    return spans, canonical
