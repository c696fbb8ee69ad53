"""Round 3's documents (issue 19, this session): which are read, in what order, and which are held out.

Written and run *before* any of these documents was read or extracted, like
``select_documents.py``: round 2's tuned-on half had only 8 period and 5 stance
errors left (96.6% against 81.7% held out), too few to learn the language from,
so more text nobody has read is annotated, half of it held out. Plain python3,
no project imports; deterministic (seed 193: issue 19, round 3). Run from anywhere:

    python3 tests/facts_dev/select_documents_3.py

Rules:

- Documents of rounds 1 and 2 and every document quoting an issue 19/20
  example (``select_documents.EXAMPLES``) are skipped.
- Work reports: four, one from each of 1955-1979, 1980-1999, 2000-2012 and
  2013-2025, at random among those years' reports.
- Taiwan releases: six at random among those of 1,000-6,000 characters with at
  least 12 numbers that carry a unit (``select_documents._WITH_UNIT``).
- Held out, by document, at random: 2 of the 4 reports and 3 of the 6 releases.
- Paragraphs: a report's paragraphs with at least four numerals in a random
  order, a release's in reading order; whole paragraphs are annotated in that
  order until the document has 12 figures or none is left (12, not 25: more
  documents with fewer figures each spread the set over more writers and years).
"""

import json
import random

from select_documents import (
    _NUMERAL,
    _WITH_UNIT,
    GOV,
    ROUND_ONE,
    TW,
    _paragraphs,
    _plain,
    _quoted,
    choose,
    choose_extra,
)

SEED = 193
SPANS = ((1955, 1979), (1980, 1999), (2000, 2012), (2013, 2025))


def choose_third():
    first, _ = choose()
    extra, _ = choose_extra(first)
    return draw(SEED, ROUND_ONE | {(c, k) for c, k, _ in first + extra})


def draw(seed, taken, units=12):
    """Four reports (one per span of ``SPANS``) and six releases not in ``taken``, and the held-out
    half (2 reports, 3 releases), drawn with ``seed``; round 4 draws the same way, round 5 with
    ``units=8`` (fewer than six releases with 12 numbers carrying a unit were left)."""
    rng = random.Random(seed)
    by_year, by_id = load()
    plan = []
    reports = []
    for low, high in SPANS:
        pool = sorted(
            y
            for y in by_year
            if low <= y <= high and ("gov_work_reports", y) not in taken and not _quoted(by_year[y]["content"])
        )
        y = rng.choice(pool)
        reports.append(y)
        plan.append(("gov_work_reports", y, report_paragraphs(rng, by_year[y]["content"])))
    pool = release_pool(by_id, taken, units)
    releases = sorted(rng.sample(pool, 6))
    for i in releases:
        plan.append(("tw_president_news", i, _paragraphs(by_id[i]["content"])))
    held = {("gov_work_reports", y) for y in rng.sample(reports, 2)}
    held |= {("tw_president_news", i) for i in rng.sample(releases, 3)}
    return plan, held


def load():
    """The work reports by year and the Taiwan releases by id."""
    with open(GOV, encoding="utf-8") as f:
        by_year = {int(r["year"]): r for r in map(json.loads, f) if r.get("year")}
    with open(TW, encoding="utf-8") as f:
        by_id = {int(r["id"]): r for r in map(json.loads, f)}
    return by_year, by_id


def report_paragraphs(rng, content):
    """A report's paragraphs with at least four numerals, in a random order."""
    paras = [p for p in _paragraphs(content) if len(_NUMERAL.findall(_plain(content[p[0] : p[1]]))) >= 4]
    rng.shuffle(paras)
    return paras


def release_pool(by_id, taken, units):
    """Releases of 1,000-6,000 characters with at least ``units`` numbers carrying a unit, not in ``taken``."""
    return sorted(
        i
        for i, r in by_id.items()
        if 1000 <= len(r["content"]) <= 6000
        and len(_WITH_UNIT.findall(r["content"])) >= units
        and ("tw_president_news", i) not in taken
        and not _quoted(r["content"])
    )


def main():
    plan, held = choose_third()
    for corpus, key, paras in plan:
        tag = "HELD OUT" if (corpus, key) in held else "tuned on"
        print(f"{corpus} {key} [{tag}] paragraphs in order: {paras[:12]}")


if __name__ == "__main__":
    main()
