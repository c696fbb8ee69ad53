"""The embedded store: one SQLite file, FTS5 trigrams for words of three characters or more.

One writer (the indexer, in a ``fact-browser library add`` process) and any number of readers
(the library window, the CLI) share the file; WAL lets them read while it writes. Words of one
or two characters, which a trigram index cannot answer, are found with ``instr`` over the stored
folds (measured in ``benchmarks/bench_library.py``).

Opening never changes a library it should not: the format is read first through a read-only
connection. A newer format opens read-only (when it says this version may read it) or not at
all; a read-only file opens read-only; an older format is migrated; a file that is not a
library, or a damaged one, is a :class:`LibraryError` that says so and how to go on.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from .errors import LibraryDamaged, LibraryError, LibraryFull, LibraryInterrupted, LibraryNewer, LibraryReadOnly
from .schema import REQUIRED, TABLES, statements
from .store import READABLE_BY, SCHEMA_VERSION, Library

_SQLITE_TABLES = (
    TABLES.format(id="INTEGER PRIMARY KEY", real="REAL")
    + """
CREATE TABLE IF NOT EXISTS texts (
    doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    text TEXT NOT NULL, folded TEXT NOT NULL, phrased TEXT NOT NULL
);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(folded, phrased, content='texts', content_rowid='doc_id', tokenize='trigram');
"""
)
_HEADER = b"SQLite format 3\x00"
#: The oldest format this version reads as it is (older ones are rebuilt from their sources).
MIGRATES_IN_PLACE = 2
#: A quick_check on open up to this size (measured: ~0.1 s for the 72 reports' 60 MB library);
#: larger files are checked when an error says something is wrong.
QUICK_CHECK_BYTES = 256 * 1024 * 1024


class SqliteLibrary(Library):
    kind = "sqlite"

    def __init__(self, location, *, create: bool = False) -> None:
        super().__init__(location)
        self.path = Path(location).expanduser()
        self.location = str(self.path)
        self.name = self.path.name
        self.con = _open(self, create)

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
            missing = _missing_tables(self.con)
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


# -- opening ---------------------------------------------------------------------------------------
def _open(lib: SqliteLibrary, create: bool) -> sqlite3.Connection:
    path = lib.path
    try:
        info = path.stat()
    except FileNotFoundError:
        if not create:
            raise LibraryError(
                f"There is no library at “{path}”; build one with: fact-browser library add PATH.",
                "library_missing",
                str(path),
            ) from None
        return _create(lib)
    except OSError as err:
        raise LibraryError(
            f"The library “{path.name}” cannot be opened: {err.strerror or err}.",
            "library_unreadable",
            path.name,
            err.strerror or str(err),
        ) from None
    if not stat.S_ISREG(info.st_mode):
        raise LibraryError(
            f"“{path.name}” is not a library Fact Browser can open (it is not a regular file).",
            "not_library",
            path.name,
        )
    if info.st_size and not _has_sqlite_header(path):
        raise LibraryError(
            f"“{path.name}” is not a library Fact Browser can open: it is not a database.", "not_library", path.name
        )
    if info.st_size == 0:
        return _create(lib) if create and os.access(path, os.W_OK) else _not_a_library(path)
    version, made_by, readable_by = _read_format(lib)
    if version == 0:  # an empty database: another writer is creating it, or one stopped before it could
        return _create(lib) if create and os.access(path, os.W_OK) else _not_a_library(path)
    lib.schema = version
    if version > SCHEMA_VERSION:
        newer = LibraryNewer(path.name, made_by, version, SCHEMA_VERSION, readable=readable_by <= SCHEMA_VERSION)
        if not newer.readable:
            raise newer
        lib.set_read_only(f"it was made by a newer Fact Browser (library format {version})", str(newer))
    elif not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        lib.set_read_only("its file or folder is read-only")
    try:
        con = _connect(path, read_only=lib.read_only)
    except LibraryReadOnly as err:  # a read-only mount, an immutable file: what os.access cannot tell root
        lib.set_read_only(err.why)
        con = _connect(path, read_only=True)
    lib.con = con
    if lib.read_only and version < MIGRATES_IN_PLACE:
        con.close()
        raise LibraryReadOnly(
            path.name, f"it is of an old format ({version}) that must be rebuilt, and its file is read-only"
        )
    _check(lib, info.st_size)
    if not lib.read_only and version < SCHEMA_VERSION:
        _migrate(lib, version)
    return con


def _create(lib: SqliteLibrary) -> sqlite3.Connection:
    try:
        lib.path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise LibraryError(
            f"The library “{lib.name}” cannot be created: {err.strerror or err}.",
            "library_create",
            lib.name,
            err.strerror or str(err),
        ) from None
    con = _connect(lib.path, read_only=False)
    lib.con = con
    with lib.transaction():
        for statement in statements(_SQLITE_TABLES):
            lib.execute(statement)
        _stamp(lib)
    return con


def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    try:
        if read_only:
            con = _read_only_connection(path)
            con.execute("PRAGMA query_only=ON")
        else:
            con = sqlite3.connect(path, timeout=30, isolation_level=None, check_same_thread=False)
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=NORMAL")
        con.execute("PRAGMA foreign_keys=ON")
        return con
    except sqlite3.DatabaseError as err:
        code = getattr(err, "sqlite_errorcode", 0) & 0xFF
        if not read_only and code in (sqlite3.SQLITE_READONLY, sqlite3.SQLITE_CANTOPEN):
            raise LibraryReadOnly(path.name, "its file or folder is read-only") from None
        if code == sqlite3.SQLITE_CANTOPEN:
            raise LibraryError(
                f"The library “{path.name}” cannot be opened: {err}.", "library_unreadable", path.name, str(err)
            ) from None
        raise LibraryDamaged(str(path), path.name, str(err)) from None


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that cannot change the file and, when no other program has it open (no
    ``-wal`` file beside it), leaves no trace at all: SQLite's ``immutable`` mode creates no
    ``-wal`` or ``-shm`` files. With a ``-wal`` present its pages are read through ``mode=ro``."""
    uri = path.resolve().as_uri()
    wal = path.with_name(path.name + "-wal")
    if not wal.exists():
        return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, check_same_thread=False)
    try:
        con = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=30, isolation_level=None, check_same_thread=False)
        con.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
        return con
    except sqlite3.OperationalError:
        # No right to create the -shm file beside it: nobody with our rights can write it either.
        return sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, check_same_thread=False)


