"""``fact-browser facts FILE``: JSON with exactly the public field names."""
import json

from desktop.cli import main
from desktop.core.facts import FACT_FIELDS


def test_json_lists_facts_with_exactly_the_public_fields(capsys, tmp_path):
    doc = tmp_path / "a.txt"
    doc.write_text("标题\n2021年，观音桥商圈实现社零总额545.3亿元，同比增长8.6%。\n", encoding="utf-8")
    assert main(["facts", str(doc), "--kind", "money", "--kind", "percent"]) == 0
    document = json.loads(capsys.readouterr().out)
    out = document["facts"]
    assert [tuple(o) for o in out] == [FACT_FIELDS] * 2
    assert document["sentences"] == ["2021年，观音桥商圈实现社零总额545.3亿元，同比增长8.6%。"]
    assert out[0]["sentence"] == out[1]["sentence"] == 0
    money, percent = out
    assert (money["text"], money["value"], money["unit"], money["label"]) == ("545.3亿元", 54530000000, "CNY", "社零总额")
    assert (percent["value"], percent["label"]) == (8.6, "社零总额 同比增长")
    text = doc.read_text(encoding="utf-8")
    assert "标题\n" + text.split("\n", 1)[1].strip() == text.strip()  # the file is already normalised text
    assert text.strip()[money["start"]:money["end"]] == "545.3亿元"


def test_missing_file_is_one_line_not_a_traceback(capsys, tmp_path):
    assert main(["facts", str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fact-browser:") and "Traceback" not in err


def test_tsv_with_several_kinds_parses_back_to_the_seed_figures(seed_path):
    import csv
    import io
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "desktop", "facts", str(seed_path), "--format", "tsv", "--kind", "money", "percent"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert {r["Kind"] for r in rows} == {"money", "percent"}
    by_text = {r["Fact"]: r for r in rows}
    assert by_text["545.3亿元"]["Value"] == "54530000000" and by_text["545.3亿元"]["Unit"] == "CNY"
    assert by_text["8.6%"]["Value"] == "8.6" and "同比增长" in by_text["8.6%"]["Measures"]
