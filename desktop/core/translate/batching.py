"""Sending many sentences in few requests, and surviving a provider that says "later".

Sentences go out joined by newlines in chunks of at most the provider's
``max_chars`` (Google: 1500, well below its 5000-character refusal, because it
drops long Chinese input earlier). The reply is split back on newlines; when
the number of lines differs (a provider merged or split lines), that chunk is
sent again one sentence per request, so English never lands under the wrong
sentence. A sentence longer than ``max_chars`` is cut at clause punctuation.

429 and 5xx answers are retried with exponential backoff (``base_delay``,
doubling, at most ``max_delay`` seconds, ``attempts`` tries in all), or after
the server's ``Retry-After`` when it sends one (up to ``max_retry_after``;
longer ends the run); the sleep is injectable so tests never wait. English
far longer than its source is refused like an echo, so it is never cached. Cancellation is checked between requests.
An ``accept(source, english)`` check (the chat provider's: every figure kept) refuses a line the
same way: in a batch, that sentence is asked again alone; alone, it stays untranslated.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable

from . import errors
from .errors import TranslationError
from .texts import is_echo, is_implausibly_long

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool] | threading.Event | None

_CLAUSE_END = re.compile(r"(?<=[，,；;：:、。！？!?])")


def as_check(cancelled: Cancelled) -> Callable[[], bool]:
    """A no-argument predicate from a callable, a ``threading.Event`` or ``None``."""
    if cancelled is None:
        return lambda: False
    if isinstance(cancelled, threading.Event):
        return cancelled.is_set
    return cancelled


def chunk_texts(texts: Iterable[str], max_chars: int) -> list[list[str]]:
    """Consecutive groups whose newline-joined length is at most ``max_chars`` (an over-long text stands alone)."""
    chunks: list[list[str]] = []
    current: list[str] = []
    size = 0
    for text in texts:
        extra = len(text) + (1 if current else 0)
        if current and size + extra > max_chars:
            chunks.append(current)
            current, size = [], 0
            extra = len(text)
        current.append(text)
        size += extra
    if current:
        chunks.append(current)
    return chunks


def split_long(text: str, max_chars: int) -> list[str]:
    """``text`` in pieces of at most ``max_chars``, cut after clause punctuation where possible."""
    pieces: list[str] = []
    current = ""
    for clause in filter(None, _CLAUSE_END.split(text)):
        while len(clause) > max_chars:  # no punctuation for a long stretch: cut hard
            if current:
                pieces.append(current)
                current = ""
            pieces.append(clause[:max_chars])
            clause = clause[max_chars:]
        if len(current) + len(clause) > max_chars:
            pieces.append(current)
            current = ""
        current += clause
    if current:
        pieces.append(current)
    return pieces


class BatchTranslator:
    """Drives one provider client over many sentences; see the module docstring.

    ``translate_one(text) -> str`` is the provider call (it raises
    :class:`TranslationError`); ``sleep(seconds)`` is how backoff waits.
    """

    def __init__(
        self,
        translate_one: Callable[[str], str],
        *,
        max_chars: int,
        attempts: int = 4,
        base_delay: float = 1.0,
        max_delay: float = 8.0,
        max_retry_after: float = 60.0,
        sleep: Callable[[float], object] | None = None,
        accept: Callable[[str, str], bool] | None = None,
    ) -> None:
        self._translate_one = translate_one
        self._accept = accept or (lambda source, english: True)
        self.max_chars = max_chars
        self.attempts = max(1, attempts)
        self.base_delay = base_delay
        self.max_delay = max_delay
        #: longest Retry-After honoured, in seconds; a longer one ends the run
        self.max_retry_after = max_retry_after
        self._sleep = sleep

    def run(
        self,
        texts: list[str],
        *,
        on_batch: Callable[[dict[str, str]], None] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled = None,
        done: int = 0,
        total: int | None = None,
    ) -> tuple[dict[str, str], int]:
        """Translate ``texts``; returns ``({text: english}, garbage_count)``.

        ``on_batch`` receives each batch's successes as they arrive (to cache them
        before a later failure). ``progress(done, total)`` counts sentences,
        starting from ``done``. Fatal errors (offline, timeout, auth, retries
        exhausted) raise :class:`TranslationError` with ``partial`` set; a sentence
        the provider echoes or blanks is left out and counted as garbage.
        """
        is_cancelled = as_check(cancelled)
        sleep = self._sleep or self._default_sleep(cancelled)
        total = len(texts) + done if total is None else total
        results: dict[str, str] = {}
        garbage = 0
        try:
            for chunk in chunk_texts(texts, self.max_chars):
                if is_cancelled():
                    break
                got, bad = self._chunk(chunk, sleep, is_cancelled)
                garbage += bad
                results.update(got)
                if got and on_batch is not None:
                    on_batch(got)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        except TranslationError as err:
            err.partial = dict(results)
            raise
        return results, garbage

    def _chunk(self, chunk: list[str], sleep, is_cancelled) -> tuple[dict[str, str], int]:
        if len(chunk) == 1:
            english = self._single(chunk[0], sleep, is_cancelled)
            return ({chunk[0]: english}, 0) if english is not None else ({}, 1)
        try:
            reply = self._with_retry("\n".join(chunk), sleep, is_cancelled)
        except TranslationError as err:
            if err.kind != errors.GARBAGE:
                raise
            reply = ""
        lines = [line.strip() for line in reply.split("\n") if line.strip()]
        out: dict[str, str] = {}
        retry: list[str] = []
        if len(lines) == len(chunk):
            for source, english in zip(chunk, lines):
                bad_line = self._unusable(source, english)
                (retry.append(source) if bad_line else out.__setitem__(source, english))
        else:  # lines merged or split: pairing them up would misplace English
            retry = list(chunk)
        bad = 0
        for source in retry:
            if is_cancelled():
                break
            english = self._single(source, sleep, is_cancelled)
            if english is None:
                bad += 1
            else:
                out[source] = english
        return out, bad

    def _single(self, text: str, sleep, is_cancelled) -> str | None:
        """English for one sentence, or ``None`` when the provider gives garbage for it."""
        parts = split_long(text, self.max_chars) if len(text) > self.max_chars else [text]
        english = []
        for part in parts:
            try:
                reply = self._with_retry(part, sleep, is_cancelled)
            except TranslationError as err:
                if err.kind == errors.GARBAGE:
                    return None
                raise
            if self._unusable(part, reply):
                return None
            english.append(" ".join(reply.split()))
        return " ".join(english)

    def _unusable(self, source: str, english: str) -> bool:
        return is_echo(source, english) or is_implausibly_long(source, english) or not self._accept(source, english)

    def _with_retry(self, text: str, sleep, is_cancelled) -> str:
        delay = self.base_delay
        for attempt in range(1, self.attempts + 1):
            try:
                return self._translate_one(text)
            except TranslationError as err:
                if not err.retryable or attempt == self.attempts or is_cancelled():
                    raise
                wait = min(delay, self.max_delay)
                if err.retry_after is not None:
                    # The server said when: wait that long, unless it is longer than we
                    # would ever wait, then stop now instead of asking again too early.
                    if err.retry_after > self.max_retry_after:
                        err.retryable = False
                        raise
                    wait = err.retry_after
            sleep(wait)
            delay *= 2
        raise AssertionError("unreachable")

    @staticmethod
    def _default_sleep(cancelled: Cancelled):
        if isinstance(cancelled, threading.Event):
            return cancelled.wait  # wakes at once when the document closes
        return time.sleep
