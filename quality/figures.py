"""Labels, periods, stances, subjects and dates scored on the hand-annotated set in ``tests/facts_dev``.

Each passage's whole corpus record is loaded as a document (the app's loader
and sectioner) and extracted twice: with the record's date as the document
date (as a library or a dated feed would), and without any (the text alone,
as a pasted or untitled document: relative dates must then stay relative).

- *figures found*: a gold figure overlapped by an extracted figure.
- *label*: the extracted label's measure (the part before a change word:
  ``销售总额`` of ``销售总额 同比增长``) names the gold measure: equal to one of
  the gold labels, or one contains the other and the shorter has at least half
  the longer's characters (``城镇调查失业率`` for ``全国城镇调查失业率``). Compared
  through ``t2s`` so the script does not matter. *strict* counts equality only.
- *period, dated*: the figure's period equals the gold period (``null`` included).
- *period, undated* (from round 2 on): the period with no document date equals the gold
  one, which is relative (``Y[-1]``, ``Y-M-10``) wherever only the document date
  could fix it, unless the text states its own date (a dateline); an absolute
  period the extractor read from the text's own words (a heading's ``2016年``)
  that equals the dated gold is right too.
- *stance* (from round 2 on): target, plan, forecast, result or base, exactly.
- *target or not*: the stance is a target, plan or forecast exactly when the gold
  says so (round 1's ``target`` flag; the stance from round 2 on).
- *subject* (from round 2 on, where the gold names an entity): the same matching as labels.
- *dates found*: a gold date overlapped by a date fact; *date value*: its
  value equals the gold value (``null`` included); *date value, undated* likewise
  without a document date (from round 2 on).

A gold figure or date that was not found counts as wrong in every measure.
Held-out documents (``held_out`` in the gold) are tallied apart; their errors
are never listed. The held-out columns:

- *held out*: every held-out figure and date of every round (1 to 11), with
  its script split beside it (*held out, simplified* / *traditional*);
- *held out, rounds 1-10*: the same without round 11, the 885 figures the whole
  held-out floor was measured on before round 11 was annotated (a rule's before
  and after stay comparable on it);
- *held out, rounds 1-9*: the same without round 10, the 782 figures the whole
  held-out floor was measured on before round 10 was annotated (a rule's before
  and after stay comparable on it);
- *held out, rounds 1-8*: the same without round 9, the 723 figures the whole
  held-out floor was measured on before round 9 was annotated (a rule's before
  and after stay comparable on it);
- *held out, rounds 1-7*: the same without round 8, the 665 figures the whole
  held-out floor was measured on before round 8 was annotated (a rule's before
  and after stay comparable on it);
- *held out, rounds 1-5*: the same without rounds 6 and 7. Their held-out
  halves (*round 6, held out*, *round 7, held out*, together *rounds 6-7, held
  out*) are the third session's unseen test, scored only on the session's
  starting code and at its end: a rule is kept when *this* column does not
  fall, never on the round-6 or round-7 columns (nor on *held out*, which holds them);
- *held out, rounds 1-2*: the set the first held-out floors were measured on;
- *round N, held out*: one round's held-out half, each with floors of its own
  (round 8's, the fourth session's unseen test, round 9's, the fifth's,
  round 10's, the sixth's, and round 11's, the seventh's, are scored on their
  session's starting code and at its end only, like rounds 6 and 7's);
- *round 6, tuned on* to *round 11, tuned on*: a tuned-on half annotated before any extractor ran on it.
"""

from __future__ import annotations

