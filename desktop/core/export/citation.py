"""Facts as prose lines: a citation for a report, the value alone, the English.

One line per fact, so several selected facts paste as several lines (a
column, in a spreadsheet).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Article
from ..facts.model import Fact
from . import context
from .values import Transform, fact_year, format_value, format_value_machine

#: Where a quoted excerpt may stop: the end of the clause holding the fact.
_CLAUSE_END = re.compile(r"[，,；;：:。！？!?…]")
#: A longer run before the fact's clause is cut (with a leading ellipsis) so a
#: citation stays a line, not a paragraph.
_MAX_LEAD = 40
ELLIPSIS = "…"


def _identity(text: str) -> str:
    return text


def excerpt(fact: Fact, article: Article | None = None) -> str:
    """The part of the fact's sentence worth quoting: up to the end of the fact's clause.

    ``2021年,观音桥商圈实现社零总额545.3亿元,实现销售总额2845.9亿元。`` for
    ``545.3亿元`` → ``2021年,观音桥商圈实现社零总额545.3亿元…``. The whole
    sentence when the fact is in its last clause or cannot be found in it; of a
    long sentence, only what its window (:func:`.context.window`) shows.
    """
    # Within the sentence's window (context.py), so a quote never grows with its sentence.
    shown = context.window(fact, context.position(fact, article))
    raw = shown.text
    sentence = raw.strip()
    at = shown.at - (len(raw) - len(raw.lstrip()))
    if at < 0 or not sentence:
        return sentence
    end_match = _CLAUSE_END.search(sentence, at + len(fact.text))
    stop = end_match.start() if end_match else len(sentence)
    cut = bool(sentence[stop:].strip("，,；;：:。！？!?…”’」』）)》\"' "))
    text = sentence[:stop] + ELLIPSIS if cut else sentence
    if at > _MAX_LEAD:
        starts = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, at)]
        if starts:
            text = ELLIPSIS + text[starts[-1] :].lstrip()
    return text


def _figure(fact: Fact, transform: Transform) -> str:
    """``545.3亿元 (54.53 billion CNY)``: as written, then the readable value when it adds something."""
    written = transform(fact.text)
    shown = format_value(fact, transform)
    return f"{written} ({shown})" if shown and shown != written else written


def citation(
    fact: Fact, *, transform: Transform | None = None, article_title: str = "", article: Article | None = None
) -> str:
    """``545.3亿元 (54.53 billion CNY) — 社零总额, 2021 — "2021年,…545.3亿元…" — <title>, section <section>``.

    Empty parts are left out with their separators. The year is the fact's own
    (a date) or the nearest ``YYYY年`` in its sentence. Chinese text follows
    ``transform``; the English value does not.
    """
    t = transform or _identity
    parts = [_figure(fact, t)]
    measure = ", ".join(p for p in (t(fact.label) if fact.label else "", fact_year(fact)) if p)
    if measure:
        parts.append(measure)
    quote = excerpt(fact, article)
    if quote:
        parts.append(f'"{t(quote)}"')
    title = context.cut_title(article_title or (article.display_name if article is not None else ""))
    source = ", ".join(
        p
        for p in (t(title) if title else "", f"section {t(context.cut_title(fact.section))}" if fact.section else "")
        if p
    )
    if source:
        parts.append(source)
    return " — ".join(parts)


def english_line(fact: Fact, *, transform: Transform | None = None) -> str:
    """The fact in English: ``total retail sales, 2021: 54.53 billion CNY``.

    Facts without a value (names, terms) give their English, or the text as
    written when there is none yet.
    """
    t = transform or _identity
    shown = format_value(fact, t)
    if not shown:
        return fact.english or t(fact.text)
    name = fact.english or (t(fact.label) if fact.label else "")
    year = fact_year(fact) if fact.kind != "date" else ""
    name = ", ".join(p for p in (name, year) if p)
    return f"{name}: {shown}" if name else shown


def value_line(fact: Fact, *, transform: Transform | None = None) -> str:
    """The machine value alone (``54530000000``), or the text as written when the fact has none."""
    return format_value_machine(fact) or (transform or _identity)(fact.text)


def lines(
    facts: list[Fact],
    kind: str,
    *,
    transform: Transform | None = None,
    article_title: str = "",
    article: Article | None = None,
) -> Iterator[str]:
    """One line per fact in the prose form ``kind`` (``citation``, ``value`` or ``english``), newline-terminated."""
    if kind == "citation":

        def line(f: Fact) -> str:
            return citation(f, transform=transform, article_title=article_title, article=article)
    elif kind == "english":

        def line(f: Fact) -> str:
            return english_line(f, transform=transform)
    elif kind == "value":

        def line(f: Fact) -> str:
            return value_line(f, transform=transform)
    else:
        raise ValueError(f"unknown line format {kind!r}")
    # A line break inside a sentence would split one fact over two lines.
    for f in facts:
        yield " ".join(line(f).splitlines()) + "\n"
