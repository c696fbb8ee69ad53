"""The search query language as a yes/no filter over short texts (the facts panel).

Same folding and query rules as :class:`SearchIndex`, so a Traditional query
filters Simplified facts, ``shangquan`` keeps facts mentioning 商圈, and
several words must all occur (anywhere in the text: a fact is one unit).
"""

from __future__ import annotations

import re

from .folding import ScriptFold, shared_fold
from .pinyin import pinyin_codes
from .terms import compile_user_regex, find_literal, is_latin_word, parse_terms, whole_word

_MIN_PINYIN_LETTERS = 2


class TextMatcher:
    """Build once per query (on each keystroke), then call :meth:`matches` per row.

    ``error`` holds the user-facing message of a malformed regex; such a
    matcher (and one for a blank query) matches everything, so a filter never
    hides all rows because of a half-typed pattern.
    """

    def __init__(
        self,
        query: str,
        *,
        regex: bool = False,
        whole_word: bool = False,
        pinyin: bool = True,
        fold: ScriptFold | None = None,
    ):
        self.query = query
        self.error: str | None = None
        self._fold = fold if fold is not None else shared_fold()
        self._whole = whole_word
        self._regex: re.Pattern | None = None
        self._terms: list[tuple[list[str], re.Pattern | None]] = []
        self._phrase_pinyin: re.Pattern | None = None
        if not query.strip():
            return
        if regex:
            self._regex, self.error = compile_user_regex(query, self._fold)
            return
        terms = parse_terms(query)
        for t in terms:
            variants = self._fold.variants(t.text)
            pattern = _pinyin_pattern(variants[0], 1 if len(terms) == 1 else 2) if pinyin else None
            self._terms.append((variants, pattern))
        if pinyin and len(terms) > 1 and not any(t.quoted for t in terms):
            self._phrase_pinyin = _pinyin_pattern(self._fold.chars(" ".join(t.text for t in terms)), 1)

    @property
    def is_empty(self) -> bool:
        """True when the matcher accepts everything (blank query or malformed regex)."""
        return self._regex is None and not self._terms

    def matches(self, text: str) -> bool:
        """Whether ``text`` satisfies the query (every term, script-blind)."""
        if self.is_empty:
            return True
        folded = _FoldedText(text, self._fold)
        if self._regex is not None:
            return any(self._regex_in(h, folded.chars) for h in folded.both())
        if self._phrase_pinyin is not None and self._phrase_pinyin.search(folded.pinyin()):
            return True
        return all(self._term_in(variants, pattern, folded) for variants, pattern in self._terms)

    def _regex_in(self, haystack: str, chars: str) -> bool:
        return any(
            m.end() > m.start() and (not self._whole or whole_word(chars, *m.span()))
            for m in self._regex.finditer(haystack)
        )

    def _term_in(self, variants: list[str], pattern: re.Pattern | None, folded: "_FoldedText") -> bool:
        for haystack in folded.both():
            for v in variants:
                if any(not self._whole or whole_word(folded.chars, s, e) for s, e in find_literal(haystack, v)):
                    return True
        return pattern is not None and pattern.search(folded.pinyin()) is not None


def matches(text: str, query: str, **options) -> bool:
    """One-off :meth:`TextMatcher.matches`; build a :class:`TextMatcher` to filter many texts."""
    return TextMatcher(query, **options).matches(text)


def _pinyin_pattern(folded: str, min_syllables: int) -> re.Pattern | None:
    if not is_latin_word(folded) or sum(c.isalpha() for c in folded) < _MIN_PINYIN_LETTERS:
        return None
    return pinyin_codes().pattern(folded, min_syllables=min_syllables)


class _FoldedText:
    """A row's folds, computed only as far as a match needs them."""

    __slots__ = ("text", "fold", "chars", "_phrases", "_pinyin")

    def __init__(self, text: str, fold: ScriptFold):
        self.text = text
        self.fold = fold
        self.chars = fold.chars(text)
        self._phrases: str | None = None
        self._pinyin: str | None = None

    def both(self):
        yield self.chars
        if self._phrases is None:
            self._phrases = self.fold.phrases(self.text)
        if self._phrases != self.chars:
            yield self._phrases

    def pinyin(self) -> str:
        if self._pinyin is None:
            self._pinyin = pinyin_codes().encode(self.text)
        return self._pinyin
