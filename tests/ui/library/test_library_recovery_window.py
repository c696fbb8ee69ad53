"""File ▸ Open Library on a library that is not well: a message instead of a traceback, a newer library
left unchanged, a read-only one shown with a notice, a damaged one built again from its sources."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.library import Library, add_source

from hang_guards import REACT_MS


@pytest.fixture
def built(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("2024年报告\n\n国内生产总值增长5.2%，国防预算增长7%。\n", encoding="utf-8")
    (docs / "b.md").write_text("# 國防\n\n國防預算達到6,007億元。\n", encoding="utf-8")
    db = tmp_path / "lib.sqlite"
    add_source(db, docs, names=False)
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return db, docs


def _answer_next_box(qtbot, seen: list, button: str = "default"):
    """Press a button of the next modal message box as soon as it shows, recording its text."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append((box.text(), box.informativeText()))
        target = box.defaultButton() if button == "default" else box.button(QMessageBox.Cancel)
        (target or box.buttons()[0]).click()

    QTimer.singleShot(0, press)


def test_a_file_that_is_not_a_library_gets_a_message_not_a_traceback(open_window, tmp_path, qtbot):
    window = open_window()
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"plain text, not a database " * 50)
    seen: list = []
    _answer_next_box(qtbot, seen)
    assert window.library.open_library(bad) is None
    assert seen and "is not a library Fact Browser can open" in seen[0][0]
    assert bad.read_bytes() == b"plain text, not a database " * 50 and window.library.windows == []


def test_a_newer_library_is_refused_and_left_byte_for_byte(open_window, built, qtbot):
    db, _ = built
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value='999' WHERE key='schema'")
    con.execute("DELETE FROM meta WHERE key='readable_by'")
    con.commit()
    con.close()
    before = {p.name: p.read_bytes() for p in db.parent.glob("lib*")}
    window = open_window()
    seen: list = []
    _answer_next_box(qtbot, seen)
    assert window.library.open_library(db) is None
    assert "library format 999" in seen[0][0] and "left unchanged" in seen[0][0]
    assert {p.name: p.read_bytes() for p in db.parent.glob("lib*")} == before


def test_a_library_other_versions_may_read_opens_with_a_notice_and_does_not_build(built, qtbot):
    from desktop.ui.library.window import LibraryWindow

    db, docs = built
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value='4' WHERE key='schema'")
    con.commit()
    con.close()
    before = db.read_bytes()
    window = LibraryWindow(db, docs)
    qtbot.addWidget(window)
    window.show()
    assert window.documents_model.rowCount() == 2
    assert window.notice.isVisible() and "open read-only" in window.notice.text()
    qtbot.waitUntil(lambda: "read-only" in window.statusBar().currentMessage(), timeout=REACT_MS)
    assert not window.is_building() and db.read_bytes() == before


def test_a_damaged_library_is_built_again_from_its_sources_with_the_damaged_file_kept(open_window, built, qtbot):
    db, _ = built
    con = sqlite3.connect(db)
    con.execute("DROP TABLE fts")
    con.commit()
    con.close()
    damaged = db.read_bytes()
    window = open_window()
    seen: list = []
    _answer_next_box(qtbot, seen)
    library_window = window.library.open_library(db)
    assert "is damaged" in seen[0][0] and "docs" in seen[0][1]
    qtbot.addWidget(library_window)
    with qtbot.waitSignal(library_window.buildEnded, timeout=120000):
        pass
    assert library_window.documents_model.rowCount() == 2
    kept = [p for p in db.parent.iterdir() if p.name.startswith("lib.damaged-") and p.suffix == ".sqlite"]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    with Library(db) as lib:
        assert lib.integrity() == "ok" and lib.count() == 2


def test_declining_the_rebuild_changes_nothing(open_window, built, qtbot):
    db, _ = built
    con = sqlite3.connect(db)
    con.execute("UPDATE meta SET value='two' WHERE key='schema'")
    con.commit()
    con.close()
    copy = db.read_bytes()
    window = open_window()
    seen: list = []
    _answer_next_box(qtbot, seen, button="cancel")
    assert window.library.open_library(db) is None
    assert "“two” is not a number" in seen[0][0]
    assert db.read_bytes() == copy and sorted(p.name for p in db.parent.glob("lib*")) == ["lib.sqlite"]
