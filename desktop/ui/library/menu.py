"""File ▸ Open Library…, Open Folder as Library…, Recent Libraries: the library feature in the main window.

A feature like the others: it gets the reading session and the window's
services, declares its actions in a table, and shows a document through the
services. Nothing of the library window loads until one of these is chosen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP

from ..services.actions import ActionSpec, MenuSpec, table, table_without_menus
from ..services.recent import fill_recent
from ..services import settings as keys

MAX_RECENT = 8

ACTIONS = table(
    "library",
    "LibraryMenu",
    actions=(
        ActionSpec(
            "open_library",
            QT_TRANSLATE_NOOP("LibraryMenu", "Open &Library…"),
            ("Ctrl+Shift+L",),
            "file",
            lambda m: m.choose_library(),
            before="close",
            tip=QT_TRANSLATE_NOOP(
                "LibraryMenu", "Open a JSON Lines corpus or a library file as a library of documents"
            ),
        ),
        ActionSpec(
            "open_library_folder",
            QT_TRANSLATE_NOOP("LibraryMenu", "Open &Folder as Library…"),
            ("Ctrl+Shift+Alt+F",),
            "file",
            lambda m: m.choose_folder(),
            before="close",
            tip=QT_TRANSLATE_NOOP(
                "LibraryMenu", "Every .txt, .md, .html, .pdf and .docx file under a folder, as one library"
            ),
        ),
        ActionSpec(
            "open_library_server",
            QT_TRANSLATE_NOOP("LibraryMenu", "Open &Server Library…"),
            ("Ctrl+Shift+Alt+S",),
            "file",
            lambda m: m.choose_server(),
            before="close",
            tip=QT_TRANSLATE_NOOP("LibraryMenu", "A library a team shares on a PostgreSQL server"),
        ),
    ),
    menus=(
        MenuSpec(
            "recent_libraries", QT_TRANSLATE_NOOP("LibraryMenu", "Recent Li&braries"), parent="file", before="close"
        ),
    ),
)


class LibraryMenu(QObject):
    def __init__(self, session, services) -> None:
        super().__init__(services.dialog_parent())
        self.session = session
        self.services = services
        services.build_actions(table_without_menus(ACTIONS), self)
        self.recent = services.add_menu(ACTIONS.context, ACTIONS.menus[0])
        self.recent.aboutToShow.connect(self._fill_recent)
        services.menu("file").insertSeparator(services.action("close"))
        self.windows: list = []

    def retranslate(self) -> None:
        """The action builder sets the texts; the library windows retranslate themselves."""

    def is_idle(self) -> bool:
        return True  # library windows build in processes of their own

    def open_library(self, source: str | Path):
        """Open the library of ``source`` (a folder, a .jsonl corpus or a .sqlite library) in its own window.

        A library that cannot be opened says why in a message (nothing is changed); a damaged one
        offers to be built again from its sources. Returns the window, or None."""
        from ...core.library import LibraryDamaged, LibraryError
        from ...core.library.locations import SUFFIX, library_file
        from ...core.library.store import is_url
        from . import recovery
        from .window import LibraryWindow

        if is_url(source):  # a server library: opened as it is, never built from here
            location, built_from, remembered = str(source), None, str(source)
        else:
            source = Path(source)
            location, built_from, remembered = (
                library_file(source),
                None if source.suffix == SUFFIX else source,
                str(source.resolve()),
            )
        parent = self.services.dialog_parent()
        existing = open_window_of(location)
        if existing is not None:  # never twice: the open one comes to the front (and is brought up to date)
            self._remember(remembered)
            if built_from is not None and not existing.is_building():
                existing.add_source(built_from)
            bring_to_front(existing)
            return existing
        try:
            window = LibraryWindow(location, built_from, reader=self._show_in_reader)
        except LibraryDamaged as err:
            sources = recovery.offer_rebuild(parent, err, built_from)
            if not sources:
                return None
            window = LibraryWindow(location, sources[0], reader=self._show_in_reader)
            window.queue_sources(sources[1:])
        except LibraryError as err:
            recovery.show_error(parent, err)
            return None
        window.destroyed.connect(lambda *_: self.windows.remove(window) if window in self.windows else None)
        self.windows.append(window)
        self._remember(remembered)
        window.show()
        return window

    def _remember(self, remembered: str) -> None:
        settings = self.services.settings
        recent = [p for p in settings.get(keys.RECENT_LIBRARIES) if p != remembered]
        settings.set(keys.RECENT_LIBRARIES, [remembered] + recent[: MAX_RECENT - 1])  # a URL without its password

    def choose_library(self) -> None:
        # A dialog's class is loaded when it is opened, not before the first paint (issue 22.8).
        from PySide6.QtWidgets import QFileDialog

        settings = self.services.settings
        name, _ = QFileDialog.getOpenFileName(
            self.services.dialog_parent(),
            self.tr("Open Library"),
            settings.get(keys.LAST_DIR) or str(Path.home()),
            self.tr("Corpora and libraries (*.jsonl *.ndjson *.sqlite);;All files (*)"),
        )
        if name:
            self.open_library(name)

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        settings = self.services.settings
        name = QFileDialog.getExistingDirectory(
            self.services.dialog_parent(),
            self.tr("Open Folder as Library"),
            settings.get(keys.LAST_DIR) or str(Path.home()),
        )
        if name:
            self.open_library(name)

    def choose_server(self) -> None:
        """Ask for a server library (its password kept in the keyring or ~/.pgpass, or for this session)."""
        from ...core.library.store import is_url
        from .server_dialog import ServerDialog

        last = next((p for p in self.services.settings.get(keys.RECENT_LIBRARIES) if is_url(p)), "")
        dialog = ServerDialog(self.services.dialog_parent(), last)
        if dialog.exec() != ServerDialog.Accepted:
            return
        dialog.keep_password()
        self.open_library(dialog.url())

    def _show_in_reader(self, article, start: int, end: int) -> None:
        """Show ``article`` in the main window with ``[start, end)`` selected."""
        self.services.reader.select_span_when_shown(start, end)
        # A corpus record has no file of its own: the corpus stands in as its path.
        self.services.show_document(article, article.source)

    def _fill_recent(self) -> None:
        settings = self.services.settings
        fill_recent(
            self.recent,
            settings.get(keys.RECENT_LIBRARIES),
            self.open_library,
            label=_recent_label,
            empty_text=self.tr("No recent libraries"),
            clear_text=self.tr("Clear List"),
            clear=lambda: settings.set(keys.RECENT_LIBRARIES, []),
        )


def open_window_of(location):
    """The library window already showing the library at ``location`` (from any reader window), or None."""
    from PySide6.QtWidgets import QApplication

    from .window import LibraryWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, LibraryWindow) and widget.isVisible() and widget.same_library(location):
            return widget
    return None


def bring_to_front(window) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def _recent_label(entry: str) -> str:
    """A recent library as the menu names it: a file or folder by its name, a server library as
    "database on host"."""
    from ...core.library.pg_url import display
    from ...core.library.store import is_url

    return display(entry) if is_url(entry) else Path(entry).name
