"""A monotone map between offsets in a source text and in its conversion.

Most of a conversion keeps every character in place (发 → 發), so the map
stores only the *rewritten blocks* whose lengths differ — ``[s0, s1)`` in the
source became ``[v0, v1)`` in the view (U盘 → 隨身碟) — and everything between
blocks shifts by the running length difference. A text with no such block
(any Simplified ↔ Traditional conversion without phrase tables) maps by
identity and costs nothing.

Guarantee: offsets outside blocks (every sentence, heading and title
boundary, and every character boundary outside a rewritten phrase) map
exactly and round-trip. An offset strictly inside a rewritten phrase maps to
the phrase's start (for a span start) or its end (for a span end), so a span
never shows part of a rewritten word.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from difflib import SequenceMatcher


class SpanMapping:
    """Span mapping from point mapping: subclasses give ``to_view``/``to_source`` with ``end=``."""

    __slots__ = ()

    def span_to_view(self, start: int, end: int) -> tuple[int, int]:
        """Source span ``[start, end)`` → view span, widened to whole rewritten phrases."""
        vs = self.to_view(start)
        return vs, max(vs, self.to_view(end, end=True))

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """View span ``[start, end)`` → source span, widened to whole rewritten phrases."""
        ss = self.to_source(start)
        return ss, max(ss, self.to_source(end, end=True))


class OffsetMap(SpanMapping):
    """Maps ``[start, end)`` character offsets between a source and its view.

    ``blocks`` are ``(s0, s1, v0, v1)`` tuples, sorted and non-overlapping,
    usually with ``s1 - s0 != v1 - v0`` (a reordered phrase may keep its length).
    """

    __slots__ = ("_s0", "_s1", "_v0", "_v1", "source_length", "view_length")

    def __init__(self, blocks: list[tuple[int, int, int, int]], source_length: int, view_length: int):
        self._s0 = [b[0] for b in blocks]
        self._s1 = [b[1] for b in blocks]
        self._v0 = [b[2] for b in blocks]
        self._v1 = [b[3] for b in blocks]
        self.source_length = source_length
        self.view_length = view_length

    @property
    def is_identity(self) -> bool:
        return not self._s0

    @property
    def blocks(self) -> list[tuple[int, int, int, int]]:
        return list(zip(self._s0, self._s1, self._v0, self._v1))

    def to_view(self, offset: int, *, end: bool = False) -> int:
        """The view offset of source ``offset`` (clamped to the text).

        Inside a rewritten phrase: its view start, or its view end when
        ``end`` is true (use that for the end of a half-open span).
        """
        offset = min(max(offset, 0), self.source_length)
        if not self._s0:
            return offset
        k = bisect.bisect_right(self._s0, offset) - 1
        if k < 0:
            return offset
        s0, s1, v0, v1 = self._s0[k], self._s1[k], self._v0[k], self._v1[k]
        if offset >= s1 and s1 > s0:
            return offset - s1 + v1
        if offset == s0:
            return v0
        if s1 == s0:  # pure insertion at s0; offset > s0 here
            return offset - s1 + v1
        return v1 if end else v0

    def to_source(self, offset: int, *, end: bool = False) -> int:
        """The source offset of view ``offset``; the inverse of :meth:`to_view` outside rewritten phrases."""
        offset = min(max(offset, 0), self.view_length)
        if not self._v0:
            return offset
        k = bisect.bisect_right(self._v0, offset) - 1
        if k < 0:
            return offset
        s0, s1, v0, v1 = self._s0[k], self._s1[k], self._v0[k], self._v1[k]
        if offset >= v1 and v1 > v0:
            return offset - v1 + s1
        if offset == v0:
            return s0
        if v1 == v0:  # pure deletion
            return offset - v1 + s1
        return s1 if end else s0


#: How far into a shared run a phrase may reach before the cut searched for is given up on
#: (the piece then becomes a larger block — still exact at its edges).
_REACH = 4


def align(
    source: str, reference: str, converted: str, convert: Callable[[str], str]
) -> list[tuple[int, int, int, int]]:
    """Rewritten blocks of one converted segment; see :func:`align_many`."""
    return align_many([(source, reference, converted)], convert)[0]


def align_many(
    segments: list[tuple[str, str, str]], convert: Callable[[str], str]
) -> list[list[tuple[int, int, int, int]]]:
    """Rewritten blocks ``(s0, s1, v0, v1)`` of each segment, relative to its start.

    Each segment is ``(source, reference, converted)`` with
    ``converted == convert(source)`` and ``reference`` a phrase-free
    conversion of ``source`` of the same length (``reference[i]`` stands for
    ``source[i]``), or ``""`` when there is none. Candidate cuts are the edges
    of what ``reference`` and ``converted`` share; a cut is kept only if OpenCC
    agrees — converting the two sides separately gives exactly ``converted`` —
    so a kept cut maps exactly. Between kept cuts, a piece whose length
    changed, or whose characters were reordered (打印機 → 印表機), becomes one
    block. All trials of all segments go through OpenCC in one call: a call
    costs far more than the few characters each trial adds.
    """
    plans = [_candidates(*segment) for segment in segments]
    trials: list[str] = []
    if any(plans):
        cut, sep = _private_chars("".join(segment[0] for segment in segments), 2)
        for (source, _, _), inner in zip(segments, plans):
            trials.extend(source[:c] + cut + source[c:] for c in inner or ())
        results = convert(sep.join(trials)).split(sep)
        if len(results) != len(trials):  # cannot happen with OpenCC's tables; verify one by one
            results = [convert(t) for t in trials]
    out = []
    at = 0
    for (source, reference, converted), inner in zip(segments, plans):
        if inner is None:
            out.append([])
            continue
        cuts = [(0, 0)]
        for c in inner:
            left, _, right = results[at].partition(cut)
            at += 1
            if left + right == converted:
                cuts.append((c, len(left)))
        cuts.append((len(source), len(converted)))
        if len(reference) != len(source):
            reference = ""
        out.append(
            [
                (s0, s1, v0, v1)
                for (s0, v0), (s1, v1) in zip(cuts, cuts[1:])
                if s1 - s0 != v1 - v0 or _reordered(reference[s0:s1], converted[v0:v1])
            ]
        )
    return out


def _candidates(source: str, reference: str, converted: str) -> list[int] | None:
    """Inner cuts worth verifying, ascending; ``None`` when the segment maps by position."""
    n, m = len(source), len(converted)
    if len(reference) != n:
        # No character-level reference: every cut of a short segment, or the whole as one block.
        return list(range(1, n)) if n <= 64 else []
    if reference == converted:
        return None
    lo = 0
    while lo < n and lo < m and reference[lo] == converted[lo]:
        lo += 1
    hi = 0
    while hi < n - lo and hi < m - lo and reference[n - 1 - hi] == converted[m - 1 - hi]:
        hi += 1
    # SequenceMatcher is quadratic-ish: run it on the differing middle only.
    opcodes = SequenceMatcher(None, reference[lo : n - hi], converted[lo : m - hi], autojunk=False).get_opcodes()
    if all(tag == "equal" or (i2 - i1 == 1 and j2 - j1 == 1) for tag, i1, i2, j1, j2 in opcodes):
        # Only single characters swapped in place (信息 → 資訊 is two of them):
        # a phrase that grows or shrinks cannot hide in a one-for-one swap.
        return None
    shared = [(0, lo), (n - hi, n)]
    shared += [(lo + i1, lo + i2) for tag, i1, i2, _j1, _j2 in opcodes if tag == "equal"]
    # A phrase match can reach into characters both sides share (方便面 →
    # 泡麵 shares 麵), so try a few cuts inward from each edge of a shared run.
    cands: set[int] = set()
    for a, b in shared:
        cands.update(range(a, min(b, a + _REACH) + 1))
        cands.update(range(max(a, b - _REACH), b + 1))
    return sorted(c for c in cands if 0 < c < n)


def _reordered(reference: str, converted: str) -> bool:
    if not reference or reference == converted:
        return False
    if len(reference) == len(converted) and all(
        a == b or (a not in converted and b not in reference) for a, b in zip(reference, converted)
    ):
        return False  # characters substituted in place
    return True


def _private_chars(text: str, count: int) -> list[str]:
    # Private-use characters: in no OpenCC dictionary, and passed through unchanged.
    found = []
    for code in range(0xE000, 0xF900):
        if chr(code) not in text:
            found.append(chr(code))
            if len(found) == count:
                return found
    raise ValueError("text uses every private-use character")
