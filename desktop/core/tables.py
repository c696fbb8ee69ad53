"""What a figure in a table cell measures, from the table's row and column headers."""

from __future__ import annotations

from .document import Article, Table, TableCell


def _text(article: Article, cell: TableCell | None) -> str:
    return article.text[cell.start : cell.end].strip() if cell is not None else ""


def header_label(article: Article, start: int, end: int) -> str | None:
    """The row and column header text for the span ``[start, end)`` inside one table cell.

    ``"夜间消费 金额"`` for ``86.5亿元`` in a table whose first row reads 项目 | 金额
    and whose row starts with 夜间消费: the row header (the row's first cell, or
    its ``<th>``, when the span is not in it) then the column header (the
    nearest header cell above in the same column). Either part may be missing;
    ``None`` when the span is not inside a single cell, sits in a header cell,
    or neither header exists. Offsets are half-open into ``Article.text``.
    """
    table = article.table_at(start)
    if table is None:
        return None
    cell = table.cell_at(start)
    if cell is None or end > cell.end or cell.header:
        return None
    parts = [_row_header(article, table, cell), _column_header(article, table, cell)]
    parts = [p for p in parts if p]
    return " ".join(dict.fromkeys(parts)) if parts else None


def _row_header(article: Article, table: Table, cell: TableCell) -> str:
    row = [c for c in table.cells if c.row == cell.row]
    marked = [c for c in row if c.header and c.column < cell.column]
    if marked:
        return _text(article, marked[-1])
    first = row[0] if row else None
    if first is not None and first.column < cell.column and not _is_figure_column(article, table, first.column):
        return _text(article, first)
    return ""


def _column_header(article: Article, table: Table, cell: TableCell) -> str:
    above = [c for c in table.cells if c.column == cell.column and c.row < cell.row and c.header]
    return _text(article, above[-1]) if above else ""


def _is_figure_column(article: Article, table: Table, column: int) -> bool:
    """A first column of numbers is data, not row names."""
    body = [c for c in table.cells if c.column == column and not c.header and c.end > c.start]
    return bool(body) and all(any(ch.isdigit() for ch in article.text[c.start : c.end]) for c in body)
