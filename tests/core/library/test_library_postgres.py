"""A library on a PostgreSQL server: the same answers as SQLite, writers that lose nothing, and one clear
message for each way a server fails (unreachable, wrong login, gone mid-build, a newer schema)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from corpus_subsets import TW, corpus_subset
from library_stores import STORES, new_library_in
from query_set import QUERIES

from desktop.cli import main
from desktop.core.library import Library, LibraryNewer, LibraryUnavailable, add_source
from desktop.core.library.pg_url import redacted, remember_password
from desktop.core.library.query import search

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="session")
def cluster(pg_cluster):
    server, why = pg_cluster
    if server is None:
        pytest.skip(f"needs a PostgreSQL server: {why}")
    return server


def _own(cluster):
    if not cluster.owned:
        pytest.skip("needs a server this suite started (FACT_BROWSER_TEST_POSTGRES names another)")


# -- the same answers as SQLite ------------------------------------------------------------------------
@pytest.fixture(scope="module", params=["reports", "releases"])
def both(request, corpus_library, cluster):
    """The same corpus subset as a SQLite library and a PostgreSQL library."""
    libraries = [Library(corpus_library(store, request.param)) for store in STORES]
    yield libraries
    for lib in libraries:
        lib.close()


def _answer(lib, query: str):
    keys = {d.id: d.corpus_id for d in lib.documents()}  # the corpus files of the two libraries lie apart
    result = search(lib, query, limit=None)
    return result.matched, [
        (keys[d.doc_id], d.title, d.date, d.total, [h.as_dict() for h in d.hits]) for d in result.documents
    ]


def test_the_query_set_gets_the_same_answers_from_both_stores(both):
    sqlite, server = both
    assert len(QUERIES) >= 60
    different = [q for q in QUERIES if _answer(sqlite, q) != _answer(server, q)]
    assert different == []
    assert sum(1 for q in QUERIES if _answer(server, q)[0]) >= 40  # most queries find something: not vacuous


def test_documents_and_facts_are_the_same_in_both_stores(both):
    sqlite, server = both
    assert [(d.corpus_id, d.title, d.date, d.length, d.fact_count) for d in sqlite.documents()] == [
        (d.corpus_id, d.title, d.date, d.length, d.fact_count) for d in server.documents()
    ]
    assert [f.fact for f in sqlite.facts(kinds=["percent"])] == [f.fact for f in server.facts(kinds=["percent"])]


# -- many writers ------------------------------------------------------------------------------------
def _tree(root: Path, n: int = 48) -> list[Path]:
    files = []
    for i in range(n):
        folder = root / ("a" if i % 3 == 0 else "a/b" if i % 3 == 1 else "c")
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{i:03d}.txt"
        path.write_text(
            f"第{i}号文件\n\n"
            + "".join(f"第{j}段，国防预算增长{(i + j) % 9}.{j}%，就业{i * 10 + j}万人。" for j in range(12)),
            encoding="utf-8",
        )
        files.append(path)
    return files


def _adder(folder: Path, location) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop",
            "library",
            "add",
            str(folder),
            "--library",
            str(location),
            "--no-names",
            "--progress",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _kill_after(child: subprocess.Popen, done: int) -> None:
    """SIGKILL ``child`` once it has gone through ``done`` files (or when it ends first)."""
    for line in child.stderr:
        if line.startswith("{") and json.loads(line)["done"] >= done:
            break
    child.send_signal(signal.SIGKILL)


@pytest.mark.parametrize("store", STORES)
def test_four_writers_on_overlapping_folders_with_random_kills_lose_nothing(tmp_path, pg_cluster, store):
    files = _tree(tmp_path / "docs")
    location = new_library_in(store, tmp_path, pg_cluster)("writers")
    rng = random.Random(2026)
    folders = [tmp_path / "docs", tmp_path / "docs" / "a", tmp_path / "docs" / "a" / "b", tmp_path / "docs"]
    children = [_adder(folder, location) for folder in folders]
    victims = rng.sample(range(4), 2)
    for i in victims:  # while they write: a kill at any moment must lose nothing committed
        _kill_after(children[i], rng.randint(2, 14))
    for child in children:
        child.wait(timeout=600)
    survivors = [c for i, c in enumerate(children) if i not in victims]
    assert all(c.returncode == 0 for c in survivors), [c.stderr.read()[-500:] for c in survivors]
    for i in victims:  # the killed writers run again and complete
        again = _adder(folders[i], location)
        again.wait(timeout=600)
        assert again.returncode == 0, again.stderr.read()
    with Library(location) as lib:
        keys = [d.key for d in lib.documents()]
        assert sorted(keys) == sorted(str(f) for f in files)  # each file once, none lost
        assert lib.integrity() == "ok"
        for d in lib.documents():
            assert len(lib.text(d.id)) == d.length and len(lib.facts(doc_id=d.id)) == d.fact_count
        assert search(lib, "国防预算").matched == len(files)


def test_a_reader_sees_one_state_of_the_library_while_a_writer_adds(tmp_path, cluster):
    files = _tree(tmp_path / "docs", 30)
    location = cluster.database("reader")
    add_source(location, tmp_path / "docs" / "c", names=False)
    writer = _adder(tmp_path / "docs", location)
    seen = []
    with Library(location) as lib:
        while writer.poll() is None:
            result = search(lib, "国防预算", limit=None)
            # Every document a search lists is whole: its hits were read in the same snapshot.
            assert result.matched == len(result.documents) and all(d.total > 0 and d.hits for d in result.documents)
            seen.append(result.matched)
    assert writer.returncode == 0 and seen and max(seen) <= len(files)


# -- failures, one sentence each -------------------------------------------------------------------------
def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _sentence(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err and "psycopg" not in err, err
    return lines[0]


def test_a_server_that_cannot_be_reached_is_said_so(tmp_path, capsys):
    url = f"postgresql://nobody@/library?host={tmp_path}"  # no server listens on this socket folder
    code, out, err = _run(capsys, "library", "search", "国防", "--library", url)
    assert code == 1 and out == "" and "cannot be reached (is PostgreSQL running there?)" in _sentence(err)
    with pytest.raises(LibraryUnavailable):
        Library(url)


def test_wrong_missing_and_right_passwords(tmp_path, cluster, capsys, monkeypatch):
    _own(cluster)
    url = cluster.role("analyst", "s3cret-pw", cluster.database("logins"))
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "pgpass"))
    monkeypatch.setattr("desktop.core.library.pg_url._keyring", lambda: None)
    code, _, err = _run(capsys, "library", "list", "--library", url)
    assert code == 1 and "asks for a password" in _sentence(err)
    from urllib.parse import urlsplit

    (tmp_path / "pgpass").write_text(f"*:*:*:{urlsplit(url).username}:wrong\n", encoding="utf-8")
    os.chmod(tmp_path / "pgpass", 0o600)
    code, _, err = _run(capsys, "library", "list", "--library", url)
    assert code == 1 and "refused the login" in _sentence(err) and "wrong" not in err.split("refused")[0]
    where = remember_password(url, "s3cret-pw")  # as the window's Server… dialog does
    assert where == str(tmp_path / "pgpass") and (tmp_path / "pgpass").stat().st_mode & 0o777 == 0o600
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("国防预算增长7%。", encoding="utf-8")
    code, out, err = _run(capsys, "library", "add", str(docs), "--library", url, "--no-names")
    assert code == 0, err
    assert json.loads(out)["library"] == url and "s3cret" not in out
    assert redacted("postgresql://analyst:s3cret-pw@db.example/lib") == "postgresql://analyst@db.example/lib"


def test_a_server_that_goes_away_mid_build_loses_nothing_and_the_next_run_continues(tmp_path, cluster):
    _own(cluster)
    source = corpus_subset(TW, tmp_path, lambda r, n: n < 150)
    location = cluster.database("goes_away")
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desktop",
            "library",
            "add",
            str(source),
            "--library",
            location,
            "--no-names",
            "--progress",
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    for line in child.stderr:
        if line.startswith("{") and json.loads(line)["done"] >= 20:
            break
    cluster.restart()  # an immediate shutdown: every connection is cut, open transactions are lost
    rest = child.stderr.read()
    child.wait(timeout=300)
    messages = [line for line in rest.splitlines() if not line.startswith("{")]
    assert child.returncode == 1 and len(messages) == 1, rest
    assert "went away" in messages[0] and "documents were indexed and kept" in messages[0] and "Traceback" not in rest
    with Library(location) as lib:
        kept = lib.count()
        assert lib.integrity() == "ok" and kept >= 20
    report = add_source(location, source, names=False)
    assert report.unchanged == kept and report.documents == report.unchanged + report.added


def test_a_newer_schema_on_the_server_is_never_changed(tmp_path, cluster, capsys):
    import psycopg

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("国防预算增长7%。", encoding="utf-8")
    location = cluster.database("newer")
    add_source(location, docs, names=False)
    with psycopg.connect(location, autocommit=True) as con:
        con.execute("UPDATE fact_browser.meta SET value='999' WHERE key IN ('schema', 'readable_by')")

        def snapshot():
            return con.execute(
                "SELECT (SELECT json_agg(m ORDER BY key) FROM fact_browser.meta m)::text, "
                "(SELECT COUNT(*) FROM fact_browser.documents)"
            ).fetchone()

        before = snapshot()
        for argv in (["list"], ["search", "国防"], ["facts"], ["compare", "国防预算"], ["add", str(docs)]):
            code, out, err = _run(capsys, "library", *argv, "--library", location)
            assert code == 1 and out == "" and "library format 999" in _sentence(err)
        assert snapshot() == before
    with pytest.raises(LibraryNewer):
        Library(location)
