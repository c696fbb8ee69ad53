"""Facts ► a real Excel workbook (.xlsx), written with openpyxl.

Sheet "Facts": a bold header row, frozen below the header, with a filter;
numbers are typed numeric cells (money in units of the Unit column, percent as
the percent number), a range gives its low value and a "Value (high)" column,
dates and names stay text. The unit and normalised value always have their own
columns and every row carries its source sentence (a window around the fact
in a long one) and that sentence's number, whatever columns the table shows.
Sheet "Sentences": each sentence once, whole. Sheet "Citation": the document
(title, file), when it was exported, and one citation line per fact.

openpyxl is imported here only: opening the app never pays for it.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable
from typing import BinaryIO
from datetime import datetime, timezone
from decimal import Decimal

from ..document import Article
from ..facts.model import Fact
from ..facts.notation import period_text
from . import citation, context
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
    if isinstance(value, str) and fact.kind == "date":
        return period_text(value), None  # Y−1-07 as in the window, never the notation's Y[-1]-07
    return ("" if value is None else str(value)), None


def _width(text: str) -> int:
    # CJK characters take two columns in a spreadsheet font.
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


#: Excel's limit on the characters of one cell
CELL_LIMIT = 32_767
_ILLEGAL = None  # openpyxl's pattern of characters XML cannot hold, loaded with openpyxl


def workbook_bytes(facts: Iterable[Fact], **kw) -> bytes:
    """:func:`write_workbook` into bytes."""
    out = io.BytesIO()
    write_workbook(out, facts, **kw)
    return out.getvalue()


def write_workbook(
    out: BinaryIO,
    facts: Iterable[Fact],
    *,
    columns: Iterable[Column | str] | None = None,
    transform: Transform | None = None,
    article_title: str = "",
    article: Article | None = None,
    source: str = "",
) -> None:
    """The workbook for ``facts`` (in order) with the table's ``columns`` (see :func:`render`), written
    to ``out`` row by row (openpyxl's write-only mode: memory does not grow with the rows).

    Every cell stays within Excel's :data:`CELL_LIMIT`: the Sentence column shows a
    window around the fact (:mod:`.context`), and sheet "Sentences" holds each
    sentence once, whole, numbered as the Facts sheet's "Sentence no." column
    says (a sentence past the cell limit continues in the next cells of its row).
    """
    global _ILLEGAL
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    from .columns import STANDARD_COLUMNS

    _ILLEGAL = ILLEGAL_CHARACTERS_RE
    facts = list(facts)
    shown = resolve_columns(columns)
    cols = [c for c in shown if c.key not in ("value", "unit", "sentence")]
    ranged = any(isinstance(f.value, (list, tuple)) for f in facts)
    value_col = next((c for c in shown if c.key == "value"), None)
    value_header = value_col.header if value_col is not None else "Value"  # the UI calls it "Number"
    unit_col = next((c for c in shown if c.key == "unit"), None) or STANDARD_COLUMNS["unit"]
    sentence_col = next((c for c in shown if c.key == "sentence"), None) or STANDARD_COLUMNS["sentence"]
    numbers: dict[str, int] = {}
    header = (
        [c.header for c in cols[:2]]
        + [value_header]
        + ([f"{value_header} (high)"] if ranged else [])
        + [unit_col.header]
        + [c.header for c in cols[2:]]
        + ["Sentence no.", sentence_col.header]
    )

    def row(fact: Fact) -> list:
        low, high = _low_high(fact)
        at = context.position(fact, article) if len(fact.sentence or "") > context.WHOLE else None
        number = numbers.setdefault(fact.sentence, len(numbers) + 1) if fact.sentence else None
        return (
            [_text(c.cell(fact, transform)) for c in cols[:2]]
            + ([low, high] if ranged else [low])
            + [_text(unit_col.cell(fact, transform))]
            + [_typed(c, fact, transform) for c in cols[2:]]
            + [number, _text(sentence_col.cell(fact, transform, at))]
        )

    # Column widths need every row first: one pass measures, the second writes (rows are not kept).
    widths = [_width(h) for h in header]
    for fact in facts:
        widths = [max(w, _width(str(v))) if v is not None else w for w, v in zip(widths, row(fact))]
    numbers.clear()
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Facts")
    for i, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(i)].width = min(MAX_WIDTH, max(8, width + 2))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{len(facts) + 1}"
    bold = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    sheet.append([_styled(WriteOnlyCell(sheet, h), font=bold) for h in header])
    for fact in facts:
        cells = row(fact)
        cells[-1] = _styled(WriteOnlyCell(sheet, cells[-1]), alignment=wrap)
        sheet.append(cells)

    sentences = book.create_sheet("Sentences")
    sentences.column_dimensions["A"].width = 12
    sentences.column_dimensions["B"].width = MAX_WIDTH
    sentences.freeze_panes = "A2"
    sentences.append(
        [
            _styled(WriteOnlyCell(sentences, "Sentence no."), font=bold),
            _styled(WriteOnlyCell(sentences, sentence_col.header), font=bold),
        ]
    )
    t = transform or (lambda text: text)
    for sentence, number in numbers.items():
        text = _ILLEGAL.sub("", t(sentence))
        sentences.append([number, *(text[i : i + CELL_LIMIT] for i in range(0, len(text), CELL_LIMIT))])

    cite = book.create_sheet("Citation")
    cite.column_dimensions["A"].width = 14
    cite.column_dimensions["B"].width = MAX_WIDTH
    title = article_title or (article.display_name if article is not None else "")
    if not source and article is not None and article.source is not None:
        source = str(article.source)
    exported = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    for label, value in (
        ("Document", transform(title) if transform and title else title),
        ("File", source),
        ("Exported", exported),
        ("Facts", len(facts)),
    ):
        cite.append([_styled(WriteOnlyCell(cite, label), font=bold), _text(value) if isinstance(value, str) else value])
    cite.append([])
    for fact in facts:
        cite.append([_text(citation.citation(fact, transform=transform, article_title=title, article=article))])
    book.save(out)


def _styled(cell, *, font=None, alignment=None):
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    return cell


def _text(value: str) -> str:
    """A text cell Excel accepts: no characters XML forbids, at most :data:`CELL_LIMIT` characters."""
    value = _ILLEGAL.sub("", value)
    return value if len(value) <= CELL_LIMIT else value[: CELL_LIMIT - 1] + context.ELLIPSIS


def _typed(column: Column, fact: Fact, transform: Transform | None):
    text = _text(column.cell(fact, transform))
    if column.numeric and text:
        try:
            return int(text)
        except ValueError:
            try:
                return float(text)
            except ValueError:
                return text
    return text
