"""The one table model of core :class:`Fact`: the facts panel (the article's facts) and the library
window's facts tab (the facts of many documents) both show it, each with the columns it needs.

A row is a record: a :class:`Fact` itself (the panel), or a record holding one as ``.fact`` with its
document's ``title`` and ``date`` (the library's :class:`LibraryFact`). ``Qt.UserRole`` returns the
record; a column of the same key shows the same text for the same fact in either table.
``FOLD_ROLE`` and ``SORT_ROLE`` (:mod:`.tables`) serve the library's filter; the panel's filter reads
:meth:`FactTableModel.facts`. Nothing is refilled when a filter changes.
"""

from __future__ import annotations

import math
from typing import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP

from ...core.facts import Fact
from ...core.facts.notation import period_text
from . import theme
from .kinds import kind_name
from .tables import FOLD_ROLE, SORT_ROLE

#: every column a facts table may show: key ► header
HEADERS = {
    "title": QT_TRANSLATE_NOOP("FactTableModel", "Document"),
    "date": QT_TRANSLATE_NOOP("FactTableModel", "Date"),
    "kind": QT_TRANSLATE_NOOP("FactTableModel", "Kind"),
    "text": QT_TRANSLATE_NOOP("FactTableModel", "Fact"),
    "value": QT_TRANSLATE_NOOP("FactTableModel", "Value"),
    "label": QT_TRANSLATE_NOOP("FactTableModel", "Measures"),
    "period": QT_TRANSLATE_NOOP("FactTableModel", "Period"),
    "stance": QT_TRANSLATE_NOOP("FactTableModel", "Stance"),
    "subject": QT_TRANSLATE_NOOP("FactTableModel", "Subject"),
    "english": QT_TRANSLATE_NOOP("FactTableModel", "English"),
    "section": QT_TRANSLATE_NOOP("FactTableModel", "Section"),
    "sentence": QT_TRANSLATE_NOOP("FactTableModel", "Sentence"),
}
#: the facts panel's columns (one article: no document, no date)
PANEL_COLUMNS = ("kind", "text", "value", "label", "period", "stance", "subject", "english", "section")
#: the library's facts tab: each fact with its document and date, and its sentence in full
LIBRARY_COLUMNS = ("title", "date", "kind", "text", "value", "label", "sentence")
#: What each Fact.stance is called.
STANCE_NAMES = {
    "target": QT_TRANSLATE_NOOP("FactTableModel", "target"),
    "plan": QT_TRANSLATE_NOOP("FactTableModel", "plan"),
    "forecast": QT_TRANSLATE_NOOP("FactTableModel", "forecast"),
    "result": QT_TRANSLATE_NOOP("FactTableModel", "result"),
    "base": QT_TRANSLATE_NOOP("FactTableModel", "base"),
}
_STANCE_TIPS = {
    "target": QT_TRANSLATE_NOOP("FactTableModel", "An outcome aimed at (预期目标, 力争, 左右 in a target list)"),
    "plan": QT_TRANSLATE_NOOP("FactTableModel", "What will be spent or done (拟安排, 预算, 编列)"),
    "forecast": QT_TRANSLATE_NOOP("FactTableModel", "An expectation (预计, 预估, 可望)"),
    "result": QT_TRANSLATE_NOOP("FactTableModel", "What happened or holds"),
    "base": QT_TRANSLATE_NOOP("FactTableModel", "The earlier side of a comparison (比…的, 由…增加到)"),
}
#: the roles the model answers (the view asks for a dozen more on every paint)
_ROLES = frozenset(
    {Qt.DisplayRole, Qt.UserRole, Qt.ToolTipRole, Qt.DecorationRole, Qt.TextAlignmentRole, FOLD_ROLE, SORT_ROLE}
)


def fact_of(record) -> Fact:
    """The Fact of a row: the record itself, or its ``.fact``."""
    return record if isinstance(record, Fact) else record.fact


def fact_number(fact: Fact) -> float | None:
    """The number a fact's value sorts and filters by: a range's low end; None when it has none."""
    value = fact.value
    if isinstance(value, list):
        value = value[0] if value and isinstance(value[0], (int, float)) else None
    return value if isinstance(value, (int, float)) else None


def _people_value(fact: Fact) -> str:
    from ...core.export import format_value  # first used when facts arrive, not at start-up

    return format_value(fact)


def _fold(text: str) -> str:
    from ...core.library.folds import fold_query

    return fold_query(text)


