"""Converting a whole Article into view text plus a lazily built offset map.

Every block of an Article (title, heading, paragraph) is one line of
``Article.text``, and no OpenCC dictionary key can contain a newline (the
dictionaries are line-based files). So converting the whole text in one
OpenCC call gives exactly the line-by-line conversion — the same characters
as raw ``opencc`` on the text, with no per-line Python cost.

The offset map is kept per line. Most lines keep every character in place
and map by a shift. A line is *suspect* when its length changed or — with a
phrase table, where a word that grows and one that shrinks can cancel out —
when it differs from the phrase-free conversion. Suspect lines are found
and aligned only when a span in them is first mapped (all lines asked for at
once go through OpenCC together), so switching script costs one conversion
and mapping costs are paid where spans are.

An aligned line is cut at its sentence boundaries (kept only if converting
the sentences separately gives the same line) and each sentence is aligned
by :func:`core.script.offsets.align_many`.
"""

from __future__ import annotations

import bisect
import itertools
import threading

from ..document import Article
from .converters import convert_with, converter
from .offsets import OffsetMap, SpanMapping, _private_chars, align_many
from .variants import phrase_free, rewrites_phrases

_IDENTITY = OffsetMap([], 0, 0)


def convert_article(article: Article, config: str | None) -> tuple[str, "ArticleOffsetMap"]:
    """``(view_text, map)`` for ``article`` under OpenCC ``config`` (``None``: identity)."""
    text = article.text
    if config is None:
        return text, ArticleOffsetMap(article, [text], [text], None)
    lines = text.split("\n")
    out = convert_with(config, text)
    out_lines = out.split("\n")
    if len(out_lines) != len(lines):  # a config that emits newlines: fall back to one call per line
        out_lines = [convert_with(config, line) for line in lines]
        out = "\n".join(out_lines)
    return out, ArticleOffsetMap(article, lines, out_lines, config)


