"""TSV, CSV, HTML and Markdown tables: they parse back to what the table shows."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

import pytest

from desktop.core.export import DEFAULT_COLUMNS, STANDARD_COLUMNS, guard_formula, render


def expected_rows(facts, columns=DEFAULT_COLUMNS):
    cols = [STANDARD_COLUMNS[k] for k in columns]
    return [[c.header for c in cols]] + [[c.cell(f) for c in cols] for f in facts]


def read_delimited(text, delimiter):
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))


class CellGrid(HTMLParser):
    """Rows of cell text from an HTML table, ``<br>`` read as a line break."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.rows, self._cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag):
        if tag in ("td", "th"):
            self.rows[-1].append("".join(self._cell))
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def html_rows(text):
    grid = CellGrid()
    grid.feed(text)
    grid.close()
    return grid.rows


def test_tsv_pastes_as_one_row_per_fact_and_parses_back(seed_facts):
    text = render(seed_facts, "tsv")
    assert text.count("\r\n") == len(seed_facts) + 1
    assert read_delimited(text, "\t") == expected_rows(seed_facts)


def test_tsv_flattens_tabs_and_line_breaks_so_the_grid_stays_clean(hostile_facts):
    text = render(hostile_facts, "tsv", columns=["text", "sentence", "label"])
    lines = text.split("\r\n")
    assert len(lines) == len(hostile_facts) + 2 and lines[-1] == ""
    rows = read_delimited(text, "\t")
    assert all(len(r) == 3 for r in rows)
    assert rows[1] == [
        "<script>alert(\"x\")</script> & 'q' tab new, line | pipe \\ back",
        'He said "hi", then left & <went> away.',
        "a|b <i>x</i> &amp;",
    ]
    assert rows[3][1] == "line separated 😀"


def test_csv_keeps_every_character_and_parses_back(seed_facts, hostile_facts):
    facts = seed_facts + hostile_facts
    text = render(facts, "csv", formula_guard=False)
    assert read_delimited(text, ",") == expected_rows(facts)
    assert read_delimited(text, ",")[len(seed_facts) + 1][1] == hostile_facts[0].text


def test_formula_starts_are_made_inert_in_spreadsheet_formats(hostile_facts):
    formula = hostile_facts[1]
    for fmt, delimiter in (("csv", ","), ("tsv", "\t")):
        header, row = read_delimited(render([formula], fmt), delimiter)
        cells = dict(zip(header, row))
        assert cells["Fact"] == '\'=HYPERLINK("http://example.com","x")'
        assert cells["Measures"] == "'+SUM(A1:A9)"
        assert cells["Sentence"] == "'@cmd|' /C calc'!A0"
        assert cells["Section"] == "'-section"
        assert cells["English"] == "'-2+3"
        assert cells["Value"] == "-5", "a negative number must stay a number"
    header, row = read_delimited(render(hostile_facts[2:3], "tsv"), "\t")
    assert dict(zip(header, row))["Measures"] == "'＝1+1"
    assert guard_formula("+") == "+" and guard_formula("-") == "-", "a lone qualifier sign stays readable"
    assert guard_formula("-0.3%") == "-0.3%" and guard_formula("+1,600") == "+1,600"
    header, row = read_delimited(render([formula], "csv", formula_guard=False), ",")
    assert dict(zip(header, row))["Fact"].startswith("=HYPERLINK")


def test_formula_guard_leaves_other_formats_verbatim(hostile_facts):
    formula = hostile_facts[1]
    assert "+SUM(A1:A9)" in render([formula], "html") and "'+SUM" not in render([formula], "html")
    assert "'=HYPERLINK" not in render([formula], "json")


@pytest.mark.parametrize("document", [False, True])
def test_html_is_well_formed_escaped_and_complete(seed_facts, hostile_facts, document):
    facts = seed_facts + hostile_facts
    text = render(facts, "html", article_title="A <title> & more", document=document)
    root = ET.fromstring(text if document else f"<root>{text}</root>")  # raises if not well-formed
    meta = root.find(".//meta")
    assert meta is not None and meta.get("charset") == "utf-8"
    assert len(root.findall(".//tr")) == len(facts) + 1
    assert "<script>" not in text and "<i>" not in text and "<went>" not in text
    want = [[cell.replace("\r\n", "\n").replace("\u2028", "\n") for cell in row] for row in expected_rows(facts)]
    assert html_rows(text) == want
    if document:
        assert root.find(".//title").text == "A <title> & more"


def test_html_keeps_spreadsheets_from_reinterpreting_text(seed_facts):
    text = render(seed_facts, "html", columns=["text", "value"])
    assert "<td style=\"mso-number-format:'\\@'\">1/3</td>" in text
    assert '<td style="text-align:right">54530000000</td>' in text


def test_markdown_has_one_line_per_fact_and_escaped_pipes(seed_facts, hostile_facts):
    facts = seed_facts + hostile_facts
    text = render(facts, "markdown")
    lines = text.splitlines()
    assert len(lines) == len(facts) + 2
    assert re.fullmatch(r"\|(---:?\|)+", lines[1])
    for line in lines:
        assert len(re.findall(r"(?<!\\)\|", line)) == len(DEFAULT_COLUMNS) + 1, line
    hostile = lines[2 + len(seed_facts)]
    assert "&lt;script>alert(\"x\")&lt;/script> & 'q' tab<br>new, line \\| pipe \\\\ back" in hostile
    assert "&amp;amp;" in hostile  # a literal "&amp;" renders as written, not as "&"


def test_markdown_right_aligns_numbers(seed_facts):
    text = render(seed_facts, "markdown", columns=["text", "value", "start"])
    assert text.splitlines()[1] == "|---|---:|---:|"


def test_bom_only_when_asked_and_only_for_spreadsheet_formats(seed_facts):
    with_bom = render(seed_facts, "csv", bom=True)
    assert with_bom.startswith("\ufeff") and not render(seed_facts, "csv").startswith("\ufeff")
    assert read_delimited(with_bom[1:], ",") == expected_rows(seed_facts)
    assert render(seed_facts, "tsv", bom=True).startswith("\ufeff")
    assert not render(seed_facts, "json", bom=True).startswith("\ufeff")
    assert not render(seed_facts, "html", bom=True).startswith("\ufeff")


def test_header_row_can_be_left_out(seed_facts):
    rows = read_delimited(render(seed_facts, "tsv", header=False), "\t")
    assert rows == expected_rows(seed_facts)[1:]
    assert len(html_rows(render(seed_facts, "html", header=False))) == len(seed_facts)


def test_no_facts_gives_just_the_header(seed_facts):
    assert read_delimited(render([], "csv", columns=["text", "value"]), ",") == [["Fact", "Value"]]
    assert len(render([], "markdown", columns=["text"]).splitlines()) == 2
