"""Chunking, line pairing, retries and cancellation, with a scripted provider call (no network)."""

from __future__ import annotations

import threading

import pytest

from desktop.core.translate.batching import BatchTranslator, chunk_texts, split_long
from desktop.core.translate.errors import TranslationError


class Scripted:
    """Translates each line to ``EN<line>``; ``failures`` are raised first, in order."""

    def __init__(self, failures=(), merge=False):
        self.calls: list[str] = []
        self.failures = list(failures)
        self.merge = merge

    def __call__(self, text: str) -> str:
        self.calls.append(text)
        if self.failures:
            raise self.failures.pop(0)
        lines = [f"EN<{line}>" for line in text.split("\n")]
        return " ".join(lines) if self.merge and len(lines) > 1 else "\n".join(lines)


SENTENCES = [f"这是第{i}个句子，内容足够长以便测试分批。" for i in range(200)]


def test_chunks_stay_under_the_limit_and_keep_order():
    chunks = chunk_texts(SENTENCES, 1500)
    assert [s for c in chunks for s in c] == SENTENCES
    assert all(len("\n".join(c)) <= 1500 for c in chunks)
    assert len(chunks) < len(SENTENCES) / 10  # batched, not one request per sentence


def test_results_pair_with_their_sentences():
    call = Scripted()
    got, garbage = BatchTranslator(call, max_chars=1500).run(SENTENCES)
    assert garbage == 0
    assert all(got[s] == f"EN<{s}>" for s in SENTENCES)
    assert all(len(c) <= 1500 for c in call.calls)


def test_merged_lines_fall_back_to_one_sentence_per_request():
    call = Scripted(merge=True)
    got, _ = BatchTranslator(call, max_chars=1500).run(SENTENCES[:5])
    assert got == {s: f"EN<{s}>" for s in SENTENCES[:5]}
    assert len(call.calls) == 1 + 5


def test_an_over_long_sentence_is_cut_at_clauses():
    long = "，".join(f"第{i}段内容" for i in range(600)) + "。"
    pieces = split_long(long, 1500)
    assert "".join(pieces) == long and all(len(p) <= 1500 for p in pieces)
    assert all(p.endswith(("，", "。")) for p in pieces)
    call = Scripted()
    got, _ = BatchTranslator(call, max_chars=1500).run([long])
    assert got[long].startswith("EN<第0段内容")
    assert all(len(c) <= 1500 for c in call.calls)


def test_backoff_doubles_and_is_bounded():
    waits = []
    fail = [TranslationError("rate_limited", "slow down")] * 6
    call = Scripted(failures=fail)
    bt = BatchTranslator(call, max_chars=1500, attempts=5, base_delay=1.0, max_delay=4.0, sleep=waits.append)
    with pytest.raises(TranslationError) as info:
        bt.run(["一。"])
    assert info.value.kind == "rate_limited"
    assert waits == [1.0, 2.0, 4.0, 4.0]
    assert len(call.calls) == 5


def test_timeouts_and_offline_are_not_retried():
    for kind in ("timeout", "offline", "auth"):
        call = Scripted(failures=[TranslationError(kind, "x")])
        with pytest.raises(TranslationError):
            BatchTranslator(call, max_chars=1500, sleep=lambda s: None).run(["一。"])
        assert len(call.calls) == 1


def test_failure_keeps_earlier_batches_in_partial():
    call = Scripted()
    bt = BatchTranslator(call, max_chars=100, sleep=lambda s: None)
    stored = []

    def on_batch(batch):
        stored.append(batch)
        if len(stored) == 2:
            call.failures.append(TranslationError("offline", "gone"))

    with pytest.raises(TranslationError) as info:
        bt.run(SENTENCES[:20], on_batch=on_batch)
    assert len(info.value.partial) == sum(len(b) for b in stored) > 0


def test_cancellation_stops_between_batches_and_progress_counts_sentences():
    stop = threading.Event()
    seen = []

    def progress(done, total):
        seen.append((done, total))
        if len(seen) == 2:
            stop.set()

    call = Scripted()
    got, _ = BatchTranslator(call, max_chars=200).run(
        SENTENCES[:40], progress=progress, cancelled=stop, done=10, total=50
    )
    assert len(call.calls) == 2
    assert seen[-1][0] == 10 + len(got) and all(t == 50 for _, t in seen)
    assert seen == sorted(seen)


def test_cancelled_callable_before_start_sends_nothing():
    call = Scripted()
    got, _ = BatchTranslator(call, max_chars=200).run(SENTENCES[:5], cancelled=lambda: True)
    assert got == {} and call.calls == []
