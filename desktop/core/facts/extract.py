"""The extractor the app and the CLI call: every fact of an article, labelled and placed.

Figures and dates come from patterns over the whole text (fast); labels segment
a short window per figure; names are optional because they cost the most.
"""
from __future__ import annotations

import bisect
from typing import Callable

from .dates import find_dates, reference_year
from .figures import recognize
from .labels import english_for, label
from .model import Fact
from .numerals import _FOLD_PAIRS, fold

# Characters that exist only in Traditional (or only in Simplified) writing.
_TRADITIONAL = set(_FOLD_PAIRS[0::2]) - set("０１２３４５６７８９．％－＋／～：ＫｋＭ")
_SIMPLIFIED = set(_FOLD_PAIRS[1::2]) - set("0123456789.%-+/~:KkM") - _TRADITIONAL
_PROGRESS_EVERY = 200


def is_traditional(text: str, sample: int = 4000) -> bool:
    """True for Traditional (Taiwan/Hong Kong) writing: more Traditional-only than Simplified-only characters."""
    head = text[:sample]
    trad = sum(1 for c in head if c in _TRADITIONAL)
    simp = sum(1 for c in head if c in _SIMPLIFIED)
    return trad >= 3 and trad > simp


def extract_facts(
    article,
    *,
    names: bool = True,
    english: Callable[[str], str | None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    year: int | None = None,
) -> list[Fact]:
    """All facts of ``article`` sorted by start; ``[start, end)`` index ``article.text``.

    ``english(label) -> str | None`` renders labels in English (the glossary
    layer); the built-in table answers when it returns nothing. ``progress(done,
    total)`` is called from the calling (worker) thread; when ``cancelled()``
    turns true the facts found so far are returned. ``year`` is the publication
    year when known (else the rule in :mod:`facts.dates` decides). 元 means TWD
    when the text is Traditional, CNY otherwise.
    """
    text = article.text
    folded = fold(text)
    traditional = is_traditional(text)
    ref = year or reference_year(folded, roc=traditional)
    dates = find_dates(folded, year=ref, roc=traditional)
    date_spans = [(d.start, d.end) for d in dates]
    figures = [f for f in recognize(text, local_currency="TWD" if traditional else "CNY", folded=folded) if not _overlaps(f.start, f.end, date_spans)]
    name_mentions = []
    if names:
        from .names import find_names  # noqa: PLC0415 - only when names are wanted

        name_mentions = find_names(text, [(s.start, s.end) for s in article.sentences], traditional=traditional)
    total = len(figures) + len(dates) + len(name_mentions)
    place = _Placer(article)
    out: list[Fact] = []
    previous: dict[int, str] = {}
    for i, fig in enumerate(figures):
        if cancelled and i % 50 == 0 and cancelled():
            return sorted(out, key=lambda f: f.start)
        s_start, s_end, s_text, s_idx, sec_title, sec_idx = place(fig.start)
        lab = label(text, fig.start, fig.end, fig.kind, fig.unit, s_start, s_end, previous.get(s_idx, ""))
        if lab and fig.kind in ("money", "quantity"):
            previous[s_idx] = lab.split()[0]
        out.append(Fact(fig.kind, text[fig.start:fig.end], fig.start, fig.end, _clean(fig.value, fig.kind), fig.unit,
                        fig.qualifier, lab, s_text, sec_title, _english(lab, english), s_idx, sec_idx))
        if progress and i % _PROGRESS_EVERY == 0:
            progress(i, total)
    for d in dates:
        s_start, s_end, s_text, s_idx, sec_title, sec_idx = place(d.start)
        out.append(Fact("date", text[d.start:d.end], d.start, d.end, d.value, None, None, "", s_text, sec_title, "", s_idx, sec_idx))
    taken = [(f.start, f.end) for f in out]
    for kind, start, end, role in name_mentions:
        if kind != "term" and _overlaps(start, end, taken):
            continue
        s_start, s_end, s_text, s_idx, sec_title, sec_idx = place(start)
        out.append(Fact(kind, text[start:end], start, end, None, None, None, role, s_text, sec_title,
                        _english(role, english) if role else "", s_idx, sec_idx))
    if progress:
        progress(total, total)
    out.sort(key=lambda f: (f.start, -f.end))
    return out


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_left(spans, (start, start)) if spans else 0
    for a, b in spans[max(0, i - 2): i + 2]:
        if a < end and start < b:
            return True
    return False


def _clean(value, kind: str):
    """Whole numbers as int (54530000000, not 54530000000.0); ratios to four places (1/3 → 0.3333)."""
    if isinstance(value, list):
        return [_clean(v, kind) for v in value]
    if isinstance(value, float):
        if kind == "ratio":
            return round(value, 4)
        if value.is_integer():
            return int(value)
        return float(f"{value:.12g}")
    return value


def _english(lab: str, english: Callable[[str], str | None] | None) -> str:
    if not lab:
        return ""
    if english is not None:
        try:
            found = english(lab)
        except Exception:  # a glossary failure must not lose the facts
            found = None
        if found:
            return found
    return english_for(lab)


class _Placer:
    """Sentence and section of an offset; text outside sentences (title, headings) uses its line."""

    def __init__(self, article) -> None:
        self.article = article

    def __call__(self, offset: int):
        a = self.article
        sentence = a.sentence_at(offset)
        section = a.section_at(offset)
        sec_title = section.title if section else ""
        sec_idx = section.index if section else -1
        if sentence is not None:
            return sentence.start, sentence.end, a.text[sentence.start:sentence.end], sentence.index, sec_title, sec_idx
        line_start = a.text.rfind("\n", 0, offset) + 1
        line_end = a.text.find("\n", offset)
        line_end = len(a.text) if line_end < 0 else line_end
        return line_start, line_end, a.text[line_start:line_end], -1, sec_title, sec_idx
