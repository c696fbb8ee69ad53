"""What the extractor says of each figure of a short text, for the fact tests (tests/ is on sys.path)."""

from __future__ import annotations

from desktop.core.facts import extract_facts, recognize
from desktop.core.ingest.builder import build_article

#: the kinds of fact that are figures (dates, names and ranks are not)
FIGURES = ("money", "percent", "quantity", "multiple", "ratio")


def only_figure(text: str, **kw) -> tuple:
    """The one figure ``recognize`` finds in ``text``, as (its text, kind, value, unit, qualifier)."""
    figs = recognize(text, **kw)
    assert len(figs) == 1, figs
    f = figs[0]
    return text[f.start : f.end], f.kind, f.value, f.unit, f.qualifier


def labels(text: str) -> dict[str, str | None]:
    """figure text -> label, for ``text`` read as the body under a heading."""
    facts = extract_facts(build_article("标题\n" + text), names=False)
    return {f.text: f.label for f in facts if f.kind in FIGURES}


def periods(text: str, document=None, *, kinds=FIGURES) -> dict[str, tuple[str | None, str | None]]:
    """figure text -> (period, the words it came from), for ``text`` as given (its first line a heading)."""
    facts = extract_facts(build_article(text), names=False, labels=False, document=document)
    return {f.text: (f.period, f.period_source) for f in facts if f.kind in kinds}
