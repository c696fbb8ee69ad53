"""The facts panel's filter over :class:`~desktop.ui.services.fact_table.FactTableModel`: kind, text and
section; the Value column sorts numerically within a kind. Nothing is refilled when a filter changes.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from ...core.facts import Fact
from ..services.fact_table import PANEL_COLUMNS, sort_key
from ..services.filtering import filter_change


class FactFilterProxy(QSortFilterProxyModel):
    """Kind, text and section filters; the Value column sorts numerically within a kind."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._kinds: set[str] | None = None
        self._section: int | None = None
        self._part: tuple[int, int] | None = None
        self._matcher: Callable[[str], bool] | None = None

    def set_kinds(self, kinds: set[str] | None) -> None:
        with filter_change(self):
            self._kinds = kinds

    def set_section(self, section_index: int | None) -> None:
        with filter_change(self):
            self._section = section_index

    def set_part(self, part: tuple[int, int] | None) -> None:
        """Only the facts that start in ``[start, end)`` of ``Article.text``; None shows all."""
        with filter_change(self):
            self._part = part

    def set_matcher(self, matcher: Callable[[str], bool] | None) -> None:
        """``matcher(text) -> bool`` over a fact's text, label, English and sentence; None shows all."""
        with filter_change(self):
            self._matcher = matcher

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if self._kinds is None and self._section is None and self._part is None and self._matcher is None:
            return True  # called once per row on every reset: 60,000 times on a big report
        # The source is the shared FactTableModel: read its list, not data() through Qt.
        facts = self.sourceModel().facts()
        fact: Fact | None = facts[row] if 0 <= row < len(facts) else None
        if fact is None:
            return False
        if self._kinds is not None and fact.kind not in self._kinds:
            return False
        if self._section is not None and fact.section_index != self._section:
            return False
        if self._part is not None and not self._part[0] <= fact.start < self._part[1]:
            return False
        if self._matcher is not None:
            haystack = "\n".join((fact.text, fact.label or "", fact.english or "", fact.section or ""))
            return self._matcher(haystack)
        return True

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        key = PANEL_COLUMNS[left.column()]
        return sort_key(left.data(Qt.UserRole), key) < sort_key(right.data(Qt.UserRole), key)
