"""Compare one measure across documents: each year's target beside its outcome, every figure, a chart.

The measure is asked for as people ask (:mod:`desktop.core.library.measures`): in either script, with
or without spaces, in English; as the user types, the library's labels are suggested with their
counts. The comparison can be taken away (:mod:`.compare_actions`): copied, exported, drawn to a file.

Comparisons and suggestions run in workers through :class:`~desktop.ui.services.tasks.Latest` on the
window's :class:`.worker_library.WorkerLibrary`: the window never waits for the store, a newer request
stops the one running there, only the latest request's answer is shown, and a failure is said as a sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QHeaderView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..services import tasks
from ..services.kinds import kind_name
from ..services.tables import set_up_table
from .compare_actions import CompareActions
from .models import CompareModel, YearsModel
from .proxies import RecordFilterProxy

#: kinds a measure can be compared in ("" = the kind most matches have)
COMPARE_KINDS = ("", "percent", "money", "quantity", "ratio", "multiple")
SUGGEST_DEBOUNCE_MS = 200
#: the years table's year, target, outcome and gap columns at first (px); each widens to its values
YEAR_WIDTHS = (60, 110, 110, 70)


def _compare(library, label: str, kind, roles, glossary):
    from ...core.library.compare import compare

    return compare(library, label, kind=kind, roles=roles, glossary=glossary)


def _suggestions(library, text: str):
    from ...core.library.measures import suggestions

    return suggestions(library, text)


class CompareTab(QWidget):
    """Emits :attr:`rowActivated` ``(doc_id, start, end)``; :attr:`answered` when a comparison (or its
    failure, as :attr:`failed` ``(sentence)``) is shown, :attr:`suggestionsShown` when suggestions are."""

    rowActivated = Signal(int, int, int)
    answered = Signal()
    failed = Signal(str)
    suggestionsShown = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.library = None  # a WorkerLibrary
        self.series = None
        self.glossary = None  # CC-CEDICT for English queries, when the window has one
        self.label = QLineEdit(self)
        self.label.setObjectName("compareLabel")
        self.suggested = QStringListModel(self)
        self.completer = QCompleter(self.suggested, self)
        self.completer.setCompletionMode(QCompleter.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseInsensitive)
        self.label.setCompleter(self.completer)
        self._suggest_timer = QTimer(self, singleShot=True, interval=SUGGEST_DEBOUNCE_MS)
        self.kind = QComboBox(self)
        self.targets_only = QCheckBox(self)
        self.go = QPushButton(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = CompareModel(self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.years_model = YearsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("compareTable")
        self.years_table = QTableView(self)
        self.years_table.setObjectName("compareYearsTable")
        self.views = QTabWidget(self)
        self.splitter = QSplitter(Qt.Vertical, self)
        self.chart = None  # made on first use: pyqtgraph stays unloaded until a chart is wanted
        self.actions = CompareActions(self)
        self._latest = tasks.Latest(self, self._on_series, self._on_error)
        self._latest_suggestions = tasks.Latest(self, self._on_suggestions, self._on_error)
        self._asked = ""
        self._suggestion_labels: dict[str, str] = {}
        self._picked = False  # a suggestion was moved to with the keys since the list opened
        self._setup_ui()

    def set_library(self, library) -> None:
        """``library``: the window's :class:`.worker_library.WorkerLibrary`."""
        self.library = library
        if self.label.text().strip():
            self.run_compare()

    def compare(self, label: str, kind: str | None = None) -> None:
        """Show the series of ``label`` (and ``kind``, or the usual kind of its figures)."""
        self.label.setText(label)
        self.kind.setCurrentIndex(COMPARE_KINDS.index(kind) if kind in COMPARE_KINDS else 0)
        self.run_compare()

    def run_compare(self) -> None:
        """Compare the measure in the field; the series comes from a worker."""
        label = self.label.text().strip()
        if not label or self.library is None:
            return
        from ...core.library.compare_rows import ROLES

        # Asked for: the suggestions of what was typed are no longer wanted (they opened over the answer
        # when Return came within the pause before they are looked for).
        self._suggest_timer.stop()
        self._latest_suggestions.cancel()
        kind = COMPARE_KINDS[self.kind.currentIndex()] or None
        roles = ("target",) if self.targets_only.isChecked() else ROLES
        self._asked = label
        self.summary.setText(self.tr("Comparing…"))
        job = self.library.job(_compare, label, kind, roles, self.glossary)
        self._latest.start(job).when_cancelled(job.interrupt)  # a newer comparison stops this one in the store

    def is_comparing(self) -> bool:
        return not self._latest.is_idle()

    def _on_series(self, series) -> None:
        self.series = series
        self.model.set_rows(series.rows)
        self.years_model.set_rows(series.years())
        self.summary.setText(self._summary(self._asked))
        if series.rows or self.chart is not None:
            self._ensure_chart()
            self.chart.setVisible(bool(series.rows))
            names = {
                "target": self.tr("target"),
                "forecast": self.tr("forecast"),
                "result": self.tr("outcome"),
                "change": self.tr("change"),
                "level": self.tr("level or share"),
            }
            self.chart.show_series(series, names, (self.tr("Year"), self.tr("Value")))
        self.answered.emit()

    def _on_error(self, err: BaseException) -> None:
        sentence = tasks.describe(err)
        self.summary.setText(sentence)
        self.failed.emit(sentence)
        self.answered.emit()

    def _summary(self, label: str) -> str:
        series = self.series
        if not series.rows:
            return self.tr("No document states a figure for “%1”.").replace("%1", label)
        documents = len({r.doc_id for r in series.rows})
        years = series.years()
        targets = sum(1 for y in years if y.target is not None)
        outcomes = sum(1 for y in years if y.result is not None)
        text = (
            self.tr("%1 documents · %2 years with a target · %3 with an outcome · %4")
            .replace("%1", str(documents))
            .replace("%2", str(targets))
            .replace("%3", str(outcomes))
            .replace("%4", kind_name(series.kind or ""))
        )
        if series.alternatives and series.alternatives != [label]:
            text += " · " + self.tr("looked for: %1").replace("%1", " | ".join(series.alternatives))
        return text

    def suggest(self) -> None:
        """The library's labels holding what is typed, with their counts (most facts first), from a worker."""
        text = self.label.text().strip()
        if self.library is None or not text:
            self._latest_suggestions.cancel()
            self.suggested.setStringList([])
            return
        job = self.library.job(_suggestions, text)
        self._latest_suggestions.start(job).when_cancelled(job.interrupt)

    def _on_suggestions(self, found: list) -> None:
        self._suggestion_labels = {self._suggestion_text(label, n): label for label, n in found}
        self.suggested.setStringList(list(self._suggestion_labels))
        if found and self.label.hasFocus():
            self.completer.complete()
            self._none_current()
        self.suggestionsShown.emit()

    @staticmethod
    def _suggestion_text(label: str, count: int) -> str:
        return f"{label}  ·  {count}" if count else label

    def eventFilter(self, watched, event) -> bool:
        # Qt highlights the first suggestion that starts with what was typed, and Return took it: 國防預算
        # and Return compared 國防預算 占GDP. Return compares what was typed unless a suggestion was picked,
        # so the list opens with no suggestion current: what is drawn is what Return takes (Down takes the first).
        if watched is self.completer.popup():
            if event.type() == QEvent.Show:
                self._none_current()
            elif event.type() == QEvent.KeyPress:
                if event.key() in (Qt.Key_Up, Qt.Key_Down, Qt.Key_PageUp, Qt.Key_PageDown):
                    self._picked = True
                elif event.key() in (Qt.Key_Return, Qt.Key_Enter) and not self._picked:
                    self.completer.popup().hide()
                    self.run_compare()
                    return True
        return super().eventFilter(watched, event)

    def _none_current(self) -> None:
        """No suggestion current (complete() makes the first that starts with what was typed current)."""
        self._picked = False
        self.completer.popup().selectionModel().clear()

    def _on_suggestion(self, text: str) -> None:
        label = self._suggestion_labels.get(text, text)
        QTimer.singleShot(0, lambda: (self.label.setText(label), self.run_compare()))

    def retranslate(self) -> None:
        current = self.kind.currentIndex()
        self.kind.clear()
        for kind in COMPARE_KINDS:
            self.kind.addItem(kind_name(kind) if kind else self.tr("Any kind"))
        self.kind.setCurrentIndex(max(0, current))
        self.label.setPlaceholderText(
            self.tr("A measure: 国内生产总值增长, 國防預算, GDP growth target, CPI; A | B for either")
        )
        self.targets_only.setText(self.tr("Targets only"))
        self.go.setText(self.tr("Compare"))
        self.views.setTabText(0, self.tr("Target and outcome by year"))
        self.views.setTabText(1, self.tr("Every figure"))
        self.actions.retranslate()

    def current_table(self) -> QTableView:
        return self.years_table if self.views.currentIndex() == 0 else self.table

    def selected_rows(self) -> list:
        """The figures selected in the table shown (a year gives its target and its outcome)."""
        table = self.current_table()
        picked = sorted({i.row() for i in table.selectionModel().selectedRows()})
        records = [table.model().index(r, 0).data(Qt.UserRole) for r in picked]
        if table is self.years_table:
            return [part for y in records for part in (y.target, y.result) if part is not None]
        return records

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
        bar.addWidget(self.actions.menu_button)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        self.views.addTab(self.years_table, "")
        self.views.addTab(self.table, "")
        self.splitter.addWidget(self.views)
        layout.addWidget(self.splitter, 1)
        set_up_table(self.table, self.proxy, (60, 80, 90, 70, 80, 220, 70, 110, 90))
        years = set_up_table(self.years_table, self.years_model, YEAR_WIDTHS, sortable=False)
        self.years_model.modelReset.connect(self._fit_years)
        # The documents a target and an outcome come from share the rest: at 1600 px "Target from" was cut
        # at 240 px ("2013年中华人民共和国国务院政府工作…") beside an "Outcome from" 1,000 px wide and half empty.
        for column in (4, 5):
            years.setSectionResizeMode(column, QHeaderView.Stretch)
        for table in (self.table, self.years_table):
            table.activated.connect(self._on_activated)
            self.actions.attach(table)
        self.label.returnPressed.connect(self.run_compare)
        self.label.textEdited.connect(lambda _: self._suggest_timer.start())
        self._suggest_timer.timeout.connect(self.suggest)
        self.completer.activated[str].connect(self._on_suggestion)
        self.completer.popup().installEventFilter(self)  # after the completer's own: asked first
        self.go.clicked.connect(self.run_compare)
        self.targets_only.toggled.connect(lambda _: self.run_compare())
        self.kind.activated.connect(lambda _: self.run_compare())
        self.retranslate()

    def _fit_years(self) -> None:
        """Year, target, outcome and gap as wide as their values, never narrower than at first: at 70 px the
        gap of 預算 over the Taiwan releases read "+885億…" (its values are written whole, ``+885億 TWD``)."""
        table = self.years_table
        header = table.horizontalHeader()
        for column, least in enumerate(YEAR_WIDTHS):
            header.resizeSection(column, max(least, table.sizeHintForColumn(column), header.sectionSizeHint(column)))

    def _on_activated(self, index) -> None:
        record = index.data(Qt.UserRole)
        row = getattr(record, "result", None) or getattr(record, "target", None) if hasattr(record, "gap") else record
        if row is not None:
            self.rowActivated.emit(row.doc_id, row.start, row.end)
