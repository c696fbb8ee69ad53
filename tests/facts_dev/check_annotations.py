"""Check tests/facts_dev/figures.jsonl against the corpus text.

For every passage: the offsets are inside the record, every figure and date
``text`` has an ``n``-th occurrence in the passage (n counts str.find hits,
each search starting one character after the previous hit), no two
annotations claim the same characters, labels are non-empty lists of
strings, and period / value strings look like ISO periods.  Prints counts
per corpus.  Each second, blind annotation (``SECOND``, read by
``agreement.py``; not gold) must cover exactly the gold's passages and items
(``text`` and ``n``) of the round and half it annotates again, with stances
and periods of the gold's form.  Plain python3, no project imports; exits 1 on
any problem.
"""

import collections
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.environ.get("FACT_BROWSER_CORPORA", os.path.join(HERE, "..", "..", "..", "shared", "corpora"))
FILES = {
    "gov_work_reports": os.path.join(CORPORA, "gov_work_reports", "government_work_reports.jsonl"),
    "tw_president_news": os.path.join(CORPORA, "tw_president_news", "president_news_2024_2025.jsonl"),
}
_ONE = r"(\d{4}|Y(\[[+-]\d+\])?)(s|-H[12]|-Q[1-4]|-(\d{2}|M(\[[+-]\d+\])?)(-\d{2})?)?"
#: An ISO period, a start/end span, or (without a document date) the same relative to it: Y[-1]-07, Y-M-10.
PERIOD = re.compile(r"^%s(/%s)?$" % (_ONE, _ONE))
STANCES = ("target", "plan", "forecast", "result", "base")
#: second, blind annotations beside this script (not gold) -> the round and half of figures.jsonl they annotate again
SECOND = {"second_annotator_5_held": (5, True), "second_annotator_10": (10, False)}


