"""The library interface: documents, their text and facts, and a script-blind index, in one of two stores.

``Library(location)`` opens a library wherever it lives: a ``.sqlite`` file (the embedded
default, :mod:`.sqlite_store`) or a ``postgresql://`` URL (a team's shared library,
:mod:`.pg_store`). Both hand out the same records — :class:`DocumentRow` and
:class:`LibraryFact` (a core :class:`Fact` with its document) — and answer the same queries;
the SQL they share is written here once, in the dialect both speak (``?`` parameters; the
PostgreSQL store defines ``instr``). Writing goes through :meth:`Library.writer` (the indexer).

Text offsets stored here (fact ``start``/``end``, sentence spans) are half-open character
offsets into the document's ``Article.text``, which is stored too, so a hit or a fact opens the
reader at the right place. ``folded`` is ``ScriptFold.chars`` of the text (one character for
one character, so an offset into it is an offset into the text); ``phrased`` is the
phrase-level fold where it differs (計畫 → 计划).
"""

from __future__ import annotations

import re

from .errors import LibraryDamaged, LibraryError, LibraryReadOnly
from .records import DocumentRow, GlossaryEntry, LibraryFact, fact_from_columns

__all__ = ["Library", "LibraryError", "DocumentRow", "LibraryFact", "SCHEMA_VERSION", "MAX_TERMS", "MAX_ID"]

#: The library format this version writes. 1: first; 2: phrase_chars (the fold recipe changed,
#: documents are read again); 3: every Fact field in ``facts.data``, lossless paths, a glossary.
SCHEMA_VERSION = 3
#: The oldest format that can read what this version writes (a newer library names its own).
READABLE_BY = 3
#: Words a query or a label may have; more are dropped and the caller is told.
MAX_TERMS = 24
#: The largest id a store hands out (SQLite's and PostgreSQL's 64-bit integers).
MAX_ID = 2**63 - 1

#: Never in a stored text (normalising removes them); PostgreSQL refuses NUL in any text.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_DOCUMENT = (
    "SELECT d.id, d.key, d.path, d.corpus_id, d.title, d.date, d.year, d.url, d.length, d.fact_count, s.path "
    "FROM documents d JOIN sources s ON s.id=d.source_id"
)
#: Newest first, undated last, then by title; ``{c}`` is the store's code-point collation, so both
#: stores order ties alike.
_NEWEST_FIRST = (
    "COALESCE(d.date, CAST(d.year AS TEXT)) IS NULL, COALESCE(d.date, CAST(d.year AS TEXT)){c} DESC, d.title{c}, d.id"
)


#: kind -> the store class (filled as the store modules are imported by the package)
_STORES: dict[str, type] = {}


