"""The reading session: what is open and how it is shown, announced to whoever observes it.

One :class:`ReadingSession` per window holds the :class:`Article` and its path,
the script view (variant, Taiwan phrases, the converted view), the view mode,
the facts, the English known for the document's texts, the current search and
the reader's selection. The UI features observe it and meet through it, so the
facts panel never asks the script switch how to show a fact, and copying never
asks the translation controller for English.

Qt-free: listeners are plain callables ``listener(change)``; the UI wraps the
session in a ``QObject`` that re-emits each :class:`Change` as a signal.
Every span is a half-open ``[start, end)`` pair of offsets into ``Article.text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Callable

from .document import Article, Section
from .modes import ScriptVariant, ViewMode


class Change(StrEnum):
    """What changed; a listener reads the new state from the session."""

    ARTICLE = "article"  #: a document was opened or closed (``article`` may be None)
    SCRIPT = "script"  #: the display script or its converted view
    VIEW_MODE = "view_mode"  #: Chinese only / interleaved / side by side / English only
    FACTS = "facts"  #: the facts of the article arrived (or were cleared)
    ENGLISH = "english"  #: English known for the article's texts changed
    SEARCH = "search"  #: the search result or the current hit
    SELECTION = "selection"  #: the reader's selection (an article span, or None)
    DOCUMENT_DATE = "document_date"  #: the date relative dates resolve against (found or set by the user)


@dataclass(frozen=True, slots=True)
class SearchState:
    """``result`` is the core search result (None: no query); ``current`` indexes its hits (-1: none)."""

    query: str = ""
    result: Any = None
    current: int = -1


Listener = Callable[[Change], None]


class ReadingSession:
    """The state of one reading window. Mutators announce; readers are cheap and never load anything."""

    def __init__(
        self,
        *,
        variant: ScriptVariant = ScriptVariant.ORIGINAL,
        phrases: bool = False,
        view_mode: ViewMode = ViewMode.INTERLEAVED,
    ) -> None:
        self.article: Article | None = None
        self.path: Path | None = None
        self.variant = ScriptVariant(variant)
        self.phrases = phrases
        #: the core ``ConvertedView`` of ``article`` in ``variant``; None shows the original
        self.view = None
        self.view_mode = ViewMode(view_mode)
        self.facts: list = []
        #: the English known for the article's texts: text (sentence, heading, title) ► core ``Translation``
        self.english: dict = {}
        self.search = SearchState()
        self.selection: tuple[int, int] | None = None
        #: the core ``DocumentDate`` of ``article`` (its dateline, title, or what the user set)
        self.document_date = None
        self._listeners: list[Listener] = []

    # -- observing ------------------------------------------------------------
    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener(change)`` after every change; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def announce(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)

    # -- changing -------------------------------------------------------------
    def set_article(self, article: Article | None, path: Path | None = None, *, announce: bool = True) -> None:
        """A new document: facts, English, search and selection of the old one are dropped.

        ``announce=False`` lets the shell prepare the script view and the known
        English before anyone observes the new article (then it announces).
        """
        self.article, self.path = article, path
        self.view = None
        self.facts = []
        self.english = {}
        self.search = SearchState()
        self.selection = None
        self.document_date = None
        if announce:
            self.announce(Change.ARTICLE)

    def set_script(self, variant: ScriptVariant, phrases: bool) -> None:
        """The chosen script; the view is set separately once converted (:meth:`set_view`)."""
        self.variant, self.phrases = ScriptVariant(variant), phrases

    def set_view(self, view, *, announce: bool = True) -> None:
        self.view = view
        if announce:
            self.announce(Change.SCRIPT)

    def set_view_mode(self, mode: ViewMode) -> None:
        mode = ViewMode(mode)
        if mode != self.view_mode:
            self.view_mode = mode
            self.announce(Change.VIEW_MODE)

    def set_facts(self, facts: list) -> None:
        self.facts = list(facts)
        self.announce(Change.FACTS)

    def set_document_date(self, date) -> None:
        if date != self.document_date:
            self.document_date = date
            self.announce(Change.DOCUMENT_DATE)

    def set_english(self, english: dict, *, announce: bool = True) -> None:
        self.english = dict(english)
        if announce:
            self.announce(Change.ENGLISH)

    def set_search(self, query: str, result, current: int = -1) -> None:
        self.search = SearchState(query, result, current)
        self.announce(Change.SEARCH)

    def set_selection(self, span: tuple[int, int] | None) -> None:
        if span != self.selection:
            self.selection = span
            self.announce(Change.SELECTION)

    # -- the script view --------------------------------------------------------
    def is_converting(self) -> bool:
        return self.view is not None and self.view.config is not None

    def transform(self, text: str) -> str:
        """``text`` in the display script (labels, snippets, copied text)."""
        return self.view.convert(text) if self.is_converting() else text

    def fact_text(self, fact) -> str:
        return self.view.slice(fact.start, fact.end) if self.is_converting() else fact.text

    def section_title(self, section: Section) -> str:
        return self.view.section_title(section.index) if self.is_converting() else section.title

    # -- English ------------------------------------------------------------------
    def english_for_sentence(self, index: int) -> str | None:
        article = self.article
        if article is None or not 0 <= index < len(article.sentences):
            return None
        s = article.sentences[index]
        t = self.english.get(article.text[s.start : s.end])
        return t.english if t else None

    def english_for_span(self, start: int, end: int) -> str | None:
        article = self.article
        t = self.english.get(article.text[start:end]) if article else None
        return t.english if t else None

    def english_by_sentence(self) -> dict:
        """Sentence index ► English, and title/heading ``(start, end)`` ► English: what search looks in."""
        article = self.article
        if article is None:
            return {}
        out: dict = {}
        for s in article.sentences:
            t = self.english.get(article.text[s.start : s.end])
            if t:
                out[s.index] = t.english
        lines = [article.title_span] + [(s.heading_start, s.heading_end) for s in article.sections if s.title]
        for span in filter(None, lines):
            t = self.english.get(article.text[span[0] : span[1]])
            if t:
                out[span] = t.english
        return out

    def flagged_sentences(self) -> list:
        """Sentences whose English drops or changes a figure the Chinese has."""
        article = self.article
        if article is None:
            return []
        known = self.english
        return [s for s in article.sentences if (t := known.get(article.text[s.start : s.end])) and t.figures]