import json
import re
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
TARGETS = ("target", "plan", "forecast")
MEASURES = (
    "figures found",
    "label names the measure",
    "label, strict",
    "period, dated",
    "period, undated",
    "stance",
    "target or not",
    "subject",
    "dates found",
    "date value",
    "date value, undated",
)
#: The columns of the report, held-out first.
COLUMNS = (
    "held out",
    "held out, rounds 1-10",
    "held out, rounds 1-9",
    "held out, rounds 1-8",
    "held out, rounds 1-7",
    "held out, rounds 1-5",
    "held out, simplified",
    "held out, traditional",
    "tuned on",
    "all",
    "round 2, held out",
    "round 3, held out",
    "round 4, held out",
    "round 5, held out",
    "round 6, tuned on",
    "round 6, held out",
    "round 7, tuned on",
    "round 7, held out",
    "rounds 6-7, held out",
    "round 8, tuned on",
    "round 8, held out",
    "round 9, tuned on",
    "round 9, held out",
    "round 10, tuned on",
    "round 10, held out",
    "round 11, tuned on",
    "round 11, held out",
)


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
    #: (corpus, measure, text, gold, predicted, held out)
    wrong: list[tuple[str, str, str, object, object, bool]] = field(default_factory=list)

    def tally(self, passage: dict, measure: str, right: bool) -> None:
        held = passage["held_out"]
        keys = [
            passage["corpus"],
            "all",
            "held out" if held else "tuned on",
            f"{'held out' if held else 'tuned on'}, {passage['script']}",
            passage["script"],
        ]
        keys.append(f"round {passage['round']}")
        if held and passage["round"] <= 2:
            keys.append("held out, rounds 1-2")  # the set the first held-out floors were measured on
        if held and passage["round"] <= 5:
            keys.append("held out, rounds 1-5")  # the set the third session's rules are kept on (not rounds 6-7)
        if held and passage["round"] <= 10:
            keys.append("held out, rounds 1-10")  # the 885 figures held out before round 11
        if held and passage["round"] <= 9:
            keys.append("held out, rounds 1-9")  # the 782 figures held out before round 10
        if held and passage["round"] <= 8:
            keys.append("held out, rounds 1-8")  # the 723 figures held out before round 9
        if held and passage["round"] <= 7:
            keys.append("held out, rounds 1-7")  # the 665 figures held out before round 8
        if held and passage["round"] in (6, 7):
            keys.append("rounds 6-7, held out")  # the third session's unseen test, whole
        if passage["round"] >= 2:
            keys.append(f"round {passage['round']}, {'held out' if held else 'tuned on'}")
        for key in keys:
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


_SPACE = re.compile("[ \u3000]")


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
    return _names(measure, gold, strict)


def _names(measure: str, gold: list[str], strict: bool = False) -> bool:
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


def subject_matches(predicted: str, gold: list[str]) -> bool:
    return _names(_t2s(predicted), gold)


def _hit(facts, text: str, g: dict, offset: int):
    needle = g["text"]
    at = _nth_from(text, needle, g["n"], offset)
    if at < 0 and _SPACE.search(needle):
        # Gold is written as printed (2 2 ．4 万件), the article as ingest normalised it (22．4万件: a number typeset
        # with a space after each character is read as one, core.ingest.text): find it without those spaces.
        needle = _SPACE.sub("", needle)
        at = _nth_from(text, needle, g["n"], offset)
    end = at + len(needle)
    return next((f for f in facts if at >= 0 and f.start < end and at < f.end), None)


