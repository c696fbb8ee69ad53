"""The facts panel: a table of the article's facts with kind, text and section filters.

``FactTableModel`` (:mod:`desktop.ui.services.fact_table`, the library's facts tab shows it too) is a
thin adapter over a list of core :class:`Fact`; ``Qt.UserRole`` returns the Fact. Filtering and
sorting go through ``FactFilterProxy`` (:mod:`.filter_proxy`); nothing is refilled when a filter changes.
"""

from __future__ import annotations


from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.facts import Fact
from ..services.kinds import KIND_NAMES, kind_name
from ..services.fact_table import PANEL_COLUMNS as COLUMN_KEYS
from ..services.fact_table import FactTableModel
from ..services.tables import set_up_table
from ..services.viewport import KeepsViewportSize
from .filter_proxy import FactFilterProxy

DEFAULT_WIDTHS = (96, 130, 120, 130, 80, 70, 110, 170, 160)
#: pause in typing before the text filter applies (ms)
FILTER_DEBOUNCE_MS = 120
#: the Value column is fitted to its longest value up to this share of the table (the rest goes to Fact
#: and Label); a longer value ends in "…" and is whole in the cell's tooltip
VALUE_SHARE = 0.4
#: the rows measured for the longest value (a big report has 60,000: the first ones in model order)
VALUE_ROWS_MEASURED = 5000


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


class FactsTable(KeepsViewportSize, QTableView):
    """The facts table; says when its viewport is resized (the panel fits the columns to it)."""

    resized = Signal()

    def viewport_resized(self) -> None:
        self.resized.emit()


