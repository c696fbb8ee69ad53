"""``render``: facts ► text in one export format, and what the UI needs to know about each format."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import TextIO

from ..bidi import strip_bidi_controls
from ..document import Article
from ..facts.model import Fact
from . import citation, context, records, tables
from .columns import Column, resolve_columns
from .values import Transform

BOM = "\ufeff"


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """What the file dialog and the clipboard need about one format.

    ``mime`` is the type of a file in this format; ``clipboard_mime`` the type
    to put it on the clipboard under (Qt: ``QMimeData.setData`` / ``setText`` /
    ``setHtml``). ``file_export`` marks the formats File ► Export offers.
    ``name`` is English; the UI wraps its own translatable labels.
    """

    key: str
    name: str
    suffix: str
    mime: str
    clipboard_mime: str
    file_export: bool

    @property
    def file_filter(self) -> str:
        """A ``QFileDialog`` name filter, e.g. ``CSV (*.csv)``."""
        return f"{self.name} (*{self.suffix})"


#: Every format ``render`` accepts, in menu order.
FORMATS: dict[str, ExportFormat] = {
    f.key: f
    for f in (
        ExportFormat("tsv", "Tab-separated values", ".tsv", "text/tab-separated-values", "text/plain", True),
        ExportFormat("csv", "CSV", ".csv", "text/csv", "text/csv", True),
        # With a UTF-8 byte-order mark: without it Excel shows Chinese as mojibake.
        ExportFormat("csv_excel", "CSV (Excel)", ".csv", "text/csv", "text/csv", True),
        ExportFormat("html", "HTML table", ".html", "text/html", "text/html", True),
        ExportFormat("markdown", "Markdown", ".md", "text/markdown", "text/plain", True),
        ExportFormat("json", "JSON", ".json", "application/json", "application/json", True),
        ExportFormat("citation", "Citation", ".txt", "text/plain", "text/plain", False),
        ExportFormat("value", "Value only", ".txt", "text/plain", "text/plain", False),
        ExportFormat("english", "English", ".txt", "text/plain", "text/plain", False),
    )
}

#: Options each format accepts beyond the common keywords of :func:`render`.
_OPTIONS = {
    "tsv": {"header", "formula_guard", "article"},
    "csv": {"header", "formula_guard", "article"},
    "csv_excel": {"header", "formula_guard", "article"},
    "html": {"header", "document", "article"},
    "markdown": {"header", "article"},
    "json": {"article"},
    "citation": {"article"},
    "value": {"article"},
    "english": {"article"},
}


_XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
#: The binary format :func:`render` cannot give as text: files only, through ``write_export``.
WORKBOOK = ExportFormat("xlsx", "Excel workbook", ".xlsx", _XLSX_MIME, _XLSX_MIME, True)


def export_format(key: str) -> ExportFormat:
    """The format ``key`` among :data:`FORMATS` and the workbook."""
    return WORKBOOK if key == WORKBOOK.key else FORMATS[key]


def format_for_path(path) -> str | None:
    """The format key a file name's suffix implies (``.csv`` → ``csv``, ``.xlsx`` → ``xlsx``), or None."""
    suffix = str(path).lower().rpartition(".")[2]
    suffix = f".{suffix}" if suffix else ""
    for f in (*FORMATS.values(), WORKBOOK):
        if f.file_export and f.suffix == suffix:
            return f.key
    return {".htm": "html", ".markdown": "markdown"}.get(suffix)


def render(
    facts: Iterable[Fact],
    fmt: str,
    *,
    columns: Iterable[Column | str] | None = None,
    transform: Transform | None = None,
    article_title: str = "",
    bom: bool = False,
    **options,
) -> str:
    """:func:`write` into a string (the clipboard; a file goes through :func:`write`)."""
    buf = io.StringIO()
    write(buf, facts, fmt, columns=columns, transform=transform, article_title=article_title, bom=bom, **options)
    return buf.getvalue()


def write(
    out: TextIO,
    facts: Iterable[Fact],
    fmt: str,
    *,
    columns: Iterable[Column | str] | None = None,
    transform: Transform | None = None,
    article_title: str = "",
    bom: bool = False,
    **options,
) -> None:
    """Write ``facts`` to ``out`` in format ``fmt`` piece by piece, with bidi controls
    (U+202A-202E, U+2066-2069) left out: pasted elsewhere they would reorder what is
    read without changing what is there. See :func:`chunks` for the arguments."""
    for chunk in chunks(
        facts, fmt, columns=columns, transform=transform, article_title=article_title, bom=bom, **options
    ):
        out.write(strip_bidi_controls(chunk))


