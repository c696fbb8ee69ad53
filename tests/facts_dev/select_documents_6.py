"""Round 6's documents (issue 19, 2026-12-06, third session): which are read, in what order, and which are held out.

Written and run *before* any of these documents was read or extracted, like
``select_documents.py`` and ``_3`` to ``_5``: after round 5 the held-out
figures stood at 76.9% (period, dated) against 94.0% tuned on, and round 5's
held-out part started at 66.2%, so more text nobody has read is annotated,
half of it held out. This round's held-out half is scored once on the code as
the session began and once at its end: every rule of the session is written
without it, so the difference is an honest estimate of what the rules add on
unseen text. Plain python3, no project imports; deterministic (seed 196:
issue 19, round 6). Run from anywhere:

    python3 tests/facts_dev/select_documents_6.py

Rules: round 5's (four reports, one from each of 1955-1979, 1980-1999,
2000-2012 and 2013-2025; six releases of 1,000-6,000 characters with at least
8 numbers that carry a unit, 30 such releases being left; 2 reports and 3
releases held out at random; paragraphs in the drawn order until a document
has 12 figures), with every document of rounds 1-5 skipped.
"""

from select_documents import (
    ROUND_ONE,
    choose,
    choose_extra,
)
from select_documents_3 import choose_third, draw
from select_documents_4 import choose_fourth
from select_documents_5 import choose_fifth

SEED = 196


def choose_sixth():
    first, _ = choose()
    extra, _ = choose_extra(first)
    taken = {(c, k) for c, k, _ in first + extra}
    for chooser in (choose_third, choose_fourth, choose_fifth):
        plan, _ = chooser()
        taken |= {(c, k) for c, k, _ in plan}
    return draw(SEED, ROUND_ONE | taken, units=8)


def main():
    plan, held = choose_sixth()
    for corpus, key, paras in plan:
        tag = "HELD OUT" if (corpus, key) in held else "tuned on"
        print(f"{corpus} {key} [{tag}] paragraphs in order: {paras[:12]}")


if __name__ == "__main__":
    main()