class FactTableModel(QAbstractTableModel):
    """Rows are Facts or records holding one (``.fact``); ``columns``: keys of :data:`HEADERS`.

    ``notes`` (the panel's): the kind's colour swatch, and a tip on each cell saying what it cannot
    (the original of a converted fact, where a period came from, what a stance means, the sentence);
    without them (the library, whose table has a Sentence column) the fact and its sentence show
    the sentence as their tip.
    """

    def __init__(self, parent=None, *, columns: tuple[str, ...] = PANEL_COLUMNS, notes: bool = True) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._notes = notes
        self._records: list = []
        self._facts: list[Fact] = []
        self._transform: Callable[[str], str] = lambda s: s
        self._fact_text: Callable[[Fact], str] = lambda f: f.text
        self._format_value: Callable[[Fact], str] = _people_value
        # Shown text per (row, column): a script switch repaints every visible cell several
        # times, and converting a label each time was most of the switch's cost.
        self._shown: dict[tuple[int, int], str] = {}
        # Folded text per row, made when a filter first asks: folding 50,000 rows up front took seconds.
        self._folded: dict[int, str] = {}

    # -- the rows -------------------------------------------------------------
    def facts(self) -> list[Fact]:
        """The Facts in model order (the list itself: do not modify)."""
        return self._facts

    def rows(self) -> list:
        """The records in model order (the list itself: do not modify)."""
        return self._records

    def set_facts(self, records: list) -> None:
        """Shows ``records`` (Facts, or records holding one) in this order."""
        self.beginResetModel()
        self._records = list(records)
        self._facts = [fact_of(r) for r in self._records]
        self._shown.clear()
        self._folded.clear()
        self.endResetModel()

    def set_display(self, *, transform=None, fact_text=None, format_value=None) -> None:
        """How text is shown: ``transform`` converts labels, subjects, sections and titles to the display
        script, ``fact_text(fact)`` gives the Fact column (the converted span), ``format_value`` the Value column."""
        if transform is not None:
            self._transform = transform
        if fact_text is not None:
            self._fact_text = fact_text
        if format_value is not None:
            self._format_value = format_value
        self._shown.clear()
        if self._records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._records) - 1, len(self.columns) - 1))

    # -- Qt's model -----------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.columns):
            return QCoreApplication.translate("FactTableModel", HEADERS[self.columns[section]])
        return None

    def display_text(self, record, key: str) -> str:
        """The text a cell shows (also what copying a cell copies); ``record`` a row's Fact or record."""
        fact = fact_of(record)
        if key == "kind":
            return kind_name(fact.kind)
        if key == "text":
            return self._fact_text(fact)
        if key == "value":
            return self._format_value(fact)
        if key in ("label", "section", "subject"):
            return self._transform(getattr(fact, key) or "")
        if key == "period":
            return period_text(fact.period)
        if key == "stance":
            return (
                QCoreApplication.translate("FactTableModel", STANCE_NAMES[fact.stance])
                if fact.stance in STANCE_NAMES
                else ""
            )
        if key == "sentence":
            return (fact.sentence or "").replace("\n", " ")
        if key in ("title", "date"):
            return str(getattr(record, key, None) or "")
        return getattr(fact, key) or ""

    def data(self, index, role=Qt.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.DisplayRole:
            shown = self._shown.get((row, column))
            if shown is None:
                shown = self._shown[(row, column)] = self.display_text(self._records[row], self.columns[column])
            return shown
        key = self.columns[column]
        if role == Qt.UserRole:
            return self._records[row]
        fact = self._facts[row]
        if role == Qt.ToolTipRole:
            return self._tip(fact, key)
        if role == Qt.DecorationRole:
            return theme.kind_colour(fact.kind) if key == "kind" and self._notes else None
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter) if key == "value" else None
        if role == FOLD_ROLE:
            folded = self._folded.get(row)
            if folded is None:
                title = getattr(self._records[row], "title", "")
                folded = self._folded[row] = _fold(f"{title} {fact.text} {fact.label} {fact.english}")
            return folded
        # SORT_ROLE: the value's number, else the stored text (a kind's key, not its translated name)
        if key == "value":
            return fact_number(fact)
        return str(getattr(self._records[row] if key in ("title", "date") else fact, key, None) or "")

    def _tip(self, fact: Fact, key: str):
        if key == "value":  # a narrow column cuts a long value ("690 million…"): the tip has it whole
            value = self._format_value(fact)
            sentence = fact.sentence if self._notes else None
            return f"{value}\n{sentence}" if value and sentence else value or sentence
        if not self._notes:
            return fact.sentence if key in ("text", "sentence") else None
        if key == "period" and fact.period:
            return _period_tip(fact)
        if key == "stance" and fact.stance in STANCE_NAMES:
            return QCoreApplication.translate("FactTableModel", _STANCE_TIPS[fact.stance])
        return fact.text if key == "text" else fact.sentence


def _period_tip(fact: Fact) -> str:
    """Why the figure has its period: the words it came from, and what Y means when the date is unknown."""
    lines = []
    if fact.period_source:
        lines.append(QCoreApplication.translate("FactTableModel", "From: %1").replace("%1", fact.period_source))
    if fact.period.startswith("Y"):
        lines.append(
            QCoreApplication.translate(
                "FactTableModel",
                "Relative to the document's year (Y), which is not known: set the document date below.",
            )
        )
    return "\n".join(lines) or period_text(fact.period)


def sort_key(fact: Fact, key: str):
    """The panel's order of a column: the Value column numerically within a kind, the others by text."""
    if key == "value":
        value = fact.value
        if isinstance(value, list) and value:
            value = value[0]
        number = (
            value
            if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)
            else math.inf
        )
        return (fact.kind, number, str(value))
    if key == "kind":
        return (fact.kind, fact.start)
    return (str(getattr(fact, key) or ""), fact.start)
