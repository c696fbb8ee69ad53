"""A fact's sentence and section, bounded: what every table row and citation shows of them.

Each fact carries its whole sentence, so a table that repeats it per fact grows
with (facts x sentence length): one sentence holding N figures gave N rows of
the whole sentence, 793 MB of JSON for an 79 KB file (issue 25). Here a sentence
is shown whole up to :data:`WHOLE` characters (nearly every real sentence is
shorter, so ordinary exports do not change); a longer one is cut to at most
:data:`REACH` characters either side of the fact, at a clause mark inside that
reach when there is one, with "…" at each cut. A section or document title
repeated per row is cut after :data:`SECTION` characters. Every row is then bounded, and output is linear in
the number of facts. The full sentence appears once, where the format has room
for a table of sentences (JSON, the workbook, an HTML page, Markdown).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..document import Article
from ..facts.model import Fact

#: a sentence up to this many characters is shown whole
WHOLE = 240
#: a longer one keeps at most this many characters before and after the fact
REACH = 80
#: a section title keeps at most this many characters
SECTION = 200
ELLIPSIS = "…"
#: where a cut may fall: after one of these, a clause ends
_CLAUSE_MARK = re.compile(r"[，,；;：:。！？!?…、]")


class Window(NamedTuple):
    """The shown part of a sentence: ``text`` (with "…" where cut), the fact at ``[at, at + len(fact.text))``."""

    text: str
    at: int
    cut: bool


def position(fact: Fact, article: Article | None = None) -> int:
    """Where ``fact.text`` starts in ``fact.sentence``: exact when ``article`` is the fact's own, else its
    first occurrence; -1 when it is not there."""
    sentence = fact.sentence or ""
    if not fact.text:
        return -1
    if article is not None and 0 <= fact.sentence_index < len(article.sentences):
        at = fact.start - article.sentences[fact.sentence_index].start
        if 0 <= at and sentence.startswith(fact.text, at):
            return at
    return sentence.find(fact.text)


def window(fact: Fact, at: int | None = None) -> Window:
    """The part of ``fact.sentence`` around the fact (see the module's rule); ``at`` from :func:`position`."""
    sentence = fact.sentence or ""
    if at is None:
        at = position(fact)
    if len(sentence) <= WHOLE:
        return Window(sentence, at, False)
    if at < 0:  # not found: the sentence's start, as a table cell would have shown first
        return Window(sentence[: 2 * REACH] + ELLIPSIS, -1, True)
    end = at + len(fact.text)
    start, stop = max(0, at - REACH), min(len(sentence), end + REACH)
    if start > 0:
        mark = _CLAUSE_MARK.search(sentence, start, at)
        if mark:
            start = mark.end()
    if stop < len(sentence):
        marks = [m.end() for m in _CLAUSE_MARK.finditer(sentence, end, stop)]
        if marks:
            stop = marks[-1]
    lead = ELLIPSIS if start > 0 else ""
    text = lead + sentence[start:stop] + (ELLIPSIS if stop < len(sentence) else "")
    return Window(text, at - start + len(lead), True)


def cut_title(title: str) -> str:
    """A section or document title cut after :data:`SECTION` characters."""
    return title if len(title) <= SECTION else title[:SECTION] + ELLIPSIS


def bounded(fact: Fact, at: int | None = None) -> Fact:
    """``fact`` with its sentence replaced by its :func:`window` and its section title cut
    (the same object when nothing needs cutting, the common case)."""
    sentence, title = fact.sentence or "", fact.section or ""
    if len(sentence) <= WHOLE and len(title) <= SECTION:
        return fact
    from dataclasses import replace

    return replace(fact, sentence=window(fact, at).text, section=cut_title(title))


def locator(article: Article | None):
    """``fact -> position`` (see :func:`position`) for facts of ``article``, or by search without one."""
    return lambda fact: position(fact, article)
