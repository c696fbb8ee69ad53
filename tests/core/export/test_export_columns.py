"""Columns follow the table: selection, order, headers and the display script."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core.export import STANDARD_COLUMNS, column, render


def rows(text):
    return list(csv.reader(io.StringIO(text, newline=""), delimiter="\t"))


def mark(s: str) -> str:
    """A transform whose effect is visible on any text."""
    return f"«{s}»"


def test_only_the_chosen_columns_in_the_chosen_order(seed_facts):
    table = rows(render(seed_facts, "tsv", columns=["value", "text"]))
    assert table[0] == ["Value", "Fact"]
    assert table[1] == ["54530000000", "545.3亿元"]
    assert all(len(r) == 2 for r in table)
    md = render(seed_facts, "markdown", columns=["label"]).splitlines()
    assert md[0] == "| Measures |" and md[2] == "| 社零总额 |"


def test_transform_applies_to_chinese_text_but_never_to_numbers(seed_facts):
    header, first, *_ = rows(render(seed_facts, "tsv", transform=mark))
    cells = dict(zip(header, first))
    assert cells["Fact"] == "«545.3亿元»"
    assert cells["Measures"] == "«社零总额»"
    assert cells["Section"].startswith("«初心如磐") and cells["Sentence"].startswith("«2021年")
    assert cells["Value"] == "54530000000"
    assert cells["Start"] == "2396" and cells["End"] == "2403"
    assert cells["Kind"] == "money" and cells["English"] == "total retail sales"
    words = dict(zip(header, rows(render(seed_facts, "tsv", transform=mark))[6]))
    assert words["Value (formatted)"] == "100,000+ «字»"


def test_original_columns_ignore_the_display_script(seed_facts):
    header, first, *_ = rows(
        render(seed_facts, "tsv", columns=["text", "text_original", "label_original"], transform=mark)
    )
    assert header == ["Fact", "Fact (original)", "Measures (original)"]
    assert first == ["«545.3亿元»", "545.3亿元", "社零总额"]


def test_real_script_conversion_changes_text_not_values(seed_facts):
    opencc = pytest.importorskip("opencc")
    to_trad = opencc.OpenCC("s2t").convert
    header, first, *_ = rows(
        render(seed_facts, "tsv", columns=["text", "value", "label", "text_original"], transform=to_trad)
    )
    assert first == ["545.3億元", "54530000000", "社零總額", "545.3亿元"]


def test_pinned_and_renamed_columns_for_the_other_script(seed_facts):
    other = STANDARD_COLUMNS["text"].pinned(mark, key="text_other", header="Fact (other)")
    label = STANDARD_COLUMNS["label"].renamed("度量")
    header, first, *_ = rows(render(seed_facts, "tsv", columns=[other, label, "value"]))
    assert header == ["Fact (other)", "度量", "Value"]
    assert first == ["«545.3亿元»", "社零总额", "54530000000"]


def test_single_cell_is_the_cell_text_unflattened(hostile_facts):
    assert column("sentence").cell(hostile_facts[0]) == 'He said "hi",\r\nthen\tleft & <went> away.'
    assert column("text").cell(hostile_facts[4]) == ""
    assert column("value").cell(hostile_facts[3]) == "7–8"


def test_unknown_columns_are_refused():
    with pytest.raises(KeyError, match="unknown export column 'colour'"):
        column("colour")
    with pytest.raises(KeyError):
        column("value_original")  # numbers have no script
    with pytest.raises(ValueError):
        render([], "csv", columns=[])


def test_export_core_never_imports_qt():
    root = Path(__file__).resolve().parents[3]
    code = "import sys, desktop.core.export; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], cwd=root).returncode == 0
