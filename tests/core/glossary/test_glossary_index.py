"""The SQLite index: built once, rebuilt when the source or schema changes or the file is damaged."""

from __future__ import annotations

import gzip
import multiprocessing
import os
import sqlite3
import time
from pathlib import Path

import pytest

from desktop.core.glossary import Glossary, GlossaryError
from desktop.core.glossary import index as index_module
from desktop.core.glossary.index import INDEX_FILENAME, stored_version


def write_cedict(path: Path, entries: list[str], *, date: str = "2023-11-07T06:42:16Z") -> Path:
    """A small CC-CEDICT file in the real format: gzip, CRLF, ``#!`` header."""
    header = ["# CC-CEDICT", "#! version=1", "#! format=ts", f"#! entries={len(entries)}", f"#! date={date}"]
    path.write_bytes(gzip.compress(("\r\n".join(header + entries) + "\r\n").encode("utf-8")))
    return path


SMALL = [
    "商圈 商圈 [shang1 quan1] /commercial district/business district/",
    "了 了 [le5] /(completed action marker)/",
    "了 了 [liao3] /to finish/",
    "電腦 电脑 [dian4 nao3] /computer/",
]


@pytest.fixture
def small_cedict(tmp_path) -> Path:
    return write_cedict(tmp_path / "cedict.txt.gz", SMALL)


def test_first_use_builds_the_index_in_the_given_folder(tmp_path, small_cedict):
    cache = tmp_path / "new" / "cache"
    g = Glossary(cache, source=small_cedict)
    assert not g.is_ready()
    seen = []
    assert g.ensure_index(lambda done, total: seen.append((done, total))) == cache / INDEX_FILENAME
    assert g.is_ready()
    assert seen[-1] == (4, 4) and seen == sorted(seen)
    assert sorted(p.name for p in cache.iterdir()) == [INDEX_FILENAME]  # no temp files left
    assert [e.pinyin for e in g.lookup("了")] == ["le5", "liao3"]


def test_lookup_builds_the_index_when_nobody_did(tmp_path, small_cedict):
    assert Glossary(tmp_path / "c", source=small_cedict).short_gloss("电脑") == "computer"


def test_second_run_reuses_the_index(tmp_path, small_cedict):
    Glossary(tmp_path / "c", source=small_cedict).ensure_index()
    built = (tmp_path / "c" / INDEX_FILENAME).stat().st_mtime_ns
    g = Glossary(tmp_path / "c", source=small_cedict)
    assert g.is_ready()
    g.ensure_index(lambda done, total: pytest.fail("rebuilt an up-to-date index"))
    assert (tmp_path / "c" / INDEX_FILENAME).stat().st_mtime_ns == built


def test_new_dictionary_edition_is_picked_up(tmp_path, small_cedict):
    Glossary(tmp_path / "c", source=small_cedict).ensure_index()
    write_cedict(small_cedict, SMALL + ["社零 社零 [she4 ling2] /retail sales (abbr.)/"], date="2024-06-01T00:00:00Z")
    g = Glossary(tmp_path / "c", source=small_cedict)
    assert not g.is_ready()
    assert g.short_gloss("社零") == "retail sales (abbr.)"


def test_schema_change_rebuilds(tmp_path, small_cedict, monkeypatch):
    Glossary(tmp_path / "c", source=small_cedict).ensure_index()
    monkeypatch.setattr(index_module, "SCHEMA_VERSION", index_module.SCHEMA_VERSION + 1)
    g = Glossary(tmp_path / "c", source=small_cedict)
    assert not g.is_ready()
    rebuilt = []
    g.ensure_index(lambda done, total: rebuilt.append(done))
    assert rebuilt and g.lookup("商圈")


def _truncate(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def _garbage_header(path: Path) -> None:
    with open(path, "r+b") as f:
        f.write(os.urandom(100))


def _garbage_middle(path: Path) -> None:
    with open(path, "r+b") as f:
        f.seek(path.stat().st_size // 2)
        f.write(b"\xff" * 8192)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


@pytest.mark.parametrize("damage", [_truncate, _garbage_header, _garbage_middle, _empty])
def test_damaged_index_is_rebuilt(tmp_path, glossary, damage):
    # The real dictionary, so the file has enough pages for damage to land inside one.
    cache = tmp_path / "c"
    cache.mkdir()
    index = cache / INDEX_FILENAME
    index.write_bytes(glossary.index_path.read_bytes())
    assert stored_version(index, thorough=True) is not None
    damage(index)
    g = Glossary(cache)
    g.ensure_index()
    assert [e.pinyin_marks for e in g.lookup("商圈")] == ["shāng quān"]
    with sqlite3.connect(index) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_abandoned_build_files_are_cleaned_up(tmp_path, small_cedict):
    cache = tmp_path / "c"
    cache.mkdir()
    old = cache / f"{INDEX_FILENAME}.dead.building"
    fresh = cache / f"{INDEX_FILENAME}.other-process.building"
    old.write_bytes(b"half an index")
    fresh.write_bytes(b"another process is writing this")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    Glossary(cache, source=small_cedict).ensure_index()
    assert not old.exists()
    assert fresh.exists()  # might belong to a live builder


def test_cancelled_build_leaves_no_index(tmp_path, small_cedict):
    def cancel(done, total):
        raise KeyboardInterrupt

    g = Glossary(tmp_path / "c", source=small_cedict)
    with pytest.raises(KeyboardInterrupt):
        g.ensure_index(cancel)
    assert list((tmp_path / "c").iterdir()) == []
    assert not g.is_ready()


def test_missing_source_is_a_clear_error(tmp_path):
    g = Glossary(tmp_path / "c", source=tmp_path / "nowhere.txt.gz")
    assert not g.is_ready()
    with pytest.raises(GlossaryError, match="cannot be read"):
        g.ensure_index()


def test_source_without_entries_is_a_clear_error(tmp_path):
    source = write_cedict(tmp_path / "empty.txt.gz", [])
    with pytest.raises(GlossaryError, match="no dictionary entries"):
        Glossary(tmp_path / "c", source=source).ensure_index()


def _build_in_child(cache: str, barrier) -> None:
    barrier.wait()
    Glossary(Path(cache)).ensure_index()


def test_two_processes_building_at_once_leave_a_valid_index(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(2)
    children = [ctx.Process(target=_build_in_child, args=(str(tmp_path), barrier)) for _ in range(2)]
    for child in children:
        child.start()
    for child in children:
        child.join(60)
    assert [child.exitcode for child in children] == [0, 0]
    index = tmp_path / INDEX_FILENAME
    assert sorted(p.name for p in tmp_path.iterdir()) == [INDEX_FILENAME]
    with sqlite3.connect(index) as con:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    g = Glossary(tmp_path)
    assert g.is_ready()
    assert {e.pinyin for e in g.lookup("了")} >= {"le5", "liao3"}


def test_default_cache_folder_follows_the_override(tmp_path, monkeypatch):
    monkeypatch.setenv("FACT_BROWSER_CACHE_DIR", str(tmp_path / "portable"))
    assert Glossary().index_path == tmp_path / "portable" / INDEX_FILENAME


def test_index_checked_in_a_worker_serves_lookups_on_another_thread(tmp_path, small_cedict):
    import threading

    g = Glossary(tmp_path / "c", source=small_cedict)
    worker = threading.Thread(target=g.ensure_index)
    worker.start()
    worker.join(30)
    assert g.is_ready()
    assert g.lookup_at("在商圈", 1)[0].word == "商圈"  # the connection was opened in the worker
