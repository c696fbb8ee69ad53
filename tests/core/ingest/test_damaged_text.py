"""Issue 24: a text with a few damaged bytes opens and says where; a GBK or Big5 passage inside
UTF-8 is read as such; real binaries are still refused. The full measurement is
``python -m quality.damaged_text``; its fast subset runs here."""

from __future__ import annotations

import gzip
import io
import os
import random
import zipfile
from pathlib import Path

import pytest

from shared_paths import SEED, corpus_path

from desktop.core.ingest.builder import load_path, undecodable_warning
from desktop.core.ingest.decoding import decode_bytes_detailed
from desktop.core.ingest.text import LoadError

STRAY = b"\xff\xfe\x80\x81\x82"


def _write(tmp_path: Path, data: bytes, name: str = "bad.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_the_issue_s_file_opens_and_says_how_many_bytes_and_where(tmp_path):
    seed = SEED.read_bytes()
    cut = seed.index("\n".encode(), len(seed) // 2) + 1  # the start of a paragraph in the middle
    article = load_path(_write(tmp_path, seed[:cut] + STRAY + seed[cut:]))
    line = article.text[: article.text.index("\ufffd")].count("\n") + 1
    assert article.undecodable_bytes == 5 and article.undecodable_paragraphs == (line,)
    assert f"5 bytes could not be decoded and show as �, in paragraph {line}." in undecodable_warning(article)
    assert article.text.replace("\ufffd", "") == load_path(_write(tmp_path, seed, "clean.txt")).text


@pytest.mark.parametrize("where", ["start", "one-line", "end"])
def test_damage_at_the_start_in_a_one_line_file_or_at_the_end_opens(tmp_path, where):
    seed = SEED.read_bytes()
    if where == "start":  # \xff\xfe is not a UTF-16 byte-order mark here: the rest is UTF-8
        data = STRAY + seed
    elif where == "one-line":
        flat = seed.replace(b"\n", b"")
        data = flat[:3000] + STRAY + flat[3000:]
    else:
        data = seed + STRAY
    article = load_path(_write(tmp_path, data))
    assert 5 <= article.undecodable_bytes <= 8 and "社零总额" in article.text


def test_a_gbk_sentence_inside_a_utf8_line_and_a_big5_paragraph_are_read_as_such(tmp_path):
    data = (
        "第一段：人民满意的公务员集体。\n".encode()
        + "第二段：观音桥商圈实现社零总额545.3亿元。".encode("gbk")
        + "后文继续。\n".encode()
        + "總統出席國防會議，國防預算增長。\n".encode("big5")
        + "末段。\n".encode()
    )
    article = load_path(_write(tmp_path, data))
    assert article.text.split("\n") == [
        "第一段：人民满意的公务员集体。",
        "第二段：观音桥商圈实现社零总额545.3亿元。后文继续。",
        "總統出席國防會議，國防預算增長。",
        "末段。",
    ]
    assert article.undecodable_bytes == 0 and article.legacy_paragraphs == (2, 3)
    assert article.encoding == "utf-8+gb18030+big5hkscs"
    assert "paragraphs 2 and 3 are in GB18030 / Big5-HKSCS" in undecodable_warning(article)


def test_a_big5_sentence_then_utf8_with_no_chinese_run_between_is_cut_where_they_meet(tmp_path):
    """No run of two UTF-8 ideographs after the Big5 sentence (從2024年1月): the passage holds both,
    and is cut where UTF-8 decoding last failed (Big5's 。 is A1 43: its 43 is ASCII)."""
    sentence = "總統致詞時表示，今天很高興來到臺南，為台灣燈會開燈。"
    # (a blank line after it: a line that ends a sentence inside it and stops mid-sentence goes on in the next)
    data = "前一段。\n".encode() + sentence.encode("big5") + "從2024年1月".encode() + "\n\n後一段。\n".encode()
    article = load_path(_write(tmp_path, data))
    assert article.text.split("\n")[1] == sentence + "從2024年1月"
    assert article.undecodable_bytes == 0 and article.legacy_paragraphs == (2,)


def test_big5_that_gb18030_also_decodes_into_private_use_characters_is_big5(tmp_path):
    """These Big5 bytes are valid GB18030 too, as mostly common characters and private-use ones
    (GB18030's user-defined areas): a private-use character counts as an uncommon one."""
    sentence = "國策顧問名單如下："
    raw = sentence.encode("big5")
    assert any("\ue000" <= c <= "\uf8ff" for c in raw.decode("gb18030"))
    data = "總統府公布。\n".encode() + raw + "\n王小明、李大華\n".encode()
    article = load_path(_write(tmp_path, data))
    assert article.text.split("\n")[1] == sentence and article.encoding == "utf-8+big5hkscs"


def test_utf8_read_as_gbk_is_not_taken_for_gbk(tmp_path):
    """A damaged UTF-8 passage decodes 'cleanly' in GB18030 as rare characters: it stays UTF-8."""
    line = "国内生产总值增长百分之五，城镇新增就业一千二百万人。".encode()
    data = line[:9] + b"\xff" + line[10:] + b"\n" + line + b"\n"
    decoded = decode_bytes_detailed(data)
    assert decoded.legacy == () and decoded.replaced >= 1 and "城镇新增就业" in decoded.text


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("a.txt", ("正文。" * 2000).encode())
        z.writestr("b.bin", random.Random(1).randbytes(4096))
    return buf.getvalue()


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(random.Random(2).randbytes(20_000), id="random"),
        pytest.param(gzip.compress(SEED.read_bytes() * 20), id="gzip-of-chinese"),
        pytest.param(_zip(), id="zip"),
        pytest.param(b"\x7fELF\x02\x01\x01" + bytes(57) + random.Random(3).randbytes(8000), id="elf"),
        pytest.param(b"\xff\xfe" + random.Random(4).randbytes(5000), id="utf16-bom-then-noise"),
    ],
)
def test_real_binaries_are_still_refused(data):
    with pytest.raises(LoadError) as err:
        decode_bytes_detailed(data)
    assert err.value.kind in ("binary", "undecodable", "bad_bom")


