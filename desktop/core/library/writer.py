"""The one place that writes a library: one transaction per document, idempotent by content hash.

A document is written whole or not at all (its row, text, folds, index entries and facts in one
transaction), so a writer killed at any moment leaves whole documents only and the next run
continues. Keys are unique and a document already stored with the same content hash is left
as it is, so two writers adding overlapping folders store each document once. The SQL is
shared by both stores; each store says how a text enters and leaves its full-text index and
how writers of one key are kept apart.
"""

from __future__ import annotations

import time

from .records import FACT_COLUMNS, fact_columns

_FACT_INSERT = f"INSERT INTO facts(doc_id, {', '.join(FACT_COLUMNS)}) VALUES (?, {', '.join('?' * len(FACT_COLUMNS))})"


class LibraryWriter:
    """Writes through ``library`` (a :class:`Library` of the same store); ``names``: extract names too."""

    def __init__(self, library, names: bool = True) -> None:
        self.lib = library
        self.names = names
        self._labels: dict[str, str] = {}
        self._terms = None  # the library's glossary: its names count as known names (read on first write)

    # -- what each store provides ----------------------------------------------------------------
    def _insert_text(self, doc_id: int, text: str, folded: str, phrased: str) -> None:
        raise NotImplementedError

    def _delete_text(self, doc_id: int, folded: str | None, phrased: str | None) -> None:
        raise NotImplementedError

    def _lock(self, key: str) -> None:
        """Keep other writers of ``key`` out until this transaction ends."""

    def _atomic(self, body):
        """``body()`` in one transaction (a store may retry it, on a deadlock say)."""
        with self.lib.transaction():
            return body()

    # -- sources -----------------------------------------------------------------------------------
    def source(self, path: str, kind: str) -> int:
        """The id of the source ``path`` (a folder or a corpus), added when new."""
        with self.lib.transaction():
            self.lib.execute(
                "INSERT INTO sources(path, kind, added_at) VALUES (?, ?, ?) ON CONFLICT(path) DO NOTHING",
                (path, kind, time.time()),
            )
        return self.lib._one("SELECT id FROM sources WHERE path=?", (path,))[0]

    def source_state(self, source_id: int) -> tuple[bool, int | None, int | None]:
        """``(complete, mtime_ns, size)`` of a corpus when it was last indexed completely."""
        complete, mtime, size = self.lib._one("SELECT complete, mtime_ns, size FROM sources WHERE id=?", (source_id,))
        return bool(complete), mtime, size

    def set_source_state(
        self, source_id: int, complete: bool, mtime_ns: int | None = None, size: int | None = None
    ) -> None:
        with self.lib.transaction():
            if complete:
                self.lib.execute(
                    "UPDATE sources SET complete=1, mtime_ns=?, size=? WHERE id=?", (mtime_ns, size, source_id)
                )
            else:
                self.lib.execute("UPDATE sources SET complete=0 WHERE id=?", (source_id,))

    def stored(self, source_id: int) -> dict[str, tuple[int | None, int | None, str]]:
        """Key → (mtime_ns, size, hash) of the documents of a source."""
        return {
            k: (m, s, h)
            for k, m, s, h in self.lib._all(
                "SELECT key, mtime_ns, size, hash FROM documents WHERE source_id=?", (source_id,)
            )
        }

    def hash_of(self, key: str) -> str | None:
        """The content hash of the document stored under ``key`` by any source, or None."""
        row = self.lib._one("SELECT hash FROM documents WHERE key=?", (key,))
        return row[0] if row else None

    def count(self, source_id: int) -> int:
        return self.lib._one("SELECT COUNT(*) FROM documents WHERE source_id=?", (source_id,))[0]

    def failures_of(self, source_id: int) -> list[dict]:
        return [
            {"path": p, "reason": r}
            for p, r in self.lib._all("SELECT path, reason FROM failures WHERE source_id=? ORDER BY path", (source_id,))
        ]

    def clear_failures(self, source_id: int) -> None:
        with self.lib.transaction():
            self.lib.execute("DELETE FROM failures WHERE source_id=?", (source_id,))

    # -- the facts recipe --------------------------------------------------------------------------
    def forget_stale_facts(self, recipe: str) -> None:
        """Mark every document for reading again when its facts were made by another extractor."""
        row = self.lib._one("SELECT value FROM meta WHERE key='facts'")
        if row is not None and row[0] == recipe:
            return
        with (
            self.lib.transaction()
        ):  # one step: a kill before it ends leaves the old recipe, and the next run redoes it
            if row is not None:
                self.lib.execute("UPDATE documents SET hash='', mtime_ns=NULL")
                self.lib.execute("UPDATE sources SET complete=0")
            self.lib.execute(
                "INSERT INTO meta VALUES ('facts', ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value", (recipe,)
            )

    # -- documents ---------------------------------------------------------------------------------
    def restamp(self, key: str, mtime_ns: int, size: int) -> None:
        """A file touched but unchanged: remember its new mtime and size."""
        with self.lib.transaction():
            self.lib.execute("UPDATE documents SET mtime_ns=?, size=? WHERE key=?", (mtime_ns, size, key))

    def write(self, source_id: int, key: str, article, meta: dict) -> int | None:
        """Store ``article`` under ``key`` with its facts; returns how many facts, or None when the
        same content was already stored under ``key`` (by another writer, say)."""
        from ..facts import extract_facts
        from .folds import fold_text, script_fold

        if self._terms is None:
            from .glossary import Terms

            self._terms = Terms(self.lib.glossary())
        known = self._terms.known if self._terms else None
        facts = extract_facts(article, names=self.names, year=meta["year"], known=known)
        folded, phrased = fold_text(article.text)
        fold = script_fold().chars
        labels = self._labels  # a library repeats a few thousand labels: fold each once
        rows = [
            fact_columns(
                f,
                labels.get(f.label) or labels.setdefault(f.label, fold(f.label)),
                _sentence_span(f, article),
                article.text,
            ).values()
            for f in facts
        ]
        lib = self.lib

        def store() -> bool:
            self._lock(key)
            if self.hash_of(key) == meta["hash"]:
                return False
            self._delete(key)
            doc_id = lib._one(
                "INSERT INTO documents(source_id, key, path, corpus_id, title, date, year, url, length, hash, mtime_ns, size, "
                "fact_count, sections) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id",
                (
                    source_id,
                    key,
                    meta["path"],
                    meta["corpus_id"],
                    meta["title"],
                    meta["date"],
                    meta["year"],
                    meta["url"],
                    len(article.text),
                    meta["hash"],
                    meta["mtime_ns"],
                    meta["size"],
                    len(facts),
                    len(article.sections),
                ),
            )[0]
            self._insert_text(doc_id, article.text, folded, phrased)
            if phrased:
                chars = sorted({p for f, p in zip(folded, phrased) if f != p})
                lib.executemany("INSERT INTO phrase_chars VALUES (?) ON CONFLICT(ch) DO NOTHING", [(c,) for c in chars])
            lib.executemany(_FACT_INSERT, [(doc_id, *row) for row in rows])
            lib.execute(
                "DELETE FROM failures WHERE source_id=? AND path=?",
                (source_id, meta["path"] if meta["corpus_id"] is None else key),
            )
            return True

        if not self._atomic(store):
            return None
        return len(facts)

    def failed(self, source_id: int, path: str, reason: str) -> None:
        """``path`` could not be read: it leaves the library (if it was in) and is listed with ``reason``."""
        with self.lib.transaction():
            self._lock(path)
            self._delete(path)
            self.lib.execute(
                "INSERT INTO failures VALUES (?,?,?) ON CONFLICT(source_id, path) DO UPDATE SET reason=excluded.reason",
                (source_id, path, reason),
            )

    def remove(self, key: str) -> None:
        with self.lib.transaction():
            self._lock(key)
            self._delete(key)

    def forget_failures(self, source_id: int, gone) -> None:
        """Failures of files that are gone (``gone(path)`` is true) are gone too."""
        with self.lib.transaction():
            for (path,) in self.lib._all("SELECT path FROM failures WHERE source_id=?", (source_id,)):
                if gone(path):
                    self.lib.execute("DELETE FROM failures WHERE source_id=? AND path=?", (source_id, path))

    def _delete(self, key: str) -> None:
        row = self.lib._one(
            "SELECT d.id, t.folded, t.phrased FROM documents d LEFT JOIN texts t ON t.doc_id=d.id WHERE d.key=?", (key,)
        )
        if row is None:
            return
        self._delete_text(*row)
        self.lib.execute("DELETE FROM facts WHERE doc_id=?", (row[0],))
        self.lib.execute("DELETE FROM texts WHERE doc_id=?", (row[0],))
        self.lib.execute("DELETE FROM documents WHERE id=?", (row[0],))


class SqliteWriter(LibraryWriter):
    def _insert_text(self, doc_id: int, text: str, folded: str, phrased: str) -> None:
        self.lib.execute(
            "INSERT INTO texts(doc_id, text, folded, phrased) VALUES (?,?,?,?)", (doc_id, text, folded, phrased)
        )
        self.lib.execute("INSERT INTO fts(rowid, folded, phrased) VALUES (?,?,?)", (doc_id, folded, phrased))

    def _delete_text(self, doc_id: int, folded: str | None, phrased: str | None) -> None:
        if folded is not None:
            # External-content FTS5 forgets a row only when given the values it indexed.
            self.lib.execute(
                "INSERT INTO fts(fts, rowid, folded, phrased) VALUES ('delete', ?, ?, ?)", (doc_id, folded, phrased)
            )


def _sentence_span(fact, article) -> tuple[int, int] | None:
    """``[start, end)`` of the fact's sentence in ``Article.text`` (the Fact carries only its text)."""
    index = getattr(fact, "sentence_index", -1)
    if 0 <= index < len(article.sentences):
        s = article.sentences[index]
        return s.start, s.end
    return None
