"""How often two annotators agree on the same passages: the honest ceiling beside the extractor's scores.

Compares the first annotator's gold (``figures.jsonl``) with a second, blind
annotation of the same passages, figure by figure and date by date (the same
``text`` and ``n`` in the same passage), and prints the share of items on which
they agree. ``ROUNDS`` names the pairs: round 5's held-out half
(``hand_annotations_5_held.py`` against ``second_annotator_5_held.py``, the
default) and round 10's tuned-on half (``hand_annotations_10.py`` against
``second_annotator_10.py``). A second annotation that has its own ``DOCS``
resolves its undated periods against the date it says each text states;
otherwise against the gold's. The measures:

- *label*: the second annotator's first label names the first's measure, with
  the very matching ``make quality`` uses for "label names the measure"
  (``quality.figures.label_matches``: equal, or one contains the other and is at
  least half as long, through t2s); also the other way round, and strictly;
- *period, dated* / *period, undated*: equal periods (``null`` included); and
  *undated, either notation*: also where one wrote the time relative (``Y[-1]``)
  and the other the absolute year the text itself states (a heading's
  ``2014年``), both meaning the period they agree on with a document date;
- *stance*: equal, with Cohen's kappa beside it;
- *subject*: where the first annotator names an entity (as ``make quality``
  scores it), the second names a matching one; and over every figure, both name
  matching entities or both name none;
- *date value* / *date value, undated*: equal values (and either notation, as for periods).

Run with the project's interpreter from the repository root (the label
matching converts scripts with OpenCC)::

    FACT_BROWSER_CORPORA=/path/to/corpora .venv/bin/python tests/facts_dev/agreement.py [--round 5|10] [--list]

``--list`` prints every disagreement (these are annotations, never the
extractor's output). Exits 1 if the two annotations do not cover the same items.
"""

import argparse
import collections
import importlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))

from build_gold import load, locate, resolve  # noqa: E402 - beside this script, found once sys.path holds its folder

from quality.figures import TARGETS, label_matches, subject_matches  # noqa: E402 - the repository root, added above


#: round -> (the second annotation's module beside this script, whether it covers the round's held-out half)
ROUNDS = {5: ("second_annotator_5_held", True), 10: ("second_annotator_10", False)}


def second_annotation(passage, text, second):
    """(figures, dates) of the second annotator for one gold passage, keyed by (text, n), in the gold's form."""
    key = (passage["corpus"], passage["id"], *passage["passage"])
    found, errors = locate(text, second.P.get(key, []), passage["id"])
    if errors:
        raise SystemExit(f"second annotation of {key}: {errors} item(s) not found")
    docs = getattr(second, "DOCS", None)
    date = passage["doc_date"]
    nodate = docs[(passage["corpus"], passage["id"])]["text_date"] if docs else passage["text_date"]
    figures, dates = {}, {}
    for n, it in found:
        if it[0] == "F":
            figures[(it[1], n)] = {
                "label": it[2],
                "period": resolve(it[3], date),
                "period_nodate": resolve(it[6], nodate),
                "stance": it[4],
                "subject": it[5],
            }
        else:
            dates[(it[1], n)] = {"value": resolve(it[2], date), "value_nodate": resolve(it[2], nodate)}
    return figures, dates


def kappa(pairs):
    """Cohen's kappa of two annotators' categories: agreement beyond what their own frequencies give by chance."""
    if not pairs:
        return 0.0
    seen = sum(a == b for a, b in pairs) / len(pairs)
    first = collections.Counter(a for a, _ in pairs)
    second = collections.Counter(b for _, b in pairs)
    chance = sum(first[c] * second[c] for c in first) / len(pairs) ** 2
    return (seen - chance) / (1 - chance) if chance < 1 else 1.0


def _same_time(first, second, dated_first, dated_second):
    """Undated, the same time in either notation: one relative, the other the absolute both resolve to when dated."""
    if first == second:
        return True
    relative = [v for v in (first, second) if (v or "").startswith("Y")]
    return len(relative) == 1 and dated_first == dated_second and dated_first in (first, second)


def _subjects_agree(first, second):
    if first is None or second is None:
        return first is None and second is None
    return any(subject_matches(s, first) for s in second)


