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
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"][
        "contracts"
    ]
    layers = next(c for c in contracts if c["type"] == "layers")["layers"]
    assert layers[0] == "desktop.ui.shell" and layers[2:] == ["desktop.ui.services", "desktop.core"]
    on_features_floor = {name.strip() for name in layers[1].split("|")}
    assert features - on_features_floor == set(), (
        "add it to the features floor of the layers contract in pyproject.toml"
    )


def test_every_rule_the_code_cites_is_in_the_architecture_document():
    """The code says "architecture rule 3": docs/architecture.md must have that rule."""
    import re

    document = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    rules = document[document.index("\n## Rules\n") :]
    numbered = {int(n) for n in re.findall(r"^(\d+)\. \*\*", rules, flags=re.M)}
    cited, stale = set(), []
    for path in sorted([*ROOT.glob("desktop/**/*.py"), *ROOT.glob("tests/**/*.py"), *ROOT.glob("benchmarks/*.py")]):
        text = path.read_text(encoding="utf-8")
        cited |= {int(n) for n in re.findall(r"architecture rule (\d+)", text)}
        if re.search(r"DESIGN rule \d", text.replace("DESIGN rule \\d", "")):
            stale.append(str(path.relative_to(ROOT)))
    assert cited and cited <= numbered, f"cited {sorted(cited)}, documented {sorted(numbered)}"
    assert stale == [], 'cite docs/architecture.md ("architecture rule N"), not a document outside the repo'


#: The import cycle left when this check came in, for its owner to break (core/library's store and
#: locations; import-linter's acyclic contract skips core/library until then). It may shrink or go;
#: no new cycle may appear, and it may not grow. (Ingestion's cycle went with core/ingest, issue 22.4.)
KNOWN_CYCLES = (
    {
        "desktop.core.library.locations",
        "desktop.core.library.sources",
        "desktop.core.library.sqlite_store",
        "desktop.core.library.store",
    },
)


def _import_cycles() -> list[set[str]]:
    """Strongly connected groups of desktop's modules (imports inside functions and type hints count)."""
    import grimp

    graph = grimp.build_graph("desktop", include_external_packages=False, exclude_type_checking_imports=False)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[set[str]] = []

    def visit(module: str) -> None:  # Tarjan's algorithm
        index[module] = low[module] = len(index)
        stack.append(module)
        on_stack.add(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in on_stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == module:
                    break
            if len(group) > 1:
                cycles.append(group)

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return cycles


def test_no_new_import_cycle():
    cycles = _import_cycles()
    new = [sorted(c) for c in cycles if not any(c <= known for known in KNOWN_CYCLES)]
    assert new == []
    assert not [m for c in cycles for m in c if m.startswith(("desktop.ui", "desktop.commands"))]
