"""``fact-browser gloss WORD``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from desktop.cli import main


def test_gloss_prints_forms_pinyin_and_senses(glossary, capsys):
    assert main(["gloss", "商圈", "--cache-dir", str(glossary.cache_dir)]) == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == ["商圈  shāng quān", "  1. commercial district", "  2. business district"]
    assert err == ""


def test_gloss_shows_every_reading_and_both_scripts(glossary, capsys):
    assert main(["gloss", "電腦", "--cache-dir", str(glossary.cache_dir)]) == 0
    assert capsys.readouterr().out.startswith("电脑 (電腦)  diàn nǎo\n  1. computer\n")
    assert main(["gloss", "了", "--cache-dir", str(glossary.cache_dir)]) == 0
    out = capsys.readouterr().out
    assert "了  le\n" in out and "了  liǎo\n" in out


def test_gloss_json(glossary, capsys):
    assert main(["gloss", "商圈", "--json", "--cache-dir", str(glossary.cache_dir)]) == 0
    (entry,) = json.loads(capsys.readouterr().out)
    assert entry["pinyin"] == "shāng quān" and entry["pinyin_numbered"] == "shang1 quan1"


def test_unknown_word_is_one_line_on_stderr(glossary, capsys):
    assert main(["gloss", "观音桥商圈", "--cache-dir", str(glossary.cache_dir)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "fact-browser: 观音桥商圈 is not in CC-CEDICT (words in it: 观音 · 桥 · 商圈)\n"
    assert main(["gloss", "xyzzy", "--cache-dir", str(glossary.cache_dir)]) == 1
    assert capsys.readouterr().err == "fact-browser: xyzzy is not in CC-CEDICT\n"


def test_first_use_says_it_is_building(tmp_path, capsys):
    assert main(["gloss", "商圈", "--cache-dir", str(tmp_path)]) == 0
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "building the dictionary index" in err
    assert main(["gloss", "商圈", "--cache-dir", str(tmp_path)]) == 0
    assert capsys.readouterr().err == ""


def test_importing_the_glossary_loads_neither_qt_nor_pypinyin():
    project = Path(__file__).resolve().parents[3]
    code = (
        "import sys, desktop.core.glossary, desktop.commands.gloss; "
        "print(sorted(m for m in ('PySide6', 'pypinyin', 'platformdirs') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
