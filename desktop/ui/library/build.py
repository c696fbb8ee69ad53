"""Building or updating a library in a process of its own (``fact-browser library add --progress``).

A separate process keeps the window responsive on two cores (fact extraction
holds the GIL for seconds) and makes Cancel simply a kill: the indexer writes
each document in its own transaction, so the next build continues where this
one stopped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Signal


class LibraryBuild(QObject):
    """One ``library add`` run; ``finished`` carries the indexer's report (a dict) or an error sentence."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, source: Path, library: Path, parent=None) -> None:
        super().__init__(parent)
        from ...core.library.store import is_url

        self.source, self.library = Path(source), library if is_url(library) else Path(library)
        self.process = QProcess(self)
        self.process.setProgram(sys.executable)
        self.process.setArguments(
            ["-m", "desktop", "library", "add", str(self.source), "--library", str(self.library), "--progress"]
        )
        env = QProcessEnvironment.systemEnvironment()
        env.insert("PYTHONUNBUFFERED", "1")
        if is_url(library):  # a password given for this session only reaches the build, never its command line
            from ...core.library.pg_url import held_password

            if held_password(str(library)):
                env.insert("PGPASSWORD", held_password(str(library)))
        self.process.setProcessEnvironment(env)
        self.process.readyReadStandardError.connect(self._on_stderr)
        self.process.finished.connect(self._on_finished)
        self._err_buffer = b""
        self._last_error = ""
        self.cancelled = False

    def start(self) -> None:
        self.process.start()

    def cancel(self) -> None:
        """Stop at once; whatever was written stays and the next build continues from it."""
        if self.is_running():
            self.cancelled = True
            self.process.kill()

    def is_running(self) -> bool:
        return self.process.state() != QProcess.NotRunning

    def wait(self, msecs: int = 30000) -> bool:
        return self.process.waitForFinished(msecs)

    def _on_stderr(self) -> None:
        self._err_buffer += bytes(self.process.readAllStandardError())
        *lines, self._err_buffer = self._err_buffer.split(b"\n")
        for raw in lines:
            line = raw.decode("utf-8", "replace").strip()
            if not line:
                continue
            try:
                step = json.loads(line)
                self.progress.emit(int(step["done"]), int(step["total"]), str(step.get("title") or ""))
            except (ValueError, KeyError, TypeError):
                self._last_error = line.removeprefix("fact-browser: ")

    def _on_finished(self, code: int, status) -> None:
        if self.cancelled:
            self.failed.emit(
                self.tr("The build was stopped; the documents indexed so far are kept and the next build continues.")
            )
            return
        out = bytes(self.process.readAllStandardOutput()).decode("utf-8", "replace")
        if code == 0:
            try:
                self.finished.emit(json.loads(out))
                return
            except ValueError:
                pass
        self.failed.emit(
            self._last_error or self.tr("Building the library failed (exit status %1).").replace("%1", str(code))
        )
