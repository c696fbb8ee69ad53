"""Facts ► TSV, CSV, HTML table, Markdown table, JSON, citation, value only, English.

The UI's copy and export call :func:`render` (one format),
:func:`clipboard_payload` (every format Ctrl+C puts on the clipboard) and
:func:`write_export` (a file, never overwriting silently); :func:`write`
streams to any text stream (the terminal). Every output grows linearly with the
facts: sentences are tabled once in JSON and cut to a window in tables
(:mod:`.context`, :mod:`.records`). Columns follow what
the facts table shows; a script ``transform`` makes copied Chinese text follow
the display script.
"""

from .columns import DEFAULT_COLUMNS, STANDARD_COLUMNS, Column, column, resolve_columns
from .files import ExportError, ExportExistsError, write_export
from .formats import (
    FORMATS,
    WORKBOOK,
    ExportFormat,
    clipboard_payload,
    export_format,
    fact_records,
    format_for_path,
    render,
    write,
)
from .tables import guard_formula
from .values import fact_year, format_value, format_value_machine, plain_decimal, value_sort_key

__all__ = [
    "Column",
    "column",
    "resolve_columns",
    "STANDARD_COLUMNS",
    "DEFAULT_COLUMNS",
    "ExportFormat",
    "FORMATS",
    "WORKBOOK",
    "export_format",
    "render",
    "write",
    "clipboard_payload",
    "fact_records",
    "format_for_path",
    "write_export",
    "ExportError",
    "ExportExistsError",
    "format_value",
    "format_value_machine",
    "plain_decimal",
    "value_sort_key",
    "fact_year",
    "guard_formula",
]
