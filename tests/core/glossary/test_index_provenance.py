"""The index records what it was built from and is rebuilt when that no longer holds (issue 14, item 15)."""

from __future__ import annotations

import gzip
import os
import sqlite3

from desktop.core.glossary import Glossary
from desktop.core.glossary.index import INDEX_FILENAME, source_checksum

ENTRIES = [
    "商圈 商圈 [shang1 quan1] /commercial district/business district/",
    "電腦 电脑 [dian4 nao3] /computer/",
]


def _cedict(path, entries):
    header = ["# CC-CEDICT", "#! version=1", f"#! entries={len(entries)}", "#! date=2023-11-07T06:42:16Z"]
    path.write_bytes(gzip.compress(("\r\n".join(header + entries) + "\r\n").encode("utf-8")))
    return path


def _meta(index):
    with sqlite3.connect(index) as con:
        return dict(con.execute("SELECT key, value FROM meta"))


def test_index_records_entry_count_and_source_checksum(tmp_path):
    source = _cedict(tmp_path / "c.txt.gz", ENTRIES)
    g = Glossary(tmp_path / "cache", source)
    g.ensure_index()
    meta = _meta(g.index_path)
    assert meta["entries"] == "2" and meta["source_sha256"] == source_checksum(source)


def test_index_with_its_rows_deleted_is_rebuilt(tmp_path):
    source = _cedict(tmp_path / "c.txt.gz", ENTRIES)
    cache = tmp_path / "cache"
    g = Glossary(cache, source)
    g.ensure_index()
    g.close()
    with sqlite3.connect(cache / INDEX_FILENAME) as con:
        con.execute("DELETE FROM entry")
    g = Glossary(cache, source)
    g.ensure_index()
    assert [e.pinyin_marks for e in g.lookup("商圈")] == ["shāng quān"]
    assert g.short_gloss("商圈") == "commercial district"


def test_index_with_some_rows_deleted_is_rebuilt(tmp_path):
    source = _cedict(tmp_path / "c.txt.gz", ENTRIES)
    cache = tmp_path / "cache"
    Glossary(cache, source).ensure_index()
    with sqlite3.connect(cache / INDEX_FILENAME) as con:
        con.execute("DELETE FROM entry WHERE simplified = '电脑'")
    g = Glossary(cache, source)
    g.ensure_index()
    assert g.lookup("电脑")


def test_source_with_other_bytes_but_same_size_and_mtime_rebuilds(tmp_path):
    source = _cedict(tmp_path / "c.txt.gz", ENTRIES)
    cache = tmp_path / "cache"
    Glossary(cache, source).ensure_index()
    before = os.stat(source)
    # Same length, same mtime, other content: only the checksum can tell.
    other = [ENTRIES[0].replace("business district", "shopping district"), ENTRIES[1]]
    data = gzip.compress(
        (
            "\r\n".join(["# CC-CEDICT", "#! version=1", "#! entries=2", "#! date=2023-11-07T06:42:16Z"] + other)
            + "\r\n"
        ).encode()
    )
    data = (
        data[: before.st_size].ljust(before.st_size, b"\0")
        if len(data) >= before.st_size
        else data + b"\0" * (before.st_size - len(data))
    )
    source.write_bytes(data)
    os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))
    g = Glossary(cache, source)
    g.ensure_index()
    assert _meta(g.index_path)["source_sha256"] == source_checksum(source)
