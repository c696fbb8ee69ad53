"""Round 10's documents (issue 19, 2026-12-07, sixth session): which are read, in what order, and which are held out.

Written and run *before* any of these documents was annotated, like
``select_documents.py`` and ``_3`` to ``_9``. Round 9's held-out half (59
figures) is too small an unseen test to tell a 2-point change from noise, and
its tuned-on half too small to learn from, so this round draws twice round 9's
size. First round 5's rules with seed 1010 (four reports, one from each of
1955-1979, 1980-1999, 2000-2012 and 2013-2025; six releases of 1,000-6,000
characters with at least 8 numbers that carry a unit; 2 reports and 3 releases
held out at random), every document of rounds 1-9 skipped. Then, with seed
1011 and the first draw's documents skipped too, two more reports from
1980-2025 (1955-1979 has no report left; one held out) and six more releases
(three held out), by the same rules except at least 6 numbers with a unit
(fewer than six releases with 8 are left). Paragraphs in the drawn order until a
document has 12 figures. Half of the round (3 reports, 6 releases) is held
out, scored on a session's starting code and at its end only.

These documents were never annotated before, but earlier sessions' random
samples (quality/README.md) drew figures from unannotated documents, so some of
them had a few figures judged there: commit messages cite figures of releases
28477, 28893, 39105, 39383 and 39638 among a rule's fixed or broken cases, and
every report left (all were in those samples' pools; 1982's `计划规定…将达到`
rule counted three of its figures). No rule was written from a document of this
round as a whole, and none of it was annotated.

Plain python3, no project imports; deterministic. Run from anywhere:

    python3 tests/facts_dev/select_documents_10.py
"""

import random

from select_documents import ROUND_ONE, _paragraphs, _quoted, choose, choose_extra
from select_documents_3 import choose_third, draw, load, release_pool, report_paragraphs
from select_documents_4 import choose_fourth
from select_documents_5 import choose_fifth
from select_documents_6 import choose_sixth
from select_documents_7 import choose_seventh
from select_documents_8 import choose_eighth
from select_documents_9 import choose_ninth

SEED = 1010
SECOND_SEED = 1011


def taken_through_ninth():
    """Every (corpus, key) rounds 2-9 drew (round one's fixed documents are ``ROUND_ONE``)."""
    first, _ = choose()
    extra, _ = choose_extra(first)
    taken = {(c, k) for c, k, _ in first + extra}
    for chooser in (
        choose_third,
        choose_fourth,
        choose_fifth,
        choose_sixth,
        choose_seventh,
        choose_eighth,
        choose_ninth,
    ):
        plan, _ = chooser()
        taken |= {(c, k) for c, k, _ in plan}
    return taken


def choose_tenth():
    return draw_tenth(taken_through_ninth())


def draw_tenth(taken):
    """Round 10's plan and held-out half, given what rounds 2-9 drew (``taken`` is not changed)."""
    plan, held = draw(SEED, ROUND_ONE | taken, units=8)
    more, more_held = _second(taken | ROUND_ONE | {(c, k) for c, k, _ in plan})
    return plan + more, held | more_held


def _second(taken):
    """Two reports of 1980-2025 and six releases not in ``taken``, half held out (seed 1011)."""
    rng = random.Random(SECOND_SEED)
    by_year, by_id = load()
    pool = sorted(
        y for y in by_year if 1980 <= y and ("gov_work_reports", y) not in taken and not _quoted(by_year[y]["content"])
    )
    reports = sorted(rng.sample(pool, 2))
    plan = [("gov_work_reports", y, report_paragraphs(rng, by_year[y]["content"])) for y in reports]
    pool = release_pool(by_id, taken, 6)
    releases = sorted(rng.sample(pool, 6))
    for i in releases:
        plan.append(("tw_president_news", i, _paragraphs(by_id[i]["content"])))
    held = {("gov_work_reports", rng.choice(reports))}
    held |= {("tw_president_news", i) for i in rng.sample(releases, 3)}
    return plan, held


def main():
    plan, held = choose_tenth()
    for corpus, key, paras in plan:
        tag = "HELD OUT" if (corpus, key) in held else "tuned on"
        print(f"{corpus} {key} [{tag}] paragraphs in order: {paras[:12]}")


if __name__ == "__main__":
    main()
