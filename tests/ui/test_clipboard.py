"""Copying several formats, then quitting: PySide 6.11 segfaulted at exit when the clipboard held a
QMimeData made in Python (services/clipboard.py)."""

from __future__ import annotations

import subprocess
import sys

from desktop.ui.services import clipboard


def test_every_format_reaches_the_clipboard(qapp):
    clipboard.put(
        {"text/plain": "545.3亿元", "text/html": "<b>545.3亿元</b>", "application/json": '{"value": 54530000000}'}
    )
    mime = qapp.clipboard().mimeData()
    assert mime.text() == "545.3亿元"
    assert "<b>545.3亿元</b>" in mime.html()
    assert bytes(mime.data("application/json")).decode("utf-8") == '{"value": 54530000000}'
    assert "application/x-qstandarditemmodeldatalist" not in mime.formats()


def test_the_app_quits_cleanly_after_copying_facts(tmp_path, seed_path):
    """The window's own Copy Facts, then quit: exit status 0, not SIGSEGV."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop.ui.shell.main_window import MainWindow\n"
        "import time\n"
        "w = MainWindow(); w.open_path(sys.argv[1], wait=True); w.show()\n"
        "deadline = time.monotonic() + 120  # a hang guard: the facts take ~3 s loaded\n"
        "while w.facts.panel.proxy.rowCount() == 0 and time.monotonic() < deadline:\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "w.facts.panel.table.selectAll(); w.facts.panel.table.setFocus()\n"
        "w.actions['copy_facts'].trigger()\n"
        "assert 'application/json' in app.clipboard().mimeData().formats()\n"
        "w.close()\n"
    )
    import os

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = subprocess.run(
        [sys.executable, "-c", code, str(seed_path)], capture_output=True, text=True, timeout=600, env=env
    )
    assert result.returncode == 0, (result.returncode, result.stderr[-800:])
