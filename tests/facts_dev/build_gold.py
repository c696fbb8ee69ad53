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
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
CORPORA = os.environ.get("FACT_BROWSER_CORPORA", os.path.join(HERE, "..", "..", "..", "shared", "corpora"))
GOV = os.path.join(CORPORA, "gov_work_reports", "government_work_reports.jsonl")
TW = os.path.join(CORPORA, "tw_president_news", "president_news_2024_2025.jsonl")

import hand_annotations_2  # noqa: E402 - beside this script, found once sys.path holds its folder
import hand_annotations_3  # noqa: E402 - the same
import hand_annotations_4  # noqa: E402 - the same
import hand_annotations_4_held  # noqa: E402 - the same
import hand_annotations_5  # noqa: E402 - the same
import hand_annotations_5_held  # noqa: E402 - the same
import hand_annotations_6  # noqa: E402 - the same
import hand_annotations_6_held  # noqa: E402 - the same
import hand_annotations_7  # noqa: E402 - the same
import hand_annotations_7_held  # noqa: E402 - the same
import hand_annotations_8  # noqa: E402 - the same
import hand_annotations_8_held  # noqa: E402 - the same
import hand_annotations_9  # noqa: E402 - the same
import hand_annotations_9_held  # noqa: E402 - the same
import hand_annotations_10  # noqa: E402 - the same
import hand_annotations_10_held  # noqa: E402 - the same
import hand_annotations_11  # noqa: E402 - the same
import hand_annotations_11_held  # noqa: E402 - the same
from hand_annotations import P  # noqa: E402 - the same
from select_documents import choose, choose_extra  # noqa: E402 - the same
from select_documents_3 import choose_third  # noqa: E402 - the same
from select_documents_4 import choose_fourth  # noqa: E402 - the same
from select_documents_5 import choose_fifth  # noqa: E402 - the same
from select_documents_6 import choose_sixth  # noqa: E402 - the same
from select_documents_7 import choose_seventh  # noqa: E402 - the same
from select_documents_8 import choose_eighth  # noqa: E402 - the same
from select_documents_9 import choose_ninth  # noqa: E402 - the same
from select_documents_10 import choose_tenth  # noqa: E402 - the same
from select_documents_11 import choose_eleventh  # noqa: E402 - the same

#: Round 1's held-out documents (its README), round 2's are drawn by select_documents.py.
ROUND_ONE_HELD_OUT = {
    ("gov_work_reports", 1994),
    ("tw_president_news", 39324),
    ("tw_president_news", 39442),
    ("tw_president_news", 39639),
}
_PART = re.compile(
    r"^(?P<y>Y(?:\[(?P<dy>[+-]\d+)\])?|\d{4})(?P<rest>s|-H[12]|-Q[1-4])?"
    r"(?:-(?P<m>M(?:\[(?P<dm>[+-]\d+)\])?|\d\d)(?:-(?P<d>\d\d))?)?$"
)


def resolve(value, date):
    """``Y[-1]-07`` against the document date ``date`` (``YYYY[-MM[-DD]]``): ``2020-07``. None stays None."""
    if value is None or date is None:
        return value
    year, month = int(date[:4]), int(date[5:7]) if len(date) >= 7 else None
    out = []
    for part in value.split("/"):
        m = _PART.match(part)
        assert m, (value, part)
        y = m.group("y")
        y = year + int(m.group("dy") or 0) if y.startswith("Y") else int(y)
        text = "%04d" % y + (m.group("rest") or "")
        if m.group("m"):
            mo = m.group("m")
            if mo.startswith("M"):
                assert month is not None, (value, date)
                k = y * 12 + month - 1 + int(m.group("dm") or 0)
                y, mo = k // 12, k % 12 + 1
                text = "%04d-%02d" % (y, mo)
            else:
                text += "-" + mo
            if m.group("d"):
                text += "-" + m.group("d")
        out.append(text)
    return "/".join(out)


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


def locate(passage, items, rid):
    """(offset, n, item) of each item, each found after the previous one."""
    cur, out, errors = 0, [], 0
    for it in items:
        text = it[1]
        pos = passage.find(text, cur)
        if pos == -1:
            print("NOT FOUND", rid, text, file=sys.stderr)
            errors += 1
            continue
        out.append((occurrence_index(passage, text, pos), it))
        cur = pos + len(text)
    return out, errors


