"""Finding a measure the way people ask for it (issue 19.5): the labels a query means.

A query is matched against the labels the library's facts carry, blind to spacing and script
(``居民消费价格涨幅`` finds ``居民消费价格 涨幅`` and ``居民消費價格漲幅``; ``国内生产总值增长``
finds ``国内生产总值 比上年增长``). What it means is widened three ways:

- a short curated list of the common macro measures (:data:`MEASURES`): their Chinese labels
  and their English names (``GDP growth``, ``CPI``, ``deficit ratio``, ``new urban jobs``);
- English through the label English the extractor gives (``GDP, growth``) and CC-CEDICT
  (each English word must be a sense of a word in the label: ``deficit ratio`` → 赤字率);
- synonyms learned from the library: labels of the same kind and unit that state the same
  value for the same period at least twice (``经济增长`` / ``国内生产总值 增长``) or are written
  with the same characters in another order (``新增城镇就业`` / ``城镇新增就业``).

A trailing ``target`` / ``目标`` keeps only targets; ``outcome`` / ``actual`` only outcomes.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .folds import fold_query
from .store import Library


@dataclass(frozen=True, slots=True)
class Measure:
    """A common macro measure: the label words that name it, its English names, its kind."""

    key: str
    labels: tuple[str, ...]  # each "A B": every word in the label (folded, spacing-blind)
    english: tuple[str, ...]
    kind: str
    exclude: tuple[str, ...] = ()  # a label holding one of these is another measure (贡献率)


MEASURES = (
    Measure(
        "gdp_growth",
        ("国内生产总值 增长", "经济增长", "经济增长速度", "国内生产总值增长率", "经济增速"),
        ("gdp growth", "gdp growth rate", "economic growth", "growth of gdp", "real gdp growth"),
        "percent",
        ("贡献", "占", "比重", "人均", "能耗", "翻一番", "年均"),
    ),
    Measure(
        "cpi",
        ("居民消费价格 涨幅", "居民消费价格 上涨", "居民消费价格总水平 涨幅", "居民消费价格总水平 上涨"),
        ("cpi", "consumer prices", "consumer price index", "inflation", "consumer price inflation"),
        "percent",
        ("年均",),
    ),
    Measure(
        "new_urban_jobs",
        ("城镇新增就业", "新增城镇就业"),
        ("new urban jobs", "urban jobs", "new jobs", "urban employment", "new urban employment"),
        "quantity",
        ("年均", "资金"),
    ),
    Measure(
        "deficit_ratio",
        ("赤字率",),
        ("deficit ratio", "deficit to gdp", "deficit-to-gdp ratio", "fiscal deficit ratio", "budget deficit ratio"),
        "percent",
    ),
    Measure(
        "unemployment",
        ("城镇登记失业率", "城镇调查失业率"),
        ("unemployment", "unemployment rate", "urban unemployment", "jobless rate"),
        "percent",
    ),
    Measure("deficit", ("财政赤字",), ("fiscal deficit", "budget deficit", "deficit"), "money", ("率",)),
    Measure("grain_output", ("粮食产量", "粮食总产量"), ("grain output", "grain production"), "quantity"),
    Measure("defence_budget", ("国防预算",), ("defence budget", "defense budget", "military budget"), "money"),
)
#: query words that keep only one side (English, then Chinese at the end of the query)
TARGET_WORDS_EN = ("targets", "target", "goals", "goal", "plans", "plan", "planned")
OUTCOME_WORDS_EN = ("outcomes", "outcome", "actual", "actuals", "results", "result")
_TARGET_TAIL = re.compile(r"(?:预期目标|目标|计划)$")
_LATIN = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ENGLISH = re.compile(r'"english": "([^"]*)"')
#: English words that name no measure
_STOP = frozenset("a an the of in on for and to by rate rates ratio percent per cent china chinese".split())


@dataclass(slots=True)
class Resolved:
    """What a query means: label alternatives (``"A B"``: every word), roles kept, and why."""

    query: str
    alternatives: list[str]
    roles: tuple[str, ...] | None = None  # None: every role
    kind: str | None = None
    exclude: tuple[str, ...] = ()
    how: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return " | ".join(self.alternatives)


def squeeze(text: str) -> str:
    """``text`` folded (script, width, case) with every space taken out: what labels are matched by."""
    return "".join(fold_query(text).split())


@dataclass(frozen=True, slots=True)
class LabelInfo:
    label: str
    kind: str
    unit: str | None
    facts: int
    key: str  # squeezed: folded, without spaces
    english: frozenset[str]  # the words of the label's English, from the extractor


_CATALOGS: dict[int, tuple[tuple, list[LabelInfo]]] = {}


def catalog(library: Library) -> list[LabelInfo]:
    """Every label of the library with its kind, unit, count and English words, most facts first;
    kept until the library changes (another connection commits, or the facts change in number)."""
    token = (library._change_token(), library._one("SELECT COUNT(*) FROM facts")[0])
    cached = _CATALOGS.get(id(library))
    if cached is not None and cached[0] == token:
        return cached[1]
    english: dict[str, set[str]] = {}
    for label, data in library._all("SELECT label, data FROM facts WHERE data LIKE ?", ('%"english": "_%',)):
        m = _ENGLISH.search(data)
        if m:
            english.setdefault(label, set()).update(_WORD.findall(m.group(1).lower()))
    rows = library._all(
        "SELECT label, kind, unit, COUNT(*) FROM facts WHERE label <> '' GROUP BY label, kind, unit "
        "ORDER BY COUNT(*) DESC, label"
    )
    out = [
        LabelInfo(label, kind, unit, int(n), squeeze(label), frozenset(english.get(label, ())))
        for label, kind, unit, n in rows
    ]
    _CATALOGS[id(library)] = (token, out)
    return out


def label_counts(library: Library) -> list[tuple[str, str, str | None, int]]:
    """``(label, kind, unit, facts)`` for every label of the library, most facts first."""
    return [(i.label, i.kind, i.unit, i.facts) for i in catalog(library)]


def suggestions(library: Library, text: str, limit: int = 20) -> list[tuple[str, int]]:
    """The library's labels holding ``text`` (spacing- and script-blind) with their counts, most
    facts first, then the curated measures' English names starting with it."""
    want = squeeze(text)
    counts: Counter[str] = Counter()
    for info in catalog(library):
        if want and want in info.key:
            counts[info.label] += info.facts
    out = counts.most_common(limit)
    if _LATIN.search(text):
        lower = text.strip().lower()
        names = [name for m in MEASURES for name in m.english if name.startswith(lower)]
        out = [(name, 0) for name in names[:limit]] + out
    return out[:limit]


