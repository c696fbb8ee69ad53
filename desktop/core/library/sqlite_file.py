"""The SQLite library's file: opened only once it is known to be a library of a format this
version reads (through a read-only connection first, so nothing is written before we know we
may), created when asked to, checked cheaply on open, migrated from an older format.

A newer format opens read-only (when it says this version may read it) or not at all; a
read-only file opens read-only; an older format is migrated; a file that is not a library, or a
damaged one, is a :class:`LibraryError` that says so and how to go on. The open store, its
queries and the translation of SQLite's errors are :mod:`.sqlite_store`.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from .errors import LibraryDamaged, LibraryError, LibraryNewer, LibraryReadOnly
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


def open_file(lib: Library, create: bool) -> sqlite3.Connection:
    """The connection to ``lib``'s file (created when ``create`` and absent or empty), after its
    format and tables were checked; an older format is migrated, a newer one opens read-only or
    not at all (``lib.read_only`` and ``lib.schema`` are set here)."""
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


def _create(lib: Library) -> sqlite3.Connection:
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


def _read_format(lib: Library) -> tuple[int, str, int]:
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


def _check(lib: Library, size: int) -> None:
    """Cheap checks on open: the tables are there, their counts agree, and a quick_check when small."""
    con = lib.con
    try:
        missing = missing_tables(con)
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


def missing_tables(con) -> list[str]:
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    return [t for t in (*REQUIRED, "fts") if t not in names]


def _migrate(lib: Library, version: int) -> None:
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