def passage_of(rec, a, b, rid):
    c = rec["content"]
    s = c.find(a)
    assert s != -1, (rid, a)
    assert c.find(a, s + 1) == -1, ("start anchor not unique", rid, a)
    e = c.find(b, s)
    assert e != -1, (rid, b)
    return s, e + len(b)


def later_round(number, module, gov, tw, held_out):
    """Rounds 2 to 11: period with and without a document date, stance and subject for every figure."""
    out, errors = [], 0
    for corpus, rid, a, b, items in module.P:
        rec = gov[rid] if corpus == "gov_work_reports" else tw[rid]
        doc = module.DOCS[(corpus, rid)]
        s, e = passage_of(rec, a, b, rid)
        found, bad = locate(rec["content"][s:e], items, rid)
        errors += bad
        doc_date = rec["date"] if corpus == "tw_president_news" else str(rid)
        text_date = doc["text_date"]
        figs = [
            {
                "text": it[1],
                "n": n,
                "label": it[2],
                "period": resolve(it[3], doc_date),
                "period_nodate": resolve(it[6], text_date),
                "stance": it[4],
                "subject": it[5],
                "target": it[4] in ("target", "plan", "forecast"),
            }
            for n, it in found
            if it[0] == "F"
        ]
        dates = [
            {"text": it[1], "n": n, "value": resolve(it[2], doc_date), "value_nodate": resolve(it[2], text_date)}
            for n, it in found
            if it[0] == "D"
        ]
        out.append(
            {
                "corpus": corpus,
                "id": rid,
                "doc_date": doc_date,
                "round": number,
                "script": doc["script"],
                "text_date": text_date,
                "held_out": (corpus, rid) in held_out,
                "passage": [s, e],
                "figures": figs,
                "dates": dates,
            }
        )
    return out, errors


def main():
    gov, tw = load()
    first = choose()
    extra = choose_extra(first[0])
    held_out = ROUND_ONE_HELD_OUT | first[1] | extra[1]
    for chooser in (
        choose_third,
        choose_fourth,
        choose_fifth,
        choose_sixth,
        choose_seventh,
        choose_eighth,
        choose_ninth,
        choose_tenth,
        choose_eleventh,
    ):
        held_out |= chooser()[1]
    out, errors = [], 0
    for corpus, rid, a, b, items in P:
        rec = gov[rid] if corpus == "gov_work_reports" else tw[rid]
        s, e = passage_of(rec, a, b, rid)
        found, bad = locate(rec["content"][s:e], items, rid)
        errors += bad
        figs = [
            {"text": it[1], "n": n, "label": it[2], "period": it[3], "target": it[4]} for n, it in found if it[0] == "F"
        ]
        dates = [{"text": it[1], "n": n, "value": it[2]} for n, it in found if it[0] == "D"]
        doc_date = rec["date"] if corpus == "tw_president_news" else str(rid)
        out.append(
            {
                "corpus": corpus,
                "id": rid,
                "doc_date": doc_date,
                "round": 1,
                "script": "traditional" if corpus == "tw_president_news" else "simplified",
                "held_out": (corpus, rid) in held_out,
                "passage": [s, e],
                "figures": figs,
                "dates": dates,
            }
        )
    later = [
        (2, hand_annotations_2),
        (3, hand_annotations_3),
        (4, hand_annotations_4),
        (4, hand_annotations_4_held),
        (5, hand_annotations_5),
        (5, hand_annotations_5_held),
        (6, hand_annotations_6),
        (6, hand_annotations_6_held),
        (7, hand_annotations_7),
        (7, hand_annotations_7_held),
        (8, hand_annotations_8),
        (8, hand_annotations_8_held),
        (9, hand_annotations_9),
        (9, hand_annotations_9_held),
        (10, hand_annotations_10),
        (10, hand_annotations_10_held),
        (11, hand_annotations_11),
        (11, hand_annotations_11_held),
    ]
    for number, module in later:
        passages, bad = later_round(number, module, gov, tw, held_out)
        out += passages
        errors += bad
    if errors:
        sys.exit(1)
    with open(os.path.join(HERE, "figures.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(out), "passages")


if __name__ == "__main__":
    main()
