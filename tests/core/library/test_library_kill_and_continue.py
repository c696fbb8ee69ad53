"""SIGKILL while a library is being built: the next run continues; nothing lost, nothing twice."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from desktop.core.library import Library, add_source

from corpus_subsets import TW, corpus_subset

_CHILD = """
import os, signal, sys
from desktop.core.library import add_source, writer
def progress(done, total, title):
    print(done, flush=True)
if sys.argv[3] == "inside":
    # Die halfway through writing the 6th document: its row and text are in, its facts not yet.
    real_write = writer.LibraryWriter.write
    calls = []
    def dying(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 6:
            self.lib.executemany = lambda *a: os.kill(os.getpid(), signal.SIGKILL)
        return real_write(self, *args, **kwargs)
    writer.LibraryWriter.write = dying
add_source(sys.argv[1], sys.argv[2], names=False, progress=progress)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("kill_after", [3, 11, "inside"])
def test_killed_while_indexing_then_reopened_loses_nothing_and_duplicates_nothing(tmp_path, new_library, kill_after):
    src = corpus_subset(TW, tmp_path, lambda r, n: n < 60)
    expected = sum(1 for line in src.read_text(encoding="utf-8").splitlines() if json.loads(line).get("content"))
    db = new_library()
    child = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(db), str(src), str(kill_after)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    inside = kill_after == "inside"
    if inside:
        child.wait(timeout=120)
        kill_after = 5
    else:
        for line in child.stdout:
            if int(line) >= kill_after:
                break
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=120)
    assert child.returncode == -signal.SIGKILL
    with Library(db) as lib:
        assert lib.integrity() == "ok"
        kept = lib.count()
        assert kill_after <= kept < expected
        if inside:
            assert kept == 5  # the 6th document, killed mid-transaction, is not there at all
        _assert_whole(lib)
        assert not lib.sources()[0]["complete"]
    report = add_source(db, src, names=False)
    assert report.unchanged == kept and report.added == expected - kept
    with Library(db) as lib:
        assert lib.count() == expected and lib.integrity() == "ok"
        keys = [r[0] for r in lib._all("SELECT key FROM documents")]
        assert len(keys) == len(set(keys))
        _assert_whole(lib)
        assert lib.sources()[0]["complete"]


def _assert_whole(lib: Library) -> None:
    """Every stored document has its text, its index row and exactly its counted facts."""
    for doc_id, fact_count, length in lib._all("SELECT id, fact_count, length FROM documents"):
        assert lib._one("SELECT COUNT(*) FROM facts WHERE doc_id=?", (doc_id,))[0] == fact_count
        assert len(lib.text(doc_id)) == length
    assert lib._one("SELECT COUNT(*) FROM texts")[0] == lib.count()
    assert lib._one("SELECT COUNT(*) FROM facts WHERE doc_id NOT IN (SELECT id FROM documents)")[0] == 0
    assert lib.integrity() == "ok"  # on SQLite this includes FTS5's own check of its index against the texts
