"""The real deep-translator client against the fake provider: every failure is one clear TranslationError."""

from __future__ import annotations

import logging
import socket
import time

import pytest

from desktop.core.translate import ProviderConfig, TranslationError, Translator
from fake_provider import fake_english

KEY = "SECRET-KEY-7f3a9"


def google(cache, **kw):
    return Translator(
        ProviderConfig("google", timeout=kw.pop("timeout", 5.0)), cache, online=True, sleep=lambda s: None, **kw
    )


def libre(fake, cache, key=KEY, url=None, timeout=5.0):
    config = ProviderConfig("libre", api_key=key, url=url or fake.libre_url, timeout=timeout)
    return Translator(config, cache, online=True, sleep=lambda s: None)


def test_google_success_is_returned_and_cached(fake, cache):
    got = google(cache).translate_sentences(["你好。", "世界和平。"])
    assert got["你好。"].english == fake_english("你好。")
    assert got["你好。"].origin == "online"
    assert fake.requests[0][0] == "/m" and fake.requests[0][1]["sl"] == "zh-CN"
    # both sentences travelled in one request, split back by line
    assert len(fake.requests) == 1
    assert cache.get("世界和平。", provider="google") == fake_english("世界和平。")


def test_second_run_comes_from_the_cache_without_a_request(fake, cache):
    google(cache).translate_sentences(["你好。"])
    again = google(cache).translate_sentences(["你好。"])
    assert again["你好。"].origin == "cache"
    assert len(fake.requests) == 1


def test_429_then_success_is_retried_with_backoff(fake, cache):
    fake.script.extend(["429", "429"])
    waits = []
    t = Translator(ProviderConfig("google"), cache, online=True, sleep=waits.append)
    got = t.translate_sentences(["再见。"])
    assert got["再见。"].english == fake_english("再见。")
    assert waits == [1.0, 2.0]
    assert len(fake.requests) == 3


@pytest.mark.parametrize(
    "status,kind,phrase", [("500", "server", "HTTP 500"), ("429", "rate_limited", "too many requests")]
)
def test_persistent_failure_gives_up_with_a_clear_message(fake, cache, status, kind, phrase):
    fake.script.extend([status] * 10)
    with pytest.raises(TranslationError) as info:
        google(cache).translate_sentences(["服务器坏了。"])
    assert info.value.kind == kind
    assert phrase in str(info.value) and "Google Translate" in str(info.value)
    assert len(fake.requests) == 4  # bounded: attempts, not for ever
    assert len(cache) == 0


def test_a_hanging_server_times_out(fake, cache):
    fake.script.append("hang")
    began = time.monotonic()
    with pytest.raises(TranslationError) as info:
        google(cache, timeout=0.5).translate_sentences(["挂起。"])
    assert info.value.kind == "timeout"
    assert "0.5 s" in str(info.value)
    assert (
        time.monotonic() - began < 10
    )  # a hang guard (0.5 s measured loaded); without the injected timeout: the fake's 60 s
    assert len(cache) == 0


@pytest.mark.parametrize("behaviour", ["malformed", "empty", "echo"])
def test_unusable_answers_are_garbage_and_never_cached(fake, cache, behaviour):
    fake.script.extend([behaviour] * 4)
    with pytest.raises(TranslationError) as info:
        google(cache).translate_sentences(["这句不会有译文。"])
    assert info.value.kind == "garbage"
    assert "no usable English" in str(info.value)
    assert info.value.partial == {}
    assert len(cache) == 0


def test_garbage_for_one_sentence_keeps_the_others(fake, cache):
    # the batch comes back echoed; the per-sentence retries succeed for one, echo for the other
    fake.script.extend(["echo", "ok", "echo"])
    with pytest.raises(TranslationError) as info:
        google(cache).translate_sentences(["第一句。", "第二句。"])
    assert set(info.value.partial) == {"第一句。"}
    assert cache.get("第一句。", provider="google") == fake_english("第一句。")
    assert cache.get("第二句。", provider="google") is None


def test_no_network_is_offline(cache, monkeypatch):
    import deep_translator.constants

    # a port nobody listens on
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    monkeypatch.setitem(deep_translator.constants.BASE_URLS, "GOOGLE_TRANSLATE", f"http://127.0.0.1:{port}/m")
    with pytest.raises(TranslationError) as info:
        google(cache).translate_sentences(["没有网络。"])
    assert info.value.kind == "offline"
    assert "Could not reach Google Translate" in str(info.value)


