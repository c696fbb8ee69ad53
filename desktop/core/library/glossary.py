"""The team's glossary: terms and names with their English (李睿德 → Brad Little), kept in a library.

A library keeps its glossary in its ``glossary`` table (both stores, :mod:`.schema`), so everyone
sharing a server library shares it. Without a library the same code keeps a *personal* glossary:
a library file of its own in the user data folder (:func:`personal_glossary_path`), holding no
documents. Entries are keyed by their script fold, so 商圈辦 and 商圈办 are one entry.

:class:`Terms` is a glossary ready for use, built once from the entries:

- :meth:`Terms.find` — every entry in a text (longest first, script-blind, no overlaps), for the
  gloss popup and the extractor's known names;
- :meth:`Terms.apply` — a machine translation with the provider's rendering of each entry in its
  sentence replaced by the glossary's English (its pinyin in any spacing, case or tone marks, in
  either name order for a person, or the Chinese itself left in the English).

Files (CSV and TBX) are read and written by :mod:`.glossary_files`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from .records import GlossaryEntry

#: What an entry may be; "" when nobody said.
KINDS = ("person", "organization", "place", "term", "")
#: The longest term (characters) and English an entry may have.
MAX_TERM = 64
MAX_ENGLISH = 300
MAX_NOTE = 1000
#: Shorter terms are matched in the Chinese only: the pinyin of one character is found in too much English.
MIN_PINYIN_TERM = 2

_LATIN = "A-Za-z"
_CONTROL = re.compile("[\x00-\x1f\x7f]")


class GlossaryInputError(ValueError):
    """An entry or a file that cannot go into a glossary; the message is a sentence for the user."""


def personal_glossary_path() -> Path:
    """The personal glossary, used when no library is named: ``glossary.sqlite`` in the user data folder."""
    from ..paths import user_data_dir

    return user_data_dir() / "glossary.sqlite"


def open_glossary(location=None):
    """The :class:`~.store.Library` that keeps the glossary: the library at ``location`` (a file or a
    server URL), or the personal glossary (created on first use) when ``location`` is ``None``."""
    from .store import Library

    if location is None:
        return Library(personal_glossary_path(), create=True)
    return Library(location)


def checked_entry(term: str, english: str, kind: str = "", note: str = "") -> GlossaryEntry:
    """An entry from what a user typed, trimmed; :class:`GlossaryInputError` says what is wrong."""
    term = _CONTROL.sub(" ", term or "").strip()
    english = _CONTROL.sub(" ", english or "").strip()
    note = _CONTROL.sub(" ", note or "").strip()
    kind = (kind or "").strip().lower()
    if not term:
        raise GlossaryInputError("A glossary entry needs a term.")
    if not english:
        raise GlossaryInputError(f"The glossary entry “{term[:MAX_TERM]}” needs its English.")
    if len(term) > MAX_TERM:
        raise GlossaryInputError(f"A glossary term may have at most {MAX_TERM} characters: “{term[:20]}…” has more.")
    if len(english) > MAX_ENGLISH:
        raise GlossaryInputError(f"The English of “{term}” may have at most {MAX_ENGLISH} characters.")
    if kind not in KINDS:
        raise GlossaryInputError(
            f"“{kind[:20]}” is not a kind of glossary entry; use one of: {', '.join(k for k in KINDS if k)}."
        )
    return GlossaryEntry(term, english, kind, note[:MAX_NOTE])


def _fold(text: str) -> str:
    from .folds import fold_query

    return fold_query(text)


class Terms:
    """A glossary ready for matching (see the module docstring); empty is falsy."""

    def __init__(self, entries=()) -> None:
        self._by_fold: dict[str, GlossaryEntry] = {}
        for entry in entries:
            folded = _fold(entry.term)
            if folded:
                self._by_fold[folded] = entry
        #: first folded character -> the term lengths starting with it, longest first
        self._lengths: dict[str, list[int]] = {}
        for folded in self._by_fold:
            self._lengths.setdefault(folded[0], []).append(len(folded))
        for lengths in self._lengths.values():
            lengths.sort(reverse=True)

    def __len__(self) -> int:
        return len(self._by_fold)

    def __bool__(self) -> bool:
        return bool(self._by_fold)

    def entries(self) -> list[GlossaryEntry]:
        return sorted(self._by_fold.values(), key=lambda e: e.term)

    def get(self, term: str) -> GlossaryEntry | None:
        """The entry of ``term`` in either script, or ``None``."""
        return self._by_fold.get(_fold(term.strip())) if term else None

    def find(self, text: str, folded: str | None = None) -> list[tuple[int, int, GlossaryEntry]]:
        """``(start, end, entry)`` of every entry in ``text``, left to right, the longest at each place,
        none overlapping. ``folded`` is ``text``'s script fold when the caller has it (same length)."""
        if not self._by_fold or not text:
            return []
        folded = _fold(text) if folded is None else folded
        out = []
        i, n = 0, len(folded)
        while i < n:
            lengths = self._lengths.get(folded[i])
            hit = None
            if lengths:
                for length in lengths:
                    entry = self._by_fold.get(folded[i : i + length]) if i + length <= n else None
                    if entry is not None:
                        hit = (i, i + length, entry)
                        break
            if hit:
                out.append(hit)
                i = hit[1]
            else:
                i += 1
        return out

    def known(self, text: str) -> list[tuple[int, int, str, str]]:
        """``(start, end, kind, english)`` of every entry in ``text``: the extractor's known names
        (``extract_facts(known=terms.known)``)."""
        return [(s, e, entry.kind, entry.english) for s, e, entry in self.find(text)]

    def covering(self, text: str, offset: int) -> tuple[int, int, GlossaryEntry] | None:
        """The entry whose occurrence in ``text`` covers ``offset`` (the longest), or ``None``."""
        if not self._by_fold or not 0 <= offset < len(text):
            return None
        longest = max((n for ls in self._lengths.values() for n in ls), default=0)
        start = max(0, offset - longest + 1)
        window = text[start : offset + longest]
        best = None
        folded = _fold(window)
        for i in range(0, offset - start + 1):
            for length in self._lengths.get(folded[i], ()):
                if start + i + length > offset and folded[i : i + length] in self._by_fold:
                    if best is None or length > best[1] - best[0]:
                        best = (start + i, start + i + length, self._by_fold[folded[i : i + length]])
                    break
        return best

    def apply(self, source: str, english: str) -> str:
        """``english`` (a translation of ``source``) with every entry of ``source`` rendered as the
        glossary says: the provider's other renderings of it are replaced (see the module docstring)."""
        if not self._by_fold or not english or not source:
            return english
        found = {entry.term: entry for _, _, entry in self.find(source)}
        if not found:
            return english
        plain = _without_marks(english)
        folded = _fold(english)
        spans: list[tuple[int, int, str]] = []
        for entry in found.values():
            for pattern in _renderings(_fold(entry.term), entry.kind):
                spans.extend((m.start(), m.end(), entry.english) for m in pattern.finditer(plain))
            target = _fold(entry.term)
            at = folded.find(target)
            while at >= 0:  # the Chinese left in the English
                spans.append((at, at + len(target), entry.english))
                at = folded.find(target, at + len(target))
        if not spans:
            return english
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        out, pos = [], 0
        for start, end, replacement in spans:
            if start < pos:
                continue
            before = english[pos:start]
            if before and replacement[:1].isalnum() and _is_han(before[-1]):
                before += " "
            out.append(before)
            out.append(replacement)
            pos = end
            if pos < len(english) and english[pos].isalnum() and _is_han(english[pos - 1]):
                out.append(" ")
        out.append(english[pos:])
        return "".join(out)


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff"


