"""One measure across the documents of a library, placed at the period each figure is about.

A measure is named by a label (``国内生产总值 增长``: every word must be in the fact's label,
script-blind; ``A | B`` takes either) or by a picked fact (its label and kind). When no fact
carries such a label, the figures whose clause holds every word before the figure are taken
instead. Each figure found becomes a row (:mod:`.compare_rows`: its role, the year it is placed
at, its facet), and one row is kept for each year and role (one per document and role from
dated documents, which each restate the year's budget).
"""

from __future__ import annotations

import re
from collections import Counter

from .compare_rows import CLAUSE_END, ROLES, CompareRow, CompareSeries, preference, row_of
from .records import LibraryFact
from .store import Library

NUMBER_KINDS = ("money", "percent", "quantity", "ratio", "multiple")
_LATIN_QUERY = re.compile(r"[A-Za-z]")


def compare(
    library: Library, label: str, *, kind: str | None = None, roles: tuple[str, ...] = ROLES, glossary=None
) -> CompareSeries:
    """The series for ``label`` (a query as people write it: see :mod:`.measures`), each figure at its
    period (oldest first); ``kind`` defaults to the measure's or the kind most matches have.
    ``roles``: which of target, forecast, result and span to keep (a query ending in "target" keeps
    targets only). ``glossary``: CC-CEDICT, for English words no label English covers."""
    from .measures import resolve, squeeze

    meaning = resolve(library, label, glossary)
    alternatives = meaning.alternatives or [a.strip() for a in label.split("|") if a.strip()]
    kind = kind or meaning.kind
    if meaning.roles is not None:
        roles = tuple(r for r in roles if r in meaning.roles)
    excluded = [squeeze(x) for x in meaning.exclude]
    found: dict[tuple[int, int], LibraryFact] = {}
    for alt in alternatives:
        for r in library.facts(label=alt, kinds=[kind] if kind else None):
            if not any(x in squeeze(r.fact.label) for x in excluded):
                found.setdefault((r.doc_id, r.fact.start), r)
    if meaning.kind is not None:
        # A curated measure also takes the figures the extractor gave a bare label (目标 for
        # 今年经济增长预期目标为7%左右, none for 经济增长速度的宏观调控目标，定为百分之八至九) when
        # their clause, up to the figure, names it.
        for r in _bare_labelled(library, alternatives, meaning.kind):
            if not any(x in squeeze(r.fact.label) for x in excluded):
                found.setdefault((r.doc_id, r.fact.start), r)
    if not found and not _LATIN_QUERY.search(label):
        typed = [a.strip() for a in label.split("|") if a.strip()]
        for alt in typed + [a for a in alternatives if a not in typed]:
            # The extractor gave no such label (Traditional text often has none): take the figures
            # whose clause, up to the figure, holds every word (國防預算達到6,007億).
            for r in _by_clause(library, alt, kind):
                found.setdefault((r.doc_id, r.fact.start), r)
    series = series_of(library, label, list(found.values()), kind=kind, roles=roles)
    series.meaning = meaning.how
    series.alternatives = alternatives
    return series


def series_of(
    library: Library, label: str, facts: list[LibraryFact], *, kind: str | None = None, roles: tuple[str, ...] = ROLES
) -> CompareSeries:
    """The series of ``facts`` (records of :meth:`Library.facts`), named ``label``."""
    facts = [r for r in facts if _number(r.fact.value) is not None]
    if not facts:
        return CompareSeries(label, kind, None, [])
    if kind is None:
        kind = Counter(r.fact.kind for r in facts).most_common(1)[0][0]
    facts = [r for r in facts if r.fact.kind == kind]
    unit = Counter(r.fact.unit for r in facts).most_common(1)[0][0]
    facts = [r for r in facts if r.fact.unit == unit]
    facts.sort(key=lambda r: (r.doc_id, r.fact.start))
    texts: dict[int, tuple[str, str]] = {}
    rows = []
    for f in facts:
        doc = f.doc_id
        if doc not in texts:
            # Target words are looked for in the script-folded text (same offsets as the text).
            texts[doc] = library.folds(doc, phrased=False)[:2]
        row = row_of(f, *texts[doc])
        if row.role in roles:
            rows.append(row)
    return CompareSeries(label, kind, unit, _one_per_place(rows))


def _one_per_place(rows: list[CompareRow]) -> list[CompareRow]:
    """One row per year and role (and facet) from yearly documents (reports dated by their year);
    one per document and role from dated ones (press releases each restate the year's budget) and
    for rows without a year."""
    picked: dict[tuple, CompareRow] = {}
    for row in sorted(rows, key=preference):
        yearly = row.year is not None and len(row.date or "") == 4
        key = (row.year, row.role, row.facet) if yearly else ("doc", row.doc_id, row.role, row.facet)
        picked.setdefault(key, row)
    return sorted(picked.values(), key=lambda r: (r.year is None, r.year or 0, r.date or "", r.role, r.doc_id))


def _by_clause(library: Library, words: str, kind: str | None) -> list[LibraryFact]:
    from .folds import fold_query
    from .query import documents_matching

    folded_words = fold_query(words).split()
    out = []
    for doc in sorted(documents_matching(library, words)):
        folded = library.folds(doc, phrased=False)[1]
        for r in library.facts(doc_id=doc, kinds=[kind] if kind else list(NUMBER_KINDS)):
            lo = r.fact.start
            while lo > 0 and folded[lo - 1] not in CLAUSE_END:
                lo -= 1
            clause = folded[lo : r.fact.start]
            if all(w in clause for w in folded_words):
                out.append(r)
    return out


def _bare_labelled(library: Library, alternatives: list[str], kind: str) -> list[LibraryFact]:
    """Figures of ``kind`` labelled with at most two characters, or with a part of one of
    ``alternatives`` (城镇就业 for 新增城镇就业900万人), whose clause, up to the figure, holds every word
    of one of them (script-blind)."""
    from .folds import fold_query
    from .measures import label_counts, squeeze

    wanted = [fold_query(a).split() for a in alternatives]
    whole = [set(squeeze(a)) for a in alternatives]
    partial = {
        label
        for label, k, _unit, _n in label_counts(library)
        if k == kind and any(set(squeeze(label)) <= c for c in whole)
    }
    sql = "SELECT DISTINCT doc_id FROM facts WHERE kind=? AND length(label) <= 2"
    docs = {d for (d,) in library._all(sql, (kind,))}
    for label in partial:
        docs.update(
            d for (d,) in library._all("SELECT DISTINCT doc_id FROM facts WHERE kind=? AND label=?", (kind, label))
        )
    out = []
    for doc in sorted(docs):
        folded = None
        for r in library.facts(doc_id=doc, kinds=[kind]):
            if len(r.fact.label.replace(" ", "")) > 2 and r.fact.label not in partial:
                continue
            if folded is None:
                folded = library.folds(doc, phrased=False)[1]
            lo = r.fact.start
            while lo > 0 and folded[lo - 1] not in CLAUSE_END:
                lo -= 1
            clause = folded[lo : r.fact.start]
            if any(all(w in clause for w in words) for words in wanted):
                out.append(r)
    return out


def compare_fact(library: Library, fact) -> CompareSeries:
    """The series of a picked fact (a :class:`LibraryFact` from :meth:`Library.facts`): its label, its kind."""
    return compare(library, fact.fact.label, kind=fact.fact.kind)


def _number(value):
    if isinstance(value, list):
        return value[0] if value and isinstance(value[0], (int, float)) else None
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None
