"""Which documents and paragraphs the second annotation round reads, and which are held out.

Written and run *before* any of these documents was read or extracted, so
that neither the choice of text nor the held-out split could follow what the
extractor does. Plain python3, no project imports; deterministic (seed 19,
the issue's number). Run from anywhere:

    python3 tests/facts_dev/select_documents.py

Rules:

- Documents already in ``figures.jsonl`` (round 1) are skipped, and so is every
  document that contains a string quoted as an example in issue 19 or 20
  (``EXAMPLES``): those sentences were read while writing rules, so their
  documents are not unseen text. (The issue's ``今年赤字率拟按X%安排`` is a
  formula of every report since 2016, not one document's sentence: it is not
  in the list, or no report of the 2020s would be left.)
- Work reports: one per decade, 1950s, 1980s, 1990s, 2000s, 2010s and 2020s,
  drawn at random among that decade's reports.
- Taiwan releases: seven drawn at random among those of 1,000-4,500 characters
  with at least 12 runs of digits (shorter or figure-poor releases would give
  a handful of figures each).
- Held out, by document and drawn at random inside each corpus: 4 of the 6
  reports and 5 of the 7 releases (with round 1's 64 held-out figures this
  keeps at least half of all annotated figures held out).
- Paragraphs: a report's paragraphs with at least four numerals, in a random
  order; a release's paragraphs in reading order. The annotator takes whole
  paragraphs in that order until the document has 25 figures or none is left,
  and annotates every figure and date expression inside each one.

A second draw (``choose_extra``, seed 1919) was added after the first had
been annotated: its releases turned out figure-poor (the digit count had
counted their dates), which left 191 figures, and only 45% of all annotated
figures held out. It was written, like the first, before any of its
documents was read: two more reports (one of 1960-1979, one of 1995-2015)
and five releases with at least 12 numbers that carry a unit (億, 萬, %, 元,
人, 家...), every one of them held out.
"""

import json
import os
import random
import re

HERE = os.path.dirname(os.path.abspath(__file__))
CORPORA = os.environ.get("FACT_BROWSER_CORPORA", os.path.join(HERE, "..", "..", "..", "shared", "corpora"))
GOV = os.path.join(CORPORA, "gov_work_reports", "government_work_reports.jsonl")
TW = os.path.join(CORPORA, "tw_president_news", "president_news_2024_2025.jsonl")
SEED = 19
ROUND_ONE = {("gov_work_reports", 1994), ("gov_work_reports", 2006), ("gov_work_reports", 2021)} | {
    ("tw_president_news", i) for i in (28633, 28857, 28289, 28500, 28667, 28898, 39163, 39324, 39442, 39639)
}
#: Strings quoted in issues 19 and 20 (their documents are not unseen).
EXAMPLES = (
    "五万八千人",
    "一千二百四十一亿元",
    "4771公里",
    "531億元",
    "17.2万亿元",
    "平均每年增长7.7%",
    "135.6億元",
    "四百九十三亿元",
    "1950年到1997年",
    "以前年度歲計賸餘",
    "幾十年前",
    "51億元",
    "927億元",
    "凱米",
    "拉齊",
    "封山育林",
    "打詐經費",
    "第一胎",
    "隨即在6日",
    "13.7GW",
    "127億度",
    "4日下午",
)
DECADES = (1950, 1980, 1990, 2000, 2010, 2020)
HELD_OUT_REPORTS, HELD_OUT_RELEASES, RELEASES = 4, 5, 7
_FULL = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_NUMERAL = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[一二三四五六七八九十百千万亿两〇零]{2,}")


def _plain(text):
    return text.translate(_FULL).replace(" ", "")


def _quoted(text):
    plain = _plain(text)
    return any(e in plain for e in EXAMPLES)


def _paragraphs(content):
    """(start, end) of each non-empty paragraph (blank-line separated), offsets into ``content``."""
    out = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", content):
        if m.group(0).strip():
            out.append((m.start(), m.end()))
    return out


