"""Writing exports to disk: complete files, never a silent overwrite."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest

from desktop.core.export import ExportError, ExportExistsError, format_for_path, write_export


def test_writes_utf8_and_returns_the_path(tmp_path, seed_facts):
    target = tmp_path / "facts.json"
    assert write_export(target, seed_facts, "json") == target
    assert json.loads(target.read_text("utf-8"))["facts"][0]["text"] == "545.3亿元"
    assert os.listdir(tmp_path) == ["facts.json"], "no temporary file is left behind"


def test_refuses_to_overwrite_unless_told(tmp_path, seed_facts):
    target = tmp_path / "facts.csv"
    target.write_text("precious", "utf-8")
    with pytest.raises(ExportExistsError, match="already exists"):
        write_export(target, seed_facts, "csv")
    assert target.read_text("utf-8") == "precious"
    with pytest.raises(FileExistsError):  # callers may catch the builtin too
        write_export(target, seed_facts, "csv")
    write_export(target, seed_facts, "csv", overwrite=True)
    assert target.read_text("utf-8").startswith("Kind,Fact,")
    assert sorted(os.listdir(tmp_path)) == ["facts.csv"]


def test_bom_reaches_the_file_for_excel(tmp_path, seed_facts):
    with_bom, without = tmp_path / "a.csv", tmp_path / "b.csv"
    write_export(with_bom, seed_facts, "csv", bom=True)
    write_export(without, seed_facts, "csv")
    assert with_bom.read_bytes().startswith(b"\xef\xbb\xbf")
    assert not without.read_bytes().startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(with_bom.read_text("utf-8-sig"), newline="")))
    assert table[1][1] == "545.3亿元" and len(table) == len(seed_facts) + 1
    assert b"\r\n" in without.read_bytes()


def test_html_file_is_a_whole_page(tmp_path, seed_facts):
    target = tmp_path / "facts.html"
    write_export(target, seed_facts, "html", article_title="观音桥")
    text = target.read_text("utf-8")
    assert text.startswith("<!DOCTYPE html>") and "<title>观音桥</title>" in text


def test_unwritable_place_is_a_sentence_not_a_traceback(tmp_path, seed_facts):
    with pytest.raises(ExportError, match="Could not write"):
        write_export(tmp_path / "missing" / "facts.csv", seed_facts, "csv")


def test_format_follows_the_file_suffix():
    assert format_for_path("a/b/Facts.CSV") == "csv"
    assert format_for_path("x.md") == "markdown" and format_for_path("x.htm") == "html"
    assert format_for_path("x.json") == "json" and format_for_path("x.docx") is None
