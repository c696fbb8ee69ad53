"""Documents whose facts share one huge sentence or section (issue 25), and their facts.

The extractor itself takes minutes on 10,000 figures in one sentence (its label
search is quadratic; issue 25 measures the output), so the facts are made here
the way it places them: one percent per figure, each placed by the extractor's
own :class:`Placer` (the shared sentence text and section title it gives).
"""

from __future__ import annotations

import re

from desktop.core.ingest.builder import load_pasted
from desktop.core.facts.model import Fact
from desktop.core.facts.placement import Placer

_PERCENT = re.compile(r"(\d+\.\d)%")


def percentages_text(n: int) -> str:
    """One sentence holding ``n`` percentages (~8 characters each), under a heading."""
    body = "，".join(f"增长{i % 97 + 1}.{i % 10}%" for i in range(n))
    return f"# 全市经济\n\n去年全市生产总值{body}。\n"


def one_heading_text(chars: int) -> str:
    """A Markdown file whose only heading runs ``chars`` characters, with figures in it and under it."""
    unit = "社零总额增长8.6%，销售总额2845.9亿元，"
    heading = (unit * (chars // len(unit) + 1))[:chars]
    return f"# {heading}\n\n正文：社零总额增长8.6%。\n"


def facts_of(text: str):
    """``(article, facts)``: a percent fact per ``d.d%`` of ``text``, placed as the extractor places them."""
    article = load_pasted(text)
    place = Placer(article)
    facts = []
    for m in _PERCENT.finditer(article.text):
        where = place(m.start())
        facts.append(
            Fact(
                "percent",
                m.group(0),
                m.start(),
                m.end(),
                value=float(m.group(1)),
                unit="%",
                label="增长",
                sentence=where.text,
                section=where.section_title,
                sentence_index=where.sentence_index,
                section_index=where.section_index,
            )
        )
    return article, facts