def chunks(
    facts: Iterable[Fact],
    fmt: str,
    *,
    columns: Iterable[Column | str] | None = None,
    transform: Transform | None = None,
    article_title: str = "",
    bom: bool = False,
    **options,
) -> Iterator[str]:
    """``facts`` (in the given order) as text in format ``fmt`` (a key of :data:`FORMATS`), in pieces.

    ``columns``: the table's visible columns, as :class:`Column` objects or keys
    (``"text"``, ``"text_original"``, …); None → every standard column. Only the
    table formats (tsv, csv, html, markdown) use them.
    ``transform``: a script converter (``str -> str``) applied to Chinese text
    (fact, unit, label, section, sentence, title), never to numbers or offsets.
    ``bom``: start csv/tsv with U+FEFF so Excel reads UTF-8; other formats ignore it.

    Options: ``header=True`` (tables), ``formula_guard=True`` (tsv/csv: see
    :func:`tables.guard_formula`), ``document=False`` (html: a whole page
    instead of a clipboard fragment), ``article`` (an :class:`Article`: json's
    title and source, exact positions for sentence windows and citations).

    Tables show each sentence cut to a window around its fact (:mod:`.context`);
    Markdown and an HTML page then list each cut sentence once, in full, after
    the table, and its cells end with its label (``[S1]``). JSON is always the
    public record (:mod:`.records`: sentences once, original script); it ignores
    ``columns`` and ``transform``.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    unknown = set(options) - _OPTIONS[fmt]
    if unknown:
        raise TypeError(f"format {fmt!r} takes no option {', '.join(sorted(unknown))}")
    facts = list(facts)
    article: Article | None = options.get("article")
    if fmt == "json":
        yield from records.json_chunks(facts, article_title=article_title, article=article)
        return
    if fmt == "csv_excel":
        fmt, bom = "csv", True
    if fmt in ("citation", "value", "english"):
        yield from citation.lines(facts, fmt, transform=transform, article_title=article_title, article=article)
        return
    cols = resolve_columns(columns)
    header = [c.header for c in cols] if options.get("header", True) else None
    numeric = [c.numeric for c in cols]
    if bom and fmt in ("csv", "tsv"):
        yield BOM
    if fmt in ("tsv", "csv"):
        yield from tables.delimited_lines(
            header,
            _rows(facts, cols, transform, article),
            delimiter="\t" if fmt == "tsv" else ",",
            flatten=fmt == "tsv",
            formula_guard=options.get("formula_guard", True),
        )
        return
    full = _FullSentences(transform) if fmt == "markdown" or options.get("document", False) else None
    rows = _rows(facts, cols, transform, article, full)
    appendix = full.appendix() if full is not None else ()
    if fmt == "html":
        yield from tables.html_lines(
            header, rows, numeric, title=article_title, document=options.get("document", False), appendix=appendix
        )
    else:
        yield from tables.markdown_lines(header, rows, numeric, appendix=appendix)


class _FullSentences:
    """The sentences a table cut, each once, labelled ``S1``, ``S2``… in order of first use."""

    def __init__(self, transform: Transform | None) -> None:
        self.labels: dict[str, str] = {}
        self.transform = transform

    def label(self, sentence: str) -> str:
        found = self.labels.get(sentence)
        if found is None:
            found = self.labels[sentence] = f"S{len(self.labels) + 1}"
        return found

    def appendix(self) -> Iterator[tuple[str, str]]:
        """``(label, full sentence)`` pairs; read after the rows, which fill it."""
        t = self.transform or (lambda text: text)
        for sentence, label in self.labels.items():
            yield label, f"{label} {t(sentence)}"


def _rows(
    facts: list[Fact],
    cols: list[Column],
    transform: Transform | None,
    article: Article | None,
    full: _FullSentences | None = None,
) -> Iterator[list[str]]:
    """One row of cell text per fact, each bounded: a sentence column shows a window (:mod:`.context`)."""
    sentence_columns = [i for i, c in enumerate(cols) if c.bounded and c.key.removesuffix("_original") == "sentence"]
    for fact in facts:
        at = context.position(fact, article) if len(fact.sentence or "") > context.WHOLE else None
        row = [c.cell(fact, transform, at) for c in cols]
        if full is not None and at is not None and sentence_columns:
            label = full.label(fact.sentence)
            for i in sentence_columns:
                row[i] = f"{row[i]} [{label}]"
        yield row


def fact_records(facts: Iterable[Fact]) -> list[dict]:
    """The public records, one flat dict per fact (sentence and section as text): ``Fact.as_dict()``
    with ranges as lists. What scripts in the app use; the JSON output tables the sentences."""
    return [records.record(f) for f in facts]


def clipboard_payload(
    facts: Iterable[Fact],
    *,
    columns: Iterable[Column | str] | None = None,
    transform: Transform | None = None,
    article_title: str = "",
    article: Article | None = None,
) -> Mapping[str, str]:
    """What Ctrl+C puts on the clipboard at once: MIME type ► text.

    ``text/plain`` TSV (editors, spreadsheets), ``text/html`` table (word
    processors, spreadsheets), ``application/json`` records (scripts).
    ``article``: the facts' own document, for exact sentence windows.
    """
    facts = list(facts)
    extra = {"article": article} if article is not None else {}
    kw = {"columns": columns, "transform": transform, "article_title": article_title, **extra}
    return {
        "text/plain": render(facts, "tsv", **kw),
        "text/html": render(facts, "html", **kw),
        "application/json": render(facts, "json", article_title=article_title, **extra),
    }
