"""The library opened a second time, for the window's searches and comparisons off the UI thread.

The window's own connection stays on the UI thread (documents, the summary). Searches and comparisons
run in pool workers through :class:`~desktop.ui.services.tasks.Latest`; they share this one extra
connection, opened on first use in whichever worker needs it and used by one job at a time (a lock):
a SQLite connection opened with ``check_same_thread=False`` and a psycopg connection may move between
threads but must not be used by two at once. Reusing it keeps the store's rank cache warm across
queries and spares a server library a login per keystroke.

A job replaced by a newer one is stopped (:meth:`LibraryJob.interrupt`): the statement it is running is
interrupted (:meth:`Library.interrupt`, sent again until the job ends, since one that arrives between
two of its statements stops nothing), and a job that has not begun never runs. An interrupt reaches
only its own job: it is sent while that job holds the connection, and the next job waits until the
request was delivered (a server's cancel request arriving during the next statement would stop that
one instead). Nothing here imports Qt.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

#: how often an interrupt is sent again while its job still runs (s)
INTERRUPT_AGAIN_S = 0.1


class LibraryJob:
    """``fn(library, *args, **kwargs)`` on a :class:`WorkerLibrary`: call it in a worker, stop it from
    any thread with :meth:`interrupt` (it then raises :class:`LibraryInterrupted`)."""

    def __init__(self, owner: "WorkerLibrary", fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        self._owner, self.fn, self.args, self.kwargs = owner, fn, args, kwargs
        self.interrupted = False

    def __call__(self) -> Any:
        return self._owner._run(self)

    def interrupt(self) -> None:
        self._owner._interrupt(self)


class WorkerLibrary:
    """``run(fn, *args)`` calls ``fn(library, *args)`` with the worker's own :class:`Library`;
    ``job(fn, *args)`` makes the same call, to run later and stop if it is no longer wanted."""

    def __init__(self, location) -> None:
        #: a .sqlite path or a server URL (as the window's build and facts loader open it)
        self.location = location
        self._lock = threading.Lock()  # one job at a time on the connection
        self._state = threading.Condition()  # guards what follows
        self._running: LibraryJob | None = None
        self._interrupting = 0  # interrupts on their way to the store
        self._library = None
        self._closed = False

    def job(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> LibraryJob:
        return LibraryJob(self, fn, args, kwargs)

    def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return self.job(fn, *args, **kwargs)()

    def close(self) -> None:
        """Close the connection now, or as soon as the job using it ends (never waits for one; the
        statement it is running is interrupted)."""
        self._closed = True
        with self._state:
            running = self._running
        if running is not None:
            running.interrupt()
        if self._lock.acquire(blocking=False):
            try:
                self._drop()
            finally:
                self._lock.release()

    def _run(self, job: LibraryJob) -> Any:
        from ...core.library import Library, LibraryError, LibraryInterrupted

        with self._lock:
            with self._state:
                self._state.wait_for(lambda: not self._interrupting)
                if self._closed:
                    raise LibraryError("The library window was closed.", "library_closed")
                if job.interrupted:
                    raise LibraryInterrupted(str(self.location))
                self._running = job
            try:
                if self._library is None:
                    self._library = Library(self.location)
                    if job.interrupted:  # while the connection was being opened
                        raise LibraryInterrupted(self._library.name)
                return job.fn(self._library, *job.args, **job.kwargs)
            finally:
                with self._state:
                    self._running = None
                    self._state.notify_all()
                if self._closed:
                    self._drop()

    def _interrupt(self, job: LibraryJob) -> None:
        with self._state:
            job.interrupted = True
            library = self._library
            if self._running is not job or library is None:
                return  # not begun (it never will) or over: nothing runs
            self._interrupting += 1
        # Off the caller's thread: a server's cancel request is a connection of its own.
        threading.Thread(
            target=self._send_interrupt, args=(library, job), name="library-interrupt", daemon=True
        ).start()

    def _send_interrupt(self, library, job: LibraryJob) -> None:
        try:
            # Again until the job ends: one that arrives between two of its statements stops nothing.
            while True:
                library.interrupt()
                with self._state:
                    if self._running is job:
                        self._state.wait(INTERRUPT_AGAIN_S)  # woken when the job ends
                    if self._running is not job:
                        break
        finally:
            with self._state:
                self._interrupting -= 1
                self._state.notify_all()

    def _drop(self) -> None:
        if self._library is not None:
            library, self._library = self._library, None
            library.close()
