"""The Glossary window: the team's names and terms with their English — add, change, remove, import, export,
and which glossary to use (the personal one, or a library's, which everyone sharing it shares)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..services import settings as keys
from ..services.kinds import kind_name
from ..services.team_glossary import GlossaryProblem, TeamGlossary

_FILE_FILTER = "Glossary (*.csv *.tbx);;CSV (*.csv);;TBX (*.tbx)"


class GlossaryWindow(QDialog):
    """One per app (:meth:`show_for`); it follows the glossary's changes from any window."""

    _open: "GlossaryWindow | None" = None

    def __init__(self, glossary: TeamGlossary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.glossary = glossary
        self.where = QLabel(self)
        self.choose = QPushButton(self)
        self.filter = QLineEdit(self)
        self.table = QTableWidget(0, 4, self)
        self.problem = QLabel(self)
        self.add_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.export_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self._setup_ui()
        glossary.changed.connect(self.refresh)
        self.refresh()

    @classmethod
    def show_for(cls, glossary: TeamGlossary, parent: QWidget | None = None) -> "GlossaryWindow":
        if cls._open is None or cls._open.glossary is not glossary:
            cls._open = cls(glossary, parent)
        cls._open.show()
        cls._open.raise_()
        cls._open.activateWindow()
        return cls._open

    def _setup_ui(self) -> None:
        self.setObjectName("glossaryWindow")
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(720, 480)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.where.setWordWrap(True)
        top.addWidget(self.where, 1)
        self.choose.setText(self.tr("&Use…"))
        self.choose.clicked.connect(self._choose_menu)
        top.addWidget(self.choose)
        layout.addLayout(top)
        self.filter.setObjectName("glossaryFilter")
        self.filter.setPlaceholderText(self.tr("Filter (either script, or English)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        layout.addWidget(self.filter)
        self.table.setObjectName("glossaryTable")
        self.table.setHorizontalHeaderLabels([self.tr("Term"), self.tr("English"), self.tr("Kind"), self.tr("Note")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Glossary entries"))
        self.table.doubleClicked.connect(lambda _: self.edit_selected())
        layout.addWidget(self.table, 1)
        self.problem.setObjectName("glossaryWindowProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QHBoxLayout()
        for button, text, slot in (
            (self.add_button, self.tr("&Add…"), self.add_entry),
            (self.edit_button, self.tr("&Change…"), self.edit_selected),
            (self.remove_button, self.tr("&Remove"), self.remove_selected),
            (self.import_button, self.tr("&Import…"), self.import_dialog),
            (self.export_button, self.tr("E&xport…"), self.export_dialog),
        ):
            button.setText(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.close_button.setText(self.tr("Close"))
        self.close_button.clicked.connect(self.close)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        for key, slot in (
            (QKeySequence.New, self.add_entry),
            (QKeySequence.Delete, self.remove_selected),
            (QKeySequence.Find, self.filter.setFocus),
        ):
            QShortcut(key, self, slot)
        QShortcut(QKeySequence("Ctrl+I"), self, self.import_dialog)
        QShortcut(QKeySequence("Ctrl+E"), self, self.export_dialog)
        QShortcut(QKeySequence(Qt.Key_Return), self.table, self.edit_selected, context=Qt.WidgetShortcut)

    # -- showing -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        terms = self.glossary.terms()
        entries = terms.entries()
        self.where.setText(self.tr("Kept in: %1").replace("%1", self.glossary.name()))
        error = self.glossary.error()
        self._say(error)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            for col, text in enumerate(
                (entry.term, entry.english, kind_name(entry.kind) if entry.kind else "", entry.note)
            ):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, entry.term)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self._apply_filter(self.filter.text())

    def _apply_filter(self, text: str) -> None:
        text = text.strip()
        if not text:
            for row in range(self.table.rowCount()):
                self.table.setRowHidden(row, False)
            return
        from ...core.search import TextMatcher

        matches = TextMatcher(text).matches
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, col).text() for col in range(4)]
            self.table.setRowHidden(row, not any(matches(c) for c in cells))

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def selected_terms(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [self.table.item(r, 0).data(Qt.UserRole) for r in rows if not self.table.isRowHidden(r)]

    # -- changing ------------------------------------------------------------------------------------
    def add_entry(self) -> None:
        from ..services.term_dialog import ask_to_add

        ask_to_add(self.glossary, self, "", "")

    def edit_selected(self) -> None:
        terms = self.selected_terms()
        if not terms:
            return
        from ..services.term_dialog import ask_to_add

        ask_to_add(self.glossary, self, terms[0])

    def remove_selected(self) -> None:
        terms = self.selected_terms()
        if not terms:
            return
        try:
            self.glossary.remove(terms)
        except GlossaryProblem as err:
            self._say(str(err))

    def import_path(self, path) -> bool:
        try:
            count, problems = self.glossary.import_file(path)
        except GlossaryProblem as err:
            self._say(str(err))
            return False
        text = self.tr("Imported %n entry(s) from %1", "", count).replace("%1", Path(path).name)
        if problems:
            text += " " + self.tr("%n skipped:", "", len(problems)) + " " + "; ".join(problems[:5])
        self._say(text)
        return True

    def export_path(self, path) -> bool:
        try:
            count = self.glossary.export_file(path)
        except GlossaryProblem as err:
            self._say(str(err))
            return False
        self._say(self.tr("Exported %n entry(s) to %1", "", count).replace("%1", Path(path).name))
        return True

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import Glossary"), "", _FILE_FILTER)
        if path:
            self.import_path(path)

    def export_dialog(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export Glossary"), "glossary.csv", _FILE_FILTER)
        if path:
            if Path(path).suffix.lower() not in (".csv", ".tbx"):
                path += ".tbx" if "TBX" in chosen else ".csv"
            self.export_path(path)

    # -- which glossary ------------------------------------------------------------------------------
    def _choose_menu(self) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("My Personal Glossary"), lambda: self.use(None))
        recent = self.glossary.settings.get(keys.RECENT_LIBRARIES)
        if recent:
            menu.addSeparator()
            for location in recent[:10]:
                menu.addAction(self._short(location), lambda loc=location: self.use(loc))
        menu.addSeparator()
        menu.addAction(self.tr("Library File…"), self._choose_file)
        menu.exec(self.choose.mapToGlobal(self.choose.rect().bottomLeft()))

    def _short(self, location: str) -> str:
        from ...core.library.pg_url import display
        from ...core.library.store import is_url

        return self.tr("Library %1").replace("%1", display(location) if is_url(location) else Path(location).name)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Use a Library's Glossary"), "", "Library (*.sqlite)")
        if path:
            self.use(path)

    def use(self, location) -> None:
        """Use the glossary of the library at ``location`` (None: the personal one), if it opens."""
        previous = self.glossary.location()
        self.glossary.set_location(location)
        if location is not None and self.glossary.error():
            error = self.glossary.error()
            self.glossary.set_location(previous)
            QMessageBox.warning(self, self.tr("Glossary"), error)
