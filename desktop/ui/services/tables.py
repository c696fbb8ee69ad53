"""The one set-up of a table of records: the facts panel, the library's documents, facts and compare tables.

Rows are selected whole and never edited, a row is one line (no word wrap), there are no row numbers,
the user sizes the columns and the last one takes the rest. A sortable table starts in the model's own
order (``sortByColumn(-1)``): the order the records came in until the user clicks a header.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

#: a row's text folded like library search (script, width, case), so a filter typed in either script
#: matches either (the library's tables)
FOLD_ROLE = Qt.UserRole + 1
#: what a column sorts by: numbers for numeric columns (the library's tables)
SORT_ROLE = Qt.UserRole + 2


def set_up_table(table: QTableView, model, widths: tuple[int, ...] = (), *, sortable: bool = True) -> QHeaderView:
    """Give ``table`` its ``model`` and the shared behaviour; ``widths``: the first columns' widths (px).
    Returns the horizontal header, for what a table adds of its own."""
    table.setModel(model)
    if sortable:
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.Interactive)
    header.setStretchLastSection(True)
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return header
