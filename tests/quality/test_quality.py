"""Accuracy floors: each held a couple of points under what ``make quality`` measured (2026-12-01).

Names on ner_dev (2,291 People's Daily sentences, both scripts); labels, periods
and dates on the hand-annotated tests/facts_dev set. A change that loses
accuracy fails here; one that gains should raise the floor in the same commit.
"""

import pytest

from shared_paths import CORPORA, corpus_path  # tests/ is on sys.path (tests/conftest.py)

pytestmark = pytest.mark.corpus

# measured: overlap F1 85.2% / exact F1 79.1% in both scripts
NAMES_OVERLAP_F1 = 0.83
NAMES_EXACT_F1 = 0.77
# measured: 99.1 / 84.3 / 71.1 / 98.4 / 96.8 % (labels on the held-out documents: 68.8%); labels 88.5% on 2026-12-05
FIGURES_FOUND = 0.97
LABELS = 0.87  # labels branch, 2026-12-06: 88.9% (round 1)
PERIODS = 0.91  # measured 93.6% on 2026-12-06 (the periods branch, round 4)
DATES_FOUND = 0.96
DATE_VALUES = 0.94
# held out, rounds 1-2 (333 figures, 210 dates; round 2's period undated, stance and subject: 269 figures, 54
# subjects), measured 2026-12-05: labels 71.5% (labels branch; 69.7% before), period dated 82.9% (81.7% before
# the periods branch), undated 80.7% (79.2%), stance 88.5% (87.0%), subject 74.1%, dates found 97.6%, date value 95.7%
# 2026-12-06 after round 4's period rules: period dated 81.7%, undated 79.6% (4 and 3 figures fewer; the same rules
# gained 14 on round 3's held-out part), stance 88.5%: the floors stay
HELD_OUT = {
    "label names the measure": 0.71,  # 71.8% on 2026-12-06 (labels branch)
    "period, dated": 0.81,
    "period, undated": 0.79,
    "stance": 0.87,
    "subject": 0.75,  # 74.1% on 2026-12-06; 77.8% (42/54) after the stance branch (在 inside a clause, a paragraph's actor)
    "dates found": 0.96,
    "date value": 0.94,
}
# held out, round 3 (99 figures, 52 dates from 2 reports and 3 releases nobody had read), measured 2026-12-05:
# period dated 50.5%, undated 50.5%, stance 92.9%, dates found 86.5%, date value 84.6% (periods the same before
# the periods branch: the rules it added were written on round 3's tuned-on half and did not reach these); periods
# 64.6% dated and undated on 2026-12-06 after round 4's period rules (a written year carries through its paragraph,
# a deadline ahead is a span)
ROUND_3_HELD_OUT = {
    "label names the measure": 0.79,  # 81.8% on 2026-12-06 (labels branch)
    "period, dated": 0.62,
    "period, undated": 0.62,
    "stance": 0.90,
    "dates found": 0.84,
    "date value": 0.82,
}
# held out, round 4 (61 figures, 51 dates from the 1978 and 1984 reports and releases 39510, 39512, 39707, read
# and annotated before any extractor ran on them), measured 2026-12-06 before any round-4 tuning: labels 72.1%,
# period dated 72.1%, undated 72.1%, stance 68.9%, dates found 84.3%, date value 82.4% (subjects: 6/13, too few to
# hold a floor); 2026-12-06 after round 4's tuning: labels 73.8%, period dated and undated 70.5%, stance 70.5%,
# dates found 86.3%, date value 84.3% (今后五年 read as a span)
ROUND_4_HELD_OUT = {
    "label names the measure": 0.72,
    "period, dated": 0.70,
    "period, undated": 0.70,
    "stance": 0.70,  # 72.1% after the stance branch (2026-12-06)
    "dates found": 0.84,
    "date value": 0.82,
}
# held out, round 5 (65 figures, 25 dates, 33 subjects from the 2000 and 2015 reports and releases 28550, 39094,
# 39165, read and annotated before any extractor ran on them), measured 2026-12-06 before any round-5 tuning:
# labels 81.5%, period dated 66.2%, undated 61.5%, stance 72.3%, subject 66.7%, dates found 77.8%, date value 74.1%
# on 27 dates (两年来 twice, taken out afterwards to agree with the tuned-on half: 76-84% found, 72-80% value on
# the 25 kept, whichever way those two went; the floors hold for all of them)
ROUND_5_HELD_OUT = {
    "label names the measure": 0.79,
    "period, dated": 0.64,
    "period, undated": 0.59,
    "stance": 0.70,
    "subject": 0.73,  # 75.8% (25/33) after the stance branch (2026-12-06)
    "dates found": 0.75,
    "date value": 0.72,
}
# tuned on, round 6 (60 figures, 64 dates, 27 subjects from the 1964 and 2022 reports and releases 28569, 39243,
# 39479, read and annotated before any extractor ran on them), measured 2026-12-06 on the session's starting code
# (ddb8c89) and on main (ee6284a), the same: figures found 98.3%, labels 76.7%, period dated 85.0%, undated 85.0%,
# stance 91.7%, subject 92.6% (25/27), dates found 93.8%, date value 87.5%. Tuned on: its errors are read, and the
# floors keep a rule written for other text from undoing what it reads right today.
ROUND_6_TUNED_ON = {
    "label names the measure": 0.74,
    "period, dated": 0.83,
    "period, undated": 0.83,
    "stance": 0.89,
    "subject": 0.90,
    "dates found": 0.91,
    "date value": 0.85,
}
# held out, round 6 (58 figures, 22 dates, 7 subjects from the 1987 and 2011 reports and releases 39433, 39486,
# 39563, read and annotated before any extractor ran on them), measured 2026-12-06 on the session's starting code
# (ddb8c89) and on main (f9ac515, the same extractor), the same: figures found 98.3%, labels 82.8%, period dated
# 86.2%, undated 86.2%, stance 87.9%, dates found 90.9%, date value 90.9% (subjects: 5/7, too few for a floor).
# The session's unseen test: no rule is written or kept on it (the held-out rounds 1-5 column gates them).
ROUND_6_HELD_OUT = {
    "label names the measure": 0.80,
    "period, dated": 0.84,
    "period, undated": 0.84,
    "stance": 0.85,
    "dates found": 0.88,
    "date value": 0.88,
}
# held out, round 7 (49 figures, 49 dates, 16 subjects from the 1985 and 2012 reports and releases 39217, 39728,
# 39737, read and annotated before any extractor ran on them), measured 2026-12-06 on the session's starting code
# (ddb8c89) and on main (b24b61c, 0cf3d08): figures found 100%, labels 79.6%, period dated 87.8%, undated 87.8%, stance
# 89.8%, subject 75.0% (12/16; main 81.2%), dates found 98.0%, date value 93.9%, the same on both but subjects.
# With round 6's, the session's unseen test: no rule is written or kept on it.
ROUND_7_HELD_OUT = {
    "label names the measure": 0.77,
    "period, dated": 0.85,
    "period, undated": 0.85,
    "stance": 0.87,
    "subject": 0.72,
    "dates found": 0.95,
    "date value": 0.91,
}

