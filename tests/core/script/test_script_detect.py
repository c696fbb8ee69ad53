"""Which script a document is written in decides the OpenCC configuration."""

from __future__ import annotations

import json

from shared_paths import corpus_path

from desktop.core.ingest.builder import build_article
from desktop.core.ingest.text import normalise
from desktop.core.script import ScriptVariant, convert, detect_script, render_article


def test_seed_is_simplified(seed_article):
    assert detect_script(seed_article.text) == "simplified"


def test_taiwan_press_release_is_traditional():
    path = corpus_path("tw_president_news", "president_news_2024_2025.jsonl")
    with path.open(encoding="utf-8") as f:
        records = [json.loads(next(f)) for _ in range(20)]
    for record in records:
        assert detect_script(record["content"]) == "traditional", record["id"]


def test_traditional_quotation_in_simplified_article_does_not_flip_it():
    text = "记者从国务院新闻办公室获悉，" * 40 + "「臺灣」" + "经济运行总体平稳，发展质量稳步提升。" * 40
    assert detect_script(text) == "simplified"


def test_short_texts():
    assert detect_script("软件") == "simplified"
    assert detect_script("軟體與網路") == "traditional"
    assert detect_script("") == "simplified"
    assert detect_script("Hello 2024") == "simplified"


def test_traditional_source_is_converted_to_simplified_not_double_traditionalised():
    path = corpus_path("tw_president_news", "president_news_2024_2025.jsonl")
    with path.open(encoding="utf-8") as f:
        record = json.loads(next(f))
    article = build_article(normalise(record["content"]))
    view = render_article(article, ScriptVariant.SIMPLIFIED)
    assert view.config == "t2s"
    assert detect_script(view.text) == "simplified"
    # Showing a Traditional text "in Traditional" leaves it alone.
    assert render_article(article, ScriptVariant.TRADITIONAL).text == article.text
    assert convert("總統說軟體很重要", "simplified", phrases=True) == "总统说软件很重要"
