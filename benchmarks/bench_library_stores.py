"""The two library stores side by side on the two corpora: index time, size, search latency over the query
set (median and p95, 50 documents a query as the CLI shows), whether both give the same answers, and
concurrent writers (1, 2 and 4 ``library add`` processes on folders of their own).

The PostgreSQL server is the suite's throwaway cluster (tests/pg_server.py: a Unix socket, fsync
off, as a test server runs) or the one ``FACT_BROWSER_TEST_POSTGRES`` names. Facts are extracted
without names (``--no-names``) in both stores, so the times say what the store adds.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .bench_search import CORPORA, GOV

TW = CORPORA / "tw_president_news" / "president_news_2024_2025.jsonl"
ROOT = Path(__file__).resolve().parents[1]
WRITER_DOCS = 240


def _sqlite_mb(db: Path) -> float:
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*")) / 1e6


def _pg_mb(lib) -> float:
    return (
        float(
            lib._one(
                "SELECT SUM(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
                "ON n.oid = c.relnamespace WHERE n.nspname = 'fact_browser' AND c.relkind = 'r'"
            )[0]
        )
        / 1e6
    )


def _on_cpu_ns(pid: int | None = None) -> int:
    """Nanoseconds on a CPU: this process (all its threads) when ``pid`` is None, else the process
    ``pid`` (Linux schedstat, exact for a process that is waiting, as a server backend is between
    queries; 0 where there is none). A process's own schedstat is only brought up to date at the
    scheduler's ticks, too coarse for a search of a few milliseconds: the process clock is exact."""
    if pid is None:
        return time.process_time_ns()
    try:
        with open(f"/proc/{pid}/schedstat", encoding="ascii") as fh:
            return int(fh.read().split()[0])
    except (OSError, ValueError, IndexError):
        return 0


