"""Taking a comparison away (issue 19.6): copy, export, the chart to a file; shortcuts and a context menu.

Copy puts TSV, an HTML table and the JSON on the clipboard at once (like the facts panel), each row
with its year, value, unit, stance, period, document and sentence; Export writes CSV, an Excel workbook
(sheets "Figures" and "Years"), TSV, HTML or JSON; the chart is saved as PNG or SVG.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QPushButton

from ..services import clipboard

#: (name, default shortcut)
SHORTCUTS = {"copy": QKeySequence.Copy, "export": "Ctrl+E", "chart": "Ctrl+Alt+E", "open": "Ctrl+Return"}


class CompareActions(QObject):
    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.copy = QAction(tab, triggered=self.copy_rows)
        self.export = QAction(tab, triggered=lambda: self.export_table())
        self.save_chart = QAction(tab, triggered=lambda: self.export_chart())
        self.open = QAction(tab, triggered=self.open_document)
        for name, action in (
            ("copy", self.copy),
            ("export", self.export),
            ("chart", self.save_chart),
            ("open", self.open),
        ):
            action.setShortcut(QKeySequence(SHORTCUTS[name]))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            tab.addAction(action)
        self.menu = QMenu(tab)
        self.menu.addActions([self.copy, self.export, self.save_chart])
        self.menu.addSeparator()
        self.menu.addAction(self.open)
        # A push button keeps room for its menu's arrow beside its text; a tool button's instant popup drew
        # the arrow over the text ("Take Away" with its "y" under the arrow), and it sits beside Compare.
        self.menu_button = QPushButton(tab)
        self.menu_button.setObjectName("compareTakeAway")
        self.menu_button.setMenu(self.menu)

    def retranslate(self) -> None:
        self.copy.setText(self.tr("&Copy Rows with Their Sources"))
        self.export.setText(self.tr("&Export Comparison…"))
        self.save_chart.setText(self.tr("Save C&hart as PNG or SVG…"))
        self.open.setText(self.tr("&Open the Document at This Figure"))
        self.menu_button.setText(self.tr("Take Away"))
        self.menu_button.setToolTip(self.tr("Copy or export the comparison, or save its chart"))

    def attach(self, table) -> None:
        table.setContextMenuPolicy(Qt.CustomContextMenu)
        table.customContextMenuRequested.connect(lambda pos: self.menu.exec(table.viewport().mapToGlobal(pos)))

    def _rows(self) -> list:
        """The selected figures, or every figure when none is selected."""
        return self.tab.selected_rows() or list(self.tab.series.rows if self.tab.series else [])

    def copy_rows(self) -> None:
        """TSV, HTML and JSON of the selected rows (all rows when none is selected), with their sources."""
        if self.tab.series is None or not self.tab.series.rows:
            return
        from ...core.library.compare_export import clipboard_payload

        clipboard.put(clipboard_payload(self.tab.series, self._rows()))

    def export_table(self, path: str | None = None) -> None:
        series = self.tab.series
        if series is None or not series.rows:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.tab,
                self.tr("Export Comparison"),
                "comparison.xlsx",
                self.tr("Excel workbook (*.xlsx);;CSV (*.csv);;TSV (*.tsv);;HTML (*.html);;JSON (*.json)"),
            )
        if not path:
            return
        from ...core.library.compare_export import write

        try:
            write(series, path)
        except OSError as err:
            QMessageBox.warning(
                self.tab,
                self.tr("Export Comparison"),
                self.tr("The comparison could not be written to %1: %2")
                .replace("%1", path)
                .replace("%2", err.strerror or ""),
            )

    def export_chart(self, path: str | None = None) -> None:
        chart = self.tab.chart
        if chart is None or self.tab.series is None or not self.tab.series.rows:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self.tab, self.tr("Save Chart"), "comparison.png", self.tr("PNG image (*.png);;SVG drawing (*.svg)")
            )
        if not path:
            return
        if not path.lower().endswith((".png", ".svg")):
            path += ".png"
        try:
            chart.export_image(path)
        except OSError as err:
            QMessageBox.warning(
                self.tab,
                self.tr("Save Chart"),
                self.tr("The chart could not be written to %1: %2")
                .replace("%1", path)
                .replace("%2", err.strerror or ""),
            )

    def open_document(self) -> None:
        rows = self.tab.selected_rows()
        if rows:
            self.tab.rowActivated.emit(rows[0].doc_id, rows[0].start, rows[0].end)
