"""desktop.core must never import Qt (architecture rule 1): checked in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import desktop.core


def test_importing_every_core_module_leaves_pyside6_unloaded():
    names = [m.name for m in pkgutil.walk_packages(desktop.core.__path__, "desktop.core.")]
    assert len(names) >= 5
    code = (
        "import importlib, sys\n"
        + "".join(f"importlib.import_module({n!r})\n" for n in names)
        + "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\nprint(bad)\nsys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_cli_commands_do_not_import_qt(seed_path):
    code = (
        "import sys; from desktop.cli import main; main(['sections', %r]);"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    ) % str(seed_path)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
