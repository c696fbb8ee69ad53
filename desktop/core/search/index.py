"""The per-document search index and the query that runs on it; what a query answers
(:class:`Hit`, :class:`SearchResult`) is :mod:`.results`.

Offsets everywhere are half-open ``[start, end)`` character offsets into
``Article.text``, except ``Hit.english_span`` which indexes the English text
of the hit's sentence.
"""

from __future__ import annotations

import bisect
import heapq
from collections.abc import Mapping

from ..document import Article
from .folding import ScriptFold, shared_fold
from .pinyin import pinyin_codes
from .results import VIA_ENGLISH, VIAS, Hit, SearchResult
from .terms import Term, chunked_finditer, compile_user_regex, find_literal, is_latin_word, parse_terms, whole_word

# Raw hits are plain int tuples so that sets and sorts stay in C (100 k hits
# of 的 on 10 MB): (start, end, via rank, english start, english end, sentence),
# the last three -1 unless the hit is English.
_TEXT, _PINYIN, _ENGLISH = 0, 1, 2
#: Pinyin is tried only from two letters on: a lone ``a`` would light up every 阿.
_MIN_PINYIN_LETTERS = 2
#: Separates sentences in the joined English so no literal match spans two.
_EN_SEP = "\n\x00\n"


class SearchIndex:
    """Everything a query needs about one :class:`Article`, built once per document.

    Building costs about 0.2 s per million characters (two folded copies of
    the text); the pinyin codes are built on the first pinyin-looking query or
    by :meth:`warm` — call it in the worker that builds the index. ``english``
    maps ``Sentence.index`` → English text (translation or gloss line); it may
    be replaced later with :meth:`set_english` as translations arrive.
    """

    def __init__(self, article: Article, english: Mapping[int, str] | None = None, *, fold: ScriptFold | None = None):
        self.article = article
        self.fold = fold if fold is not None else shared_fold()
        text = article.text
        self._chars = self.fold.chars(text)
        phrases = self.fold.phrases(text)
        self._phrases: str | None = None
        self._phrase_chars: frozenset[str] = frozenset()
        if phrases != self._chars:
            self._phrases = phrases
            self._phrase_chars = _differing_chars(self._chars, phrases)
        sentences = article.sentences
        self._sentences = sentences
        self._sentence_starts = [s.start for s in sentences]
        self._sentence_ends = [s.end for s in sentences]
        self._section_starts = [s.start for s in article.sections]
        self._section_ends = [s.end for s in article.sections]
        self._pinyin_text: str | None = None
        self.set_english(english or {})

    # -- building -------------------------------------------------------------

    def warm(self) -> None:
        """Pay every lazy cost now (pypinyin import, pinyin codes of the text)."""
        self._pinyin()

    def set_english(self, english: Mapping[int | tuple[int, int], str]) -> None:
        """Replace the English (cheap: one join and one fold).

        Keys are ``Sentence.index`` for sentences and ``(start, end)`` spans for
        the title and headings, which are searched in English too.
        """
        n = len(self._sentence_starts)
        units = []
        for key, t in english.items():
            if not t:
                continue
            if isinstance(key, tuple):
                units.append((key[0], key[1], -1, t))
            elif 0 <= key < n:
                units.append((self._sentence_starts[key], self._sentence_ends[key], key, t))
        units.sort()
        #: per English unit: its span in the article, its sentence (-1: a title or heading line)
        self._en_units = [(a, b, i) for a, b, i, _ in units]
        self._en_texts = [t for *_, t in units]
        self._en_starts = []
        pos = 0
        for t in self._en_texts:
            self._en_starts.append(pos)
            pos += len(t) + len(_EN_SEP)
        self._en_folded = self.fold.chars(_EN_SEP.join(self._en_texts))

    def _pinyin(self) -> str:
        if self._pinyin_text is None:
            self._pinyin_text = pinyin_codes().encode(self.article.text)
        return self._pinyin_text

    # -- querying ---------------------------------------------------------------

    def query(self, q: str, *, regex: bool = False, whole_word: bool = False, limit: int | None = None) -> SearchResult:
        """Search the article for ``q``; see the package docstring for the query language."""
        from ..ingest.text import without_surrogates  # a query from argv may carry surrogate escapes

        q = without_surrogates(q)
        result = SearchResult(q)
        if not q.strip():
            return result
        if regex:
            raw, result.error = self._regex_hits(q, whole_word)
        else:
            raw = self._query_hits(q, whole_word)
        places, english = self._places(raw)
        result.total = len(places)
        if limit is not None and limit < len(places):
            ordered = heapq.nsmallest(max(0, limit), places)
        else:
            ordered = sorted(places)
        result.hits = self._hits(ordered, english)
        return result

    def _places(self, raw: set) -> tuple[list, dict]:
        """One entry ``(start, end, via bits, English unit or -1)`` per matched place.

        Text and pinyin matches of one span are one place; a unit's English
        matches join its first Chinese place, or make one place of their own
        spanning the unit. Returns the places and ``{unit: [English spans]}``.
        """
        english: dict[int, list[tuple[int, int]]] = {}
        places: dict[tuple[int, int], int] = {}
        for start, end, rank, ea, eb, unit in raw:
            if rank == _ENGLISH:
                english.setdefault(unit, []).append((ea, eb))
            else:
                places[(start, end)] = places.get((start, end), 0) | (1 << rank)
        if not english:
            return [(a, b, bits, -1) for (a, b), bits in places.items()], english
        first: dict[tuple, tuple[int, int]] = {}
        for span in sorted(places):
            first.setdefault(self._unit((span[0], span[1], _TEXT)), span)
        joined: dict[tuple[int, int], int] = {}
        out = []
        for unit, spans in english.items():
            spans.sort()
            a, b, sentence = self._en_units[unit]
            key = ("s", sentence) if sentence >= 0 else ("l", self.article.text.rfind("\n", 0, a))
            span = first.get(key)
            if span is not None:
                joined[span] = unit
            else:
                out.append((a, b, 1 << _ENGLISH, unit))
        out.extend(
            (a, b, bits | (1 << _ENGLISH if (a, b) in joined else 0), joined.get((a, b), -1))
            for (a, b), bits in places.items()
        )
        return out, english

    def _query_hits(self, q: str, whole: bool) -> set:
        terms = parse_terms(q)
        if not terms:
            return set()
        if len(terms) == 1:
            return self._term_hits(terms[0], whole, pinyin_syllables=1)
        # "guan yin qiao", "zhengfu gongzuo": spaces in pinyin are syllable
        # breaks, so the whole query is first read as one pinyin phrase. Only
        # when that finds nothing are the words read as pinyin one by one
        # (two syllables or more each, so "guan" alone does not light up 关).
        phrase: set = set()
        english_phrase: set | None = None
        if all(not t.quoted for t in terms):
            joined = self.fold.chars(" ".join(t.text for t in terms))
            phrase = self._pinyin_hits(joined, min_syllables=1)
            # English words typed together are a phrase: "business district"
            # must not light up "Jiangbei District".
            if all(is_latin_word(self.fold.chars(t.text)) for t in terms):
                english_phrase = self._english_hits(joined, whole)
        per_term = [
            self._term_hits(t, whole, pinyin_syllables=None if phrase else 2, english=english_phrase is None)
            for t in terms
        ]
        if english_phrase is not None:
            phrase |= english_phrase
        units = [{self._unit(r) for r in hs} for hs in per_term]
        common = set.intersection(*units)
        return phrase | {r for hs in per_term for r in hs if self._unit(r) in common}

    def _term_hits(self, term: Term, whole: bool, *, pinyin_syllables: int | None, english: bool = True) -> set:
        """Hits of one term: text in both folds, pinyin (``None``: not tried), English."""
        variants = self.fold.variants(term.text)
        out: set = set()
        for v in variants:
            spans = find_literal(self._chars, v)
            if self._phrases is not None and not self._phrase_chars.isdisjoint(v):
                spans += find_literal(self._phrases, v)
            for s, e in spans:
                if not whole or whole_word(self._chars, s, e):
                    out.add((s, e, _TEXT, -1, -1, -1))
        if pinyin_syllables is not None:
            out |= self._pinyin_hits(variants[0], min_syllables=pinyin_syllables)
        if english:
            out |= self._english_hits(variants[0], whole)
        return out

    def _pinyin_hits(self, folded: str, *, min_syllables: int) -> set:
        if not is_latin_word(folded) or sum(c.isalpha() for c in folded) < _MIN_PINYIN_LETTERS:
            return set()
        codes = pinyin_codes()
        pattern = codes.pattern(folded, min_syllables=min_syllables)
        if pattern is None:
            return set()
        return {(*m.span(), _PINYIN, -1, -1, -1) for m in pattern.finditer(self._pinyin())}

    def _english_hits(self, folded: str, whole: bool) -> set:
        if not self._en_texts or not any(c.isalnum() for c in folded):
            return set()
        return self._english_spans(find_literal(self._en_folded, folded), whole)

    def _english_spans(self, spans, whole: bool) -> set:
        out = set()
        for s, e in spans:
            k = bisect.bisect_right(self._en_starts, s) - 1
            base = self._en_starts[k]
            if e - base > len(self._en_texts[k]) or e <= s:
                continue  # crosses into the next sentence's English
            if whole and not whole_word(self._en_folded, s, e):
                continue
            a, b, _ = self._en_units[k]
            out.add((a, b, _ENGLISH, s - base, e - base, k))
        return out

    def _regex_hits(self, q: str, whole: bool) -> tuple[set, str | None]:
        pattern, error = compile_user_regex(q, self.fold)
        if pattern is None:
            return set(), error
        out: set = set()
        for haystack in (self._chars, self._phrases):
            if haystack is None:
                continue
            for m in chunked_finditer(pattern, haystack):
                s, e = m.span()
                if s < e and (not whole or whole_word(self._chars, s, e)):
                    out.add((s, e, _TEXT, -1, -1, -1))
        if self._en_texts:
            spans = [m.span() for m in pattern.finditer(self._en_folded)]
            out |= self._english_spans(spans, whole)
        return out, None

    # -- mapping raw spans to hits ---------------------------------------------

    def _unit(self, raw) -> tuple:
        """The sentence a raw hit belongs to (its line when it is in no sentence)."""
        if raw[2] == _ENGLISH:
            sentence = self._en_units[raw[5]][2]
            if sentence >= 0:
                return ("s", sentence)
            return ("l", self.article.text.rfind("\n", 0, raw[0]))
        sentence = self._sentence_of(raw[0])
        if sentence is not None:
            return ("s", sentence)
        return ("l", self.article.text.rfind("\n", 0, raw[0]))

    def _sentence_of(self, offset: int) -> int | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return i if i >= 0 and offset < self._sentence_ends[i] else None

    def _section_of(self, offset: int) -> int | None:
        i = bisect.bisect_right(self._section_starts, offset) - 1
        return i if i >= 0 and offset < self._section_ends[i] else None

    def _hits(self, ordered: list[tuple], english: dict[int, list[tuple[int, int]]]) -> list[Hit]:
        # One forward sweep over sentences and sections instead of two
        # bisections per hit: places arrive sorted by start.
        text = self.article.text
        s_starts, s_ends = self._sentence_starts, self._sentence_ends
        c_starts, c_ends = self._section_starts, self._section_ends
        si = ci = -1
        out = []
        for start, end, bits, unit in ordered:
            while si + 1 < len(s_starts) and s_starts[si + 1] <= start:
                si += 1
            while ci + 1 < len(c_starts) and c_starts[ci + 1] <= start:
                ci += 1
            section = ci if ci >= 0 and start < c_ends[ci] else None
            vias = _VIA_SETS[bits]
            in_sentence = si if si >= 0 and start < s_ends[si] else None
            if unit < 0:
                out.append(Hit(start, end, section, in_sentence, vias[0], text[start:end], None, vias))
                continue
            spans = tuple(english[unit])
            en_text = self._en_texts[unit]
            en_match = en_text[spans[0][0] : spans[0][1]]
            if vias[0] == VIA_ENGLISH:
                sentence = self._en_units[unit][2]
                out.append(
                    Hit(
                        start,
                        end,
                        section,
                        sentence if sentence >= 0 else None,
                        VIA_ENGLISH,
                        en_match,
                        spans[0],
                        vias,
                        spans,
                        en_match,
                    )
                )
            else:
                out.append(
                    Hit(start, end, section, in_sentence, vias[0], text[start:end], spans[0], vias, spans, en_match)
                )
        return out


#: via bits → the vias in their order of precedence
_VIA_SETS = {bits: tuple(v for i, v in enumerate(VIAS) if bits & (1 << i)) for bits in range(1, 8)}


def _differing_chars(chars: str, phrases: str) -> frozenset[str]:
    """Characters the phrase-level fold put where the character fold differs (划 of 計畫)."""
    out: set[str] = set()
    for a, b in zip(chars.split("\n"), phrases.split("\n")):
        if a != b:
            out.update(y for x, y in zip(a, b) if x != y)
    return frozenset(out)
