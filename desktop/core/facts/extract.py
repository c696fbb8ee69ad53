"""The extractor the app and the CLI call: every fact of an article, labelled, dated and placed.

Two speeds. Figures and dates come from patterns over the whole text and need
nothing loaded (~7 ms on the seed): ``extract_facts(article, names=False)``.
Labels, subjects and names come from the LAC model (:mod:`facts.tagger`),
which loads in ~0.2 s and tags ~55,000 characters a second, so the app shows
the first list at once and replaces it when the model's list is ready.
"""

from __future__ import annotations

import bisect
from typing import Callable

from .dates import DocumentDate, document_date, find_dates
from .figures import recognize
from .english import english_for
from .losses import LostFact, lose
from .model import FIGURE_KINDS, NAME_KINDS, Fact
from .numerals import _FOLD_PAIRS, fold
from .periods import Period, PeriodGrammar
from .stance import TaskSections, decide as decide_stance, has_stance, restated
from .placement import Placer
from .subjects import Subjects, after_verbs

# Characters that exist only in Traditional (or only in Simplified) writing.
_TRADITIONAL = set(_FOLD_PAIRS[0::2]) - set("０１２３４５６７８９．％－＋／～：ＫｋＭ")
_SIMPLIFIED = set(_FOLD_PAIRS[1::2]) - set("0123456789.%-+/~:KkM") - _TRADITIONAL
_PROGRESS_EVERY = 200
_NO_PERIOD = Period(None)


def is_traditional(text: str, sample: int = 4000) -> bool:
    """True for Traditional (Taiwan/Hong Kong) writing: more Traditional-only than Simplified-only characters."""
    head = text[:sample]
    trad = sum(1 for c in head if c in _TRADITIONAL)
    simp = sum(1 for c in head if c in _SIMPLIFIED)
    if trad >= 3 and trad > simp:
        return True
    if simp >= 3 and simp > trad:
        return False
    # Few numeral or unit characters to go by (行政院與立法院…): ask OpenCC which script it is.
    from ..script.converters import detect_script

    return detect_script(head) == "traditional"


def article_date(article, hint: DocumentDate | None = None) -> DocumentDate:
    """The document date of ``article``: ``hint`` when it has a year, else its dateline or title."""
    return document_date(fold(article.text), article.title or "", hint=hint)


