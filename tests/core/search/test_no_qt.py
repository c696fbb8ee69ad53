"""desktop.core.search and its CLI command must not pull in Qt (architecture rule 1)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_search_modules_import_without_qt_or_heavy_libraries():
    code = (
        "import sys, desktop.core.search, desktop.commands.search;"
        "bad = [m for m in ('PySide6', 'pypinyin', 'opencc', 'jieba') if m in sys.modules];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
