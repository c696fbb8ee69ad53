"""Whole-process time and peak memory to the first painted window, against bare Qt.

Both processes render their window offscreen and save it as a PNG, the same
work a user's first paint does; each is started fresh every repeat.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import CORPORA, ROOT

SEED = ROOT / "seeds" / "guanyinqiao-service-award.zh.txt"
# Peak memory is VmHWM of the process's own address space: ru_maxrss would carry over the
# high-water mark of the (large) bench process the child was forked from.
_WRAP = (
    "import atexit, runpy, sys\n"
    "def _peak():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            sys.stderr.write('\\nPEAK_KB=' + line.split()[1] + '\\n')\n"
    "atexit.register(_peak)\n"
    "sys.argv = sys.argv[1:]\n"
    "runpy.run_path(sys.argv[0], run_name='__main__') if sys.argv[0].endswith('.py') else runpy.run_module(sys.argv[0], run_name='__main__', alter_sys=True)\n"
)


def _run(args: list[str]) -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACT_BROWSER_CACHE_DIR=tempfile.gettempdir() + "/fb-bench-cache")
    t0 = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", _WRAP, *args], capture_output=True, text=True, env=env, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-500:])
    peak = int(result.stderr.rsplit("PEAK_KB=", 1)[1].split()[0])
    return elapsed, peak / 1024


def _run_script(args: list[str]) -> tuple[float, float]:
    """The installed ``fact-browser`` console script, as a user starts it (time only)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FACT_BROWSER_CACHE_DIR=tempfile.gettempdir() + "/fb-bench-cache")
    t0 = time.perf_counter()
    result = subprocess.run(args, capture_output=True, text=True, env=env, cwd=ROOT)
    elapsed = time.perf_counter() - t0
    if result.returncode != 0:
        raise RuntimeError(result.stderr[-500:])
    return elapsed, 0.0


def run(report) -> None:
    out = Path(tempfile.mkdtemp()) / "shot.png"
    samples: dict[str, list[tuple[float, float]]] = {"bare": [], "app": [], "script": []}
    bare = [str(ROOT / "benchmarks" / "bare_qt.py"), str(SEED), str(out)]
    app = ["desktop", "--screenshot", str(out), "--size", "1280x800", str(SEED)]
    script = Path(sys.executable).with_name("fact-browser")
    for _ in range(7):  # interleaved, so machine noise hits both alike
        samples["bare"].append(_run(bare))
        samples["app"].append(_run(app))
        if script.exists():
            samples["script"].append(_run_script([str(script), *app[1:]]))
    it = {k: iter(v) for k, v in samples.items()}
    report("startup: bare PySide6 window + QTextBrowser (s)", lambda: next(it["bare"])[0], measure=False, unit="s")
    report("startup: fact-browser --screenshot on the seed (s)", lambda: next(it["app"])[0], measure=False, unit="s",
           baseline="startup: bare PySide6 window + QTextBrowser (s)", target="≤ 1.5×")
    if samples["script"]:
        report("startup: installed fact-browser script --screenshot (s)", lambda: next(it["script"])[0], measure=False,
               unit="s", baseline="startup: bare PySide6 window + QTextBrowser (s)", target="≤ 1.5×")
    it = {k: iter(v) for k, v in samples.items()}
    report("peak memory: bare PySide6 (MB)", lambda: next(it["bare"])[1], measure=False, unit="MB")
    report("peak memory: fact-browser on the seed (MB)", lambda: next(it["app"])[1], measure=False, unit="MB",
           baseline="peak memory: bare PySide6 (MB)", target="≤ 1.6×")
    _loading(report)


def _loading(report) -> None:
    path = CORPORA / "gov_work_reports" / "government_work_reports.jsonl"
    if not path.exists():
        print("  (gov work reports absent: loading bench skipped)")
        return
    from desktop.core.ingest.builder import build_article
    from desktop.core.ingest.text import normalise

    contents = [json.loads(line)["content"] for line in path.open(encoding="utf-8")]
    total = sum(len(c) for c in contents)
    report("reading str over 72 reports (baseline)", lambda: [c.encode("utf-8").decode("utf-8") for c in contents], repeat=5)
    report(f"load + section 72 government reports ({total / 1e6:.2f} M chars)",
           lambda: [build_article(normalise(c)) for c in contents], repeat=5, target="< 1000 ms")
