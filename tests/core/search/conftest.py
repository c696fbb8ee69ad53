"""Fixtures for search tests: the bundled seed and the shared corpora (skipped when absent)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.builder import build_article, load_path
from desktop.core.loading import normalise
from desktop.core.search import ScriptFold, SearchIndex

PROJECT_ROOT = Path(__file__).resolve().parents[3]
# The corpora sit beside the clone (``<root>/../shared``); a git worktree one
# level deeper (``/work/wt/<name>``) finds them one more level up.
_CANDIDATES = [PROJECT_ROOT / ".." / "shared" / "corpora", PROJECT_ROOT / ".." / ".." / "shared" / "corpora"]
CORPORA = next((c for c in _CANDIDATES if c.is_dir()), _CANDIDATES[0])
SEED = PROJECT_ROOT / "seeds" / "guanyinqiao-service-award.zh.txt"


def corpus_records(relative: str) -> list[dict]:
    path = CORPORA / relative
    if not path.exists():
        pytest.skip(f"corpus {relative} is absent (expected at {CORPORA.resolve()})")
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def article_from(text: str):
    return build_article(normalise(text))


@pytest.fixture(scope="session")
def make_article():
    """``make_article(text)``: an Article from raw text, normalised like a loaded file."""
    return article_from


@pytest.fixture(scope="session")
def fold() -> ScriptFold:
    # Built in memory: tests never write the real user cache.
    return ScriptFold.load(None)


@pytest.fixture(scope="session")
def seed_article():
    return load_path(SEED)


@pytest.fixture(scope="session")
def seed_index(seed_article, fold) -> SearchIndex:
    return SearchIndex(seed_article, fold=fold)


@pytest.fixture(scope="session")
def tw_records():
    return corpus_records("tw_president_news/president_news_2024_2025.jsonl")


@pytest.fixture(scope="session")
def gov_records():
    return corpus_records("gov_work_reports/government_work_reports.jsonl")