def test_executables_on_this_machine_are_refused():
    found = []
    for folder in ("/usr/bin", "/bin"):
        if os.path.isdir(folder):
            for name in sorted(os.listdir(folder)):
                path = os.path.join(folder, name)
                if os.path.isfile(path) and not os.path.islink(path) and os.path.getsize(path) <= 4 * 1024 * 1024:
                    with open(path, "rb") as fh:
                        if fh.read(4) == b"\x7fELF":
                            found.append(path)
            break
    if not found:
        pytest.skip("no ELF executables found in /usr/bin or /bin")
    accepted = []
    for path in random.Random(24).sample(found, min(40, len(found))):
        try:
            decode_bytes_detailed(Path(path).read_bytes())
            accepted.append(path)
        except LoadError:
            pass
    assert accepted == []


def test_the_measurement_s_fast_subset():
    """``quality.damaged_text --fast``'s damage and GBK parts: every file opens, no figure is lost
    outside the damaged sentences, every GBK passage comes back exactly."""
    import sys

    from shared_paths import ROOT

    sys.path.insert(0, str(ROOT))
    from quality import damaged_text

    reports = damaged_text.records(corpus_path("gov_work_reports", "government_work_reports.jsonl"))
    releases = damaged_text.records(corpus_path("tw_president_news", "president_news_2024_2025.jsonl"))
    sample = random.Random(24).sample(releases, 12) + reports[::24]
    for k, row in damaged_text.measure_damage(sample, 24, levels=(5, 500)).items():
        assert row["refused"] == 0, (k, row["refusals"])
        assert row["files_losing_a_figure"] == 0, (k, row)
    mixed = damaged_text.measure_mixed(reports[::12], "gbk", 24)
    assert mixed["wrong"] == 0 and mixed["exact"] == mixed["files"] == mixed["reported"], mixed
