"""Issue 21's PDF/DOCX battery, re-run from the repo: ``python tests/office_battery.py``.

Counts come from the suite's own tests, so the totals the issue asks for are the ones CI checks:

* ``36 hostile PDF/DOCX files × 6 CLI paths``: ``tests/test_battery.py -k "pdf or docx"``
  (the driver runs only the selected cases);
* ``same files in the window``: ``tests/ui/test_battery_window.py -k "pdf or docx"``, offscreen,
  or with ``--display :N`` in a real window on that X server (Qt's xcb platform);
* ``--all``: the issue-14 cases as well (67 files).

``--network`` instead runs every case (all 67) as a user would, one fresh process per run — each
of the six terminal commands, and the window (``--screenshot --settle``, which waits for facts and
the names model) — under ``strace -f`` (inside ``unshare -n`` when allowed, so nothing can leave)
with online translation off, and prints how many runs made a ``connect()``/``send*()`` to an
address that is not loopback (issue 21.1's row: goal 0 of N). The detector is
``tests/test_no_network.py``'s, which the suite checks against a real attempt.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

#: the six terminal paths, as the driver runs them (``battery_driver.SUBCOMMANDS``)
CLI = {
    "sections": lambda p, cache: ["sections", p],
    "text": lambda p, cache: ["text", p],
    "facts": lambda p, cache: ["facts", p],
    "convert": lambda p, cache: ["convert", p, "--to", "taiwan"],
    "translate": lambda p, cache: ["translate", p, "--offline", "--cache", str(cache)],
    "search": lambda p, cache: ["search", p, "社零"],
}


def _pytest(files: list[str], selection: str | None, env: dict) -> ET.ElementTree:
    with tempfile.TemporaryDirectory(prefix="office-battery-") as tmp:
        xml = Path(tmp) / "results.xml"
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-p", "no:randomly"]
        command += ["--junitxml", str(xml)] + (["-k", selection] if selection else []) + files
        subprocess.run(command, cwd=ROOT, env=env)
        return ET.parse(xml)


def _tally(tree: ET.ElementTree) -> tuple[int, list[str], list[str]]:
    passed, failed, skipped = 0, [], []
    for case in tree.iter("testcase"):
        name = case.get("name", "")
        if case.find("failure") is not None or case.find("error") is not None:
            failed.append(name)
        elif case.find("skipped") is not None:
            skipped.append(f"{name}: {case.find('skipped').get('message', '')[:120]}")
        else:
            passed += 1
    return passed, failed, skipped


def counts(args) -> int:
    selection = None if args.all else "pdf or docx"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    rows = []
    if not args.window_only:
        rows.append(("CLI paths (files × 6)", _pytest(["tests/test_battery.py"], selection, env)))
    window_env = dict(env)
    where = "offscreen"
    if args.display:
        window_env.update(QT_QPA_PLATFORM="xcb", DISPLAY=args.display)
        where = f"real window on {args.display}"
    rows.append((f"the window ({where})", _pytest(["tests/ui/test_battery_window.py"], selection, window_env)))
    clean = True
    print()
    for row, tree in rows:
        passed, failed, skipped = _tally(tree)
        total = passed + len(failed) + len(skipped)
        print(f"{row:<44} {passed}/{total} clean")
        for name in failed:
            print(f"  FAILED {name}")
        for why in skipped:
            print(f"  skipped {why}")
        clean &= not failed and not skipped
    return 0 if clean else 1


def network(args) -> int:
    from battery_inputs import make_cases
    from test_no_network import _CI_VARIABLES, non_local

    strace = shutil.which("strace")
    if strace is None:
        print("strace is not installed (apt-get install strace)")
        return 2
    unshare = shutil.which("unshare")
    namespace = (
        [unshare, "-n"]
        if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0
        else []
    )
    work = Path(tempfile.mkdtemp(prefix="office-battery-net-", dir=args.tmp))
    cases = make_cases(work / "in")
    if not args.all:
        cases = [c for c in cases if c.name.endswith((".pdf", ".docx"))]
    home = work / "home"
    env = {k: v for k, v in os.environ.items() if k not in _CI_VARIABLES}  # onnxruntime goes quiet under CI
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        FACT_BROWSER_CACHE_DIR=str(home / "cache" / "fact-browser"),
        FACT_BROWSER_DATA_DIR=str(home / "data" / "fact-browser"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    # a control first: an attempt that sends nothing must be seen, or a count of 0 means nothing
    probe = "import socket\ntry:\n    socket.socket(socket.AF_INET, socket.SOCK_DGRAM).connect(('192.0.2.1', 53))\nexcept OSError:\n    pass"
    runs = [("control: a UDP connect() to 192.0.2.1", ["-c", probe], None)]
    for i, case in enumerate(cases):
        expected = 1 if case.refusal else 0
        for sub, argv in CLI.items():
            runs.append((f"{case.name} {sub}", ["-m", "desktop", *argv(case.path, work / f"tr{i}.sqlite3")], expected))
        shot = work / f"window{i}.png"
        runs.append((f"{case.name} window", ["-m", "desktop", case.path, "--screenshot", str(shot), "--settle"], 0))

    def trace(numbered):
        n, (label, argv, _) = numbered
        log = work / f"strace{n}.log"
        command = [*namespace, strace, "-f", "-qq", "-e", "trace=connect,sendto,sendmsg,sendmmsg", "-o", str(log)]
        done = subprocess.run(
            [*command, sys.executable, *argv], cwd=ROOT, env=env, capture_output=True, timeout=args.guard
        )
        found = non_local(log.read_text(encoding="utf-8", errors="replace"))
        return label, done.returncode, found

    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        results = list(pool.map(trace, enumerate(runs)))
    (_, _, control), results = results[0], results[1:]
    touched = [(label, found) for label, _, found in results if found]
    print(f"\nnetwork namespace: {'unshare -n' if namespace else 'none (strace only)'}")
    print(f"the control attempt {'was seen' if control else 'WAS NOT SEEN: the count below means nothing'}")
    codes = [(label, rc, expected) for (label, rc, _), (_, _, expected) in zip(results, runs[1:])]
    print(f"exit codes as the battery expects (0 opened, 1 refused): {sum(rc == e for _, rc, e in codes)}/{len(codes)}")
    for label, rc, expected in codes:
        if rc != expected:
            print(f"  {label}: exit {rc}, expected {expected}")
    print(
        f"runs that touched the network (strace connect/send*, online translation off): {len(touched)}/{len(results)}"
    )
    for label, found in touched:
        print(f"  {label}: {found[0][:200]}")
    stores = [p for p in home.rglob(".onnxruntime")]
    print(f"onnxruntime telemetry store in the fresh home: {[str(p) for p in stores] or 'none'}")
    shutil.rmtree(work, ignore_errors=True)
    return 0 if control and not touched and not stores else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--all", action="store_true", help="the issue-14 cases too (67 files, not 36)")
    parser.add_argument("--display", help="run the window's cases in a real window on this X display (e.g. :14)")
    parser.add_argument("--window-only", action="store_true", help="only the window's row")
    parser.add_argument("--network", action="store_true", help="count the runs that touch the network (strace)")
    parser.add_argument("--jobs", type=int, default=2, help="with --network: runs at once")
    parser.add_argument("--tmp", help="with --network: the folder for its inputs and logs (default: the system's)")
    parser.add_argument("--guard", type=int, default=3600, help="with --network: hang guard per run, seconds")
    args = parser.parse_args()
    return network(args) if args.network else counts(args)


if __name__ == "__main__":
    sys.exit(main())
