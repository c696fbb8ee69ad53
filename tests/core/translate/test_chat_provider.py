"""The OpenAI-compatible chat provider (issue 23.6) against the fake server on 127.0.0.1: the protocol,
every failure as one clear TranslationError, and no garbled batch ever shown or cached."""

from __future__ import annotations

import json
import logging
import socket

import pytest

from desktop.core.translate import ProviderConfig, TranslationError, Translator
from desktop.core.translate.chat import SYSTEM_PROMPT, endpoint, parse_numbered
from fake_provider import fake_english

KEY = "sk-team-SECRET-51c2"
MODEL = "qwen2.5:7b-instruct"


def chat(fake, cache, *, key=KEY, url=None, model=MODEL, timeout=5.0, waits=None):
    config = ProviderConfig("chat", api_key=key, url=url or fake.chat_url, model=model, timeout=timeout)
    sleep = waits.append if waits is not None else (lambda s: None)
    return Translator(config, cache, online=True, sleep=sleep)


def test_one_batch_of_numbered_lines_comes_back_line_by_line_and_is_cached(fake, cache):
    texts = ["你好。", "今年增长5.2%。", "第三句。"]
    got = chat(fake, cache).translate_sentences(texts)
    assert [got[t].english for t in texts] == [fake_english(t) for t in texts]
    assert all(got[t].origin == "online" and got[t].provider == "chat" for t in texts)
    (request,) = fake.chat_requests()  # three sentences, one request
    assert fake.requests[0][0] == "/v1/chat/completions"
    assert request["model"] == MODEL and request["stream"] == "false"
    assert request["authorization"] == f"Bearer {KEY}"
    assert request["system"] == SYSTEM_PROMPT and "figure" in SYSTEM_PROMPT and "names" in SYSTEM_PROMPT
    assert request["user"] == "1. 你好。\n2. 今年增长5.2%。\n3. 第三句。"
    assert cache.get("今年增长5.2%。", provider="chat") == fake_english("今年增长5.2%。")
    again = chat(fake, cache).translate_sentences(texts)
    assert {t.origin for t in again.values()} == {"cache"} and len(fake.requests) == 1


def test_no_key_sends_no_authorization_header(fake, cache):
    chat(fake, cache, key=None).translate_sentences(["你好。"])
    assert fake.chat_requests()[0]["authorization"] == ""


@pytest.mark.parametrize(
    "base",
    ["http://h:8080", "http://h:8080/", "http://h:11434/v1", "http://h:11434/v1/", "http://h/v1/chat/completions"],
)
def test_every_way_users_write_the_base_url_reaches_the_endpoint(base):
    assert endpoint(base).endswith("/v1/chat/completions") and "//v1" not in endpoint(base)


@pytest.mark.parametrize("behaviour", ["preamble", "think"])
def test_what_real_models_add_around_the_lines_is_ignored(fake, cache, behaviour):
    fake.script.append(behaviour)
    got = chat(fake, cache).translate_sentences(["甲。", "乙。"])
    assert got["甲。"].english == fake_english("甲。") and len(fake.requests) == 1


@pytest.mark.parametrize("behaviour", ["wronglines", "unnumbered", "merge", "echo", "figures"])
def test_a_batch_that_does_not_map_back_is_asked_again_sentence_by_sentence(fake, cache, behaviour):
    texts = ["一号线长12.5公里。", "二号线投资45亿元。", "三号线明年开通。"]
    fake.script.append(behaviour)
    got = chat(fake, cache).translate_sentences(texts)
    # never the garbled batch: each sentence's English is its own, from a request of its own
    assert {t: got[t].english for t in texts} == {t: fake.chat_english(t) for t in texts}
    assert all(got[t].figures_ok for t in texts)
    users = [r["user"] for r in fake.chat_requests()]
    if behaviour == "figures":  # only the lines whose figures changed go again
        assert users[1:] == ["1. 一号线长12.5公里。", "1. 二号线投资45亿元。"]
    else:
        assert users[1:] == [f"1. {t}" for t in texts]


def test_english_that_changes_a_figure_is_never_shown_or_cached(fake, cache):
    fake.script.extend(["figures", "figures"])
    with pytest.raises(TranslationError) as info:
        chat(fake, cache).translate_sentences(["投资45亿元。", "没有数字。"])
    err = info.value
    assert err.kind == "garbage" and "1 of 2" in str(err) and "figures changed" in str(err)
    assert "投资45亿元。" not in err.partial and err.partial["没有数字。"].english == fake_english("没有数字。")
    assert cache.get("投资45亿元。", provider="chat") is None


@pytest.mark.parametrize("behaviour", ["notjson", "wrongshape", "empty", "length", "wronglines"])
def test_garbage_for_one_sentence_leaves_it_untranslated_and_uncached(fake, cache, behaviour):
    fake.script.append(behaviour)
    with pytest.raises(TranslationError) as info:
        chat(fake, cache).translate_sentences(["坏答案。"])
    assert info.value.kind == "garbage" and info.value.partial == {}
    assert len(cache) == 0 and len(fake.requests) == 1  # garbage is not worth a retry


