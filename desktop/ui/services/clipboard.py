"""Several formats on the clipboard at once, without a crash when the app quits.

A ``QMimeData`` made in Python is shiboken's wrapper class, whose C++
destructor calls back into Python. The clipboard owns what it is given and
deletes it only when the application object goes, after the interpreter has
finalised, and PySide 6.11 then segfaults (seen: every quit after Copy Facts;
``tests/ui/test_clipboard.py`` runs that in a process of its own). So the
clipboard gets a ``QMimeData`` that Qt allocated itself, which has no such
destructor: ``QStandardItemModel.mimeData()`` makes one.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMimeData
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel


def _qt_allocated() -> QMimeData:
    model = QStandardItemModel()
    model.appendRow(QStandardItem())
    mime = model.mimeData([model.index(0, 0)])
    for name in mime.formats():  # the model's own item-list format
        mime.removeFormat(name)
    return mime


def put(formats: dict[str, str]) -> None:
    """Put ``formats`` (MIME type → text) on the clipboard; ``text/plain`` and ``text/html`` as Qt's own."""
    mime = _qt_allocated()
    for kind, text in formats.items():
        if kind == "text/plain":
            mime.setText(text)
        elif kind == "text/html":
            mime.setHtml(text)
        else:
            mime.setData(kind, QByteArray(text.encode("utf-8")))
    QGuiApplication.clipboard().setMimeData(mime)