def _without_marks(text: str) -> str:
    """``text`` with accents taken off Latin letters (Lǐ Ruìdé → Li Ruide), one character for one."""
    out = []
    for ch in text:
        if ord(ch) < 0xC0:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if len(base) == 1 and base.isascii() and base.isalpha() else ch)
    return "".join(out)


@lru_cache(maxsize=4096)
def _renderings(folded_term: str, kind: str) -> tuple[re.Pattern, ...]:
    """Patterns for the ways a provider spells ``folded_term`` in Latin letters: its syllables run
    together or apart (spaces, hyphens, apostrophes), any case; a person's given name first too."""
    if len(folded_term) < MIN_PINYIN_TERM or not all(_is_han(c) for c in folded_term):
        return ()
    from pypinyin import Style, lazy_pinyin

    syllables = [s for s in lazy_pinyin(folded_term, style=Style.NORMAL, errors="ignore") if s.isalpha()]
    if len(syllables) != len(folded_term):
        return ()

    def spelled(parts: list[str]) -> str:
        pieces = [re.escape(p).replace("v", "(?:v|u|ü|yu)") for p in parts]
        return rf"(?<![{_LATIN}])" + r"[\s\-‐']?".join(pieces) + rf"(?![{_LATIN}])"

    patterns = [spelled(syllables)]
    if kind == "person" and 2 <= len(syllables) <= 4:
        patterns.append(spelled(syllables[1:] + syllables[:1]))  # Ruide Li
    if kind != "person":  # 江北区 as Jiangbei District: the name in pinyin, the generic word translated
        for suffix, english in _SUFFIXES:
            cut = len(folded_term) - len(suffix)
            if cut >= 2 and folded_term.endswith(suffix):
                words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in english.split("|"))
                patterns.append(spelled(syllables[:cut])[: -len(rf"(?![{_LATIN}])")] + rf"\s+(?:{words})(?![{_LATIN}])")
                break
    return tuple(re.compile(p, re.IGNORECASE) for p in patterns)


