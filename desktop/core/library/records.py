"""What a library hands out — a document record and a stored fact (a core :class:`Fact` and where it
is) — and how a Fact is written to a store and read back unchanged.

A fact is stored as a few columns the stores query (kind, folded label, number, unit, offsets) and
one JSON object holding every field of :class:`Fact`, whatever the extractor adds later
(``stance``, ``period_source``, …): a new field flows through without a schema change, and a
library written by a newer extractor keeps the fields this version does not know in its JSON.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass

from ..facts.model import FACT_FIELDS, Fact

_FIELDS = {f.name: f for f in dataclasses.fields(Fact)}
#: Fields whose JSON list comes back as a tuple (``change_of``).
_TUPLE_FIELDS = frozenset(name for name, f in _FIELDS.items() if str(f.type).startswith("tuple"))
#: Beyond FACT_FIELDS, what the library's public record carries (when the Fact has it).
EXTRA_PUBLIC_FIELDS = ("period_source",)


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One document of the library (no text; see :meth:`Library.text`)."""

    id: int
    key: str
    path: str | None
    corpus_id: str | None
    title: str
    date: str | None
    year: int | None
    url: str | None
    length: int
    fact_count: int
    source: str

    @property
    def shown_path(self) -> str | None:
        """``path`` as people see it (a name that is not UTF-8 with U+FFFD; ``path`` itself is lossless)."""
        from .file_names import shown

        return shown(self.path) if self.path else self.path

    def as_dict(self) -> dict:
        out = {name: getattr(self, name) for name in self.__slots__}
        out["path"] = self.shown_path
        return out


@dataclass(frozen=True, slots=True)
class LibraryFact:
    """A fact of one library document: the extractor's :class:`Fact`, unchanged, with its document.

    ``sentence_start``/``sentence_end``: the ``[start, end)`` of the fact's sentence in the
    document's text (``None`` when the extractor gave no sentence), as ``fact.start``/``fact.end``
    are the figure's.
    """

    doc_id: int
    title: str
    date: str | None
    fact: Fact
    sentence_start: int | None = None
    sentence_end: int | None = None

    def as_dict(self) -> dict:
        """The public record: the document, exactly :data:`FACT_FIELDS`, ``period_source``, the sentence span."""
        out = {"doc_id": self.doc_id, "title": self.title, "date": self.date}
        out.update(self.fact.as_dict())
        for name in EXTRA_PUBLIC_FIELDS:
            if name in _FIELDS:
                out[name] = getattr(self.fact, name)
        out["sentence_start"], out["sentence_end"] = self.sentence_start, self.sentence_end
        return out


@dataclass(frozen=True, slots=True)
class GlossaryEntry:
    """A term of the team's glossary (either script: one entry whatever the script) and its English.

    ``kind``: ``person``, ``organization``, ``place``, ``term`` or ""; ``updated_at``: seconds
    since the epoch, set by the store when the entry is saved."""

    term: str
    english: str
    kind: str = ""
    note: str = ""
    updated_at: float = 0.0

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__slots__}


@dataclass(frozen=True, slots=True)
class FactColumns:
    """A fact as the stores write it: the queried columns and ``data``, the JSON of every field."""

    kind: str
    label: str
    folded_label: str
    value: float | None
    value_high: float | None
    unit: str | None
    qualifier: str | None
    text: str
    start: int
    end: int
    sentence_start: int | None
    sentence_end: int | None
    data: str

    def values(self) -> tuple:
        return tuple(getattr(self, name) for name in self.__slots__)


#: Column names in :meth:`FactColumns.values` order (``end`` quoted: it is an SQL keyword).
FACT_COLUMNS = tuple('"end"' if n == "end" else n for n in FactColumns.__slots__)


def fact_columns(fact: Fact, folded_label: str, sentence: tuple[int, int] | None, text: str) -> FactColumns:
    """What a store writes for ``fact`` of a document whose ``Article.text`` is ``text``."""
    data = {name: getattr(fact, name) for name in _FIELDS}
    if sentence is not None and text[sentence[0] : sentence[1]] == fact.sentence:
        del data["sentence"]  # the stored text holds it: read back from the span
    value, high = fact.value, None
    if isinstance(value, list) and len(value) == 2 and all(_is_number(v) for v in value):
        value, high = value
    elif not _is_number(value):
        value = None
    s_start, s_end = sentence if sentence is not None else (None, None)
    return FactColumns(
        fact.kind,
        fact.label or "",
        folded_label,
        value,
        high,
        fact.unit,
        fact.qualifier,
        fact.text,
        fact.start,
        fact.end,
        s_start,
        s_end,
        json.dumps(data, ensure_ascii=False, default=str),
    )


def fact_from_columns(
    kind: str, label: str, value, high, unit, qualifier, text: str, start: int, end: int, data: str, sentence: str
) -> Fact:
    """The :class:`Fact` a store wrote (``sentence``: the text of its stored sentence span, or "").

    Libraries of format 2 kept the queried fields in columns only; format 3 keeps every field in
    ``data``, so the values come back with their own types (``5`` stays an int, ``5.0`` a float).
    """
    fields = {
        "kind": kind,
        "label": label,
        "value": _number(value, high),
        "unit": unit,
        "qualifier": qualifier,
        "text": text,
        "start": start,
        "end": end,
        "sentence": sentence,
    }
    fields.update(json.loads(data))
    kept = {name: value for name, value in fields.items() if name in _FIELDS}
    for name in _TUPLE_FIELDS:
        if isinstance(kept.get(name), list):
            kept[name] = tuple(kept[name])
    return Fact(**kept)


def public_fields() -> tuple[str, ...]:
    """The keys of :meth:`LibraryFact.as_dict`."""
    extra = tuple(n for n in EXTRA_PUBLIC_FIELDS if n in _FIELDS)
    return ("doc_id", "title", "date", *FACT_FIELDS, *extra, "sentence_start", "sentence_end")


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _number(value, high):
    """A number of a format-2 row as the extractor gave it: int when whole, ``[low, high]`` for a range."""
    if value is None:
        return None
    nums = [int(v) if float(v).is_integer() else v for v in ((value,) if high is None else (value, high))]
    return nums[0] if high is None else nums
