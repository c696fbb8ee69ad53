"""``--verbose``: an unexpected failure prints the details to report (issue 20.10), the same block
as the window's Copy Details; without it, one line and a hint, never a traceback."""

from __future__ import annotations

import pytest

from desktop import __version__, cli


@pytest.fixture
def broken_sections(monkeypatch):
    import desktop.commands.sections as sections

    def fails(args):
        raise RuntimeError("the section walker tripped")

    monkeypatch.setattr(sections, "run_sections", fails)


@pytest.mark.parametrize("argv", [["--verbose", "sections", "x.txt"], ["sections", "--verbose", "x.txt"]])
def test_verbose_prints_version_platform_and_traceback(broken_sections, capsys, argv, seed_path):
    argv = [str(seed_path) if a == "x.txt" else a for a in argv]
    assert cli.main(argv) == cli.EXIT_FAILURE
    err = capsys.readouterr().err
    assert f"Fact Browser {__version__}" in err and "Python 3." in err
    assert "Traceback (most recent call last)" in err and "in fails" in err
    assert "While: fact-browser " in err and "--verbose" in err
    assert err.rstrip().endswith("sections failed: RuntimeError: the section walker tripped")


def test_without_verbose_one_line_and_a_hint(broken_sections, capsys, seed_path):
    assert cli.main(["sections", str(seed_path)]) == cli.EXIT_FAILURE
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.count("\n") == 2
    assert "sections failed: RuntimeError: the section walker tripped" in err and "--verbose" in err


def test_facts_keeps_its_own_verbose(capsys, seed_path):
    assert cli.main(["facts", "--verbose", str(seed_path)]) == 0
    assert "Traceback" not in capsys.readouterr().err
