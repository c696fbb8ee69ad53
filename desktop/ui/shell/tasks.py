"""Background work on the global QThreadPool.

A task runs a plain function in a worker thread and reports back through
signals that are delivered on the main thread; it never touches widgets.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ...core.loading import LoadError


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)
    #: always emitted last, on every path; releases the task
    ended = Signal()


class Task(QRunnable):
    """Runs ``fn(*args, progress=..., cancelled=...)`` when ``fn`` accepts them (``reports=True``)."""

    _alive: set["Task"] = set()

    def __init__(self, fn: Callable[..., Any], *args: Any, reports: bool = False, **kwargs: Any) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._fn, self._args, self._kwargs, self._reports = fn, args, kwargs, reports
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        kwargs = dict(self._kwargs)
        if self._reports:
            kwargs["progress"] = lambda done, total: self._emit(self.signals.progress, int(done), int(total))
            kwargs["cancelled"] = self._cancel.is_set
        try:
            result = self._fn(*self._args, **kwargs)
        except LoadError as err:
            if not self._cancel.is_set():
                from .messages import load_error_text  # translate() is thread-safe

                self._emit(self.signals.failed, load_error_text(err))
        except Exception as err:  # reported to the user as a sentence, not a traceback
            if not self._cancel.is_set():
                self._emit(self.signals.failed, f"{type(err).__name__}: {err}")
        else:
            if not self._cancel.is_set():
                self._emit(self.signals.finished, result)
        finally:
            self._emit(self.signals.ended)

    def _emit(self, signal, *args) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:
            # The application is shutting down and took the signal object with it:
            # nobody is left to tell, so the result is dropped.
            self._cancel.set()


def shutdown(timeout_ms: int = 3000) -> None:
    """Cancel every task and wait briefly for running ones (at application exit)."""
    _Gate.held.clear()
    for task in list(Task._alive):
        task.cancel()
    QThreadPool.globalInstance().clear()
    QThreadPool.globalInstance().waitForDone(timeout_ms)


class _Relay(QObject):
    """Delivers a task's results to callbacks for as long as its owner lives.

    Connections to a QObject's methods are dropped when it is destroyed, so a
    result arriving after its window closed is discarded, not delivered to a
    deleted widget.
    """

    def __init__(self, owner: QObject, on_done, on_error, on_progress) -> None:
        super().__init__(owner)
        self._done, self._error, self._progress = on_done, on_error, on_progress

    def done(self, result) -> None:
        if self._done:
            self._done(result)

    def error(self, message: str) -> None:
        if self._error:
            self._error(message)

    def progress(self, done: int, total: int) -> None:
        if self._progress:
            self._progress(done, total)

    def end(self) -> None:
        self.deleteLater()


class _Gate:
    """Background work waits until the first window has painted (DESIGN rule 4):
    on 2 cores a worker holding the GIL would otherwise slow the first paint."""

    open = True
    held: list[Task] = []


def hold_until_first_paint() -> None:
    _Gate.open = False


def release() -> None:
    """Start every task held back so far; later tasks start at once."""
    _Gate.open = True
    held, _Gate.held = _Gate.held, []
    for task in held:
        if not task.cancelled:
            QThreadPool.globalInstance().start(task)
        else:
            task.signals.ended.emit()


def is_holding() -> bool:
    return not _Gate.open


#: Workers at once. The pool's default is the core count (2 here), and one long job (facts
#: of a 10 MB report, ~15 s) would then make the search index or the reader layout queue
#: behind it; with four, short jobs start at once and share the GIL with the long one.
MIN_WORKERS = 4


def start(task: Task, on_done=None, on_error=None, on_progress=None, *, owner: QObject | None = None) -> Task:
    """Run ``task`` on the pool; callbacks run on the main thread while ``owner`` exists."""
    pool = QThreadPool.globalInstance()
    if pool.maxThreadCount() < MIN_WORKERS:
        pool.setMaxThreadCount(MIN_WORKERS)
    if owner is not None:
        relay = _Relay(owner, on_done, on_error, on_progress)
        task.signals.finished.connect(relay.done)
        task.signals.failed.connect(relay.error)
        task.signals.progress.connect(relay.progress)
        task.signals.ended.connect(relay.end)
    else:
        if on_done:
            task.signals.finished.connect(on_done)
        if on_error:
            task.signals.failed.connect(on_error)
        if on_progress:
            task.signals.progress.connect(on_progress)
    Task._alive.add(task)
    task.signals.ended.connect(lambda: Task._alive.discard(task))
    if _Gate.open:
        QThreadPool.globalInstance().start(task)
    else:
        _Gate.held.append(task)
    return task
