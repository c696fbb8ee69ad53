"""Damaged, foreign, newer and read-only libraries × every command: one sentence, a way forward, nothing lost.

The battery of issue 21 (damaged databases × operations) and issue 25 (a newer library is never
changed): each case is made in a temp folder from a small real library, then every ``library``
command runs on it. A newer library must be byte-for-byte the same afterwards, with no file
added beside it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.library import Library, LibraryDamaged, LibraryError, LibraryNewer, add_source

DOCS = {
    "a.txt": "2024年报告\n\n国内生产总值增长5.2%，国防预算增长7%。\n今年发展主要预期目标是：国内生产总值增长5%左右。\n",
    "b.md": "# 國防\n\n國防預算達到6,007億元，成長7.7%。\n",
    "c.txt": "第三份文件。居民收入增长5.1%，城镇新增就业1244万人。\n",
}
OPERATIONS = {
    "list": ["list"],
    "search": ["search", "国防预算"],
    "facts": ["facts", "--kind", "percent"],
    "compare": ["compare", "国内生产总值 增长"],
    "add": ["add", "{docs}"],
}


def _damage(db: Path, how: str) -> None:
    if how == "malformed":  # pages overwritten in the middle, as a bad disk or a bad copy leaves them
        data = bytearray(db.read_bytes())
        page = 4096
        for i in range(page * 2, min(len(data), page * 5)):
            data[i] = (i * 7) & 0xFF
        db.write_bytes(bytes(data))
        return
    if how == "truncated":  # a copy or a download cut off halfway
        os.truncate(db, db.stat().st_size // 2)
        return
    if how == "not a database":
        db.write_bytes(b"this is not sqlite at all " * 400)
        return
    if how == "another program's database":
        db.unlink()
        con = sqlite3.connect(db)
        con.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)")
        con.commit()
        con.close()
        return
    sql = {
        "format is not a number": "UPDATE meta SET value='two' WHERE key='schema'",
        "format missing": "DELETE FROM meta WHERE key='schema'",
        "full-text index dropped": "DROP TABLE fts",
        "texts deleted": "DELETE FROM texts WHERE doc_id=(SELECT MIN(id) FROM documents)",
        "facts deleted": "DELETE FROM facts WHERE id IN (SELECT id FROM facts LIMIT 2)",
        "sources deleted": "DELETE FROM sources",
        "table of versions dropped": "DROP TABLE meta",
        "table of documents dropped": "DROP TABLE documents",
    }[how]
    con = sqlite3.connect(db)
    con.executescript(sql)
    con.commit()
    con.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("battery")
    docs = folder / "docs"
    docs.mkdir()
    for name, text in DOCS.items():
        (docs / name).write_text(text, encoding="utf-8")
    db = folder / "lib.sqlite"
    add_source(db, docs, names=False)
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return db, docs


def _copy(built, tmp_path) -> Path:
    db = tmp_path / "lib.sqlite"
    shutil.copy(built[0], db)
    return db


def _run(capsys, argv: list[str]):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _one_sentence(err: str) -> str:
    lines = [line for line in err.strip().splitlines() if not line.startswith("fact-browser: note:")]
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith("fact-browser: ") and "Traceback" not in err
    for raw in ("DatabaseError", "OperationalError", "ValueError", "TypeError", "sqlite3", "Exception"):
        assert raw not in line, line
    return line


DAMAGED = [
    "malformed",
    "format is not a number",
    "format missing",
    "full-text index dropped",
    "texts deleted",
    "facts deleted",
    "sources deleted",
    "table of versions dropped",
    "truncated",
    "table of documents dropped",
]


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("how", DAMAGED)
def test_a_damaged_library_says_so_and_how_to_rebuild_it(built, tmp_path, capsys, how, operation):
    db = _copy(built, tmp_path)
    _damage(db, how)
    before = db.read_bytes()
    argv = [a.format(docs=built[1]) for a in OPERATIONS[operation]]
    code, out, err = _run(capsys, ["library", *argv, "--library", str(db)])
    line = _one_sentence(err)
    assert code == 1 and out == ""
    assert "is damaged" in line and "fact-browser library rebuild --library" in line, line
    assert db.read_bytes() == before  # a damaged file is evidence: nothing writes to it


@pytest.mark.parametrize("operation", OPERATIONS)
@pytest.mark.parametrize("how", ["not a database", "another program's database"])
def test_a_file_that_is_not_a_library_is_refused_and_left_alone(built, tmp_path, capsys, how, operation):
    db = _copy(built, tmp_path)
    _damage(db, how)
    before = db.read_bytes()
    argv = [a.format(docs=built[1]) for a in OPERATIONS[operation]]
    code, out, err = _run(capsys, ["library", *argv, "--library", str(db)])
    assert code == 1 and "is not a library Fact Browser can open" in _one_sentence(err)
    assert db.read_bytes() == before


def _newer(db: Path, schema: int, readable_by: int | None) -> None:
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value=? WHERE key='schema'", (str(schema),))
    con.execute("UPDATE meta SET value='7.0' WHERE key='written_by'")
    if readable_by is None:
        con.execute("DELETE FROM meta WHERE key='readable_by'")
    else:
        con.execute("UPDATE meta SET value=? WHERE key='readable_by'", (str(readable_by),))
    con.commit()
    con.close()


def _snapshot(folder: Path) -> dict:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("operation", [*OPERATIONS, "rebuild", "list all"])
def test_a_library_of_a_newer_version_is_never_changed_and_says_which_version_made_it(
    built, tmp_path, capsys, monkeypatch, operation
):
    data = tmp_path / "data"
    (data / "libraries").mkdir(parents=True)
    monkeypatch.setenv("FACT_BROWSER_DATA_DIR", str(data))
    db = data / "libraries" / "lib.sqlite"
    shutil.copy(built[0], db)
    _newer(db, 999, None)
    before = _snapshot(db.parent)
    stamp = db.stat().st_mtime_ns
    if operation == "list all":
        code, out, err = _run(capsys, ["library", "list"])
        assert code == 0 and "Fact Browser 7.0 (library format 999)" in json.loads(out)[0]["error"]
    else:
        argv = ["rebuild"] if operation == "rebuild" else [a.format(docs=built[1]) for a in OPERATIONS[operation]]
        code, out, err = _run(capsys, ["library", *argv, "--library", str(db)])
        line = _one_sentence(err)
        assert code == 1 and out == "" and "newer" in line, line
        if operation != "rebuild":
            assert "Fact Browser 7.0 (library format 999)" in line and "left unchanged" in line
    assert _snapshot(db.parent) == before and db.stat().st_mtime_ns == stamp  # no -wal or -shm left beside it either


@pytest.mark.parametrize("operation", OPERATIONS)
def test_a_newer_library_that_allows_older_readers_opens_read_only(built, tmp_path, capsys, operation):
    db = _copy(built, tmp_path)
    _newer(db, 4, 3)
    before = _snapshot(tmp_path)
    argv = [a.format(docs=built[1]) for a in OPERATIONS[operation]]
    code, out, err = _run(capsys, ["library", *argv, "--library", str(db)])
    if operation == "add":
        assert code == 1 and "cannot be changed" in _one_sentence(err) and "newer" in err
    else:
        assert code == 0 and json.loads(out) is not None
        assert "open read-only" in err and "Fact Browser 7.0 (library format 4)" in err
    assert _snapshot(tmp_path) == before


def test_the_newer_library_in_the_core_api(built, tmp_path):
    db = _copy(built, tmp_path)
    _newer(db, 999, None)
    with pytest.raises(LibraryNewer) as caught:
        Library(db)
    assert caught.value.schema == 999 and caught.value.made_by == "7.0" and not caught.value.readable


@pytest.mark.parametrize("how", ["malformed", "full-text index dropped", "texts deleted", "format is not a number"])
def test_rebuild_keeps_the_damaged_file_aside_and_builds_the_library_again(built, tmp_path, capsys, how):
    db = _copy(built, tmp_path)
    _damage(db, how)
    damaged = db.read_bytes()
    sources = [] if how != "malformed" else ["--from", str(built[1])]  # a malformed file may not say its sources
    code, out, err = _run(capsys, ["library", "rebuild", "--library", str(db), "--no-names", *sources])
    assert code == 0, err
    result = json.loads(out)
    kept = Path(result["kept_aside"])
    assert kept.parent == tmp_path and kept.name.startswith("lib.damaged-") and kept.read_bytes() == damaged
    with Library(db) as lib:
        assert lib.integrity() == "ok" and lib.count() == len(DOCS)
        assert lib.facts(kinds=["money"])[0].fact.text == "6,007億元"


def test_rebuild_without_known_sources_asks_for_them(built, tmp_path, capsys):
    db = _copy(built, tmp_path)
    _damage(db, "sources deleted")
    code, out, err = _run(capsys, ["library", "rebuild", "--library", str(db)])
    assert code == 1 and "--from" in _one_sentence(err) and db.exists()


def test_the_core_error_carries_the_way_forward(built, tmp_path):
    db = _copy(built, tmp_path)
    _damage(db, "full-text index dropped")
    with pytest.raises(LibraryDamaged) as caught:
        Library(db)
    assert caught.value.location == str(db) and isinstance(caught.value, LibraryError)


# -- a read-only library: readable, but not writable by whoever runs the command ----------------
def _read_only_command(folder: Path, argv: list[str]) -> list[str]:
    """``argv`` run where ``folder`` cannot be written: as root (who may write any file) in a mount
    namespace where it is a read-only bind mount, as a library on a read-only share is; otherwise
    with the folder and the file's write bits off."""
    if os.geteuid() != 0:
        os.chmod(folder / "lib.sqlite", 0o444)
        os.chmod(folder, 0o555)
        return argv
    if (
        not shutil.which("unshare")
        or subprocess.run(
            ["unshare", "-m", "sh", "-c", 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" "$0"', str(folder)],
            capture_output=True,
        ).returncode
        != 0
    ):
        pytest.skip(
            "as root, a read-only library needs a read-only bind mount (unshare -m), which this machine refuses"
        )
    return [
        "unshare",
        "-m",
        "sh",
        "-c",
        'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" "$0" && exec "$@"',
        str(folder),
        *argv,
    ]


@pytest.mark.parametrize("operation", OPERATIONS)
def test_a_read_only_library_opens_for_reading_and_adding_says_why_it_cannot(built, tmp_path, operation):
    folder = tmp_path / "share"
    folder.mkdir()
    db = folder / "lib.sqlite"
    shutil.copy(built[0], db)
    before = _snapshot(folder)
    argv = [a.format(docs=built[1]) for a in OPERATIONS[operation]]
    command = _read_only_command(folder, [sys.executable, "-m", "desktop", "library", *argv, "--library", str(db)])
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=300, cwd=Path(__file__).resolve().parents[3]
        )
    finally:
        os.chmod(folder, 0o755)
    if operation == "add":
        assert result.returncode == 1 and "cannot be changed: its file or folder is read-only" in _one_sentence(
            result.stderr
        )
    else:
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout) is not None and "read-only" in result.stderr
    assert _snapshot(folder) == before
