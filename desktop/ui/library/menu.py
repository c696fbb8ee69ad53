"""File ▸ Open Library…, Open Folder as Library…, Recent Libraries: the library's entries in the main window.

The main window's menus call :meth:`LibraryMenu.retranslate`; nothing of the
library window loads until one of these is chosen.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from .shell import keys

MAX_RECENT = 8


class LibraryMenu(QObject):
    def __init__(self, window, menu: QMenu, before: QAction | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.open_action = QAction(self)
        self.open_action.setObjectName("action_open_library")
        self.open_action.setShortcut("Ctrl+Shift+L")
        self.open_action.triggered.connect(self._on_open_library)
        self.folder_action = QAction(self)
        self.folder_action.setObjectName("action_open_library_folder")
        self.folder_action.triggered.connect(self._on_open_folder)
        self.recent = QMenu(menu)
        self.recent.aboutToShow.connect(self._fill_recent)
        if before is None:
            menu.addAction(self.open_action)
            menu.addAction(self.folder_action)
            menu.addMenu(self.recent)
        else:
            menu.insertAction(before, self.open_action)
            menu.insertAction(before, self.folder_action)
            menu.insertMenu(before, self.recent)
        window.addAction(self.open_action)
        self.windows: list = []

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("Open &Library…"))
        self.open_action.setStatusTip(self.tr("Open a JSON Lines corpus or a library file as a library of documents"))
        self.folder_action.setText(self.tr("Open &Folder as Library…"))
        self.folder_action.setStatusTip(self.tr("Every .txt, .md, .html, .pdf and .docx file under a folder, as one library"))
        self.recent.setTitle(self.tr("Recent Li&braries"))

    def open_library(self, source: str | Path):
        """Open the library of ``source`` (a folder, a .jsonl corpus or a .sqlite library) in its own window."""
        from ...core.library.locations import SUFFIX, library_file
        from .window import LibraryWindow

        source = Path(source)
        library = library_file(source)
        window = LibraryWindow(library, None if source.suffix == SUFFIX else source, reader=self._show_in_reader)
        window.destroyed.connect(lambda *_: self.windows.remove(window) if window in self.windows else None)
        self.windows.append(window)
        recent = [p for p in self.window.settings.get(keys.RECENT_LIBRARIES) if p != str(source.resolve())]
        self.window.settings.set(keys.RECENT_LIBRARIES, [str(source.resolve())] + recent[:MAX_RECENT - 1])
        window.show()
        return window

    def _show_in_reader(self, article, start: int, end: int) -> None:
        """Show ``article`` in the main window with ``[start, end)`` selected.

        The reader may lay a long document out in a worker and render again as its
        English or script arrives: the span is selected after every rendering for a
        moment, then left to the user.
        """
        from PySide6.QtCore import QTimer

        w = self.window
        reader = w.reader
        live = {"on": True}

        def select() -> None:
            # After the event loop has laid the new document out: positions are known then.
            if live["on"]:
                QTimer.singleShot(0, reader, lambda: reader.select_span(start, end))

        def stop() -> None:
            live["on"] = False
            reader.rendered.disconnect(select)

        reader.rendered.connect(select)
        QTimer.singleShot(3000, reader, stop)  # with the reader as context: dropped if it is gone
        # A corpus record has no file of its own: the corpus stands in as its path.
        w.path = article.source
        w.show_article(article)
        if article.title:
            from ... import APP_NAME

            w.setWindowTitle(f"{article.title} — {APP_NAME}")
        w.raise_()
        w.activateWindow()

    def _on_open_library(self) -> None:
        w = self.window
        name, _ = QFileDialog.getOpenFileName(w, self.tr("Open Library"), w.settings.get(keys.LAST_DIR) or str(Path.home()),
                                              self.tr("Corpora and libraries (*.jsonl *.ndjson *.sqlite);;All files (*)"))
        if name:
            self.open_library(name)

    def _on_open_folder(self) -> None:
        w = self.window
        name = QFileDialog.getExistingDirectory(w, self.tr("Open Folder as Library"), w.settings.get(keys.LAST_DIR) or str(Path.home()))
        if name:
            self.open_library(name)

    def _fill_recent(self) -> None:
        self.recent.clear()
        recent = self.window.settings.get(keys.RECENT_LIBRARIES)
        for i, path in enumerate(recent):
            action = self.recent.addAction(f"&{i + 1} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_library(p))
        if not recent:
            self.recent.addAction(self.tr("No recent libraries")).setEnabled(False)
        else:
            self.recent.addSeparator()
            self.recent.addAction(self.tr("Clear List"), lambda: self.window.settings.set(keys.RECENT_LIBRARIES, []))
