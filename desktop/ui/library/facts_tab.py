"""Facts across every document: filters by kind, label, value range and text; copy and export."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, QT_TRANSLATE_NOOP
from PySide6.QtGui import QDoubleValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import clipboard
from ..services.fact_table import LIBRARY_COLUMNS, FactTableModel
from ..services.hints import FittedHint
from ..services.kinds import kind_column_width
from ..services.tables import set_up_table
from .proxies import RecordFilterProxy

KIND_FILTERS = (
    (QT_TRANSLATE_NOOP("LibraryFacts", "All kinds"), None),
    (QT_TRANSLATE_NOOP("LibraryFacts", "Figures"), {"money", "percent", "quantity", "ratio", "multiple", "rank"}),
    (QT_TRANSLATE_NOOP("LibraryFacts", "Money"), {"money"}),
    (QT_TRANSLATE_NOOP("LibraryFacts", "Percentages"), {"percent"}),
    (QT_TRANSLATE_NOOP("LibraryFacts", "Quantities"), {"quantity", "ratio", "multiple", "rank"}),
    (QT_TRANSLATE_NOOP("LibraryFacts", "Dates"), {"date"}),
    (QT_TRANSLATE_NOOP("LibraryFacts", "Names"), {"person", "organization", "place"}),
    (QT_TRANSLATE_NOOP("LibraryFacts", "Terms"), {"term"}),
)
FILTER_DEBOUNCE_MS = 150
#: where the kind of fact is, among LIBRARY_COLUMNS
KIND_COLUMN = LIBRARY_COLUMNS.index("kind")


class FactsTab(QWidget):
    """Emits :attr:`factActivated` ``(doc_id, start, end)`` and :attr:`compareRequested` with a fact record."""

    factActivated = Signal(int, int, int)
    compareRequested = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = FactTableModel(self, columns=LIBRARY_COLUMNS, notes=False)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.kind = QComboBox(self)
        self.label = QLineEdit(self)
        self.text = QLineEdit(self)
        self.low = QLineEdit(self)
        self.high = QLineEdit(self)
        self.count = QLabel(self)
        self.compare_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.table = QTableView(self)
        self.table.setObjectName("libraryFactsTable")
        self._timer = QTimer(self, singleShot=True, interval=FILTER_DEBOUNCE_MS)
        # whole or short, never cut: at 800×600 in English they read "Meas…" and "Filter docume…"
        self._label_hint, self._text_hint = FittedHint(self.label), FittedHint(self.text)
        self._setup_ui()

    def set_facts(self, records: list) -> None:
        self.model.set_facts(records)
        self._update_count()

    def selected_records(self) -> list:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows()[r] for r in rows]

    def visible_records(self) -> list:
        return [
            self.model.rows()[self.proxy.mapToSource(self.proxy.index(r, 0)).row()]
            for r in range(self.proxy.rowCount())
        ]

    def copy_selected(self) -> None:
        """TSV, HTML and JSON at once, with the document and date before the usual columns."""
        records = self.selected_records() or self.visible_records()
        if not records:
            return
        from ...core.export import clipboard_payload

        facts, columns = self._export_input(records)
        clipboard.put(clipboard_payload(facts, columns=columns))

    def export(self, path: str | None = None) -> None:
        from ...core.export import ExportError, format_for_path, write_export

        records = self.visible_records()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export Facts"),
                "facts.csv",
                self.tr("CSV (*.csv);;TSV (*.tsv);;HTML (*.html);;Markdown (*.md);;JSON (*.json)"),
            )
        if not path:
            return
        facts, columns = self._export_input(records)
        try:
            write_export(path, facts, format_for_path(path) or "csv", columns=columns, overwrite=True)
        except (ExportError, OSError) as err:
            QMessageBox.warning(self, self.tr("Export Facts"), str(err))

    def retranslate(self) -> None:
        current = self.kind.currentIndex()
        self.kind.clear()
        for text, _ in KIND_FILTERS:  # in the table's own context: self.tr() looked in FactsTab's, and missed
            self.kind.addItem(QCoreApplication.translate("LibraryFacts", text))
        self.kind.setCurrentIndex(max(0, current))
        self._label_hint.set_texts(self.tr("Measure (label words)"), self.tr("Measure"))
        self._text_hint.set_texts(self.tr("Filter documents, facts, labels"), self.tr("Filter"))
        self.low.setPlaceholderText(self.tr("Value from"))
        self.high.setPlaceholderText(self.tr("to"))
        self.compare_button.setText(self.tr("Compare Across Documents"))
        self.compare_button.setToolTip(self.tr("The same measure in every document, as a table and a chart"))
        self.export_button.setText(self.tr("Export…"))
        # the longest kind whole in this language: at 80 px English read "Organisat…" (中文 fits in 80)
        self.table.horizontalHeader().resizeSection(
            KIND_COLUMN, kind_column_width(self.table.fontMetrics(), swatch=False)
        )
        self._update_count()

    def _export_input(self, records: list):
        from ...core.export import DEFAULT_COLUMNS, Column, resolve_columns

        facts = [r.fact for r in records]
        by_fact = {id(r.fact): r for r in records}
        document = Column("document", self.tr("Document"), lambda f, t: t(by_fact[id(f)].title or ""))
        date = Column("date", self.tr("Date"), lambda f, t: str(by_fact[id(f)].date or ""))
        return facts, [document, date, *resolve_columns(DEFAULT_COLUMNS)]

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        for w, stretch in (
            (self.kind, 0),
            (self.label, 1),
            (self.text, 2),
            (self.low, 0),
            (self.high, 0),
            (self.compare_button, 0),
            (self.export_button, 0),
        ):
            bar.addWidget(w, stretch)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        for field in (self.low, self.high):
            field.setValidator(QDoubleValidator(field))
            field.setMaximumWidth(110)
        set_up_table(self.table, self.proxy, (230, 90, 80, 110, 120, 160))
        self.kind.currentIndexChanged.connect(
            lambda i: (
                self.proxy.set_kinds(KIND_FILTERS[i][1] if 0 <= i < len(KIND_FILTERS) else None) or self._update_count()
            )
        )
        for field in (self.label, self.text, self.low, self.high):
            field.textChanged.connect(lambda _: self._timer.start())
        self._timer.timeout.connect(self._apply_filters)
        self.table.activated.connect(self._on_activated)
        self.compare_button.clicked.connect(self._on_compare)
        self.export_button.clicked.connect(lambda: self.export())
        QShortcut(QKeySequence.Copy, self.table, self.copy_selected, context=Qt.WidgetWithChildrenShortcut)
        self.retranslate()

    def _apply_filters(self) -> None:
        self.proxy.set_text(self.text.text())
        self.proxy.set_label(self.label.text())
        self.proxy.set_value_range(_number(self.low.text()), _number(self.high.text()))
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("%1 of %2 facts").replace("%1", f"{shown:,}").replace("%2", f"{total:,}"))

    def _on_activated(self, index) -> None:
        record = index.data(Qt.UserRole)
        if record:
            self.factActivated.emit(record.doc_id, record.fact.start, record.fact.end)

    def _on_compare(self) -> None:
        records = self.selected_records()
        if records and records[0].fact.label:
            self.compareRequested.emit(records[0])


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", "")) if text.strip() else None
    except ValueError:
        return None
