"""Search speed: per-query medians on real and synthetic corpora, index build per MB.

``str.find`` over the same text for the same characters is measured beside
each query as its floor (baseline).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_CANDIDATES = [ROOT / ".." / "shared" / "corpora", ROOT / ".." / ".." / "shared" / "corpora"]
CORPORA = next((c for c in _CANDIDATES if c.is_dir()), _CANDIDATES[0])
GOV = CORPORA / "gov_work_reports" / "government_work_reports.jsonl"
SYNTHETIC_BYTES = 10 * 1024 * 1024

#: label -> (query as typed, the literal a plain str.find would look for)
QUERIES = {
    "Chinese word": ("经济", "经济"),
    "Traditional word": ("經濟發展", "经济发展"),
    "pinyin": ("zhengfu gongzuo", "政府工作"),
    "figure": ("27203", "２７，２０３"),
    "no hit": ("量子计算机", "量子计算机"),
}


def _find_all(text: str, needle: str) -> int:
    n, i = 0, text.find(needle)
    while i >= 0:
        n += 1
        i = text.find(needle, i + len(needle))
    return n


def _gov_text() -> str | None:
    if not GOV.exists():
        return None
    with GOV.open(encoding="utf-8") as fh:
        return "\n".join(json.loads(line)["content"] for line in fh if line.strip())


def _synthetic(text: str) -> str:
    """The real paragraphs, shuffled and repeated to 10 MB of UTF-8."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    rng = random.Random(6)
    out: list[str] = []
    size = 0
    while size < SYNTHETIC_BYTES:
        rng.shuffle(paragraphs)
        for p in paragraphs:
            out.append(p)
            size += len(p.encode("utf-8")) + 1
            if size >= SYNTHETIC_BYTES:
                break
    return "\n".join(out)


def run(report) -> None:
    from desktop.core.ingest.builder import build_article
    from desktop.core.ingest.text import normalise
    from desktop.core.search import SearchIndex, shared_fold
    from desktop.core.search.pinyin import pinyin_codes

    raw = _gov_text()
    if raw is None:
        print(f"bench_search: skipped, corpus absent at {GOV}")
        return
    shared_fold()  # one-off costs, not per document
    pinyin_codes()
    corpora = {"gov 1.1M": build_article(normalise(raw))}
    corpora["synthetic 10MB"] = build_article(normalise(_synthetic(raw)))
    for name, article in corpora.items():
        mb = len(article.text.encode("utf-8")) / 1e6
        chars = len(article.text) / 1e6
        report(
            f"search {name}: index build ({mb:.1f} MB, {chars:.2f} M chars)",
            lambda a=article: SearchIndex(a).warm(),
            repeat=3,
        )
        index = SearchIndex(article)
        index.warm()
        for label, (query, literal) in QUERIES.items():
            floor = f"search {name}: str.find floor for {label}"
            report(floor, lambda t=article.text, q=literal: _find_all(t, q))
            report(f"search {name}: {label} {query!r}", lambda q=query, ix=index: ix.query(q), baseline=floor)
