"""The Fact record shared by the extractor, the facts panel, search and export."""
from __future__ import annotations

from dataclasses import dataclass

#: Kinds in the order the facts panel lists them.
KINDS = ("money", "percent", "quantity", "ratio", "multiple", "rank", "date", "person", "organization", "place", "term")

#: The public field names, in order: ``fact-browser facts --format json`` and
#: every export use exactly these.
FACT_FIELDS = ("kind", "text", "start", "end", "value", "unit", "qualifier", "label", "sentence", "section", "english")


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact. ``text == article.text[start:end]`` (half-open character offsets).

    ``value``: a number (money in units of ``unit``'s currency, percent as the
    percent number, quantities as the full number), a ``[low, high]`` list for
    ranges, an ISO date/period string for dates, or ``None``.
    ``qualifier``: one of ``>``, ``>=``, ``<``, ``<=``, ``≈``, ``+`` or ``None``.
    ``sentence``/``section``: the sentence text and section title, with
    ``sentence_index``/``section_index`` into ``Article.sentences``/``Article.sections``.
    """

    kind: str
    text: str
    start: int
    end: int
    value: float | int | str | list | None
    unit: str | None
    qualifier: str | None
    label: str
    sentence: str
    section: str
    english: str
    sentence_index: int = -1
    section_index: int = -1

    def as_dict(self) -> dict:
        """The public record, with exactly :data:`FACT_FIELDS`."""
        return {name: getattr(self, name) for name in FACT_FIELDS}
