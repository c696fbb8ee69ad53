"""Named-entity scores on the ``ner_dev`` corpus: per type, exact and overlapping spans.

A prediction matches a gold entity *overlapping* when their spans intersect and
the types agree, *exactly* when start, end and type agree. Each gold entity is
matched at most once and so is each prediction (greedy, in order), so neither
recall nor precision can exceed 1.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

TYPES = ("person", "organization", "place")
#: One sentence's entities: ``(type, start, end)`` with offsets into the sentence.
Spans = list[tuple[str, int, int]]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class NerReport:
    exact: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in (*TYPES, "all")})
    overlap: dict[str, Score] = field(default_factory=lambda: {t: Score() for t in (*TYPES, "all")})
    misses: Counter = field(default_factory=Counter)
    noise: Counter = field(default_factory=Counter)


def load(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _match(gold: Spans, pred: Spans, same: Callable[[tuple, tuple], bool]) -> tuple[set[int], set[int]]:
    used_pred: set[int] = set()
    hit_gold: set[int] = set()
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used_pred and same(g, p):
                used_pred.add(pi)
                hit_gold.add(gi)
                break
    return hit_gold, used_pred


def _exact(g, p) -> bool:
    return g == p


def _overlapping(g, p) -> bool:
    return g[0] == p[0] and g[1] < p[2] and p[1] < g[2]


def score(rows: Iterable[dict], predict: Callable[[str], Spans]) -> NerReport:
    """Scores ``predict(sentence) -> [(type, start, end)]`` against each row's gold entities."""
    report = NerReport()
    for row in rows:
        text = row["text"]
        gold = [(e["type"], e["start"], e["end"]) for e in row["entities"]]
        pred = [p for p in predict(text) if p[0] in TYPES]
        for scores, same in ((report.exact, _exact), (report.overlap, _overlapping)):
            hit, used = _match(gold, pred, same)
            for gi, g in enumerate(gold):
                for key in (g[0], "all"):
                    if gi in hit:
                        scores[key].tp += 1
                    else:
                        scores[key].fn += 1
                if scores is report.overlap and gi not in hit:
                    report.misses[(g[0], text[g[1] : g[2]])] += 1
            for pi, p in enumerate(pred):
                if pi not in used:
                    scores[p[0]].fp += 1
                    scores["all"].fp += 1
                    if scores is report.overlap:
                        report.noise[(p[0], text[p[1] : p[2]])] += 1
    return report


def format_report(name: str, report: NerReport) -> str:
    lines = [f"{name}", f"  {'type':<13}{'overlap P':>10}{'R':>7}{'F1':>7}   {'exact P':>8}{'R':>7}{'F1':>7}"]
    for t in (*TYPES, "all"):
        o, e = report.overlap[t], report.exact[t]
        lines.append(
            f"  {t:<13}{o.precision:>10.1%}{o.recall:>7.1%}{o.f1:>7.1%}   {e.precision:>8.1%}{e.recall:>7.1%}{e.f1:>7.1%}"
        )
    return "\n".join(lines)
