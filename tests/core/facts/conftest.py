"""Fixtures for the fact extractor's tests: the seed article and the shared corpora."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def seed_facts(seed_article):
    from desktop.core.facts.extract import extract_facts

    return extract_facts(seed_article)