# tuned on, round 7 (68 figures, 57 dates, 28 subjects from the 1955 and 2018 reports and releases 28398, 28673,
# 39391, read and annotated before any extractor ran on them), measured 2026-12-06 before any round-7 tuning, on the
# session's starting code (ddb8c89) / main (fc85b01): labels 85.3% / 85.3%, period dated 70.6% / 70.6%, undated
# 70.6% / 70.6%, stance 63.2% / 64.7%, subject 82.1% / 78.6%, dates found 98.2% / 100%, date value 96.5% / 98.2%.
# Its errors are read to write rules (python -m quality --errors N): floors under the lower of the two.
ROUND_7_TUNED_ON = {
    "label names the measure": 0.83,
    "period, dated": 0.68,
    "period, undated": 0.68,
    "stance": 0.61,
    "subject": 0.76,
    "dates found": 0.96,
    "date value": 0.94,
}


# tuned on, round 8 (57 figures, 51 dates, 12 subjects from the 1995 and 2008 reports and releases 28156, 28370,
# 28395, read and annotated before any extractor ran on them), measured 2026-12-06 before any round-8 tuning, the same
# on the session's starting code (eacb751) and on main (6217376): labels 87.7%, period dated 78.9%, undated 77.2%,
# stance 96.5%, subject 66.7% (8/12), dates found 98.0%, date value 92.2%. Its errors are read to write rules
# (python -m quality --errors N): floors a couple of points under.
ROUND_8_TUNED_ON = {
    "label names the measure": 0.85,
    "period, dated": 0.76,
    "period, undated": 0.75,
    "stance": 0.94,
    "subject": 0.64,
    "dates found": 0.96,
    "date value": 0.90,
}

