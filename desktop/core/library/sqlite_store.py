"""The embedded store: one SQLite file, FTS5 trigrams for words of three characters or more.

One writer (the indexer, in a ``fact-browser library add`` process) and any number of readers
(the library window, the CLI) share the file; WAL lets them read while it writes. Words of one
or two characters, which a trigram index cannot answer, are found with ``instr`` over the stored
folds (measured in ``benchmarks/bench_library.py``).

Here: the open store's primitives and transactions, SQLite's errors in the words a user reads
(:meth:`SqliteLibrary.translate`) and the queries SQLite answers its own way. Opening the file
(its format read first, checked, created or migrated) is :mod:`.sqlite_file`.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from .errors import LibraryError, LibraryFull, LibraryInterrupted, LibraryReadOnly
from .sqlite_file import missing_tables, open_file
from .store import Library


class SqliteLibrary(Library):
    kind = "sqlite"

    def __init__(self, location, *, create: bool = False) -> None:
        super().__init__(location)
        self.path = Path(location).expanduser()
        self.location = str(self.path)
        self.name = self.path.name
        self.con = open_file(self, create)

    # -- the store's primitives -------------------------------------------------------------------
    def _all(self, sql: str, params=()) -> list[tuple]:
        try:
            return self.con.execute(sql, params).fetchall()
        except sqlite3.Error as err:
            raise self.translate(err) from None

    def execute(self, sql: str, params=()):
        try:
            return self.con.execute(sql, params)
        except sqlite3.Error as err:
            raise self.translate(err) from None

    def executemany(self, sql: str, rows) -> None:
        try:
            self.con.executemany(sql, rows)
        except sqlite3.Error as err:
            raise self.translate(err) from None

    def transaction(self) -> "_Transaction":
        return _Transaction(self)

    def snapshot(self) -> "_Transaction":
        # A deferred transaction in WAL mode reads one snapshot and blocks no writer.
        return _Transaction(self, "BEGIN")

    def _change_token(self):
        return self._one("PRAGMA data_version")[0]

    def translate(self, err: sqlite3.Error) -> LibraryError:
        """An SQLite error as the sentence a user reads (disk full, read-only, busy, damaged)."""
        code = getattr(err, "sqlite_errorcode", 0) & 0xFF
        text = str(err)
        if code == sqlite3.SQLITE_INTERRUPT:
            return LibraryInterrupted(self.name)
        if code == sqlite3.SQLITE_FULL or "disk is full" in text:
            return LibraryFull(0)
        if code == sqlite3.SQLITE_IOERR:
            if _no_room(self.path):
                return LibraryFull(0)
            return LibraryError(
                f"The library “{self.name}” could not be written to disk ({text}); the disk may be failing.",
                "library_io",
                self.name,
                text,
            )
        if code == sqlite3.SQLITE_READONLY:
            return LibraryReadOnly(self.name, "its file or folder is read-only")
        if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return LibraryError(
                f"The library “{self.name}” is busy: another program is writing to it. Try again in a moment.",
                "library_busy",
                self.name,
            )
        if (
            code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)
            or isinstance(err, sqlite3.DatabaseError)
            and not isinstance(err, sqlite3.OperationalError)
        ):
            return self.damaged(text)
        if "no such table" in text or "no such column" in text:
            return self.damaged(text.replace("no such", "missing"))
        return LibraryError(f"The library “{self.name}” could not be read: {text}.", "library_error", self.name, text)

    def documents_with(self, variants: list[str], within: set[int] | None, phrase_chars: set[str]) -> set[int]:
        if all(len(v) >= 3 for v in variants):
            match = " OR ".join('"' + v.replace('"', '""') + '"' for v in variants)
            return {r[0] for r in self._all("SELECT rowid FROM fts WHERE fts MATCH ?", (match,))}
        # One or two characters: a trigram index cannot answer; scan the stored folds (measured:
        # bench_library). The phrase-level fold is scanned only for a word it could change.
        conds, params = [], []
        for v in variants:
            conds.append("instr(folded, ?) > 0")
            params.append(v)
            if not phrase_chars.isdisjoint(v):
                conds.append("instr(phrased, ?) > 0")
                params.append(v)
        cond = " OR ".join(conds)
        if within is not None and len(within) < 900:
            ids = sorted(within)
            sql = f"SELECT doc_id FROM texts WHERE doc_id IN ({','.join('?' * len(ids))}) AND ({cond})"
            return {r[0] for r in self._all(sql, ids + params)}
        return {r[0] for r in self._all(f"SELECT doc_id FROM texts WHERE {cond}", params)}

    def writer(self, names: bool = True):
        from .writer import SqliteWriter

        self.require_writable()
        return SqliteWriter(self, names)

    def integrity(self) -> str:
        """SQLite's ``integrity_check``, the tables, and the full-text index against the texts."""
        try:
            result = self.con.execute("PRAGMA integrity_check").fetchone()[0]
            if result != "ok":
                return result
            missing = missing_tables(self.con)
            if missing:
                return f"missing tables: {', '.join(missing)}"
            if not self.read_only:  # FTS5 checks its index against the texts by writing a command row
                self.con.execute("INSERT INTO fts(fts, rank) VALUES ('integrity-check', 1)")
        except sqlite3.Error as err:
            return str(err)
        return "ok"

    def close(self) -> None:
        self.con.close()

    def interrupt(self) -> None:
        try:
            self.con.interrupt()  # sqlite3_interrupt: safe from any thread, a no-op when nothing runs
        except sqlite3.ProgrammingError:
            pass  # closed meanwhile: nothing is running


class _Transaction:
    """``with library.transaction():`` — BEGIN IMMEDIATE … COMMIT, ROLLBACK on any exception."""

    def __init__(self, library: SqliteLibrary, begin: str = "BEGIN IMMEDIATE") -> None:
        self.library = library
        self.begin = begin

    def __enter__(self):
        self.library.execute(self.begin)
        return self.library

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.library.execute("COMMIT")
        elif self.library.con.in_transaction:
            try:
                self.library.con.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite rolled back already (a full disk does)


def _no_room(path: Path) -> bool:
    """Whether a write failed for want of room: the disk (nearly) full, or a file-size limit
    (``ulimit -f``) reached by the library or its write-ahead log. SQLite reports both as an I/O error."""
    try:
        st = os.statvfs(path.parent)
        if st.f_bavail * st.f_frsize < 4 * 1024 * 1024:
            return True
        import resource

        limit = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
        if limit != resource.RLIM_INFINITY:
            sizes = [p.stat().st_size for p in (path, path.with_name(path.name + "-wal")) if p.exists()]
            return any(size + 1024 * 1024 >= limit for size in sizes)
    except (OSError, ImportError, ValueError):
        pass
    return False