def load():
    docs = {}
    for corpus, path in FILES.items():
        with open(path, encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if corpus == "gov_work_reports":
                    if not r.get("year"):
                        continue
                    docs[(corpus, int(r["year"]))] = r
                else:
                    docs[(corpus, int(r["id"]))] = r
    return docs


def nth(passage, text, n):
    i = passage.find(text)
    for _ in range(n):
        if i == -1:
            break
        i = passage.find(text, i + 1)
    return i


def _items(passage, items):
    """(kind, text, n) of each item, each found after the previous one (as build_gold.py locates them); None if not."""
    out, cur = [], 0
    for it in items:
        pos = passage.find(it[1], cur)
        if pos == -1:
            return None
        n, i = 0, passage.find(it[1])
        while i < pos:
            n, i = n + 1, passage.find(it[1], i + 1)
        out.append((it[0], it[1], n))
        cur = pos + len(it[1])
    return out


def second_coverage(rows, docs, name, number, held_out):
    """Problems of one second annotation: passages or items not the gold's, malformed stances or periods."""
    sys.path.insert(0, HERE)
    module = __import__(name)
    problems, figures, dates = [], 0, 0
    gold = {(o["corpus"], o["id"], *o["passage"]): o for o in rows if o.get("round") == number}
    gold = {k: o for k, o in gold.items() if o.get("held_out") == held_out}
    for key in set(module.P) - set(gold):
        problems.append("%s: passage %s is not the gold's" % (name, key))
    for key in sorted(gold, key=str):  # a passage with nothing in it may be left out
        o = gold[key]
        found = _items(docs[key[:2]]["content"][key[2] : key[3]], module.P.get(key, []))
        if found is None:
            problems.append("%s: an item of %s is not found in order" % (name, key))
            continue
        first = {("F", x["text"], x["n"]) for x in o["figures"]} | {("D", x["text"], x["n"]) for x in o["dates"]}
        for kind, text, n in sorted(first ^ set(found)):
            problems.append("%s: %s %s %r n=%d is in only one annotation" % (name, key, kind, text, n))
        for it in module.P.get(key, []):
            times = [it[3], it[6]] if it[0] == "F" else [it[2]]
            if it[0] == "F" and it[4] not in STANCES:
                problems.append("%s: %s bad stance %r for %r" % (name, key, it[4], it[1]))
            for t in times:
                if t is not None and not PERIOD.match(t):
                    problems.append("%s: %s bad period %r for %r" % (name, key, t, it[1]))
        figures += sum(x[0] == "F" for x in found)
        dates += sum(x[0] == "D" for x in found)
    half = "held out" if held_out else "tuned on"
    print("second annotation, round %d %s (%s): figures=%d dates=%d" % (number, half, name, figures, dates))
    return problems


def main():
    if not all(os.path.exists(p) for p in FILES.values()):
        print("corpora not found under", CORPORA, "(set FACT_BROWSER_CORPORA)")
        return 2
    docs = load()
    problems = []
    stats = collections.defaultdict(collections.Counter)
    used_docs = collections.defaultdict(set)
    with open(os.path.join(HERE, "figures.jsonl"), encoding="utf-8") as f:
        rows = [json.loads(row) for row in f if row.strip()]
    for k, o in enumerate(rows):
        where = "row %d (%s %s)" % (k, o.get("corpus"), o.get("id"))
        rec = docs.get((o["corpus"], o["id"]))
        if rec is None:
            problems.append(where + ": no such document")
            continue
        if o["corpus"] == "tw_president_news" and o["doc_date"] != rec["date"]:
            problems.append(where + ": doc_date differs from record date")
        if o["corpus"] == "gov_work_reports" and o["doc_date"] != str(o["id"]):
            problems.append(where + ": doc_date should be the report year")
        s, e = o["passage"]
        c = rec["content"]
        if not (0 <= s < e <= len(c)):
            problems.append(where + ": passage offsets out of range")
            continue
        p = c[s:e]
        claimed = {}
        for kind in ("figures", "dates"):
            for x in o[kind]:
                i = nth(p, x["text"], x["n"])
                if i == -1:
                    problems.append("%s: %s %r n=%d not found" % (where, kind, x["text"], x["n"]))
                    continue
                for j in range(i, i + len(x["text"])):
                    if j in claimed:
                        problems.append("%s: %r overlaps %r" % (where, x["text"], claimed[j]))
                        break
                    claimed[j] = x["text"]
                if kind == "figures":
                    if not (
                        isinstance(x["label"], list)
                        and x["label"]
                        and all(isinstance(part, str) and part for part in x["label"])
                    ):
                        problems.append("%s: bad label for %r" % (where, x["text"]))
                    if x["period"] is not None and not PERIOD.match(x["period"]):
                        problems.append("%s: bad period %r" % (where, x["period"]))
                    if not isinstance(x["target"], bool):
                        problems.append("%s: target not bool for %r" % (where, x["text"]))
                    if o.get("round", 1) >= 2:
                        if x["stance"] not in STANCES:
                            problems.append("%s: bad stance %r for %r" % (where, x["stance"], x["text"]))
                        if x["subject"] is not None and not (isinstance(x["subject"], list) and all(x["subject"])):
                            problems.append("%s: bad subject for %r" % (where, x["text"]))
                        nodate = x["period_nodate"]
                        if nodate is not None and not PERIOD.match(nodate):
                            problems.append("%s: bad period_nodate %r" % (where, nodate))
                        if "Y" in (x["period"] or "") or "M" in (x["period"] or "").replace("-M", "M"):
                            problems.append("%s: period %r not resolved" % (where, x["period"]))
                        stats[o["corpus"]]["stance " + x["stance"]] += 1
                        stats[o["corpus"]]["with subject"] += x["subject"] is not None
                        stats[o["corpus"]]["relative without a date"] += (nodate or "").startswith("Y")
                    stats[o["corpus"]]["figures"] += 1
                    stats["held out" if o.get("held_out") else "tuned on"]["figures"] += 1
                    stats["round %s" % o.get("round", 1)]["figures"] += 1
                    stats[o["corpus"]]["targets"] += bool(x["target"])
                    stats[o["corpus"]]["figures with null period"] += x["period"] is None
                else:
                    if x["value"] is not None and not PERIOD.match(x["value"]):
                        problems.append("%s: bad value %r" % (where, x["value"]))
                    stats[o["corpus"]]["dates"] += 1
        stats[o["corpus"]]["passages"] += 1
        used_docs[o["corpus"]].add(o["id"])
    for corpus in sorted(c for c in stats if c in FILES):
        st = stats[corpus]
        print(
            "%-18s documents=%d passages=%d figures=%d targets=%d null-period=%d dates=%d  docs: %s"
            % (
                corpus,
                len(used_docs[corpus]),
                st["passages"],
                st["figures"],
                st["targets"],
                st["figures with null period"],
                st["dates"],
                sorted(used_docs[corpus]),
            )
        )
        print(
            "%-18s %s"
            % (
                "",
                ", ".join(
                    "%s=%d" % (k, v)
                    for k, v in sorted(st.items())
                    if k.startswith(("stance", "with subject", "relative"))
                ),
            )
        )
    for part in tuple("round %d" % n for n in range(1, 12)) + ("held out", "tuned on"):
        print("%-18s figures=%d" % (part, stats[part]["figures"]))
    total = collections.Counter()
    for corpus in FILES:
        total.update(stats[corpus])
    print(
        "total              documents=%d passages=%d figures=%d targets=%d dates=%d"
        % (
            sum(len(v) for v in used_docs.values()),
            total["passages"],
            total["figures"],
            total["targets"],
            total["dates"],
        )
    )
    for name, (number, held_out) in SECOND.items():
        problems += second_coverage(rows, docs, name, number, held_out)
    for pr in problems:
        print("PROBLEM:", pr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
