"""The import contracts in pyproject.toml ([tool.importlinter]) hold: core is Qt-free, the ui
floors hold (shell > features > services > core) and the features do not import each other.
Run with the suite so CI enforces them."""
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
    """A new feature package (desktop/ui/<name>/) must sit on the features floor of the layers
    contract, or the contract would silently not cover it."""
    import pkgutil
    import tomllib

    import desktop.ui

    floors = {"desktop.ui.shell", "desktop.ui.services"}
    features = {f"desktop.ui.{m.name}" for m in pkgutil.iter_modules(desktop.ui.__path__) if m.ispkg} - floors
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]
    layers = next(c for c in contracts if c["type"] == "layers")["layers"]
    assert layers[0] == "desktop.ui.shell" and layers[2:] == ["desktop.ui.services", "desktop.core"]
    on_features_floor = {name.strip() for name in layers[1].split("|")}
    assert features - on_features_floor == set(), "add it to the features floor of the layers contract in pyproject.toml"


def test_every_rule_the_code_cites_is_in_the_architecture_document():
    """The code says "architecture rule 3": docs/architecture.md must have that rule."""
    import re

    document = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    rules = document[document.index("\n## Rules\n"):]
    numbered = {int(n) for n in re.findall(r"^(\d+)\. \*\*", rules, flags=re.M)}
    cited, stale = set(), []
    for path in sorted([*ROOT.glob("desktop/**/*.py"), *ROOT.glob("tests/**/*.py"), *ROOT.glob("benchmarks/*.py")]):
        text = path.read_text(encoding="utf-8")
        cited |= {int(n) for n in re.findall(r"architecture rule (\d+)", text)}
        if re.search(r"DESIGN rule \d", text.replace("DESIGN rule \\d", "")):
            stale.append(str(path.relative_to(ROOT)))
    assert cited and cited <= numbered, f"cited {sorted(cited)}, documented {sorted(numbered)}"
    assert stale == [], "cite docs/architecture.md (\"architecture rule N\"), not a document outside the repo"
