"""Small libraries built from corpus subsets (whole corpora only in the bench), in each store.

``recent_reports`` and ``tw_library`` are parametrised over the stores (SQLite file, PostgreSQL
database), so every test using them runs against both; the PostgreSQL half skips with the reason
when no server can be started (see tests/pg_server.py)."""
from __future__ import annotations

from pathlib import Path

import pytest
from library_stores import STORES, new_library_in
from corpus_subsets import GOV, TW, corpus_subset


@pytest.fixture(scope="session", params=STORES)
def recent_reports(request, tmp_path_factory, pg_cluster) -> Path | str:
    """The government work reports of 1990–2025 (the years that state growth targets), as a library."""
    from desktop.core.library import add_source

    folder = tmp_path_factory.mktemp("reports")
    src = corpus_subset(GOV, folder, lambda r, n: r.get("year") and int(r["year"]) >= 1990)
    db = new_library_in(request.param, folder, pg_cluster)("reports")
    report = add_source(db, src, names=False)
    assert report.added > 25 and not report.failed
    return db


@pytest.fixture(scope="session", params=STORES)
def tw_library(request, tmp_path_factory, pg_cluster) -> Path | str:
    """120 Taiwan presidential press releases (Traditional) as a library."""
    from desktop.core.library import add_source

    folder = tmp_path_factory.mktemp("tw")
    src = corpus_subset(TW, folder, lambda r, n: n < 120)
    db = new_library_in(request.param, folder, pg_cluster)("tw")
    add_source(db, src, names=False)
    return db
