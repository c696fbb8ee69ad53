"""An unexpected error in the window: logged, then said in plain words with "Copy details" and the log's path.

A bug in a slot must not end the session, and a desktop launch has no console: the details
(version, platform, traceback) go to the rotating log file (``core/diagnostics.py``) and one
click puts them on the clipboard for a bug report. One dialog at a time: an error repeated
while it is open (a paint handler failing on every paint) is logged and counted, not stacked.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ...core import diagnostics

#: diagnostics.plain_words's sentences, marked for lupdate: the window says them in the interface language
_SENTENCES = (
    QT_TRANSLATE_NOOP("ErrorReport", "No such file or folder"),
    QT_TRANSLATE_NOOP("ErrorReport", "Permission denied"),
    QT_TRANSLATE_NOOP("ErrorReport", "The disk is full"),
    QT_TRANSLATE_NOOP("ErrorReport", "The disk is read-only"),
    QT_TRANSLATE_NOOP("ErrorReport", "This is a folder, not a file"),
    QT_TRANSLATE_NOOP("ErrorReport", "A part of the path is not a folder"),
    QT_TRANSLATE_NOOP("ErrorReport", "The file already exists"),
    QT_TRANSLATE_NOOP("ErrorReport", "%1 (%2)"),
    QT_TRANSLATE_NOOP("ErrorReport", "The computer ran out of memory"),
    QT_TRANSLATE_NOOP("ErrorReport", "an entry it looked for (%1) was missing"),
    QT_TRANSLATE_NOOP("ErrorReport", "An internal error without a message"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorReport", text)


#: the dialog on screen, if any (errors while it is open are only logged and counted)
_open: ErrorDialog | None = None


class ErrorDialog(QMessageBox):
    """What failed in plain words, the log file's path, and Copy Details (the full report)."""

    def __init__(self, error: BaseException, details: str, log_path, parent=None) -> None:
        super().__init__(parent)
        self.details = details
        self.repeats = 0
        self.setObjectName("errorDialog")
        self.setIcon(QMessageBox.Warning)
        self.setWindowTitle(QCoreApplication.translate("ErrorReport", "Something Went Wrong"))
        self.setText(
            QCoreApplication.translate(
                "ErrorReport", "Something went wrong: %1. Your document is unchanged and you can go on working."
            ).replace("%1", diagnostics.plain_words(error, _tr).rstrip(".").rstrip("。"))
        )
        where = (
            QCoreApplication.translate("ErrorReport", "The details are in the log file %1.").replace(
                "%1", str(log_path)
            )
            if log_path is not None
            else QCoreApplication.translate(
                "ErrorReport", "No log file could be written; copy the details to keep them."
            )
        )
        self.setInformativeText(
            where
            + " "
            + QCoreApplication.translate("ErrorReport", "To report the problem, copy the details into your report.")
        )
        self.setDetailedText(details)
        self.copy_button = self.addButton(
            QCoreApplication.translate("ErrorReport", "Copy Details"), QMessageBox.ActionRole
        )
        self.copy_button.setObjectName("copyDetails")
        # ActionRole buttons close the box by default: copying keeps it open.
        self.copy_button.clicked.disconnect()
        self.copy_button.clicked.connect(self.copy_details)
        self.addButton(QMessageBox.Close)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)
        self.copy_button.setText(QCoreApplication.translate("ErrorReport", "Copied"))

    def count_repeat(self) -> None:
        self.repeats += 1
        self.setWindowTitle(
            QCoreApplication.translate("ErrorReport", "Something Went Wrong (%n times)", None, self.repeats + 1)
        )


def report(error: BaseException, parent=None, *, what: str = "") -> ErrorDialog | None:
    """Log ``error`` and show it (or count it on the dialog already shown). Returns the dialog."""
    global _open
    diagnostics.record(error, what)
    if _open is not None:
        _open.count_repeat()
        return _open
    details = diagnostics.details(error, what)
    dialog = ErrorDialog(error, details, _log_path(), parent or QApplication.activeWindow())
    _open = dialog
    dialog.finished.connect(_closed)
    dialog.open()  # not exec(): a nested event loop inside an exception hook would re-enter the failing code
    return dialog


def _closed(*_args) -> None:
    global _open
    if _open is not None:
        _open.deleteLater()
    _open = None


def _log_path():
    path = diagnostics.log_file()
    return path if any(getattr(h, "baseFilename", None) for h in diagnostics.log.handlers) else None
