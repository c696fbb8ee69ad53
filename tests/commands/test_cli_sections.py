"""`fact-browser sections` and `fact-browser text`: spans index into what `text` prints."""

from __future__ import annotations

import json
import subprocess
import sys


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True, text=True)


def test_sections_json_gives_four_sections_indexing_into_text(seed_path):
    sections = json.loads(run_cli("sections", str(seed_path), "--json").stdout)
    text = run_cli("text", str(seed_path)).stdout[:-1]  # print adds one newline
    assert [s["title"] for s in sections][0] == ""
    assert len(sections) == 4
    for s in sections:
        assert text[s["heading"][0] : s["heading"][1]] == s["title"]
        for p in s["paragraphs"]:
            assert s["start"] <= p["start"] < p["end"] <= s["end"]
    assert "实干如虹 做好惠企兴商的“店小二”" in text


def test_errors_are_one_line_without_traceback(tmp_path):
    bad = tmp_path / "bin.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    for args in (("sections", str(tmp_path / "missing.txt")), ("text", str(bad))):
        result = run_cli(*args)
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_entry_point_knows_every_subcommand():
    from desktop.__main__ import _SUBCOMMANDS
    from desktop.cli import SUBCOMMANDS

    assert tuple(SUBCOMMANDS) == _SUBCOMMANDS


def test_window_options_are_read_like_argparse_reads_them():
    from desktop.ui.shell.app import _argparse_gui_args, parse_gui_args

    for argv in (
        [],
        ["a.txt", "b.md"],
        ["--screenshot", "o.png", "--settle", "--size", "900x600", "x.html"],
        ["--lang", "zh_TW", "--theme", "dark", "doc.txt"],
    ):
        assert vars(parse_gui_args(argv)) == vars(_argparse_gui_args(argv)), argv


def test_window_option_mistakes_get_argparse_messages():
    result = run_cli("--lang", "fr")
    assert result.returncode == 2 and "invalid choice" in result.stderr
