"""Small libraries built in temp folders from corpus subsets (whole corpora only in the bench)."""
from __future__ import annotations

from pathlib import Path

import pytest
from corpus_subsets import GOV, TW, corpus_subset


@pytest.fixture(scope="session")
def recent_reports(tmp_path_factory) -> Path:
    """The government work reports of 1990–2025 (the years that state growth targets), as a library."""
    from desktop.core.library import add_source

    folder = tmp_path_factory.mktemp("reports")
    src = corpus_subset(GOV, folder, lambda r, n: r.get("year") and int(r["year"]) >= 1990)
    db = folder / "reports.sqlite"
    report = add_source(db, src, names=False)
    assert report.added > 25 and not report.failed
    return db


@pytest.fixture(scope="session")
def tw_library(tmp_path_factory) -> Path:
    """120 Taiwan presidential press releases (Traditional) as a library."""
    from desktop.core.library import add_source

    folder = tmp_path_factory.mktemp("tw")
    src = corpus_subset(TW, folder, lambda r, n: n < 120)
    db = folder / "tw.sqlite"
    add_source(db, src, names=False)
    return db