def compare(gold_passages, records, second):
    """{measure: [right, total]}, the disagreements, the stance pairs and the items not in both annotations."""
    tally = collections.defaultdict(lambda: [0, 0])
    wrong, stances, missing = [], [], []
    keys = {(p["corpus"], p["id"], *p["passage"]) for p in gold_passages}
    for key in sorted(set(second.P) - keys, key=str):
        missing.append(("passage", key[1], (f"[{key[2]}, {key[3]}]", None)))

    def count(measure, right, text, first, second):
        tally[measure][0] += bool(right)
        tally[measure][1] += 1
        if not right:
            wrong.append((measure, text, first, second))

    for passage in gold_passages:
        a, b = passage["passage"]
        text = records[(passage["corpus"], passage["id"])]["content"][a:b]
        figures, dates = second_annotation(passage, text, second)
        gold_f = {(g["text"], g["n"]): g for g in passage["figures"]}
        gold_d = {(g["text"], g["n"]): g for g in passage["dates"]}
        for key in set(gold_f) ^ set(figures):
            missing.append(("figure", passage["id"], key))
        for key in set(gold_d) ^ set(dates):
            missing.append(("date", passage["id"], key))
        for key, g in gold_f.items():
            s = figures.get(key)
            if s is None:
                continue
            where = f"{passage['id']} {key[0]}#{key[1]}"
            count("label names the measure", label_matches(s["label"][0], g["label"]), where, g["label"], s["label"])
            count("label, the other way", label_matches(g["label"][0], s["label"]), where, g["label"], s["label"])
            strict = label_matches(s["label"][0], g["label"], strict=True)
            count("label, strict", strict, where, g["label"], s["label"])
            count("period, dated", g["period"] == s["period"], where, g["period"], s["period"])
            count(
                "period, undated",
                g["period_nodate"] == s["period_nodate"],
                where,
                g["period_nodate"],
                s["period_nodate"],
            )
            either = _same_time(g["period_nodate"], s["period_nodate"], g["period"], s["period"])
            count("period, undated, either notation", either, where, g["period_nodate"], s["period_nodate"])
            count("stance", g["stance"] == s["stance"], where, g["stance"], s["stance"])
            stances.append((g["stance"], s["stance"]))
            both_target = (g["stance"] in TARGETS) == (s["stance"] in TARGETS)
            count("target or not", both_target, where, g["stance"], s["stance"])
            if g["subject"] is not None:
                ok = s["subject"] is not None and _subjects_agree(g["subject"], s["subject"])
                count("subject", ok, where, g["subject"], s["subject"])
            count(
                "subject, named or not", _subjects_agree(g["subject"], s["subject"]), where, g["subject"], s["subject"]
            )
        for key, g in gold_d.items():
            s = dates.get(key)
            if s is None:
                continue
            where = f"{passage['id']} {key[0]}#{key[1]}"
            count("date value", g["value"] == s["value"], where, g["value"], s["value"])
            count(
                "date value, undated",
                g["value_nodate"] == s["value_nodate"],
                where,
                g["value_nodate"],
                s["value_nodate"],
            )
            either = _same_time(g["value_nodate"], s["value_nodate"], g["value"], s["value"])
            count("date undated, either notation", either, where, g["value_nodate"], s["value_nodate"])
    return tally, wrong, stances, missing


def agreement(number):
    """compare()'s answer for round ``number``'s pair (``ROUNDS``), read from figures.jsonl and the corpora."""
    name, held_out = ROUNDS[number]
    second = importlib.import_module(name)
    with open(os.path.join(HERE, "figures.jsonl"), encoding="utf-8") as fh:
        gold = [json.loads(line) for line in fh if line.strip()]
    gold = [p for p in gold if p["round"] == number and p["held_out"] == held_out]
    gov, tw = load()
    records = {("gov_work_reports", k): v for k, v in gov.items()}
    records.update({("tw_president_news", k): v for k, v in tw.items()})
    return compare(gold, records, second)


def main(argv):
    parser = argparse.ArgumentParser(description="Agreement of two annotations of the same passages.")
    parser.add_argument("--round", type=int, default=5, choices=sorted(ROUNDS), help="the pair to compare")
    parser.add_argument("--list", action="store_true", help="print every disagreement")
    args = parser.parse_args(argv)
    tally, wrong, stances, missing = agreement(args.round)
    for what, rid, key in missing:
        print(f"not in both annotations: {what} {rid} {key[0]}" + (f"#{key[1]}" if key[1] is not None else ""))
    half = "held out" if ROUNDS[args.round][1] else "tuned on"
    print(f"round {args.round} {half}, two annotators: {len(stances)} figures, {tally['date value'][1]} dates")
    for measure in sorted(tally, key=lambda m: (m.startswith("date"), m.startswith("subject"))):
        right, total = tally[measure]
        extra = f"  kappa {kappa(stances):.2f}" if measure == "stance" else ""
        print(f"  {measure:<34}{right / total:>7.1%} ({right}/{total}){extra}")
    if args.list:
        for measure, where, first, second in wrong:
            print(f"{measure:<34} {where}: first {first}, second {second}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
