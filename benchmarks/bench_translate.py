"""Translating a 100-sentence document against the local fake provider: cold cache vs warm cache.

The real deep-translator Google client talks HTTP to ``FakeProvider`` on
127.0.0.1, so "cold" measures the whole pipeline (batching, requests, HTML
parsing, line pairing, cache writes) without a network's latency; "warm"
is the second opening of the same document (every sentence from the cache).
"""

from __future__ import annotations

import itertools
import tempfile
from pathlib import Path

SENTENCE_COUNT = 100


def _sentences() -> list[str]:
    from desktop.core.ingest.builder import load_path

    seed = Path(__file__).resolve().parents[1] / "seeds" / "guanyinqiao-service-award.zh.txt"
    article = load_path(seed)
    base = [article.slice(s.start, s.end) for s in article.sentences]
    # Unique sentences of realistic length: seed sentences with a running number.
    return [f"{i}号：{s}" for i, s in zip(range(SENTENCE_COUNT), itertools.cycle(base))]


def run(report) -> None:
    import deep_translator.constants

    from desktop.core.translate import ProviderConfig, TranslationCache, Translator
    from . import fake_provider

    FakeProvider = fake_provider().FakeProvider  # noqa: N806 - a class, from the tests' folder

    sentences = _sentences()
    tmp = tempfile.TemporaryDirectory(prefix="bench-translate-")
    counter = itertools.count()
    original = deep_translator.constants.BASE_URLS["GOOGLE_TRANSLATE"]
    with FakeProvider() as fake:
        deep_translator.constants.BASE_URLS["GOOGLE_TRANSLATE"] = fake.google_url
        try:
            config = ProviderConfig("google", timeout=10.0)

            def cold() -> None:
                cache = TranslationCache(Path(tmp.name) / f"cold-{next(counter)}.sqlite3")
                got = Translator(config, cache, online=True).translate_sentences(sentences)
                cache.close()
                assert len(got) == SENTENCE_COUNT

            warm_cache = TranslationCache(Path(tmp.name) / "warm.sqlite3")
            Translator(config, warm_cache, online=True).translate_sentences(sentences)

            def warm() -> None:
                got = Translator(config, warm_cache, online=False).translate_sentences(sentences)
                assert len(got) == SENTENCE_COUNT and all(t.origin == "cache" for t in got.values())

            report("translate 100 sentences, cold cache (fake Google, batched)", cold, repeat=7)
            report(
                "translate 100 sentences, warm cache",
                warm,
                baseline="translate 100 sentences, cold cache (fake Google, batched)",
                repeat=7,
            )
            warm_cache.close()
        finally:
            deep_translator.constants.BASE_URLS["GOOGLE_TRANSLATE"] = original
    tmp.cleanup()
