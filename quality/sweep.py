"""The corpus sweep: extraction over every document and every sentence of ``../shared/corpora``.

Counts failures: an exception that escapes ``extract_facts`` (the document
would be lost) and every fact a recogniser lost (:mod:`desktop.core.facts.losses`).
Both must be 0. Each document is read whole (as the app reads it, so periods
and topics carry as they do for a reader) and each of its sentences alone (as
a pasted snippet). The unit is what each corpus holds:

- work reports and party congress reports, the Taiwan releases: records;
- ner_dev, both scripts: one sentence each;
- Recognizers-Text specs: every ``Input``; OpenCC: the golden text and every
  test case's input.

``names=False`` runs the rules alone (the test suite's sweep, ~15 s);
``names=True`` adds the model's labels, subjects and names (``make quality``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator


@dataclass
class SweepReport:
    documents: int = 0
    sentences: int = 0
    characters: int = 0
    facts: int = 0
    #: (corpus, record key, what failed)
    failures: list[tuple[str, str, str]] = field(default_factory=list)


def _jsonl(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def documents(corpora: Path) -> Iterator[tuple[str, str, str, bool]]:
    """``(corpus, key, text, split)`` for every document; ``split``: also read each sentence alone."""
    for name in ("government_work_reports.jsonl", "cpc_congress_reports.jsonl"):
        for i, row in enumerate(_jsonl(corpora / "gov_work_reports" / name)):
            yield name.split("_")[0], str(row.get("year") or i), row["content"], True
    for row in _jsonl(corpora / "tw_president_news" / "president_news_2024_2025.jsonl"):
        yield "tw_president_news", str(row["id"]), row["content"], True
    for script in ("simplified", "traditional"):
        for row in _jsonl(corpora / "ner_dev" / f"peoples_daily_dev.{script}.jsonl"):
            yield f"ner_dev {script}", str(row["id"]), row["text"], False
    for path in sorted((corpora / "recognizers" / "Specs").rglob("*.json")):
        for i, case in enumerate(json.loads(path.read_text(encoding="utf-8-sig"))):
            if isinstance(case, dict) and isinstance(case.get("Input"), str):
                yield "recognizers", f"{path.parent.name}/{path.stem}#{i}", case["Input"], False
    golden = corpora / "opencc" / "test" / "golden" / "input"
    for path in sorted(golden.glob("*.txt")):
        yield "opencc", path.name, path.read_text(encoding="utf-8"), True
    cases = corpora / "opencc" / "test" / "testcases" / "testcases.json"
    if cases.exists():
        data = json.loads(re.sub(r",(\s*[}\]])", r"\1", cases.read_text(encoding="utf-8")))
        for case in data.get("cases", []):
            yield "opencc", str(case.get("id")), case.get("input", ""), False


def sweep(corpora: Path, *, names: bool = False, sentences: bool = True, limit: int | None = None) -> SweepReport:
    """Extract every document (and, with ``sentences``, every sentence of the long ones alone); count what failed."""
    from desktop.core.ingest.builder import build_article
    from desktop.core.facts import extract_facts
    from desktop.core.ingest.text import normalise

    report = SweepReport()

    def run(corpus: str, key: str, text: str) -> list | None:
        losses: list = []
        try:
            article = build_article(text)
        except Exception as err:  # noqa: BLE001 - the builder's own refusals are not the extractor's failures
            report.failures.append((corpus, key, f"build_article: {type(err).__name__}: {err}"))
            return None
        try:
            facts = extract_facts(article, names=names, labels=names, losses=losses)
        except Exception as err:  # noqa: BLE001 - the sweep counts every failure, whatever it is
            report.failures.append((corpus, key, f"document lost: {type(err).__name__}: {err}"))
            return None
        report.failures.extend((corpus, key, lost.describe()) for lost in losses)
        for f in facts:
            if article.text[f.start : f.end] != f.text:
                report.failures.append((corpus, key, f"span {f.start}-{f.end} is not {f.text!r}"))
        report.facts += len(facts)
        return article

    for n, (corpus, key, raw, split) in enumerate(documents(corpora)):
        if limit is not None and n >= limit:
            break
        text = normalise(raw) if raw.strip() else raw
        if not text.strip():
            continue
        report.documents += 1
        report.characters += len(text)
        article = run(corpus, key, text)
        if article is None or not split or not sentences:
            continue
        for s in article.sentences:
            sentence = article.text[s.start : s.end]
            if sentence.strip():
                report.sentences += 1
                run(corpus, f"{key} sentence {s.index}", sentence)
    return report


def format_report(report: SweepReport, names: bool) -> str:
    path = "rules and model" if names else "rules"
    alone = f" and {report.sentences} sentences alone" if report.sentences else ""
    lines = [
        f"corpus sweep ({path}): {report.documents} documents{alone}, "
        f"{report.characters:,} characters, {report.facts:,} facts: {len(report.failures)} failures"
    ]
    lines += [f"  {corpus} {key}: {what}" for corpus, key, what in report.failures[:20]]
    return "\n".join(lines)
