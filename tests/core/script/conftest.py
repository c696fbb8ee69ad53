"""Fixtures for core/script tests: the shared corpora beside the project, if present."""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[3]
# ``../shared/corpora`` beside the project; FACT_BROWSER_CORPORA overrides it
# for a git worktree that lives elsewhere.
CORPORA = Path(os.environ.get("FACT_BROWSER_CORPORA") or PROJECT_ROOT / ".." / "shared" / "corpora")
SEED = PROJECT_ROOT / "seeds" / "guanyinqiao-service-award.zh.txt"


def corpus_path(*parts: str) -> Path:
    path = CORPORA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"corpus file {Path(*parts)} not found under {CORPORA.resolve()} (../shared/corpora beside the project)")
    return path


def load_opencc_testcases() -> list[dict]:
    """OpenCC's testcases.json, or [] when the corpus is absent (tests then skip)."""
    path = CORPORA / "opencc" / "test" / "testcases" / "testcases.json"
    if not path.exists():
        return []
    raw = path.read_text(encoding="utf-8")
    # The upstream file has trailing commas, which json rejects.
    return json.loads(re.sub(r",(\s*[}\]])", r"\1", raw))["cases"]


@pytest.fixture
def opencc_golden():
    return corpus_path("opencc", "test", "golden")


def pytest_generate_tests(metafunc):
    # One test per (case, config) expectation, so a failure names its case.
    if "opencc_expectation" in metafunc.fixturenames:
        cases = load_opencc_testcases()
        params = [
            pytest.param((config, case["input"], expected), id=f"{case['id']}-{config}")
            for case in cases
            for config, expected in case["expected"].items()
        ]
        if not params:
            params = [pytest.param(None, marks=pytest.mark.skip(reason=f"OpenCC testcases.json not found under {CORPORA.resolve()}"))]
        metafunc.parametrize("opencc_expectation", params)


@pytest.fixture
def seed_article():
    from desktop.core.builder import load_path

    return load_path(SEED)