# tuned on, round 9 (50 figures, 36 dates, 10 subjects from the 1958 and 2013 reports and releases 28238, 39616,
# 39643, read and annotated before any extractor ran on them), measured 2026-12-07 before any round-9 tuning on main
# 4f196c1 (the session's starting extractor, 88bfb7d's): labels 92.0%, period dated 66.0%, undated 64.0%, stance 68.0%,
# subject 90.0% (9/10), dates found 97.2%, date value 97.2%. Its errors are read to write rules (python -m quality
# --errors N): floors a couple of points under.
# Raised 2026-12-07 at the session's end (main 1cf5dbc, after its period and stance rules were written on these
# errors): period dated 90.0%, undated 88.0%, stance 88.0% (45, 44, 44 of 50), floors two figures under.
ROUND_9_TUNED_ON = {
    "label names the measure": 0.90,
    "period, dated": 0.86,
    "period, undated": 0.84,
    "stance": 0.84,
    "subject": 0.88,
    "dates found": 0.95,
    "date value": 0.95,
}

# tuned on, round 10 (94 figures, 78 dates, 32 subjects from the 1957, 2019 and 2023 reports and releases 28477,
# 39380, 39383, 28329, 39545, 39604, read and annotated before any extractor ran on them), measured 2026-12-07 before
# any round-10 tuning on the session's starting extractor (758709c): figures found 93.6%, labels 77.7%, period dated
# 71.3%, undated 71.3%, stance 86.2%, subject 81.2% (26/32), dates found 92.3%, date value 92.3%. Its errors are read
# to write rules (python -m quality --errors N): floors a couple of points under.
ROUND_10_TUNED_ON = {
    "label names the measure": 0.75,
    "period, dated": 0.69,
    "period, undated": 0.69,
    "stance": 0.84,
    "subject": 0.79,
    "dates found": 0.90,
    "date value": 0.90,
}

# tuned on, round 11 (60 figures, 66 dates, 18 subjects from the 1980 and 1981 reports and releases 28712, 39334,
# 39586, 39590, read and annotated before any extractor ran on them), measured 2026-12-08 before any round-11 tuning on
# the session's starting extractor (f1f9232): figures found 100%, labels 85.0%, period dated 76.7%, undated 76.7%,
# stance 76.7%, subject 61.1% (11/18), dates found 98.5%, date value 97.0%. Its errors are read to write rules
# (python -m quality --errors N): floors a couple of points under.
ROUND_11_TUNED_ON = {
    "label names the measure": 0.83,
    "period, dated": 0.74,
    "period, undated": 0.74,
    "stance": 0.74,
    "subject": 0.59,
    "dates found": 0.96,
    "date value": 0.95,
}

