"""A comparison taken away (issue 19.6): its rows and its years as TSV, HTML, JSON, CSV and a workbook.

Every row keeps where it came from: year, value, unit, stance, period, document and sentence. The
years table sets each year's target and outcome side by side with the gap, and names both documents.
Cells go through :mod:`desktop.core.export.tables` (formula guard, one line per row in TSV).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from ..export.tables import csv_text, html_lines, tsv
from ..facts.notation import period_text
from .compare_rows import CompareRow, CompareSeries

#: the figures' columns: (key, header)
ROW_COLUMNS = (
    ("year", "Year"),
    ("role", "Stated as"),
    ("stance", "Stance"),
    ("value", "Value"),
    ("high", "Up to"),
    ("unit", "Unit"),
    ("qualifier", "Qualifier"),
    ("period", "Period"),
    ("title", "Document"),
    ("date", "Document date"),
    ("marker", "Marked by"),
    ("text", "Fact"),
    ("label", "Label"),
    ("sentence", "Sentence"),
)
YEAR_COLUMNS = (
    "Year",
    "Target",
    "Outcome",
    "Gap",
    "Unit",
    "Target stance",
    "Outcome stance",
    "Target document",
    "Outcome document",
    "Target sentence",
    "Outcome sentence",
)
NUMERIC_ROW_KEYS = frozenset({"year", "value", "high"})
FORMATS = ("csv", "xlsx", "tsv", "html", "json")


def number(value: float | None) -> str:
    """A value as text: ``5``, ``6.5``, ``9000000`` (no exponent, no trailing zeros)."""
    if value is None:
        return ""
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def _cell(row: CompareRow, key: str) -> str:
    value = getattr(row, key)
    if key in ("value", "high"):
        return number(value)
    if key == "period":
        return period_text(value)
    if key == "year":
        return "" if value is None else str(value)
    return "" if value is None else str(value)


def row_table(series: CompareSeries, headers: dict[str, str] | None = None) -> tuple[list[str], list[list[str]]]:
    """``(header, rows)`` of every figure; ``headers`` translates the column names."""
    names = headers or {}
    header = [names.get(key, title) for key, title in ROW_COLUMNS]
    return header, [[_cell(r, key) for key, _ in ROW_COLUMNS] for r in series.rows]


def year_table(series: CompareSeries, headers: dict[str, str] | None = None) -> tuple[list[str], list[list[str]]]:
    """``(header, rows)``: each year's target and outcome side by side, the gap, both sources."""
    names = headers or {}
    rows = []
    for y in series.years():
        t, r = y.target, y.result
        target = "" if t is None else number(t.value) + (f"–{number(t.high)}" if t.high is not None else "")
        rows.append(
            [
                str(y.year),
                target,
                "" if r is None else number(r.value),
                number(y.gap),
                series.unit or "",
                t.stance or "" if t else "",
                r.stance or "" if r else "",
                t.title if t else "",
                r.title if r else "",
                t.sentence if t else "",
                r.sentence if r else "",
            ]
        )
    return [names.get(h, h) for h in YEAR_COLUMNS], rows


def as_json(series: CompareSeries) -> str:
    return json.dumps(series.as_dict(), ensure_ascii=False, indent=1)


def clipboard_payload(series: CompareSeries, rows: list[CompareRow] | None = None, headers=None) -> dict[str, str]:
    """What Copy puts on the clipboard at once: TSV, an HTML table and the JSON, of ``rows`` (default:
    every row of ``series``) with their documents and sentences."""
    part = series if rows is None else CompareSeries(series.label, series.kind, series.unit, list(rows))
    header, cells = row_table(part, headers)
    numeric = [key in NUMERIC_ROW_KEYS for key, _ in ROW_COLUMNS]
    return {
        "text/plain": tsv(header, cells),
        "text/html": "".join(html_lines(header, cells, numeric, title=series.label)),
        "application/json": as_json(part),
    }


def write(series: CompareSeries, path: str | Path, headers: dict[str, str] | None = None) -> Path:
    """Write ``series`` to ``path`` in the format its suffix names (CSV by default): a workbook has
    the sheets "Figures" and "Years"; CSV, TSV and HTML the figures; JSON the whole series."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    header, cells = row_table(series, headers)
    if fmt == "xlsx":
        path.write_bytes(workbook_bytes(series, headers))
    elif fmt == "json":
        path.write_text(as_json(series), encoding="utf-8")
    elif fmt == "tsv":
        path.write_text(tsv(header, cells), encoding="utf-8", newline="")
    elif fmt in ("html", "htm"):
        numeric = [key in NUMERIC_ROW_KEYS for key, _ in ROW_COLUMNS]
        text = "".join(html_lines(header, cells, numeric, title=series.label, document=True))
        path.write_text(text + "</body></html>\n", encoding="utf-8")
    else:  # CSV with a byte-order mark, so Excel reads it as UTF-8
        path.write_text("\ufeff" + csv_text(header, cells), encoding="utf-8", newline="")
    return path


def workbook_bytes(series: CompareSeries, headers: dict[str, str] | None = None) -> bytes:
    """An .xlsx with sheet "Figures" (every row, numbers as numbers) and sheet "Years"."""
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def clean(text: str) -> str:
        return ILLEGAL_CHARACTERS_RE.sub("", text)[:32_767]

    book = Workbook()
    sheet = book.active
    sheet.title = "Figures"
    header, cells = row_table(series, headers)
    sheet.append(header)
    for row, values in zip(series.rows, cells):
        out = []
        for (key, _), text in zip(ROW_COLUMNS, values):
            raw = getattr(row, key)
            out.append(raw if key in NUMERIC_ROW_KEYS and raw is not None else clean(text))
        sheet.append(out)
    years = book.create_sheet("Years")
    header, cells = year_table(series, headers)
    years.append(header)
    for y, values in zip(series.years(), cells):
        t, r = y.target, y.result
        numbers = [y.year, t.value if t else None, r.value if r else None, y.gap]
        years.append(numbers + [clean(v) for v in values[4:]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
