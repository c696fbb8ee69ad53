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
    assert (money["text"], money["value"], money["unit"], money["label"]) == (
        "545.3亿元",
        54530000000,
        "CNY",
        "社零总额",
    )
    assert (percent["value"], percent["label"]) == (8.6, "社零总额 同比增长")
    text = doc.read_text(encoding="utf-8")
    assert "标题\n" + text.split("\n", 1)[1].strip() == text.strip()  # the file is already normalised text
    assert text.strip()[money["start"] : money["end"]] == "545.3亿元"


def test_missing_file_is_one_line_not_a_traceback(capsys, tmp_path):
    assert main(["facts", str(tmp_path / "nope.txt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("fact-browser:") and "Traceback" not in err


def test_tsv_with_several_kinds_parses_back_to_the_seed_figures(seed_path):
    import csv
    import io
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "desktop", "facts", str(seed_path), "--format", "tsv", "--kind", "money", "percent"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout), delimiter="\t"))
    assert {r["Kind"] for r in rows} == {"money", "percent"}
    by_text = {r["Fact"]: r for r in rows}
    assert by_text["545.3亿元"]["Value"] == "54530000000" and by_text["545.3亿元"]["Unit"] == "CNY"
    assert by_text["8.6%"]["Value"] == "8.6" and "同比增长" in by_text["8.6%"]["Measures"]


def test_a_xinhua_dateline_without_a_year_gives_facts_and_verbose_says_what_it_rests_on(capsys, tmp_path, monkeypatch):
    """Issue 19.1: this dateline made ``facts`` fail with a TypeError and no facts at all."""
    doc = tmp_path / "xinhua.txt"
    doc.write_text(
        "新华社北京5月28日电 全国政协副主席陈俊生今天在人民大会堂会见了日本客人，捐款3万元。\n", encoding="utf-8"
    )
    assert main(["facts", str(doc), "--no-names", "--verbose"]) == 0
    captured = capsys.readouterr()
    out = json.loads(captured.out)["facts"]
    assert [(o["text"], o["value"]) for o in out] == [("5月28日", "Y-05-28"), ("今天", "Y-05-28"), ("3万元", 30000)]
    assert "month 5 day 28 (dateline), year unknown" in captured.err
    assert "3 facts; 0 lost to a failing recogniser" in captured.err
    assert (
        "3万元: period Y-05-28 (from 今天 (the sentence's day)); result" in captured.err
    )  # the donation made that day

    from desktop.core.facts import figures

    def broken(n):
        raise KeyError("a recogniser's bug")

    monkeypatch.setattr(figures, "_RECOGNISERS", (broken,))
    assert main(["facts", str(doc), "--no-names", "--verbose"]) == 0
    captured = capsys.readouterr()
    assert [o["text"] for o in json.loads(captured.out)["facts"]] == ["5月28日", "今天"]  # the dates stand
    assert "2 facts; 1 lost to a failing recogniser" in captured.err  # not the 5 and 28 of the date
    assert "figure lost at 40-42 '3万': KeyError" in captured.err


def test_verbose_says_where_each_period_came_from(capsys, tmp_path):
    doc = tmp_path / "report.txt"
    doc.write_text("标题\n过去五年，国内生产总值平均每年增长7.7%。今年预期目标是增长7%左右。\n", encoding="utf-8")
    assert main(["facts", str(doc), "--no-names", "--verbose", "--format", "tsv"]) == 0
    captured = capsys.readouterr()
    assert "7.7%: period Y−5–Y−1 (from 过去五年); result" in captured.err
    assert "7%左右: period Y (from 今年); target" in captured.err
    assert "Y−5–Y−1" in captured.out and "Y[-5]" not in captured.out  # the text output renders, JSON keeps the form
