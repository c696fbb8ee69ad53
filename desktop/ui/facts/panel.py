"""The facts panel: a table of the article's facts with kind, text and section filters.

``FactTableModel`` (:mod:`desktop.ui.services.fact_table`, the library's facts tab shows it too) is a
thin adapter over a list of core :class:`Fact`; ``Qt.UserRole`` returns the Fact. Filtering and
sorting go through ``FactFilterProxy`` (:mod:`.filter_proxy`); nothing is refilled when a filter changes.
The table itself, which columns it shows at its width and the header menu, is :mod:`.table_view`.
"""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.facts import Fact
from ..services.fact_table import PANEL_COLUMNS as COLUMN_KEYS
from ..services.fact_table import FactTableModel
from ..services.hints import FittedHint
from .fact_details import HiddenColumnsLine
from .filter_proxy import FactFilterProxy
from .table_view import FactsTable

#: pause in typing before the text filter applies (ms)
FILTER_DEBOUNCE_MS = 120


#: kind filter choices: (label, kinds or None for all)
KIND_FILTERS = (
    (QT_TRANSLATE_NOOP("FactsPanel", "All kinds"), None),
    (QT_TRANSLATE_NOOP("FactsPanel", "Figures"), {"money", "percent", "quantity", "ratio", "multiple", "rank"}),
    (QT_TRANSLATE_NOOP("FactsPanel", "Money"), {"money"}),
    (QT_TRANSLATE_NOOP("FactsPanel", "Percentages"), {"percent"}),
    (QT_TRANSLATE_NOOP("FactsPanel", "Quantities"), {"quantity", "ratio", "multiple", "rank"}),
    (QT_TRANSLATE_NOOP("FactsPanel", "Dates"), {"date"}),
    (QT_TRANSLATE_NOOP("FactsPanel", "Names"), {"person", "organization", "place"}),
    (QT_TRANSLATE_NOOP("FactsPanel", "Terms"), {"term"}),
)


