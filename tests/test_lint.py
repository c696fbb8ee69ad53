"""ruff's lint rules ([tool.ruff.lint] in pyproject.toml) and its formatter hold over the whole tree. Run with the
suite so CI enforces them; every ``noqa`` left names its rule and says why."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing():
    ruff = Path(sys.executable).with_name("ruff")
    result = subprocess.run(
        [str(ruff), "check", "--no-cache", "--output-format", "concise", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_leaves_the_tree_unchanged():
    """One layout for everybody: `ruff format <files>` before a commit keeps this green."""
    ruff = Path(sys.executable).with_name("ruff")
    result = subprocess.run(
        [str(ruff), "format", "--check", "--no-cache", "."], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_noqa_names_its_rule_and_says_why():
    tracked = subprocess.run(["git", "ls-files", "*.py"], cwd=ROOT, capture_output=True, text=True)
    if tracked.returncode != 0:
        import pytest

        pytest.skip("not a git checkout")
    bare = []
    for name in tracked.stdout.split():
        for number, line in enumerate((ROOT / name).read_text(encoding="utf-8").splitlines(), 1):
            found = re.search(r"#\s*noqa\b(.*)$", line)
            if found and not re.match(r":\s*[A-Z]+[0-9]+(\s*,\s*[A-Z]+[0-9]+)*\s+(-\s+\S|\(\S)", found.group(1)):
                bare.append(f"{name}:{number}: {line.strip()}")
    assert bare == []
