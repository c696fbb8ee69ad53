"""Fact extraction speed: the seed, all 72 government work reports, the model, and arrival in the window.

Targets (issues 3 and 11): seed figures and dates < 50 ms warm; the 72 reports' figures
and dates < 3 s; in the window, the seed's figures within 0.3 s of the first paint and
its names when the model is ready (in a worker, never before the first paint).
"""

from __future__ import annotations

import json
import os

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "guanyinqiao-service-award.zh.txt"
CORPORA = Path(os.environ.get("FACT_BROWSER_CORPORA") or (ROOT / ".." / "shared" / "corpora")).resolve()
REPORTS = CORPORA / "gov_work_reports" / "government_work_reports.jsonl"
_LOAD = "import time; t = time.perf_counter(); from desktop.core.facts import tagger; tagger.load(); print(time.perf_counter() - t)"


def run(report) -> None:
    from desktop.core.ingest.builder import build_article, load_path
    from desktop.core.facts import extract_facts
    from desktop.core.ingest.text import normalise

    loads = [
        float(
            subprocess.run([sys.executable, "-c", _LOAD], capture_output=True, text=True, cwd=ROOT, check=True).stdout
        )
        for _ in range(5)
    ]
    it = iter(loads)
    report(
        "model: load LAC in a fresh process (numpy, onnxruntime, model) (s)",
        lambda: next(it),
        measure=False,
        unit="s",
        repeat=5,
    )

    seed = load_path(SEED)
    extract_facts(seed)  # warm: the model loads once per process
    report("facts: seed, figures and dates only (no model)", lambda: extract_facts(seed, names=False, labels=False))
    report(
        "facts: seed, all kinds (warm model)",
        lambda: extract_facts(seed),
        baseline="facts: seed, figures and dates only (no model)",
    )
    _arrival(report)
    if not REPORTS.exists():
        return
    with open(REPORTS, encoding="utf-8") as fh:
        articles = [build_article(normalise(json.loads(line)["content"])) for line in fh]
    articles = [a for a in articles if a.text]
    megabytes = sum(len(a.text.encode("utf-8")) for a in articles) / 1e6

    def all_reports(model: bool) -> int:
        return sum(len(extract_facts(a, names=model, labels=model)) for a in articles)

    report("facts: 72 work reports, figures and dates (no model) (s)", lambda: all_reports(False), repeat=3, unit="s")
    times = []

    def with_names() -> None:
        t0 = time.perf_counter()
        all_reports(True)
        times.append(time.perf_counter() - t0)

    report(
        "facts: 72 work reports, all kinds with names (s)",
        with_names,
        repeat=1,
        warmup=False,
        unit="s",
        baseline="facts: 72 work reports, figures and dates (no model) (s)",
    )
    report(
        f"  names and labels: seconds per MB ({megabytes:.1f} MB of UTF-8)",
        lambda: times[-1] / megabytes,
        measure=False,
        repeat=1,
        unit="s",
    )


def _arrival(report) -> None:
    """Fresh processes: from the first paint of the seed to figures, and to names, in the panel."""
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", FACT_BROWSER_CACHE_DIR=tempfile.gettempdir() + "/fb-bench-cache"
    )
    samples = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.facts_arrival", str(SEED)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            check=True,
        ).stdout
        samples.append(json.loads(out.strip().splitlines()[-1]))
    for key, name, target in (
        ("figures", "window: first paint → seed's figures in the panel (s)", "< 0.3 s"),
        ("names", "window: first paint → seed's names in the panel (s)", None),
    ):
        it = iter(s[key] for s in samples)
        report(name, lambda: next(it), measure=False, unit="s", repeat=5, target=target)
