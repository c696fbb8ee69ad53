"""The import contracts in pyproject.toml ([tool.importlinter]) hold: core is Qt-free,
the ui feature packages do not import each other. Run with the suite so CI enforces them."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert "0 broken" in report and " broken" in report
