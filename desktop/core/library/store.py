"""The library database: documents, their facts and a full-text index in one SQLite file.

One writer (the indexer, in a worker or a ``fact-browser library add``
process) and any number of readers (the library window, the CLI) share the
file; WAL lets them read while it writes. Every document is written in its own
transaction, so a process killed at any moment leaves whole documents only and
the next run continues where it stopped.

Text offsets stored here (fact ``start``/``end``, sentence spans) are
half-open character offsets into the document's ``Article.text``, which is
stored too (``texts``), so a hit or a fact opens the reader at the right place.

Search is script-blind: ``folded`` is ``ScriptFold.chars`` of the text (one
character for one character, so an offset into it is an offset into the
text); ``phrased`` is the phrase-level fold where it differs (計畫 → 计划).
Both go into an FTS5 trigram index for words of three characters or more;
shorter words are found with ``instr`` over the same stored folds (measured
in ``benchmarks/bench_library.py``).
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..loading import LoadError

#: Bump when the schema or the fold recipe changes; an older file is rebuilt from its sources.
SCHEMA_VERSION = 2  # 2: phrase_chars

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,      -- absolute path of a folder or a .jsonl corpus
    kind TEXT NOT NULL,             -- 'folder' or 'jsonl'
    mtime_ns INTEGER, size INTEGER, -- of a .jsonl file when it was last indexed completely
    complete INTEGER NOT NULL DEFAULT 0,
    added_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    key TEXT NOT NULL UNIQUE,       -- file path, or corpus path + '#' + record id
    path TEXT,                      -- the file (or the corpus) the document comes from
    corpus_id TEXT,                 -- the record's id (or url, or line number) in a corpus
    title TEXT NOT NULL,
    date TEXT,                      -- ISO date when known
    year INTEGER,
    url TEXT,
    length INTEGER NOT NULL,        -- characters of Article.text
    hash TEXT NOT NULL,             -- of the bytes (file) or the record's fields (corpus)
    mtime_ns INTEGER, size INTEGER,
    fact_count INTEGER NOT NULL,
    sections INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_source ON documents(source_id);
CREATE TABLE IF NOT EXISTS texts (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL, folded TEXT NOT NULL, phrased TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS facts (
    id INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL, label TEXT NOT NULL, folded_label TEXT NOT NULL,
    value REAL, value_high REAL,    -- numbers; a range is [value, value_high]
    unit TEXT, qualifier TEXT, text TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    sentence_start INTEGER, sentence_end INTEGER,
    data TEXT NOT NULL              -- every field of the Fact as JSON (new fields land here)
);
CREATE INDEX IF NOT EXISTS facts_doc ON facts(doc_id);
CREATE INDEX IF NOT EXISTS facts_kind ON facts(kind);
-- Characters the phrase-level fold writes where the character fold wrote another (计划 for 計畫
-- gives 划): a query without any of them finds nothing in "phrased" that "folded" lacks.
CREATE TABLE IF NOT EXISTS phrase_chars (ch TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS failures (
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    path TEXT NOT NULL, reason TEXT NOT NULL, PRIMARY KEY (source_id, path)
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(folded, phrased, content='texts', content_rowid='doc_id', tokenize='trigram');
"""


class LibraryError(LoadError):
    """A library cannot be opened or a source cannot be added; ``str(err)`` is a sentence for the user.

    A kind of :class:`LoadError`, so every caller that reports load errors reports these too."""


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """One document of the library (no text; see :meth:`Library.text`)."""

    id: int
    key: str
    path: str | None
    corpus_id: str | None
    title: str
    date: str | None
    year: int | None
    url: str | None
    length: int
    fact_count: int
    source: str

    def as_dict(self) -> dict:
        return {name: getattr(self, name) for name in self.__slots__}


