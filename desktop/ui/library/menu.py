"""File ▸ Open Library…, Open Folder as Library…, Recent Libraries: the library feature in the main window.

A feature like the others: it gets the reading session and the window's
services, declares its actions in a table, and shows a document through the
services. Nothing of the library window loads until one of these is chosen.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFileDialog

from ..services.actions import ActionSpec, MenuSpec, table, table_without_menus
from ..services.recent import fill_recent
from ..services import settings as keys

MAX_RECENT = 8

ACTIONS = table("library", "LibraryMenu", actions=(
    ActionSpec("open_library", QT_TRANSLATE_NOOP("LibraryMenu", "Open &Library…"), ("Ctrl+Shift+L",), "file",
               lambda m: m.choose_library(), before="close",
               tip=QT_TRANSLATE_NOOP("LibraryMenu", "Open a JSON Lines corpus or a library file as a library of documents")),
    ActionSpec("open_library_folder", QT_TRANSLATE_NOOP("LibraryMenu", "Open &Folder as Library…"), ("Ctrl+Shift+Alt+F",), "file",
               lambda m: m.choose_folder(), before="close",
               tip=QT_TRANSLATE_NOOP("LibraryMenu", "Every .txt, .md, .html, .pdf and .docx file under a folder, as one library")),
), menus=(
    MenuSpec("recent_libraries", QT_TRANSLATE_NOOP("LibraryMenu", "Recent Li&braries"), parent="file", before="close"),
))


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
        from . import recovery
        from .window import LibraryWindow

        source = Path(source)
        built_from = None if source.suffix == SUFFIX else source
        parent = self.services.dialog_parent()
        try:
            window = LibraryWindow(library_file(source), built_from, reader=self._show_in_reader)
        except LibraryDamaged as err:
            sources = recovery.offer_rebuild(parent, err, built_from)
            if not sources:
                return None
            window = LibraryWindow(library_file(source), sources[0], reader=self._show_in_reader)
            window.queue_sources(sources[1:])
        except LibraryError as err:
            recovery.show_error(parent, err)
            return None
        window.destroyed.connect(lambda *_: self.windows.remove(window) if window in self.windows else None)
        self.windows.append(window)
        settings = self.services.settings
        recent = [p for p in settings.get(keys.RECENT_LIBRARIES) if p != str(source.resolve())]
        settings.set(keys.RECENT_LIBRARIES, [str(source.resolve())] + recent[:MAX_RECENT - 1])
        window.show()
        return window

    def choose_library(self) -> None:
        settings = self.services.settings
        name, _ = QFileDialog.getOpenFileName(self.services.dialog_parent(), self.tr("Open Library"),
                                              settings.get(keys.LAST_DIR) or str(Path.home()),
                                              self.tr("Corpora and libraries (*.jsonl *.ndjson *.sqlite);;All files (*)"))
        if name:
            self.open_library(name)

    def choose_folder(self) -> None:
        settings = self.services.settings
        name = QFileDialog.getExistingDirectory(self.services.dialog_parent(), self.tr("Open Folder as Library"),
                                                settings.get(keys.LAST_DIR) or str(Path.home()))
        if name:
            self.open_library(name)

    def _show_in_reader(self, article, start: int, end: int) -> None:
        """Show ``article`` in the main window with ``[start, end)`` selected."""
        self.services.reader.select_span_when_shown(start, end)
        # A corpus record has no file of its own: the corpus stands in as its path.
        self.services.show_document(article, article.source)

    def _fill_recent(self) -> None:
        settings = self.services.settings
        fill_recent(self.recent, settings.get(keys.RECENT_LIBRARIES), self.open_library,
                    empty_text=self.tr("No recent libraries"), clear_text=self.tr("Clear List"),
                    clear=lambda: settings.set(keys.RECENT_LIBRARIES, []))