# held out, rounds 1-7 (665 figures, 601 with a stance, 145 subjects, 409 dates; their errors never read),
# measured 2026-12-06 on main d1a9f8a: labels 79.2%, period dated 83.5%, undated 82.2%, stance 88.4%, target or
# not 91.0%, subject 83.4% (121/145), dates found 96.6%, date value 95.1%. The sum of the rounds' floors above lets
# the whole fall further than any one of them; this holds the whole about a point under what was measured. It was
# the whole 'held out' column until round 8 joined it, and stays on the same 665 figures ('held out, rounds 1-7').
# 2026-12-07 on main 20e38dc: labels 80.2%, period dated 83.9%, undated 83.5%, stance 88.7%: undated raised.
# 2026-12-07 morning on b65820d: labels 80.8%, period dated 84.2%, undated 83.7%, stance 89.2%, target or not 92.0%:
# labels, period dated and stance raised.
HELD_OUT_ALL = {
    "label names the measure": 0.79,
    "period, dated": 0.83,
    "period, undated": 0.82,
    "stance": 0.88,
    "target or not": 0.90,
    "subject": 0.82,
    "dates found": 0.955,
    "date value": 0.94,
}
# held out, round 8 (58 figures, 63 dates, 27 subjects from the 1956 and 2025 reports and releases 39056, 39188,
# 39319, read and annotated before any extractor ran on them), measured 2026-12-06 on the session's starting code
# (eacb751) and on main (6217376, the same extractor), the same: figures found 93.1%, labels 79.3%, period dated
# 81.0%, undated 72.4%, stance 81.0%, subject 81.5% (22/27), dates found 95.2%, date value 92.1%. The fourth
# session's unseen test: no rule is written or kept on it. 2026-12-07 on main 20e38dc: undated 81.0% (the heading's
# year of a review without a document date), the rest unchanged: undated raised.
ROUND_8_HELD_OUT = {
    "label names the measure": 0.77,
    "period, dated": 0.79,
    "period, undated": 0.78,
    "stance": 0.79,
    "subject": 0.79,
    "dates found": 0.93,
    "date value": 0.90,
}
# held out, rounds 1-8 (723 figures, 659 with a stance, 172 subjects, 472 dates), measured the same day on
# eacb751 and on main 6217376: labels 79.3%, period dated 83.3%, undated 81.3%, stance 87.7%, target or not 90.9%,
# subject 83.1% (143/172), dates found 96.4%, date value 94.7%; floors a couple of points under. 2026-12-07 on main
# 20e38dc: labels 80.1%, period dated 83.7%, undated 83.3%, stance 88.0%, target or not 91.3%: labels and undated raised.
# 2026-12-07 morning on b65820d: labels 80.6%, period dated 84.0%, undated 83.5%, stance 88.5%, target or not 91.8%:
# labels, period dated, stance and target or not raised. It was the whole 'held out' column until round 9 joined it,
# and stays on the same 723 figures ('held out, rounds 1-8').
# labels raised 2026-12-07 at the session's end (main 1cf5dbc): 81.3% (588/723), floor 0.80.
HELD_OUT_ALL_8 = {
    "label names the measure": 0.80,
    "period, dated": 0.82,
    "period, undated": 0.815,
    "stance": 0.87,
    "target or not": 0.90,
    "subject": 0.81,
    "dates found": 0.94,
    "date value": 0.92,
}
# held out, round 9 (59 figures, 45 dates, 10 subjects from the 1997 and 2002 reports and releases 39052, 39462,
# 39738, read and annotated before any extractor ran on them), measured 2026-12-07 on the session's starting code
# (88bfb7d) and on main (4f196c1, the same extractor): figures found 94.9%, labels 83.1%, period dated 72.9%, undated
# 67.8%, stance 86.4%, target or not 88.1%, subject 70.0% (7/10), dates found 91.1%, date value 82.2%. The fifth
# session's unseen test: no rule is written or kept on it.
ROUND_9_HELD_OUT = {
    "label names the measure": 0.81,
    "period, dated": 0.70,
    "period, undated": 0.65,
    "stance": 0.84,
    "subject": 0.68,
    "dates found": 0.89,
    "date value": 0.80,
}
# held out, all nine rounds (782 figures, 718 with a stance, 182 subjects, 517 dates), measured the same day on
# 88bfb7d and on main 4f196c1: labels 80.8%, period dated 83.1%, undated 82.2%, stance 88.3%, target or not 91.6%,
# subject 82.4% (150/182), dates found 95.9%, date value 93.6%; floors a couple of points under. The 723 figures held
# out before round 9 keep HELD_OUT_ALL_8 ('held out, rounds 1-8'), so a rule's before and after stay comparable.
# It was the whole 'held out' column until round 10 joined it, and stays on the same 782 figures ('held out, rounds
# 1-9'); 2026-12-07 on 758709c: labels 81.6%, period dated 83.1%, undated 82.2%, stance 88.4%, target or not 91.6%,
# subject 82.4%, dates found 95.9%, date value 93.6%.
HELD_OUT_ALL_9 = {
    "label names the measure": 0.78,
    "period, dated": 0.81,
    "period, undated": 0.80,
    "stance": 0.86,
    "target or not": 0.89,
    "subject": 0.80,
    "dates found": 0.93,
    "date value": 0.91,
}
# held out, round 10 (103 figures, 76 dates, 31 subjects from the 1998, 2009 and 1982 reports and releases 28893,
# 39105, 39633, 39299, 39450, 39638, read and annotated before any extractor ran on them), measured 2026-12-07 on the
# session's starting code (758709c): figures found 82.5% (85/103), labels 65.0%, period dated 68.9%, undated 68.0%,
# stance 74.8%, target or not 75.7%, subject 87.1% (27/31), dates found 98.7% (75/76), date value 97.4%. The sixth
# session's unseen test: no rule is written or kept on it.
ROUND_10_HELD_OUT = {
    "label names the measure": 0.63,
    "period, dated": 0.67,
    "period, undated": 0.66,
    "stance": 0.72,
    "subject": 0.85,
    "dates found": 0.96,
    "date value": 0.95,
}
# held out, all ten rounds (885 figures, 821 with a stance, 213 subjects, 593 dates), measured the same day on
# 758709c: labels 79.7%, period dated 81.5%, undated 80.4%, stance 86.7%, target or not 89.7%, subject 83.1%
# (177/213), dates found 96.3%, date value 94.1%; floors a couple of points under. The 782 figures held out before
# round 10 keep HELD_OUT_ALL_9 ('held out, rounds 1-9'), so a rule's before and after stay comparable.
HELD_OUT_ALL_10 = {
    "label names the measure": 0.77,
    "period, dated": 0.79,
    "period, undated": 0.78,
    "stance": 0.84,
    "target or not": 0.87,
    "subject": 0.81,
    "dates found": 0.94,
    "date value": 0.92,
}
# held out, round 11 (61 figures, 53 dates, 17 subjects from the 1983 and 2001 reports and releases 28221, 28250,
# 39075, 39712, read and annotated before any extractor ran on them), measured 2026-12-08 on the session's starting
# code (f1f9232): figures found 98.4% (60/61), labels 77.0%, period dated 77.0%, undated 75.4%, stance 88.5%, target
# or not 90.2%, subject 64.7% (11/17), dates found 96.2% (51/53), date value 94.3%. The seventh session's unseen
# test: no rule is written or kept on it.
ROUND_11_HELD_OUT = {
    "label names the measure": 0.75,
    "period, dated": 0.75,
    "period, undated": 0.73,
    "stance": 0.86,
    "subject": 0.62,
    "dates found": 0.94,
    "date value": 0.92,
}
# held out, all eleven rounds (946 figures, 882 with a stance, 230 subjects, 646 dates), measured the same day on
# f1f9232: labels 80.1%, period dated 81.4%, undated 80.3%, stance 87.1%, target or not 90.0%, subject 81.7%
# (188/230), dates found 96.3%, date value 94.1%; floors a couple of points under. The 885 figures held out before
# round 11 keep HELD_OUT_ALL_10 ('held out, rounds 1-10'; on f1f9232: labels 80.3%, period 81.7% / 80.6%, stance
# 87.0%, subject 83.1%, dates 96.3% / 94.1%), so a rule's before and after stay comparable.
HELD_OUT_ALL_11 = {
    "label names the measure": 0.78,
    "period, dated": 0.79,
    "period, undated": 0.78,
    "stance": 0.85,
    "target or not": 0.88,
    "subject": 0.79,
    "dates found": 0.94,
    "date value": 0.92,
}


