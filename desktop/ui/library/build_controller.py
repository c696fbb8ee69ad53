"""A library's builds, one after the other: the running :class:`LibraryBuild`, the sources queued
behind it and how often the documents table is read again while it runs.

The window shows what the controller says (its signals) and says it in words; the controller holds no
widget and no sentence of the interface.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from .build import LibraryBuild

#: while a build runs, the documents table is read again at most this often (ms)
ROWS_REFRESH_MS = 1000


class BuildController(QObject):
    """Builds ``source`` (a folder, a document or a corpus) into the library, then each queued source.

    ``library`` is the window's open core ``Library`` (asked whether it is read-only);
    ``library_path`` is what the build process writes to (a .sqlite path or a server URL)."""

    #: a build of this source began
    started = Signal(object)
    #: done, total, the title of the document just indexed (or "")
    progress = Signal(int, int, str)
    #: documents were written since the table was last read (at most once per ROWS_REFRESH_MS)
    rowsDue = Signal()
    #: the indexer's report (a dict); a queued source starts right after
    finished = Signal(object)
    #: why the build ended without finishing (stopped, or failed); Continue may go on
    failed = Signal(str)
    #: this source waits until the running build ends
    queued = Signal(object)
    #: a build was asked of a library that cannot be written
    refused = Signal()

    def __init__(self, library, library_path, source: Path | None = None, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.library_path = library_path
        #: what the next start builds (and the last build built)
        self.source = Path(source) if source else None
        #: the running build, or the last one
        self.build: LibraryBuild | None = None
        self._queue: list[Path] = []
        self._rows_timer = QTimer(self, singleShot=True)
        self._rows_timer.timeout.connect(self._on_rows_due)
        self._rows_clock = QElapsedTimer()

    # -- public API -----------------------------------------------------------
    def start(self) -> None:
        """Build :attr:`source` in a process of its own, unless one runs already or there is none."""
        if self.source is None or self.is_running():
            return
        if self.library.read_only:
            self.refused.emit()
            return
        self.build = LibraryBuild(self.source, self.library_path, self)
        self.build.progress.connect(self._on_progress)
        self.build.finished.connect(self._on_finished)
        self.build.failed.connect(self._on_failed)
        self.build.start()
        self.started.emit(self.source)  # after start(): whoever hears it sees a running build

    def stop(self) -> None:
        """Stop the running build; what is indexed stays, and the next start goes on from there."""
        if self.build is not None:
            self.build.cancel()

    def add(self, source: Path) -> None:
        """Build ``source`` now, or after the running build (:attr:`queued` says so)."""
        source = Path(source)
        if self.is_running():
            self._queue.append(source)
            self.queued.emit(source)
            return
        self.source = source
        self.start()

    def enqueue(self, sources) -> None:
        """Build these too, one after the other, once the current build ends (nothing is said)."""
        self._queue.extend(Path(s) for s in sources)

    def is_running(self) -> bool:
        return self.build is not None and self.build.is_running()

    def pending(self) -> list[Path]:
        """The sources waiting for the running build, in the order they will be built."""
        return list(self._queue)

    def shutdown(self, wait_ms: int = 5000) -> None:
        """Stop a running build (safe at any moment: the next build continues) and wait for it to end."""
        if self.is_running():
            self.build.cancel()
            self.build.wait(wait_ms)
        self._rows_timer.stop()

    # -- slots ----------------------------------------------------------------
    def _on_progress(self, done: int, total: int, title: str) -> None:
        self.progress.emit(done, total, title)
        # Documents already written show while the rest is indexed: each is committed before its
        # step is reported; the table is read again at most once a second (a cheap query), the
        # last steps of a burst by the timer. Every 50 documents left the count behind until the end.
        if not self._rows_timer.isActive():
            wait = ROWS_REFRESH_MS - self._rows_clock.elapsed() if self._rows_clock.isValid() else 0
            self._rows_timer.start(max(0, wait))

    def _on_rows_due(self) -> None:
        self._rows_clock.start()
        self.rowsDue.emit()

    def _on_finished(self, report: dict) -> None:
        self._rows_timer.stop()  # the reload that follows reads every row
        self.finished.emit(report)
        if self._queue:
            self.source = self._queue.pop(0)
            self.start()

    def _on_failed(self, message: str) -> None:
        self._rows_timer.stop()
        self.failed.emit(message)