#: Generic ends of place and organisation names and how translations render them, longest first:
#: a provider writes the name before them in pinyin and translates them (江北区 → Jiangbei District).
_SUFFIXES = (
    ("管理办公室", "Management Office|Administration Office|Office"),
    ("委员会", "Committee|Commission"),
    ("办公室", "Office"),
    ("街道", "Subdistrict|Street"),
    ("公司", "Company|Corporation|Co."),
    ("集团", "Group"),
    ("银行", "Bank"),
    ("大学", "University"),
    ("商圈", "Business District|Commercial District|Shopping District"),
    ("区", "District"),
    ("市", "City"),
    ("省", "Province"),
    ("县", "County"),
    ("镇", "Town"),
    ("乡", "Township"),
    ("村", "Village"),
    ("办", "Office"),
    ("局", "Bureau"),
    ("委", "Committee|Commission"),
    ("厅", "Department"),
    ("部", "Ministry|Department"),
)


_ALIAS = re.compile(r"[(（]\s*([A-Za-z][A-Za-z .'’-]*[A-Za-z.])\s*[)）]")


def suggested_english(term: str, kind: str = "", canonical: str = "", gloss: str | None = None) -> str:
    """English to offer for ``term`` before anyone typed it: the Latin alias the text gave it
    (``李睿德 (Brad Little)``), else the dictionary's ``gloss``, else a person's name in pinyin
    (``Li Ruide``: surname, then the given name run together), else ""."""
    alias = _ALIAS.search(canonical or "")
    if alias:
        return alias.group(1).strip()
    if gloss:
        return gloss
    if kind == "person" and 2 <= len(term) <= 4 and all(_is_han(c) for c in term):
        from pypinyin import Style, lazy_pinyin

        syllables = lazy_pinyin(term, style=Style.NORMAL)
        cut = 2 if len(term) == 4 else 1  # 欧阳娜娜: a two-character surname
        return " ".join(p.capitalize() for p in ("".join(syllables[:cut]), "".join(syllables[cut:])))
    return ""


def load_terms(location=None) -> Terms:
    """The glossary of the library at ``location`` (or the personal one) as :class:`Terms`."""
    lib = open_glossary(location)
    try:
        return Terms(lib.glossary())
    finally:
        lib.close()
