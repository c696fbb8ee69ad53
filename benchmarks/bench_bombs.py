"""Issue 21.2/21.3: each PDF/DOCX bomb's answer time and peak memory, in a fresh process per call.

``python -m benchmarks.bench_bombs`` prints one row per bomb and subcommand
(wall seconds and the child's peak resident memory, from ``wait4``); ``make
bench`` reports the same through ``run``. The goal is an answer within 10 s
and under 1 GB for every bomb; the suite only guards against hangs
(``tests/test_battery.py``).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from . import ROOT

TESTS = ROOT / "tests"
BOMBS = (
    "text-bomb-pages.pdf",
    "text-bomb-one-page.pdf",
    "page-count-bomb.pdf",
    "zip-bomb.docx",
    "zip-bomb-lying-directory.docx",
    "text-bomb.docx",
    "text-bomb-plain.docx",
    "overlapping-entries.docx",
    "billion-laughs.docx",
    "million-empty-paragraphs.docx",
)
SUBCOMMANDS = ("text", "facts")


def measure(path: str, sub: str, env: dict) -> tuple[float, float, int, float]:
    """``(seconds, peak MB, exit code, CPU seconds)`` of ``fact-browser SUB path`` in a fresh process
    (CPU time too: on a shared machine the wall time says more about the neighbours). GNU time
    measures it: ``wait4`` on a forked child counts the pages it shared with this process, which
    made every bomb look like this benchmark's own 160 MB."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as out:
        done = subprocess.run(
            ["/usr/bin/time", "-f", "%e %M %U %S", "-o", out.name, sys.executable, "-m", "desktop", sub, path],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
        )
        seconds, kb, user, system = (float(x) for x in out.read().split()[-4:])
    return seconds, kb / 1024, done.returncode, user + system


def _cases(folder: Path) -> dict:
    sys.path.insert(0, str(TESTS))
    from battery_office_inputs import make_office_cases

    return {c.name: c for c in make_office_cases(folder)}


def run(report) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fb-bench-bombs-"))
    cases = _cases(folder / "in")
    env = dict(os.environ, FACT_BROWSER_CACHE_DIR=str(folder / "cache"))
    for name in BOMBS:
        for sub in SUBCOMMANDS:
            seconds, mb, _, _ = measure(cases[name].path, sub, env)
            report(f"bomb: `{sub}` {name} (s)", lambda s=seconds: s, measure=False, repeat=1, unit="s", target="< 10 s")
            report(
                f"bomb: `{sub}` {name} peak (MB)",
                lambda m=mb: m,
                measure=False,
                repeat=1,
                unit="MB",
                target="< 1000 MB",
            )


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="fb-bench-bombs-"))
    cases = _cases(folder / "in")
    env = dict(os.environ, FACT_BROWSER_CACHE_DIR=str(folder / "cache"))
    print(f"{'bomb':32} {'sub':6} {'seconds':>8} {'CPU s':>8} {'peak MB':>8} rc")
    for name in BOMBS:
        for sub in SUBCOMMANDS:
            seconds, mb, rc, cpu = measure(cases[name].path, sub, env)
            print(f"{name:32} {sub:6} {seconds:8.2f} {cpu:8.2f} {mb:8.0f} {rc}", flush=True)


if __name__ == "__main__":
    main()
