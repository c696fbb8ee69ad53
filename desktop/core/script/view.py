"""An Article shown in another script, with spans mapped both ways.

How the text is converted and the map built: :mod:`core.script.render`;
what maps exactly: :mod:`core.script.offsets`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from ..document import Article
from .converters import convert_with, detect_script
from .render import convert_article
from .variants import ScriptVariant, config_for, rewrites_phrases


class ConvertedView:
    """``article`` as shown in ``variant``: its converted ``text`` and an offset map.

    Source offsets are half-open ``[start, end)`` character offsets into
    ``Article.text``; view offsets index :attr:`text`. See
    :mod:`core.script.offsets` for what maps exactly.
    """

    def __init__(
        self, article: Article, variant: ScriptVariant | str, *, phrases: bool = False, source: str | None = None
    ):
        self.article = article
        self.variant = ScriptVariant(variant)
        self.source_script = source or detect_script(article.text)
        self.config = config_for(self.source_script, self.variant, phrases)
        self.phrases = phrases and self.config is not None and rewrites_phrases(self.config)
        self._titles: list[str] | None = None
        self.text, self.map = convert_article(article, self.config)

    # -- offsets -------------------------------------------------------------
    def to_view(self, offset: int) -> int:
        """View offset of source ``offset`` (inside a rewritten phrase: the phrase's view start)."""
        return self.map.to_view(offset)

    def to_source(self, view_offset: int) -> int:
        """Source offset of ``view_offset`` (inside a rewritten phrase: the phrase's source start)."""
        return self.map.to_source(view_offset)

    def span_to_view(self, start: int, end: int) -> tuple[int, int]:
        """Source span → ``(view_start, view_end)``, widened to whole rewritten phrases."""
        return self.map.span_to_view(start, end)

    def span_to_source(self, start: int, end: int) -> tuple[int, int]:
        """View span → source span (for "show original" and copying the original)."""
        return self.map.span_to_source(start, end)

    def spans_to_view(self, spans) -> list[tuple[int, int]]:
        """Many source spans at once (all facts, all search hits): one OpenCC batch for the lines they touch."""
        spans = list(spans)
        self.map.prepare_spans(spans)
        return [self.map.span_to_view(s, e) for s, e in spans]

    # -- text ----------------------------------------------------------------
    def slice(self, start: int, end: int) -> str:
        """What the view shows for source span ``[start, end)`` (a Fact's text in the facts table)."""
        vs, ve = self.map.span_to_view(start, end)
        return self.text[vs:ve]

    def original(self, view_start: int, view_end: int) -> str:
        """The source text behind view span ``[view_start, view_end)`` (for a "show original" tooltip)."""
        s, e = self.map.span_to_source(view_start, view_end)
        return self.article.text[s:e]

    def convert(self, text: str) -> str:
        """Any other string (a fact label, a sentence, a search query) in this view's script."""
        return convert_with(self.config, text)

    @property
    def title(self) -> str:
        return self._all_titles()[0]

    def section_title(self, index: int) -> str:
        """Title of ``article.sections[index]`` in this view's script (empty for the lead section)."""
        return self._all_titles()[index + 1]

    def _all_titles(self) -> list[str]:
        if self._titles is None:
            titles = [self.article.title] + [s.title for s in self.article.sections]
            self._titles = [convert_with(self.config, t) for t in titles]
        return self._titles

    def __repr__(self) -> str:
        return f"<ConvertedView {self.variant.value} config={self.config} {len(self.text)} chars>"


_CACHE_SIZE = 16
_cache: OrderedDict[tuple, tuple[Article, str, ConvertedView]] = OrderedDict()
_cache_lock = threading.Lock()


def render_article(
    article: Article, variant: ScriptVariant | str, *, phrases: bool = False, source: str | None = None
) -> ConvertedView:
    """The view of ``article`` in ``variant``, cached per (article, variant, phrases, source).

    Switching back and forth between scripts costs a dictionary lookup after
    the first time. The cache holds the last 16 views; an article whose
    ``text`` was replaced is converted afresh. Thread-safe: a worker thread
    may build the view and hand it to the UI thread.
    """
    variant = ScriptVariant(variant)
    key = (id(article), variant, bool(phrases), source)
    with _cache_lock:
        hit = _cache.get(key)
        if hit is not None and hit[0] is article and hit[1] is article.text:
            _cache.move_to_end(key)
            return hit[2]
    view = ConvertedView(article, variant, phrases=phrases, source=source)
    with _cache_lock:
        _cache[key] = (article, article.text, view)
        _cache.move_to_end(key)
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return view


def clear_cache() -> None:
    """Forget every cached view (tests, or when memory matters)."""
    with _cache_lock:
        _cache.clear()
