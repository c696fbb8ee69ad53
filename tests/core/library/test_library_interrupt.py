"""A read the library window no longer wants is stopped in the store (issue 22.5): Library.interrupt()
from another thread ends the running statement with LibraryInterrupted, in both stores, and the
connection goes on answering; with nothing running it does nothing."""

from __future__ import annotations

import threading
import time

import pytest
from library_stores import STORES, new_library_in

from desktop.core.library import Library, LibraryInterrupted, add_source

from hang_guards import REACT_MS

#: statements that run far longer than the test waits (SQLite: ~5 minutes on this machine; the server: 60 s)
ENDLESS = {
    "sqlite": "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 1000000000) "
    "SELECT count(*) FROM c",
    "postgresql": "SELECT pg_sleep(60)",
}


@pytest.mark.parametrize("store", STORES)
def test_interrupt_stops_the_running_read_and_the_connection_goes_on(tmp_path, pg_cluster, store):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("标题\n\n国防预算增长7%。\n", encoding="utf-8")
    location = new_library_in(store, tmp_path, pg_cluster)()
    add_source(location, docs, names=False)
    with Library(location) as library:
        library.interrupt()  # nothing runs: nothing happens, the next statement runs whole
        assert library.count() == 1
        outcome = []

        def read():
            started = time.monotonic()
            try:
                outcome.append(library._all(ENDLESS[store]))
            except Exception as err:  # noqa: BLE001 - the test looks at what it was
                outcome.append(err)
            outcome.append(time.monotonic() - started)

        reader = threading.Thread(target=read)
        reader.start()
        time.sleep(0.3)  # the statement is running
        library.interrupt()
        reader.join(REACT_MS / 1000)
        assert not reader.is_alive(), "the statement ran on"
        err, seconds = outcome
        assert isinstance(err, LibraryInterrupted) and "stopped" in str(err), err
        assert seconds < 5
        assert library.count() == 1  # the same connection answers the next read
