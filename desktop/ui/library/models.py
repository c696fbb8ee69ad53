"""Thin table models over the library's documents and comparisons; ``Qt.UserRole`` returns the core record.

``FOLD_ROLE`` gives each row's text folded like library search (script, width,
case), so a filter typed in either script matches either; ``SORT_ROLE`` gives
numbers for numeric columns. The facts tab shows the facts panel's model
(:mod:`desktop.ui.services.fact_table`).
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP

from ..services.tables import FOLD_ROLE, SORT_ROLE


def _fold(text: str) -> str:
    from ...core.library.folds import fold_query

    return fold_query(text)


class RecordTableModel(QAbstractTableModel):
    """Rows are core records; subclasses say what each column shows (``COLUMNS``: key, header)."""

    CONTEXT = "LibraryModels"
    COLUMNS: tuple[tuple[str, str], ...] = ()
    NUMERIC: frozenset[str] = frozenset()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._folded: list[str] = []

    def rows(self) -> list:
        return self._rows

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._folded = [_fold(" ".join(str(self.cell(r, k)) for k, _ in self.COLUMNS)) for r in self._rows]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role == Qt.DisplayRole:
            return self.display(row, key)
        if role == Qt.UserRole:
            return row
        if role == FOLD_ROLE:
            return self._folded[index.row()]
        if role == SORT_ROLE:
            value = self.cell(row, key)
            return value if key in self.NUMERIC else str(value or "")
        if role == Qt.TextAlignmentRole and key in self.NUMERIC:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole:
            return self.tooltip(row, key)
        return None

    def cell(self, row, key: str):
        raise NotImplementedError

    def display(self, row, key: str) -> str:
        value = self.cell(row, key)
        return "" if value is None else (f"{value:,}" if isinstance(value, int) else str(value))

    def tooltip(self, row, key: str):
        return None


class DocumentsModel(RecordTableModel):
    """Over ``list[DocumentRow]``."""

    COLUMNS = (
        ("title", QT_TRANSLATE_NOOP("LibraryModels", "Title")),
        ("date", QT_TRANSLATE_NOOP("LibraryModels", "Date")),
        ("source", QT_TRANSLATE_NOOP("LibraryModels", "Source")),
        ("length", QT_TRANSLATE_NOOP("LibraryModels", "Length")),
        ("fact_count", QT_TRANSLATE_NOOP("LibraryModels", "Facts")),
    )
    NUMERIC = frozenset({"length", "fact_count"})

    def cell(self, row, key: str):
        if key == "date":
            return row.date or (str(row.year) if row.year else "")
        if key == "source":
            from pathlib import Path

            return Path(row.shown_path).name if row.path else ""
        return getattr(row, key)

    def tooltip(self, row, key: str):
        return row.url or row.shown_path


class CompareModel(RecordTableModel):
    """Over ``list[CompareRow]``: each figure at the year it is about, with its stance and source."""

    COLUMNS = (
        ("year", QT_TRANSLATE_NOOP("LibraryModels", "Year")),
        ("role", QT_TRANSLATE_NOOP("LibraryModels", "Stated as")),
        ("value", QT_TRANSLATE_NOOP("LibraryModels", "Value")),
        ("stance", QT_TRANSLATE_NOOP("LibraryModels", "Stance")),
        ("period", QT_TRANSLATE_NOOP("LibraryModels", "Period")),
        ("title", QT_TRANSLATE_NOOP("LibraryModels", "Document")),
        ("date", QT_TRANSLATE_NOOP("LibraryModels", "Date")),
        ("marker", QT_TRANSLATE_NOOP("LibraryModels", "Marked by")),
        ("text", QT_TRANSLATE_NOOP("LibraryModels", "Fact")),
        ("sentence", QT_TRANSLATE_NOOP("LibraryModels", "Sentence")),
    )
    NUMERIC = frozenset({"value", "year"})
    ROLES = {
        "target": QT_TRANSLATE_NOOP("LibraryModels", "target"),
        "forecast": QT_TRANSLATE_NOOP("LibraryModels", "forecast"),
        "result": QT_TRANSLATE_NOOP("LibraryModels", "outcome"),
        "span": QT_TRANSLATE_NOOP("LibraryModels", "over several years"),
    }

    def cell(self, row, key: str):
        value = getattr(row, key)
        return -1 if key == "year" and value is None else value

    def display(self, row, key: str) -> str:
        if key == "role":
            return QCoreApplication.translate(self.CONTEXT, self.ROLES.get(row.role, row.role))
        if key == "value":
            return value_text(row)
        if key == "period":
            from ...core.facts.notation import period_text

            return period_text(row.period)
        if key == "sentence":
            return row.sentence.replace("\n", " ")
        value = getattr(row, key)
        return "" if value is None else str(value)

    def tooltip(self, row, key: str):
        if key in ("period", "year"):
            return row.period_source or None
        return row.sentence


class YearsModel(RecordTableModel):
    """Over ``list[YearRow]``: each year's target and outcome side by side, with the gap."""

    COLUMNS = (
        ("year", QT_TRANSLATE_NOOP("LibraryModels", "Year")),
        ("target", QT_TRANSLATE_NOOP("LibraryModels", "Target")),
        ("result", QT_TRANSLATE_NOOP("LibraryModels", "Outcome")),
        ("gap", QT_TRANSLATE_NOOP("LibraryModels", "Gap")),
        ("target_doc", QT_TRANSLATE_NOOP("LibraryModels", "Target from")),
        ("result_doc", QT_TRANSLATE_NOOP("LibraryModels", "Outcome from")),
    )
    NUMERIC = frozenset({"year", "gap"})

    def cell(self, row, key: str):
        if key == "year":
            return row.year
        if key == "gap":
            return row.gap if row.gap is not None else float("-inf")
        if key in ("target", "result"):
            part = getattr(row, key)
            return part.value if part is not None else None
        part = row.target if key == "target_doc" else row.result
        return part.title if part is not None else ""

    def display(self, row, key: str) -> str:
        if key in ("target", "result"):
            part = getattr(row, key)
            return value_text(part) if part is not None else ""
        if key == "gap":
            return gap_text(row)
        if key == "year":
            return str(row.year)
        return str(self.cell(row, key) or "")

    def tooltip(self, row, key: str):
        part = row.result if key in ("result", "result_doc") else row.target
        return part.sentence if part is not None else None