@pytest.mark.parametrize(
    "status,kind,phrase,requests",
    [
        ("401", "auth", "refused the API key (HTTP 401)", 1),
        ("404", "no_model", f"no model named “{MODEL}”", 1),
        ("400", "server", "refused the request (HTTP 400)", 1),
        ("429", "rate_limited", "too many requests", 4),
        ("500", "server", "server error (HTTP 500)", 4),
    ],
)
def test_http_errors_give_one_clear_sentence(fake, cache, status, kind, phrase, requests):
    fake.script.extend([status] * 4)
    waits = []
    with pytest.raises(TranslationError) as info:
        chat(fake, cache, waits=waits).translate_sentences(["错误。"])
    err = info.value
    assert err.kind == kind and phrase in str(err) and str(err).startswith("127.0.0.1:")
    assert len(fake.requests) == requests  # 429 and 5xx are retried with backoff, the others are not
    assert waits == ([1.0, 2.0, 4.0] if requests == 4 else [])
    assert KEY not in str(err) and "Traceback" not in str(err)


def test_429_with_retry_after_then_success(fake, cache):
    fake.script.append("429+retry:3")
    waits = []
    got = chat(fake, cache, waits=waits).translate_sentences(["稍后。"])
    assert got["稍后。"].english == fake_english("稍后。") and waits == [3.0]


@pytest.mark.parametrize("behaviour", ["hang", "slow", "trickle"])
def test_a_slow_answer_times_out(fake, cache, behaviour):
    fake.slow_delay = 3.0
    fake.trickle_interval = 0.3
    fake.script.append(behaviour)
    with pytest.raises(TranslationError) as info:
        chat(fake, cache, timeout=0.5).translate_sentences(["慢。"])
    assert info.value.kind == "timeout" and "did not answer within 0.5 s" in str(info.value)
    assert len(cache) == 0


def test_a_slow_answer_inside_the_timeout_is_taken(fake, cache):
    fake.slow_delay = 0.2
    fake.script.append("slow")
    assert chat(fake, cache, timeout=5).translate_sentences(["慢。"])["慢。"].english == fake_english("慢。")


def test_a_refused_connection_is_offline(cache):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    closed = f"http://127.0.0.1:{s.getsockname()[1]}/v1"
    s.close()
    config = ProviderConfig("chat", url=closed, model=MODEL, timeout=2)
    with pytest.raises(TranslationError) as info:
        Translator(config, cache, online=True, sleep=lambda s: None).translate_sentences(["断网。"])
    assert info.value.kind == "offline" and "Could not reach 127.0.0.1:" in str(info.value)


def test_a_connection_reset_mid_answer_is_not_taken(fake, cache):
    fake.script.extend(["reset"] * 4)
    with pytest.raises(TranslationError) as info:
        chat(fake, cache).translate_sentences(["断开。"])
    assert info.value.kind in ("offline", "garbage") and len(cache) == 0


@pytest.mark.parametrize(
    "url,model,phrase", [("", MODEL, "base URL"), ("localhost:8080", MODEL, "base URL"), (None, " ", "model")]
)
def test_the_server_and_model_must_be_named(fake, cache, url, model, phrase):
    config = ProviderConfig("chat", url=fake.chat_url if url is None else url, model=model)
    with pytest.raises(TranslationError) as info:
        Translator(config, cache, online=True).translate_sentences(["你好。"])
    assert info.value.kind == "config" and phrase in str(info.value)
    assert fake.requests == []


def test_the_key_never_shows_in_repr_errors_or_logs(fake, cache, caplog):
    caplog.set_level(logging.DEBUG)
    t = chat(fake, cache, timeout=0.5)
    assert KEY not in repr(t) and KEY not in repr(t.config)
    t.translate_sentences(["你好。"])
    errors = []
    for behaviour in ("401", "500", "hang", "notjson", "404"):
        fake.script.clear()
        fake.script.extend([behaviour] * 4)
        with pytest.raises(TranslationError) as info:
            t.translate_sentences([f"{behaviour}句。"])
        errors.append(info.value)
    assert fake.chat_requests()[0]["authorization"].endswith(KEY), "the key was sent, in the header"
    for err in errors:
        assert KEY not in str(err) and KEY not in repr(err)
        assert err.__cause__ is None and err.__context__ is None
    assert KEY not in caplog.text


def test_parse_numbered_maps_back_one_to_one_or_not_at_all():
    assert parse_numbered("1. One.\n2. Two.", 2) == ["One.", "Two."]
    assert parse_numbered("1) One.\n\n2) **Two.**", 2) == ["One.", "Two."]
    assert parse_numbered("2. Two.\n1. One.", 2) is None  # out of order
    assert parse_numbered("1. One.\n2. Two.\n3. Three.", 2) is None
    assert parse_numbered("1. One and\nits tail.\n2. Two.", 2) is None  # a continuation line
    assert parse_numbered("1. One.\n2.", 2) is None  # an empty line
    assert parse_numbered("Just one sentence.", 1) == ["Just one sentence."]
    assert parse_numbered("1. 2024 saw growth of 5.2%.", 1) == ["2024 saw growth of 5.2%."]


def test_the_request_body_is_what_the_protocol_says(fake, cache, monkeypatch):
    """The JSON as sent: a model, a system and a user message, temperature 0, stream false."""
    import requests

    sent = []
    real_post = requests.post

    def spy(url, **kwargs):
        sent.append((url, json.loads(kwargs["data"])))
        return real_post(url, **kwargs)

    monkeypatch.setattr(requests, "post", spy)
    chat(fake, cache).translate_sentences(["你好。"])
    url, body = sent[0]
    assert url == fake.chat_url + "/chat/completions"
    assert body["stream"] is False and body["temperature"] == 0 and body["model"] == MODEL
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