def connect(path: Path | str) -> sqlite3.Connection:
    """Open (creating) the database at ``path`` in WAL mode with foreign keys on."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        con = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
        con.execute("PRAGMA journal_mode=WAL")
        con.execute("PRAGMA synchronous=NORMAL")
        con.execute("PRAGMA foreign_keys=ON")
        con.executescript(_SCHEMA)
    except sqlite3.DatabaseError as err:
        raise LibraryError(f"“{path.name}” is not a library Fact Browser can open: {err}.") from None
    except OSError as err:
        raise LibraryError(f"The library “{path.name}” cannot be created: {err.strerror or err}.") from None
    version = con.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    if version is None:
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
    elif int(version[0]) != SCHEMA_VERSION:
        # An older layout: forget its documents; the sources stay and are re-read.
        with transaction(con):
            con.execute("INSERT INTO fts(fts) VALUES ('delete-all')")
            con.execute("DELETE FROM documents")
            con.execute("UPDATE sources SET complete=0, mtime_ns=NULL, size=NULL")
            con.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
    return con


class transaction:
    """``with transaction(con):`` — BEGIN IMMEDIATE … COMMIT, ROLLBACK on any exception."""

    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def __enter__(self) -> sqlite3.Connection:
        self.con.execute("BEGIN IMMEDIATE")
        return self.con

    def __exit__(self, exc_type, exc, tb) -> None:
        self.con.execute("COMMIT" if exc_type is None else "ROLLBACK")


class Library:
    """Read access to one library file (the indexer writes through :mod:`.indexer`)."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        self.con = connect(self.path)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Library":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def sources(self) -> list[dict]:
        rows = self.con.execute(
            "SELECT s.id, s.path, s.kind, s.complete, (SELECT COUNT(*) FROM documents d WHERE d.source_id=s.id) "
            "FROM sources s ORDER BY s.id").fetchall()
        return [{"id": r[0], "path": r[1], "kind": r[2], "complete": bool(r[3]), "documents": r[4]} for r in rows]

    def failures(self) -> list[dict]:
        rows = self.con.execute("SELECT path, reason FROM failures ORDER BY path").fetchall()
        return [{"path": p, "reason": r} for p, r in rows]

    def documents(self) -> list[DocumentRow]:
        """Every document, newest first (undated ones last, by title)."""
        rows = self.con.execute(
            "SELECT d.id, d.key, d.path, d.corpus_id, d.title, d.date, d.year, d.url, d.length, d.fact_count, s.path "
            "FROM documents d JOIN sources s ON s.id=d.source_id "
            "ORDER BY COALESCE(d.date, CAST(d.year AS TEXT)) IS NULL, COALESCE(d.date, CAST(d.year AS TEXT)) DESC, d.title").fetchall()
        return [DocumentRow(*r) for r in rows]

    def document(self, doc_id: int) -> DocumentRow | None:
        r = self.con.execute(
            "SELECT d.id, d.key, d.path, d.corpus_id, d.title, d.date, d.year, d.url, d.length, d.fact_count, s.path "
            "FROM documents d JOIN sources s ON s.id=d.source_id WHERE d.id=?", (doc_id,)).fetchone()
        return DocumentRow(*r) if r else None

    def phrase_chars(self) -> set[str]:
        """See the ``phrase_chars`` table: characters only the phrase-level fold produces."""
        return {r[0] for r in self.con.execute("SELECT ch FROM phrase_chars")}

    def ranks(self) -> dict[int, tuple[int, str | None, str]]:
        """Document id → (position newest first, date, title); cached until the file changes."""
        version = self.con.execute("PRAGMA data_version").fetchone()[0], self.count()
        if getattr(self, "_ranks_version", None) != version:
            rows = self.con.execute(
                "SELECT id, COALESCE(date, CAST(year AS TEXT)), title FROM documents "
                "ORDER BY COALESCE(date, CAST(year AS TEXT)) IS NULL, COALESCE(date, CAST(year AS TEXT)) DESC, title").fetchall()
            self._ranks = {doc: (i, when, title) for i, (doc, when, title) in enumerate(rows)}
            self._ranks_version = version
        return self._ranks

    def count(self) -> int:
        return self.con.execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def text(self, doc_id: int) -> str:
        """The document's ``Article.text`` (every stored offset indexes into it)."""
        row = self.con.execute("SELECT text FROM texts WHERE doc_id=?", (doc_id,)).fetchone()
        return row[0] if row else ""

    def facts(self, *, kinds: list[str] | None = None, label: str | None = None, doc_id: int | None = None,
              limit: int | None = None) -> list[dict]:
        """Facts across documents as dicts (every stored field plus ``doc_id``, ``title``, ``date``).

        ``label`` matches script-blind inside the label (``國防預算`` finds 国防预算).
        """
        where, params = [], []
        if kinds:
            where.append(f"f.kind IN ({','.join('?' * len(kinds))})")
            params.extend(kinds)
        if label:
            from .folds import fold_query

            for word in fold_query(label).split():
                where.append("instr(f.folded_label, ?) > 0")
                params.append(word)
        if doc_id is not None:
            where.append("f.doc_id=?")
            params.append(doc_id)
        sql = ('SELECT f.doc_id, d.title, COALESCE(d.date, CAST(d.year AS TEXT)), f.kind, f.label, f.value, f.value_high, '
               'f.unit, f.qualifier, f.text, f.start, f."end", f.sentence_start, f.sentence_end, f.data FROM facts f '
               "JOIN documents d ON d.id=f.doc_id")
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY f.doc_id, f.start"
        if limit:
            sql += f" LIMIT {int(limit)}"
        out = []
        text_of: dict[int, str] = {}
        for doc, title, date, kind, lab, value, high, unit, qualifier, text, start, end, s_start, s_end, data in self.con.execute(sql, params):
            record = {"kind": kind, "text": text, "start": start, "end": end, "value": _number(value, high),
                      "unit": unit, "qualifier": qualifier, "label": lab}
            record.update(json.loads(data))
            if "sentence" not in record:
                if doc not in text_of:
                    text_of = {doc: self.text(doc)}  # rows come by document: one text at a time
                record["sentence"] = text_of[doc][s_start:s_end] if s_start is not None else ""
            record.update(doc_id=doc, title=title, date=date, sentence_start=s_start, sentence_end=s_end)
            out.append(record)
        return out

    def integrity(self) -> str:
        return self.con.execute("PRAGMA integrity_check").fetchone()[0]


def _number(value, high):
    """A stored number as the extractor gave it: int when whole, ``[low, high]`` for a range."""
    if value is None:
        return None
    nums = [int(v) if float(v).is_integer() else v for v in ((value,) if high is None else (value, high))]
    return nums[0] if high is None else nums
