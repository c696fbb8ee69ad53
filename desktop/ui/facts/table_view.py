"""The facts panel's table: which columns it shows at its width, how wide each is, and the header
menu where the user shows or hides one.

The arithmetic (what a column needs to be read, which columns fit, how the rest is shared) is
:mod:`.columns`; this view measures its fonts and values, applies the result to its header and
keeps the user's own choices. Until the user drags a column, the widths follow the table's
width; after that they are the user's.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTableView

from ..services.fact_table import PANEL_COLUMNS as COLUMN_KEYS
from ..services.fact_table import FactTableModel
from ..services.kinds import kind_column_width
from ..services.tables import set_up_table
from ..services.viewport import KeepsViewportSize

DEFAULT_WIDTHS = (96, 130, 120, 130, 80, 70, 110, 170, 160)
#: the Value column is fitted to its longest value up to this share of the table (the rest goes to Fact
#: and Label); a longer value ends in "…" and is whole in the cell's tooltip
VALUE_SHARE = 0.4
#: the rows measured for the longest value (a big report has 60,000: the first ones in model order)
VALUE_ROWS_MEASURED = 5000


class FactsTable(KeepsViewportSize, QTableView):
    """The facts table over ``proxy`` (which filters ``model``); it fits its columns to its viewport."""

    #: the user showed or hid a column (header menu): {column key: shown}, to be remembered
    columnsChosen = Signal(dict)
    #: the columns were fitted to the width again (some may have been shown or hidden)
    columnsFitted = Signal()

    def __init__(self, model: FactTableModel, proxy, parent=None) -> None:
        super().__init__(parent)
        self._facts_model = model
        #: the user's own choices from the header menu: column key ► shown (the rest follow the width)
        self.column_choices: dict[str, bool] = {}
        self._fitting = False
        self._value_width: int | None = None  # longest_value_width(), measured when first asked
        self._user_sized = False  # once the user drags a column, the widths are theirs
        self._setup_ui(proxy)

    def _setup_ui(self, proxy) -> None:
        self.setObjectName("factsTable")
        header = set_up_table(self, proxy, DEFAULT_WIDTHS)
        self.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header.setSectionsMovable(True)
        self._value_timer = QTimer(self, singleShot=True, interval=0)
        self._value_timer.timeout.connect(self.refit_values)
        self._facts_model.dataChanged.connect(self._value_timer.start)  # set_display: the values' text may change
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.CustomContextMenu)
        header.customContextMenuRequested.connect(lambda pos: self.column_menu().exec(header.mapToGlobal(pos)))

    # The table's own viewport, not the panel: when the panel hears of a resize its
    # layout may not have resized the table yet (columns were fitted into 98 px of 430).
    def viewport_resized(self) -> None:
        if not self._user_sized:
            self.fit_columns()

    def refit_values(self) -> None:
        """The values changed (new facts, another number format): measure them again and refit."""
        self._value_width = None
        if not self._user_sized and self.viewport_size().width() > 0:
            self.fit_columns()

    @property
    def facts_model(self) -> FactTableModel:
        return self._facts_model

    def longest_value_width(self) -> int:
        """The width (px) that shows the longest value whole (measured once per set of values)."""
        if self._value_width is None:
            from .columns import CELL_PADDING

            metrics = self.fontMetrics()
            rows = self._facts_model.rows()[:VALUE_ROWS_MEASURED]
            texts = {self._facts_model.display_text(r, "value") for r in rows}
            longest = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            self._value_width = longest + CELL_PADDING + 4 if longest else 0
        return self._value_width

    def fit_kind_column(self) -> None:
        """Kind column as wide as its longest translated name; measured from the names, not
        the rows (``resizeColumnToContents`` asks every one of 60,000 rows on a big report)."""
        self.horizontalHeader().resizeSection(0, self._kind_width())

    def _kind_width(self) -> int:
        return kind_column_width(self.fontMetrics())

    def visible_columns(self) -> list[str]:
        """The columns copies and exports carry, in the table's order: all but those the user hid
        (a column left out only because the panel is narrow is still copied)."""
        header = self.horizontalHeader()
        order = sorted(range(len(COLUMN_KEYS)), key=header.visualIndex)
        return [COLUMN_KEYS[c] for c in order if self.column_choices.get(COLUMN_KEYS[c]) is not False]

    def fit_columns(self) -> None:
        """Show the columns that fit the table's width, each wide enough to read (``columns.py``), and
        share what is left in the default proportions; the others are a click away in the header menu."""
        from .columns import choose_columns, share_widths

        header = self.horizontalHeader()
        available = self.viewport_size().width()
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
            self.columnsFitted.emit()

    def needed_widths(self, ems=None) -> dict[str, int]:
        """Per column key, the width below which its header or content would be cut (px)."""
        from .columns import MIN_EMS, needed_widths

        model, metrics = self._facts_model, self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()

        def header_width(key: str) -> int:
            text = model.headerData(COLUMN_KEYS.index(key), Qt.Horizontal, Qt.DisplayRole) or ""
            return header_metrics.horizontalAdvance(str(text))

        em = metrics.horizontalAdvance("中")
        return needed_widths(COLUMN_KEYS, header_width, em, self._kind_width(), ems or MIN_EMS)

    def column_menu(self):
        """The header's menu: every column, checked when shown; a choice here is the user's."""
        from PySide6.QtWidgets import QMenu

        menu = QMenu(QCoreApplication.translate("FactsPanel", "&Columns"), self)  # also in the table's menu
        menu.setObjectName("factColumnsMenu")
        header = self.horizontalHeader()
        for c, key in enumerate(COLUMN_KEYS):
            action = menu.addAction(str(self._facts_model.headerData(c, Qt.Horizontal, Qt.DisplayRole)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(c))
            action.setObjectName(f"column_{key}")
            action.toggled.connect(lambda on, k=key: self.choose_column(k, on))
        menu.addSeparator()
        fit = menu.addAction(QCoreApplication.translate("FactsPanel", "Columns That Fit"))  # the panel's words
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