class FactsPanel(QWidget):
    """Emits :attr:`factActivated` with the Fact the user selects."""

    factActivated = Signal(object)
    #: the text filter changed; the facts controller answers with a matcher (script-blind search)
    filterTextChanged = Signal(str)
    #: the user typed a document date (Enter or leaving the field); "" clears it
    documentDateEdited = Signal(str)
    #: the user stopped the model (names and labels) on a long document
    stopRequested = Signal()
    #: the user showed or hid a column (header menu): {column key: shown}, to be remembered
    columnsChosen = Signal(dict)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.model = FactTableModel(self, columns=COLUMN_KEYS)
        self.proxy = FactFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = FactsTable(self)
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
        self._current_section: int | None = None
        #: the user's own choices from the header menu: column key ► shown (the rest follow the width)
        self.column_choices: dict[str, bool] = {}
        self._setup_ui()
        self._retranslate_ui()

    # -- public API ---------------------------------------------------------
    def set_facts(self, facts: list[Fact]) -> None:
        self.model.set_facts(facts)
        self.progress.hide()
        self._update_count()
        self._refit_values()

    def _refit_values(self) -> None:
        """The values changed (new facts, another number format): measure them again and refit."""
        self._value_width = None
        if not self._user_sized and self.table.viewport_size().width() > 0:
            self.fit_columns()

    def longest_value_width(self) -> int:
        """The width (px) that shows the longest value whole (measured once per set of values)."""
        if self._value_width is None:
            from .columns import CELL_PADDING

            metrics = self.table.fontMetrics()
            rows = self.model.rows()[:VALUE_ROWS_MEASURED]
            texts = {self.model.display_text(r, "value") for r in rows}
            longest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            self._value_width = longest + CELL_PADDING + 4 if longest else 0
        return self._value_width

    def _fit_kind_column(self) -> None:
        """Kind column as wide as its longest translated name; measured from the names, not
        the rows (``resizeColumnToContents`` asks every one of 60,000 rows on a big report)."""
        self.table.horizontalHeader().resizeSection(0, self._kind_width())

    def _kind_width(self) -> int:
        # The swatch is drawn at the style's small-icon size (16 in Fusion). Not asked of the
        # style: the first style() from Python makes PySide build QStyle, ~4 ms of the first paint.
        metrics = self.table.fontMetrics()
        return max(metrics.horizontalAdvance(kind_name(k)) for k in KIND_NAMES) + max(16, metrics.height()) + 24

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

    def set_current_section(self, index: int | None) -> None:
        self._current_section = index
        if self.section_only.isChecked():
            self.proxy.set_section(index)
            self._update_count()

    def set_matcher(self, matcher) -> None:
        self.proxy.set_matcher(matcher)
        self._update_count()

    def selected_facts(self) -> list[Fact]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        return [self.proxy.index(r, 0).data(Qt.UserRole) for r in rows]

    def visible_facts(self) -> list[Fact]:
        return [self.proxy.index(r, 0).data(Qt.UserRole) for r in range(self.proxy.rowCount())]

    def visible_columns(self) -> list[str]:
        """The columns copies and exports carry, in the table's order: all but those the user hid
        (a column left out only because the panel is narrow is still copied)."""
        header = self.table.horizontalHeader()
        order = sorted(range(len(COLUMN_KEYS)), key=header.visualIndex)
        return [COLUMN_KEYS[c] for c in order if self.column_choices.get(COLUMN_KEYS[c]) is not False]

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
        self.table.setObjectName("factsTable")
        header = set_up_table(self.table, self.proxy, DEFAULT_WIDTHS)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header.setSectionsMovable(True)
        self._fitting = False
        self._value_width: int | None = None  # longest_value_width(), measured when first asked
        self._value_timer = QTimer(self, singleShot=True, interval=0)
        self._value_timer.timeout.connect(self._refit_values)
        self.model.dataChanged.connect(self._value_timer.start)  # set_display: the values' text may change
        self._user_sized = False  # once the user drags a column, the widths are theirs
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.column_menu().exec(header.mapToGlobal(pos)))
        # The table's own viewport, not the panel: when the panel hears of a resize its
        # layout may not have resized the table yet (columns were fitted into 98 px of 430).
        self.table.resized.connect(self._on_table_resized)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row)
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        self.names_state.setObjectName("factNamesState")
        # The status line must not widen the dock's minimum while names are found (docks give way
        # in small windows): the label wraps into whatever is left, the progress bar narrows to 48 px.
        self.names_state.setWordWrap(True)
        self.names_state.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
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
        self.text_filter.setPlaceholderText(self.tr("Filter facts (any script, pinyin)"))
        self.text_filter.setAccessibleName(self.tr("Filter facts"))
        self.section_only.setText(self.tr("This section only"))
        self.table.setAccessibleName(self.tr("Facts"))
        self.date_label.setText(self.tr("Document &date:"))
        self.date_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.date_edit.setAccessibleName(self.tr("Document date"))
        self.date_edit.setToolTip(
            self.tr("The date 今年, 去年, 本月 and 今（5）日 are read against. Clear it to use the document's own.")
        )
        self.stop_button.setText(self.tr("Stop"))
        self._retranslate_state()
        self._fit_date_field()
        self._fit_kind_column()
        self._update_count()

    def _retranslate_state(self) -> None:
        if self._names_state == "running":
            self.names_state.setText(self.tr("Finding names and labels…"))
        elif self._names_state == "stopped":
            self.names_state.setText(self.tr("Names and labels stopped: figures and dates only"))
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
        row = (
            self.date_label.sizeHint().width()
            + self.date_edit.minimumWidth()
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

    def _on_table_resized(self) -> None:
        if not self._user_sized:
            self.fit_columns()

    def fit_columns(self) -> None:
        """Show the columns that fit the table's width, each wide enough to read (``columns.py``), and
        share what is left in the default proportions; the others are a click away in the header menu."""
        from .columns import choose_columns, share_widths

        header = self.table.horizontalHeader()
        available = self.table.viewport_size().width()
        if available <= 0:
            return
        from .columns import FULL_EMS, MIN_EMS

        # Fact, Value, Label and Period get their full widths before another column is added;
        # below that, every column shown gets at least what it needs to be read.
        full, needed = self.needed_widths({**MIN_EMS, **FULL_EMS}), self.needed_widths()
        # Value's full width shows its longest value, up to VALUE_SHARE of the table: it comes before
        # the columns after it in PRIORITY (Period, Kind…), as Fact's and Label's do.
        fitted = min(self.longest_value_width(), int(available * VALUE_SHARE))
        full["value"] = max(full["value"], fitted)
        shown = choose_columns(full, available, self.column_choices)
        if sum(full[k] for k in shown) <= available:
            needed = full
        self._fitting = True
        try:
            for c, key in enumerate(COLUMN_KEYS):
                header.setSectionHidden(c, key not in shown)
            if self._user_sized:
                return
            visible = sorted((COLUMN_KEYS.index(k) for k in shown), key=header.visualIndex)
            weights = dict(zip(COLUMN_KEYS, DEFAULT_WIDTHS))
            # The Value column as wide as its longest value (up to VALUE_SHARE of the table) when it
            # has the room; a narrow table gives it what is spare. At 1600 px "690 million…" was cut.
            spare = available - sum(needed[k] for k in shown)
            if "value" in shown and fitted >= needed["value"]:
                needed, weights["value"] = {**needed, "value": min(fitted, needed["value"] + max(0, spare))}, 0
            widths = share_widths(needed, shown, available, weights)
            # The last column takes the rest (the header stretches it); it never gets less than it needs.
            widths[COLUMN_KEYS[visible[-1]]] = max(
                needed[COLUMN_KEYS[visible[-1]]], available - sum(widths[COLUMN_KEYS[c]] for c in visible[:-1])
            )
            for c in visible:
                header.resizeSection(c, widths[COLUMN_KEYS[c]])
        finally:
            self._fitting = False

    def needed_widths(self, ems=None) -> dict[str, int]:
        """Per column key, the width below which its header or content would be cut (px)."""
        from .columns import MIN_EMS, needed_widths

        model, metrics = self.model, self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()

        def header_width(key: str) -> int:
            text = model.headerData(COLUMN_KEYS.index(key), Qt.Horizontal, Qt.DisplayRole) or ""
            return header_metrics.horizontalAdvance(str(text))

        em = metrics.horizontalAdvance("中")
        return needed_widths(COLUMN_KEYS, header_width, em, self._kind_width(), ems or MIN_EMS)

    def comfortable_width(self) -> int:
        """The panel width that shows Kind, Fact, Value, Label and Period with ~90% of facts whole
        (the first launch sizes the dock to it)."""
        from .columns import FULL_EMS, MIN_EMS

        needed = self.needed_widths({**MIN_EMS, **FULL_EMS})
        table = sum(needed[k] for k in ("kind", "text", "value", "label", "period"))
        frame = self.table.verticalScrollBar().sizeHint().width() + 2 * self.table.frameWidth()
        margins = self.layout().contentsMargins()
        return table + frame + margins.left() + margins.right() + 8

    def column_menu(self):
        """The header's menu: every column, checked when shown; a choice here is the user's."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self)
        header = self.table.horizontalHeader()
        for c, key in enumerate(COLUMN_KEYS):
            action = menu.addAction(str(self.model.headerData(c, Qt.Horizontal, Qt.DisplayRole)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(c))
            action.setObjectName(f"column_{key}")
            action.toggled.connect(lambda on, k=key: self.choose_column(k, on))
        menu.addSeparator()
        fit = menu.addAction(self.tr("Columns That Fit"))
        fit.setObjectName("column_fit")
        fit.triggered.connect(lambda: self.set_column_choices({}, announce=True))
        return menu

    def choose_column(self, key: str, shown: bool) -> None:
        self.set_column_choices({**self.column_choices, key: shown}, announce=True)

    def set_column_choices(self, choices: dict, *, announce: bool = False) -> None:
        self.column_choices = {k: bool(v) for k, v in choices.items() if k in COLUMN_KEYS}
        self._user_sized = False
        self.fit_columns()
        if announce:
            self.columnsChosen.emit(dict(self.column_choices))

    def _on_section_resized(self, *_args) -> None:
        # Only a drag by the user (a mouse button is down) makes the widths theirs.
        if not self._fitting and QApplication.mouseButtons() & Qt.LeftButton:
            self._user_sized = True

    # -- slots ---------------------------------------------------------------
    def _on_kind_changed(self, index: int) -> None:
        kinds = KIND_FILTERS[index][1] if 0 <= index < len(KIND_FILTERS) else None
        self.proxy.set_kinds(set(kinds) if kinds else None)
        self._update_count()

    def _on_section_only(self, on: bool) -> None:
        self.proxy.set_section(self._current_section if on else None)
        self._update_count()

    def _on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        fact = current.data(Qt.UserRole) if current.isValid() else None
        if fact is not None:
            self.factActivated.emit(fact)

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(self.tr("%1 of %2 facts").replace("%1", str(shown)).replace("%2", str(total)))
