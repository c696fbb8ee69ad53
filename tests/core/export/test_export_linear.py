"""Every facts output grows linearly with the document (issue 25): sizes, never times.

Before, each fact repeated its whole sentence: one sentence of N percentages gave
N copies of it, 8.2 MB of JSON at N = 1,000 and 793 MB at N = 10,000. Here the
document grows 4x (N -> 4N figures in one sentence) and every output may grow
at most 4.4x (quadratic growth would be 16x), and stays under a fixed number
of bytes per byte of input.
"""

from __future__ import annotations

import io
import json
import tracemalloc
import zipfile

import openpyxl
import pytest

from desktop.cli import main
from desktop.core.export import FORMATS, render, write_export
from desktop.core.export.context import REACH, WHOLE
from desktop.core.export.workbook import CELL_LIMIT

from many_figures import facts_of, one_heading_text, percentages_text

N = 300
#: 4x the input may give at most this much more output
LINEAR = 4.4
#: bytes of output per byte of input, at most (the workbook's XML is the largest: ~100x measured)
PER_INPUT_BYTE = 150


def _size(fmt: str, text: str, tmp_path) -> int:
    article, facts = facts_of(text)
    path = tmp_path / f"out-{fmt}-{len(text)}.{'xlsx' if fmt == 'xlsx' else 'txt'}"
    write_export(path, facts, fmt, article=article, overwrite=True)
    if fmt == "xlsx":  # what a reader inflates, not the compressed file
        return sum(info.file_size for info in zipfile.ZipFile(path).infolist())
    return path.stat().st_size


@pytest.mark.parametrize("fmt", [*FORMATS, "xlsx"])
def test_output_grows_linearly_with_figures_in_one_sentence(fmt, tmp_path):
    small, large = percentages_text(N), percentages_text(4 * N)
    a, b = _size(fmt, small, tmp_path), _size(fmt, large, tmp_path)
    assert b <= LINEAR * a, f"{fmt}: {a} -> {b} bytes for 4x the figures"
    assert b <= PER_INPUT_BYTE * len(large.encode()), f"{fmt}: {b} bytes from {len(large.encode())}"


def test_json_holds_the_long_sentence_once_and_points_at_it(tmp_path):
    article, facts = facts_of(percentages_text(N))
    document = json.loads(render(facts, "json", article=article))
    assert len(document["sentences"]) == 1 and len(document["sentences"][0]) > N * 6
    assert {f["sentence"] for f in document["facts"]} == {0} and len(document["facts"]) == N


def test_table_rows_show_a_window_around_their_own_figure():
    article, facts = facts_of(percentages_text(N))
    rows = render(facts, "tsv", columns=["text", "sentence"], article=article).splitlines()[1:]
    assert len(rows) == N
    for fact, row in zip(facts, rows):
        text, shown = row.split("\t")
        assert text == fact.text and fact.text in shown
        assert len(shown) <= 2 * REACH + len(fact.text) + 2
    # the window follows its figure: the last figure's row ends where the sentence ends
    assert rows[-1].endswith("。") and not rows[0].split("\t")[1].startswith("…")
    # a sentence that fits is shown whole, as before
    seed_like = facts_of("# 标题\n\n社零总额增长8.6%，销售总额增长5.1%。\n")
    assert render(seed_like[1], "tsv", columns=["sentence"]).splitlines()[1] == "社零总额增长8.6%，销售总额增长5.1%。"
    assert WHOLE >= 200


def test_markdown_and_an_html_page_give_a_cut_sentence_once_in_full(tmp_path):
    article, facts = facts_of(percentages_text(N))
    sentence = facts[0].sentence
    markdown = render(facts, "markdown", columns=["text", "sentence"], article=article)
    assert markdown.count(sentence) == 1 and markdown.count(r"\[S1\]") == N  # [S1], escaped in the table
    page = write_export(tmp_path / "f.html", facts, "html", columns=["text", "sentence"], article=article)
    assert page.read_text(encoding="utf-8").count(sentence) == 1
    # a clipboard fragment and CSV keep only the windows
    assert sentence not in render(facts, "html", columns=["sentence"], article=article)
    assert sentence not in render(facts, "csv", columns=["sentence"], article=article)


def test_a_one_heading_document_keeps_every_workbook_cell_within_excels_limit(tmp_path):
    text = one_heading_text(2 * CELL_LIMIT + 100)
    article, facts = facts_of(text)
    heading = facts[0].sentence
    assert len(heading) > 2 * CELL_LIMIT and len(facts) > 1000
    path = write_export(tmp_path / "h.xlsx", facts, "xlsx", article=article)
    book = openpyxl.load_workbook(path, read_only=True)
    longest = max(
        len(str(v)) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v is not None
    )
    assert longest <= CELL_LIMIT
    sentences = {row[0]: "".join(row[1:]) for row in book["Sentences"].iter_rows(min_row=2, values_only=True)}
    assert heading in sentences.values(), "the whole heading once, over consecutive cells"
    facts_sheet = book["Facts"]
    header = next(facts_sheet.iter_rows(max_row=1, values_only=True))
    numbers = {row[header.index("Sentence no.")] for row in facts_sheet.iter_rows(min_row=2, values_only=True)}
    assert numbers == set(sentences)


def test_writing_a_large_export_does_not_hold_it_in_memory(tmp_path):
    """The heading's facts each carry the 100,000-character line: held per row it was 5 GB at 400,000."""
    text = one_heading_text(100_000)
    article, facts = facts_of(text)
    for fmt in ("json", "csv", "markdown", "citation"):
        tracemalloc.start()
        path = write_export(tmp_path / f"m.{fmt}", facts, fmt, article=article, overwrite=True)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        # one copy per row would be ~4,000 x 200 KB; a few copies of the input are all it may take
        assert peak < 8 * len(text.encode()), f"{fmt}: {peak} bytes held to write {path.stat().st_size}"


def test_the_cli_streams_json_with_the_sentence_once(tmp_path, capsys):
    doc = tmp_path / "many.md"
    doc.write_text(percentages_text(200), encoding="utf-8")
    assert main(["facts", str(doc), "--no-names"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert len(document["sentences"]) == 1 and len(document["facts"]) >= 200
    assert main(["facts", str(doc), "--no-names", "--format", "csv"]) == 0
    out = capsys.readouterr().out
    assert out.count("\r\n") == len(document["facts"]) + 1
    assert len(out) < 200 * (2 * REACH + 100)
    assert io.StringIO(out).readline().startswith("Kind,")
