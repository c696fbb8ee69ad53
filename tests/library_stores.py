"""The two library stores the library tests run against, and a fresh library location in each."""

from __future__ import annotations

from pathlib import Path

import pytest

STORES = ("sqlite", "postgresql")


def new_library_in(store: str, tmp_path: Path, pg_cluster):
    """A function giving a fresh, empty library location in ``store``: a file path or a server URL."""
    if store == "sqlite":
        names = iter(range(1, 1000))
        return lambda name="lib": tmp_path / f"{name}-{next(names)}.sqlite"
    cluster, why = pg_cluster
    if cluster is None:
        pytest.skip(f"the PostgreSQL half needs a server: {why}")
    return cluster.database