def choose():
    rng = random.Random(SEED)
    with open(GOV, encoding="utf-8") as f:
        gov = [json.loads(line) for line in f]
    for r in gov:
        r["year"] = int(r["year"]) if r.get("year") else None
    with open(TW, encoding="utf-8") as f:
        tw = [json.loads(line) for line in f]
    reports = []
    for decade in DECADES:
        pool = sorted(
            r["year"]
            for r in gov
            if r.get("year")
            and decade <= r["year"] < decade + 10
            and ("gov_work_reports", r["year"]) not in ROUND_ONE
            and not _quoted(r["content"])
        )
        reports.append(rng.choice(pool))
    pool = sorted(
        int(r["id"])
        for r in tw
        if 1000 <= len(r["content"]) <= 4500
        and len(re.findall(r"\d+", r["content"])) >= 12
        and ("tw_president_news", int(r["id"])) not in ROUND_ONE
        and not _quoted(r["content"])
    )
    releases = sorted(rng.sample(pool, RELEASES))
    held = set(("gov_work_reports", y) for y in rng.sample(reports, HELD_OUT_REPORTS))
    held |= set(("tw_president_news", i) for i in rng.sample(releases, HELD_OUT_RELEASES))
    by_year = {r["year"]: r for r in gov if r.get("year")}
    by_id = {int(r["id"]): r for r in tw}
    plan = []
    for y in reports:
        c = by_year[y]["content"]
        paras = [p for p in _paragraphs(c) if len(_NUMERAL.findall(_plain(c[p[0] : p[1]]))) >= 4]
        rng.shuffle(paras)
        plan.append(("gov_work_reports", y, paras))
    for i in releases:
        plan.append(("tw_president_news", i, _paragraphs(by_id[i]["content"])))
    return plan, held


_WITH_UNIT = re.compile(r"\d[\d,.]*(?:億|萬|兆|千|%|％|元|人|家|件|個|項|名|架|艘|公里|公頃|倍|成|座|所|戶|噸|度)")


def choose_extra(first):
    """The second draw: documents not in the first, all held out."""
    rng = random.Random(1919)
    taken = {(c, k) for c, k, _ in first}
    with open(GOV, encoding="utf-8") as f:
        gov = [json.loads(line) for line in f]
    for r in gov:
        r["year"] = int(r["year"]) if r.get("year") else None
    with open(TW, encoding="utf-8") as f:
        tw = [json.loads(line) for line in f]
    by_year = {r["year"]: r for r in gov if r.get("year")}
    plan = []
    for low, high in ((1960, 1979), (1995, 2015)):
        pool = sorted(
            y
            for y in by_year
            if low <= y <= high
            and ("gov_work_reports", y) not in ROUND_ONE | taken
            and not _quoted(by_year[y]["content"])
        )
        y = rng.choice(pool)
        c = by_year[y]["content"]
        paras = [p for p in _paragraphs(c) if len(_NUMERAL.findall(_plain(c[p[0] : p[1]]))) >= 4]
        rng.shuffle(paras)
        plan.append(("gov_work_reports", y, paras))
    pool = sorted(
        int(r["id"])
        for r in tw
        if 1000 <= len(r["content"]) <= 6000
        and len(_WITH_UNIT.findall(r["content"])) >= 12
        and ("tw_president_news", int(r["id"])) not in ROUND_ONE | taken
        and not _quoted(r["content"])
    )
    by_id = {int(r["id"]): r for r in tw}
    drawn = rng.sample(pool, 5)
    # Counted before release 39662 had been annotated, the two draws looked one figure short of
    # 300: one more release was drawn by the same generator from what was left, before it was read,
    # and is annotated like the others.
    drawn.append(rng.choice([i for i in pool if i not in drawn]))
    for i in sorted(drawn):
        plan.append(("tw_president_news", i, _paragraphs(by_id[i]["content"])))
    return plan, {(c, k) for c, k, _ in plan}


def main():
    plan, held = choose()
    extra, extra_held = choose_extra(plan)
    plan, held = plan + extra, held | extra_held
    for corpus, key, paras in plan:
        tag = "HELD OUT" if (corpus, key) in held else "tuned on"
        print(f"{corpus} {key} [{tag}] paragraphs in order: {paras[:12]}")


if __name__ == "__main__":
    main()
