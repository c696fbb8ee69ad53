"""Small libraries built from corpus subsets (whole corpora only in the bench), in each store.

``recent_reports`` and ``tw_library`` are parametrised over the stores (SQLite file, PostgreSQL
database), so every test using them runs against both; the PostgreSQL half skips with the reason
when no server can be started (see tests/pg_server.py). Each is built once per session and store
(``corpus_library``), also for the tests that compare the two stores."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus_subsets import GOV, TW, corpus_subset
from library_stores import STORES, new_library_in

#: name -> (corpus, which records): the government work reports of 1990–2025 (the years that state
#: growth targets) and 120 Taiwan presidential press releases (Traditional)
SUBSETS = {
    "reports": (GOV, lambda r, n: r.get("year") and int(r["year"]) >= 1990),
    "releases": (TW, lambda r, n: n < 120),
}


@pytest.fixture(scope="session")
def corpus_library(tmp_path_factory, pg_cluster):
    """``corpus_library(store, name)``: the subset ``name`` of :data:`SUBSETS` as a library in ``store``."""
    from desktop.core.library import add_source

    built: dict[tuple[str, str], Path | str] = {}

    def build(store: str, name: str) -> Path | str:
        if (store, name) not in built:
            folder = tmp_path_factory.mktemp(f"{name}-{store}")
            corpus, keep = SUBSETS[name]
            src = corpus_subset(corpus, folder, keep)
            db = new_library_in(store, folder, pg_cluster)(name)
            report = add_source(db, src, names=False)
            assert report.added > 25 and not [f for f in report.failed if "content" not in f["reason"]]
            built[store, name] = db
        return built[store, name]

    return build


@pytest.fixture(scope="session", params=STORES)
def recent_reports(request, corpus_library) -> Path | str:
    return corpus_library(request.param, "reports")


@pytest.fixture(scope="session", params=STORES)
def tw_library(request, corpus_library) -> Path | str:
    return corpus_library(request.param, "releases")
