"""The facts table's model: a thin adapter over the article's list of core :class:`Fact`.

``Qt.UserRole`` returns the Fact. Filtering and sorting go through
``FactFilterProxy``; nothing is refilled when a filter changes.
"""

from __future__ import annotations

import math
from typing import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QT_TRANSLATE_NOOP,
)

from ...core.facts import Fact
from ...core.facts.notation import period_text
from ..services import theme
from ..services.filtering import filter_change
from ..services.kinds import kind_name

COLUMNS = (
    ("kind", QT_TRANSLATE_NOOP("FactTableModel", "Kind")),
    ("text", QT_TRANSLATE_NOOP("FactTableModel", "Fact")),
    ("value", QT_TRANSLATE_NOOP("FactTableModel", "Value")),
    ("label", QT_TRANSLATE_NOOP("FactTableModel", "Measures")),
    ("period", QT_TRANSLATE_NOOP("FactTableModel", "Period")),
    ("stance", QT_TRANSLATE_NOOP("FactTableModel", "Stance")),
    ("subject", QT_TRANSLATE_NOOP("FactTableModel", "Subject")),
    ("english", QT_TRANSLATE_NOOP("FactTableModel", "English")),
    ("section", QT_TRANSLATE_NOOP("FactTableModel", "Section")),
)
COLUMN_KEYS = tuple(key for key, _ in COLUMNS)
#: What each Fact.stance is called in the panel.
STANCE_NAMES = {
    "target": QT_TRANSLATE_NOOP("FactTableModel", "target"),
    "plan": QT_TRANSLATE_NOOP("FactTableModel", "plan"),
    "forecast": QT_TRANSLATE_NOOP("FactTableModel", "forecast"),
    "result": QT_TRANSLATE_NOOP("FactTableModel", "result"),
    "base": QT_TRANSLATE_NOOP("FactTableModel", "base"),
}
#: column widths at their default proportions (px); :meth:`FactsPanel.fit_columns` scales them to the table


def _plain_value(fact: Fact) -> str:
    return "" if fact.value is None else str(fact.value)


class FactTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._facts: list[Fact] = []
        self._transform: Callable[[str], str] = lambda s: s
        self._fact_text: Callable[[Fact], str] = lambda f: f.text
        self._format_value: Callable[[Fact], str] = _plain_value
        # Shown text per (row, column): a script switch repaints every visible cell several
        # times, and converting a label each time was most of the switch's cost.
        self._shown: dict[tuple[int, int], str] = {}

    def facts(self) -> list[Fact]:
        """The facts in model order (the list itself: do not modify)."""
        return self._facts

    def set_facts(self, facts: list[Fact]) -> None:
        self.beginResetModel()
        self._facts = list(facts)
        self._shown.clear()
        self.endResetModel()

    def set_display(self, *, transform=None, fact_text=None, format_value=None) -> None:
        """How text is shown: ``transform`` converts labels and titles to the display script,
        ``fact_text(fact)`` gives the Fact column (the converted span), ``format_value`` the Value column."""
        if transform is not None:
            self._transform = transform
        if fact_text is not None:
            self._fact_text = fact_text
        if format_value is not None:
            self._format_value = format_value
        self._shown.clear()
        if self._facts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._facts) - 1, len(COLUMNS) - 1))

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._facts)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("FactTableModel", COLUMNS[section][1])
        return None

    def display_text(self, fact: Fact, key: str) -> str:
        """The text a cell shows (also what copying a cell copies)."""
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
        return getattr(fact, key) or ""

    def data(self, index, role=Qt.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.DisplayRole:
            shown = self._shown.get((row, column))
            if shown is None:
                shown = self._shown[(row, column)] = self.display_text(self._facts[row], COLUMN_KEYS[column])
            return shown
        fact = self._facts[row]
        key = COLUMN_KEYS[column]
        if role == Qt.UserRole:
            return fact
        if role == Qt.ToolTipRole:
            if key == "period" and fact.period:
                return _period_tip(fact)
            if key == "stance" and fact.stance in STANCE_NAMES:
                return QCoreApplication.translate("FactTableModel", _STANCE_TIPS[fact.stance])
            original = fact.text if key == "text" else fact.sentence
            return original
        if role == Qt.DecorationRole and key == "kind":
            return theme.kind_colour(fact.kind)
        if role == Qt.TextAlignmentRole and key == "value":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


_STANCE_TIPS = {
    "target": QT_TRANSLATE_NOOP("FactTableModel", "An outcome aimed at (预期目标, 力争, 左右 in a target list)"),
    "plan": QT_TRANSLATE_NOOP("FactTableModel", "What will be spent or done (拟安排, 预算, 编列)"),
    "forecast": QT_TRANSLATE_NOOP("FactTableModel", "An expectation (预计, 预估, 可望)"),
    "result": QT_TRANSLATE_NOOP("FactTableModel", "What happened or holds"),
    "base": QT_TRANSLATE_NOOP("FactTableModel", "The earlier side of a comparison (比…的, 由…增加到)"),
}


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


#: the roles FactTableModel answers (the view asks for a dozen more on every paint)
_ROLES = frozenset({Qt.DisplayRole, Qt.UserRole, Qt.ToolTipRole, Qt.DecorationRole, Qt.TextAlignmentRole})


def _sort_key(fact: Fact, key: str):
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


class FactFilterProxy(QSortFilterProxyModel):
    """Kind, text and section filters; the Value column sorts numerically within a kind."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kinds: set[str] | None = None
        self._section: int | None = None
        self._matcher: Callable[[str], bool] | None = None

    def set_kinds(self, kinds: set[str] | None) -> None:
        with filter_change(self):
            self._kinds = kinds

    def set_section(self, section_index: int | None) -> None:
        with filter_change(self):
            self._section = section_index

    def set_matcher(self, matcher: Callable[[str], bool] | None) -> None:
        """``matcher(text) -> bool`` over a fact's text, label, English and sentence; None shows all."""
        with filter_change(self):
            self._matcher = matcher

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if self._kinds is None and self._section is None and self._matcher is None:
            return True  # called once per row on every reset: 60,000 times on a big report
        # The source is our own FactTableModel: read its list, not data() through Qt.
        facts = self.sourceModel().facts()
        fact: Fact | None = facts[row] if 0 <= row < len(facts) else None
        if fact is None:
            return False
        if self._kinds is not None and fact.kind not in self._kinds:
            return False
        if self._section is not None and fact.section_index != self._section:
            return False
        if self._matcher is not None:
            haystack = "\n".join((fact.text, fact.label or "", fact.english or "", fact.section or ""))
            return self._matcher(haystack)
        return True

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        key = COLUMN_KEYS[left.column()]
        return _sort_key(left.data(Qt.UserRole), key) < _sort_key(right.data(Qt.UserRole), key)
