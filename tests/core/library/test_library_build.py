"""Building a library from a folder: every readable file in, bad ones listed, only changes re-read."""

from __future__ import annotations

import os
import sqlite3

from desktop.core.library import Library, add_source
from desktop.core.library.query import search

REPORT = "一、工作回顾\n过去一年，国内生产总值增长5.2%，粮食产量1.39万亿斤。\n二、今年目标\n今年发展主要预期目标是：国内生产总值增长5%左右。\n"


def _folder(tmp_path):
    root = tmp_path / "docs"
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text("2024年报告\n\n" + REPORT, encoding="utf-8")
    (root / "b.md").write_text("# 国防\n\n國防預算達到6,007億元，成長7.7%。\n", encoding="utf-8")
    (root / "sub" / "c.html").write_text(
        "<html><body><h1>台灣新聞</h1><p>總統今（1）日表示，臺灣經濟成長3.1%。</p></body></html>", encoding="utf-8"
    )
    (root / "sub" / "deeper" / "d.txt").write_text("第三份文件。居民收入增长5.1%。", encoding="gb18030")
    (root / "sub" / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (root / "empty.md").write_text("", encoding="utf-8")
    (root / "notes.csv").write_text("ignored,because,not a document", encoding="utf-8")
    (root / ".hidden.txt").write_text("隐藏文件", encoding="utf-8")
    return root


def test_a_folder_is_read_recursively_and_bad_files_are_listed_with_their_reason(tmp_path, new_library):
    root = _folder(tmp_path)
    db = new_library()
    report = add_source(db, root)
    assert report.added == 4 and report.documents == 4
    reasons = {os.path.basename(f["path"]): f["reason"] for f in report.failed}
    assert set(reasons) == {"binary.txt", "empty.md"}
    assert "binary file" in reasons["binary.txt"] and "empty" in reasons["empty.md"]
    with Library(db) as lib:
        docs = {os.path.basename(d.path): d for d in lib.documents()}
        assert set(docs) == {"a.txt", "b.md", "c.html", "d.txt"}
        assert docs["a.txt"].title == "2024年报告" and docs["a.txt"].year == 2024
        assert docs["b.md"].title == "国防"
        assert docs["a.txt"].fact_count >= 3
        assert {f["path"].rsplit("/", 1)[1] for f in lib.failures()} == {"binary.txt", "empty.md"}
        stored = lib.facts(doc_id=docs["a.txt"].id, kinds=["percent"])
        facts = [f.fact for f in stored]
        assert [(f.text, f.value, f.qualifier) for f in facts] == [("5.2%", 5.2, None), ("5%左右", 5, "≈")]
        text = lib.text(docs["a.txt"].id)
        assert all(text[f.start : f.end] == f.text for f in facts)
        assert all(text[r.sentence_start : r.sentence_end] == r.fact.sentence for r in stored)
        assert "预期目标" in facts[1].sentence
        assert lib.integrity() == "ok"


def test_only_changed_files_are_read_again_and_removed_files_leave(tmp_path, new_library):
    root = _folder(tmp_path)
    db = new_library()
    add_source(db, root)
    with Library(db) as lib:
        before = {d.path: d.id for d in lib.documents()}
    again = add_source(db, root)
    assert (again.added, again.updated, again.unchanged, again.removed) == (0, 0, 4, 0)
    (root / "b.md").write_text("# 国防\n\n國防預算達到6,500億元。\n", encoding="utf-8")
    os.utime(root / "a.txt", ns=(1, 1))  # touched, same bytes: not re-read
    (root / "sub" / "deeper" / "d.txt").unlink()
    (root / "e.txt").write_text("新文件，增长8%。", encoding="utf-8")
    third = add_source(db, root)
    assert (third.added, third.updated, third.unchanged, third.removed) == (1, 1, 2, 1)
    with Library(db) as lib:
        after = {d.path: d.id for d in lib.documents()}
        assert after[str(root / "a.txt")] == before[str(root / "a.txt")]
        assert after[str(root / "b.md")] != before[str(root / "b.md")]
        assert str(root / "sub" / "deeper" / "d.txt") not in after
        b = next(d for d in lib.documents() if d.path.endswith("b.md"))
        assert [f.fact.text for f in lib.facts(doc_id=b.id, kinds=["money"])] == ["6,500億元"]
        assert lib.count() == 4 and lib.integrity() == "ok"
        # The old text left the full-text index with its document.
        assert search(lib, "6,007").matched == 0


def test_a_bad_file_fixed_later_joins_the_library(tmp_path, new_library):
    root = _folder(tmp_path)
    db = new_library()
    add_source(db, root)
    (root / "empty.md").write_text("# 补上\n\n现在有内容了，增长3%。", encoding="utf-8")
    report = add_source(db, root)
    assert report.added == 1 and {os.path.basename(f["path"]) for f in report.failed} == {"binary.txt"}
    with Library(db) as lib:
        assert [os.path.basename(f["path"]) for f in lib.failures()] == ["binary.txt"]


def test_a_corpus_with_bad_lines_keeps_the_good_ones(tmp_path, new_library):
    src = tmp_path / "mixed.jsonl"
    src.write_text(
        '{"id": 1, "title": "第一篇", "content": "增长5%。", "date": "2024-03-05"}\n'
        "not json at all\n"
        '{"id": 2, "title": "没有内容"}\n'
        '["a list"]\n'
        '{"id": 3, "title": "第三篇", "content": "增长6%。", "year": "2023"}\n',
        encoding="utf-8",
    )
    report = add_source(db := new_library(), src)
    assert report.added == 2
    assert [f["reason"] for f in report.failed] == [
        "line 2 is not JSON (Expecting value)",
        "line 3 has no “content” text",
        "line 4 is not a JSON object",
    ]
    with Library(db) as lib:
        assert [(d.title, d.date, d.year) for d in lib.documents()] == [
            ("第一篇", "2024-03-05", 2024),
            ("第三篇", None, 2023),
        ]


def test_a_file_that_is_not_a_library_is_refused_with_a_sentence(tmp_path):
    import pytest

    from desktop.core.library import LibraryError

    bad = tmp_path / "not.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError, match="not a library"):
        Library(bad)
    with pytest.raises(LibraryError, match="neither a folder, a document nor"):
        add_source(tmp_path / "lib.sqlite", tmp_path / "not.sqlite")


def test_the_database_is_in_wal_mode(tmp_path):
    root = _folder(tmp_path)
    add_source(tmp_path / "lib.sqlite", root)
    con = sqlite3.connect(tmp_path / "lib.sqlite")
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_corpus_line_fixed_later_is_no_longer_listed(tmp_path, new_library):
    src = tmp_path / "c.jsonl"
    src.write_text('{"id": 1, "title": "一", "content": "增长5%。"}\n{"id": 2, "title": "二"}\n', encoding="utf-8")
    db = new_library()
    assert len(add_source(db, src).failed) == 1
    src.write_text(
        '{"id": 1, "title": "一", "content": "增长5%。"}\n{"id": 2, "title": "二", "content": "补上了。"}\n',
        encoding="utf-8",
    )
    report = add_source(db, src)
    assert report.failed == [] and report.added == 1 and report.unchanged == 1
    with Library(db) as lib:
        assert lib.failures() == [] and lib.count() == 2


def test_progress_is_reported_and_cancelling_stops_between_documents(tmp_path, new_library):
    src = tmp_path / "c.jsonl"
    src.write_text(
        "".join(f'{{"id": {i}, "title": "第{i}篇", "content": "国防预算增长{i}%。"}}\n' for i in range(10)),
        encoding="utf-8",
    )
    db = new_library()
    seen = []
    report = add_source(
        db,
        src,
        names=False,
        progress=lambda done, total, title: seen.append((done, total, title)),
        cancelled=lambda: len(seen) >= 4,
    )
    assert report.cancelled and report.added == 4 and seen[0] == (1, 10, "第0篇")
    with Library(db) as lib:
        assert lib.count() == 4 and not lib.sources()[0]["complete"]
    rest = add_source(db, src, names=False)
    assert (rest.added, rest.unchanged, rest.documents) == (6, 4, 10)


def test_a_library_of_an_older_layout_is_rebuilt_from_its_sources(tmp_path):
    root = _folder(tmp_path)
    db = tmp_path / "lib.sqlite"
    add_source(db, root)
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value='1' WHERE key='schema'")
    con.commit()
    con.close()
    with Library(db) as lib:
        assert lib.count() == 0 and not lib.sources()[0]["complete"]
    assert add_source(db, root).added == 4


def test_facts_are_extracted_again_when_the_extractor_changed(tmp_path, new_library, monkeypatch):
    from desktop.core.library import indexer

    root = _folder(tmp_path)
    db = new_library()
    add_source(db, root)
    assert add_source(db, root).unchanged == 4
    monkeypatch.setattr(indexer, "facts_recipe", lambda names: "another extractor")
    again = add_source(db, root)
    assert (again.updated, again.unchanged) == (4, 0)
    assert add_source(db, root).unchanged == 4
    # Asking for names after a run without them is another recipe too.
    monkeypatch.undo()
    assert add_source(db, root, names=False).updated == 4


def test_one_document_added_on_its_own_joins_the_library_and_is_kept_up_to_date(tmp_path, new_library):
    """The library window's Add File…: a single document is a source like a folder, read by the same rules."""
    root = _folder(tmp_path)
    db = new_library()
    add_source(db, root)
    single = tmp_path / "extra.txt"
    single.write_text("2025年补充报告\n\n城镇新增就业1256万人。\n", encoding="utf-8")
    report = add_source(db, single)
    assert (report.added, report.documents, report.failed) == (1, 1, [])
    with Library(db) as lib:
        titles = {d.title for d in lib.documents()}
        assert "2025年补充报告" in titles and len(titles) == 5
    assert add_source(db, single).unchanged == 1
    single.write_text("2025年补充报告\n\n城镇新增就业1300万人。\n", encoding="utf-8")
    assert add_source(db, single).updated == 1
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    report = add_source(db, empty)
    assert report.added == 0 and "empty" in report.failed[0]["reason"]
