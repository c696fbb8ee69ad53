"""Offline means offline: no socket, English from packs and cache only; and the translate CLI."""

from __future__ import annotations

import subprocess
import sys

from pathlib import Path

import pytest

from desktop.cli import main
from desktop.core.ingest.builder import load_path
from desktop.core.translate import (
    PROVIDERS,
    GlossPack,
    ProviderConfig,
    TranslationError,
    Translator,
    article_texts,
    find_pack_for,
)
from fake_provider import fake_english

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "seeds" / "guanyinqiao-service-award.zh.txt"


def _config(name: str) -> ProviderConfig:
    """A complete configuration of ``name``, as the user would have set it up (key, server, model)."""
    return ProviderConfig(name, api_key="k", url="http://127.0.0.1:9/v1", model="m")


@pytest.mark.parametrize("name", sorted(PROVIDERS))
def test_offline_translator_opens_no_socket(no_sockets, cache, name):
    cache.put("缓存里的句子。", "A cached sentence.", provider=name)
    t = Translator(_config(name), cache, online=False, packs=[GlossPack.load(find_pack_for(SEED))])
    article = load_path(SEED)
    texts = article_texts(article) + ["缓存里的句子。", "没有译文的句子。", "2021"]
    got = t.translate_sentences(texts)
    assert no_sockets == []
    assert got["缓存里的句子。"].origin == "cache"
    assert got[article.title].origin == "pack"
    assert got["2021"].origin == "verbatim"
    assert "没有译文的句子。" not in got


@pytest.mark.parametrize("name", sorted(PROVIDERS))
def test_the_socket_guard_does_catch_an_online_translator(no_sockets, cache, name):
    t = Translator(_config(name), cache, online=True, sleep=lambda s: None)
    with pytest.raises(TranslationError):
        t.translate_sentences(["没有译文的句子。"])
    assert no_sockets, "the guard saw the connection attempt"


def test_online_translator_never_sends_what_the_pack_has(fake, cache):
    article = load_path(SEED)
    t = Translator(ProviderConfig("google"), cache, online=True, packs=[GlossPack.load(find_pack_for(SEED))])
    got = t.translate_sentences(article_texts(article) + ["新句子。"])
    assert got["新句子。"].english == fake_english("新句子。")
    assert [p["q"] for _, p in fake.requests] == ["新句子。"]


def test_cli_offline_on_the_seed_has_english_for_everything(no_sockets, tmp_path, capsys):
    rc = main(["translate", str(SEED), "--offline", "--cache", str(tmp_path / "c.sqlite3")])
    out = capsys.readouterr().out
    assert rc == 0
    assert "[no English]" not in out
    assert "54.53 billion yuan" in out and "Walk through the Guanyinqiao" in out
    assert out.count("\n  ") >= len(article_texts(load_path(SEED)))
    assert no_sockets == []
    assert not (tmp_path / "c.sqlite3").exists()  # offline never creates a cache


def test_cli_offline_marks_sentences_without_english(tmp_path, capsys):
    doc = tmp_path / "new.txt"
    doc.write_text("新文章\n第一句。第二句。\n", encoding="utf-8")
    rc = main(["translate", str(doc), "--offline", "--cache", str(tmp_path / "c.sqlite3")])
    out = capsys.readouterr().out
    assert rc == 0
    assert out.count("[no English]") == 3


def test_cli_online_against_the_fake_provider(fake, tmp_path, capsys):
    doc = tmp_path / "new.txt"
    doc.write_text("新文章\n第一句。第二句。\n", encoding="utf-8")
    cache = tmp_path / "c.sqlite3"
    assert main(["translate", str(doc), "--provider", "google", "--cache", str(cache)]) == 0
    assert fake_english("第二句。") in capsys.readouterr().out
    assert main(["translate", str(doc), "--offline", "--cache", str(cache)]) == 0
    assert "[no English]" not in capsys.readouterr().out


def test_online_translator_sends_only_to_the_chosen_provider(fake, cache):
    """Online with Google chosen, the team's chat server (configured, running) gets nothing; and back."""
    Translator(ProviderConfig("google"), cache, online=True).translate_sentences(["谷歌句。"])
    assert [path for path, _ in fake.requests] == ["/m"]
    chat = ProviderConfig("chat", url=fake.chat_url, model="m")
    Translator(chat, cache, online=True).translate_sentences(["服务器句。"])
    assert [path for path, _ in fake.requests] == ["/m", "/v1/chat/completions"]
    assert fake.chat_requests()[0]["user"] == "1. 服务器句。"  # not the sentence Google was sent


def test_cli_online_through_the_chat_server(fake, tmp_path, capsys, monkeypatch):
    doc = tmp_path / "new.txt"
    doc.write_text("新文章\n增长5.2%。第二句。\n", encoding="utf-8")
    monkeypatch.setenv("FACT_BROWSER_TRANSLATE_KEY", "sk-cli")
    args = ["translate", str(doc), "--provider", "chat", "--url", fake.chat_url, "--model", "qwen"]
    assert main([*args, "--cache", str(tmp_path / "c.sqlite3")]) == 0
    assert fake_english("增长5.2%。") in capsys.readouterr().out
    (request,) = fake.chat_requests()
    assert request["model"] == "qwen" and request["authorization"] == "Bearer sk-cli"
    assert (
        main(["translate", str(doc), "--provider", "chat", "--url", fake.chat_url, "--cache", str(tmp_path / "c")]) == 1
    )
    assert "needs the name of a model" in capsys.readouterr().err


def test_cli_online_failure_is_one_line_on_stderr(fake, tmp_path, capsys):
    fake.script.append("403")  # not retried, so no backoff wait
    doc = tmp_path / "new.txt"
    doc.write_text("第一句。\n", encoding="utf-8")
    rc = main(["translate", str(doc), "--cache", str(tmp_path / "c.sqlite3")])
    captured = capsys.readouterr()
    assert rc == 1
    assert "[no English]" in captured.out
    assert captured.err.strip().count("\n") == 0 and "refused the API key (HTTP 403)" in captured.err


def test_importing_the_package_loads_no_network_client():
    code = "import sys, desktop.core.translate; print(sorted(m for m in ('requests', 'deep_translator', 'bs4', 'PySide6') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
