"""Fixtures for core/script tests: the shared corpora beside the project, if present."""

from __future__ import annotations

import pytest
from shared_paths import CORPORA, corpus_path, load_opencc_testcases


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
            params = [
                pytest.param(
                    None, marks=pytest.mark.skip(reason=f"OpenCC testcases.json not found under {CORPORA.resolve()}")
                )
            ]
        metafunc.parametrize("opencc_expectation", params)
