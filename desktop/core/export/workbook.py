"""Facts ► a real Excel workbook (.xlsx), written with openpyxl.

Sheet "Facts": a bold header row, frozen below the header, with a filter;
numbers are typed numeric cells (money in units of the Unit column, percent as
the percent number), a range gives its low value and a "Value (high)" column,
dates and names stay text. The unit and normalised value always have their own
columns and every row carries its source sentence, whatever columns the table
shows. Sheet "Citation": the document (title, file), when it was exported, and
one citation line per fact.

openpyxl is imported here only: opening the app never pays for it.
"""
from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable
from datetime import datetime, timezone
from decimal import Decimal

from ..document import Article
from ..facts.model import Fact
from . import citation
from .columns import Column, resolve_columns
from .values import Transform

MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: widest a column gets, in characters (a sentence wraps instead)
MAX_WIDTH = 60


def _number(value) -> int | float | None:
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, (float, Decimal)):
        f = float(value)
        return int(f) if f.is_integer() and abs(f) < 2**53 else f
    return None


def _low_high(fact: Fact) -> tuple[object, object]:
    """The Value cell and the Value (high) cell: numbers typed, anything else as text."""
    value = fact.value
    if isinstance(value, (list, tuple)) and len(value) == 2:
        low, high = (_number(v) for v in value)
        return (low if low is not None else str(value[0])), (high if high is not None else str(value[1]))
    n = _number(value)
    if n is not None:
        return n, None
    return ("" if value is None else str(value)), None


def _width(text: str) -> int:
    # CJK characters take two columns in a spreadsheet font.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def workbook_bytes(facts: Iterable[Fact], *, columns: Iterable[Column | str] | None = None,
                   transform: Transform | None = None, article_title: str = "",
                   article: Article | None = None, source: str = "") -> bytes:
    """The workbook for ``facts`` (in order) with the table's ``columns`` (see :func:`render`)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    facts = list(facts)
    cols = [c for c in resolve_columns(columns) if c.key not in ("value", "unit", "sentence")]
    # The figure's value and unit, then the shown columns, then the sentence it comes from.
    headers = ["Value", "Value (high)", "Unit"] if any(isinstance(f.value, (list, tuple)) for f in facts) else ["Value", "Unit"]
    ranged = len(headers) == 3
    value_col = next((c for c in resolve_columns(columns) if c.key == "value"), None)
    value_header = value_col.header if value_col is not None else "Value"  # the UI calls it "Number"
    headers = [value_header if h == "Value" else f"{value_header} (high)" if h == "Value (high)" else h for h in headers]
    unit_col = next((c for c in resolve_columns(columns) if c.key == "unit"), None)
    sentence_col = next((c for c in resolve_columns(columns) if c.key == "sentence"), None)
    from .columns import STANDARD_COLUMNS

    unit_col = unit_col or STANDARD_COLUMNS["unit"]
    sentence_col = sentence_col or STANDARD_COLUMNS["sentence"]
    book = Workbook()
    sheet = book.active
    sheet.title = "Facts"
    sheet.append([c.header for c in cols[:2]] + [h if h != "Unit" else unit_col.header for h in headers]
                 + [c.header for c in cols[2:]] + [sentence_col.header])
    for fact in facts:
        low, high = _low_high(fact)
        values = [low, high] if ranged else [low]
        sheet.append([c.cell(fact, transform) for c in cols[:2]] + values + [unit_col.cell(fact, transform)]
                     + [_typed(c, fact, transform) for c in cols[2:]] + [sentence_col.cell(fact, transform)])
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    for column_cells in sheet.columns:
        letter = column_cells[0].column_letter
        width = max(_width(str(c.value)) for c in column_cells if c.value is not None) if facts or column_cells else 8
        sheet.column_dimensions[letter].width = min(MAX_WIDTH, max(8, width + 2))
    last = sheet.max_column
    for row in sheet.iter_rows(min_row=2, min_col=last, max_col=last):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")

    cite = book.create_sheet("Citation")
    title = article_title or (article.display_name if article is not None else "")
    if not source and article is not None and article.source is not None:
        source = str(article.source)
    exported = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    for label, value in (("Document", transform(title) if transform and title else title), ("File", source),
                         ("Exported", exported), ("Facts", len(facts))):
        cite.append([label, value])
        cite.cell(cite.max_row, 1).font = bold
    cite.append([])
    for fact in facts:
        cite.append([citation.citation(fact, transform=transform, article_title=title, article=article)])
    cite.column_dimensions["A"].width = 14
    cite.column_dimensions["B"].width = MAX_WIDTH
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _typed(column: Column, fact: Fact, transform: Transform | None):
    text = column.cell(fact, transform)
    if column.numeric and text:
        try:
            return int(text)
        except ValueError:
            try:
                return float(text)
            except ValueError:
                return text
    return text
