"""The sentence-translation cache: SQLite in the user cache dir, safe across threads and processes.

One row per (provider, source language, target language, normalised
sentence). WAL lets readers carry on while the writer writes; every write is a
short ``BEGIN IMMEDIATE`` transaction under a busy timeout, so two app
instances (or a worker and the CLI) queue instead of failing with "database is
locked", and a process killed mid-write leaves the last committed state.

Threads: each thread gets its own connection (sqlite3 connections are not
shared); the app funnels writes through one writer thread, readers may be any
thread.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterable, Mapping
from pathlib import Path

from .texts import is_echo, is_implausibly_long, sentence_key

#: How long a writer waits for another process's write to finish, in milliseconds.
BUSY_TIMEOUT_MS = 10_000
SCHEMA_VERSION = 1
# SQLite's default limit on bound parameters is 32766; stay far below it.
_CHUNK = 500

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translation (
    provider    TEXT NOT NULL,
    source_lang TEXT NOT NULL,
    target_lang TEXT NOT NULL,
    sentence    TEXT NOT NULL,
    translation TEXT NOT NULL,
    created     REAL NOT NULL,
    PRIMARY KEY (provider, source_lang, target_lang, sentence)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS translation_by_sentence ON translation (sentence);
"""


def default_cache_path() -> Path:
    """``translations.sqlite3`` in the per-user cache directory (created on first write).

    The directory follows ``FACT_BROWSER_CACHE_DIR`` when set, like the dictionary index.
    """
    from ..paths import user_cache_dir

    return user_cache_dir() / "translations.sqlite3"