def _read_format(lib: SqliteLibrary) -> tuple[int, str, int]:
    """``(format, version of Fact Browser that wrote it, oldest format that may read it)``, read
    through a read-only connection so that nothing is written before we know we may; format 0
    for a database without a table."""
    path = lib.path
    try:
        con = _read_only_connection(path)
    except sqlite3.Error as err:
        raise LibraryDamaged(str(path), path.name, str(err)) from None
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return 0, "", 0
        if "meta" not in tables:
            if "documents" in tables and "sources" in tables:
                raise LibraryDamaged(str(path), path.name, "its table of versions is missing")
            raise _not_a_library(path, error=True)
        meta = dict(con.execute("SELECT key, value FROM meta"))
    except sqlite3.Error as err:
        raise LibraryDamaged(str(path), path.name, str(err)) from None
    finally:
        con.close()
    raw = meta.get("schema")
    if raw is None:
        raise LibraryDamaged(str(path), path.name, "it does not say which format it is")
    try:
        version = int(str(raw).strip())
        readable_by = int(meta.get("readable_by", version))
    except ValueError:
        raise LibraryDamaged(str(path), path.name, f"its format “{str(raw)[:20]}” is not a number") from None
    if version < 1:
        raise LibraryDamaged(str(path), path.name, f"its format “{version}” is not one Fact Browser ever wrote")
    return version, meta.get("written_by", ""), readable_by


def _check(lib: SqliteLibrary, size: int) -> None:
    """Cheap checks on open: the tables are there, their counts agree, and a quick_check when small."""
    con = lib.con
    try:
        missing = _missing_tables(con)
        if missing and lib.schema >= SCHEMA_VERSION:
            raise lib.damaged(f"its {', '.join(missing)} {'table is' if len(missing) == 1 else 'tables are'} missing")
        if "fts" in missing or "texts" in missing or "documents" in missing:
            raise lib.damaged(f"its {', '.join(missing)} table is missing")
        if size <= QUICK_CHECK_BYTES:
            result = con.execute("PRAGMA quick_check").fetchone()[0]
            if result != "ok":
                raise lib.damaged(result.splitlines()[0][:120])
        docs, texts, facts, counted, orphans = con.execute(
            "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM texts), (SELECT COUNT(*) FROM facts), "
            "(SELECT COALESCE(SUM(fact_count), 0) FROM documents), "
            "(SELECT COUNT(*) FROM documents WHERE source_id NOT IN (SELECT id FROM sources))"
        ).fetchone()
        if docs != texts:
            raise lib.damaged(f"{abs(docs - texts)} of its documents have lost their text")
        if facts != counted:
            raise lib.damaged(f"{abs(facts - counted)} facts are missing or left over")
        if orphans:
            raise lib.damaged(f"{orphans} documents have lost the folder or corpus they came from")
    except sqlite3.Error as err:
        raise lib.translate(err) from None


def _missing_tables(con) -> list[str]:
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return [t for t in (*REQUIRED, "fts") if t not in names]


def _migrate(lib: SqliteLibrary, version: int) -> None:
    """Bring an older library up to this format, in one transaction."""
    with lib.transaction():
        for statement in statements(_SQLITE_TABLES):
            lib.execute(statement)
        if version < 2:
            # The fold recipe changed: the documents are read again from their sources.
            lib.execute("INSERT INTO fts(fts) VALUES ('delete-all')")
            lib.execute("DELETE FROM documents")
            lib.execute("UPDATE sources SET complete=0, mtime_ns=NULL, size=NULL")
        # 2 -> 3: facts keep every field in ``data`` (format-2 rows read as they are), a glossary.
        _stamp(lib)
    lib.schema = SCHEMA_VERSION


def _stamp(lib: Library) -> None:
    from ... import __version__

    for key, value in (("schema", SCHEMA_VERSION), ("readable_by", READABLE_BY), ("written_by", __version__)):
        lib.execute(
            "INSERT INTO meta VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value", (key, str(value))
        )


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


def _has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(len(_HEADER)) == _HEADER
    except OSError:
        return False


def _not_a_library(path: Path, error: bool = False):
    err = LibraryError(
        f"“{path.name}” is not a library Fact Browser can open: it holds no library.", "not_library", path.name
    )
    if error:
        return err
    raise err
