"""Probe run in a fresh process by bench_facts: when the seed's figures and its names reach the window.

Prints JSON ``{"paint": s, "figures": s, "names": s}``: seconds from process start to
the first paint of the reader, and from that paint to the panel holding figures
(the model-free list) and names (the model's list).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time

T0 = time.perf_counter()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pathlib import Path

    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    from desktop.ui.services import tasks
    from desktop.ui.shell.main_window import MainWindow
    from desktop.ui.services.settings import Settings

    seed = Path(sys.argv[1])
    store = QSettings(str(Path(tempfile.mkdtemp()) / "probe.ini"), QSettings.IniFormat)
    tasks.hold_until_first_paint()
    window = MainWindow(Settings(store))
    window.resize(1280, 800)
    times: dict[str, float] = {}

    class Paint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Paint and "paint" not in times:
                times["paint"] = time.perf_counter()
            return False

    painter = Paint()
    window.open_path(seed, wait=True)
    window.reader.viewport().installEventFilter(painter)

    def on_facts() -> None:
        facts = window.session.facts
        now = time.perf_counter()
        if facts and "figures" not in times:
            times["figures"] = now
        if any(f.kind == "person" for f in facts) and "names" not in times:
            times["names"] = now
            QTimer.singleShot(0, app.quit)

    window.signals.factsChanged.connect(on_facts)
    window.show()
    QTimer.singleShot(60000, app.quit)
    app.exec()
    paint = times["paint"]
    print(json.dumps({"paint": paint - T0, "figures": times["figures"] - paint, "names": times["names"] - paint}))
    tasks.shutdown()


if __name__ == "__main__":
    main()
