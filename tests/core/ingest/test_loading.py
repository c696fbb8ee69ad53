"""Decoding and normalisation: every real-world encoding opens, junk is refused clearly."""

from __future__ import annotations

import codecs

import opencc
import pytest

from desktop.core.ingest.builder import load_path, load_pasted
from desktop.core.ingest.decoding import decode_bytes
from desktop.core.ingest.loading import MAX_FILE_BYTES
from desktop.core.ingest.text import LoadError, normalise

SAMPLE = "观音桥商圈实现社零总额545.3亿元，同比增长8.6％。\n第二段：人民满意的公务员集体。"


@pytest.mark.parametrize(
    "encoding,prefix",
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("gb18030", b""),
        ("gbk", b""),
    ],
)
def test_simplified_text_opens_in_every_common_encoding(tmp_path, encoding, prefix):
    path = tmp_path / "doc.txt"
    path.write_bytes(prefix + (SAMPLE * 20).encode(encoding))
    article = load_path(path)
    assert "社零总额545.3亿元" in article.text
    assert "\ufeff" not in article.text


def test_big5_file_from_taiwan_conversion_opens(tmp_path):
    # s2tw output stays inside Big5, unlike plain s2t (which uses characters Big5 lacks).
    traditional = opencc.OpenCC("s2tw").convert(SAMPLE * 20)
    path = tmp_path / "big5.txt"
    path.write_bytes(traditional.encode("big5"))
    article = load_path(path)
    assert "社零總額545.3億元" in article.text


def test_binary_file_is_refused_with_a_sentence(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(LoadError, match="binary"):
        load_path(path)


@pytest.mark.parametrize("content", [b"", b"   \n\n  "])
def test_empty_file_is_refused(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    with pytest.raises(LoadError, match="empty"):
        load_path(path)


def test_file_over_the_limit_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(LoadError, match="largest document"):
        load_path(path)


def test_missing_file_and_folder_are_refused(tmp_path):
    with pytest.raises(LoadError, match="does not exist"):
        load_path(tmp_path / "nope.txt")
    with pytest.raises(LoadError, match="folder"):
        load_path(tmp_path)


def test_bom_that_lies_is_refused():
    with pytest.raises(LoadError, match="byte-order mark"):
        decode_bytes(codecs.BOM_UTF8 + b"\xff\xfe\xfa\xfb" * 10)


def test_normalise_strips_zero_width_unifies_newlines_and_composes():
    raw = "\ufeff第一行\r\n\u3000\u3000第二\u200b行\r第三行\n\u200b\n" + "e\u0301"
    assert normalise(raw) == "第一行\n第二行\n第三行\n" + "\u00e9"


def test_pasted_text_with_nothing_in_it_is_refused():
    with pytest.raises(LoadError):
        load_pasted(" \n\u200b ")
