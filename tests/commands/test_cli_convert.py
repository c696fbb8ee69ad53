"""``fact-browser convert`` prints what ``fact-browser text`` prints, in another script."""

from __future__ import annotations

from shared_paths import SEED

from desktop.cli import main
from desktop.core.script import convert_with


def _run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_convert_prints_the_normalised_text_converted(capsys):
    code, plain, _ = _run(capsys, "text", str(SEED))
    assert code == 0
    code, traditional, _ = _run(capsys, "convert", str(SEED), "--to", "traditional")
    assert code == 0
    assert traditional == convert_with("s2t", plain)
    assert "觀音橋" in traditional and "观音桥" not in traditional


def test_phrases_opt_in_rewrites_vocabulary(tmp_path, capsys):
    doc = tmp_path / "usb.txt"
    doc.write_text("插入U盘后打开软件。\n", encoding="utf-8")
    assert _run(capsys, "convert", str(doc), "--to", "taiwan")[1] == "插入U盤後打開軟件。\n"
    assert _run(capsys, "convert", str(doc), "--to", "taiwan", "--phrases")[1] == "插入隨身碟後開啟軟體。\n"
    assert _run(capsys, "convert", str(doc), "--to", "simplified")[1] == "插入U盘后打开软件。\n"


def test_missing_file_is_one_line_not_a_traceback(tmp_path, capsys):
    code, out, err = _run(capsys, "convert", str(tmp_path / "nope.txt"), "--to", "hongkong")
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "Traceback" not in err
