"""Script switching: re-rendering the seed, and ConvertedView against raw OpenCC on 1 MB.

Targets (issue 4): re-rendering the seed in any variant < 50 ms; on a 1 MB
document (government work reports, UTF-8 bytes) the ConvertedView stays
within 1.5× of raw ``opencc`` converting the same text (the offset map is
aligned lazily per line; mapping every sentence is measured separately). Converters are
warmed first: their one-off dictionary load is start-up cost, not switching
cost (it is reported separately).
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("FACT_BROWSER_CORPORA") or ROOT / ".." / "shared" / "corpora")
SEED = ROOT / "seeds" / "guanyinqiao-service-award.zh.txt"
MEGABYTE = 1_000_000

SEED_ROUTES = [
    ("traditional", False),
    ("taiwan", False),
    ("taiwan", True),
    ("hongkong", False),
    ("hongkong", True),
    ("simplified", False),
    ("original", False),
]
BIG_ROUTES = [("traditional", False, "s2t"), ("taiwan", False, "s2tw"), ("taiwan", True, "s2twp")]


def _one_megabyte_of_reports():
    from desktop.core.ingest.builder import build_article
    from desktop.core.ingest.text import normalise

    path = CORPORA / "gov_work_reports" / "government_work_reports.jsonl"
    if not path.exists():
        return None
    parts, size = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        content = json.loads(line)["content"]
        parts.append(content)
        size += len(content.encode("utf-8")) + 1
        if size >= MEGABYTE:
            break
    text = normalise("\n".join(parts))
    text = text.encode("utf-8")[:MEGABYTE].decode("utf-8", "ignore")
    return build_article(normalise(text))


def run(report) -> None:
    from desktop.core.ingest.builder import load_path
    from desktop.core.script import ConvertedView, converter, render_article

    t0 = time.perf_counter()
    for config in ("t2s", "s2t", "s2tw", "s2twp", "s2hk", "s2hkp"):
        converter(config)
    load_ms = (time.perf_counter() - t0) * 1000
    report("script: load 6 OpenCC configs (once per process)", lambda: load_ms, repeat=1, measure=False)

    seed = load_path(SEED)
    for variant, phrases in SEED_ROUTES:
        label = variant + (" +phrases" if phrases else "")

        def render(variant=variant, phrases=phrases):
            view = ConvertedView(seed, variant, phrases=phrases)
            view.title  # the section list and window title are part of a switch
            return view

        report(f"script: seed re-render {label} (< 50 ms)", render)
    spans = [(x.start, x.end) for x in seed.sentences]
    report(
        "script: seed re-render taiwan +phrases, map every sentence",
        lambda: ConvertedView(seed, "taiwan", phrases=True).spans_to_view(spans),
    )
    render_article(seed, "taiwan")
    report("script: seed switch back to a cached variant", lambda: render_article(seed, "taiwan"))

    article = _one_megabyte_of_reports()
    if article is None:
        print(f"  (skipped 1 MB comparison: no corpus at {CORPORA})")
        return
    text = article.text
    print(
        f"  1 MB document: {len(text.encode('utf-8')):,} bytes, {len(text):,} chars, {len(article.sentences):,} sentences"
    )
    for variant, phrases, config in BIG_ROUTES:
        cc = converter(config)
        base = f"script: raw opencc {config} 1 MB"
        report(base, lambda cc=cc: cc.convert(text), repeat=5)
        report(
            f"script: ConvertedView {config} 1 MB (≤ 1.5×)",
            lambda v=variant, p=phrases: ConvertedView(article, v, phrases=p, source="simplified"),
            baseline=base,
            repeat=5,
        )
    # Offsets are aligned lazily, per line; this is the cost of mapping every
    # sentence of 1 MB at once (the facts table of a huge document), off the UI thread.
    spans = [(x.start, x.end) for x in article.sentences]
    for variant, phrases, config in BIG_ROUTES[1:]:
        report(
            f"script: ConvertedView {config} 1 MB + map all {len(spans):,} sentences",
            lambda v=variant, p=phrases: ConvertedView(article, v, phrases=p, source="simplified").spans_to_view(spans),
            baseline=f"script: raw opencc {config} 1 MB",
            repeat=3,
        )