class TranslationCache:
    """Cached translations keyed by normalised sentence; see the module docstring for concurrency."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self._local = threading.local()
        self._all: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._ensure_schema()

    def __repr__(self) -> str:
        return f"TranslationCache({str(self.path)!r})"

    # -- reading -------------------------------------------------------------

    def get(self, sentence: str, *, provider: str, source: str = "zh", target: str = "en") -> str | None:
        """The cached English for ``sentence`` from ``provider``, or ``None``."""
        row = (
            self._conn()
            .execute(
                "SELECT translation FROM translation WHERE provider=? AND source_lang=? AND target_lang=? AND sentence=?",
                (provider, source, target, sentence_key(sentence)),
            )
            .fetchone()
        )
        return row[0] if row else None

    def get_many(
        self, sentences: Iterable[str], *, provider: str, source: str = "zh", target: str = "en"
    ) -> dict[str, str]:
        """``{sentence: english}`` for those of ``sentences`` in the cache, keyed by the text as passed in."""
        by_key: dict[str, list[str]] = {}
        for s in sentences:
            by_key.setdefault(sentence_key(s), []).append(s)
        keys = list(by_key)
        out: dict[str, str] = {}
        conn = self._conn()
        for i in range(0, len(keys), _CHUNK):
            part = keys[i : i + _CHUNK]
            marks = ",".join("?" * len(part))
            rows = conn.execute(
                f"SELECT sentence, translation FROM translation WHERE provider=? AND source_lang=? AND target_lang=? AND sentence IN ({marks})",
                (provider, source, target, *part),
            )
            for key, english in rows:
                for original in by_key[key]:
                    out[original] = english
        return out

    def get_any_many(
        self, sentences: Iterable[str], *, source: str = "zh", target: str = "en", prefer: str | None = None
    ) -> dict[str, tuple[str, str]]:
        """``{sentence: (provider, english)}`` from whichever provider cached English for it
        (``prefer`` first, then the most recent): offline, any English beats none."""
        by_key: dict[str, list[str]] = {}
        for s in sentences:
            by_key.setdefault(sentence_key(s), []).append(s)
        keys = list(by_key)
        out: dict[str, tuple[str, str]] = {}
        conn = self._conn()
        for i in range(0, len(keys), _CHUNK):
            part = keys[i : i + _CHUNK]
            marks = ",".join("?" * len(part))
            rows = conn.execute(
                f"SELECT sentence, provider, translation FROM translation WHERE source_lang=? AND target_lang=? "
                f"AND sentence IN ({marks}) ORDER BY provider = ? DESC, created DESC",
                (source, target, *part, prefer or ""),
            )
            for key, provider, english in rows:
                for original in by_key[key]:
                    out.setdefault(original, (provider, english))
        return out

    def __len__(self) -> int:
        return self._conn().execute("SELECT count(*) FROM translation").fetchone()[0]

    # -- writing -------------------------------------------------------------

    def put(
        self, sentence: str, translation: str | None, *, provider: str, source: str = "zh", target: str = "en"
    ) -> bool:
        """Store one translation; returns False (and stores nothing) for an empty, ``None`` or echoed one."""
        return self.put_many({sentence: translation}, provider=provider, source=source, target=target) == 1

    def put_many(
        self, pairs: Mapping[str, str | None], *, provider: str, source: str = "zh", target: str = "en"
    ) -> int:
        """Store translations in one transaction; returns how many were stored (echoes and blanks are skipped)."""
        now = time.time()
        rows = [
            (provider, source, target, sentence_key(s), t.strip(), now)
            for s, t in pairs.items()
            if sentence_key(s) and not is_echo(s, t) and not is_implausibly_long(s, t)
        ]
        if rows:
            self._write("INSERT OR REPLACE INTO translation VALUES (?, ?, ?, ?, ?, ?)", rows)
        return len(rows)

    def forget(self, *sentences: str, provider: str | None = None) -> int:
        """Drop the cached English of ``sentences`` (from every provider unless one is named) so they are translated again."""
        keys = [(sentence_key(s),) for s in sentences]
        if provider is None:
            return self._write("DELETE FROM translation WHERE sentence=?", keys)
        return self._write("DELETE FROM translation WHERE sentence=? AND provider=?", [(k, provider) for (k,) in keys])

    def clear_document(self, sentences: Iterable[str]) -> int:
        """Forget every sentence of one document, for every provider; returns the rows removed."""
        return self.forget(*sentences)

    def clear_all(self) -> None:
        self._write("DELETE FROM translation", [()])
        # Give the space back: users clear the cache to reclaim disk.
        self._conn().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self._conn().execute("VACUUM")

    # -- health --------------------------------------------------------------

    def size_bytes(self) -> int:
        """Bytes on disk: the database plus its WAL and shared-memory files."""
        total = 0
        for suffix in ("", "-wal", "-shm"):
            p = self.path.with_name(self.path.name + suffix)
            if p.exists():
                total += p.stat().st_size
        return total

    def integrity_ok(self) -> bool:
        """True when ``PRAGMA integrity_check`` finds nothing wrong."""
        try:
            rows = self._conn().execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError:
            return False
        return rows == [("ok",)]

    def close(self) -> None:
        """Close every connection this cache opened (from any thread)."""
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()

    # -- internals -----------------------------------------------------------

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: transactions are opened explicitly with BEGIN IMMEDIATE.
            # check_same_thread=False only so close() may run on another thread.
            conn = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
            )
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable to the last checkpoint, never corrupt
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def _write(self, sql: str, rows: list[tuple]) -> int:
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            before = conn.total_changes
            conn.executemany(sql, rows)
            changed = conn.total_changes - before
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return changed

    def _ensure_schema(self) -> None:
        try:
            self._create()
        except sqlite3.DatabaseError:
            # Not a database (or damaged beyond use): it is only a cache, so start afresh.
            self.close()
            for suffix in ("", "-wal", "-shm"):
                p = self.path.with_name(self.path.name + suffix)
                if p.exists():
                    p.replace(p.with_name(p.name + ".broken"))
            self._create()

    def _create(self) -> None:
        conn = self._conn()
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version not in (0, SCHEMA_VERSION):
                conn.execute("DROP TABLE IF EXISTS translation")
            for statement in filter(str.strip, _SCHEMA.split(";")):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
