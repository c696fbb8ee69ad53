"""Labels, periods and dates scored on the hand-annotated set in ``tests/facts_dev``.

Each passage's whole corpus record is loaded as a document (the app's loader
and sectioner) and extracted with the record's date as the document date, as
a library or a dated feed would; the passage's gold items are scored.

- *figures found*: a gold figure overlapped by an extracted figure.
- *label*: the extracted label's measure (the part before a change word:
  ``销售总额`` of ``销售总额 同比增长``) names the gold measure: equal to one of
  the gold labels, or one contains the other and the shorter has at least half
  the longer's characters (``城镇调查失业率`` for ``全国城镇调查失业率``). Compared
  through ``t2s`` so the script does not matter. *strict* counts equality only.
- *period*: the figure's period equals the gold period (``null`` included).
- *dates found*: a gold date overlapped by a date fact; *date value*: its
  value equals the gold value (``null`` included).
A gold figure or date that was not found counts as wrong in every measure.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "facts_dev" / "figures.jsonl"
_FILES = {
    "gov_work_reports": ("gov_work_reports", "government_work_reports.jsonl", "year"),
    "tw_president_news": ("tw_president_news", "president_news_2024_2025.jsonl", "id"),
}
FIGURE_KINDS = {"money", "percent", "quantity", "ratio", "multiple"}
#: Documents whose errors were never read while the rules were tuned: their scores are the held-out check.
HELD_OUT = {("gov_work_reports", 1994), ("tw_president_news", 39324), ("tw_president_news", 39442), ("tw_president_news", 39639)}


@dataclass
class Tally:
    total: int = 0
    right: int = 0

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class FiguresReport:
    by_corpus: dict[str, dict[str, Tally]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(Tally)))
    wrong: list[tuple[str, str, str, object, object]] = field(default_factory=list)

    def tally(self, corpus: str, measure: str, right: bool, held_out: bool = False) -> None:
        for key in (corpus, "all", "held out" if held_out else "tuned on"):
            t = self.by_corpus[key][measure]
            t.total += 1
            t.right += bool(right)


def records(corpora: Path) -> dict[tuple[str, int], dict]:
    out = {}
    for corpus, (folder, name, key) in _FILES.items():
        path = corpora / folder / name
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                if row.get(key) is not None:
                    out.setdefault((corpus, int(row[key])), row)
    return out


def _nth_from(text: str, needle: str, n: int, offset: int) -> int:
    at = offset - 1
    for _ in range(n + 1):
        at = text.find(needle, at + 1)
        if at < 0:
            return -1
    return at


def _t2s(text: str) -> str:
    from desktop.core.script.converters import converter

    return converter("t2s").convert(text)


def label_matches(predicted: str, gold: list[str], *, strict: bool = False) -> bool:
    measure = _t2s(predicted.split(" ")[0]) if predicted else ""
    if not measure:
        return False
    for g in map(_t2s, gold):
        if measure == g:
            return True
        if not strict:
            short, long_ = sorted((measure, g), key=len)
            if short in long_ and len(short) >= max(2, len(long_) / 2):
                return True
    return False


def score(corpora: Path, extract) -> FiguresReport:
    """``extract(document, passage, doc_date) -> (article_text, facts, passage_offset)`` per passage.

    The whole document is extracted (the app always sees whole documents, so
    ``全年`` has the context it has for a reader); gold items are found from the
    passage's offset in the article's text on.
    """
    rows = records(corpora)
    report = FiguresReport()
    with open(GOLD, encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    for passage in gold:
        record = rows[(passage["corpus"], int(passage["id"]))]
        a, b = passage["passage"]
        text, facts, offset = extract(record["content"], record["content"][a:b], passage["doc_date"])
        figures = [f for f in facts if f.kind in FIGURE_KINDS]
        dates = [f for f in facts if f.kind == "date"]
        corpus = passage["corpus"]
        held = (corpus, int(passage["id"])) in HELD_OUT
        for g in passage["figures"]:
            at = _nth_from(text, g["text"], g["n"], offset)
            end = at + len(g["text"])
            hit = next((f for f in figures if at >= 0 and f.start < end and at < f.end), None)
            report.tally(corpus, "figures found", hit is not None, held)
            label = hit.label if hit else ""
            ok = hit is not None and label_matches(label, g["label"])
            report.tally(corpus, "label names the measure", ok, held)
            report.tally(corpus, "label, strict", hit is not None and label_matches(label, g["label"], strict=True), held)
            if not ok:
                report.wrong.append((corpus, "label", g["text"], g["label"], label, held))
            period = hit.period if hit else "(not found)"
            report.tally(corpus, "figure period", hit is not None and period == g["period"], held)
            if hit is None or period != g["period"]:
                report.wrong.append((corpus, "period", g["text"], g["period"], period, held))
        for g in passage["dates"]:
            at = _nth_from(text, g["text"], g["n"], offset)
            end = at + len(g["text"])
            hit = next((f for f in dates if at >= 0 and f.start < end and at < f.end), None)
            report.tally(corpus, "dates found", hit is not None, held)
            report.tally(corpus, "date value", hit is not None and hit.value == g["value"], held)
            if hit is None or hit.value != g["value"]:
                report.wrong.append((corpus, "date", g["text"], g["value"], hit.value if hit else "(not found)", held))
    return report


MEASURES = ("figures found", "label names the measure", "label, strict", "figure period", "dates found", "date value")


def format_report(report: FiguresReport) -> str:
    corpora = [c for c in ("gov_work_reports", "tw_president_news", "all", "tuned on", "held out") if c in report.by_corpus]
    lines = ["figures, labels, periods and dates (tests/facts_dev)", "  " + f"{'measure':<26}" + "".join(f"{c:>20}" for c in corpora)]
    for m in MEASURES:
        cells = []
        for c in corpora:
            t = report.by_corpus[c][m]
            cells.append(f"{t.share:>8.1%} ({t.right:>3}/{t.total:<3})")
        lines.append("  " + f"{m:<26}" + "".join(f"{x:>20}" for x in cells))
    return "\n".join(lines)
