"""The library window: documents, search across them, their facts, and a measure compared.

It reads the library file directly (SQLite, WAL) while a separate process
builds or updates it (:mod:`.build`); when the build ends the tables reload.
Opening a document hands an Article to the single-document window with the
hit selected.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .build_controller import BuildController
from .compare_tab import CompareTab
from .facts_tab import FactsTab
from .models import DocumentsModel
from .proxies import RecordFilterProxy
from .search_tab import SearchTab
from .status_bar import LibraryStatusBar
from .worker_library import WorkerLibrary
from ..services import tasks
from ..services.screen_room import size_on_screen
from ..services.tables import set_up_table

#: show(article, start, end): the single-document window opens ``article`` with ``[start, end)`` selected
ReaderHook = Callable[[object, int, int], None]


def _load_facts(library_path: Path) -> list:
    from ...core.library import Library

    with Library(library_path) as lib:  # a connection of the worker's own
        return lib.facts()


def _load_article(library_path: Path, doc_id: int):
    from ...core.library import Library, open_article

    with Library(library_path) as lib:
        return open_article(lib, doc_id)


class LibraryWindow(QMainWindow):
    """``source`` (a folder, a document or a corpus) is built or brought up to date when the window opens;
    more can be added to it from the window's Library menu.

    Raises :class:`LibraryError` when the library cannot be opened (see :mod:`.recovery`)."""

    #: the tables show the library as it now is (after opening or a build)
    reloaded = Signal()
    buildEnded = Signal()

    def __init__(
        self, library_path: Path, source: Path | None = None, reader: ReaderHook | None = None, parent=None
    ) -> None:
        from ...core.library import Library
        from ...core.library.store import is_url

        # Opened first: a library that cannot be opened raises LibraryError before any widget exists.
        library = Library(library_path if is_url(library_path) else Path(library_path), create=source is not None)
        super().__init__(parent)
        self.setAttribute(Qt.WA_DeleteOnClose)
        #: a .sqlite file, or a server library's URL (without a password)
        self.library_path = library.location if is_url(library_path) else Path(library_path)
        self.library = library
        #: the library opened again for searches and comparisons in workers (on first use)
        self.worker_library = WorkerLibrary(self.library_path)
        #: the builds of this library: the running one, the sources queued behind it
        self.builds = BuildController(library, self.library_path, source, self)
        self._reader = reader
        self._facts_task = None
        self._facts_stale = True
        self.tabs = QTabWidget(self)
        self.documents_filter = QLineEdit(self)
        self.documents_model = DocumentsModel(self)
        self.documents_proxy = RecordFilterProxy(self)
        self.documents_proxy.setSourceModel(self.documents_model)
        self.documents_table = QTableView(self)
        self.documents_table.setObjectName("libraryDocuments")
        self.search_tab = SearchTab(self)
        self.facts_tab = FactsTab(self)
        self.compare_tab = CompareTab(self)
        #: why the library is read-only, when it is (a newer version's, a read-only file)
        self.notice = QLabel(self)
        self.summary = QLabel(self)
        self.problems = QPushButton(self)
        self.progress = QProgressBar(self)
        self.cancel = QPushButton(self)
        #: offered once a build was stopped or failed: goes on from where it left off
        self.resume = QPushButton(self)
        self._name = self.source.name if self.source else self.library.name
        from .window_actions import LibraryWindowMenu

        self.menu = LibraryWindowMenu(self)
        self._setup_ui()
        self._update_actions()
        self.reload()
        if self.source is not None:
            QTimer.singleShot(0, self.start_build)

    # -- public API -----------------------------------------------------------
    @property
    def source(self) -> Path | None:
        """What the library was last built from (Continue builds it again)."""
        return self.builds.source

    @property
    def build(self):
        """The running build (a :class:`.build.LibraryBuild`), or the last one, or None."""
        return self.builds.build

    def start_build(self) -> None:
        """Add or update the source in a process of its own; the tables reload when it ends."""
        self.builds.start()

    def stop_build(self) -> None:
        """Stop the running build; what is indexed stays, and Continue goes on from there."""
        self.builds.stop()

    def add_source(self, source: Path) -> None:
        """Add a folder, a document or a .jsonl corpus to this library (after the running build, if any)."""
        self.builds.add(source)

    def running_work(self) -> str:
        """What Quit would interrupt (see ``ui/services/quitting.py``): "" when nothing runs."""
        if self.is_building():
            return self.tr("The library “%1” is still being built.").replace("%1", self._name)
        return ""

    def same_library(self, location) -> bool:
        """Whether this window shows the library at ``location`` (a .sqlite path or a server URL)."""
        from ...core.library.pg_url import display
        from ...core.library.store import is_url

        if is_url(location) or is_url(self.library_path):
            return (
                is_url(location)
                and is_url(self.library_path)
                and display(str(location)) == display(str(self.library_path))
            )
        try:
            return Path(location).resolve() == Path(self.library_path).resolve()
        except (OSError, RuntimeError):
            return False

    def queue_sources(self, sources: list[Path]) -> None:
        """Build these too, one after the other, once the current build ends (a rebuilt library)."""
        self.builds.enqueue(sources)

    def is_building(self) -> bool:
        return self.builds.is_running()

    def reload(self) -> None:
        """Read the library again: documents at once, facts in a worker when their tab is shown."""
        from ...core.library import LibraryError

        try:
            self.documents_model.set_rows(self.library.documents())
        except LibraryError as err:  # damaged while open: said in the window, reopening offers the rebuild
            from .recovery import library_error_text

            self.notice.setText(library_error_text(err))
            self.notice.show()
            return
        self.search_tab.set_library(self.worker_library)
        self.compare_tab.set_library(self.worker_library)
        self._facts_stale = True
        if self.tabs.currentWidget() is self.facts_tab:
            self._load_facts()
        self._update_summary()
        self.reloaded.emit()

    def open_document(self, doc_id: int, start: int = 0, end: int = 0) -> None:
        """Open the document in the reader window with ``[start, end)`` selected."""
        if self._reader is None:
            return
        task = tasks.Task(_load_article, self.library_path, doc_id)
        tasks.start(
            task,
            lambda article: self._reader(article, start, end),
            lambda err: self.statusBar().showMessage(tasks.describe(err), 8000),
            owner=self,
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Library: %1").replace("%1", self._name))
        self.menu.retranslate()
        for i, text in enumerate((self.tr("Documents"), self.tr("Search"), self.tr("Facts"), self.tr("Compare"))):
            self.tabs.setTabText(i, text)
        self.documents_filter.setPlaceholderText(self.tr("Filter by title, date or source (either script)"))
        self.cancel.setText(self.tr("Stop"))
        self.cancel.setToolTip(self.tr("Stop indexing; what is indexed stays and the next build continues"))
        self.resume.setText(self.tr("Continue"))
        self.resume.setToolTip(self.tr("Go on indexing from where the build stopped"))
        for part in (self.search_tab, self.facts_tab, self.compare_tab):
            part.retranslate()
        self._update_summary()

    # -- set-up ---------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.setObjectName("libraryWindow")
        self.resize(size_on_screen(self, 1200, 780))  # at 800×600 it hid its status bar and chart axis
        docs = QWidget(self)
        layout = QVBoxLayout(docs)
        self.notice.setObjectName("libraryNotice")
        self.notice.setWordWrap(True)
        self.notice.setText(self.library.notice)
        self.notice.setVisible(bool(self.library.notice))
        layout.addWidget(self.notice)
        layout.addWidget(self.documents_filter)
        layout.addWidget(self.documents_table, 1)
        t = self.documents_table
        header = set_up_table(t, self.documents_proxy)
        header.setStretchLastSection(False)  # the title takes the room, the rest fit their contents
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.tabs.addTab(docs, "")
        self.tabs.addTab(self.search_tab, "")
        self.tabs.addTab(self.facts_tab, "")
        self.tabs.addTab(self.compare_tab, "")
        self.setCentralWidget(self.tabs)
        bar = LibraryStatusBar(self)
        self.setStatusBar(bar)
        bar.addPermanentWidget(self.summary)
        bar.addPermanentWidget(self.problems)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel)
        bar.addPermanentWidget(self.resume)
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.cancel.hide()
        self.resume.hide()
        self.problems.setFlat(True)
        self.problems.hide()
        self.documents_filter.textChanged.connect(self.documents_proxy.set_text)
        t.activated.connect(lambda index: self.open_document(index.data(Qt.UserRole).id))
        self.search_tab.hitActivated.connect(self.open_document)
        self.facts_tab.factActivated.connect(self.open_document)
        self.facts_tab.compareRequested.connect(self._on_compare_requested)
        self.compare_tab.rowActivated.connect(self.open_document)
        for tab in (self.search_tab, self.compare_tab):
            tab.failed.connect(lambda sentence: self.statusBar().showMessage(sentence, 8000))
        self.tabs.currentChanged.connect(self._on_tab_changed)
        self.cancel.clicked.connect(self.stop_build)
        self.resume.clicked.connect(self.start_build)
        self.problems.clicked.connect(self._show_problems)
        self.builds.started.connect(self._on_build_started)
        self.builds.refused.connect(lambda: self.statusBar().showMessage(self.library.notice, 15000))
        self.builds.queued.connect(self._on_source_queued)
        self.builds.progress.connect(self._on_build_progress)
        self.builds.rowsDue.connect(self._refresh_rows)
        self.builds.finished.connect(self._on_build_finished)
        self.builds.failed.connect(self._on_build_failed)
        self.retranslate()

    # -- slots ----------------------------------------------------------------
    def _on_tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.facts_tab and self._facts_stale:
            self._load_facts()

    def _load_facts(self) -> None:
        self._facts_stale = False
        if self._facts_task is not None:
            self._facts_task.cancel()
        if not self.facts_tab.model.rowCount():  # facts shown stay, with their count, until the new ones come
            self.facts_tab.count.setText(self.tr("Reading the facts of every document…"))
        self._facts_task = tasks.Task(_load_facts, self.library_path)
        tasks.start(
            self._facts_task,
            self._on_facts_loaded,
            lambda err: self.statusBar().showMessage(tasks.describe(err), 8000),
            owner=self,
        )

    def _on_facts_loaded(self, records: list) -> None:
        self._facts_task = None
        self.facts_tab.set_facts(records)

    def _on_compare_requested(self, record) -> None:
        self.tabs.setCurrentWidget(self.compare_tab)
        self.compare_tab.compare(record.fact.label, record.fact.kind)

    def _on_build_started(self, source: Path) -> None:
        self.resume.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel.show()
        self.statusBar().showMessage(self.tr("Indexing %1…").replace("%1", source.name))
        self._update_actions()

    def _on_source_queued(self, source: Path) -> None:
        self.statusBar().showMessage(
            self.tr("%1 will be added once the current build ends.").replace("%1", source.name), 8000
        )

    def _on_build_progress(self, done: int, total: int, title: str) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done:,} / {total:,}")
        if title:
            self.statusBar().showMessage(self.tr("Indexing: %1").replace("%1", title))

    def _refresh_rows(self) -> None:
        """Documents written by the running build show while the rest is indexed."""
        self.documents_model.set_rows(self.library.documents())
        self._update_summary()
        # The facts tab follows too (it said 692 of 692 facts beside 2,426 in the status bar until the end):
        # read again when shown and no reading is under way, else when next shown.
        self._facts_stale = True
        if self.tabs.currentWidget() is self.facts_tab and self._facts_task is None:
            self._load_facts()

    def _on_build_finished(self, report: dict) -> None:
        self._end_build()
        failed = len(report.get("failed", []))
        self.statusBar().showMessage(
            self.tr("Indexed in %1 s: %2 new, %3 updated, %4 unchanged, %5 could not be read.")
            .replace("%1", f"{report.get('seconds', 0):.1f}")
            .replace("%2", str(report.get("added", 0)))
            .replace("%3", str(report.get("updated", 0)))
            .replace("%4", str(report.get("unchanged", 0)))
            .replace("%5", str(failed)),
            15000,
        )
        self.reload()

    def _on_build_failed(self, message: str) -> None:
        self._end_build()
        self.statusBar().showMessage(message, 15000)
        self.resume.setVisible(self.source is not None and not self.library.read_only)
        self._update_actions()
        self.reload()

    def _end_build(self) -> None:
        self.progress.hide()
        self.cancel.hide()
        self._update_actions()
        self.buildEnded.emit()

    def _update_actions(self) -> None:
        self.menu.update(
            building=self.is_building(),
            resumable=self.source is not None and not self.resume.isHidden(),
            writable=not self.library.read_only,
        )

    def _update_summary(self) -> None:
        docs = self.documents_model.rowCount()
        facts = sum(r.fact_count for r in self.documents_model.rows())
        self.summary.setText(self.tr("%1 documents · %2 facts").replace("%1", f"{docs:,}").replace("%2", f"{facts:,}"))
        failures = self.library.failures()
        self.problems.setVisible(bool(failures))
        self.problems.setText(self.tr("%n could not be read", "", len(failures)))

    def _show_problems(self) -> None:
        lines = [f"{Path(f['path']).name}: {f['reason']}" for f in self.library.failures()]
        box = QMessageBox(
            QMessageBox.Information,
            self.tr("Files that could not be read"),
            self.tr("These were left out; every other document is in the library."),
            QMessageBox.Close,
            self,
        )
        box.setDetailedText("\n".join(lines))
        box.exec()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.builds.shutdown()
        self.worker_library.close()
        self.library.close()
        super().closeEvent(event)
