"""What a query answers: each matched place (:class:`Hit`) and the result that holds them
(:class:`SearchResult`), with the sections they fall in and F3's next hit from an offset.

Offsets everywhere are half-open ``[start, end)`` character offsets into
``Article.text``, except ``Hit.english_span`` which indexes the English text
of the hit's sentence. :mod:`.index` builds them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import NamedTuple

VIA_TEXT = "text"
VIA_PINYIN = "pinyin"
VIA_ENGLISH = "english"
#: the ways a place may match, in their order of precedence (``Hit.via`` is the first that applies)
VIAS = (VIA_TEXT, VIA_PINYIN, VIA_ENGLISH)


class Hit(NamedTuple):
    """One match.

    ``[start, end)`` is a span of ``Article.text``: the matched characters for
    ``via`` ``"text"`` and ``"pinyin"``, the whole sentence for ``"english"``.
    ``section_index`` is ``None`` on the title line (it belongs to no section);
    ``sentence_index`` is ``None`` in headings. ``match`` is the matched text as
    it stands in the document (for English hits: in the English text), and
    ``english_span`` its ``[start, end)`` in that sentence's English.

    One place is one hit, with every way it matched: ``vias`` lists them
    (``via`` is the first of text, pinyin, english). English matches join the
    first Chinese hit of their sentence (or heading) when there is one, else
    they make one hit spanning the sentence; ``english_spans`` holds every
    matched ``[start, end)`` of that English (``english_span`` is the first,
    ``english_match`` its text).
    """

    start: int
    end: int
    section_index: int | None
    sentence_index: int | None
    via: str
    match: str
    english_span: tuple[int, int] | None = None
    vias: tuple[str, ...] = ()
    english_spans: tuple[tuple[int, int], ...] = ()
    english_match: str = ""


@dataclass(slots=True)
class SearchResult:
    """``hits`` sorted by ``start``; ``total`` counts hits before ``limit`` cut them.

    ``error`` is a sentence for the user (malformed regex); ``hits`` is then
    empty and the UI keeps its previous results.
    """

    query: str
    hits: list[Hit] = field(default_factory=list)
    error: str | None = None
    total: int = 0

    @property
    def truncated(self) -> bool:
        return self.total > len(self.hits)

    def section_indices(self) -> set[int]:
        """Sections holding at least one hit (for "only sections with hits")."""
        return {h.section_index for h in self.hits if h.section_index is not None}

    def by_section(self) -> dict[int | None, list[Hit]]:
        """Hits grouped by section, in reading order (``None``: the title line)."""
        out: dict[int | None, list[Hit]] = {}
        for h in self.hits:
            out.setdefault(h.section_index, []).append(h)
        return out

    def next_hit(self, offset: int, *, backwards: bool = False, wrap: bool = True) -> int | None:
        """Index into ``hits`` of the first hit starting after ``offset`` (before, if ``backwards``).

        For F3 / Shift+F3 from the cursor or the current hit's start. Wraps
        around unless ``wrap`` is false; ``None`` when there are no hits.
        """
        if not self.hits:
            return None
        starts = [h.start for h in self.hits]
        if backwards:
            i = bisect.bisect_left(starts, offset) - 1
            return i if i >= 0 else (len(starts) - 1 if wrap else None)
        i = bisect.bisect_right(starts, offset)
        return i if i < len(starts) else (0 if wrap else None)
