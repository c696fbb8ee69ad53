"""Tables and lists of an HTML page as blocks, from start-tag / end-tag / text events.

Kept apart from the parser in :mod:`core.ingest.html_blocks` so it can be fed by any
parser that reports elements in document order (the lexbor tree walk in
``html_blocks`` today): call :meth:`start`,
:meth:`end` and :meth:`text`; finished blocks are appended to ``blocks``.

A table becomes one ``table`` block (cell texts per row; ``<thead>`` rows, or
a first row of ``<th>`` only, are header rows; a ``<th>`` elsewhere is a
header cell). A table inside a cell is read as that cell's text. Each ``<li>``
becomes a ``list_item`` block, its marker ``•`` or its number in an ``<ol>``.
"""

from __future__ import annotations

import re

from .structure import Block, table_block

_SPACE = re.compile(r"[ \t\r\n\u00a0]+")


class _Table:
    __slots__ = ("rows", "header_cells", "thead_rows", "in_thead", "cell", "cell_is_header")

    def __init__(self) -> None:
        self.rows: list[list[str]] = []
        self.header_cells: set[tuple[int, int]] = set()
        self.thead_rows = 0
        self.in_thead = False
        self.cell: list[str] | None = None
        self.cell_is_header = False


class TableListTracker:
    """Collects tables and list items; ``owns_text`` says the text of the moment belongs to a cell."""

    def __init__(self, blocks: list[Block], flush) -> None:
        self.blocks = blocks
        self._flush = flush  # the caller's: ends the paragraph being collected
        self._tables: list[_Table] = []
        self._nested = 0  # tables inside a cell: their text joins the cell
        self._lists: list[list] = []  # [ordered, next number]

    @property
    def owns_text(self) -> bool:
        return bool(self._tables) and self._tables[-1].cell is not None

    def item_marker(self) -> str:
        """The marker of the list item being read, or "" outside lists."""
        if not self._lists:
            return ""
        ordered, number = self._lists[-1]
        return f"{number - 1}." if ordered else "•"

    def start(self, tag: str) -> bool:
        """Handle a start tag; True when it was a table or list tag (the caller does nothing more)."""
        if tag == "table":
            if self.owns_text:
                self._nested += 1
                return True
            self._flush()
            self._tables.append(_Table())
            return True
        if not self._tables:
            return self._start_list(tag)
        if self._nested:
            if tag in ("td", "th", "tr"):
                self.text(" ")
            return True
        table = self._tables[-1]
        if tag == "thead":
            table.in_thead = True
        elif tag == "tr":
            self._end_cell()
            table.rows.append([])
        elif tag in ("td", "th"):
            self._end_cell()
            if not table.rows:
                table.rows.append([])
            table.cell = []
            table.cell_is_header = tag == "th"
        else:
            return self._start_list(tag)
        return True

    def end(self, tag: str) -> bool:
        if tag == "table":
            if self._nested:
                self._nested -= 1
                return True
            if not self._tables:
                return False
            self._end_cell()
            table = self._tables.pop()
            header_rows = table.thead_rows
            if (
                not header_rows
                and table.rows
                and table.rows[0]
                and all((0, c) in table.header_cells for c in range(len(table.rows[0])))
            ):
                header_rows = 1
            block = table_block(table.rows, header_rows, table.header_cells)
            if block is not None:
                self.blocks.append(block)
            return True
        if self._tables and not self._nested:
            table = self._tables[-1]
            if tag in ("td", "th"):
                self._end_cell()
                return True
            if tag == "tr":
                self._end_cell()
                if table.in_thead:
                    table.thead_rows = len(table.rows)
                return True
            if tag == "thead":
                table.in_thead = False
                table.thead_rows = len(table.rows)
                return True
        if tag in ("ul", "ol") and self._lists:
            self._flush()
            self._lists.pop()
            return True
        return False

    def text(self, data: str) -> None:
        self._tables[-1].cell.append(data)

    def _start_list(self, tag: str) -> bool:
        if tag in ("ul", "ol"):
            self._flush()
            self._lists.append([tag == "ol", 1])
            return True
        if tag == "li":
            self._flush()
            if self._lists:
                self._lists[-1][1] += 1
            return False  # the caller treats <li> as a block break too
        return False

    def _end_cell(self) -> None:
        table = self._tables[-1]
        if table.cell is None:
            return
        text = _SPACE.sub(" ", "".join(table.cell)).strip()
        row = table.rows[-1]
        if table.cell_is_header:
            table.header_cells.add((len(table.rows) - 1, len(row)))
        row.append(text)
        table.cell = None
