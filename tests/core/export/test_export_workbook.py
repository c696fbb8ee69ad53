"""A real .xlsx: read back with openpyxl, the library that wrote it."""

from __future__ import annotations

import csv
import io

import openpyxl

from desktop.cli import main
from desktop.core.export import render, write_export

from shared_paths import SEED


def _read(path):
    book = openpyxl.load_workbook(path)
    return book, book["Facts"], book["Citation"]


def test_workbook_has_typed_values_units_header_frozen_panes_widths_sentences_and_citation(tmp_path, article):
    from desktop.core.facts.extract import extract_facts

    facts = extract_facts(article, names=False)
    out = write_export(tmp_path / "facts.xlsx", facts, "xlsx", article=article)
    with out.open("rb") as f:
        assert f.read(2) == b"PK"  # a zip container, not CSV text
    book, sheet, cite = _read(out)
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["Kind", "Fact"] and "Value" in header and "Unit" in header and header[-1] == "Sentence"
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.max_row == len(facts) + 1
    rows = {r[header.index("Fact")]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    money = rows["545.3亿元"]
    assert money[header.index("Value")] == 54530000000 and isinstance(money[header.index("Value")], int)
    assert money[header.index("Unit")] == "CNY"
    assert "545.3亿元" in money[header.index("Sentence")]
    percent = next(r for r in rows.values() if r[0] == "percent")
    assert isinstance(percent[header.index("Value")], (int, float))
    widths = [sheet.column_dimensions[c].width for c in "ABCDE"]
    assert all(w and w >= 8 for w in widths)
    assert sheet.column_dimensions["B"].width > sheet.column_dimensions["A"].width - 10
    assert cite["A1"].value == "Document" and cite["B1"].value == article.title
    assert cite["B2"].value == str(article.source)
    lines = [r[0] for r in cite.iter_rows(min_row=6, values_only=True) if r[0]]
    assert len(lines) == len(facts) and any(line.startswith("545.3亿元 (54.53 billion CNY)") for line in lines)


def test_cli_writes_the_workbook(tmp_path, capsys):
    out = tmp_path / "OUT.xlsx"
    assert main(["facts", str(SEED), "--format", "xlsx", "--output", str(out), "--no-names"]) == 0
    _, sheet, _ = _read(out)
    assert sheet["A1"].value == "Kind" and sheet.max_row > 10
    # The suffix alone is enough, and a workbook on stdout is refused in one line.
    assert main(["facts", str(SEED), "--output", str(tmp_path / "b.xlsx"), "--no-names"]) == 0
    assert openpyxl.load_workbook(tmp_path / "b.xlsx")["Facts"].max_row == sheet.max_row
    capsys.readouterr()
    assert main(["facts", str(SEED), "--format", "xlsx"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--output" in err


def test_csv_for_excel_starts_with_a_bom(tmp_path, article):
    from desktop.core.facts.extract import extract_facts

    facts = extract_facts(article, names=False)
    text = render(facts, "csv_excel")
    assert text.startswith("\ufeff") and "545.3亿元" in text
    assert not render(facts, "csv").startswith("\ufeff")
    path = write_export(tmp_path / "excel.csv", facts, "csv_excel")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert rows[0][0] == "Kind"


def test_no_export_writes_the_period_notation_only_json_keeps_it(tmp_path, article):
    """Issue 20.8: ``Y−1`` everywhere people read (the workbook's Value cell said ``Y[-1]``)."""
    from desktop.core.export import FORMATS
    from desktop.core.facts.extract import extract_facts

    facts = extract_facts(article, names=False)
    assert any("[-" in (f.period or "") for f in facts)  # the seed is undated: relative periods to render
    assert any(f.kind == "date" and "[-" in str(f.value) for f in facts)
    for key in FORMATS:
        text = render(facts, key, article=article)
        assert ("Y[-1]" in text) == (key == "json"), key
    _book, sheet, _cite = _read(write_export(tmp_path / "facts.xlsx", facts, "xlsx", article=article))
    cells = [str(v) for row in sheet.iter_rows(values_only=True) for v in row if v is not None]
    assert "Y−1" in cells and not [c for c in cells if "[-" in c or "[+" in c]
