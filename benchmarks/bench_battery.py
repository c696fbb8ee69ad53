"""The hardening battery's speeds (issue 20, item 1): what the suite used to assert per call.

The suite (``tests/test_battery.py``) only guards against hangs; here each
slow hostile input is timed through ``fact-browser facts`` in a fresh process
(the way a user runs it), against the same command on the bundled article,
and the whole battery (every case through the six terminal subcommands, in
one process as the suite runs it) reports its slowest call. The target is the
limit the suite once held every call to.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import ROOT

SEED = ROOT / "seeds" / "guanyinqiao-service-award.zh.txt"
TESTS = ROOT / "tests"
#: what tests/test_battery.py asserted per call until issue 20 (45 s)
CALL_TARGET = "< 45 s"


def _facts_seconds(path: str, env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "desktop", "facts", path],
        cwd=ROOT,
        env=env,
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def run(report) -> None:
    sys.path.insert(0, str(TESTS))
    from battery_inputs import make_cases

    folder = Path(tempfile.mkdtemp(prefix="fb-bench-battery-"))
    cases = {c.name: c for c in make_cases(folder / "in")}
    env = dict(os.environ, FACT_BROWSER_CACHE_DIR=str(folder / "cache"))
    base = "battery: `facts` on the bundled article, fresh process (s)"
    report(base, lambda: _facts_seconds(str(SEED), env), measure=False, repeat=3, unit="s")
    for name in ("one-line-1mb.txt", "entity-bomb.html", "deep-nesting.html"):
        report(
            f"battery: `facts` on {name}, fresh process (s)",
            lambda n=name: _facts_seconds(cases[n].path, env),
            measure=False,
            repeat=3,
            unit="s",
            baseline=base,
            target=CALL_TARGET,
        )
    out = folder / "all.json"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, str(TESTS / "battery_driver.py"), str(folder / "driver"), str(out)],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    total = time.perf_counter() - started
    calls = json.loads(out.read_text(encoding="utf-8"))
    slowest = max(calls, key=lambda r: r["seconds"])
    report(f"battery: all {len(calls)} calls in one process (s)", lambda: total, measure=False, repeat=1, unit="s")
    report(
        f"battery: slowest call ({slowest['sub']} {slowest['case']}) (s)",
        lambda: slowest["seconds"],
        measure=False,
        repeat=1,
        unit="s",
        target=CALL_TARGET,
    )
