"""Background work: plain functions in worker threads, results back on the main thread.

A :class:`Task` runs a function in a worker and reports through signals that
are delivered on the main thread; it never touches widgets. Controllers use
:class:`Latest`, which keeps one job per purpose: starting a job cancels the
one it replaces, and a replaced job's result or error is dropped, so no
controller writes its own stale-result check. Failures arrive as the
exception object; :func:`describe` turns one into a sentence for the user.

Every write to a SQLite file the user keeps (the translation cache, gloss
imports) runs on the one *writer* thread (``writes=True``), never on the UI
thread and never two at once (Anki's ``taskman``; architecture rule 3).
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    finished = Signal(object)
    #: the exception the function raised
    failed = Signal(object)
    progress = Signal(int, int)
    #: always emitted last, on every path; releases the task
    ended = Signal()


class Task(QRunnable):
    """Runs ``fn(*args, progress=..., cancelled=...)`` when ``fn`` accepts them (``reports=True``)."""

    _alive: set["Task"] = set()

    def __init__(
        self, fn: Callable[..., Any], *args: Any, reports: bool = False, writes: bool = False, **kwargs: Any
    ) -> None:
        super().__init__()
        #: runs on the writer thread (it writes the translation cache)
        self.writes = writes
        self.setAutoDelete(False)
        self.signals = TaskSignals()
        self._fn, self._args, self._kwargs, self._reports = fn, args, kwargs, reports
        self._cancel = threading.Event()
        self._on_cancel: list[Callable[[], None]] = []

    def cancel(self) -> None:
        self._cancel.set()
        hooks, self._on_cancel = self._on_cancel, []
        for hook in hooks:
            hook()

    def when_cancelled(self, hook: Callable[[], None]) -> None:
        """Call ``hook()`` (on the cancelling thread) when the task is cancelled, at once if it was:
        to stop what the function cannot see for itself, such as a statement a store is running."""
        if self._cancel.is_set():
            hook()
        else:
            self._on_cancel.append(hook)

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
        except Exception as err:  # noqa: BLE001 - reported to the user as a sentence (describe()), not a traceback
            if not self._cancel.is_set():
                self._emit(self.signals.failed, err)
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


def describe(err: BaseException) -> str:
    """A failure as one sentence in the interface language (a load error by its kind)."""
    from ...core.ingest.text import LoadError
    from .messages import load_error_text

    if isinstance(err, LoadError):
        return load_error_text(err)
    return f"{type(err).__name__}: {err}"


_writer: QThreadPool | None = None


def writer_pool() -> QThreadPool:
    """The pool of the one writer thread (created on first use, never expires)."""
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setMaxThreadCount(1)
        _writer.setExpiryTimeout(-1)  # one thread for the whole session, not a new one per idle spell
    return _writer


class _WriterJob(QRunnable):
    def __init__(self, fn: Callable[..., Any], args, kwargs) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._call = (fn, args, kwargs)
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None

    def run(self) -> None:
        fn, args, kwargs = self._call
        try:
            self.result = fn(*args, **kwargs)
        except BaseException as err:  # noqa: BLE001 - handed to the waiting caller
            self.error = err
        finally:
            self.done.set()


def on_writer(fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run ``fn`` on the writer thread and wait for its result (or raise its exception).

    For short writes the caller must see done: opening the cache (its schema
    is a write), an emptying the user confirmed in a dialog. Not held back by
    the first-paint gate, and never to be called from the writer thread itself.
    """
    job = _WriterJob(fn, args, kwargs)
    writer_pool().start(job)
    job.done.wait()
    if job.error is not None:
        raise job.error
    return job.result


def _pool_for(task: Task) -> QThreadPool:
    return writer_pool() if task.writes else QThreadPool.globalInstance()


def shutdown(timeout_ms: int = 3000) -> None:
    """Cancel every task and wait briefly for running ones (at application exit)."""
    _Gate.held.clear()
    for task in list(Task._alive):
        task.cancel()
    for pool in (QThreadPool.globalInstance(), _writer):
        if pool is not None:
            pool.clear()
            pool.waitForDone(timeout_ms)


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

    def error(self, err) -> None:
        if self._error:
            self._error(err)

    def progress(self, done: int, total: int) -> None:
        if self._progress:
            self._progress(done, total)

    def end(self) -> None:
        self.deleteLater()


class _Gate:
    """Background work waits until the first window has painted (architecture rule 4):
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
            _pool_for(task).start(task)
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
        _pool_for(task).start(task)
    else:
        _Gate.held.append(task)
    return task


class Latest(QObject):
    """The latest job of one purpose (an article's facts, a search query, an online translation).

    :meth:`start` cancels the job it replaces; only the latest job's outcome
    reaches ``on_done(result)`` or ``on_error(exception)``, and only while this
    object (a child of its controller) exists. ``on_progress(done, total)``
    follows the latest job too. ``on_error`` is required: a failure is never
    dropped without the caller having said what it means.
    """

    def __init__(
        self,
        parent: QObject,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_done, self._on_error, self._on_progress = on_done, on_error, on_progress
        self._task: Task | None = None

    def start(
        self, fn: Callable[..., Any], *args: Any, reports: bool = False, writes: bool = False, **kwargs: Any
    ) -> Task:
        self.cancel()
        task = Task(fn, *args, reports=reports, writes=writes, **kwargs)
        self._task = task
        start(
            task,
            lambda result: self._done(task, result),
            lambda err: self._error(task, err),
            (lambda done, total: self._progress(task, done, total)) if self._on_progress else None,
            owner=self,
        )
        return task

    def cancel(self) -> None:
        """Cancel the running job, if any; its outcome will be dropped."""
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def is_idle(self) -> bool:
        return self._task is None

    def _done(self, task: Task, result) -> None:
        if task is self._task:
            self._task = None
            self._on_done(result)

    def _error(self, task: Task, err: BaseException) -> None:
        if task is self._task:
            self._task = None
            self._on_error(err)

    def _progress(self, task: Task, done: int, total: int) -> None:
        if task is self._task:
            self._on_progress(done, total)
