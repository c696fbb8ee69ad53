"""Filters for the library tables: script-blind text, fact kind and value range."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel

from ..services.fact_table import fact_number
from ..services.filtering import filter_change
from ..services.tables import FOLD_ROLE, SORT_ROLE


class RecordFilterProxy(QSortFilterProxyModel):
    """Every word of the filter must be in the row's folded text; optional kind and value range."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._words: list[str] = []
        self._kinds: set[str] | None = None
        self._low: float | None = None
        self._high: float | None = None
        self._label_words: list[str] = []

    def set_text(self, text: str) -> None:
        from ...core.library.folds import fold_query

        with filter_change(self):
            self._words = fold_query(text).lower().split()

    def set_label(self, text: str) -> None:
        from ...core.library.folds import fold_query

        with filter_change(self):
            self._label_words = fold_query(text).split()

    def set_kinds(self, kinds: set[str] | None) -> None:
        with filter_change(self):
            self._kinds = kinds

    def set_value_range(self, low: float | None, high: float | None) -> None:
        with filter_change(self):
            self._low, self._high = low, high

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        model = self.sourceModel()
        if not (self._words or self._kinds or self._label_words or self._low is not None or self._high is not None):
            return True
        if self._words:
            folded = model.index(row, 0).data(FOLD_ROLE) or ""
            if not all(w in folded for w in self._words):
                return False
        record = model.rows()[row]
        fact = getattr(record, "fact", None)  # a LibraryFact (the documents and compare tables have none)
        if fact is not None:
            if self._kinds is not None and fact.kind not in self._kinds:
                return False
            if self._label_words:
                from ...core.library.folds import fold_query

                label = fold_query(fact.label or "")
                if not all(w in label for w in self._label_words):
                    return False
            if self._low is not None or self._high is not None:
                value = fact_number(fact)
                if (
                    value is None
                    or (self._low is not None and value < self._low)
                    or (self._high is not None and value > self._high)
                ):
                    return False
        return True

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or b is None:  # empty cells sort last either way
            return a is not None and b is None
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)
