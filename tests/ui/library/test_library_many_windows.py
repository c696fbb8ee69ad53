"""One application, many windows: Quit ends it all, a library opens once, a stopped build continues,
and a library grows by a folder, a document or a corpus from its own window (issue 20, item 3)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop.core.library import Library

from hang_guards import REACT_MS, WORK_MS
from library_sources import corpus_file, report_folder


def test_quit_closes_every_window_and_dialog_and_ends_the_process(tmp_path):
    """The real thing, in a process of its own: a reader window, two library windows (one building)
    and a dialog; Ctrl+Q's action in the reader window answers the one question and the event loop
    ends with every window closed."""
    report_folder(tmp_path / "one")
    corpus_file(tmp_path / "two.jsonl", 400)
    script = textwrap.dedent(
        f"""
        import json
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QDialog
        app = QApplication([])
        from desktop.ui.shell.main_window import MainWindow
        from desktop.ui.services import quitting
        asked = []
        quitting.confirm_quit = lambda parent, work: asked.append(list(work)) or True
        window = MainWindow()
        window.remembers = False
        window.show()
        first = window.library.open_library(Path({str(tmp_path / "one")!r}))
        second = window.library.open_library(Path({str(tmp_path / "two.jsonl")!r}))
        dialog = QDialog(first)
        dialog.setWindowTitle("Export")
        def go():
            if not (second.is_building() and second.progress.value() >= 2):
                QTimer.singleShot(50, go)
                return
            dialog.show()
            window.actions["quit"].trigger()
        QTimer.singleShot(0, go)
        status = app.exec()
        visible = [w.windowTitle() or type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
        print("ASKED", json.dumps(asked))
        print("VISIBLE", visible)
        print("STOPPED", second.build.cancelled)
        sys.exit(status)
        """
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    env.update({f"XDG_{kind}_HOME": str(tmp_path / kind.lower()) for kind in ("DATA", "CONFIG", "CACHE", "STATE")})
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=WORK_MS / 1000
    )
    assert result.returncode == 0, result.stderr[-3000:]
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    asked = json.loads(lines["ASKED"])
    assert len(asked) == 1 and any("two.jsonl" in work for work in asked[0])  # asked once, naming the build
    assert lines["VISIBLE"] == "[]"
    assert lines["STOPPED"] == "True"


def test_keep_working_keeps_every_window(open_window, tmp_path, qtbot, monkeypatch):
    from desktop.ui.services import quitting

    window = open_window()
    library_window = window.library.open_library(corpus_file(tmp_path / "big.jsonl", 400))
    qtbot.addWidget(library_window)
    qtbot.waitUntil(library_window.is_building, timeout=REACT_MS)
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *_: quits.append(1))
    asked = []
    monkeypatch.setattr(quitting, "confirm_quit", lambda parent, work: asked.append(work) or False)
    window.actions["quit"].trigger()
    assert asked and "big" in asked[0][0]
    assert window.isVisible() and library_window.isVisible() and library_window.is_building() and quits == []
    # The real question, answered by a click on Keep Working.
    monkeypatch.undo()
    monkeypatch.setattr(QApplication, "quit", lambda *_: quits.append(1))

    def answer():
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "still running" in box.text()
        next(b for b in box.buttons() if b.text() == "Keep Working").click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, answer)
    assert quitting.quit_application(window) is False
    assert library_window.isVisible() and quits == []
    with qtbot.waitSignal(library_window.buildEnded, timeout=WORK_MS):
        library_window.stop_build()


def test_quit_without_work_asks_nothing_and_closes_dialogs_too(open_window, tmp_path, qtbot, monkeypatch):
    from desktop.ui.services import quitting

    window = open_window()
    library_window = window.library.open_library(report_folder(tmp_path / "docs"))  # deleted on close: not qtbot's
    with qtbot.waitSignal(library_window.buildEnded, timeout=WORK_MS):
        pass
    dialog = QDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *_: quits.append(1))
    monkeypatch.setattr(quitting, "confirm_quit", lambda parent, work: not work or pytest.fail(f"asked: {work}"))
    library_window.menu.actions["quit"].trigger()  # Ctrl+Q in the library window quits as well
    assert not window.isVisible() and not library_window.isVisible() and not dialog.isVisible()
    assert quits == [1]


def test_a_library_already_open_comes_to_the_front_and_is_never_opened_twice(open_window, tmp_path, qtbot):
    window = open_window()
    folder = report_folder(tmp_path / "docs")
    first = window.library.open_library(folder)
    qtbot.addWidget(first)
    with qtbot.waitSignal(first.buildEnded, timeout=WORK_MS):
        pass
    # From Recent Libraries (the folder), from the library file itself, and from a second reader window.
    assert window.library.open_library(folder) is first
    with qtbot.waitSignal(first.buildEnded, timeout=WORK_MS):  # brought up to date, not opened again
        pass
    assert window.library.open_library(first.library_path) is first
    other = open_window()
    assert other.library.open_library(folder) is first
    with qtbot.waitSignal(first.buildEnded, timeout=WORK_MS):
        pass
    from desktop.ui.library.window import LibraryWindow

    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, LibraryWindow) and w.isVisible()]
    assert opened == [first] and first.documents_model.rowCount() == 2


def test_a_stopped_build_offers_continue_and_continue_finishes_it(tmp_path, qtbot):
    from desktop.ui.library.window import LibraryWindow

    src = corpus_file(tmp_path / "many.jsonl", 150)
    window = LibraryWindow(tmp_path / "lib.sqlite", src)
    qtbot.addWidget(window)
    window.show()
    assert window.resume.isHidden() and not window.menu.actions["continue_build"].isEnabled()
    qtbot.waitUntil(lambda: window.build is not None and window.progress.value() >= 5, timeout=WORK_MS)
    assert window.menu.actions["stop_build"].isEnabled()
    with qtbot.waitSignal(window.buildEnded, timeout=REACT_MS):
        window.menu.actions["stop_build"].trigger()
    assert window.resume.isVisible() and window.resume.text() == "Continue"
    assert window.menu.actions["continue_build"].isEnabled()
    with Library(tmp_path / "lib.sqlite") as lib:
        kept = lib.count()
    assert 0 < kept < 150
    with qtbot.waitSignal(window.buildEnded, timeout=WORK_MS):
        window.resume.click()
    assert window.resume.isHidden() and window.documents_model.rowCount() == 150
    assert f"{150 - kept} new, 0 updated, {kept} unchanged" in window.statusBar().currentMessage()


def test_the_library_window_adds_a_folder_a_document_and_a_corpus(tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from desktop.ui.library.window import LibraryWindow

    window = LibraryWindow(tmp_path / "lib.sqlite", report_folder(tmp_path / "docs"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.buildEnded, timeout=WORK_MS):
        pass
    more = report_folder(tmp_path / "more", names=("c", "d", "e"))
    single = tmp_path / "single.md"
    single.write_text("# 单篇文件\n\n城镇新增就业1256万人。\n", encoding="utf-8")
    corpus = corpus_file(tmp_path / "corpus.jsonl", 4)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(more))
    with qtbot.waitSignal(window.buildEnded, timeout=WORK_MS):
        window.menu.actions["add_folder"].trigger()
    assert window.documents_model.rowCount() == 5
    # Added while a build runs: queued, then built after it.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(single), ""))
    window.menu.actions["add_file"].trigger()
    assert window.is_building()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(corpus), ""))
    window.menu.actions["add_corpus"].trigger()
    assert "once the current build ends" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.documents_model.rowCount() == 10 and not window.is_building(), timeout=WORK_MS)
    titles = {r.title for r in window.documents_model.rows()}
    assert {"单篇文件", "第0篇", "第3篇"} <= titles
    assert window.windowTitle() == "Library: docs"


def test_every_library_window_action_has_its_own_shortcut(tmp_path, qtbot):
    from collections import Counter

    from desktop.ui.library.window import LibraryWindow

    window = LibraryWindow(tmp_path / "lib.sqlite", report_folder(tmp_path / "docs"))
    qtbot.addWidget(window)
    actions = list(window.menu.actions.values())
    assert all(a.shortcuts() for a in actions)
    used = Counter(s.toString() for a in actions for s in a.shortcuts())
    assert [k for k, n in used.items() if n > 1] == []
    with qtbot.waitSignal(window.buildEnded, timeout=WORK_MS):
        pass
