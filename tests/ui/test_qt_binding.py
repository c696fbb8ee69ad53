"""The Qt binding we install must not corrupt the interpreter on the calls the reader makes by the thousand."""

from __future__ import annotations

import sys

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument


def test_void_qt_calls_keep_none_alive(qapp):
    # PySide6 6.12.0 decremented None's refcount on every call returning void; a
    # reader rebuild makes thousands, and Python 3.11 then aborts ("deallocating None").
    doc = QTextDocument()
    cursor = QTextCursor(doc)
    char, block = QTextCharFormat(), QTextBlockFormat()
    before = sys.getrefcount(None)
    for _ in range(200):
        cursor.insertText("观音桥", char)
        cursor.insertBlock(block)
        cursor.setPosition(0)
    assert sys.getrefcount(None) >= before - 5