class FactsPanel(QWidget):
    """Emits :attr:`factActivated` with the Fact the user selects."""

    factActivated = Signal(object)
    #: the text filter changed; the facts controller answers with a matcher (script-blind search)
    filterTextChanged = Signal(str)
    #: the user typed a document date (Enter or leaving the field); "" clears it
    documentDateEdited = Signal(str)
    #: the user stopped the model (names and labels) on a long document
    stopRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = FactTableModel(self, columns=COLUMN_KEYS)
        self.proxy = FactFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = FactsTable(self.model, self.proxy, self)
        self.hidden_columns = HiddenColumnsLine(self.table, self)
        self.kind_filter = QComboBox(self)
        self.text_filter = QLineEdit(self)
        self.section_only = QCheckBox(self)
        self.count_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.names_state = QLabel(self)
        self.stop_button = QPushButton(self)
        self.date_label = QLabel(self)
        self.date_edit = QLineEdit(self)
        self.date_source = QLabel(self)
        self._names_state: str | None = None
        self._date_source_key = ""
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DEBOUNCE_MS)
        self._current_part: tuple[int, int] | None = None
        self._setup_ui()
        self._retranslate_ui()

    # -- public API ---------------------------------------------------------
    def set_facts(self, facts: list[Fact]) -> None:
        self.model.set_facts(facts)
        self.progress.hide()
        self._update_count()
        self.table.refit_values()

    def set_names_state(self, state: str | None) -> None:
        """``"running"``: the model is reading the text (figures are shown, names and labels follow);
        ``"stopped"``: the user stopped it; ``None``: done, nothing to say."""
        self._names_state = state
        self.stop_button.setVisible(state == "running")
        self.names_state.setVisible(state is not None)
        if state is None:
            self.progress.hide()
        self._retranslate_state()

    def names_state_text(self) -> str:
        return self.names_state.text() if self.names_state.isVisible() else ""

    def set_document_date(self, date, source: str) -> None:
        """Shows the document's date (a core ``DocumentDate``) and where it came from."""
        self.date_edit.setText(date.iso() if date is not None and date.known else "")
        self._date_source_key = source if date is not None and date.known else ""
        self.date_edit.setStyleSheet("")
        self._retranslate_state()

    def show_date_error(self, message: str) -> None:
        self.date_source.setText(message)
        self.date_edit.setStyleSheet("color: palette(highlighted-text); background: #b3261e;")

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        self.progress.show()

    def set_current_part(self, part: tuple[int, int] | None) -> None:
        """``[start, end)`` in ``Article.text`` under the navigator's current heading (None: no heading)."""
        self._current_part = part
        if self.section_only.isChecked():
            self.proxy.set_part(part or (0, 0))
            self._update_count()

    def set_matcher(self, matcher) -> None:
        self.proxy.set_matcher(matcher)
        self._update_count()

    def selected_facts(self) -> list[Fact]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        return [self.proxy.index(r, 0).data(Qt.UserRole) for r in rows]

    def visible_facts(self) -> list[Fact]:
        return [self.proxy.index(r, 0).data(Qt.UserRole) for r in range(self.proxy.rowCount())]

    def select_fact_at(self, offset: int) -> Fact | None:
        """Select the (visible) fact whose span holds article ``offset``; returns it."""
        for row in range(self.proxy.rowCount()):
            fact = self.proxy.index(row, 0).data(Qt.UserRole)
            if fact.start <= offset < fact.end:
                self.table.selectRow(row)
                self.table.scrollTo(self.proxy.index(row, 0))
                return fact
        return None

    # -- set-up ---------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.setObjectName("factsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        row = QHBoxLayout()
        for _ in KIND_FILTERS:
            self.kind_filter.addItem("")
        self.kind_filter.setObjectName("factKindFilter")
        self.kind_filter.currentIndexChanged.connect(self._on_kind_changed)
        self.text_filter.setObjectName("factTextFilter")
        self.text_filter.setClearButtonEnabled(True)
        # Filtering 60,000 facts of a big report per keystroke would stall typing:
        # the filter follows the text once typing pauses, as search does.
        self._filter_timer.timeout.connect(lambda: self.filterTextChanged.emit(self.text_filter.text()))
        self.text_filter.textChanged.connect(lambda _: self._filter_timer.start())
        self._filter_hint = FittedHint(self.text_filter)  # whole or short, never cut (800×600 in zh_TW)
        self.section_only.setObjectName("factSectionOnly")
        # Its width never raises the dock's minimum: it sits beside the date only when the row has room.
        self.section_only.setMinimumWidth(1)
        self.section_only.toggled.connect(self._on_section_only)
        row.addWidget(self.kind_filter)
        row.addWidget(self.text_filter, 1)
        layout.addLayout(row)
        dates = QHBoxLayout()
        self.date_edit.setObjectName("factDocumentDate")
        self.date_edit.setClearButtonEnabled(True)
        self.date_edit.editingFinished.connect(lambda: self.documentDateEdited.emit(self.date_edit.text()))
        self.date_label.setBuddy(self.date_edit)
        self.date_source.setObjectName("factDocumentDateSource")
        self.date_source.setWordWrap(True)
        dates.addWidget(self.date_label)
        dates.addWidget(self.date_edit)
        dates.addStretch(1)
        # Beside the date, not the filter: in a narrow dock the filter field kept two letters.
        # When the dock is too narrow for both, it takes a line of its own (_place_section_only):
        # sharing the row at 800×600 left the date 28 px, "Y…".
        dates.addWidget(self.section_only)
        self._dates_row = dates
        layout.addLayout(dates)
        self._section_row = QHBoxLayout()
        layout.addLayout(self._section_row)
        # Under the field, not beside it: in a narrow dock a note beside it wrapped to six lines.
        layout.addWidget(self.date_source)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hidden_columns)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        self.names_state.setObjectName("factNamesState")
        # The status line must not widen the dock's minimum while names are found (docks give way
        # in small windows): the label wraps into whatever is left, the progress bar narrows to 48 px.
        self.names_state.setWordWrap(True)
        self.names_state.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        # ...but two lines at most: wrapped into the 0-31 px left at 800×600 it stood 56 px high (zh_TW: ~90)
        # with nothing legible in it, a hole under the table while names were found
        self.names_state.setMaximumHeight(2 * self.names_state.fontMetrics().lineSpacing() + 2)
        self.names_state.hide()
        bottom.addWidget(self.names_state, 1)
        self.stop_button.setObjectName("factStopNames")
        self.stop_button.hide()
        self.stop_button.clicked.connect(self.stopRequested)
        bottom.addWidget(self.stop_button)
        self.progress.setMaximumWidth(160)
        self.progress.setMinimumWidth(48)
        self.progress.setTextVisible(False)
        self.progress.hide()
        bottom.addWidget(self.progress)
        layout.addLayout(bottom)

    def _retranslate_ui(self) -> None:
        self.model.set_display()  # kind names and periods are shown in the new language
        for i, (label, _) in enumerate(KIND_FILTERS):
            self.kind_filter.setItemText(i, QCoreApplication.translate("FactsPanel", label))
        self.kind_filter.setAccessibleName(self.tr("Kind of fact"))
        self._filter_hint.set_texts(self.tr("Filter facts (any script, pinyin)"), self.tr("Filter facts"))
        self.text_filter.setAccessibleName(self.tr("Filter facts"))
        self.section_only.setText(self.tr("This section only"))
        self.table.setAccessibleName(self.tr("Facts"))
        self.hidden_columns.setAccessibleName(self.tr("The current fact's hidden columns"))
        self.hidden_columns.refresh()
        self.date_label.setText(self.tr("Document &date:"))
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date_edit.setAccessibleName(self.tr("Document date"))
        self.date_edit.setToolTip(
            self.tr("The date 今年, 去年, 本月 and 今（5）日 are read against. Clear it to use the document's own.")
        )
        self.stop_button.setText(self.tr("Stop"))
        self._retranslate_state()
        self._fit_date_field()
        self.table.fit_kind_column()
        self._update_count()

    def _retranslate_state(self) -> None:
        if self._names_state == "running":
            self.names_state.setText(self.tr("Finding names and labels…"))
        elif self._names_state == "stopped":
            self.names_state.setText(self.tr("Names and labels stopped: figures and dates only"))
        self.names_state.setToolTip(self.names_state.text())  # whole, however little of it the row shows
        sources = {
            "dateline": self.tr("from the dateline"),
            "title": self.tr("from the title"),
            "feed": self.tr("from the file's date field"),
            "you": self.tr("set by you"),
            "caller": self.tr("given on opening"),
        }
        if self._date_source_key:
            self.date_source.setText(sources.get(self._date_source_key, ""))
        else:
            self.date_source.setText(self.tr("not known: relative dates show Y (this year), Y−1 …"))

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.LanguageChange:
            self._retranslate_ui()
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_section_only()

    def _fit_date_field(self) -> None:
        # a whole date, the clear button and the frame's padding, in this language's font
        metrics = self.date_edit.fontMetrics()
        width = metrics.horizontalAdvance("2024-01-02") + 2 * metrics.horizontalAdvance("中") + 16
        self.date_edit.setMinimumWidth(width)
        self.date_edit.setMaximumWidth(max(120, width))
        self._place_section_only()

    def _place_section_only(self) -> None:
        """ "This section only" beside the date when the row holds both at their size, else on a line below."""
        layout = self.layout()
        margins = layout.contentsMargins()
        spacing = max(self._dates_row.spacing(), 0)
        # the field as the layout sizes it: short of that, the layout took the last 1-2 px from the check box
        # (at 288 px in zh_TW "僅限本節" was cut by its edge; in English at 358-360 px)
        date = self.date_edit
        row = (
            self.date_label.sizeHint().width()
            + max(date.minimumWidth(), min(date.sizeHint().width(), date.maximumWidth()))
            + self.section_only.sizeHint().width()
            + 3 * spacing
            + margins.left()
            + margins.right()
        )
        beside = self.width() >= row
        target = self._dates_row if beside else self._section_row
        if target.indexOf(self.section_only) < 0:
            (self._section_row if beside else self._dates_row).removeWidget(self.section_only)
            target.addWidget(self.section_only)

    def comfortable_width(self) -> int:
        """The panel width that shows Kind, Fact, Value, Label and Period with ~90% of facts whole
        (the first launch sizes the dock to it)."""
        from .columns import FULL_EMS, MIN_EMS

        needed = self.table.needed_widths({**MIN_EMS, **FULL_EMS})
        table = sum(needed[k] for k in ("kind", "text", "value", "label", "period"))
        frame = self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth()
        margins = self.layout().contentsMargins()
        return table + frame + margins.left() + margins.right() + 8

    # -- slots ---------------------------------------------------------------
    def _on_kind_changed(self, index: int) -> None:
        kinds = KIND_FILTERS[index][1] if 0 <= index < len(KIND_FILTERS) else None
        self.proxy.set_kinds(set(kinds) if kinds else None)
        self._update_count()

    def _on_section_only(self, on: bool) -> None:
        self.proxy.set_part((self._current_part or (0, 0)) if on else None)
        self._update_count()

    def _on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        fact = current.data(Qt.UserRole) if current.isValid() else None
        if fact is not None:
            self.factActivated.emit(fact)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%1 of %2 facts").replace("%1", str(shown)).replace("%2", str(total)))
