"""The library window's own menu: add a folder, a document or a corpus; continue or stop the build;
close the window; quit the application.

Its table is not registered with :data:`~desktop.ui.services.actions.TABLES` (those are the
reader window's actions); its shortcuts are its own window's.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog

from ..services.actions import ActionBuilder, ActionSpec, MenuSpec, Table

_Std = QKeySequence.StandardKey

LIBRARY_WINDOW = Table(
    "LibraryWindowMenu",
    menus=(MenuSpec("library", QT_TRANSLATE_NOOP("LibraryWindowMenu", "&Library")),),
    actions=(
        ActionSpec(
            "add_folder",
            QT_TRANSLATE_NOOP("LibraryWindowMenu", "Add &Folder…"),
            ("Ctrl+Shift+O",),
            "library",
            lambda m: m.choose_folder(),
            tip=QT_TRANSLATE_NOOP("LibraryWindowMenu", "Add every document under a folder to this library"),
        ),
        ActionSpec(
            "add_file",
            QT_TRANSLATE_NOOP("LibraryWindowMenu", "Add &Document…"),
            (_Std.Open,),
            "library",
            lambda m: m.choose_file(),
            fallback="Ctrl+O",
            tip=QT_TRANSLATE_NOOP("LibraryWindowMenu", "Add one .txt, .md, .html, .pdf or .docx document"),
        ),
        ActionSpec(
            "add_corpus",
            QT_TRANSLATE_NOOP("LibraryWindowMenu", "Add &Corpus…"),
            ("Ctrl+Shift+J",),
            "library",
            lambda m: m.choose_corpus(),
            tip=QT_TRANSLATE_NOOP("LibraryWindowMenu", "Add a JSON Lines (.jsonl) corpus to this library"),
        ),
        ActionSpec(
            "continue_build",
            QT_TRANSLATE_NOOP("LibraryWindowMenu", "&Continue Building"),
            ("F5",),
            "library",
            lambda m: m.window.start_build(),
            separator_before=True,
            tip=QT_TRANSLATE_NOOP("LibraryWindowMenu", "Go on from where the stopped build left off"),
        ),
        ActionSpec(
            "stop_build",
            QT_TRANSLATE_NOOP("LibraryWindowMenu", "&Stop Building"),
            ("Ctrl+.",),
            "library",
            lambda m: m.window.stop_build(),
        ),
        ActionSpec(
            "close_window",
            QT_TRANSLATE_NOOP("LibraryWindowMenu", "Close &Window"),
            (_Std.Close,),
            "library",
            lambda m: m.window.close(),
            fallback="Ctrl+W",
            separator_before=True,
        ),
        ActionSpec(
            "quit",
            QT_TRANSLATE_NOOP("LibraryWindowMenu", "&Quit"),
            (_Std.Quit,),
            "library",
            lambda m: m.quit(),
            fallback="Ctrl+Q",
            role=QAction.QuitRole,
        ),
    ),
)


class LibraryWindowMenu:
    """Builds :data:`LIBRARY_WINDOW` on ``window`` (a :class:`LibraryWindow`) and asks for what to add."""

    def __init__(self, window) -> None:
        self.window = window
        self.builder = ActionBuilder(window, window.menuBar())
        self.actions = self.builder.build(LIBRARY_WINDOW, self)

    def retranslate(self) -> None:
        self.builder.retranslate()

    def update(self, *, building: bool, resumable: bool, writable: bool) -> None:
        """Enable what makes sense now: Stop while building, Continue after a stop, Add when writable."""
        self.actions["stop_build"].setEnabled(building)
        self.actions["continue_build"].setEnabled(resumable and not building and writable)
        for name in ("add_folder", "add_file", "add_corpus"):
            self.actions[name].setEnabled(writable)

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self.window, QCoreApplication.translate("LibraryWindowMenu", "Add Folder to Library"), self._start_dir()
        )
        if name:
            self.window.add_source(Path(name))

    def choose_file(self) -> None:
        from ...core.library.sources import FOLDER_SUFFIXES

        patterns = " ".join(f"*{s}" for s in FOLDER_SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("LibraryWindowMenu", "Add Document to Library"),
            self._start_dir(),
            QCoreApplication.translate("LibraryWindowMenu", "Documents (%1);;All files (*)").replace("%1", patterns),
        )
        if name:
            self.window.add_source(Path(name))

    def choose_corpus(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("LibraryWindowMenu", "Add Corpus to Library"),
            self._start_dir(),
            QCoreApplication.translate("LibraryWindowMenu", "JSON Lines corpora (*.jsonl *.ndjson);;All files (*)"),
        )
        if name:
            self.window.add_source(Path(name))

    def quit(self) -> None:
        from ..services.quitting import quit_application

        quit_application(self.window)

    def _start_dir(self) -> str:
        source = self.window.source
        if source is not None:
            return str(source if source.is_dir() else source.parent)
        return str(Path.home())
