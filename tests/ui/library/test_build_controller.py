"""The library's build controller on its own, without a window: a build starts, reports its steps,
asks for the documents table at most once a second, finishes or fails, stops and continues, and a
source added while one runs waits for it."""

from __future__ import annotations


import pytest
from PySide6.QtCore import QElapsedTimer, QObject

from desktop.core.library import Library

from hang_guards import REACT_MS, WORK_MS
from library_sources import corpus_file, report_folder


@pytest.fixture
def controller(tmp_path, qtbot):
    """A controller over a new library, recording every signal it sends as (name, args...)."""
    from desktop.ui.library.build_controller import BuildController

    owner = QObject()
    library = Library(tmp_path / "lib.sqlite", create=True)
    made = BuildController(library, tmp_path / "lib.sqlite", parent=owner)
    made.heard = []
    clock = QElapsedTimer()
    clock.start()
    for name in ("started", "progress", "rowsDue", "finished", "failed", "queued", "refused"):
        getattr(made, name).connect(lambda *args, name=name: made.heard.append((name, clock.elapsed(), *args)))
    yield made
    made.shutdown()
    library.close()


def _heard(controller, name):
    return [entry[2:] for entry in controller.heard if entry[0] == name]


def test_a_build_starts_reports_its_steps_and_finishes_with_the_report(controller, tmp_path, qtbot):
    src = corpus_file(tmp_path / "some.jsonl", 12)
    controller.add(src)
    assert controller.is_running() and controller.source == src
    assert _heard(controller, "started") == [(src,)]
    with qtbot.waitSignal(controller.finished, timeout=WORK_MS) as done:
        pass
    assert not controller.is_running()
    assert done.args[0]["added"] == 12 and _heard(controller, "failed") == []
    steps = _heard(controller, "progress")
    assert steps[-1][:2] == (12, 12) and [s[0] for s in steps] == sorted(s[0] for s in steps)
    # The documents table was asked for while the build ran, before the report came.
    names = [entry[0] for entry in controller.heard]
    assert "rowsDue" in names[: names.index("finished")]


def test_the_documents_table_is_asked_for_at_most_once_a_second(controller, tmp_path, qtbot):
    from desktop.ui.library.build_controller import ROWS_REFRESH_MS

    controller.add(corpus_file(tmp_path / "many.jsonl", 60))
    with qtbot.waitSignal(controller.finished, timeout=WORK_MS):
        pass
    due = [entry[1] for entry in controller.heard if entry[0] == "rowsDue"]
    steps = _heard(controller, "progress")
    assert due and len(due) < len(steps)
    # A coarse timer may fire up to 5% early.
    assert all(later - earlier >= ROWS_REFRESH_MS * 0.9 for earlier, later in zip(due, due[1:]))


def test_a_build_that_fails_says_why_and_starts_nothing_queued(controller, tmp_path, qtbot):
    missing = tmp_path / "nowhere"
    with qtbot.waitSignal(controller.failed, timeout=WORK_MS) as failed:
        controller.add(missing)
    assert failed.args[0] and "nowhere" in failed.args[0]
    assert not controller.is_running() and _heard(controller, "finished") == []
    assert controller.source == missing  # Continue would try it again


def test_stop_keeps_what_was_indexed_and_start_goes_on_from_there(controller, tmp_path, qtbot):
    src = corpus_file(tmp_path / "many.jsonl", 150)
    controller.add(src)
    qtbot.waitUntil(lambda: any(s[0] >= 5 for s in _heard(controller, "progress")), timeout=WORK_MS)
    with qtbot.waitSignal(controller.failed, timeout=REACT_MS) as stopped:
        controller.stop()
    assert "stopped" in stopped.args[0] and not controller.is_running()
    assert _heard(controller, "finished") == []
    with Library(tmp_path / "lib.sqlite") as lib:
        kept = lib.count()
    assert 0 < kept < 150
    with qtbot.waitSignal(controller.finished, timeout=WORK_MS) as done:
        controller.start()
    assert _heard(controller, "started") == [(src,), (src,)]
    assert done.args[0]["unchanged"] == kept and done.args[0]["added"] == 150 - kept


def test_a_source_added_while_a_build_runs_waits_for_it_and_is_built_next(controller, tmp_path, qtbot):
    first, second, third = (
        report_folder(tmp_path / "one"),
        report_folder(tmp_path / "two", ("c",)),
        report_folder(tmp_path / "three"),
    )
    controller.add(first)
    controller.add(second)
    controller.enqueue([third])
    assert _heard(controller, "queued") == [(second,)]  # enqueue says nothing
    assert _heard(controller, "started") == [(first,)] and controller.pending() == [second, third]
    qtbot.waitUntil(lambda: len(_heard(controller, "finished")) == 3, timeout=WORK_MS)
    assert _heard(controller, "started") == [(first,), (second,), (third,)]
    assert [report[0]["added"] for report in _heard(controller, "finished")] == [2, 1, 2]
    assert controller.pending() == [] and not controller.is_running() and controller.source == third
    # Each build began only after the one before it finished.
    order = [entry[0] for entry in controller.heard if entry[0] in ("started", "finished")]
    assert order == ["started", "finished"] * 3


def test_a_read_only_library_refuses_a_build(controller, tmp_path, qtbot):
    controller.library.set_read_only("its file or folder is read-only")
    controller.add(report_folder(tmp_path / "docs"))
    assert _heard(controller, "refused") == [()] and controller.build is None and not controller.is_running()
    assert _heard(controller, "started") == []
