"""Offline the window shows English that another provider cached, and says whose (issue 14, item 12)."""

from __future__ import annotations

import socket

from desktop.core.translate import TranslationCache
from desktop.core.translate.cache import default_cache_path
from desktop.ui.services import settings as keys


def test_english_cached_by_mymemory_shows_while_google_is_chosen(open_window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("FACT_BROWSER_CACHE_DIR", str(tmp_path / "cache"))  # this test's cache only
    refused = []
    monkeypatch.setattr(
        socket.socket, "connect", lambda self, *a: refused.append(a) or (_ for _ in ()).throw(OSError())
    )
    sentence = "观音桥商圈实现社零总额545.3亿元。"
    doc = tmp_path / "d.txt"
    doc.write_text(f"标题\n{sentence}\n", encoding="utf-8")
    cache = TranslationCache(default_cache_path())
    cache.put(sentence, "Guanyinqiao retail sales reached 54.53 billion yuan.", provider="mymemory")
    cache.close()
    window = open_window(doc, mode="interleaved")
    assert window.settings.get(keys.PROVIDER) == "google" and not window.settings.get(keys.ONLINE_TRANSLATION)
    index = window.article.sentences[0].index
    assert window.english.english_for_sentence(index) == "Guanyinqiao retail sales reached 54.53 billion yuan."
    assert "Guanyinqiao retail sales" in window.reader.toPlainText()
    assert window.banner.isVisible() and "cached from MyMemory" in window.banner._label.text()
    assert refused == []
