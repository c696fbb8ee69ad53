"""The library opened a second time, for the window's searches and comparisons off the UI thread.

The window's own connection stays on the UI thread (documents, the summary). Searches and comparisons
run in pool workers through :class:`~desktop.ui.services.tasks.Latest`; they share this one extra
connection, opened on first use in whichever worker needs it and used by one job at a time (a lock):
a SQLite connection opened with ``check_same_thread=False`` and a psycopg connection may move between
threads but must not be used by two at once. Reusing it keeps the store's rank cache warm across
queries and spares a server library a login per keystroke. Nothing here imports Qt.
"""

from __future__ import annotations

import threading
from typing import Any, Callable


class WorkerLibrary:
    """``run(fn, *args)`` calls ``fn(library, *args)`` with the worker's own :class:`Library`."""

    def __init__(self, location) -> None:
        #: a .sqlite path or a server URL (as the window's build and facts loader open it)
        self.location = location
        self._lock = threading.Lock()
        self._library = None
        self._closed = False

    def run(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        from ...core.library import Library, LibraryError

        with self._lock:
            if self._closed:
                raise LibraryError("The library window was closed.", "library_closed")
            try:
                if self._library is None:
                    self._library = Library(self.location)
                return fn(self._library, *args, **kwargs)
            finally:
                if self._closed:
                    self._drop()

    def close(self) -> None:
        """Close the connection now, or as soon as the job using it ends (never waits for one)."""
        self._closed = True
        if self._lock.acquire(blocking=False):
            try:
                self._drop()
            finally:
                self._lock.release()

    def _drop(self) -> None:
        if self._library is not None:
            library, self._library = self._library, None
            library.close()
