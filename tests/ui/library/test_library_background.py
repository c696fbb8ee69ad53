"""Library search and compare run in workers (issue 22.5): the window keeps processing events while the
store works, only the latest request's answer is shown, and a failure is a sentence in the window."""

from __future__ import annotations

import threading

import pytest

from desktop.core.library import LibraryError, add_source

from hang_guards import REACT_MS, WORK_MS


@pytest.fixture
def window(tmp_path, qtbot):
    from desktop.ui.library.window import LibraryWindow

    docs = tmp_path / "docs"
    docs.mkdir()
    for year, result in ((2023, "3%"), (2024, "5.2%")):
        (docs / f"{year}.txt").write_text(
            f"{year}年政府工作报告\n\n去年国内生产总值增长{result}。今年国内生产总值增长5%左右。\n", encoding="utf-8"
        )
    (docs / "tw.md").write_text("# 國防報告\n\n國防預算達到6,007億元。\n", encoding="utf-8")
    add_source(tmp_path / "lib.sqlite", docs, names=False)
    window = LibraryWindow(tmp_path / "lib.sqlite")
    qtbot.addWidget(window)
    window.show()
    return window


class _Gates:
    """Replaces a tab's work function: each call records its thread and waits until its query is released."""

    def __init__(self, real) -> None:
        self.real = real
        self.gates: dict[str, threading.Event] = {}
        self.threads: dict[str, threading.Thread] = {}
        self.ended: set[str] = set()

    def __call__(self, library, query, *args):
        self.threads[query] = threading.current_thread()
        if self.threads[query] is threading.main_thread():  # would freeze the window until released
            raise AssertionError(f"{query!r} was asked on the UI thread")
        self.gates.setdefault(query, threading.Event()).wait(WORK_MS / 1000)
        try:
            return self.real(library, query, *args)
        finally:
            self.ended.add(query)

    def release(self, query: str) -> None:
        self.gates.setdefault(query, threading.Event()).set()


def test_a_search_runs_in_a_worker_and_only_the_latest_querys_answer_is_shown(window, qtbot, monkeypatch):
    from desktop.ui.library import search_tab

    gates = _Gates(search_tab._search)
    monkeypatch.setattr(search_tab, "_search", gates)
    tab = window.search_tab
    answers = []
    tab.answered.connect(lambda: answers.append(tab.last.query if tab.last else None))
    tab.field.setText("國防")
    tab.run_search()
    # The store is held up, and the window still processes events: the query is seen running in a worker.
    qtbot.waitUntil(lambda: "國防" in gates.threads, timeout=REACT_MS)
    assert gates.threads["國防"] is not threading.main_thread()
    assert tab.is_searching() and tab.model.rowCount() == 0 and tab.summary.text() == "Searching…"
    tab.field.setText("国内生产总值")
    tab.run_search()
    gates.release("國防")  # the replaced query ends first: its answer must not be shown
    qtbot.waitUntil(lambda: "國防" in gates.ended, timeout=REACT_MS)
    qtbot.wait(50)  # time for a stale answer to be (wrongly) delivered
    assert answers == [] and tab.model.rowCount() == 0
    with qtbot.waitSignal(tab.answered, timeout=WORK_MS):
        gates.release("国内生产总值")
    assert answers == ["国内生产总值"] and tab.model.rowCount() == 2
    titles = sorted(tab.model.index(r, 0).data(0x0100).title for r in range(2))
    assert titles == ["2023年政府工作报告", "2024年政府工作报告"]
    first = tab.model.index(0, 0)
    hit = tab.model.index(0, 0, first)
    doc_id, start, end = hit.data(search_tab.HIT_ROLE)
    assert window.library.text(doc_id)[start:end] == "国内生产总值" and "<b>国内生产总值</b>" in hit.data(
        search_tab.HTML_ROLE
    )
    assert tab.model.parent(hit) == first and tab.model.rowCount(hit) == 0
    # An emptied field clears the answer at once.
    tab.field.setText("")
    tab.run_search()
    assert tab.model.rowCount() == 0 and tab.last is None


def test_a_failing_search_is_said_as_a_sentence_in_the_tab_and_the_status_bar(window, qtbot, monkeypatch):
    from desktop.ui.library import search_tab

    def busy(library, query):
        raise LibraryError("The library “lib.sqlite” is busy: another program is writing to it.", "library_busy")

    monkeypatch.setattr(search_tab, "_search", busy)
    tab = window.search_tab
    tab.field.setText("國防")
    with qtbot.waitSignal(tab.failed, timeout=WORK_MS) as failure:
        tab.run_search()
    sentence = failure.args[0]
    assert "busy" in sentence and "Error" not in sentence and "Traceback" not in sentence
    assert tab.summary.text() == sentence and window.statusBar().currentMessage() == sentence
    assert tab.model.rowCount() == 0 and tab.last is None


