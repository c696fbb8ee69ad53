"""Round 4's documents (issue 19, 2026-12-06): which are read, in what order, and which are held out.

Written and run *before* any of these documents was read or extracted, like
``select_documents.py`` and ``select_documents_3.py``: after round 3 the
tuned-on half had 12 period errors left (96.0% against 75.5% held out), too few
to learn the language from, so more text nobody has read is annotated, half of
it held out. Plain python3, no project imports; deterministic (seed 194: issue
19, round 4). Run from anywhere:

    python3 tests/facts_dev/select_documents_4.py

Rules: round 3's (four reports, one from each of 1955-1979, 1980-1999,
2000-2012 and 2013-2025; six releases of 1,000-6,000 characters with at least
12 numbers that carry a unit; 2 reports and 3 releases held out at random;
paragraphs in the drawn order until a document has 12 figures), with every
document of rounds 1-3 skipped.
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
from select_documents_3 import SPANS, choose_third

SEED = 194


def choose_fourth():
    first, _ = choose()
    extra, _ = choose_extra(first)
    third, _ = choose_third()
    taken = ROUND_ONE | {(c, k) for c, k, _ in first + extra + third}
    rng = random.Random(SEED)
    with open(GOV, encoding="utf-8") as f:
        by_year = {int(r["year"]): r for r in map(json.loads, f) if r.get("year")}
    with open(TW, encoding="utf-8") as f:
        by_id = {int(r["id"]): r for r in map(json.loads, f)}
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
        c = by_year[y]["content"]
        paras = [p for p in _paragraphs(c) if len(_NUMERAL.findall(_plain(c[p[0] : p[1]]))) >= 4]
        rng.shuffle(paras)
        plan.append(("gov_work_reports", y, paras))
    pool = sorted(
        i
        for i, r in by_id.items()
        if 1000 <= len(r["content"]) <= 6000
        and len(_WITH_UNIT.findall(r["content"])) >= 12
        and ("tw_president_news", i) not in taken
        and not _quoted(r["content"])
    )
    releases = sorted(rng.sample(pool, 6))
    for i in releases:
        plan.append(("tw_president_news", i, _paragraphs(by_id[i]["content"])))
    held = {("gov_work_reports", y) for y in rng.sample(reports, 2)}
    held |= {("tw_president_news", i) for i in rng.sample(releases, 3)}
    return plan, held


def main():
    plan, held = choose_fourth()
    for corpus, key, paras in plan:
        tag = "HELD OUT" if (corpus, key) in held else "tuned on"
        print(f"{corpus} {key} [{tag}] paragraphs in order: {paras[:12]}")


if __name__ == "__main__":
    main()