def _latencies(libraries: dict, queries) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Per store, each query's median over 3 runs (ms), the stores taking turns query by query: the
    wall-clock time, and the CPU time it took (this process, plus the server's backend for
    PostgreSQL) — what the search costs when the machine is busy with other work, as this one
    often is, since waiting for a CPU is not counted."""
    from desktop.core.library.query import search

    backends = {
        s: lib._one("SELECT pg_backend_pid()")[0] if s == "postgresql" else None for s, lib in libraries.items()
    }
    wall: dict[str, list[float]] = {store: [] for store in libraries}
    cpu: dict[str, list[float]] = {store: [] for store in libraries}
    for q in queries:
        runs: dict[str, list[float]] = {store: [] for store in libraries}
        spent: dict[str, list[float]] = {store: [] for store in libraries}
        for _ in range(3):
            for store, lib in libraries.items():
                c0 = _on_cpu_ns() + (_on_cpu_ns(backends[store]) if backends[store] else 0)
                t0 = time.perf_counter()
                search(lib, q, limit=50)
                runs[store].append(time.perf_counter() - t0)
                spent[store].append(_on_cpu_ns() + (_on_cpu_ns(backends[store]) if backends[store] else 0) - c0)
        for store in libraries:
            wall[store].append(statistics.median(runs[store]) * 1000)
            cpu[store].append(statistics.median(spent[store]) / 1e6)
    return wall, cpu


def _p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def _answers(lib, queries) -> list:
    from desktop.core.library.query import search

    ids = {d.id: d.corpus_id or d.key for d in lib.documents()}
    answers = []
    for q in queries:
        result = search(lib, q, limit=None)
        answers.append(
            (
                result.matched,
                [(ids[d.doc_id], d.title, d.date, d.total, [h.as_dict() for h in d.hits]) for d in result.documents],
            )
        )
    return answers


def _writers(tmp: Path, location_of, report, store: str) -> None:
    """``WRITER_DOCS`` releases as files in 4 folders; 1, 2 or 4 processes add them to one library."""
    from desktop.core.library.sources import CorpusRecord, corpus_records

    records = [r for r in corpus_records(TW) if isinstance(r, CorpusRecord)][:WRITER_DOCS]
    base = tmp / "writer-docs"
    if not base.exists():
        for i, r in enumerate(records):
            folder = base / f"part{i % 4}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{i:04d}.txt").write_text(r.text(), encoding="utf-8")
    single = None
    for writers in (1, 2, 4):
        location = location_of(f"writers{writers}")
        groups = [[base / f"part{p}" for p in range(4) if p % writers == w] for w in range(writers)]
        t0 = time.perf_counter()
        children = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "import sys; from desktop.core.library import add_source\n"
                    "for f in sys.argv[2:]: add_source(sys.argv[1], f, names=False)",
                    str(location),
                    *map(str, group),
                ],
                cwd=ROOT,
            )
            for group in groups
        ]
        for child in children:
            child.wait()
        rate = WRITER_DOCS / (time.perf_counter() - t0)
        single = single or rate
        report(
            f"library {store}: {writers} concurrent writer(s), documents per second",
            lambda r=rate: r,
            measure=False,
            repeat=1,
            unit="doc/s",
        )
        if writers > 1:
            report(
                f"library {store}: {writers} writers vs 1",
                lambda r=rate, s=single: r / s,
                measure=False,
                repeat=1,
                unit="×",
            )


def run(report) -> None:
    if not GOV.exists() or not TW.exists():
        print(f"  (skipped: corpora absent under {CORPORA})")
        return
    sys.path.insert(0, str(ROOT / "tests"))
    sys.path.insert(0, str(ROOT / "tests" / "core" / "library"))
    import pg_server
    from query_set import QUERIES

    from desktop.core.library import Library, add_source
    from desktop.core.library.folds import script_fold

    cluster, why = pg_server.start()
    if cluster is None:
        print(f"  (PostgreSQL half skipped: {why})")
    script_fold()  # the fold table is a one-off cost, not a store's
    tmp = Path(tempfile.mkdtemp(prefix="bench-stores-"))
    try:
        for short, name, path in (("gov", "72 reports", GOV), ("tw", "1,557 releases", TW)):
            libraries = {}
            for store in ("sqlite", "postgresql"):
                if store == "postgresql" and cluster is None:
                    continue
                location = tmp / f"{short}.sqlite" if store == "sqlite" else cluster.database("bench")
                t0 = time.perf_counter()
                add_source(location, path, names=False)
                seconds = time.perf_counter() - t0
                lib = Library(location)
                if store == "postgresql":
                    lib.execute("ANALYZE")
                libraries[store] = lib
                report(
                    f"library {store}, {name}: index from scratch (no names)",
                    lambda s=seconds: s,
                    measure=False,
                    repeat=1,
                    unit="s",
                    baseline=f"library sqlite, {name}: index from scratch (no names)" if store != "sqlite" else None,
                )
                size = _sqlite_mb(location) if store == "sqlite" else _pg_mb(lib)
                report(f"library {store}, {name}: size", lambda s=size: s, measure=False, repeat=1, unit="MB")
            # The stores take turns on each query, so a busy machine weighs on both alike.
            load = os.getloadavg()[0]
            latencies, cpu = _latencies(libraries, QUERIES)
            print(f"  (load average {load:.1f} before these searches, {os.getloadavg()[0]:.1f} after)")
            for what, values in (("search", latencies), ("search CPU time", cpu)):
                for store, times in values.items():
                    base = None if store == "sqlite" else f"library sqlite, {name}: {what}"
                    report(
                        f"library {store}, {name}: {what} median of {len(QUERIES)} queries",
                        lambda t=times: statistics.median(t),
                        measure=False,
                        repeat=1,
                        baseline=base and f"{base} median of {len(QUERIES)} queries",
                    )
                    report(
                        f"library {store}, {name}: {what} p95",
                        lambda v=_p95(times): v,
                        measure=False,
                        repeat=1,
                        target="< 50 ms",
                        baseline=base and f"{base} p95",
                    )
            if len(libraries) == 2:
                a, b = (_answers(lib, QUERIES) for lib in libraries.values())
                same = sum(x == y for x, y in zip(a, b))
                for q, x, y in zip(QUERIES, a, b):
                    if x != y:
                        print(f"  !! {name}: {q!r} differs: SQLite {x[0]} documents, PostgreSQL {y[0]}")
                found = sum(1 for x in a if x[0])
                report(
                    f"library {name}: queries that find something (of {len(QUERIES)})",
                    lambda f=found: f,
                    measure=False,
                    repeat=1,
                    unit="",
                )
                report(
                    f"library {name}: queries answered alike by both stores (of {len(QUERIES)})",
                    lambda s=same: s,
                    measure=False,
                    repeat=1,
                    unit="",
                    target=str(len(QUERIES)),
                )
            for lib in libraries.values():
                lib.close()
        _writers(tmp, lambda n: tmp / f"{n}.sqlite", report, "sqlite")
        if cluster is not None:
            _writers(tmp, lambda n: cluster.database(n), report, "postgresql")
    finally:
        if cluster is not None:
            cluster.stop()
        shutil.rmtree(tmp, ignore_errors=True)
