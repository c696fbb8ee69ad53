"""`make bench`: medians of each measurement, with ratios against a baseline run in the same process."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# FACT_BROWSER_CORPORA as in tests/shared_paths.py (a git worktree has no ../shared beside it)
CORPORA = Path(os.environ.get("FACT_BROWSER_CORPORA") or ROOT / ".." / "shared" / "corpora").resolve()


def fake_provider():
    """The tests' stand-in translation server (tests/fake_provider.py, not shipped): the benchmarks
    drive the real client against it as the tests do."""
    import sys

    tests = str(ROOT / "tests")
    if tests not in sys.path:
        sys.path.append(tests)
    import fake_provider

    return fake_provider
