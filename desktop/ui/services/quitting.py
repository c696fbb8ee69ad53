"""Quit: every window and dialog of the application closes and the process ends.

Any window may offer Quit (the reader windows and each library window). A
window that is doing work a user would lose says so through
``running_work() -> str`` (a sentence, or "" when idle); Quit asks once for all
of them, then closes the dialogs, then the windows (each saves its state in its
own ``closeEvent``), then ends the event loop.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


def running_work() -> list[str]:
    """What the open windows are still doing, one sentence each."""
    said = []
    for widget in QApplication.topLevelWidgets():
        ask = getattr(widget, "running_work", None)
        if widget.isVisible() and callable(ask):
            text = ask()
            if text:
                said.append(text)
    return said


def confirm_quit(parent: QWidget | None, work: list[str]) -> bool:
    """Ask once whether to quit while ``work`` runs; True when there is none or the user says yes."""
    if not work:
        return True
    box = QMessageBox(
        QMessageBox.Question,
        QCoreApplication.translate("Quitting", "Quit"),
        QCoreApplication.translate("Quitting", "Quit while this work is still running?"),
        QMessageBox.NoButton,
        parent,
    )
    box.setInformativeText(
        "\n".join(work)
        + "\n\n"
        + QCoreApplication.translate(
            "Quitting", "What is indexed so far is kept; opening the library again continues the build."
        )
    )
    quit_button = box.addButton(QCoreApplication.translate("Quitting", "Quit"), QMessageBox.AcceptRole)
    box.addButton(QCoreApplication.translate("Quitting", "Keep Working"), QMessageBox.RejectRole)
    box.setDefaultButton(quit_button)
    box.exec()
    return box.clickedButton() is quit_button


def quit_application(parent: QWidget | None = None) -> bool:
    """Close every dialog and window and end the event loop; False when the user chose to keep working."""
    if not confirm_quit(parent, running_work()):
        return False
    app = QApplication.instance()
    tops = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    # Dialogs first (a modal one runs its own loop: rejecting it returns control to its caller),
    # then the windows; a window that refuses to close (it asked and was told no) stops the quit.
    for widget in tops:
        if isinstance(widget, QDialog):
            widget.reject()
    for widget in tops:
        if not isinstance(widget, QDialog) and widget.isVisible() and not widget.close():
            return False
    for widget in QApplication.topLevelWidgets():  # whatever a closing window opened on its way out
        if widget.isVisible():
            widget.hide()
    app.quit()
    return True
