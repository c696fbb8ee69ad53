"""Opening a document in the main window: from a path or pasted text to an article on screen.

A file is read in a worker (the latest one asked for wins) or, at start-up and in tests, at
once. A failed open keeps the document that is showing, says why in the banner and forgets a
recent file that is gone. An opened file joins Open Recent, and the reader goes back to where
the user left it last time (after the first paint when the window was not shown yet); the
window keeps that place (:meth:`DocumentOpener.remember_position`) whenever its document is
replaced or it closes. The window shows the article (``MainWindow.show_article``); this part
only decides what to show and what to say about it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QMainWindow

from ...core.document import Article
from ...core.ingest.builder import load_pasted, load_path
from ...core.ingest.text import LoadError
from ..services import settings as keys
from ..services import tasks
from ..services.messages import decoding_note, load_error_text


class DocumentOpener(QObject):
    """Opens documents into ``window`` (the :class:`~desktop.ui.shell.main_window.MainWindow`:
    its session, reader, navigator, banner, settings and ``openFailed`` signal)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        #: the file being read in a worker (the latest asked for)
        self._opening: Path | None = None
        self._loading = tasks.Latest(
            self,
            lambda article: self._on_opened(article, self._opening),
            lambda err: self._on_open_failed(tasks.describe(err), self._opening),
        )
        #: a reading position to go back to once the window has painted (opened before it was shown)
        self._position_after_paint: int | None = None

    def open_path(self, path: str | Path, *, wait: bool = False) -> None:
        """Open ``path``; a worker does the reading unless ``wait`` (startup, tests)."""
        path = Path(path)
        self._loading.cancel()
        self._window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Opening %1…").replace("%1", path.name)
        )
        if wait:
            try:
                article = load_path(path)
            except LoadError as err:
                self._on_open_failed(load_error_text(err), path)
            except Exception as err:  # noqa: BLE001 - the same sentence a worker would report, not a traceback
                self._on_open_failed(f"{type(err).__name__}: {err}", path)
            else:
                self._on_opened(article, path)
            return
        self._opening = path
        self._loading.start(load_path, path)

    def open_text(self, text: str) -> None:
        """Open pasted text as a document; a copy is kept in the user data folder and listed
        under Open Recent, so nothing pasted is lost when another document replaces it."""
        try:
            article = load_pasted(text)
        except LoadError as err:
            self._on_open_failed(load_error_text(err), None)
            return
        path, not_kept = None, None
        try:
            from ...core.ingest.builder import keep_pasted
            from ...core.paths import user_data_dir

            path = keep_pasted(text, user_data_dir() / "pasted")
            article.source = path
        except OSError as err:
            not_kept = err
        self._on_opened(article, path)
        if not_kept is not None:  # after the document is shown: a message belongs to the new document
            self._window.banner.show_info(
                QCoreApplication.translate(
                    "MainWindow", "The pasted text is open but no copy could be kept: %1"
                ).replace("%1", not_kept.strerror or str(not_kept))
            )

    def cancel(self) -> None:
        """Drop the file being read, if any: its article will not be shown."""
        self._loading.cancel()

    def is_idle(self) -> bool:
        return self._loading.is_idle()

    def remember_position(self) -> None:
        """Keep where the reader is in the open document, to come back there next time."""
        window = self._window
        if window.session.article is not None and window.session.path is not None:
            offset = window.reader.top_offset()
            if offset is not None:
                # The same key _on_opened reads it back under (resolve() also raised on a symlink loop).
                window.settings.set_reading_position(str(_absolute(Path(window.session.path))), offset)

    def go_back_after_paint(self) -> None:
        """The window has painted: go back to the position of a document opened before it was shown."""
        position, self._position_after_paint = self._position_after_paint, None
        article = self._window.article
        if position is not None and article is not None and position < len(article.text):
            self._go_back_to(position)

    def _go_back_to(self, position: int) -> None:
        """Scroll to where the document was left, and name its section in the navigator."""
        window = self._window
        window.reader.scroll_to_offset(position, top=True)
        section = window.article.section_at(position) if window.article is not None else None
        if section is not None:
            window.navigator.select_section(section.index)

    def _on_opened(self, article: Article, path: Path | None) -> None:
        window = self._window
        window.banner.hide()
        window.show_article(article, path)
        if path is not None:
            full = _absolute(path)
            if window.remembers:
                window.settings.add_recent(str(full))
                window.settings.set(keys.LAST_DIR, str(full.parent))
            position = window.settings.reading_position(str(full))
            if position is not None and position < len(article.text):
                self._go_back_to(position)
                if not window.isVisible():  # start-up: a reader not yet laid out cannot scroll
                    self._position_after_paint = position
        count = len(article.sections)
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "%n section(s)", "", count), 5000)
        for warning in article.warnings:
            window.banner.show_info(warning)
        note = decoding_note(article)  # bytes shown as �, passages read as GBK / Big5, and where (issue 24)
        if note:
            # it stays with its document until dismissed: at start-up an 8 s note was gone before the
            # window had painted (seen in the real window on a busy machine)
            window.banner.show_info(note, timeout_ms=0)

    def _on_open_failed(self, message: str, path: Path | None) -> None:
        # An error path that raised would replace one clear message with a
        # traceback (a symlink loop made resolve() raise here): nothing below may.
        window = self._window
        window.statusBar().clearMessage()
        window.banner.show_error(message)
        if path is not None:
            try:
                gone = not os.path.lexists(path)
            except (OSError, ValueError):
                gone = False
            if gone:
                window.settings.remove_recent(str(_absolute(path)))
        window.openFailed.emit(message)


def _absolute(path: Path) -> Path:
    """``path`` made absolute without following links: ``resolve()`` raises on a symlink loop."""
    try:
        return Path(os.path.abspath(path))
    except (OSError, ValueError):
        return path
