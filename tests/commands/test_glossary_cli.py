"""``fact-browser glossary``: the personal glossary, or a library's (either store), from a terminal."""

from __future__ import annotations

import json

from desktop.cli import main
from desktop.core.library import Library


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_add_list_remove_in_a_librarys_glossary(capsys, new_library):
    location = new_library()
    Library(location, create=True).close()
    lib = str(location)
    assert _run(capsys, "glossary", "add", "李睿德", "Brad Little", "--kind", "person", "--library", lib)[0] == 0
    assert _run(capsys, "glossary", "add", "商圈辦", "Business District Office", "--library", lib)[0] == 0
    code, out, _ = _run(capsys, "glossary", "list", "--library", lib)
    listed = json.loads(out)
    assert code == 0 and [(e["term"], e["english"], e["kind"]) for e in listed] == [
        ("商圈辦", "Business District Office", ""),
        ("李睿德", "Brad Little", "person"),
    ]
    code, _, err = _run(capsys, "glossary", "remove", "商圈办", "不在", "--library", lib)
    assert code == 0 and "“不在” is not in the glossary" in err
    with Library(location) as opened:  # the library's own table: whoever opens the library has it
        assert [e.term for e in opened.glossary()] == ["李睿德"]


def test_export_and_import_csv_and_tbx_through_the_personal_glossary(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FACT_BROWSER_DATA_DIR", str(tmp_path / "data"))
    _run(capsys, "glossary", "add", "李睿德", "Brad Little", "--kind", "person")
    for name in ("g.csv", "g.tbx"):
        code, out, _ = _run(capsys, "glossary", "export", str(tmp_path / name))
        assert code == 0 and json.loads(out)["exported"] == 1
    code, out, _ = _run(capsys, "glossary", "export", "-", "--format", "tbx")
    assert code == 0 and "<term>Brad Little</term>" in out
    _run(capsys, "glossary", "remove", "李睿德")
    assert json.loads(_run(capsys, "glossary", "list")[1]) == []
    code, out, _ = _run(capsys, "glossary", "import", str(tmp_path / "g.tbx"))
    assert code == 0 and json.loads(out) == {"imported": 1, "skipped": 0}
    assert [e["english"] for e in json.loads(_run(capsys, "glossary", "list")[1])] == ["Brad Little"]


def test_bad_input_is_one_line_on_stderr(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FACT_BROWSER_DATA_DIR", str(tmp_path / "data"))
    hostile = tmp_path / "bomb.tbx"
    hostile.write_text('<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaa">]><tbx>&a;</tbx>')
    code, out, err = _run(capsys, "glossary", "import", str(hostile))
    assert code == 1 and out == ""
    assert err == "fact-browser: “bomb.tbx” was not imported: it declares XML entities, which a glossary never needs.\n"
    code, _, err = _run(capsys, "glossary", "add", "李睿德", " ")
    assert code == 1 and err.count("\n") == 1 and "needs its English" in err and "Error" not in err
    code, _, err = _run(capsys, "glossary", "list", "--library", str(tmp_path / "none.sqlite"))
    assert code == 1 and "There is no library" in err


def test_translate_renders_names_as_the_personal_glossary_says(tmp_path, capsys, monkeypatch, seed_path):
    monkeypatch.setenv("FACT_BROWSER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("FACT_BROWSER_CACHE_DIR", str(tmp_path / "cache"))
    _, before, _ = _run(capsys, "translate", str(seed_path), "--offline")
    assert "Xie Jia said" in before and "Jia Xie" not in before  # the gloss pack's rendering
    _run(capsys, "glossary", "add", "謝佳", "Jia Xie", "--kind", "person")
    _, after, _ = _run(capsys, "translate", str(seed_path), "--offline")
    assert "Jia Xie said" in after and "Xie Jia" not in after
    _, plain, _ = _run(capsys, "translate", str(seed_path), "--offline", "--no-glossary")
    assert plain == before