def test_a_comparison_runs_in_a_worker_and_only_the_latest_is_shown(window, qtbot, monkeypatch):
    from desktop.ui.library import compare_tab

    gates = _Gates(compare_tab._compare)
    monkeypatch.setattr(compare_tab, "_compare", gates)
    tab = window.compare_tab
    tab.compare("国防 预算")
    qtbot.waitUntil(lambda: "国防 预算" in gates.threads, timeout=REACT_MS)
    assert gates.threads["国防 预算"] is not threading.main_thread() and tab.is_comparing()
    assert tab.series is None and tab.summary.text() == "Comparing…"
    tab.compare("国内生产总值 增长")
    gates.release("国防 预算")
    qtbot.waitUntil(lambda: "国防 预算" in gates.ended, timeout=REACT_MS)
    qtbot.wait(50)
    assert tab.series is None
    with qtbot.waitSignal(tab.answered, timeout=WORK_MS):
        gates.release("国内生产总值 增长")
    assert sorted((r.year, r.value) for r in tab.series.rows if r.role == "result") == [(2022, 3.0), (2023, 5.2)]
    assert "2 documents" in tab.summary.text() and tab.chart is not None and len(tab.chart.points) == 4


def test_a_failing_comparison_is_said_as_a_sentence(window, qtbot, monkeypatch):
    from desktop.ui.library import compare_tab

    def gone(library, *args):
        raise LibraryError("The library “lib.sqlite” could not be read: disk I/O error.", "library_error")

    monkeypatch.setattr(compare_tab, "_compare", gone)
    with qtbot.waitSignal(window.compare_tab.failed, timeout=WORK_MS) as failure:
        window.compare_tab.compare("国防 预算")
    assert "could not be read" in failure.args[0] and window.statusBar().currentMessage() == failure.args[0]


#: a statement that runs for minutes unless it is stopped (~5 minutes on this machine)
ENDLESS = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) SELECT count(*) FROM c"


def test_a_query_replaced_by_a_newer_one_is_stopped_in_the_store(window, qtbot, monkeypatch):
    from desktop.core.library import LibraryInterrupted
    from desktop.ui.library import search_tab

    real, running, go_on, ended = search_tab._search, threading.Event(), threading.Event(), []

    def search(library, query):
        if query != "slow":
            return real(library, query)
        running.set()
        go_on.wait(REACT_MS / 1000)  # stopped between two statements: the next one must not run on
        try:
            return library._all(ENDLESS)
        except Exception as err:
            ended.append(err)
            raise

    monkeypatch.setattr(search_tab, "_search", search)
    tab = window.search_tab
    tab.field.setText("slow")
    tab.run_search()
    assert running.wait(REACT_MS / 1000)
    tab.field.setText("国内生产总值")
    with qtbot.waitSignal(tab.answered, timeout=REACT_MS):
        tab.run_search()  # waits for the store: it is free only once the slow statement has stopped
        go_on.set()
    assert len(ended) == 1 and isinstance(ended[0], LibraryInterrupted)
    assert tab.last.query == "国内生产总值" and tab.model.rowCount() == 2 and "2 documents" in tab.summary.text()


def test_a_job_stopped_before_it_begins_never_runs_and_a_stop_reaches_only_its_own_job(tmp_path):
    from desktop.core.library import LibraryInterrupted
    from desktop.ui.library.worker_library import WorkerLibrary

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("标题\n\n国防预算增长7%。\n", encoding="utf-8")
    add_source(tmp_path / "lib.sqlite", docs, names=False)
    worker = WorkerLibrary(tmp_path / "lib.sqlite")
    called = []
    never = worker.job(lambda library: called.append(library))
    never.interrupt()
    with pytest.raises(LibraryInterrupted):
        never()
    assert called == []
    done = worker.job(lambda library: library.count())
    assert done() == 1
    done.interrupt()  # over: the next job is not touched
    assert worker.run(lambda library: library._all(ENDLESS.replace("1000000000", "100000"))) == [(100000,)]
    worker.close()


def test_the_worker_library_is_used_by_one_job_at_a_time_and_closed_after_the_running_one(tmp_path):
    from desktop.ui.library.worker_library import WorkerLibrary

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("标题\n\n国防预算增长7%。\n", encoding="utf-8")
    add_source(tmp_path / "lib.sqlite", docs, names=False)
    worker = WorkerLibrary(tmp_path / "lib.sqlite")
    inside, leave, seen = threading.Event(), threading.Event(), []

    def job(library):
        seen.append(library)
        inside.set()
        leave.wait(30)
        return library.count()

    runner = threading.Thread(target=lambda: seen.append(worker.run(job)))
    runner.start()
    assert inside.wait(30)
    worker.close()  # does not wait for the running job
    assert runner.is_alive()
    leave.set()
    runner.join(30)
    library, count = seen
    assert count == 1 and worker._library is None  # closed by the job that was using it
    with pytest.raises(LibraryError):
        library.count()
    with pytest.raises(LibraryError):
        worker.run(job)


def test_the_library_tables_share_one_set_up(window):
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView

    tables = (
        window.documents_table,
        window.facts_tab.table,
        window.compare_tab.table,
        window.compare_tab.years_table,
    )
    for table in tables:
        assert table.selectionBehavior() == QAbstractItemView.SelectRows
        assert table.editTriggers() == QAbstractItemView.NoEditTriggers
        assert not table.wordWrap() and table.verticalHeader().isHidden()
    assert window.compare_tab.table.isSortingEnabled() and not window.compare_tab.years_table.isSortingEnabled()
    header = window.documents_table.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.Stretch and not header.stretchLastSection()
