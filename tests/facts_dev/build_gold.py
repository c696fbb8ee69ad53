"""Turn the hand-written annotations (hand_annotations.py) into figures.jsonl.

Every figure, label, period, target flag and date value here was written by
hand after reading the passage.  This script only locates the hand-written
strings in the corpus text: a passage is given by a start anchor and an end
anchor (inclusive), and each item is found in reading order after the
previous one, so that its occurrence index ``n`` is computed rather than
counted by eye.  No extractor or labeller is used.

Plain python3, no project imports.  Run from anywhere:
    python3 tests/facts_dev/build_gold.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CORPORA = os.environ.get(
    "FACT_BROWSER_CORPORA", os.path.join(HERE, "..", "..", "..", "shared", "corpora"))
GOV = os.path.join(CORPORA, "gov_work_reports", "government_work_reports.jsonl")
TW = os.path.join(CORPORA, "tw_president_news", "president_news_2024_2025.jsonl")

from hand_annotations import P  # noqa: E402 (beside this script)

def load():
    gov, tw = {}, {}
    with open(GOV, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if r.get("year"):
                gov[int(r["year"])] = r
    with open(TW, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            tw[int(r["id"])] = r
    return gov, tw


def occurrence_index(passage, text, pos):
    """n such that the n-th str.find hit of text in passage is at pos."""
    n, i = 0, passage.find(text)
    while i != -1 and i < pos:
        n += 1
        i = passage.find(text, i + 1)
    assert i == pos
    return n


def main():
    gov, tw = load()
    out, errors = [], 0
    for corpus, rid, a, b, items in P:
        rec = gov[rid] if corpus == "gov_work_reports" else tw[rid]
        c = rec["content"]
        s = c.find(a)
        assert s != -1, (rid, a)
        assert c.find(a, s + 1) == -1, ("start anchor not unique", rid, a)
        e = c.find(b, s)
        assert e != -1, (rid, b)
        e += len(b)
        passage = c[s:e]
        cur = 0
        figs, dates, spans = [], [], []
        for it in items:
            text = it[1]
            pos = passage.find(text, cur)
            if pos == -1:
                print("NOT FOUND", rid, text, file=sys.stderr)
                errors += 1
                continue
            n = occurrence_index(passage, text, pos)
            spans.append((pos, pos + len(text)))
            cur = pos + len(text)
            if it[0] == "F":
                figs.append({"text": text, "n": n, "label": it[2],
                             "period": it[3], "target": it[4]})
            else:
                dates.append({"text": text, "n": n, "value": it[2]})
        doc_date = rec["date"] if corpus == "tw_president_news" else str(rid)
        out.append({"corpus": corpus, "id": rid, "doc_date": doc_date,
                    "passage": [s, e], "figures": figs, "dates": dates})
    if errors:
        sys.exit(1)
    with open(os.path.join(HERE, "figures.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(out), "passages")


if __name__ == "__main__":
    main()
