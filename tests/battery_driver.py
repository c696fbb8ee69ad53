"""Runs battery cases through every terminal subcommand in one bounded process.

``python tests/battery_driver.py FOLDER OUT.json NAME...`` makes the inputs in
FOLDER (see ``battery_inputs.py``) and, for each named case and subcommand,
calls ``desktop.cli.main`` in this process with stdout/stderr captured. Each
call has a wall-clock alarm (a FIFO that blocked ``open`` is interrupted by
it); the whole process runs under an address-space limit, so a case that
reads a device until memory runs out fails with MemoryError instead of
taking the machine with it. Any socket connection is refused and recorded.
"""
from __future__ import annotations

import contextlib
import io
import json
import os
import resource
import signal
import socket
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

#: per call, seconds; the slowest real case (facts of 3.5 MB) takes about 4 s here
CALL_LIMIT_S = int(os.environ.get("FB_BATTERY_CALL_LIMIT", "60"))
#: for the whole process: far above any real case, far below what /dev/zero took (3.7 GB)
ADDRESS_SPACE_BYTES = 3 * 1024 ** 3

SUBCOMMANDS = {
    "sections": lambda p, tmp: ["sections", p],
    "text": lambda p, tmp: ["text", p],
    "facts": lambda p, tmp: ["facts", p],
    "convert": lambda p, tmp: ["convert", p, "--to", "taiwan"],
    "translate": lambda p, tmp: ["translate", p, "--offline", "--cache", str(tmp / "none.sqlite3")],
    "search": lambda p, tmp: ["search", p, "社零"],
}


class _Alarm(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Alarm()


def main() -> int:
    folder, out_path, names = Path(sys.argv[1]), Path(sys.argv[2]), set(sys.argv[3:])
    resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE_BYTES, ADDRESS_SPACE_BYTES))
    connects: list[str] = []

    def refuse(self, address, *args):
        connects.append(repr(address))
        raise OSError("the battery allows no network")

    socket.socket.connect = refuse
    socket.socket.connect_ex = refuse
    signal.signal(signal.SIGALRM, _on_alarm)

    from battery_inputs import make_cases
    from desktop.cli import main as cli

    results = []
    for case in make_cases(folder):
        if names and case.name not in names:
            continue
        for sub, argv in SUBCOMMANDS.items():
            out, err = io.StringIO(), io.StringIO()
            before = len(connects)
            peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            started = time.monotonic()
            signal.alarm(CALL_LIMIT_S)
            try:
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    rc = cli(argv(case.path, folder))
            except _Alarm:
                rc = "timeout"
            except BaseException as exc:  # what escaped main() is exactly what the test must see
                rc = f"raised {type(exc).__name__}: {exc}"
            finally:
                signal.alarm(0)
            results.append({
                "case": case.name, "sub": sub, "rc": rc, "seconds": round(time.monotonic() - started, 3),
                "stdout": out.getvalue()[:200_000], "stdout_len": len(out.getvalue()), "stderr": err.getvalue()[:4000],
                # judged here on the whole output: only its head is kept in the report
                "text_has": {part: part in out.getvalue() for part in case.text_has},
                "connects": connects[before:],
                "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                # how far this call raised the process's peak (the peak itself only ever grows)
                "peak_growth_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) // 1024,
            })
    out_path.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
