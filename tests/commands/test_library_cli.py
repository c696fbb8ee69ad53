"""``fact-browser library``: the same library from a terminal, JSON out, one-line errors, no Qt."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from desktop.cli import main


def _folder(tmp_path):
    root = tmp_path / "docs"
    root.mkdir()
    (root / "2024.txt").write_text(
        "2024年政府工作报告\n\n今年发展主要预期目标是：国内生产总值增长5%左右。\n去年国内生产总值增长5.2%。",
        encoding="utf-8",
    )
    (root / "2025.txt").write_text(
        "2025年政府工作报告\n\n今年发展主要预期目标是：国内生产总值增长5%左右。\n去年国内生产总值增长5%。",
        encoding="utf-8",
    )
    (root / "tw.md").write_text("# 國防\n\n國防預算達到6,007億元，臺灣經濟成長。", encoding="utf-8")
    (root / "bad.txt").write_bytes(b"")
    return root


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_search_facts_compare_as_json(tmp_path, capsys, new_library):
    lib = str(new_library())
    code, out, err = _run(
        capsys, "library", "add", str(_folder(tmp_path)), "--library", lib, "--no-names", "--progress"
    )
    report = json.loads(out)
    assert code == 0 and report["added"] == 3 and [f["reason"] for f in report["failed"]] == ["“bad.txt” is empty."]
    assert [json.loads(line)["total"] for line in err.splitlines()] == [4, 4, 4, 4]

    code, out, _ = _run(capsys, "library", "list", "--library", lib)
    listing = json.loads(out)
    assert sorted(d["title"] for d in listing["documents"]) == ["2024年政府工作报告", "2025年政府工作报告", "國防"]
    assert listing["failed"][0]["path"].endswith("bad.txt")

    code, out, _ = _run(capsys, "library", "search", "国防预算", "--library", lib)
    found = json.loads(out)
    assert found["matched"] == 1 and found["documents"][0]["snippets"][0]["match"] == "國防預算"

    code, out, _ = _run(capsys, "library", "facts", "--kind", "money", "--library", lib)
    assert [f["text"] for f in json.loads(out)] == ["6,007億元"]

    code, out, _ = _run(capsys, "library", "compare", "国内生产总值 增长", "--targets", "--library", lib)
    series = json.loads(out)
    assert [(r["date"], r["value"], r["qualifier"], r["marker"]) for r in series["rows"]] == [
        ("2024", 5.0, "≈", "预期目标 左右"),
        ("2025", 5.0, "≈", "预期目标 左右"),
    ]


def test_add_without_a_library_builds_the_sources_own_and_list_shows_it(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FACT_BROWSER_DATA_DIR", str(tmp_path / "data"))
    folder = _folder(tmp_path)
    code, out, _ = _run(capsys, "library", "add", str(folder), "--no-names")
    built = json.loads(out)["library"]
    assert code == 0 and built.startswith(str(tmp_path / "data" / "libraries" / "docs-"))
    code, out, _ = _run(capsys, "library", "list")
    assert [(x["library"], x["documents"]) for x in json.loads(out)] == [(built, 3)]
    # With a single library, --library may be left out; the folder names its library too.
    assert json.loads(_run(capsys, "library", "search", "台湾")[1])["matched"] == 1
    assert json.loads(_run(capsys, "library", "search", "台湾", "--library", str(folder))[1])["matched"] == 1


@pytest.mark.parametrize(
    "argv,message",
    [
        (["library", "search", "x", "--library", "nope"], "There is no library “nope” yet"),
        (["library", "add", "/no/such/folder", "--library", "x"], "does not exist"),
    ],
)
def test_errors_are_one_line(tmp_path, capsys, argv, message):
    code, out, err = _run(capsys, *argv)
    assert code == 1 and out == "" and message in err and len(err.strip().splitlines()) == 1


def test_the_library_command_never_imports_qt(tmp_path):
    code = (
        "import sys; from desktop.cli import main; main(['library', 'add', %r, '--library', %r, '--no-names']);"
        "sys.exit(1 if any(m.startswith('PySide6') for m in sys.modules) else 0)"
    ) % (str(_folder(tmp_path)), str(tmp_path / "l.sqlite"))
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
