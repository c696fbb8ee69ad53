"""The library rows of issue 21's hostile battery, re-run from the repo: ``python tests/library_battery.py``.

Each row is a set of the suite's own cases (every input generated in a temp folder at test time,
hang guards only); this runs just those through pytest and prints each row's total in each store
against its goal, so the totals the issue asks for come from the same tests CI runs. A case skipped
(no PostgreSQL server, not root) is counted apart with pytest's reason, never as passed.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = "tests/core/library/"

#: row -> (goal per store, {file: [test functions]}, parameters that are not part of the row)
ROWS = {
    "library: folders with traps": (
        10,
        {"test_library_folder_traps.py": ["test_each_trap_is_skipped_with_its_reason", "test_a_name_that_is_not_utf8"]},
        (),
    ),
    "library: damaged databases × operations": (
        75,
        {
            "test_library_damaged.py": [
                "test_a_damaged_library_says_so_and_how_to_rebuild_it",
                "test_a_file_that_is_not_a_library_is_refused_and_left_alone",
                "test_a_library_of_a_newer_version_is_never_changed",
                "test_a_newer_library_that_allows_older_readers_opens_read_only",
                "test_a_read_only_library_opens_for_reading_and_adding_says_why_it_cannot",
            ]
        },
        ("rebuild", "list all"),  # the newer-library test also runs these two, which are not operations on a file
    ),
    "library: disk full while indexing": (
        4,
        {
            "test_library_disk_full.py": [
                "test_a_file_size_limit_stops_the_add_with_what_was_kept",
                "test_a_full_disk_stops_the_add_with_what_was_kept",
            ]
        },
        (),
    ),
    "library: hostile queries": (
        108,
        {"test_library_hostile_queries.py": ["test_a_hostile_query_gets_an_answer_not_a_traceback"]},
        (),
    ),
    "library: kill -9 during library add": (
        20,
        {"test_library_kill_battery.py": ["test_each_kill_leaves_a_sound_library_that_lost_nothing"]},
        (),
    ),
    "library: concurrent writers (4, two killed)": (
        1,
        {"test_library_postgres.py": ["test_four_writers_on_overlapping_folders_with_random_kills_lose_nothing"]},
        (),
    ),
}
STORES = ("sqlite", "postgresql")


def _row_of(file: str, name: str) -> str | None:
    function, _, params = name.partition("[")
    for row, (_, tests, excluded) in ROWS.items():
        if any(function == t or function.startswith(t + "_") for t in tests.get(file, ())):
            return None if params.rstrip("]") in excluded else row
    return None


def _store_of(name: str) -> str:
    params = name.partition("[")[2].rstrip("]")
    found = [s for s in STORES if re.search(rf"(^|-){s}(-|$)", params)]
    return found[0] if found else "sqlite"  # a test without a store parameter builds a library file


def main() -> int:
    files = sorted({HERE + f for _, tests, _ in ROWS.values() for f in tests})
    selection = " or ".join(sorted({t for _, tests, _ in ROWS.values() for ts in tests.values() for t in ts}))
    with tempfile.TemporaryDirectory(prefix="library-battery-") as tmp:
        xml = Path(tmp) / "results.xml"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        subprocess.run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--junitxml", str(xml), "-k", selection]
            + files,
            cwd=ROOT,
            env=env,
        )
        tree = ET.parse(xml)
    tally = {(row, store): {"passed": 0, "failed": [], "skipped": []} for row in ROWS for store in STORES}
    for case in tree.iter("testcase"):
        file = case.get("classname", "").rsplit(".", 1)[-1] + ".py"
        name = case.get("name", "")
        row = _row_of(file, name)
        if row is None:
            continue
        cell = tally[row, _store_of(name)]
        skipped = case.find("skipped")
        if case.find("failure") is not None or case.find("error") is not None:
            cell["failed"].append(name)
        elif skipped is not None:
            cell["skipped"].append(skipped.get("message", ""))
        else:
            cell["passed"] += 1
    print(f"\n{'row':<46} {'SQLite':>12} {'PostgreSQL':>12}   goal (each store)")
    clean = True
    for row, (goal, _, _) in ROWS.items():
        cells = []
        for store in STORES:
            cell = tally[row, store]
            ran = cell["passed"] + len(cell["failed"])
            cells.append(f"{cell['passed']}/{ran}" if ran else "—")
            clean &= not cell["failed"] and (ran == 0 or ran + len(cell["skipped"]) == goal)
        print(f"{row:<46} {cells[0]:>12} {cells[1]:>12}   {goal}/{goal}")
    for (row, store), cell in tally.items():
        for name in cell["failed"]:
            print(f"  FAILED {row} ({store}): {name}")
        for why in sorted(set(cell["skipped"])):
            n = cell["skipped"].count(why)
            print(f"  skipped {n} of {row} ({store}): {why[:160]}")
    return 0 if clean else 1


if __name__ == "__main__":
    sys.exit(main())
