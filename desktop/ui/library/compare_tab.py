"""Compare one measure across documents: a table of the figure each states, and its chart."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services.kinds import kind_name
from .models import CompareModel
from .proxies import RecordFilterProxy

#: kinds a measure can be compared in ("" = the kind most matches have)
COMPARE_KINDS = ("", "percent", "money", "quantity", "ratio", "multiple")


class CompareTab(QWidget):
    """Emits :attr:`rowActivated` ``(doc_id, start, end)``."""

    rowActivated = Signal(int, int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.library = None
        self.series = None
        self.label = QLineEdit(self)
        self.label.setObjectName("compareLabel")
        self.kind = QComboBox(self)
        self.targets_only = QCheckBox(self)
        self.go = QPushButton(self)
        self.summary = QLabel(self)
        self.model = CompareModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("compareTable")
        self.splitter = QSplitter(Qt.Vertical, self)
        self.chart = None  # made on first use: pyqtgraph stays unloaded until a chart is wanted
        self._setup_ui()

    def set_library(self, library) -> None:
        self.library = library
        if self.label.text().strip():
            self.run_compare()

    def compare(self, label: str, kind: str | None = None) -> None:
        """Show the series of ``label`` (and ``kind``, or the usual kind of its figures)."""
        self.label.setText(label)
        self.kind.setCurrentIndex(COMPARE_KINDS.index(kind) if kind in COMPARE_KINDS else 0)
        self.run_compare()

    def run_compare(self) -> None:
        label = self.label.text().strip()
        if not label or self.library is None:
            return
        from ...core.library.compare import compare

        kind = COMPARE_KINDS[self.kind.currentIndex()] or None
        roles = ("target",) if self.targets_only.isChecked() else ("target", "result")
        self.series = compare(self.library, label, kind=kind, roles=roles)
        self.model.set_rows(self.series.rows)
        if not self.series.rows:
            self.summary.setText(self.tr("No document states a figure for “%1”.").replace("%1", label))
        else:
            documents = len({r.doc_id for r in self.series.rows})
            targets = sum(1 for r in self.series.rows if r.role == "target")
            self.summary.setText(
                self.tr("%1 documents · %2 targets · %3")
                .replace("%1", str(documents))
                .replace("%2", str(targets))
                .replace("%3", kind_name(self.series.kind or ""))
            )
        if self.series.rows or self.chart is not None:
            self._ensure_chart()
            self.chart.setVisible(bool(self.series.rows))
            self.chart.show_series(self.series, {"target": self.tr("target"), "result": self.tr("result")})

    def retranslate(self) -> None:
        current = self.kind.currentIndex()
        self.kind.clear()
        for kind in COMPARE_KINDS:
            self.kind.addItem(kind_name(kind) if kind else self.tr("Any kind"))
        self.kind.setCurrentIndex(max(0, current))
        self.label.setPlaceholderText(
            self.tr("A measure: label words such as 国内生产总值 增长 or 國防預算; A | B for either")
        )
        self.targets_only.setText(self.tr("Targets only"))
        self.go.setText(self.tr("Compare"))

    def _ensure_chart(self) -> None:
        if self.chart is None:
            from .chart import CompareChart

            self.chart = CompareChart(self)
            self.chart.rowClicked.connect(lambda row: self.rowActivated.emit(row.doc_id, row.start, row.end))
            self.splitter.addWidget(self.chart)
            self.splitter.setSizes([300, 360])

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        bar.addWidget(self.label, 1)
        bar.addWidget(self.kind)
        bar.addWidget(self.targets_only)
        bar.addWidget(self.go)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        self.splitter.addWidget(self.table)
        layout.addWidget(self.splitter, 1)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        for column, width in enumerate((90, 260, 70, 70, 120, 110, 90)):
            self.table.setColumnWidth(column, width)
        self.label.returnPressed.connect(self.run_compare)
        self.go.clicked.connect(self.run_compare)
        self.targets_only.toggled.connect(lambda _: self.run_compare())
        self.kind.activated.connect(lambda _: self.run_compare())
        self.table.activated.connect(self._on_activated)
        self.retranslate()

    def _on_activated(self, index) -> None:
        row = index.data(Qt.UserRole)
        if row is not None:
            self.rowActivated.emit(row.doc_id, row.start, row.end)
