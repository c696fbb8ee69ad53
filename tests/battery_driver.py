"""Runs battery cases through every terminal subcommand in one bounded process.

``python tests/battery_driver.py FOLDER OUT.json NAME...`` makes the inputs in
FOLDER (see ``battery_inputs.py``) and, for each named case and subcommand,
calls ``desktop.cli.main`` in this process with stdout/stderr captured. Each
call has a hang guard (an alarm) (a FIFO that blocked ``open`` is interrupted by
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

from hang_guards import HEAVY_S

#: per call, seconds: a hang guard (see ``hang_guards.py``), not a speed limit
CALL_LIMIT_S = int(os.environ.get("FB_BATTERY_CALL_LIMIT", str(HEAVY_S)))
#: for the whole process, as address space (onnxruntime reserves arenas and thread stacks
#: far beyond what it touches): far above any real case, and a bound on a runaway read
ADDRESS_SPACE_BYTES = 8 * 1024**3

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


class _Sink(io.TextIOBase):
    """Stands in for stdout: keeps the head, counts the length and looks for ``needles`` as the
    text streams by, so an answer of gigabytes (facts JSON repeats each fact's sentence) is
    judged without being held."""

    HEAD = 200_000

    def __init__(self, needles) -> None:
        self.head: list[str] = []
        self.kept = 0
        self.length = 0
        self.found = {n: False for n in needles}
        self._tail = ""
        self._overlap = max((len(n) for n in needles), default=1)

    def write(self, text: str) -> int:
        if self.kept < self.HEAD:
            self.head.append(text[: self.HEAD - self.kept])
            self.kept += len(self.head[-1])
        window = self._tail + text
        for n in self.found:
            if not self.found[n] and n in window:
                self.found[n] = True
        self._tail = window[-self._overlap :]
        self.length += len(text)
        return len(text)

    def getvalue(self) -> str:
        return "".join(self.head)


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
            out, err = _Sink(case.text_has + case.text_lacks), io.StringIO()
            before = len(connects)
            peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            started = time.monotonic()
            signal.alarm(CALL_LIMIT_S)
            try:
                with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                    rc = cli(argv(case.path, folder))
            except _Alarm:
                rc = "timeout"
            except BaseException as exc:  # noqa: BLE001 - what escaped main() is exactly what the test must see
                rc = f"raised {type(exc).__name__}: {exc}"
            finally:
                signal.alarm(0)
            results.append(
                {
                    "case": case.name,
                    "sub": sub,
                    "rc": rc,
                    "seconds": round(time.monotonic() - started, 3),
                    "stdout": out.getvalue(),
                    "stdout_len": out.length,
                    "stderr": err.getvalue()[:4000],
                    # judged on the whole output as it streamed by: only its head is kept
                    "text_has": out.found,
                    "connects": connects[before:],
                    "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
                    # how far this call raised the process's peak (the peak itself only ever grows)
                    "peak_growth_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) // 1024,
                }
            )
    out_path.write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
