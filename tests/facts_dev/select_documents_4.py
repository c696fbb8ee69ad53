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

from select_documents import (
    ROUND_ONE,
    choose,
    choose_extra,
)
from select_documents_3 import choose_third, draw

SEED = 194


def choose_fourth():
    first, _ = choose()
    extra, _ = choose_extra(first)
    third, _ = choose_third()
    return draw(SEED, ROUND_ONE | {(c, k) for c, k, _ in first + extra + third})


def main():
    plan, held = choose_fourth()
    for corpus, key, paras in plan:
        tag = "HELD OUT" if (corpus, key) in held else "tuned on"
        print(f"{corpus} {key} [{tag}] paragraphs in order: {paras[:12]}")


if __name__ == "__main__":
    main()
