"""Runs every ``benchmarks/bench_*.py`` module's ``run(report)`` and prints one table.

``report(name, fn, baseline=None, repeat=7, unit="ms")`` times ``fn`` ``repeat``
times (after one warm-up unless ``warmup=False``) and records the median;
when ``baseline`` names an earlier measurement, the ratio to it is printed.
``fn`` may return a number instead of being timed, by passing ``measure=False``
(used for memory figures and for times measured by the callee).
"""

from __future__ import annotations

import importlib
import pkgutil
import statistics
import sys
import time


class Report:
    def __init__(self) -> None:
        self.rows: list[tuple[str, float, str, str | None]] = []
        self.medians: dict[str, float] = {}

    def __call__(self, name, fn, *, baseline=None, repeat=7, unit="ms", warmup=True, measure=True, target=None):
        if measure:
            if warmup:
                fn()
            samples = []
            for _ in range(repeat):
                t0 = time.perf_counter()
                fn()
                samples.append(time.perf_counter() - t0)
            value = statistics.median(samples) * (1000 if unit == "ms" else 1)
        else:
            values = [fn() for _ in range(repeat)]
            value = statistics.median(values)
        self.medians[name] = value
        self.rows.append((name, value, unit, baseline, target))
        ratio = ""
        if baseline and self.medians.get(baseline):
            ratio = f"{value / self.medians[baseline]:.2f}× {baseline}"
        print(f"  {name:<58} {value:>10.3f} {unit:<5} {ratio:<34} {target or ''}", flush=True)
        return value


def main(argv: list[str]) -> int:
    wanted = set(argv)
    report = Report()
    print(f"{'measurement (median)':<60} {'value':>10} {'unit':<5} {'ratio':<34} target")
    import benchmarks

    # Start-up first: whole-process timings are steadier before this process has grown.
    order = lambda m: (m.name != "bench_startup", m.name)  # noqa: E731 - a sort key, next to where it sorts
    for info in sorted(pkgutil.iter_modules(benchmarks.__path__), key=order):
        if not info.name.startswith("bench_"):
            continue
        if wanted and info.name.removeprefix("bench_") not in wanted and info.name not in wanted:
            continue
        print(f"{info.name.removeprefix('bench_')}:", flush=True)
        module = importlib.import_module(f"benchmarks.{info.name}")
        try:
            module.run(report)
        except Exception as err:  # noqa: BLE001 - one broken bench must not hide the others
            print(f"  !! {info.name} failed: {type(err).__name__}: {err}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
