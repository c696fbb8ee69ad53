"""Round 9's documents (issue 19, 2026-12-07, fifth session): which are read, in what order, and which are held out.

Written and run *before* any of these documents was read or extracted, like
``select_documents.py`` and ``_3`` to ``_6``: the tuned-on halves of rounds
1-6 leave the rules too few errors to learn the language from (26 period
errors, tuned on, against 129 held out), so more text nobody has read is
annotated, half of it held out. Like rounds 6 to 8's, this round's held-out half is
scored on the session's starting code and again at its end only. Plain python3, no project imports; deterministic (seed 199:
issue 19, round 9). Run from anywhere:

    python3 tests/facts_dev/select_documents_9.py

Rules: round 5's (four reports, one from each of 1955-1979, 1980-1999,
2000-2012 and 2013-2025; six releases of 1,000-6,000 characters with at least
8 numbers that carry a unit, 18 such releases being left; 2 reports and 3
releases held out at random; paragraphs in the drawn order until a document
has 12 figures), with every document of rounds 1-8 skipped.
"""

from select_documents import (
    ROUND_ONE,
    choose,
    choose_extra,
)
from select_documents_3 import choose_third, draw
from select_documents_4 import choose_fourth
from select_documents_5 import choose_fifth
from select_documents_6 import choose_sixth
from select_documents_7 import choose_seventh
from select_documents_8 import choose_eighth

SEED = 199


def choose_ninth():
    first, _ = choose()
    extra, _ = choose_extra(first)
    taken = {(c, k) for c, k, _ in first + extra}
    for chooser in (choose_third, choose_fourth, choose_fifth, choose_sixth, choose_seventh, choose_eighth):
        plan, _ = chooser()
        taken |= {(c, k) for c, k, _ in plan}
    return draw(SEED, ROUND_ONE | taken, units=8)


def main():
    plan, held = choose_ninth()
    for corpus, key, paras in plan:
        tag = "HELD OUT" if (corpus, key) in held else "tuned on"
        print(f"{corpus} {key} [{tag}] paragraphs in order: {paras[:12]}")


if __name__ == "__main__":
    main()
