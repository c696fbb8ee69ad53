"""Round 5's documents (issue 19, 2026-12-06, second session): which are read, in what order, and which are held out.

Written and run *before* any of these documents was read or extracted, like
``select_documents.py``, ``_3`` and ``_4``: after round 4 the held-out
figures stood at 76.9% (period, dated) against 93.3% tuned on, and each new
round's held-out part starts near 70%, so more text nobody has read is
annotated, half of it held out. Plain python3, no project imports; deterministic (seed 195: issue
19, round 5). Run from anywhere:

    python3 tests/facts_dev/select_documents_5.py

Rules: round 3's (four reports, one from each of 1955-1979, 1980-1999,
2000-2012 and 2013-2025; six releases of 1,000-6,000 characters with at least
8 numbers that carry a unit (12 before: fewer than six such releases were left
after round 4); 2 reports and 3 releases held out at random;
paragraphs in the drawn order until a document has 12 figures), with every
document of rounds 1-4 skipped.
"""

from select_documents import (
    ROUND_ONE,
    choose,
    choose_extra,
)
from select_documents_3 import choose_third, draw
from select_documents_4 import choose_fourth

SEED = 195


def choose_fifth():
    first, _ = choose()
    extra, _ = choose_extra(first)
    third, _ = choose_third()
    fourth, _ = choose_fourth()
    taken = {(c, k) for c, k, _ in first + extra + third + fourth}
    return draw(SEED, ROUND_ONE | taken, units=8)


def main():
    plan, held = choose_fifth()
    for corpus, key, paras in plan:
        tag = "HELD OUT" if (corpus, key) in held else "tuned on"
        print(f"{corpus} {key} [{tag}] paragraphs in order: {paras[:12]}")


if __name__ == "__main__":
    main()
