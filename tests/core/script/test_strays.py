"""Stray Simplified characters in Traditional text are converted, and nothing else is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.ingest.builder import build_article
from desktop.core.script import ScriptVariant, convert, render_article
from desktop.core.script.strays import SIMPLIFIED_ONLY, simplified_only_from_opencc

from shared_paths import corpus_path


def test_the_table_is_what_opencc_dictionaries_give():
    import opencc.clib as clib

    if not (Path(clib.__file__).parent / "bin" / "opencc_dict").exists():
        pytest.skip("this OpenCC build ships no opencc_dict tool")
    assert "".join(sorted(SIMPLIFIED_ONLY)) == simplified_only_from_opencc()
    # Characters both scripts write are not strays; 猫, 头 are.
    assert {"猫", "头", "带", "们"} <= SIMPLIFIED_ONLY
    assert SIMPLIFIED_ONLY.isdisjoint("台了秘群里布才貓頭")


@pytest.mark.parametrize(
    "variant, expected",
    [
        (ScriptVariant.TRADITIONAL, "狸貓 狸貓，臺北的舞台。"),
        (ScriptVariant.TAIWAN, "狸貓 狸貓，臺北的舞台。"),
        (ScriptVariant.HONGKONG, "狸貓 狸貓，台北的舞台。"),  # t2hk: 臺 is 台 in Hong Kong
    ],
)
def test_traditional_text_with_simplified_strays_converts_them(variant, expected):
    # 臺北 and 舞台 are both Traditional: neither is touched; 猫 is converted.
    text = "狸猫 狸貓，臺北的舞台。"
    assert convert(text, variant, source="traditional") == expected
    article = build_article(text)
    assert render_article(article, variant, source="traditional").text == expected


def test_simplified_text_quoting_traditional_names_comes_out_simplified():
    article = build_article("这两天记者们在臺北採訪了狸貓一家，发现它们过得很好。")
    view = render_article(article, ScriptVariant.SIMPLIFIED)
    assert view.source_script == "simplified"
    assert view.text == "这两天记者们在台北采访了狸猫一家，发现它们过得很好。"


@pytest.mark.corpus
def test_taiwan_press_releases_keep_their_own_forms():
    path = corpus_path("tw_president_news", "president_news_2024_2025.jsonl")
    with path.open(encoding="utf-8") as f:
        text = "\n".join(json.loads(line)["content"] for _, line in zip(range(200), f))
    shown = convert(text, ScriptVariant.TAIWAN, source="traditional")
    changed = [(a, b) for a, b in zip(text, shown) if a != b]
    plain_t2tw = convert(
        text.replace("台", "台"), ScriptVariant.TAIWAN, source="taiwan"
    )  # what the text itself asks for
    assert len(shown) == len(text)
    # Only Simplified-only characters and t2tw's own variants change (not 台, 了, 秘, 群).
    assert all(a in SIMPLIFIED_ONLY or convert(a, ScriptVariant.TAIWAN, source="traditional") == b for a, b in changed)
    assert not any(a in "台了秘群布里" for a, _ in changed)
    assert plain_t2tw  # the Taiwan route converts too (strays only)
