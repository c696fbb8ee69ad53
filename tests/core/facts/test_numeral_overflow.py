"""Numbers no float holds, and whitespace between two figures (issue 14, item 5)."""

import json

import pytest

from desktop.cli import main
from desktop.core.facts import parse_number
from desktop.core.facts.extract import extract_facts
from desktop.core.ingest.builder import load_pasted
from desktop.core.facts.numerals import find_numerals, fold


@pytest.mark.parametrize("text", ["1e400", "-1e400", "2^99999", "9" * 400 + "e9"])
def test_a_number_past_float_range_is_not_a_number_and_does_not_raise(text):
    assert parse_number(text) is None


def test_whitespace_between_two_arabic_numbers_keeps_two_figures():
    text = "数据 1e9 123 个。"
    found = [(text[s:e], v) for s, e, v in find_numerals(fold(text))]
    assert found == [("1e9", 1e9), ("123", 123.0)]


def test_a_mixed_fraction_still_spans_its_space():
    assert [v for _, _, v in find_numerals(fold("约 1 2/3 倍"))] == [pytest.approx(5 / 3)]


def test_facts_of_an_overflowing_figure_finish_and_keep_the_other_figures(tmp_path, capsys):
    doc = tmp_path / "o.txt"
    doc.write_text("增长1e400元。\n数据 1e9 123 个。\n", encoding="utf-8")
    assert main(["facts", str(doc)]) == 0
    out = json.loads(capsys.readouterr().out)["facts"]
    assert all("1e9123" not in f["text"] for f in out)
    assert [f["value"] for f in out if f["unit"] == "个"] == [123]


def test_extract_facts_on_numbers_only_text_does_not_raise():
    article = load_pasted("1e400 1e400 1e308 9e999 " * 50 + "。")
    extract_facts(article)  # raised OverflowError before
