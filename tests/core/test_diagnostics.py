"""The rotating log file (issue 20.10) and what setting it up costs the first paint (issue 22.8)."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from desktop.core import diagnostics


def test_start_log_imports_no_logging_handlers_or_socket(tmp_path):
    """The handler module and the socket module it pulls in are loaded only when a record is written."""
    code = (
        "import sys\n"
        "from desktop.core import diagnostics\n"
        "assert diagnostics.start_log() is not None\n"
        "print(sorted(m for m in ('logging.handlers', 'socket', 'platform') if m in sys.modules))\n"
    )
    env = {"FACT_BROWSER_LOG_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, cwd=Path(__file__).parents[2]
    )
    assert out.stdout.strip() == "[]"


def test_the_log_file_is_made_on_the_first_record_and_rotates(tmp_path, monkeypatch):
    monkeypatch.setenv("FACT_BROWSER_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(diagnostics, "LOG_MAX_BYTES", 400)
    before = list(diagnostics.log.handlers)
    try:
        path = diagnostics.start_log()
        assert path == tmp_path / diagnostics.LOG_NAME
        assert diagnostics.start_log() == path  # once, however often it is asked
        assert len(diagnostics.log.handlers) == len(before) + 1
        assert not path.exists()  # nothing written before there is something to write
        try:
            {}["a key nobody set"]
        except KeyError as err:
            diagnostics.record(err, "testing the log")
        text = path.read_text(encoding="utf-8")
        assert "ERROR desktop:" in text and "While: testing the log" in text and "KeyError" in text
        for n in range(20):
            logging.getLogger("desktop.test").warning("line %d %s", n, "x" * 60)
        assert (tmp_path / (diagnostics.LOG_NAME + ".1")).exists()
        assert not (tmp_path / (diagnostics.LOG_NAME + ".4")).exists()  # three older ones kept
    finally:
        for handler in diagnostics.log.handlers[len(before) :]:
            diagnostics.log.removeHandler(handler)
            handler.close()
