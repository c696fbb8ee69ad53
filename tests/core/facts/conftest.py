"""Fixtures for the fact extractor's tests: the seed article and the shared corpora."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "seeds" / "guanyinqiao-service-award.zh.txt"


def _corpora_dir() -> Path:
    # <root>/../shared/corpora as in CI; FACT_BROWSER_CORPORA lets a worktree that
    # is not beside shared/ point at it.
    override = os.environ.get("FACT_BROWSER_CORPORA")
    return Path(override) if override else (ROOT / ".." / "shared" / "corpora").resolve()


@pytest.fixture(scope="session")
def facts_corpora() -> Path:
    path = _corpora_dir()
    if not path.is_dir():
        pytest.skip(f"real-world corpora not found at {path} (set FACT_BROWSER_CORPORA)")
    return path


@pytest.fixture(scope="session")
def seed_article():
    from desktop.core.builder import load_path

    return load_path(SEED)


@pytest.fixture(scope="session")
def seed_facts(seed_article):
    from desktop.core.facts.extract import extract_facts

    return extract_facts(seed_article)
