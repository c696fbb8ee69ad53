"""Fact tables as TSV, CSV, an HTML table and a Markdown table.

Each writer takes the header cells and the rows of cell text already produced
by the columns, so every format shows the same values in the same script.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterable, Iterator, Sequence

#: Spreadsheets run a cell that starts with one of these as a formula when it
#: is pasted or opened (OWASP "CSV injection"). The full-width forms are here
#: because CJK input methods produce them and some Excel locales accept them.
FORMULA_STARTS = frozenset("=+-@\t\r＝＋－＠")
#: A cell that is just a number (``-5``, ``+3.5``, ``-0.3%``, ``1,600``) cannot
#: be a formula, so it keeps its sign and stays a number in the spreadsheet.
_NUMBER_CELL = re.compile(r"^[+-]?[0-9][0-9,]*(?:\.[0-9]+)?%?$")
#: Every line or cell break a spreadsheet, an editor or ``str.splitlines`` honours.
_BREAKS = re.compile(r"[\t\n\v\f\r\x1c-\x1e\x85\u2028\u2029]+")
_LINE_BREAKS = re.compile(r"\r\n|[\n\v\f\r\x1c-\x1e\x85\u2028\u2029]")
#: Characters XML 1.0 forbids; they are invisible anyway, and one would make the
#: HTML fragment unparseable for strict consumers.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def guard_formula(cell: str) -> str:
    """``cell`` made inert for spreadsheets: a leading ``'`` when it would start a formula.

    Excel hides the apostrophe and shows the text; the value is unchanged apart
    from that one character. Plain numbers pass untouched, and so does a lone
    sign (the ``+`` qualifier, a ``-`` placeholder): one character runs nothing.
    """
    if len(cell) > 1 and cell[0] in FORMULA_STARTS and not _NUMBER_CELL.match(cell):
        return "'" + cell
    return cell


def one_line(cell: str) -> str:
    """``cell`` with every run of tabs and line breaks replaced by one space."""
    return _BREAKS.sub(" ", cell)


class _Row(io.StringIO):
    """A one-row buffer for ``csv.writer``: each row is taken out as it is written."""

    def take(self) -> str:
        text = self.getvalue()
        self.seek(0)
        self.truncate()
        return text


def delimited_lines(
    header: Sequence[str] | None, rows: Iterable[Sequence[str]], *, delimiter: str, flatten: bool, formula_guard: bool
) -> Iterator[str]:
    """Each record of a CSV (``delimiter=","``) or TSV table as it is produced."""
    buf = _Row()
    # RFC 4180: CRLF between records, quote a field only when it holds the
    # delimiter, a quote or a line break (doubling inner quotes). TSV uses the
    # same rule, so a cell starting with '"' still parses back in a spreadsheet.
    writer = csv.writer(buf, delimiter=delimiter, quotechar='"', quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    if header is not None:
        writer.writerow([one_line(c) if flatten else c for c in header])
        yield buf.take()
    for row in rows:
        cells = [one_line(c) if flatten else c for c in row]
        if formula_guard:
            cells = [guard_formula(c) for c in cells]
        writer.writerow(cells)
        yield buf.take()


def tsv(header: Sequence[str] | None, rows: Iterable[Sequence[str]], *, formula_guard: bool = True) -> str:
    """Tab-separated rows, CRLF line ends: a clean grid when pasted into a spreadsheet.

    Tabs and line breaks inside cells become single spaces, so every fact is
    one line; cells holding ``"`` are quoted as in CSV.
    """
    return "".join(delimited_lines(header, rows, delimiter="\t", flatten=True, formula_guard=formula_guard))


def csv_text(header: Sequence[str] | None, rows: Iterable[Sequence[str]], *, formula_guard: bool = True) -> str:
    """RFC 4180 CSV: cells keep their tabs and line breaks inside quotes."""
    return "".join(delimited_lines(header, rows, delimiter=",", flatten=False, formula_guard=formula_guard))


def _html_cell(cell: str) -> str:
    text = html.escape(_XML_ILLEGAL.sub("", cell), quote=True)
    return _LINE_BREAKS.sub("<br/>", text)


def html_lines(
    header: Sequence[str] | None,
    rows: Iterable[Sequence[str]],
    numeric: Sequence[bool],
    *,
    title: str = "",
    document: bool = False,
    appendix: Iterable[tuple[str, str]] = (),
) -> Iterator[str]:
    """An HTML table, every cell escaped; well-formed enough to parse as XML. Produced line by line.

    A fragment (``<meta charset="utf-8"/><table>…``) is what browsers put on the
    clipboard's ``text/html``; ``document=True`` wraps it in a whole page for a
    file. Text cells carry Excel's ``mso-number-format:'\\@'`` so Excel keeps
    ``1/3`` as text instead of turning it into a date; numeric cells are
    right-aligned. Line breaks in a cell become ``<br/>``. ``appendix``:
    ``(anchor, text)`` paragraphs after the table (a page's full sentences),
    each with ``id=anchor``; read only after the rows, so the rows can add to it.
    """
    text_style = " style=\"mso-number-format:'\\@'\""
    num_style = ' style="text-align:right"'
    if document:
        yield (
            f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"/><title>{_html_cell(title)}</title></head>\n<body>\n'
        )
    else:
        yield '<meta charset="utf-8"/>\n'
    yield "<table>\n"
    if header is not None:
        cells = "".join(f"<th>{_html_cell(h)}</th>" for h in header)
        yield f"<thead><tr>{cells}</tr></thead>\n"
    yield "<tbody>\n"
    for row in rows:
        cells = "".join(f"<td{num_style if num else text_style}>{_html_cell(c)}</td>" for c, num in zip(row, numeric))
        yield f"<tr>{cells}</tr>\n"
    yield "</tbody>\n</table>\n"
    for anchor, text in appendix:
        yield f'<p id="{html.escape(anchor, quote=True)}">{_html_cell(text)}</p>\n'
    if document:
        yield "</body></html>\n"


def html_table(
    header: Sequence[str] | None,
    rows: Iterable[Sequence[str]],
    numeric: Sequence[bool],
    *,
    title: str = "",
    document: bool = False,
) -> str:
    """:func:`html_lines` as one string."""
    return "".join(html_lines(header, rows, numeric, title=title, document=document))


# Backslash first, so the escapes added for the others are not escaped again.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|])")
# Only what could start a tag or an entity: "P&G" and "a < b" stay readable.
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_MD_TAG = re.compile(r"<(?=[A-Za-z/!?])")


def markdown_cell(cell: str) -> str:
    """``cell`` safe inside a GitHub-flavoured Markdown table cell, rendering as the original text."""
    text = _MD_SPECIAL.sub(r"\\\1", cell)
    text = _MD_ENTITY.sub("&amp;", text)
    text = _MD_TAG.sub("&lt;", text)
    text = text.replace("\t", " ")
    text = _LINE_BREAKS.sub("<br>", text)
    # A cell of only spaces would collapse; it is still a cell.
    return text.strip() or " "


def markdown_lines(
    header: Sequence[str] | None,
    rows: Iterable[Sequence[str]],
    numeric: Sequence[bool],
    *,
    appendix: Iterable[tuple[str, str]] = (),
) -> Iterator[str]:
    """A GitHub-flavoured Markdown table: header, alignment row, one line per fact, produced line by line.

    Markdown tables must have a header row, so ``header=None`` gives empty header cells.
    ``appendix``: ``(label, text)`` lines after the table (full sentences), read after the rows.
    """
    width = len(numeric)
    head = [markdown_cell(h) for h in header] if header is not None else [" "] * width
    yield "| " + " | ".join(head) + " |\n"
    yield "|" + "|".join("---:" if n else "---" for n in numeric) + "|\n"
    for row in rows:
        yield "| " + " | ".join(markdown_cell(c) for c in row) + " |\n"
    first = True
    for label, text in appendix:
        if first:
            yield "\n"
            first = False
        yield f"- **{markdown_cell(label)}** {markdown_cell(text)}\n"


def markdown_table(header: Sequence[str] | None, rows: Iterable[Sequence[str]], numeric: Sequence[bool]) -> str:
    """:func:`markdown_lines` as one string."""
    return "".join(markdown_lines(header, rows, numeric))
