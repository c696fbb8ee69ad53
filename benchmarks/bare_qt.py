"""Baseline for startup: a bare PySide6 window showing the seed text in a QTextBrowser."""

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

app = QApplication(sys.argv[:1])
window = QMainWindow()
browser = QTextBrowser()
browser.setPlainText(Path(sys.argv[1]).read_text(encoding="utf-8"))
window.setCentralWidget(browser)
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[2], "PNG")