def extract_facts(
    article,
    *,
    names: bool = True,
    labels: bool = True,
    english: Callable[[str], str | None] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    year: int | None = None,
    document: DocumentDate | None = None,
    losses: list[LostFact] | None = None,
    known=None,
) -> list[Fact]:
    """All facts of ``article`` sorted by start; ``[start, end)`` index ``article.text``.

    ``names=False`` leaves out people, organisations, places and terms;
    ``labels=False`` leaves figures unlabelled and without subjects. With both
    off the model is not used at all: figures and dates (with periods) in ~7 ms. ``english(label) -> str | None`` renders labels in
    English (the glossary layer); the built-in table answers when it returns
    nothing. ``progress(done, total)`` is called from the calling (worker)
    thread; when ``cancelled()`` turns true the facts found so far are returned.
    ``document`` (or ``year``) is the document's own date when the caller knows
    it (a feed's date field, the user's choice); else the dateline or title
    decides, and relative dates stay relative when neither says. 元 means TWD
    when the text is Traditional, CNY otherwise.

    One bad fact never loses the document: a recogniser that raises costs its
    fact only (or only the label, period or subject it was deciding), is logged,
    and is appended to ``losses`` when given (:mod:`facts.losses`).

    ``known(text) -> [(start, end, kind, english)]`` names the caller already knows (the team's
    glossary): they count as names and subjects even where the model missed them (:mod:`facts.known`).
    """
    text = article.text
    folded = fold(text)
    traditional = is_traditional(text)
    hint = document if document is not None else (DocumentDate(year, source="caller") if year else None)
    try:
        doc = article_date(article, hint)
    except Exception as err:  # noqa: BLE001 - an unreadable dateline leaves the document undated, not unread
        lose(losses, "document date", 0, 0, text, err)
        doc = hint if hint is not None else DocumentDate()
    view = _dates_view(folded, traditional)
    dates = find_dates(view, document=doc, roc=traditional, losses=losses)
    date_spans = [(d.start, d.end) for d in dates]
    numerals: list[LostFact] = []
    figures = [
        f
        for f in recognize(text, local_currency="TWD" if traditional else "CNY", folded=folded, losses=numerals)
        if not _overlaps(f.start, f.end, date_spans)
    ]
    if losses is not None:  # a numeral inside a date (the 28 of 5月28日) was never going to be a figure
        losses.extend(lost for lost in numerals if not _overlaps(lost.start, lost.end, date_spans))
    place = Placer(article)
    grammar = PeriodGrammar(article, view, dates, doc)
    in_tasks = TaskSections(article.sections, view, dates, doc.year)

    analysis = labeller = None
    mentions = []
    known_english: dict = {}
    if names or labels:
        from .labels import Labeller  # the model loads only when it is used
        from .names import find_names
        from .tagger import analyse

        try:
            analysis = analyse(
                text,
                traditional=traditional,
                cancelled=cancelled,
                progress=(lambda done, total: progress(done // 2, total)) if progress else None,
            )
            if cancelled and cancelled():
                return []
            labeller = Labeller(analysis) if labels else None
            mentions = find_names(analysis)
        except Exception as err:  # noqa: BLE001 - without the model the figures and dates still stand, unlabelled
            lose(losses, "names", 0, 0, text, err)
            labeller, mentions = None, []
        if known is not None:
            from .known import with_known

            try:
                mentions, known_english = with_known(mentions, known(text))
            except Exception as err:  # noqa: BLE001 - the model's names stand without the known ones
                lose(losses, "known names", 0, 0, text, err)
    subjects = Subjects(
        [(m.start, m.end, text[m.start : m.end]) for m in mentions if m.kind in ("organization", "place")],
        text if analysis is not None else "",
        [p.start for p in article.paragraphs],
        after_verbs(analysis) if analysis is not None else frozenset(),
        [(m.start, m.end, text[m.start : m.end]) for m in mentions if m.kind == "person"],
    )
    if not names:
        mentions = []

    in_table = None
    if article.tables:
        from ..tables import header_label  # only documents with tables

        def in_table(start: int, end: int) -> str | None:
            return header_label(article, start, end)

    total = len(figures) + len(dates) + len(mentions)
    out: list[Fact] = []
    before_in_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for i, fig in enumerate(figures):
        if cancelled and i % 50 == 0 and cancelled():
            return sorted(out, key=lambda f: f.start)
        try:
            where = place(fig.start)
        except Exception as err:  # noqa: BLE001 - the fact is lost, logged and counted, never the document
            lose(losses, "figure", fig.start, fig.end, text, err)
            continue
        label = measure = ""
        change_of = None
        try:
            headers = in_table(fig.start, fig.end) if in_table is not None else None
            if headers:
                label = measure = headers  # a table cell: its row and column headers say what it measures
            elif labeller is not None:
                previous = before_in_sentence.setdefault(where.start, [])
                found = labeller.label(fig.start, fig.end, fig.kind, fig.unit, (where.start, where.end), previous)
                label, measure, change_of = found.text, found.measure, found.change_of
                if measure and fig.kind in ("money", "quantity"):
                    previous.append((fig.start, fig.end, measure))
        except Exception as err:  # noqa: BLE001 - the figure stands without its label
            lose(losses, "label", fig.start, fig.end, text, err)
            label, measure, change_of = "", "", None
        sentence = (where.start, where.end)
        period = (
            _guarded(losses, "period", fig, text, grammar.period, fig.start, fig.end, sentence, where.section_index)
            or _NO_PERIOD
        )
        subject = _guarded(losses, "subject", fig, text, subjects.subject, fig.start, where.start, where.end) or ""
        intro = _guarded(losses, "stance", fig, text, grammar.list_intro, fig.start, where.start)
        stance = (
            None
            if not has_stance(fig.kind, fig.unit)
            else _guarded(
                losses,
                "stance",
                fig,
                text,
                decide_stance,
                view,
                fig.start,
                fig.end,
                where.start,
                period,
                fig.qualifier,
                doc.year,
                intro,
                in_tasks(where.section_index),
            )
        )
        if stance is not None and out and out[-1].sentence_index == where.sentence_index:
            stance = restated(view, out[-1].end, out[-1].stance, fig.start) or stance
        out.append(
            Fact(
                kind=fig.kind,
                text=text[fig.start : fig.end],
                start=fig.start,
                end=fig.end,
                value=_clean(fig.value, fig.kind),
                unit=fig.unit,
                qualifier=fig.qualifier,
                label=label,
                sentence=where.text,
                section=where.section_title,
                english=_english(label, english),
                sentence_index=where.sentence_index,
                section_index=where.section_index,
                period=period.value,
                period_source=period.source,
                stance=stance,
                subject=subject,
                change_of=change_of,
            )
        )
        if progress and i % _PROGRESS_EVERY == 0:
            progress(total // 2 + i // 2, total)
    for d in dates:
        try:
            where = place(d.start)
        except Exception as err:  # noqa: BLE001 - the fact is lost, logged and counted, never the document
            lose(losses, "date", d.start, d.end, text, err)
            continue
        out.append(
            Fact(
                kind="date",
                text=text[d.start : d.end],
                start=d.start,
                end=d.end,
                value=d.value,
                sentence=where.text,
                section=where.section_title,
                sentence_index=where.sentence_index,
                section_index=where.section_index,
                period=d.value,
            )
        )
    taken = [(f.start, f.end) for f in out]
    taken.sort()
    for m in mentions:
        if m.kind != "term" and _overlaps(m.start, m.end, taken):
            continue
        try:
            where = place(m.start)
        except Exception as err:  # noqa: BLE001 - the fact is lost, logged and counted, never the document
            lose(losses, "names", m.start, m.end, text, err)
            continue
        out.append(
            Fact(
                kind=m.kind,
                text=text[m.start : m.end],
                start=m.start,
                end=m.end,
                value=_canonical(m, text, known_english) if m.kind in NAME_KINDS else None,
                label=m.role,
                sentence=where.text,
                section=where.section_title,
                english=_english(m.role, english) if m.role else "",
                sentence_index=where.sentence_index,
                section_index=where.section_index,
            )
        )
    if progress:
        progress(total, total)
    out.sort(key=lambda f: (f.start, -f.end))
    return out


def _guarded(losses, stage: str, fig, text: str, decide: Callable, *args):
    """``decide(*args)``, or ``None`` (logged, counted) when it raises: one part of a figure, not the figure."""
    try:
        return decide(*args)
    except Exception as err:  # noqa: BLE001 - one figure's part is lost, counted in losses, never the document
        lose(losses, stage, fig.start, fig.end, text, err)
        return None


def _dates_view(folded: str, traditional: bool) -> str:
    """Dates are matched on Simplified characters; ``t2s`` keeps Traditional text's length here
    (the fold already mapped the numeral characters), else the fold alone is used."""
    if not traditional:
        return folded
    from ..script.converters import converter

    view = converter("t2s").convert(folded)
    return view if len(view) == len(folded) else folded


def _canonical(mention, text: str, known_english: dict) -> str | None:
    """A name's canonical form: the full name of a short form, or the name with its English alias
    (李睿德 (Brad Little)), from the text or from the caller's known names."""
    if mention.canonical:
        return mention.canonical
    english = known_english.get((mention.start, mention.end))
    return f"{text[mention.start : mention.end]} ({english})" if english else None


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_left(spans, (start, start)) if spans else 0
    for a, b in spans[max(0, i - 2) : i + 2]:
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
        except Exception:  # noqa: BLE001 - a glossary failure must not lose the facts
            found = None
        if found:
            return found
    return english_for(lab)


__all__ = ["extract_facts", "is_traditional", "article_date", "FIGURE_KINDS"]