def resolve(library: Library, query: str, glossary=None) -> Resolved:
    """What ``query`` means in ``library`` (see the module's rules). ``glossary``: a CC-CEDICT
    :class:`~desktop.core.glossary.lookup.Glossary` for English words no label English covers."""
    text = " ".join(query.split())
    roles = None
    words = text.lower().split()
    if words and words[-1] in TARGET_WORDS_EN:
        roles, words = ("target",), words[:-1]
    elif words and words[-1] in OUTCOME_WORDS_EN:
        roles, words = ("result",), words[:-1]
    if not _LATIN.search(text):
        if _TARGET_TAIL.search(text.replace(" ", "")) and len(text.replace(" ", "")) > 2:
            roles = ("target",)
            text = _TARGET_TAIL.sub("", text.replace(" ", ""))
        return _chinese(library, query, text, roles)
    english = " ".join(words)
    for measure in MEASURES:
        if english in measure.english:
            return Resolved(query, list(measure.labels), roles, measure.kind, measure.exclude, [measure.key])
    labels = _by_label_english(library, english)
    how = ["label English"]
    if not labels and glossary is not None:
        labels, how = _by_dictionary(library, english, glossary), ["CC-CEDICT"]
    return Resolved(query, labels, roles, None, (), how if labels else [])


def _chinese(library: Library, query: str, text: str, roles) -> Resolved:
    alternatives = [a.strip() for a in text.split("|") if a.strip()]
    out: list[str] = []
    kind, exclude, how = None, (), []
    for alt in alternatives:
        key = squeeze(alt)
        measure = next((m for m in MEASURES if any(squeeze(label) == key for label in m.labels)), None)
        if measure is not None:
            out.extend(x for x in measure.labels if x not in out)
            kind, exclude = measure.kind, measure.exclude
            how.append(measure.key)
            continue
        out.append(_spaced(library, alt))
    learned = synonyms(library, out, kind)
    if learned:
        how.append("learned: " + ", ".join(learned))
        out.extend(learned)
    return Resolved(query, out, roles, kind, exclude, how)


