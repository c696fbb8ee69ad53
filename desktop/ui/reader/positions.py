"""Where the article sits in the reader's document, and back: no Qt, only the builder's record.

Article offsets go through the display view (script conversion) to the block
the builder placed them in; English blocks sit between them and belong to no
article offset. Every look-up is a bisection, on the mouse-move path too.
"""

from __future__ import annotations

import bisect
from typing import Protocol

from .document import EnglishPlaced, Placed


class DisplayView(Protocol):
    """What the reader needs from a script-converted view of the article."""

    text: str

    def to_view(self, offset: int) -> int: ...
    def to_source(self, view_offset: int) -> int: ...


class IdentityView:
    def __init__(self, text: str) -> None:
        self.text = text

    def to_view(self, offset: int) -> int:
        return offset

    def to_source(self, view_offset: int) -> int:
        return view_offset


class Positions:
    """The article blocks and English blocks of one built document, indexed once."""

    def __init__(
        self,
        view: DisplayView | None = None,
        placed: list[Placed] | None = None,
        english: list[EnglishPlaced] | None = None,
    ) -> None:
        self.view = view or IdentityView("")
        self.placed = placed or []
        self.english = english or []
        self._src_starts = [p.src_start for p in self.placed]
        self._doc_starts = [p.doc_start for p in self.placed]
        self._english_starts = [e.doc_start for e in self.english]
        self._english_by_sentence: dict[int, list[EnglishPlaced]] = {}
        for e in self.english:
            self._english_by_sentence.setdefault(e.sentence_index, []).append(e)

    def doc_position(self, offset: int) -> int:
        """Document position of article ``offset`` (clamped into its block)."""
        if not self.placed:
            return 0
        p = self.placed[max(0, bisect.bisect_right(self._src_starts, offset) - 1)]
        offset = min(max(offset, p.src_start), p.src_end)
        return min(p.doc_start + (self.view.to_view(offset) - p.view_start), p.doc_end)

    def block_index(self, pos: int) -> int:
        """Index of the article block at or before document position ``pos`` (-1 before the first)."""
        return bisect.bisect_right(self._doc_starts, pos) - 1

    def article_offset(self, pos: int) -> int | None:
        """Article offset at document position ``pos``, or None on English or decoration."""
        i = self.block_index(pos)
        if i < 0:
            return None
        p = self.placed[i]
        if pos > p.doc_end:
            return None
        return min(self.view.to_source(p.view_start + (pos - p.doc_start)), p.src_end)

    def english_of(self, sentence_index: int) -> list[EnglishPlaced]:
        """Where sentence ``sentence_index``'s English is shown (none, or one block per mode)."""
        return self._english_by_sentence.get(sentence_index, [])

    def english_sentence_at(self, pos: int) -> int | None:
        """Index of the sentence whose English is at document position ``pos``, or None."""
        i = bisect.bisect_right(self._english_starts, pos) - 1
        if i >= 0 and pos < self.english[i].doc_end:
            return self.english[i].sentence_index
        return None

    def english_doc_spans(self, sentence_index: int, spans) -> list[tuple[int, int]]:
        """Document positions of ``[start, end)`` spans of sentence ``sentence_index``'s English, where it is shown."""
        return [
            (placed.doc_start + a, placed.doc_start + b)
            for placed in self.english_of(sentence_index)
            for a, b in spans
            if placed.doc_start + b <= placed.doc_end
        ]
