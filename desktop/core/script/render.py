"""Converting a whole Article into view text plus its offset map.

Every block of an Article (title, heading, paragraph) is one line of
``Article.text``, and no OpenCC dictionary key can contain a newline (the
dictionaries are line-based files). So converting the whole text in one
OpenCC call gives exactly the line-by-line conversion — the same bytes as
raw ``opencc`` on the text, with no per-line Python cost.

Most lines keep every character in place. Only the *suspect* lines are
examined further: those whose length changed, or — with a phrase table,
where a word that grows and one that shrinks can cancel out — those that
differ from the phrase-free conversion. A suspect line is cut at its
sentence boundaries (kept only if converting the sentences separately gives
the same line, which OpenCC always did in testing) and each sentence is
aligned by :func:`core.script.offsets.align_many`.
"""
from __future__ import annotations

import bisect

from ..document import Article
from .converters import convert_with, converter
from .offsets import OffsetMap, _private_chars, align_many
from .variants import phrase_free, rewrites_phrases


def convert_article(article: Article, config: str | None) -> tuple[str, OffsetMap]:
    """``(view_text, map)`` for ``article`` under OpenCC ``config`` (``None``: identity)."""
    text = article.text
    if config is None:
        return text, OffsetMap([], len(text), len(text))
    lines = text.split("\n")
    out_lines = _convert_lines(text, lines, config)
    view = "\n".join(out_lines)
    if rewrites_phrases(config):
        ref_lines = _convert_lines(text, lines, phrase_free(config))
        suspects = [i for i, (r, o) in enumerate(zip(ref_lines, out_lines)) if r != o]
    else:
        ref_lines = None
        if list(map(len, lines)) == list(map(len, out_lines)):
            return view, OffsetMap([], len(text), len(view))
        suspects = [i for i, (s, o) in enumerate(zip(lines, out_lines)) if len(s) != len(o)]
    if not suspects:
        return view, OffsetMap([], len(text), len(view))
    blocks = _suspect_blocks(article, lines, out_lines, ref_lines, suspects, config)
    return view, OffsetMap(blocks, len(text), len(view))


def _convert_lines(text: str, lines: list[str], config: str) -> list[str]:
    out = convert_with(config, text).split("\n")
    if len(out) != len(lines):  # a config that emits newlines: fall back to one call per line
        out = [convert_with(config, line) for line in lines]
    return out


def _suspect_blocks(article, lines, out_lines, ref_lines, suspects, config) -> list[tuple[int, int, int, int]]:
    # Where each line starts, in the source and in the view (+1 for the newline).
    src_starts, view_starts = [], []
    s = v = 0
    for line, out in zip(lines, out_lines):
        src_starts.append(s)
        view_starts.append(v)
        s += len(line) + 1
        v += len(out) + 1
    sentence_starts = [x.start for x in article.sentences]
    sentence_ends = [x.end for x in article.sentences]

    # Cut every suspect line at its sentence boundaries.
    line_cuts = []
    pieces: list[str] = []
    for i in suspects:
        start, end = src_starts[i], src_starts[i] + len(lines[i])
        lo = bisect.bisect_left(sentence_starts, start)
        hi = bisect.bisect_right(sentence_ends, end)
        cuts = sorted({0, len(lines[i])} | {p - start for x in article.sentences[lo:hi] for p in (x.start, x.end)})
        cuts = [c for c in cuts if 0 <= c <= len(lines[i])]
        line_cuts.append(cuts)
        pieces.extend(lines[i][a:b] for a, b in zip(cuts, cuts[1:]))
    sep = _private_chars(article.text, 1)[0]
    out_pieces = _convert_pieces(pieces, config, sep)

    segments, origins = [], []
    at = 0
    for i, cuts in zip(suspects, line_cuts):
        k = len(cuts) - 1
        outs = out_pieces[at : at + k]
        if "".join(outs) == out_lines[i]:
            if ref_lines is not None and len(ref_lines[i]) == len(lines[i]):
                # The phrase-free conversion keeps positions: slice it like the source.
                refs = [ref_lines[i][a:b] for a, b in zip(cuts, cuts[1:])]
            else:
                refs = [_char_by_char(p, phrase_free(config), sep) for p in pieces[at : at + k]]
            v = view_starts[i]
            for (a, _b), piece, ref, out in zip(zip(cuts, cuts[1:]), pieces[at : at + k], refs, outs):
                segments.append((piece, ref, out))
                origins.append((src_starts[i] + a, v))
                v += len(out)
        else:  # a phrase spans a sentence end: align the line as one segment
            ref = ref_lines[i] if ref_lines is not None else _char_by_char(lines[i], phrase_free(config), sep)
            segments.append((lines[i], ref, out_lines[i]))
            origins.append((src_starts[i], view_starts[i]))
        at += k
    blocks = []
    for (s, v), found in zip(origins, align_many(segments, converter(config).convert)):
        blocks.extend((s + a, s + b, v + c, v + d) for a, b, c, d in found)
    return blocks


def _convert_pieces(pieces: list[str], config: str, sep: str) -> list[str]:
    """Each piece converted on its own, in one OpenCC call (no phrase matches across ``sep``)."""
    out = convert_with(config, sep.join(pieces)).split(sep)
    if len(out) != len(pieces):
        out = [convert_with(config, p) for p in pieces]
    return out


def _char_by_char(piece: str, config: str, sep: str) -> str:
    """``piece`` converted one character at a time: the reference for a phrase-free config."""
    out = convert_with(config, sep.join(piece)).split(sep)
    return "".join(out) if len(out) == len(piece) else ""
