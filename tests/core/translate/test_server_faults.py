"""Every translation-server fault of the hardening battery, against the real deep-translator client.

The fake provider on 127.0.0.1 plays each fault; after each run the test
asserts what the cache holds: English only when a real translation arrived,
nothing for a fault (issue 14, items 9-12 and "Keep it fixed").
"""

from __future__ import annotations

import time

import pytest

from desktop.core.translate import ProviderConfig, TranslationError, Translator
from fake_provider import fake_english
from desktop.core.translate.providers import MAX_RESPONSE_BYTES, retry_after_seconds

SENTENCE = "观音桥商圈实现社零总额545.3亿元。"


def run(fake, cache, *script, timeout=3.0, attempts=4, texts=(SENTENCE,)):
    fake.script.extend(script)
    sleeps: list[float] = []
    t = Translator(
        ProviderConfig("google", timeout=timeout), cache, online=True, sleep=sleeps.append, attempts=attempts
    )
    started = time.monotonic()
    try:
        got, failure = t.translate_sentences(list(texts)), None
    except TranslationError as err:
        got, failure = err.partial, err
    return got, failure, sleeps, time.monotonic() - started


def cached(cache, text=SENTENCE):
    return cache.get(text, provider="google")


def test_ok_is_cached(fake, cache):
    got, failure, _, _ = run(fake, cache, "ok")
    assert failure is None and got[SENTENCE].english == fake_english(SENTENCE)
    assert cached(cache) == fake_english(SENTENCE)


def test_429_with_retry_after_waits_what_the_server_asked(fake, cache):
    got, failure, sleeps, _ = run(fake, cache, "429+retry:7", "ok")
    assert failure is None and sleeps == [7.0]  # not the 1 s backoff
    assert cached(cache) == fake_english(SENTENCE)


def test_retry_after_past_the_cap_stops_at_once_and_caches_nothing(fake, cache):
    got, failure, sleeps, _ = run(fake, cache, "429+retry:3600", "ok")
    assert failure is not None and failure.kind == "rate_limited"
    assert sleeps == [] and len(fake.requests) == 1
    assert len(cache) == 0


def test_retry_after_as_an_http_date():
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past: at once
    assert retry_after_seconds("12") == 12.0
    assert retry_after_seconds("soon") is None


def test_500_every_time_backs_off_then_fails_with_nothing_cached(fake, cache):
    got, failure, sleeps, _ = run(fake, cache, "500", "500", "500", "500")
    assert failure.kind == "server" and sleeps == [1.0, 2.0, 4.0]
    assert len(cache) == 0


def test_hang_is_cut_at_the_deadline(fake, cache):
    got, failure, _, elapsed = run(fake, cache, "hang", timeout=1.0, attempts=1)
    assert failure.kind == "timeout"
    assert elapsed < 30  # a hang guard (1.0 s measured with the machine loaded): the fake never answers
    assert len(cache) == 0


def test_trickle_is_cut_at_the_deadline_not_per_read(fake, cache):
    fake.trickle_interval = 0.4  # each read succeeds well inside the timeout
    got, failure, _, elapsed = run(fake, cache, "trickle", timeout=1.5, attempts=1)
    assert failure is not None and failure.kind == "timeout"  # a per-read timeout would get the answer
    assert elapsed < 30  # a hang guard (1.5 s measured with the machine loaded)
    assert len(cache) == 0


def test_slow_but_whole_answer_inside_the_deadline_is_kept(fake, cache):
    fake.slow_delay = 0.5
    got, failure, _, _ = run(fake, cache, "slow", timeout=3.0)
    assert failure is None and cached(cache) == fake_english(SENTENCE)


def test_reset_mid_body_caches_nothing_and_the_next_request_works(fake, cache):
    got, failure, _, _ = run(fake, cache, "reset", attempts=1)
    assert failure is not None and failure.kind in ("offline", "garbage")
    assert len(cache) == 0
    got, failure, _, _ = run(fake, cache, "ok")
    assert failure is None and cached(cache) == fake_english(SENTENCE)


@pytest.mark.parametrize("behaviour", ["malformed", "empty", "echo"])
def test_no_translation_in_the_answer_caches_nothing(fake, cache, behaviour):
    got, failure, _, _ = run(fake, cache, behaviour)
    assert failure is not None and failure.kind == "garbage"
    assert SENTENCE not in got and len(cache) == 0


def test_50_mb_body_is_cut_at_the_cap_quickly_and_never_cached(fake, cache):
    got, failure, _, elapsed = run(fake, cache, "huge", timeout=30.0)
    assert failure is not None and failure.kind == "garbage"
    assert fake.huge_sent < 10 * MAX_RESPONSE_BYTES  # the client hung up, it did not read 50 MB
    assert elapsed < 10  # a hang guard (0.05 s measured with the machine loaded)
    assert len(cache) == 0 and cache.size_bytes() < 1024 * 1024


def test_english_far_longer_than_its_source_is_refused_and_not_cached(fake, cache):
    texts = (SENTENCE, "第二句话。")
    got, failure, _, _ = run(fake, cache, "bloated", "bloated", "bloated", texts=texts)
    assert failure is not None and failure.kind == "garbage"
    assert len(cache) == 0


def test_bloated_chunk_line_is_retried_alone_and_the_good_answer_kept(fake, cache):
    texts = (SENTENCE, "第二句话。")
    got, failure, _, _ = run(fake, cache, "bloated", texts=texts)  # then "ok" for each sentence alone
    assert failure is None
    assert cached(cache) == fake_english(SENTENCE) and cached(cache, "第二句话。") == fake_english("第二句话。")
    assert all(len(v) < 100 for v in (cached(cache), cached(cache, "第二句话。")))


def test_cache_refuses_an_implausibly_long_english_written_directly(cache):
    assert not cache.put(SENTENCE, "word " * 5000, provider="google")
    assert len(cache) == 0


def test_offline_shows_english_cached_by_any_provider_and_says_which(cache):
    cache.put(SENTENCE, "From MyMemory.", provider="mymemory")
    cache.put("第二句话。", "From Google.", provider="google")
    t = Translator(ProviderConfig("google"), cache, online=False)
    got = t.translate_sentences([SENTENCE, "第二句话。"])
    assert (got[SENTENCE].english, got[SENTENCE].provider) == ("From MyMemory.", "mymemory")
    assert (got["第二句话。"].english, got["第二句话。"].provider) == ("From Google.", "google")


def test_cli_offline_without_provider_shows_other_providers_english(tmp_path, capsys, no_sockets):
    from desktop.cli import main
    from desktop.core.translate import TranslationCache

    doc = tmp_path / "d.txt"
    doc.write_text(f"标题\n{SENTENCE}\n", encoding="utf-8")
    path = tmp_path / "c.sqlite3"
    c = TranslationCache(path)
    c.put(SENTENCE, "Retail sales reached 54.53 billion yuan.", provider="mymemory")
    c.close()
    assert main(["translate", str(doc), "--offline", "--cache", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Retail sales reached 54.53 billion yuan." in out
    assert "[cached English from MyMemory]" in out
    assert no_sockets == []
