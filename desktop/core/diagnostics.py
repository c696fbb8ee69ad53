"""Errors a user can report: a rotating log file in the user's log folder, and the details of a
failure (version, platform, traceback) as one block of text to paste into a bug report.

The window shows the details behind "Copy details" and names the log file; ``fact-browser
--verbose COMMAND`` prints the same block on stderr. Nothing here leaves the machine.
"""

from __future__ import annotations

import errno
import logging
import os
import sys
import traceback
from pathlib import Path
from typing import Callable

#: the log file rotates at this size, keeping :data:`LOG_BACKUPS` older ones
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3
LOG_NAME = "fact-browser.log"

log = logging.getLogger("desktop")


def user_log_dir() -> Path:
    """Per-user log folder (platformdirs: ``~/.local/state/fact-browser/log`` on Linux).
    ``FACT_BROWSER_LOG_DIR`` overrides it, so tests never write to the real one."""
    override = os.environ.get("FACT_BROWSER_LOG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_log_dir as _platform_log

    return Path(_platform_log("fact-browser", appauthor=False))


def log_file() -> Path:
    return user_log_dir() / LOG_NAME


class _LogFile(logging.Handler):
    """The rotating log file, made on the first record it is given. ``logging.handlers`` and the
    ``socket`` module it imports cost the first paint about 4 ms (issue 22.8), and a session
    without problems never needs them. ``baseFilename`` names the file, as on the real handler."""

    def __init__(self, path: Path) -> None:
        super().__init__(logging.WARNING)
        self.baseFilename = str(path)
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(
                self.baseFilename, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)  # rotates, and reports its own write errors through handleError

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def start_log() -> Path | None:
    """Send the app's warnings and errors to the rotating log file; returns its path, or None when
    the folder cannot be made (a read-only home): the app runs on and the details stay copyable.
    The file is opened on the first record, so a session without problems writes nothing."""
    path = log_file()
    for handler in log.handlers:
        if isinstance(handler, _LogFile) and Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    handler = _LogFile(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(handler)
    if log.level == logging.NOTSET or log.level > logging.WARNING:
        log.setLevel(logging.WARNING)
    return path


def environment() -> str:
    """Version and platform, one line each."""
    import platform  # only for a report: not on the way to the first paint

    from .. import APP_NAME, __version__

    lines = [
        f"{APP_NAME} {__version__}",
        f"Python {platform.python_version()} ({sys.executable})",
        f"{platform.platform()} ({platform.machine()})",
    ]
    qt, qtcore = sys.modules.get("PySide6"), sys.modules.get("PySide6.QtCore")
    if qt is not None and qtcore is not None:  # the window's; the terminal commands load no Qt
        lines.append(f"PySide6 {getattr(qt, '__version__', '?')}, Qt {qtcore.qVersion()}")
    return "\n".join(lines)


def details(error: BaseException, what: str = "") -> str:
    """What went wrong, for a bug report: ``what`` was being done, the environment, the traceback."""
    trace = "".join(traceback.format_exception(type(error), error, error.__traceback__))
    head = f"While: {what}\n" if what else ""
    return f"{head}{environment()}\n\n{trace}".rstrip() + "\n"


def record(error: BaseException, what: str = "") -> None:
    """Write ``error`` with its details to the log (when :func:`start_log` opened one)."""
    log.error("%s", details(error, what).rstrip())


#: the commonest file errors in the app's own words (``strerror`` is the C library's, and English only)
OS_ERRORS = {
    errno.ENOENT: "No such file or folder",
    errno.EACCES: "Permission denied",
    errno.EPERM: "Permission denied",
    errno.ENOSPC: "The disk is full",
    errno.EROFS: "The disk is read-only",
    errno.EISDIR: "This is a folder, not a file",
    errno.ENOTDIR: "A part of the path is not a folder",
    errno.EEXIST: "The file already exists",
}


def plain_words(error: BaseException, say: Callable[[str], str] = str) -> str:
    """What failed, in a sentence a user can read: the error's own message without its class name
    (the class name and the traceback are in the details). ``say`` translates the sentences written
    here (the window passes the interface language's; ``%1``/``%2`` are filled after it); an error's
    own message cannot be translated and is shown as it is."""
    if isinstance(error, OSError) and error.strerror:
        reason = say(OS_ERRORS[error.errno]) if error.errno in OS_ERRORS else error.strerror
        if error.filename:
            return say("%1 (%2)").replace("%1", reason).replace("%2", str(error.filename))
        return reason
    if isinstance(error, MemoryError):
        return say("The computer ran out of memory")
    if isinstance(error, (KeyError, IndexError)) and error.args:  # str() of a KeyError is only the key
        return say("an entry it looked for (%1) was missing").replace("%1", repr(error.args[0]))
    text = str(error).strip()
    return text.splitlines()[0] if text else say("An internal error without a message")
