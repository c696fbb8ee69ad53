"""``render``: facts ► text in one export format, and what the UI needs to know about each format."""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..document import Article
from ..facts.model import FACT_FIELDS, Fact
from . import citation, tables
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
    "tsv": {"header", "formula_guard"},
    "csv": {"header", "formula_guard"},
    "csv_excel": {"header", "formula_guard"},
    "html": {"header", "document"},
    "markdown": {"header"},
    "json": {"wrap", "indent", "article"},
    "citation": {"article"},
    "value": set(),
    "english": set(),
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


def render(facts: Iterable[Fact], fmt: str, *, columns: Iterable[Column | str] | None = None,
           transform: Transform | None = None, article_title: str = "", bom: bool = False, **options) -> str:
    """``facts`` (in the given order) as text in format ``fmt`` (a key of :data:`FORMATS`).

    ``columns``: the table's visible columns, as :class:`Column` objects or keys
    (``"text"``, ``"text_original"``, …); None → every standard column. Only the
    table formats (tsv, csv, html, markdown) use them.
    ``transform``: a script converter (``str -> str``) applied to Chinese text
    (fact, unit, label, section, sentence, title), never to numbers or offsets.
    ``bom``: start csv/tsv with U+FEFF so Excel reads UTF-8; other formats ignore it.

    Options: ``header=True`` (tables), ``formula_guard=True`` (tsv/csv: see
    :func:`tables.guard_formula`), ``document=False`` (html: a whole page
    instead of a clipboard fragment), ``wrap=False`` and ``indent=2`` (json),
    ``article`` (an :class:`Article`, for json's wrapper and exact citation excerpts).

    JSON is always the public record (exactly ``FACT_FIELDS``, original script)
    so ``start``/``end`` keep indexing ``Article.text``; it ignores
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
        return _json(facts, article_title=article_title, article=article,
                     wrap=options.get("wrap", False), indent=options.get("indent", 2))
    if fmt == "csv_excel":
        fmt, bom = "csv", True
    if fmt in ("citation", "value", "english"):
        return citation.lines(facts, fmt, transform=transform, article_title=article_title, article=article)
    cols = resolve_columns(columns)
    header = [c.header for c in cols] if options.get("header", True) else None
    rows = [[c.cell(f, transform) for c in cols] for f in facts]
    numeric = [c.numeric for c in cols]
    if fmt == "tsv":
        text = tables.tsv(header, rows, formula_guard=options.get("formula_guard", True))
    elif fmt == "csv":
        text = tables.csv_text(header, rows, formula_guard=options.get("formula_guard", True))
    elif fmt == "html":
        text = tables.html_table(header, rows, numeric, title=article_title, document=options.get("document", False))
    else:
        text = tables.markdown_table(header, rows, numeric)
    return BOM + text if bom and fmt in ("csv", "tsv") else text


def fact_records(facts: Iterable[Fact]) -> list[dict]:
    """The public JSON records: ``Fact.as_dict()`` with ranges as lists."""
    out = []
    for f in facts:
        record = f.as_dict()
        if isinstance(record["value"], tuple):
            record["value"] = list(record["value"])
        out.append(record)
    return out


def _json(facts: list[Fact], *, article_title: str, article: Article | None, wrap: bool, indent: int | None) -> str:
    records = fact_records(facts)
    if not wrap:
        payload: list | dict = records
    else:
        title = article_title or (article.display_name if article is not None else "")
        source = str(article.source) if article is not None and article.source is not None else None
        payload = {"title": title, "source": source, "fields": list(FACT_FIELDS), "facts": records}
    return json.dumps(payload, ensure_ascii=False, indent=indent) + "\n"


def clipboard_payload(facts: Iterable[Fact], *, columns: Iterable[Column | str] | None = None,
                      transform: Transform | None = None, article_title: str = "") -> Mapping[str, str]:
    """What Ctrl+C puts on the clipboard at once: MIME type ► text.

    ``text/plain`` TSV (editors, spreadsheets), ``text/html`` table (word
    processors, spreadsheets), ``application/json`` records (scripts).
    """
    facts = list(facts)
    kw = {"columns": columns, "transform": transform, "article_title": article_title}
    return {
        "text/plain": render(facts, "tsv", **kw),
        "text/html": render(facts, "html", **kw),
        "application/json": render(facts, "json", article_title=article_title),
    }