def score(corpora: Path, extract) -> FiguresReport:
    """``extract(document, passage, doc_date | None) -> (article_text, facts, passage_offset)`` per passage.

    The whole document is extracted (the app always sees whole documents, so
    ``全年`` has the context it has for a reader), once with its date and once
    without; gold items are found from the passage's offset in the article's text on.
    """
    rows = records(corpora)
    report = FiguresReport()
    with open(GOLD, encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    for passage in gold:
        record = rows[(passage["corpus"], int(passage["id"]))]
        a, b = passage["passage"]
        text, facts, offset = extract(record["content"], record["content"][a:b], passage["doc_date"])
        undated = None
        if passage["round"] >= 2:
            undated = extract(record["content"], record["content"][a:b], None)
        _score_figures(report, passage, text, facts, offset, undated)
        _score_dates(report, passage, text, facts, offset, undated)
    return report


def _score_figures(report, passage, text, facts, offset, undated) -> None:
    corpus, held = passage["corpus"], passage["held_out"]
    figures = [f for f in facts if f.kind in FIGURE_KINDS]
    figures_undated = [f for f in undated[1] if f.kind in FIGURE_KINDS] if undated else []
    for g in passage["figures"]:
        hit = _hit(figures, text, g, offset)
        report.tally(passage, "figures found", hit is not None)
        label = hit.label if hit else ""
        ok = hit is not None and label_matches(label, g["label"])
        report.tally(passage, "label names the measure", ok)
        report.tally(passage, "label, strict", hit is not None and label_matches(label, g["label"], strict=True))
        if not ok:
            report.wrong.append((corpus, "label", g["text"], g["label"], label, held))
        period = hit.period if hit else "(not found)"
        report.tally(passage, "period, dated", hit is not None and period == g["period"])
        if hit is None or period != g["period"]:
            report.wrong.append((corpus, "period", g["text"], g["period"], period, held))
        stance = getattr(hit, "stance", None) if hit else "(not found)"
        gold_target = g["target"] if passage["round"] == 1 else g["stance"] in TARGETS
        report.tally(passage, "target or not", hit is not None and (stance in TARGETS) == gold_target)
        if hit is not None and (stance in TARGETS) != gold_target:
            report.wrong.append((corpus, "target", g["text"], gold_target, stance, held))
        if passage["round"] < 2:
            continue
        report.tally(passage, "stance", hit is not None and stance == g["stance"])
        if hit is None or stance != g["stance"]:
            report.wrong.append((corpus, "stance", g["text"], g["stance"], stance, held))
        if g["subject"] is not None:
            ok = hit is not None and subject_matches(hit.subject, g["subject"])
            report.tally(passage, "subject", ok)
            if not ok:
                report.wrong.append((corpus, "subject", g["text"], g["subject"], hit.subject if hit else "", held))
        text_u, _, offset_u = undated
        hit_u = _hit(figures_undated, text_u, g, offset_u)
        period_u = hit_u.period if hit_u else "(not found)"
        ok = hit_u is not None and (period_u == g["period_nodate"] or _read_from_text(hit_u, g))
        report.tally(passage, "period, undated", ok)
        if not ok:
            report.wrong.append((corpus, "period undated", g["text"], g["period_nodate"], period_u, held))


def _read_from_text(hit, g: dict) -> bool:
    """Undated, a relative gold (Y) is also met by the absolute year the text itself states (三、2016年重点工作
    above 今年…): right when it is the dated gold and came from the text's words, not a document date."""
    nodate = g["period_nodate"] or ""
    return (
        nodate.startswith("Y")
        and hit.period == g["period"]
        and bool(hit.period_source)
        and "document date" not in hit.period_source
        and not hit.period.startswith("Y")
    )


def _score_dates(report, passage, text, facts, offset, undated) -> None:
    corpus, held = passage["corpus"], passage["held_out"]
    dates = [f for f in facts if f.kind == "date"]
    for g in passage["dates"]:
        hit = _hit(dates, text, g, offset)
        report.tally(passage, "dates found", hit is not None)
        report.tally(passage, "date value", hit is not None and hit.value == g["value"])
        if hit is None or hit.value != g["value"]:
            report.wrong.append((corpus, "date", g["text"], g["value"], hit.value if hit else "(not found)", held))
        if undated is not None:
            text_u, facts_u, offset_u = undated
            hit_u = _hit([f for f in facts_u if f.kind == "date"], text_u, g, offset_u)
            ok = hit_u is not None and hit_u.value == g["value_nodate"]
            report.tally(passage, "date value, undated", ok)
            if not ok:
                report.wrong.append(
                    (
                        corpus,
                        "date undated",
                        g["text"],
                        g["value_nodate"],
                        hit_u.value if hit_u else "(not found)",
                        held,
                    )
                )


def format_report(report: FiguresReport) -> str:
    columns = [c for c in COLUMNS if c in report.by_corpus]
    width = 22
    lines = [
        "figures, labels, periods, stances, subjects and dates (tests/facts_dev; held-out columns first)",
        "  " + f"{'measure':<26}" + "".join(f"{c:>{width}}" for c in columns),
    ]
    for m in MEASURES:
        cells = []
        for c in columns:
            t = report.by_corpus[c].get(m)
            cells.append(f"{t.share:>8.1%} ({t.right:>3}/{t.total:<3})" if t and t.total else "—")
        lines.append("  " + f"{m:<26}" + "".join(f"{x:>{width}}" for x in cells))
    return "\n".join(lines)
