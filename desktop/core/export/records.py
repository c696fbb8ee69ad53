"""Facts as JSON: every sentence and section title once, in a table, each fact pointing into it.

The public record (``fact-browser facts``, the JSON export and the clipboard)::

    {"title": "…", "source": "/path/or/null", "fields": [FACT_FIELDS…],
     "sentences": ["…", …],
     "sections": ["…", …],
     "facts": [
      {"kind": "money", "text": "545.3亿元", …, "sentence": 0, "section": 0, …},
      …
     ]}

A fact's ``sentence`` and ``section`` are indexes into ``sentences`` and
``sections`` (``null`` when it has none); every other field is as
``Fact.as_dict()`` gives it, in :data:`FACT_FIELDS` order, original script, so
``start``/``end`` keep indexing ``Article.text``. Repeating the sentence in
every fact made the output grow with (facts x sentence): 793 MB for one 79 KB
sentence of 10,000 percentages (issue 25). Written piece by piece, one fact a
line, so a large export never exists whole in memory.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from ..document import Article
from ..facts.model import FACT_FIELDS, Fact

#: the fields that point into the tables instead of repeating their text
TABLED = ("sentence", "section")


def record(fact: Fact) -> dict:
    """``Fact.as_dict()`` with a range value as a list (JSON has no tuples); sentence and section as text."""
    out = fact.as_dict()
    if isinstance(out["value"], tuple):
        out["value"] = list(out["value"])
    return out


class _Table:
    """Distinct texts in order of first use; ``""`` has no entry (``None``)."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def id(self, text: str) -> int | None:
        if not text:
            return None
        found = self.ids.get(text)
        if found is None:
            found = self.ids[text] = len(self.ids)
        return found


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def json_chunks(facts: Iterable[Fact], *, article_title: str = "", article: Article | None = None) -> Iterator[str]:
    """The JSON document for ``facts`` (in order), in pieces whose size does not grow with the export."""
    facts = list(facts)
    sentences, sections = _Table(), _Table()
    refs = [(sentences.id(f.sentence or ""), sections.id(f.section or "")) for f in facts]
    title = article_title or (article.display_name if article is not None else "")
    source = str(article.source) if article is not None and article.source is not None else None
    yield f'{{"title": {_dump(title)}, "source": {_dump(source)}, "fields": {_dump(list(FACT_FIELDS))},\n'
    for name, table in (("sentences", sentences), ("sections", sections)):
        yield f' "{name}": ['
        for i, text in enumerate(table.ids):
            yield ("\n  " if i == 0 else ",\n  ") + _dump(text)
        yield "\n ],\n" if table.ids else "],\n"
    yield ' "facts": ['
    for i, (fact, (sentence, section)) in enumerate(zip(facts, refs)):
        item = record(fact)
        item["sentence"], item["section"] = sentence, section
        yield ("\n  " if i == 0 else ",\n  ") + _dump(item)
    yield "\n ]}\n" if facts else "]}\n"


def read(document: dict) -> list[dict]:
    """The fact records of a JSON document as flat dicts, sentence and section as text again
    (for scripts and tests that want one record per fact)."""
    sentences, sections = document["sentences"], document["sections"]
    out = []
    for item in document["facts"]:
        flat = dict(item)
        flat["sentence"] = "" if item["sentence"] is None else sentences[item["sentence"]]
        flat["section"] = "" if item["section"] is None else sections[item["section"]]
        out.append(flat)
    return out
