"""A line under the facts table with the current fact's values in the columns the panel's width left out.

At 800×600 the panel is ~260 px wide: Fact, Value and Measures fill it and Period and Stance, the
columns that say whether a figure is this year's target or last year's result, were hidden (a click
away in the header menu, but only one fact's period at a time is what a reader wants there). A
sideways scroll or columns squeezed to ``1…`` is what the table had before (issue 20.4); a details
line is what mail and file browsers do with a narrow list: the list keeps what identifies a row, the
current row's other fields show beneath it. It follows the current row (arrow keys as well as
clicks), shows only what is hidden because of the width (a column the user hid stays hidden) and
takes no room when nothing is hidden or no fact is current.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

from ..services.fact_table import PANEL_COLUMNS as COLUMN_KEYS

#: between one column's name and value, and between columns
SEPARATOR = "\u00a0\u00a0· "  # the dot stays with the value before it when the line wraps


class HiddenColumnsLine(QLabel):
    """Shows ``Period: 1958  ·  Stance: target`` for the current fact of ``table``."""

    def __init__(self, table, parent=None) -> None:
        super().__init__(parent)
        self._table = table
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setObjectName("factHiddenColumns")
        self.setWordWrap(True)
        self.setTextFormat(Qt.PlainText)
        self.setTextInteractionFlags(Qt.TextSelectableByMouse)
        # It must not widen the dock's minimum (docks give way in small windows): it wraps instead.
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.hide()
        table = self._table
        table.selectionModel().currentRowChanged.connect(self.refresh)
        table.columnsFitted.connect(self.refresh)
        model = table.model()
        model.modelReset.connect(self.refresh)
        model.layoutChanged.connect(self.refresh)
        model.dataChanged.connect(self.refresh)

    def hidden_by_width(self) -> list[str]:
        """The keys of the columns hidden because the table is too narrow for them, in the table's order."""
        header = self._table.horizontalHeader()
        choices = self._table.column_choices
        order = sorted(range(len(COLUMN_KEYS)), key=header.visualIndex)
        return [COLUMN_KEYS[c] for c in order if header.isSectionHidden(c) and choices.get(COLUMN_KEYS[c]) is not False]

    def refresh(self, *_args) -> None:
        current = self._table.currentIndex()
        record = current.data(Qt.UserRole) if current.isValid() else None
        parts = []
        if record is not None:
            model = self._table.facts_model
            for key in self.hidden_by_width():
                value = model.display_text(record, key)
                if value:
                    name = model.headerData(COLUMN_KEYS.index(key), Qt.Horizontal, Qt.DisplayRole)
                    # "%1: %2" is the language's own: Chinese puts a full-width colon and no space
                    parts.append(
                        QCoreApplication.translate("FactsPanel", "%1: %2").replace("%1", name).replace("%2", value)
                    )
        self.setText(SEPARATOR.join(parts))
        self.setVisible(bool(parts))
