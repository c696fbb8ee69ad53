"""The hand annotations and their second, blind annotations (tests/facts_dev) cover the same items.

``check_annotations.py`` checks the gold and that each second annotation marks
exactly the gold's items of its round and half; ``agreement.py --round N``
exits 1 when the pair it compares does not cover the same items.
"""

import os
import subprocess
import sys

import pytest

from shared_paths import CORPORA, ROOT, corpus_path  # tests/ is on sys.path (tests/conftest.py)

pytestmark = pytest.mark.corpus

FACTS_DEV = ROOT / "tests" / "facts_dev"


def _run(script: str, *args: str) -> subprocess.CompletedProcess:
    corpus_path("gov_work_reports", "government_work_reports.jsonl")
    corpus_path("tw_president_news", "president_news_2024_2025.jsonl")
    env = {**os.environ, "FACT_BROWSER_CORPORA": str(CORPORA)}
    return subprocess.run(
        [sys.executable, str(FACTS_DEV / script), *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=600
    )


def test_the_gold_and_both_second_annotations_check():
    run = _run("check_annotations.py")
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "second annotation, round 5 held out (second_annotator_5_held): figures=65 dates=25" in run.stdout
    assert "second annotation, round 10 tuned on (second_annotator_10): figures=94 dates=78" in run.stdout


@pytest.mark.parametrize(
    ("number", "header"),
    [
        (5, "round 5 held out, two annotators: 65 figures, 25 dates"),
        (10, "round 10 tuned on, two annotators: 94 figures, 78 dates"),
    ],
)
def test_agreement_compares_the_same_items(number, header):
    run = _run("agreement.py", "--round", str(number))
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "not in both annotations" not in run.stdout
    assert run.stdout.splitlines()[0] == header
