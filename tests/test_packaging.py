"""A wheel carries what the app needs outside the package: the seed, its English, icons, desktop files."""
from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_installs_the_data_files_where_paths_looks(tmp_path):
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr[-2000:]
    wheel = next(tmp_path.glob("fact_browser-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    share = [n.split("/data/", 1)[1] for n in names if ".data/data/" in n]
    for needed in ("share/fact-browser/seeds/guanyinqiao-service-award.zh.txt",
                   "share/fact-browser/seeds/guanyinqiao-service-award.glosses.en.json",
                   "share/fact-browser/resources/icons/fact-browser.svg",
                   "share/fact-browser/resources/fact-browser.desktop"):
        assert needed in share, needed
    assert "desktop/core/paths.py" in names