@pytest.fixture(scope="module")
def names_reports():
    from quality import ner
    from quality.__main__ import names_predictor

    out = {}
    for script in ("simplified", "traditional"):
        rows = ner.load(corpus_path("ner_dev", f"peoples_daily_dev.{script}.jsonl"))
        out[script] = ner.score(rows, names_predictor(script == "traditional"))
    return out


@pytest.fixture(scope="module")
def figures_report():
    from quality import figures
    from quality.__main__ import figures_extractor

    corpus_path("gov_work_reports", "government_work_reports.jsonl")
    corpus_path("tw_president_news", "president_news_2024_2025.jsonl")
    return figures.score(CORPORA, figures_extractor)


@pytest.mark.parametrize("script", ["simplified", "traditional"])
def test_names_f1(names_reports, script):
    report = names_reports[script]
    assert report.overlap["all"].f1 >= NAMES_OVERLAP_F1
    assert report.exact["all"].f1 >= NAMES_EXACT_F1
    for kind in ("person", "organization", "place"):
        assert report.overlap[kind].f1 >= 0.75, kind


def test_traditional_is_within_a_point_of_simplified(names_reports):
    assert abs(names_reports["simplified"].overlap["all"].f1 - names_reports["traditional"].overlap["all"].f1) <= 0.01


def test_labels_periods_and_dates(figures_report):
    scores = figures_report.by_corpus["round 1"]  # the 235 figures these floors were measured on
    assert scores["figures found"].share >= FIGURES_FOUND
    assert scores["label names the measure"].share >= LABELS
    assert scores["period, dated"].share >= PERIODS
    assert scores["dates found"].share >= DATES_FOUND
    assert scores["date value"].share >= DATE_VALUES


def test_the_scorer_counts_misses_and_noise():
    """The scorer itself: a wrong type is one miss and one noise, an overlapping span counts only overlapping."""
    from quality import ner

    rows = [
        {
            "text": "李明在北京",
            "entities": [{"start": 0, "end": 2, "type": "person"}, {"start": 3, "end": 5, "type": "place"}],
        }
    ]
    report = ner.score(rows, lambda text: [("person", 0, 3), ("organization", 3, 5)])
    assert (report.overlap["all"].tp, report.overlap["all"].fp, report.overlap["all"].fn) == (1, 1, 1)
    assert (report.exact["all"].tp, report.exact["all"].fp, report.exact["all"].fn) == (0, 2, 2)


