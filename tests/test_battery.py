"""The hardening batteries (issue 14; issue 21's 36 hostile PDF and DOCX files) as part of the suite: every hostile input through each
terminal subcommand (here) and through the window (``ui/test_battery_window.py``).

Terminal: ``battery_driver.py`` runs the cases in two processes (one per core)
under an address-space limit with a per-call alarm and every socket refused;
each (case, subcommand) is then one test here. Window: each case is opened
in a window that already shows the seed. Either way the rules are the same:
an answer (a hang guard, never a speed limit: ``make bench battery`` times
the cases), bounded memory, no traceback, one clear sentence for a refusal,
no network, and (in the window) the previous document stays open.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from battery_inputs import case_names, make_cases
from hang_guards import BATTERY_RUN_S

HERE = Path(__file__).resolve().parent
SUBCOMMANDS = ("sections", "text", "facts", "convert", "translate", "search")
_NAMES = case_names()
# Unexpected exceptions reach the terminal as "<command> failed: SomeError: ...".
_UNEXPECTED = re.compile(r"failed: [A-Za-z]*(Error|Exception)\b")


@pytest.fixture(scope="module")
def battery(tmp_path_factory, request):
    """``{(case, subcommand): result}`` from the driver, run in two halves at once, for the cases
    this session selected (``-k pdf`` runs only those: ``tests/office_battery.py`` counts them)."""
    folder = tmp_path_factory.mktemp("battery")
    selected = {
        item.callspec.params["name"]
        for item in request.session.items
        if item.module is request.module and hasattr(item, "callspec")
    }
    names = [n for n in _NAMES if n in selected]
    halves = [h for h in (names[0::2], names[1::2]) if h]
    procs = []
    for i, half in enumerate(halves):
        out = folder / f"out{i}.json"
        procs.append(
            (
                subprocess.Popen(
                    [sys.executable, str(HERE / "battery_driver.py"), str(folder / f"in{i}"), str(out), *half],
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                ),
                out,
            )
        )
    results = {}
    for proc, out in procs:
        _, err = proc.communicate(timeout=BATTERY_RUN_S)
        assert proc.returncode == 0, err.decode(errors="replace")[-2000:]
        for r in json.loads(out.read_text(encoding="utf-8")):
            results[(r["case"], r["sub"])] = r
    cases = {c.name: c for c in make_cases(folder / "expect")}
    return results, cases


@pytest.mark.parametrize("sub", SUBCOMMANDS)
@pytest.mark.parametrize("name", _NAMES)
def test_terminal(battery, name, sub):
    results, cases = battery
    r, case = results[(name, sub)], cases[name]
    assert r["rc"] in (0, 1), f"{name} {sub}: {r['rc']}"  # "timeout": the driver's hang guard fired
    assert r["connects"] == [], "a document made the app open a socket"
    assert r["peak_growth_mb"] < 1000, f"{name} {sub} took {r['peak_growth_mb']} MB more than any case before it"
    err = r["stderr"]
    assert "Traceback" not in err and not _UNEXPECTED.search(err), err
    said = [line for line in err.splitlines() if line.startswith("fact-browser:")]
    if case.refusal:
        assert r["rc"] == 1 and len(said) == 1 and case.refusal in said[0], err
        assert r["stdout_len"] == 0
        return
    assert r["rc"] == 0, err
    warnings = [line for line in said if line.startswith("fact-browser: warning:")]
    assert said == warnings
    if case.warning:
        assert len(warnings) == 1 and case.warning in warnings[0]
    else:
        assert warnings == []
    if sub == "text":
        for part in case.text_has:
            assert r["text_has"][part], f"{name}: {part!r} lost"
        for part in case.text_lacks:
            assert not r["text_has"][part], f"{name}: {part!r} shown"
    if sub == "facts" and name == "overflow":
        facts = json.loads(r["stdout"])["facts"]
        assert all("1e9123" not in f["text"] for f in facts)
        assert [f["value"] for f in facts if f["unit"] == "个"] == [123]
