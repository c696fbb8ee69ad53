"""Fixtures for the fact extractor's tests: the seed article and the shared corpora."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def seed_facts(seed_article):
    from desktop.core.facts.extract import extract_facts

    return extract_facts(seed_article, document=SEED_DATE)


#: The seed has no dateline with a year: it was published on 31 August 2022 (its own
#: text: the award ceremony on 8月30日 of 2022, reported the day after).
from desktop.core.facts.dates import DocumentDate  # noqa: E402 - under the note that explains it

SEED_DATE = DocumentDate(2022, 8, 31, "publication")
