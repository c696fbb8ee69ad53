"""Dictionary: first-use index build, the per-start index check, and hover look-ups.

Targets from issue 5: build under 2 s (off the UI thread), ``lookup_at``
under 1 ms warm. Baselines measured in the same run: parsing the source
alone (what the build costs before SQLite), and a plain in-memory dict
look-up of the same prefixes (the floor for any look-up structure).
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from pathlib import Path

from . import ROOT

SEED = ROOT / "seeds" / "guanyinqiao-service-award.zh.txt"


def run(report) -> None:
    from desktop.core.glossary import Glossary, sentence_pinyin
    from desktop.core.glossary.cedict import bundled_source, read_entries

    source = bundled_source()
    scratch = Path(tempfile.mkdtemp(prefix="fact-browser-bench-glossary-"))
    try:
        report("parse CC-CEDICT source only (baseline)", lambda: read_entries(source), repeat=3)
        builds = itertools.count()

        def cold_build() -> None:
            Glossary(scratch / f"cold-{next(builds)}").ensure_index()

        report(
            "index build, cold cache dir",
            cold_build,
            baseline="parse CC-CEDICT source only (baseline)",
            repeat=3,
            target="< 2000 ms",
        )

        warm_dir = scratch / "warm"
        Glossary(warm_dir).ensure_index()
        report(
            "ensure_index at app start (index on disk, quick_check)",
            lambda: Glossary(warm_dir).ensure_index(),
            repeat=7,
        )

        glossary = Glossary(warm_dir)
        glossary.ensure_index()
        text = SEED.read_text(encoding="utf-8")
        # Every character position of the seed, as a reader's mouse would visit them.
        positions = itertools.cycle(range(len(text)))
        headwords: dict[str, list[tuple[str, str, str, str]]] = {}
        for row in read_entries(source):
            headwords.setdefault(row[1], []).append(row)
            if row[0] != row[1]:
                headwords.setdefault(row[0], []).append(row)
        dict_positions = itertools.cycle(range(len(text)))

        def dict_lookup() -> list:
            pos = next(dict_positions)
            found = (text[pos:end] for end in range(min(len(text), pos + 12), pos, -1))
            return [(w, headwords[w]) for w in found if w in headwords]

        report("dict of 12 prefixes, per call (baseline)", dict_lookup, repeat=3000)
        report(
            "lookup_at warm, per call (seed, every position)",
            lambda: glossary.lookup_at(text, next(positions)),
            baseline="dict of 12 prefixes, per call (baseline)",
            repeat=3000,
            target="< 1 ms",
        )
        report("lookup(商圈) warm, per call", lambda: glossary.lookup("商圈"), repeat=3000)

        sentence = text.splitlines()[4][:60]
        sentence_pinyin(sentence)  # pypinyin's tables load on first use
        report("sentence_pinyin, 60-character sentence", lambda: sentence_pinyin(sentence), repeat=50)
        glossary.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
