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


def test_every_ui_feature_package_is_under_the_contracts():
    """A new feature package (desktop/ui/<name>/) must be listed as independent, or the contract
    would silently not cover it."""
    import pkgutil
    import tomllib

    import desktop.ui

    features = {f"desktop.ui.{m.name}" for m in pkgutil.iter_modules(desktop.ui.__path__) if m.ispkg} - {"desktop.ui.shell"}
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    independent = next(c for c in contracts if c["type"] == "independence")["modules"]
    no_reach_back = next(c for c in contracts if "composition root" in c["name"])["source_modules"]
    assert features - set(independent) == set(), "add it to the independence contract in pyproject.toml"
    assert features - set(no_reach_back) == set(), "add it to the composition-root contract in pyproject.toml"