def value_text(row) -> str:
    """A row's value as the documents write it: ``≈ 5 %``, ``6–6.5 %``, ``6,007億 TWD`` (a Traditional
    document's in its own script), ``13.49万亿 CNY``."""
    factor, word = _chinese_scale(row.value, writes_traditional(row)) if row.unit != "%" else (1, "")
    number = _figure(row.value / factor) + (f"–{_figure(row.high / factor)}" if row.high is not None else "")
    prefix = {"≈": "≈ ", ">=": "≥ ", ">": "> ", "<=": "≤ ", "<": "< "}.get(row.qualifier or "", "")
    return f"{prefix}{number}{word} {row.unit or ''}".strip()


def gap_text(year) -> str:
    """A year's gap as its values are written: ``+56億 TWD`` (was ``+5.6e+09``); a rate's in points, ``+0.2``."""
    gap = year.gap
    if gap is None or gap == 0:
        return "" if gap is None else "0"
    part = year.result
    if part.unit == "%":
        return f"{gap:+,.6g}"
    factor, word = _chinese_scale(gap, writes_traditional(part))
    return f"{'+' if gap > 0 else '-'}{_figure(abs(gap) / factor)}{word} {part.unit or ''}".strip()


#: the words of large numbers, as each script writes them (Taiwan writes 2.1兆 for 2.1万亿)
SCALE_WORDS = {False: ((1e12, "万亿"), (1e8, "亿"), (1e4, "万")), True: ((1e12, "兆"), (1e8, "億"), (1e4, "萬"))}
#: characters only Traditional writing has, among those a figure's sentence most often holds
_TRADITIONAL_SIGNS = frozenset("億萬與這為來國會們個說時對發經動實現開關從當後總統預灣資額費稅產業電區應際濟價")
_SIMPLIFIED_SIGNS = frozenset("亿万与这为来国会们个说时对发经动实现开关从当后总统预湾资额费税产业电区应际济价")


def writes_traditional(row) -> bool:
    """Whether the document of ``row`` (a compare row) writes Traditional: its figure (6,007億元), else its sentence."""
    for text in (row.text or "", row.sentence or ""):
        trad = sum(c in _TRADITIONAL_SIGNS for c in text)
        simp = sum(c in _SIMPLIFIED_SIGNS for c in text)
        if trad != simp:
            return trad > simp
    return False


def _chinese_scale(value: float, traditional: bool = False) -> tuple[float, str]:
    """Amounts as the documents write them: 6,007亿 rather than 600,700,000,000."""
    for factor, word in SCALE_WORDS[traditional]:
        if abs(value) >= factor:
            return factor, word
    return 1, ""


def _figure(value: float) -> str:
    return f"{value:,.6g}" if abs(value) < 1e6 else f"{value:,.0f}"
