"""Fixtures for search tests: the bundled seed and the shared corpora (skipped when absent)."""

from __future__ import annotations

import json

import pytest

from desktop.core.ingest.builder import build_article
from desktop.core.ingest.text import normalise
from desktop.core.search import ScriptFold, SearchIndex

from shared_paths import corpus_path


def corpus_records(relative: str) -> list[dict]:
    path = corpus_path(relative)
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
def seed_index(seed_article, fold) -> SearchIndex:
    return SearchIndex(seed_article, fold=fold)


@pytest.fixture(scope="session")
def tw_records():
    return corpus_records("tw_president_news/president_news_2024_2025.jsonl")


@pytest.fixture(scope="session")
def gov_records():
    return corpus_records("gov_work_reports/government_work_reports.jsonl")
