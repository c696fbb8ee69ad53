"""tasks.Latest: the newest job's outcome only, and never a failure dropped unseen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from desktop.ui.services import tasks
from hang_guards import REACT_MS


def _fails(message):
    raise ValueError(message)


def test_a_latest_job_must_say_where_its_failures_go(qapp):
    with pytest.raises(TypeError):
        tasks.Latest(QObject(), lambda result: None)  # no on_error: refused, not silently dropped


def test_only_the_newest_jobs_failure_arrives(qtbot):
    owner = QObject()
    errors, results = [], []
    latest = tasks.Latest(owner, results.append, errors.append)
    latest.start(_fails, "old")
    latest.start(_fails, "new")
    qtbot.waitUntil(latest.is_idle, timeout=REACT_MS)
    qtbot.waitUntil(lambda: bool(errors), timeout=REACT_MS)
    assert [str(e) for e in errors] == ["new"] and results == []
