"""Gloss packs: the bundled seed pack is complete, export/import round-trips, garbage is refused clearly."""

from __future__ import annotations

import json

from pathlib import Path

import pytest

from desktop.core.ingest.builder import build_article, load_path
from desktop.core.translate import (
    GlossPack,
    GlossPackError,
    article_texts,
    figures_mismatch,
    find_pack_for,
    pack_path_for,
)
from desktop.core.translate.texts import has_chinese

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "seeds" / "guanyinqiao-service-award.zh.txt"


@pytest.fixture(scope="module")
def seed():
    return load_path(SEED)


@pytest.fixture(scope="module")
def seed_pack():
    path = find_pack_for(SEED)
    assert path is not None and path.name == "guanyinqiao-service-award.glosses.en.json"
    return GlossPack.load(path)


def test_seed_pack_has_english_for_every_sentence_title_and_heading(seed, seed_pack):
    wanted = (
        [seed.title]
        + [s.title for s in seed.sections if s.title]
        + [seed.slice(s.start, s.end) for s in seed.sentences]
    )
    assert len(seed.sentences) > 30 and len([s for s in seed.sections if s.title]) == 3
    for text in wanted:
        english = seed_pack.lookup(text)
        assert english, f"no English for {text[:30]}"
        assert not has_chinese(english), english


def test_seed_pack_keeps_every_figure(seed, seed_pack):
    flagged = {t: figures_mismatch(t, seed_pack.lookup(t)) for t in article_texts(seed)}
    assert {t: m for t, m in flagged.items() if m} == {}
    assert "54.53 billion yuan" in seed_pack.lookup("2021年,观音桥商圈实现社零总额545.3亿元,实现销售总额2845.9亿元。")


def test_export_and_import_round_trip(tmp_path):
    article = build_article("标题\n第一句。第二句。\n第三句。", "text")
    texts = article_texts(article)
    translations = {t: f"English {i}" for i, t in enumerate(texts)}
    del translations[texts[-1]]
    pack = GlossPack.for_article(article, translations)
    path = tmp_path / "doc.glosses.en.json"
    pack.save(path)
    back = GlossPack.load(path)
    assert back.entries == pack.entries and back.title == article.title
    assert back.lookup(texts[0]) == "English 0"
    assert back.lookup(texts[-1]) is None
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "fact-browser-glosspack" and doc["version"] == 1


def test_lookup_survives_whitespace_changes(seed_pack):
    assert seed_pack.lookup("  走在观音桥商圈,满目皆是一片繁华景象。\n").startswith("Walk through")


@pytest.mark.parametrize(
    "content,phrase",
    [
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"{not json", "broken JSON at line 1"),
        (b"[1, 2, 3]", "is not a gloss pack"),
        (json.dumps({"format": "something-else"}).encode(), "is not a gloss pack"),
        (json.dumps({"format": "fact-browser-glosspack", "version": 9, "entries": []}).encode(), "newer Fact Browser"),
        (json.dumps({"format": "fact-browser-glosspack", "version": 1}).encode(), "no list of entries"),
        (
            json.dumps(
                {"format": "fact-browser-glosspack", "version": 1, "entries": [{"zh": "你好。", "en": ""}]}
            ).encode(),
            "entry 1 has no English",
        ),
        (
            json.dumps(
                {"format": "fact-browser-glosspack", "version": 1, "entries": [{"zh": "你好。", "en": "Hi"}, "x"]}
            ).encode(),
            "entry 2 is not an object",
        ),
        (
            json.dumps({"format": "fact-browser-glosspack", "version": 1, "source_lang": "ja", "entries": []}).encode(),
            "'ja'",
        ),
    ],
)
def test_garbage_is_refused_with_a_reason(tmp_path, content, phrase):
    path = tmp_path / "bad.glosses.en.json"
    path.write_bytes(content)
    with pytest.raises(GlossPackError) as info:
        GlossPack.load(path)
    assert phrase in str(info.value) and "bad.glosses.en.json" in str(info.value)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(GlossPackError, match="Cannot read the gloss pack"):
        GlossPack.load(tmp_path / "nope.glosses.en.json")


def test_pack_is_found_beside_its_document(tmp_path):
    assert pack_path_for(tmp_path / "a.zh.txt").name == "a.glosses.en.json"
    assert pack_path_for(tmp_path / "a.zh-Hant.md").name == "a.glosses.en.json"
    assert pack_path_for(tmp_path / "report.html").name == "report.glosses.en.json"
    assert find_pack_for(tmp_path / "a.zh.txt") is None
    (tmp_path / "a.glosses.en.json").write_text("{}")
    assert find_pack_for(tmp_path / "a.zh.txt") == tmp_path / "a.glosses.en.json"


def test_bundled_english_belongs_to_the_text_wherever_the_file_is(tmp_path, capsys, monkeypatch):
    """A copy of the bundled article in another folder (a download) keeps its English."""
    import json as _json
    import shutil

    from desktop.cli import main
    from desktop.core.translate import packs_for

    monkeypatch.setenv("FACT_BROWSER_CACHE_DIR", str(tmp_path / "cache"))  # no cached English to fall back on
    copy = tmp_path / "downloads" / "article.txt"
    copy.parent.mkdir()
    shutil.copy(SEED, copy)
    assert find_pack_for(copy) is None  # nothing beside it
    assert [p.name for p in packs_for(copy)] == ["guanyinqiao-service-award.glosses.en.json"]
    assert main(["search", str(copy), "business district", "--json"]) == 0
    hits = _json.loads(capsys.readouterr().out)
    assert hits and all("english" in h["vias"] for h in hits)
    assert main(["translate", str(copy), "--offline"]) == 0
    out = capsys.readouterr().out
    assert "Guanyinqiao" in out
    # Another document gets nothing from the bundled pack: entries are keyed by text.
    other = tmp_path / "other.txt"
    other.write_text("今天天气很好。\n", encoding="utf-8")
    assert main(["search", str(other), "weather", "--json"]) == 0
    assert _json.loads(capsys.readouterr().out) == []