class Library:
    """One library, in whichever store ``location`` names (see the module's docstring).

    ``create=True`` makes an empty library where none exists (the indexer does); otherwise a
    missing library is a :class:`LibraryError`. A library this version may not change (a newer
    format, a read-only file) opens read-only: ``read_only`` is true and ``read_only_reason``
    says why.
    """

    #: "sqlite" or "postgresql"
    kind = ""
    #: how the store spells "compare as code points" after a text expression
    COLLATE = ""

    def __new__(cls, location=None, **kwargs):
        if cls is Library:  # Library(location): the store that keeps it
            if location is None:
                raise LibraryError("No library was named.")
            cls = _STORES["postgresql" if is_url(location) else "sqlite"]
        return super().__new__(cls)

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        if cls.kind:
            _STORES[cls.kind] = cls  # the package imports each store, so each is here before use

    def __init__(self, location, *, create: bool = False) -> None:  # the stores set these
        self.location: str = str(location)
        self.name: str = self.location
        self.read_only: bool = False
        self.read_only_reason: str = ""
        #: a sentence the user should see while the library is open ("" when all is well)
        self.notice: str = ""
        self.schema: int = SCHEMA_VERSION
        self._ranks_version = None
        self._ranks: dict = {}

    # -- what each store provides --------------------------------------------------------------
    def _all(self, sql: str, params=()) -> list[tuple]:
        """Every row of ``sql`` (``?`` parameters); store errors become :class:`LibraryError`."""
        raise NotImplementedError

    def _change_token(self):
        """A value that changes whenever another connection commits (for the rank cache)."""
        raise NotImplementedError

    def documents_with(self, variants: list[str], within: set[int] | None, phrase_chars: set[str]) -> set[int]:
        """Ids of the documents whose folded (or phrase-folded) text holds any of ``variants``."""
        raise NotImplementedError

    def execute(self, sql: str, params=()):
        """Run one statement (``?`` parameters) on the library's connection."""
        raise NotImplementedError

    def executemany(self, sql: str, rows) -> None:
        raise NotImplementedError

    def transaction(self):
        """``with library.transaction():`` — one transaction, rolled back on any exception."""
        raise NotImplementedError

    def writer(self, names: bool = True):
        """The one way to write (see :class:`.writer.LibraryWriter`); raises when read-only."""
        raise NotImplementedError

    def integrity(self) -> str:
        """``"ok"``, or what is wrong, in a few words."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def interrupt(self) -> None:
        """Stop the statement this connection is running, from any other thread: the call running it
        raises :class:`LibraryInterrupted` and the connection stays usable. With no statement running it
        does nothing. SQLite answers at once; a server is sent a cancel request (a connection of its own,
        so it may take a round trip). Meant for reads: the library window's searches and comparisons."""
        raise NotImplementedError

    # -- shared ----------------------------------------------------------------------------------
    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def _newest_first(self) -> str:
        return _NEWEST_FIRST.format(c=self.COLLATE)

    def snapshot(self):
        """``with library.snapshot():`` — the reads inside see one state of the library, whatever
        other writers commit meanwhile."""
        raise NotImplementedError

    def _one(self, sql: str, params=()) -> tuple | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None

    def set_read_only(self, why: str, notice: str = "") -> None:
        """From now on nothing is written; ``why`` completes "cannot be changed: …"."""
        self.read_only, self.read_only_reason = True, why
        self.notice = notice or f"The library “{self.name}” is open read-only: {why}."

    def require_writable(self) -> None:
        if self.read_only:
            raise LibraryReadOnly(self.name, self.read_only_reason)

    def damaged(self, what: str) -> LibraryDamaged:
        """The error for a library found damaged while in use (``what``: in a few words)."""
        return LibraryDamaged(self.location, self.name, what)

    def sources(self) -> list[dict]:
        """The folders and corpora the library was built from, with their document counts."""
        rows = self._all(
            "SELECT s.id, s.path, s.kind, s.complete, (SELECT COUNT(*) FROM documents d WHERE d.source_id=s.id) "
            "FROM sources s ORDER BY s.id"
        )
        return [{"id": r[0], "path": r[1], "kind": r[2], "complete": bool(r[3]), "documents": r[4]} for r in rows]

    def failures(self) -> list[dict]:
        """Files and corpus lines that could not be read, with the reason."""
        from .file_names import shown

        return [
            {"path": shown(p), "reason": r} for p, r in self._all("SELECT path, reason FROM failures ORDER BY path")
        ]

    def documents(self) -> list[DocumentRow]:
        """Every document, newest first (undated ones last, by title)."""
        return [DocumentRow(*r) for r in self._all(f"{_DOCUMENT} ORDER BY {self._newest_first}")]

    def document(self, doc_id: int) -> DocumentRow | None:
        if not _valid_id(doc_id):
            return None
        r = self._one(f"{_DOCUMENT} WHERE d.id=?", (doc_id,))
        return DocumentRow(*r) if r else None

    def count(self) -> int:
        return self._one("SELECT COUNT(*) FROM documents")[0]

    def phrase_chars(self) -> set[str]:
        """Characters only the phrase-level fold writes (计划 for 計畫 gives 划): a query without any
        of them finds nothing in ``phrased`` that ``folded`` lacks."""
        return {r[0] for r in self._all("SELECT ch FROM phrase_chars")}

    def ranks(self) -> dict[int, tuple[int, str | None, str]]:
        """Document id → (position newest first, date, title); cached until the library changes."""
        version = self._change_token(), self.count()
        if self._ranks_version != version:
            rows = self._all(
                f"SELECT d.id, COALESCE(d.date, CAST(d.year AS TEXT)), d.title FROM documents d "
                f"ORDER BY {self._newest_first}"
            )
            self._ranks = {doc: (i, when, title) for i, (doc, when, title) in enumerate(rows)}
            self._ranks_version = version
        return self._ranks

    def text(self, doc_id: int) -> str:
        """The document's ``Article.text`` (every stored offset indexes into it); "" when there is none."""
        return self.folds(doc_id, phrased=False)[0]

    def folds(self, doc_id: int, *, phrased: bool = True) -> tuple[str, str, str]:
        """``(text, folded, phrased)`` of a document: its text, its character fold (same offsets) and its
        phrase-level fold ("" when it adds nothing, or when ``phrased`` is false)."""
        if not _valid_id(doc_id):
            return "", "", ""
        columns = "text, folded, phrased" if phrased else "text, folded, ''"
        row = self._one(f"SELECT {columns} FROM texts WHERE doc_id=?", (doc_id,))
        if row is None:
            if self._one("SELECT 1 FROM documents WHERE id=?", (doc_id,)):
                raise self.damaged("a document's text is missing")
            return "", "", ""
        return tuple(row)

    def iter_folds(self, doc_ids: list[int], *, phrased: bool = True, chunk: int = 64):
        """``(doc_id, folded, phrased)`` of each document in ``doc_ids``, in that order, read a chunk at
        a time (one query per chunk, not per document; a missing document is skipped). ``phrased``
        is "" when it adds nothing, or when not asked for."""
        columns = "folded, phrased" if phrased else "folded, ''"
        ids = [d for d in doc_ids if _valid_id(d)]
        for i in range(0, len(ids), chunk):
            part = ids[i : i + chunk]
            rows = {
                r[0]: r[1:]
                for r in self._all(
                    f"SELECT doc_id, {columns} FROM texts WHERE doc_id IN ({','.join('?' * len(part))})", part
                )
            }
            for doc_id in part:
                if doc_id in rows:
                    yield (doc_id, *rows[doc_id])

    def text_windows(self, windows: list[tuple[int, int, int]]) -> list[str]:
        """``text[start:end]`` of each ``(doc_id, start, end)``, in order ("" for a missing document)."""
        out = []
        for doc_id, start, end in windows:
            row = self._one("SELECT substr(text, ?, ?) FROM texts WHERE doc_id=?", (start + 1, end - start, doc_id))
            out.append(row[0] if row else "")
        return out

    def facts(
        self,
        *,
        kinds: list[str] | None = None,
        label: str | None = None,
        doc_id: int | None = None,
        limit: int | None = None,
    ) -> list[LibraryFact]:
        """Facts across documents, by document and position, each the extractor's :class:`Fact` unchanged.

        ``label`` matches script-blind inside the label (``國防預算`` finds 国防预算); its first
        :data:`MAX_TERMS` words count. ``doc_id`` out of range finds nothing.
        """
        where, params = [], []
        if kinds:
            where.append(f"f.kind IN ({','.join('?' * len(kinds))})")
            params.extend(kinds)
        if label:
            from .folds import fold_query

            for word in fold_query(_CONTROL.sub(" ", label)).split()[:MAX_TERMS]:
                where.append("instr(f.folded_label, ?) > 0")
                params.append(word)
        if doc_id is not None:
            if not _valid_id(doc_id):
                return []
            where.append("f.doc_id=?")
            params.append(doc_id)
        sql = (
            "SELECT f.doc_id, d.title, COALESCE(d.date, CAST(d.year AS TEXT)), f.kind, f.label, f.value, f.value_high, "
            'f.unit, f.qualifier, f.text, f.start, f."end", f.sentence_start, f.sentence_end, f.data '
            "FROM facts f JOIN documents d ON d.id=f.doc_id"
        )
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY f.doc_id, f.start, f.id"
        if limit is not None:
            sql += f" LIMIT {max(0, min(int(limit), MAX_ID))}"
        out = []
        text_of: dict[int, str] = {}
        for (
            doc,
            title,
            date,
            kind,
            lab,
            value,
            high,
            unit,
            qualifier,
            text,
            start,
            end,
            s_start,
            s_end,
            data,
        ) in self._all(sql, params):
            sentence = ""
            if s_start is not None:
                if doc not in text_of:
                    text_of = {doc: self.text(doc)}  # rows come by document: one text at a time
                sentence = text_of[doc][s_start:s_end]
            fact = fact_from_columns(kind, lab, value, high, unit, qualifier, text, start, end, data, sentence)
            out.append(LibraryFact(doc, title, date, fact, s_start, s_end))
        return out

    # -- the team's glossary ---------------------------------------------------------------------
    def glossary(self) -> list[GlossaryEntry]:
        """Every entry of the library's glossary, by term."""
        return [
            GlossaryEntry(*r)
            for r in self._all("SELECT term, english, kind, note, updated_at FROM glossary ORDER BY term")
        ]

    def save_glossary(self, entries: list[GlossaryEntry]) -> None:
        """Add or replace entries (one per term, whatever its script), in one transaction."""
        import time

        from .folds import fold_query

        self.require_writable()
        now = time.time()
        with self.transaction():
            for e in entries:
                self.execute(
                    "INSERT INTO glossary(folded, term, english, kind, note, updated_at) VALUES (?,?,?,?,?,?) "
                    "ON CONFLICT(folded) DO UPDATE SET term=excluded.term, english=excluded.english, kind=excluded.kind, "
                    "note=excluded.note, updated_at=excluded.updated_at",
                    (fold_query(e.term.strip()), e.term.strip(), e.english.strip(), e.kind, e.note, now),
                )

    def remove_glossary(self, terms: list[str]) -> None:
        """Remove the entries of ``terms`` (either script)."""
        from .folds import fold_query

        self.require_writable()
        with self.transaction():
            for term in terms:
                self.execute("DELETE FROM glossary WHERE folded=?", (fold_query(term.strip()),))


def _valid_id(value) -> bool:
    return isinstance(value, int) and 0 < value <= MAX_ID


def is_url(location) -> bool:
    """True for a server library's URL (``postgresql://…``, ``postgres://…``)."""
    return (
        isinstance(location, str)
        and location.split("://", 1)[0].lower() in ("postgresql", "postgres")
        and "://" in location
    )
