"""Hostile queries on every query path (search, compare, facts by label): an answer or one sentence, never
a traceback; long queries cut and said so; numbers of any length are text; ids and limits range-checked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from library_stores import STORES, new_library_in

from desktop.cli import main
from desktop.core.library import Library, add_source
from desktop.core.library.query import MAX_QUERY_CHARS, search

QUERIES = {
    "4,400 digits": "7" * 4400,
    "a figure of 30 digits": "123456789012345678901234567890",
    "9,000 characters": "国防预算 " * 1800,
    "10,000 words": " ".join("增长" for _ in range(10000)),
    "one word of 20,000 characters": "国" * 20000,
    "FTS syntax": 'NEAR(国防 预算) OR "国防" AND (预算*) ^国防 col:值 -国防',
    "unbalanced quotes": '"国防预算 “增长 「台湾',
    "SQL": "'; DROP TABLE documents; --",
    "LIKE wildcards": "%_%_ 100%",
    "NUL character": "国防\x00预算",
    "lone surrogate": "国防\ud800预算",
    "control characters": "\x01\x02\x1b[31m国防\x7f",
    "emoji and joiners": "👨‍👩‍👧 国防🇹🇼",
    "right-to-left marks": "\u202e国防\u202c\u200f预算",
    "combining marks": "国防\u0301\u0308预算",
    "only spaces": "   \u3000\t ",
    "empty": "",
    "fullwidth": "ＧＤＰ　１２３４５",
    "pipes": "| | 国防 | | 预算 |",
    "private use and noncharacters": "\ue000\uffff\U0010ffff",
    "only punctuation": "，。、；：？！……——《》",
    "a lone quote": '"',
    "empty quotes": '"" “” 「」',
    "wildcards": "* ? ** 国防* _预算_",
    "tsquery syntax": "国防 & 预算 | !增长 <-> 就业:* (a|b)",
    "regular expression": ".*[国防](预算)+{2}\\d$^",
    "backslashes": "\\\\国防\\预算\\",
    "newlines and tabs": "国防\n预算\r\n增长\t\v\f",
    "HTML and script": "<script>alert(1)</script>国防&amp;预算",
    "percent-encoded": "%E5%9B%BD%E9%98%B2 %00",
    "exactly 500 characters": ("国防预算增长" * 84)[:500],
    "501 characters": ("國防預算成長" * 84)[:501],
    "signs, exponents and hex": "-0007.50% +1e309 0x1F 1_000 ∞ NaN",
    "a 400-digit decimal": "1" + "0" * 400 + ".5%",
    "CJK extension B and beyond": "𠀀𠀁𪚥 国防 \U00030000",
    "zero-width and byte-order marks": "\ufeff国\u200b防\u2060预算\u200d",
}


@pytest.fixture(scope="module", params=STORES)
def library(request, tmp_path_factory, pg_cluster):
    folder = tmp_path_factory.mktemp("hostile")
    docs = folder / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(
        "2024年报告\n\n国内生产总值增长5.2%。国防预算增长7%，达到1234567万元。\n", encoding="utf-8"
    )
    (docs / "b.md").write_text("# 國防\n\n國防預算達到6,007億元，成長7.7%。\n", encoding="utf-8")
    db = new_library_in(request.param, folder, pg_cluster)("hostile")
    add_source(db, docs, names=False)
    return db


def _run(capsys, argv):
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _clean(err: str) -> None:
    assert "Traceback" not in err
    for raw in ("Error:", "ValueError", "OperationalError", "UnicodeEncodeError", "OverflowError"):
        assert raw not in err, err


@pytest.mark.parametrize("name", QUERIES)
@pytest.mark.parametrize("path", ["search", "compare", "facts"])
def test_a_hostile_query_gets_an_answer_not_a_traceback(library, capsys, name, path):
    query = QUERIES[name]
    argv = {"search": ["search", query], "compare": ["compare", query], "facts": ["facts", "--label", query]}[path]
    code, out, err = _run(capsys, ["library", *argv, "--library", str(library)])
    _clean(err)
    assert code == 0, err
    json.loads(out)
    if path == "search" and len(query) > MAX_QUERY_CHARS:
        assert "the query was cut to its first 500 characters" in err


def test_cutting_is_said_in_the_result_too(library):
    with Library(library) as lib:
        long = search(lib, "国防预算 " * 200)
        many = search(lib, " ".join(["国防"] * 30))
        assert "cut" in long.note and long.matched == 2
        assert "first 24 words" in many.note and many.matched == 2
        assert search(lib, "国防预算").note == ""


def test_numbers_of_any_length_are_matched_as_text(library):
    with Library(library) as lib:
        assert search(lib, "1234567").matched == 1  # found as 1234567 (and would be as 1,234,567)
        assert search(lib, "6007").matched == 1  # 6,007 in the text
        assert search(lib, "9" * 5000).matched == 0


@pytest.mark.parametrize(
    "argv,words",
    [
        (["facts", "--document", str(2**70)], "out of range"),
        (["facts", "--document", "-3"], "out of range"),
        (["facts", "--document", "1e9"], "not a whole number"),
        (["facts", "--limit", "0"], "out of range"),
        (["search", "国防", "--limit", "-1"], "out of range"),
        (["search", "国防", "--limit", "9" * 5000], "out of range"),
    ],
)
def test_ids_and_limits_are_range_checked(library, capsys, argv, words):
    with pytest.raises(SystemExit) as stop:
        _run(capsys, ["library", *argv, "--library", str(library)])
    err = capsys.readouterr().err
    assert stop.value.code == 2 and words in err and "Traceback" not in err


def test_a_document_id_past_the_last_finds_nothing(library, capsys):
    code, out, err = _run(capsys, ["library", "facts", "--document", str(2**63 - 1), "--library", str(library)])
    assert code == 0 and json.loads(out) == []


def test_search_limit_keeps_every_document_it_allows(library, capsys):
    """``--limit N`` shows N documents (the old ``--limit -1`` silently dropped the last)."""
    code, out, _ = _run(capsys, ["library", "search", "国防", "--limit", "2", "--library", str(library)])
    assert code == 0 and len(json.loads(out)["documents"]) == 2
    code, out, _ = _run(capsys, ["library", "search", "国防", "--limit", "1", "--library", str(library)])
    assert len(json.loads(out)["documents"]) == 1 and json.loads(out)["matched"] == 2


@pytest.mark.parametrize("path", ["search", "compare", "facts"])
def test_arguments_that_are_not_utf8_are_read_with_replacement_and_said(library, path):
    """On the command line (bytes from a terminal in another encoding): decoded, reported, answered."""
    query = "国防".encode("gbk") + b"\xff"
    argv = {"search": [b"search", query], "compare": [b"compare", query], "facts": [b"facts", b"--label", query]}[path]
    result = subprocess.run(
        [sys.executable.encode(), b"-m", b"desktop", b"library", *argv, b"--library", str(library).encode()],
        capture_output=True,
        cwd=Path(__file__).resolve().parents[3],
        env={**os.environ, "LC_ALL": "C.UTF-8", "PYTHONUTF8": "1"},
        timeout=120,
    )
    err = result.stderr.decode("utf-8")
    assert result.returncode == 0, err
    _clean(err)
    assert "were read as “\ufffd”" in err
    json.loads(result.stdout.decode("utf-8"))
