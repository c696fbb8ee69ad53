"""A wheel carries what the app needs outside the package: the seed, its English, icons, desktop files."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_installs_the_data_files_where_paths_looks(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    wheel = next(tmp_path.glob("fact_browser-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    share = [n.split("/data/", 1)[1] for n in names if ".data/data/" in n]
    for needed in (
        "share/fact-browser/seeds/guanyinqiao-service-award.zh.txt",
        "share/fact-browser/seeds/guanyinqiao-service-award.glosses.en.json",
        "share/fact-browser/resources/icons/fact-browser.svg",
        "share/fact-browser/resources/fact-browser.desktop",
    ):
        assert needed in share, needed
    assert "desktop/core/paths.py" in names


def test_a_mistyped_subcommand_is_named_not_opened_as_files(capsys, tmp_path, monkeypatch):
    from desktop.__main__ import main, unknown_command

    monkeypatch.chdir(tmp_path)
    assert main(["serch", "FILE"]) == 2
    err = capsys.readouterr().err
    assert err == "fact-browser: unknown command 'serch' (did you mean search?)\n"
    assert "did you mean facts?" in unknown_command("fcts")
    # A file that exists, or a word that looks like a file name, still goes to the window.
    (tmp_path / "serch").write_text("文本。", encoding="utf-8")
    assert unknown_command("serch") is None
    assert unknown_command("missing.txt") is None


def test_desktop_file_names_one_main_category():
    from desktop.core.paths import RESOURCES_DIR

    main_categories = {
        "AudioVideo",
        "Audio",
        "Video",
        "Development",
        "Education",
        "Game",
        "Graphics",
        "Network",
        "Office",
        "Science",
        "Settings",
        "System",
        "Utility",
    }
    line = next(
        entry
        for entry in (RESOURCES_DIR / "fact-browser.desktop").read_text(encoding="utf-8").splitlines()
        if entry.startswith("Categories=")
    )
    assert len(main_categories & set(line.split("=", 1)[1].split(";"))) == 1
