"""``make quality``: the accuracy report (names on ner_dev, labels/periods/dates on tests/facts_dev)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("FACT_BROWSER_CORPORA") or ROOT / ".." / "shared" / "corpora").resolve()


def names_predictor(traditional: bool):
    from desktop.core.facts.names import find_names
    from desktop.core.facts.tagger import analyse

    def predict(text: str):
        return [
            (m.kind, m.start, m.end) for m in find_names(analyse(text, traditional=traditional)) if m.kind != "term"
        ]

    return predict


_documents: dict[str, tuple] = {}


def figures_extractor(document: str, passage: str, doc_date: str | None):
    """Extracts the whole ``document`` (once per document and date) and finds ``passage`` in its article text.

    ``doc_date`` None: no document date is given, as for a pasted text (its own dateline may still say)."""
    from desktop.core.ingest.builder import build_article
    from desktop.core.facts import extract_facts
    from desktop.core.facts.dates import DocumentDate
    from desktop.core.ingest.text import normalise

    key = f"{doc_date}:{hash(document)}"
    if key not in _documents:
        article = build_article(normalise(document))
        hint = DocumentDate.parse(doc_date, "feed") if doc_date else None
        _documents[key] = (article.text, extract_facts(article, document=hint))
    text, facts = _documents[key]
    head = normalise(passage).strip()[:24]
    offset = text.find(head)
    if offset < 0:
        raise ValueError(f"passage not found in the normalised document: {head!r}")
    return text, facts, offset


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quality", description=__doc__)
    parser.add_argument("--only", choices=("names", "figures", "sweep"), help="run one part")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors of each part")
    parser.add_argument("--ablation", action="store_true", help="what each name rule adds (about 2 minutes)")
    args = parser.parse_args(argv)
    if not CORPORA.exists():
        print(f"corpora not found at {CORPORA} (set FACT_BROWSER_CORPORA)", file=sys.stderr)
        return 2
    if args.only in (None, "names"):
        from . import ner

        for script in ("simplified", "traditional"):
            rows = ner.load(CORPORA / "ner_dev" / f"peoples_daily_dev.{script}.jsonl")
            report = ner.score(rows, names_predictor(script == "traditional"))
            print(ner.format_report(f"names, ner_dev {script} ({len(rows)} sentences)", report))
            if args.errors and script == "simplified":
                print("  missed:", report.misses.most_common(args.errors))
                print("  noise: ", report.noise.most_common(args.errors))
    if args.ablation:
        from . import ablation, ner

        rows = ner.load(CORPORA / "ner_dev" / "peoples_daily_dev.simplified.jsonl")
        print(ablation.format_rows(ablation.run(rows, names_predictor(False))))
        return 0
    if args.only in (None, "figures"):
        from . import figures

        report = figures.score(CORPORA, figures_extractor)
        print(figures.format_report(report))
        for row in [w for w in report.wrong if not w[-1]][: args.errors]:  # never the held-out documents
            print("  ", row[:-1])
    if args.only in (None, "sweep"):
        from .sweep import format_report, sweep

        # Every document with the model (labels, subjects, names); every sentence alone, rules only.
        print(format_report(sweep(CORPORA, names=True, sentences=False), names=True))
        print(format_report(sweep(CORPORA, names=False), names=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
