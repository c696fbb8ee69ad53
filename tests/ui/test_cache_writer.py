"""Every SQLite write of the translation cache runs on the one writer thread, never on the UI thread:
opening the cache (its schema), online translation, re-translating a sentence, importing glosses,
clearing a document's English, clearing all of it from the menu and from Preferences."""

from __future__ import annotations

import re
import sqlite3
import threading

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox

from desktop.ui.services import tasks

from hang_guards import WORK_MS

_WRITE = re.compile(
    r"^\s*(INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|BEGIN|COMMIT|VACUUM|PRAGMA\s+(user_version\s*=|wal_checkpoint))",
    re.IGNORECASE,
)


@pytest.fixture
def sqlite_statements(monkeypatch):
    """(thread, statement) for every statement run on a translation-cache connection opened from now on
    (the dictionary index is another database, built by its own worker)."""
    from desktop.core.translate.cache import default_cache_path

    seen: list[tuple[threading.Thread, str]] = []
    connect = sqlite3.connect

    def traced(database, *args, **kwargs):
        conn = connect(database, *args, **kwargs)
        if str(database) == str(default_cache_path()):
            conn.set_trace_callback(lambda sql: seen.append((threading.current_thread(), sql)))
        return conn

    monkeypatch.setattr(sqlite3, "connect", traced)
    return seen


def _writes_on(thread, seen):
    return [sql for t, sql in seen if t is thread and _WRITE.match(sql)]


def test_no_sqlite_write_on_the_ui_thread(qtbot, tmp_path, online_window, sqlite_statements, monkeypatch):
    window = online_window
    doc = tmp_path / "doc.txt"
    doc.write_text("标题\n今天天气很好。我们去观音桥。\n", encoding="utf-8")
    window.open_path(doc, wait=True)
    window.english.set_online(True)
    qtbot.waitUntil(window.english.is_idle, timeout=WORK_MS)
    assert window.english.english_for_sentence(0)
    # Re-translate the sentence at the cursor.
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.doc_position(window.article.text.index("天气")))
    window.reader.setTextCursor(cursor)
    window.actions["translate_again"].trigger()
    qtbot.waitUntil(window.english.is_idle, timeout=WORK_MS)
    # Export the English as a gloss pack, forget it, import it back.
    pack = tmp_path / "doc.glosses.en.json"
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(pack), ""))
    window.actions["export_glosses"].trigger()
    window.english.set_online(False)
    window.actions["clear_document_translations"].trigger()
    qtbot.waitUntil(window.english.is_idle, timeout=WORK_MS)
    assert window.english.english_for_sentence(0) is None
    assert window.english.import_glosses(str(pack))
    assert window.english.english_for_sentence(0)
    # Clear everything, from the menu (confirmed) and from Preferences.
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.question", lambda *a, **k: QMessageBox.Yes)
    window.actions["clear_all_translations"].trigger()
    qtbot.waitUntil(window.english.is_idle, timeout=WORK_MS)
    window.english.clear_cache()
    assert len(window.english.sources.cache()) == 0

    ui = threading.main_thread()
    writer_threads = {t for t, sql in sqlite_statements if _WRITE.match(sql)} - {ui}
    assert _writes_on(ui, sqlite_statements) == []
    # ...and they did happen, all on one thread: the writer's.
    assert len(writer_threads) == 1
    assert any(re.match(r"\s*INSERT", sql, re.I) for _, sql in sqlite_statements)
    assert any(re.match(r"\s*DELETE", sql, re.I) for _, sql in sqlite_statements)


def test_on_writer_runs_on_the_writer_thread_and_passes_errors_back():
    ui = threading.current_thread()
    assert tasks.on_writer(threading.current_thread) is not ui
    assert tasks.on_writer(threading.current_thread) is tasks.on_writer(threading.current_thread)
    with pytest.raises(ZeroDivisionError):
        tasks.on_writer(lambda: 1 / 0)
