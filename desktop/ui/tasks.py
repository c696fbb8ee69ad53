"""Background work on the global QThreadPool.

A task runs a plain function in a worker thread and reports back through
signals that are delivered on the main thread; it never touches widgets.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..core.loading import LoadError


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
            kwargs["progress"] = lambda done, total: self.signals.progress.emit(int(done), int(total))
            kwargs["cancelled"] = self._cancel.is_set
        try:
            result = self._fn(*self._args, **kwargs)
        except LoadError as err:
            if not self._cancel.is_set():
                self.signals.failed.emit(str(err))
        except Exception as err:  # reported to the user as a sentence, not a traceback
            if not self._cancel.is_set():
                self.signals.failed.emit(f"{type(err).__name__}: {err}")
        else:
            if not self._cancel.is_set():
                self.signals.finished.emit(result)
        finally:
            self.signals.ended.emit()


def start(task: Task, on_done=None, on_error=None, on_progress=None) -> Task:
    if on_done:
        task.signals.finished.connect(on_done)
    if on_error:
        task.signals.failed.connect(on_error)
    if on_progress:
        task.signals.progress.connect(on_progress)
    Task._alive.add(task)
    task.signals.ended.connect(lambda: Task._alive.discard(task))
    QThreadPool.globalInstance().start(task)
    return task