def test_libre_success_sends_the_key_and_language_codes(fake, cache):
    got = libre(fake, cache).translate_sentences(["你好。"])
    assert got["你好。"].english == fake_english("你好。")
    path, params = fake.requests[0]
    assert path == "/libre/translate"
    assert params["source"] == "zh" and params["target"] == "en" and params["api_key"] == KEY


def test_libre_without_a_key_sends_none(fake, cache):
    libre(fake, cache, key=None).translate_sentences(["你好。"])
    assert "api_key" not in fake.requests[0][1]


@pytest.mark.parametrize("behaviour,kind", [("malformed", "garbage"), ("500", "server"), ("empty", "garbage")])
def test_libre_failures(fake, cache, behaviour, kind):
    fake.script.extend([behaviour] * 4)
    with pytest.raises(TranslationError) as info:
        libre(fake, cache).translate_sentences(["坏的。"])
    assert info.value.kind == kind
    assert len(cache) == 0


def test_libre_hang_times_out(fake, cache):
    fake.script.append("hang")
    with pytest.raises(TranslationError) as info:
        libre(fake, cache, timeout=0.5).translate_sentences(["挂起。"])
    assert info.value.kind == "timeout"


def test_libre_needs_a_server_address(cache):
    with pytest.raises(TranslationError) as info:
        Translator(ProviderConfig("libre", url=""), cache, online=True).translate_sentences(["你好。"])
    assert info.value.kind == "config" and "server" in str(info.value)


def test_keys_never_show_in_repr_errors_or_logs(fake, cache, caplog):
    caplog.set_level(logging.DEBUG)
    config = ProviderConfig("libre", api_key=KEY, url=fake.libre_url, timeout=0.5)
    assert KEY not in repr(config) and KEY not in str(config)
    t = libre(fake, cache, timeout=0.5)
    assert KEY not in repr(t)
    t.translate_sentences(["你好。"])  # success: urllib3 logs the request line at DEBUG
    errors = []
    for behaviour, kind in (("500", "server"), ("hang", "timeout"), ("malformed", "garbage")):
        fake.script.clear()
        fake.script.extend([behaviour] * 4)
        with pytest.raises(TranslationError) as info:
            t.translate_sentences([f"{behaviour}句。"])
        assert info.value.kind == kind
        errors.append(info.value)
    fake.script.clear()
    # deep-translator's own AuthorizationException puts the key in its text
    fake.script.append("403")
    with pytest.raises(TranslationError) as info:
        t.translate_sentences(["禁止。"])
    assert info.value.kind == "auth"
    errors.append(info.value)
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    closed = f"http://127.0.0.1:{s.getsockname()[1]}/"
    s.close()
    with pytest.raises(TranslationError) as info:
        libre(fake, cache, url=closed).translate_sentences(["断网。"])
    errors.append(info.value)
    assert any(fake.requests), "the fake was reached"
    assert any("api_key" in r.getMessage() for r in caplog.records), "urllib3 did log the request URL"
    for err in errors:
        assert KEY not in str(err) and KEY not in repr(err) and KEY not in err.message
        assert err.__cause__ is None and err.__context__ is None
    assert KEY not in caplog.text
    assert all(KEY not in r.getMessage() for r in caplog.records)


def test_deepl_and_microsoft_need_a_key(cache):
    for name in ("deepl", "microsoft"):
        with pytest.raises(TranslationError) as info:
            Translator(ProviderConfig(name), cache, online=True).translate_sentences(["你好。"])
        assert info.value.kind == "auth" and "API key" in str(info.value)


def test_unknown_provider_is_refused():
    with pytest.raises(TranslationError) as info:
        ProviderConfig("babelfish")
    assert info.value.kind == "config" and "google" in str(info.value)


def test_mymemory_quota_notice_is_not_taken_for_english(cache, monkeypatch):
    from desktop.core.translate.providers import ProviderClient

    calls = []

    class QuotaNotice:
        def translate(self, text):
            calls.append(text)
            return "MYMEMORY WARNING: YOU USED ALL AVAILABLE FREE TRANSLATIONS FOR TODAY."

    monkeypatch.setattr(ProviderClient, "_build", lambda self: QuotaNotice())
    t = Translator(ProviderConfig("mymemory"), cache, online=True, sleep=lambda s: None)
    with pytest.raises(TranslationError) as info:
        t.translate_sentences(["你好。"])
    assert info.value.kind == "rate_limited" and "quota" in str(info.value)
    assert not info.value.retryable and len(calls) == 1  # a daily quota does not come back after a few seconds
    assert len(cache) == 0
