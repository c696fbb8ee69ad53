"""Search across every document of a library: script-blind, two-character words included.

A query is words separated by spaces (``"quoted phrases"`` stay whole); a
document matches when it holds every word. Each word is folded the way the
index is (script, width, case) in both its character-level and phrase-level
forms. Words of three characters or more are looked up in the FTS5 trigram
index; shorter ones, which a trigram index cannot answer, with ``instr`` over
the stored folds. Hit offsets are half-open ``[start, end)`` into the
document's ``Article.text`` (the folds keep every offset).
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from .folds import query_variants
from .store import _CONTROL, MAX_TERMS, Library

#: A longer query is cut to this many characters (and to :data:`MAX_TERMS` words); the result says so.
MAX_QUERY_CHARS = 500

_WORDS = re.compile(r'"([^"]+)"|“([^”]+)”|「([^」]+)」|(\S+)')
_DIGITS = re.compile(r"\d{4,}")


@dataclass(frozen=True, slots=True)
class LibraryHit:
    start: int
    end: int
    before: str
    match: str
    after: str

    def as_dict(self) -> dict:
        return {
            "start": self.start,
            "end": self.end,
            "snippet": self.before + self.match + self.after,
            "match": self.match,
        }


@dataclass(slots=True)
class DocumentHits:
    """The hits of one document: the first ``len(hits)`` of ``total``, in reading order."""

    doc_id: int
    title: str
    date: str | None
    total: int
    hits: list[LibraryHit]

    def as_dict(self) -> dict:
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "date": self.date,
            "hits": self.total,
            "snippets": [h.as_dict() for h in self.hits],
        }


@dataclass(slots=True)
class LibrarySearch:
    """``documents`` newest first; ``matched`` counts every matching document, before ``limit``."""

    query: str
    documents: list[DocumentHits] = field(default_factory=list)
    matched: int = 0
    seconds: float = 0.0

    #: "" or what was left out of the query (too long, too many words), as a phrase
    note: str = ""

    def as_dict(self) -> dict:
        out = {"query": self.query, "matched": self.matched, "documents": [d.as_dict() for d in self.documents]}
        if self.note:
            out["note"] = self.note
        return out


def words_of(query: str) -> list[str]:
    return bounded_words(query)[0]


def bounded_words(query: str) -> tuple[list[str], str]:
    """The words of ``query`` (``"quoted phrases"`` whole), at most :data:`MAX_QUERY_CHARS` characters
    and :data:`MAX_TERMS` words of it, and "" or a phrase saying what was cut."""
    cut = []
    if len(query) > MAX_QUERY_CHARS:
        query = query[:MAX_QUERY_CHARS]
        cut.append(f"the query was cut to its first {MAX_QUERY_CHARS} characters")
    # Control characters are never in a stored text (normalising removes them); NUL would end an FTS5 string.
    query = _CONTROL.sub(" ", query)
    words = [next(g for g in m.groups() if g) for m in _WORDS.finditer(query.strip())]
    if len(words) > MAX_TERMS:
        words = words[:MAX_TERMS]
        cut.append(
            f"only its first {MAX_TERMS} words were looked for"
            if cut
            else f"only the first {MAX_TERMS} words of the query were looked for"
        )
    note = "; ".join(cut)
    return words, note


def search(
    library: Library, query: str, *, limit: int | None = 100, hits_per_document: int = 3, snippet_width: int = 20
) -> LibrarySearch:
    """Documents holding every word of ``query``, newest first, each with its first hits as snippets."""
    started = time.perf_counter()
    result = LibrarySearch(query)
    kept, result.note = bounded_words(query)
    words = [_variants(w) for w in kept]
    if not words:
        return result
    with library.snapshot():  # one state of the library, whatever other writers commit meanwhile
        _search(library, words, result, limit, hits_per_document, snippet_width)
    result.seconds = time.perf_counter() - started
    return result


def _search(
    library: Library,
    words: list[list[str]],
    result: LibrarySearch,
    limit: int | None,
    hits_per_document: int,
    snippet_width: int,
) -> None:
    phrase_chars = library.phrase_chars()
    candidates = _candidates(library, words, phrase_chars)
    if not candidates:
        return
    result.matched = len(candidates)
    ranks = library.ranks()
    ranked = sorted(candidates, key=lambda d: ranks[d][0])
    if limit is not None:
        ranked = ranked[:limit]
    needs_phrased = any(_needs_phrased(v, phrase_chars) for vs in words for v in vs)
    found = []  # (doc_id, hit count, [(start, end, window start, window end, line start, line end)])
    for doc_id, folded, phrased in library.iter_folds(ranked, phrased=needs_phrased):
        per_word = [_spans(folded, phrased, vs) for vs in words]
        spans = _spans(folded, phrased, [v for vs in words for v in vs]) if len(words) > 1 else per_word[0]
        # Every word shows at least once among the snippets, then the rest in reading order.
        shown = {w[0] for w in per_word if w}
        for span in spans:
            if len(shown) >= hits_per_document:
                break
            shown.add(span)
        found.append(
            (doc_id, len(spans), [_window(folded, s, e, snippet_width) for s, e in sorted(shown)[:hits_per_document]])
        )
    # The snippets are cut from the text by the store (a fold keeps every offset and line break),
    # so the texts themselves never leave it: for a server, a tenth of what whole texts would cost.
    pieces = iter(library.text_windows([(doc_id, w[2], w[3]) for doc_id, _, windows in found for w in windows]))
    for doc_id, total, windows in found:
        _, when, title = ranks[doc_id]
        result.documents.append(DocumentHits(doc_id, title, when, total, [_hit(next(pieces), *w) for w in windows]))


def documents_matching(library: Library, query: str) -> set[int]:
    """Ids of the documents holding every word of ``query`` (as :func:`search` finds them)."""
    words = [_variants(w) for w in words_of(query)]
    return _candidates(library, words, library.phrase_chars()) if words else set()


def _candidates(library: Library, words: list[list[str]], phrase_chars: set[str]) -> set[int]:
    candidates: set[int] | None = None
    # The rarest-looking (longest) word first, so later words only test its documents.
    for variants in sorted(words, key=lambda v: -min(len(x) for x in v)):
        found = library.documents_with(variants, candidates, phrase_chars)
        candidates = found if candidates is None else candidates & found
        if not candidates:
            break
    return candidates or set()


def _needs_phrased(variant: str, phrase_chars: set[str]) -> bool:
    return not phrase_chars.isdisjoint(variant)


def _variants(word: str) -> list[str]:
    out = list(query_variants(word))
    # 6007 also finds 6,007 (and 1234567 finds 1,234,567): figures keep their separators in the text.
    # Digits are grouped as text, so a number of any length is only a string of digits.
    for v in list(out):
        grouped = _DIGITS.sub(lambda m: _grouped(m.group(0)) if not m.group(0).startswith("0") else m.group(0), v)
        if grouped != v:
            out.append(grouped)
    return out


def _grouped(digits: str) -> str:
    """``"1234567"`` → ``"1,234,567"``, without turning the digits into an int."""
    head = len(digits) % 3 or 3
    return digits[:head] + "".join("," + digits[i : i + 3] for i in range(head, len(digits), 3))


def _spans(folded: str, phrased: str, variants: list[str]) -> list[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for hay in (folded, phrased) if phrased else (folded,):
        for v in variants:
            i = hay.find(v)
            while i >= 0:
                found.add((i, i + len(v)))
                i = hay.find(v, i + len(v))
    # Overlapping spans (a word inside a longer one) show once, as the longer.
    out: list[tuple[int, int]] = []
    for s, e in sorted(found, key=lambda p: (p[0], -p[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def _window(folded: str, start: int, end: int, width: int) -> tuple[int, int, int, int, int, int]:
    """The snippet around ``[start, end)``: ``width`` characters each side within its line, as
    ``(start, end, window start, window end, line start, line end)`` (offsets into the text)."""
    line_start = folded.rfind("\n", 0, start) + 1
    line_end = folded.find("\n", end)
    line_end = len(folded) if line_end < 0 else line_end
    return start, end, max(line_start, start - width), min(line_end, end + width), line_start, line_end


def _hit(piece: str, start: int, end: int, a: int, b: int, line_start: int, line_end: int) -> LibraryHit:
    """A hit from ``piece``, the text's ``[a, b)``."""
    before = ("…" if a > line_start else "") + piece[: start - a]
    after = piece[end - a :] + ("…" if b < line_end else "")
    return LibraryHit(start, end, before, piece[start - a : end - a].replace("\n", " "), after)
