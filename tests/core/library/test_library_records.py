"""One Fact from the extractor to the store and back: every field, its type, older and newer libraries."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

from desktop.core.ingest.builder import load_path
from desktop.core.facts import Fact, extract_facts
from desktop.core.library import Library, LibraryFact, add_source
from desktop.core.library.records import public_fields
from desktop.core.library.store import SCHEMA_VERSION

REPORT = (
    "2024年政府工作报告\n\n一、工作回顾\n过去一年，国内生产总值增长5.2%，比上年增加4.5万亿元。\n"
    "城镇新增就业1244万人，居民消费价格上涨0.2%。李强总理在北京表示，粮食产量1.39万亿斤。\n"
    "社会消费品零售总额545.3亿元，同比增长8.6%。\n"
    "二、今年目标\n今年发展主要预期目标是：国内生产总值增长5%左右；赤字率拟按3%安排；进出口增长6%至6.5%。\n"
)


def _library(tmp_path, db=None):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "report.txt").write_text(REPORT, encoding="utf-8")
    db = db or tmp_path / "lib.sqlite"
    add_source(db, folder, names=True)
    return db, folder / "report.txt"


def test_every_field_of_every_fact_comes_back_as_the_extractor_made_it(tmp_path, new_library):
    db, path = _library(tmp_path, new_library())
    article = load_path(path)
    expected = extract_facts(article, names=True, year=2024)
    assert len(expected) >= 8 and any(f.kind == "person" for f in expected)
    assert any(f.change_of for f in expected) and any(isinstance(f.value, list) for f in expected)
    with Library(db) as lib:
        stored = lib.facts()
        assert all(isinstance(r, LibraryFact) and isinstance(r.fact, Fact) for r in stored)
        got = [r.fact for r in stored]
        key = lambda f: (f.start, f.end, f.kind)  # noqa: E731 - a sort key
        assert sorted(got, key=key) == sorted(expected, key=key)
        # The types too: an int stays an int, a range a list, change_of a tuple.
        for a, b in zip(sorted(got, key=key), sorted(expected, key=key)):
            for field in dataclasses.fields(Fact):
                assert type(getattr(a, field.name)) is type(getattr(b, field.name)), field.name
        doc = lib.documents()[0]
        assert {r.doc_id for r in stored} == {doc.id} and {r.title for r in stored} == {doc.title}
        text = lib.text(doc.id)
        for r in stored:
            if r.sentence_start is not None:
                assert text[r.sentence_start : r.sentence_end] == r.fact.sentence


def test_the_public_record_is_the_fact_fields_with_the_document(tmp_path, new_library):
    db, _ = _library(tmp_path, new_library())
    with Library(db) as lib:
        record = lib.facts(kinds=["percent"])[0].as_dict()
    assert tuple(record) == public_fields()
    assert record["text"] == "5.2%" and record["value"] == 5.2 and record["title"] == "2024年政府工作报告"
    json.dumps(record, ensure_ascii=False)  # the CLI prints it as it is


def test_a_format_2_library_is_migrated_in_place_and_its_facts_read_back(tmp_path):
    db, _ = _library(tmp_path)
    with Library(db) as lib:
        before = [r.fact for r in lib.facts()]
        count = lib.count()
    # Make it a format-2 file: the queried fields lived only in their columns, no glossary, no readable_by.
    con = sqlite3.connect(db)
    for fid, data in con.execute("SELECT id, data FROM facts").fetchall():
        fields = json.loads(data)
        for name in ("kind", "label", "unit", "qualifier", "text", "start", "end"):
            fields.pop(name, None)
        if isinstance(fields.get("value"), (int, float)) or (
            isinstance(fields.get("value"), list) and len(fields["value"]) == 2
        ):
            fields.pop("value")
        con.execute("UPDATE facts SET data=? WHERE id=?", (json.dumps(fields, ensure_ascii=False), fid))
    con.execute("DROP TABLE glossary")
    con.execute("DELETE FROM meta WHERE key IN ('readable_by', 'written_by')")
    con.execute("UPDATE meta SET value='2' WHERE key='schema'")
    con.commit()
    con.close()
    with Library(db) as lib:
        assert lib.schema == SCHEMA_VERSION and lib.count() == count
        after = [r.fact for r in lib.facts()]
        assert lib.glossary() == []
    # Whole numbers were stored as REAL in format 2: they come back as ints, as the extractor gives them.
    assert [(f.kind, f.text, f.start, f.value, f.label, f.sentence) for f in after] == [
        (f.kind, f.text, f.start, f.value, f.label, f.sentence) for f in before
    ]


def test_a_field_this_version_does_not_know_is_kept_in_the_store_and_ignored_when_read(tmp_path):
    db, _ = _library(tmp_path)
    con = sqlite3.connect(db)
    fid, data = con.execute("SELECT id, data FROM facts LIMIT 1").fetchone()
    fields = json.loads(data)
    fields["confidence_of_a_later_version"] = 0.9
    con.execute("UPDATE facts SET data=? WHERE id=?", (json.dumps(fields, ensure_ascii=False), fid))
    con.commit()
    con.close()
    with Library(db) as lib:
        assert isinstance(lib.facts()[0].fact, Fact)