def test_a_gold_written_as_printed_is_found_where_ingest_joined_its_spaced_digits():
    """Gold is written as printed (2 2 ．4 万件); the article as normalised (22．4万件): still a hit, and only there."""
    from types import SimpleNamespace

    from quality import figures

    text = "全国共查处 22．4万件，其中2 2个大案。"
    fact = SimpleNamespace(start=6, end=13)
    assert figures._hit([fact], text, {"text": "2 2 ．4 万件", "n": 0}, 0) is fact
    assert figures._hit([fact], text, {"text": "22．4万件", "n": 0}, 0) is fact
    other = SimpleNamespace(start=16, end=20)
    assert figures._hit([fact, other], text, {"text": "2 2个", "n": 0}, 0) is other  # written so in the text: as is


#: column of the figures report -> (its floors, how many it must at least have counted, what it is)
COLUMNS = {
    "held out": (HELD_OUT_ALL_11, 180, "every round's held-out half together; 230 subjects"),
    "held out, rounds 1-10": (HELD_OUT_ALL_10, 180, "the 885 figures held out before round 11; 213 subjects"),
    "held out, rounds 1-9": (HELD_OUT_ALL_9, 170, "the 782 figures held out before round 10; 182 subjects"),
    "held out, rounds 1-8": (HELD_OUT_ALL_8, 160, "the 723 figures held out before round 9; 172 subjects"),
    "held out, rounds 1-7": (HELD_OUT_ALL, 140, "the 665 figures held out before round 8; 145 subjects"),
    "held out, rounds 1-2": (HELD_OUT, 50, "the first held-out documents (their errors never read)"),
    "round 3, held out": (ROUND_3_HELD_OUT, 50, "annotated after the first floors were set"),
    "round 4, held out": (ROUND_4_HELD_OUT, 50, "annotated after round 3's floors were set"),
    "round 5, held out": (ROUND_5_HELD_OUT, 25, "annotated after round 4's floors; 25 dates, 33 subjects"),
    "round 6, tuned on": (ROUND_6_TUNED_ON, 25, "annotated before any extractor ran on it; 60 figures, 64 dates"),
    "round 6, held out": (ROUND_6_HELD_OUT, 20, "annotated apart from the tuned-on half; 58 figures, 22 dates"),
    "round 7, tuned on": (ROUND_7_TUNED_ON, 25, "annotated before any extractor ran on it; 68 figures, 57 dates"),
    "round 7, held out": (ROUND_7_HELD_OUT, 15, "annotated apart from its tuned-on half; 49 figures, 16 subjects"),
    "round 8, tuned on": (ROUND_8_TUNED_ON, 10, "annotated before any extractor ran on it; 57 figures, 12 subjects"),
    "round 8, held out": (ROUND_8_HELD_OUT, 25, "annotated apart from its tuned-on half; 58 figures, 27 subjects"),
    "round 9, tuned on": (ROUND_9_TUNED_ON, 10, "annotated before any extractor ran on it; 50 figures, 10 subjects"),
    "round 9, held out": (ROUND_9_HELD_OUT, 10, "annotated apart from its tuned-on half; 59 figures, 10 subjects"),
    "round 10, tuned on": (ROUND_10_TUNED_ON, 25, "annotated before any extractor ran on it; 94 figures, 32 subjects"),
    "round 10, held out": (ROUND_10_HELD_OUT, 25, "annotated apart from its tuned-on half; 103 figures, 31 subjects"),
    "round 11, tuned on": (ROUND_11_TUNED_ON, 15, "annotated before any extractor ran on it; 60 figures, 18 subjects"),
    "round 11, held out": (ROUND_11_HELD_OUT, 15, "annotated apart from its tuned-on half; 61 figures, 17 subjects"),
}


@pytest.mark.parametrize(
    ("column", "measure"),
    [(column, measure) for column, (floors, _, _) in COLUMNS.items() for measure in sorted(floors)],
)
def test_scores_stay_above_their_floors(figures_report, column, measure):
    """Each annotated set's scores a little under what was measured on it (held-out errors are never read)."""
    floors, at_least, _ = COLUMNS[column]
    scores = figures_report.by_corpus[column]
    assert scores[measure].total >= at_least, (column, measure)  # the set was read, not skipped
    assert scores[measure].share >= floors[measure], (column, measure, f"{scores[measure].share:.1%}")
