"""The CC-CEDICT SQLite index in the cache directory: check it, or build it.

The index is one read-only file, ``cedict.sqlite3``. Its ``meta`` table
records the version it was built for (the schema version plus the source
file's header date, size and mtime) and what it was built from: the number
of entries and the SHA-256 of the source file. A missing, damaged, truncated
or out-of-date file is rebuilt, and so is one whose rows no longer number
what was written (``DELETE FROM entry`` made every word "not in CC-CEDICT"
for ever) or whose source file has other bytes than it was built from. Building writes a private temp file in the same
directory and renames it over the index, so two processes building at once
each install a complete index and a reader never sees a half-written one.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from .cedict import CedictEdition, GlossaryError, read_entries

#: Bump when the tables or what goes into them change: every index is rebuilt.
#: 2: meta records the source's SHA-256 (``source_sha256``).
SCHEMA_VERSION = 2
INDEX_FILENAME = "cedict.sqlite3"
_BUILD_SUFFIX = ".building"
# A build takes about half a second; a temp file this old belongs to a process that died.
_ABANDONED_AFTER_S = 600
_PROGRESS_CHUNK = 10_000

Progress = Callable[[int, int], None]

_SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE entry(
    id INTEGER PRIMARY KEY,          -- line order in the source: the order readers see
    traditional TEXT NOT NULL,
    simplified TEXT NOT NULL,
    pinyin TEXT NOT NULL,            -- numbered, as in the source: shang1 quan1
    senses TEXT NOT NULL             -- sense/sense/sense
);
"""
# Indexes are created after the bulk insert: sorting once is faster than growing B-trees.
_INDEXES = """
CREATE INDEX entry_simplified ON entry(simplified);
CREATE INDEX entry_traditional ON entry(traditional);
"""


def index_version(edition: CedictEdition) -> str:
    """The version string an index built from ``edition`` by this code records."""
    return f"schema={SCHEMA_VERSION};{edition.fingerprint}"


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes or locks: an index file is replaced, never modified.

    ``check_same_thread=False`` because the UI checks the index in a worker and
    looks words up on the main thread; callers serialise use with a lock.
    """
    uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True, check_same_thread=False)


def stored_version(path: Path, *, thorough: bool = False) -> str | None:
    """The version recorded in the index at ``path``, or None if it is missing or damaged.

    SQLite itself refuses a truncated file or one with a garbage header;
    ``thorough`` also runs its ``quick_check`` over every page, which finds
    garbage written into the middle and takes about 20 ms.
    """
    if not path.is_file():
        return None
    try:
        con = open_read_only(path)
        try:
            if thorough and con.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
                return None
            row = con.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:  # not a database, malformed, or no meta table
        return None
    return row[0] if row else None


def source_checksum(path: Path) -> str:
    """SHA-256 of the source file, hex (the bundled 3.8 MB file: about 4 ms)."""
    digest = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    except OSError as err:
        raise GlossaryError(f"The CC-CEDICT file {path} cannot be read: {err}") from err
    return digest.hexdigest()


def index_holds(path: Path, edition: CedictEdition) -> bool:
    """True when the index at ``path`` still is what it says: its version is the wanted one,
    every page checks, it holds as many entries as were written and was built from a file
    with the source's checksum. Opens the file read-only; about 25 ms."""
    if stored_version(path, thorough=True) != index_version(edition):
        return False
    try:
        con = open_read_only(path)
        try:
            meta = dict(con.execute("SELECT key, value FROM meta WHERE key IN ('entries', 'source_sha256')"))
            count = con.execute("SELECT count(*) FROM entry").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False
    return (
        meta.get("entries") == str(count) and count > 0 and meta.get("source_sha256") == source_checksum(edition.path)
    )


def build_index(edition: CedictEdition, target: Path, progress: Progress | None = None) -> Path:
    """Compile ``edition`` into an index at ``target`` (replacing what is there); returns ``target``.

    ``progress(done, total)`` is called with entry counts as rows are written;
    an exception it raises cancels the build and leaves ``target`` untouched.
    """
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        _remove_abandoned_builds(folder)
        fd, temp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=_BUILD_SUFFIX, dir=folder)
        os.close(fd)
    except OSError as err:
        raise GlossaryError(f"Cannot write the dictionary index in {folder}: {err}") from err
    temp = Path(temp_name)
    try:
        _write_index(edition, temp, progress)
        _install(temp, target, index_version(edition))
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return target


def _write_index(edition: CedictEdition, path: Path, progress: Progress | None) -> None:
    rows = read_entries(edition.path)
    if not rows:
        raise GlossaryError(f"The CC-CEDICT file {edition.path} has no dictionary entries.")
    total = len(rows)
    if progress:
        progress(0, total)
    con = sqlite3.connect(path, isolation_level=None)
    try:
        # Durability comes from the fsync + rename below; a crash mid-build leaves only a temp file.
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute("BEGIN")
        for statement in _statements(_SCHEMA):
            con.execute(statement)
        insert = "INSERT INTO entry(traditional, simplified, pinyin, senses) VALUES (?, ?, ?, ?)"
        for start in range(0, total, _PROGRESS_CHUNK):
            con.executemany(insert, rows[start : start + _PROGRESS_CHUNK])
            if progress:
                progress(min(start + _PROGRESS_CHUNK, total), total)
        for statement in _statements(_INDEXES):
            con.execute(statement)
        longest = max(max(len(t), len(s)) for t, s, _, _ in rows)
        con.executemany(
            "INSERT INTO meta(key, value) VALUES (?, ?)",
            [
                ("version", index_version(edition)),
                ("source_date", edition.date),
                ("entries", str(total)),
                ("source_sha256", source_checksum(edition.path)),
                ("longest_headword", str(longest)),
            ],
        )
        con.execute("COMMIT")
    finally:
        con.close()
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _install(temp: Path, target: Path, version: str) -> None:
    try:
        os.replace(temp, target)
    except PermissionError:
        # Windows refuses to replace a file another process has open. If that
        # process's index is already the one we built, keep it and drop ours.
        if stored_version(target) == version:
            temp.unlink(missing_ok=True)
            return
        raise GlossaryError(f"Cannot replace the dictionary index {target}: it is in use.") from None
    except OSError as err:
        raise GlossaryError(f"Cannot write the dictionary index {target}: {err}") from err


def _statements(script: str) -> list[str]:
    lines = (line.split("--", 1)[0] for line in script.splitlines())
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def _remove_abandoned_builds(folder: Path) -> None:
    cutoff = time.time() - _ABANDONED_AFTER_S
    for leftover in folder.glob(f"{INDEX_FILENAME}.*{_BUILD_SUFFIX}"):
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass  # another process removed it first, or it is in use