def _spaced(library: Library, words: str) -> str:
    """``words`` cut where the library's labels have their word breaks, when it is written without
    them (国内生产总值增长 → 国内生产总值 增长): the store matches every word inside the label."""
    if " " in words.strip():
        return words.strip()
    key = squeeze(words)
    vocabulary = {squeeze(w) for info in catalog(library) for w in info.label.split()}
    if key in vocabulary:
        return words.strip()
    cut, pos = [], 0
    while pos < len(key):  # the longest label word at each position
        end = next((e for e in range(len(key), pos, -1) if key[pos:e] in vocabulary), None)
        if end is None:
            return words.strip()
        cut.append(key[pos:end])
        pos = end
    return " ".join(cut)


def synonyms(library: Library, labels: list[str], kind: str | None) -> list[str]:
    """Labels learned from the library as naming the same measure as ``labels``, of the same kind and
    unit: the same characters in another order (新增城镇就业 / 城镇新增就业), or a label sharing a word
    with them whose figures mostly state the same value, qualifier and period as theirs, in at least
    two periods (经济增长预期目标为8%左右 beside 国内生产总值增长8%左右)."""
    if not labels:
        return []
    facts = [f.fact for a in labels for f in library.facts(label=a, kinds=[kind] if kind else None)]
    if not facts:
        return []
    kind = kind or Counter(f.kind for f in facts).most_common(1)[0][0]
    unit = Counter(f.unit for f in facts if f.kind == kind).most_common(1)[0][0]
    own = {f.label for f in facts}
    stated = {_statement(f) for f in facts if f.kind == kind and f.period}
    shapes = {"".join(sorted(squeeze(a))) for a in labels}
    pairs = {w[i : i + 2] for a in labels for w in [squeeze(a)] for i in range(len(w) - 1)}
    seen: dict[str, list] = {}
    for f in library.facts(kinds=[kind]):
        fact = f.fact
        key = squeeze(fact.label)
        if fact.label in own or fact.unit != unit or len(key) < 3:
            continue
        if "".join(sorted(key)) in shapes or any(key[i : i + 2] in pairs for i in range(len(key) - 1)):
            seen.setdefault(fact.label, []).append(fact)
    out = []
    for label, found in seen.items():
        if "".join(sorted(squeeze(label))) in shapes:
            out.append(label)
            continue
        dated = [f for f in found if f.period and "/" not in f.period]
        agreeing = {f.period for f in dated if _statement(f) in stated}
        if len(agreeing) >= 2 and 2 * len([f for f in dated if f.period in agreeing]) >= len(dated):
            out.append(label)
    return sorted(out)


def _statement(fact) -> tuple:
    return (fact.period, _value(fact.value), fact.qualifier)


def _value(value):
    return tuple(value) if isinstance(value, list) else value


def _by_label_english(library: Library, english: str) -> list[str]:
    """Labels whose English (from the extractor) holds every content word of ``english``."""
    wanted = [w for w in _WORD.findall(english) if w not in _STOP]
    if not wanted:
        return []
    found = []
    for info in catalog(library):
        said = info.english
        if said and all(w in said or w.rstrip("s") in said for w in wanted) and info.label not in found:
            found.append(info.label)
    return found


def _by_dictionary(library: Library, english: str, glossary) -> list[str]:
    """Labels holding, for each content word of ``english``, a CC-CEDICT headword with that sense
    (two characters or more: a single character means too many things)."""
    wanted = [w for w in _WORD.findall(english) if w not in _STOP]
    if not wanted:
        return []
    heads = [{squeeze(h) for h in glossary.headwords_meaning(w) if len(h) >= 2} for w in wanted]
    if not all(heads):
        return []
    found = []
    for info in catalog(library):
        if info.label not in found and all(any(h in info.key for h in options) for options in heads):
            found.append(info.label)
    return found
