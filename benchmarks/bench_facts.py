"""Fact extraction speed: the seed (warm) and all 72 government work reports.

Targets (issue 3): seed < 50 ms warm; all reports < 3 s total.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "guanyinqiao-service-award.zh.txt"
CORPORA = Path(os.environ.get("FACT_BROWSER_CORPORA") or (ROOT / ".." / "shared" / "corpora")).resolve()
REPORTS = CORPORA / "gov_work_reports" / "government_work_reports.jsonl"


def run(report) -> None:
    from desktop.core.builder import build_article, load_path
    from desktop.core.facts import extract_facts
    from desktop.core.loading import normalise

    seed = load_path(SEED)
    extract_facts(seed)  # warm: jieba's dictionary loads once per process (~0.6 s)
    report("facts: seed, figures and dates only", lambda: extract_facts(seed, names=False))
    report("facts: seed, all kinds (warm)", lambda: extract_facts(seed), baseline="facts: seed, figures and dates only")
    if not REPORTS.exists():
        return
    with open(REPORTS, encoding="utf-8") as fh:
        articles = [build_article(normalise(json.loads(line)["content"])) for line in fh]
    articles = [a for a in articles if a.text]

    def all_reports(names: bool) -> int:
        return sum(len(extract_facts(a, names=names)) for a in articles)

    report("facts: 72 work reports, figures and dates", lambda: all_reports(False), repeat=3)
    report("facts: 72 work reports, all kinds", lambda: all_reports(True), repeat=3,
           baseline="facts: 72 work reports, figures and dates")