class ArticleOffsetMap(SpanMapping):
    """Offsets between ``Article.text`` and the view, line by line (see :class:`OffsetMap` for the rules)."""

    def __init__(self, article: Article, lines: list[str], out_lines: list[str], config: str | None):
        self._article = article
        self._lines = lines
        self._out = out_lines
        self._config = config
        self.source_length = sum(map(len, lines)) + len(lines) - 1
        self.view_length = sum(map(len, out_lines)) + len(out_lines) - 1
        self._phrases = config is not None and rewrites_phrases(config)
        self._line_maps: dict[int, OffsetMap] = {}
        self._lock = threading.Lock()
        src_lens = list(map(len, lines))
        out_lens = list(map(len, out_lines))
        # Without a phrase table, equal line lengths mean every character stayed in place.
        self._identity = config is None or (not self._phrases and src_lens == out_lens)
        self._src_starts = [0, *itertools.accumulate(n + 1 for n in src_lens[:-1])]
        self._view_starts = (
            self._src_starts if src_lens == out_lens else [0, *itertools.accumulate(n + 1 for n in out_lens[:-1])]
        )

    # -- the OffsetMap interface, article-wide ---------------------------------
    @property
    def is_identity(self) -> bool:
        """True when no span moves (may compute every line's map to find out)."""
        return self._identity or (self._src_starts is self._view_starts and not self.blocks)

    @property
    def blocks(self) -> list[tuple[int, int, int, int]]:
        """Every rewritten block, absolute ``(s0, s1, v0, v1)``; computes every line's map."""
        if self._identity:
            return []
        self.prepare(range(len(self._lines)))
        return [
            (s + a, s + b, v + c, v + d)
            for i, m in sorted(self._line_maps.items())
            for s, v in [(self._src_starts[i], self._view_starts[i])]
            for a, b, c, d in m.blocks
        ]

    def to_view(self, offset: int, *, end: bool = False) -> int:
        offset = min(max(offset, 0), self.source_length)
        if self._identity:
            return offset
        i = bisect.bisect_right(self._src_starts, offset) - 1
        return self._view_starts[i] + self._line_map(i).to_view(offset - self._src_starts[i], end=end)

    def to_source(self, offset: int, *, end: bool = False) -> int:
        offset = min(max(offset, 0), self.view_length)
        if self._identity:
            return offset
        i = bisect.bisect_right(self._view_starts, offset) - 1
        return self._src_starts[i] + self._line_map(i).to_source(offset - self._view_starts[i], end=end)

    def prepare_spans(self, spans) -> None:
        """Align, in one batch, every line any of ``spans`` (source ``(start, end)``) touches."""
        if self._identity:
            return
        wanted = set()
        for start, end in spans:
            first = bisect.bisect_right(self._src_starts, start) - 1
            last = bisect.bisect_right(self._src_starts, end) - 1
            wanted.update(range(max(first, 0), last + 1))
        self.prepare(wanted)

    # -- per line --------------------------------------------------------------
    def _line_map(self, i: int) -> OffsetMap:
        m = self._line_maps.get(i)
        if m is None:
            self.prepare((i,))
            m = self._line_maps[i]
        return m

    def prepare(self, indices) -> None:
        """Build the maps of lines ``indices`` (one OpenCC call for all of them)."""
        with self._lock:
            todo = [i for i in indices if i not in self._line_maps]
            if not todo:
                return
            lines, outs = self._lines, self._out
            if self._phrases:
                refs = _convert_pieces([lines[i] for i in todo], phrase_free(self._config), self._sep())
                suspects = [(i, r) for i, r in zip(todo, refs) if r != outs[i]]
            else:
                suspects = [(i, None) for i in todo if len(lines[i]) != len(outs[i])]
            found = self._align_lines(suspects) if suspects else {}
            for i in todo:
                self._line_maps[i] = OffsetMap(found.get(i, []), len(lines[i]), len(outs[i]))

    def _sep(self) -> str:
        return _private_chars(self._article.text, 1)[0]

    def _align_lines(self, suspects: list[tuple[int, str | None]]) -> dict[int, list]:
        config, sep = self._config, self._sep()
        base = self._src_starts
        starts = [x.start for x in self._article.sentences]
        ends = [x.end for x in self._article.sentences]
        line_cuts, pieces = [], []
        for i, _ in suspects:
            line = self._lines[i]
            lo, hi = bisect.bisect_left(starts, base[i]), bisect.bisect_right(ends, base[i] + len(line))
            inner = {p - base[i] for x in self._article.sentences[lo:hi] for p in (x.start, x.end)}
            cuts = sorted({0, len(line)} | {c for c in inner if 0 < c < len(line)})
            line_cuts.append(cuts)
            pieces.extend(line[a:b] for a, b in zip(cuts, cuts[1:]))
        out_pieces = _convert_pieces(pieces, config, sep)
        segments, owners = [], []  # owners: (line, source offset, view offset) of each segment
        at = 0
        for (i, ref), cuts in zip(suspects, line_cuts):
            line, out = self._lines[i], self._out[i]
            k = len(cuts) - 1
            outs = out_pieces[at : at + k]
            if ref is None or len(ref) != len(line):
                ref = _char_by_char(line, phrase_free(config), sep)
            if "".join(outs) == out:
                v = 0
                for (a, b), piece_out in zip(zip(cuts, cuts[1:]), outs):
                    segments.append((line[a:b], ref[a:b] if ref else "", piece_out))
                    owners.append((i, a, v))
                    v += len(piece_out)
            else:  # a phrase spans a sentence end: align the line as one segment
                segments.append((line, ref, out))
                owners.append((i, 0, 0))
            at += k
        found: dict[int, list] = {}
        for (i, s, v), blocks in zip(owners, align_many(segments, converter(config).convert)):
            found.setdefault(i, []).extend((s + a, s + b, v + c, v + d) for a, b, c, d in blocks)
        return found


def _convert_pieces(pieces: list[str], config: str, sep: str) -> list[str]:
    """Each piece converted on its own, in one OpenCC call (no phrase matches across ``sep``)."""
    out = convert_with(config, sep.join(pieces)).split(sep)
    if len(out) != len(pieces):
        out = [convert_with(config, p) for p in pieces]
    return out


def _char_by_char(piece: str, config: str, sep: str) -> str:
    """``piece`` converted one character at a time: a position-keeping reference."""
    out = convert_with(config, sep.join(piece)).split(sep)
    return "".join(out) if len(out) == len(piece) else ""
