"""Adding a folder or a corpus to a library, and bringing it up to date.

Only what changed is read again: a folder file whose mtime and size are
unchanged is skipped without being opened, one whose bytes hash the same is
only re-stamped; a corpus whose file is unchanged since it was indexed
completely is skipped whole, otherwise each record is compared by the hash of
its fields. Each document is written in its own transaction (text, folds,
full-text rows, facts), so killing the process at any moment loses at most the
document being written and the next run continues; keys are unique, so a
document is never stored twice.
"""
from __future__ import annotations

import dataclasses
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .sources import BadRecord, corpus_records, file_hash, folder_files, source_kind, year_from_title
from .store import connect, transaction

Progress = Callable[[int, int, str], None]


@dataclass(slots=True)
class IndexReport:
    """What one :func:`add_source` run did; ``failed`` lists ``{"path", "reason"}``."""

    library: str
    source: str
    documents: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    facts: int = 0
    failed: list[dict] = field(default_factory=list)
    cancelled: bool = False
    seconds: float = 0.0

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


def add_source(library: Path | str, source: Path | str, *, names: bool = True,
               progress: Progress | None = None, cancelled: Callable[[], bool] | None = None) -> IndexReport:
    """Add ``source`` (a folder or a ``.jsonl`` corpus) to the library file ``library``, or update it.

    ``progress(done, total, title)`` is called after each document from the
    calling thread; when ``cancelled()`` turns true the run stops between two
    documents (everything written so far stays). ``names=False`` skips people,
    organisations and places (about twice as fast).
    """
    started = time.perf_counter()
    source = Path(source).expanduser().resolve()
    kind = source_kind(source)
    con = connect(library)
    report = IndexReport(str(library), str(source))
    try:
        with transaction(con):
            con.execute("INSERT OR IGNORE INTO sources(path, kind, added_at) VALUES (?, ?, ?)", (str(source), kind, time.time()))
        source_id = con.execute("SELECT id FROM sources WHERE path=?", (str(source),)).fetchone()[0]
        _forget_stale_facts(con, names)
        writer = _Writer(con, source_id, names)
        if kind == "folder":
            _index_folder(writer, source, report, progress, cancelled)
        else:
            _index_corpus(writer, source, report, progress, cancelled)
        report.documents = con.execute("SELECT COUNT(*) FROM documents WHERE source_id=?", (source_id,)).fetchone()[0]
    finally:
        con.close()
    report.seconds = round(time.perf_counter() - started, 3)
    return report


def facts_recipe(names: bool) -> str:
    """A fingerprint of the fact extractor as installed (its code and word lists) and of ``names``:
    when the extractor changes, every document's facts are extracted again on the next run."""
    import hashlib

    from .. import facts

    h = hashlib.blake2b(digest_size=8)
    h.update(b"names" if names else b"figures")
    root = Path(facts.__file__).parent
    for path in sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".txt", ".json", ".tsv")):
        h.update(path.relative_to(root).as_posix().encode())
        h.update(path.read_bytes())
    return h.hexdigest()


def _forget_stale_facts(con, names: bool) -> None:
    """Mark every document for re-reading when the facts were made by another extractor."""
    recipe = facts_recipe(names)
    row = con.execute("SELECT value FROM meta WHERE key='facts'").fetchone()
    if row is not None and row[0] == recipe:
        return
    with transaction(con):  # one step: a kill before it ends leaves the old recipe, and the next run redoes it
        if row is not None:
            con.execute("UPDATE documents SET hash='', mtime_ns=NULL")
            con.execute("UPDATE sources SET complete=0")
        con.execute("INSERT OR REPLACE INTO meta VALUES ('facts', ?)", (recipe,))


def _index_folder(writer: "_Writer", root: Path, report: IndexReport, progress, cancelled) -> None:
    con = writer.con
    stored = {k: (m, s, h) for k, m, s, h in con.execute(
        "SELECT key, mtime_ns, size, hash FROM documents WHERE source_id=?", (writer.source_id,))}
    files = list(folder_files(root))
    seen: set[str] = set()
    for i, f in enumerate(files):
        if cancelled and cancelled():
            report.cancelled = True
            return
        key = str(f.path)
        seen.add(key)
        old = stored.get(key)
        if old and old[0] == f.mtime_ns and old[1] == f.size:
            report.unchanged += 1
            _tick(progress, i + 1, len(files), "")
            continue
        try:
            digest = file_hash(f.path)
        except OSError as err:
            writer.failed(report, key, f"cannot be read: {err.strerror or err}")
            continue
        if old and old[2] == digest:
            with transaction(con):
                con.execute("UPDATE documents SET mtime_ns=?, size=? WHERE key=?", (f.mtime_ns, f.size, key))
            report.unchanged += 1
            _tick(progress, i + 1, len(files), "")
            continue
        from ..builder import load_path
        from ..loading import LoadError

        try:
            article = load_path(f.path)
        except LoadError as err:
            writer.failed(report, key, str(err))
            _tick(progress, i + 1, len(files), f.path.name)
            continue
        except Exception as err:  # a broken file must never stop the rest of the folder
            writer.failed(report, key, f"could not be read ({type(err).__name__}: {err})")
            _tick(progress, i + 1, len(files), f.path.name)
            continue
        title = article.title or f.path.stem
        meta = dict(path=key, corpus_id=None, title=title, date=None, year=year_from_title(title), url=None,
                    hash=digest, mtime_ns=f.mtime_ns, size=f.size)
        writer.write(key, article, meta, report, updated=old is not None)
        _tick(progress, i + 1, len(files), title)
    if not report.cancelled:
        writer.remove_missing(set(stored) - seen, report)


def _index_corpus(writer: "_Writer", path: Path, report: IndexReport, progress, cancelled) -> None:
    con = writer.con
    st = path.stat()
    row = con.execute("SELECT complete, mtime_ns, size FROM sources WHERE id=?", (writer.source_id,)).fetchone()
    if row[0] and row[1] == st.st_mtime_ns and row[2] == st.st_size:
        report.unchanged = con.execute("SELECT COUNT(*) FROM documents WHERE source_id=?", (writer.source_id,)).fetchone()[0]
        report.failed = [{"path": p, "reason": r} for p, r in con.execute(
            "SELECT path, reason FROM failures WHERE source_id=?", (writer.source_id,))]
        return
    with transaction(con):  # an interrupted update must not look complete to the next run
        con.execute("UPDATE sources SET complete=0 WHERE id=?", (writer.source_id,))
        # Bad lines are found again as the corpus is read; a line fixed since is no longer listed.
        con.execute("DELETE FROM failures WHERE source_id=?", (writer.source_id,))
    stored = {k: h for k, h in con.execute("SELECT key, hash FROM documents WHERE source_id=?", (writer.source_id,))}
    records = list(corpus_records(path))
    seen: set[str] = set()
    from ..builder import build_article
    from ..loading import LoadError, normalise

    for i, rec in enumerate(records):
        if cancelled and cancelled():
            report.cancelled = True
            return
        if isinstance(rec, BadRecord):
            writer.failed(report, f"{path}:{rec.line}", rec.reason)
            continue
        key = f"{path}#{rec.key}"
        seen.add(key)
        if stored.get(key) == rec.hash:
            report.unchanged += 1
            _tick(progress, i + 1, len(records), "")
            continue
        try:
            article = build_article(normalise(rec.text()))
        except LoadError as err:
            writer.failed(report, f"{path}:{rec.line}", f"line {rec.line}: {err}")
            continue
        article.title = article.title or rec.title
        meta = dict(path=str(path), corpus_id=rec.key, title=rec.title or article.title or f"line {rec.line}",
                    date=rec.date, year=rec.year, url=rec.url, hash=rec.hash, mtime_ns=None, size=None)
        writer.write(key, article, meta, report, updated=key in stored)
        _tick(progress, i + 1, len(records), meta["title"])
    writer.remove_missing(set(stored) - seen, report)
    with transaction(con):
        con.execute("UPDATE sources SET complete=1, mtime_ns=?, size=? WHERE id=?", (st.st_mtime_ns, st.st_size, writer.source_id))


def _tick(progress: Progress | None, done: int, total: int, title: str) -> None:
    if progress:
        progress(done, total, title)


class _Writer:
    """The one place that writes documents: one transaction per document."""

    def __init__(self, con, source_id: int, names: bool) -> None:
        self.con = con
        self.source_id = source_id
        self.names = names
        self._labels: dict[str, str] = {}

    def write(self, key: str, article, meta: dict, report: IndexReport, *, updated: bool) -> None:
        from ..facts import extract_facts
        from .folds import fold_text, script_fold

        facts = extract_facts(article, names=self.names, year=meta["year"])
        folded, phrased = fold_text(article.text)
        fold = script_fold().chars
        labels = self._labels  # a library repeats a few thousand labels: fold each once
        fact_rows = [_fact_row(f, labels.get(f.label) or labels.setdefault(f.label, fold(f.label)), article) for f in facts]
        con = self.con
        with transaction(con):
            self._delete(key)
            cur = con.execute(
                "INSERT INTO documents(source_id, key, path, corpus_id, title, date, year, url, length, hash, mtime_ns, size, "
                "fact_count, sections) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (self.source_id, key, meta["path"], meta["corpus_id"], meta["title"], meta["date"], meta["year"], meta["url"],
                 len(article.text), meta["hash"], meta["mtime_ns"], meta["size"], len(facts), len(article.sections)))
            doc_id = cur.lastrowid
            con.execute("INSERT INTO texts(doc_id, text, folded, phrased) VALUES (?,?,?,?)", (doc_id, article.text, folded, phrased))
            con.execute("INSERT INTO fts(rowid, folded, phrased) VALUES (?,?,?)", (doc_id, folded, phrased))
            if phrased:
                con.executemany("INSERT OR IGNORE INTO phrase_chars VALUES (?)",
                                [(c,) for c in {p for f, p in zip(folded, phrased) if f != p}])
            con.executemany(
                'INSERT INTO facts(doc_id, kind, label, folded_label, value, value_high, unit, qualifier, text, start, "end", '
                "sentence_start, sentence_end, data) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(doc_id, *row) for row in fact_rows])
            con.execute("DELETE FROM failures WHERE source_id=? AND path=?", (self.source_id, meta["path"] if meta["corpus_id"] is None else key))
        report.facts += len(facts)
        if updated:
            report.updated += 1
        else:
            report.added += 1

    def failed(self, report: IndexReport, path: str, reason: str) -> None:
        report.failed.append({"path": path, "reason": reason})
        with transaction(self.con):
            self._delete(path)  # a file that turned bad is no longer in the library
            self.con.execute("INSERT OR REPLACE INTO failures VALUES (?,?,?)", (self.source_id, path, reason))

    def remove_missing(self, keys: set[str], report: IndexReport) -> None:
        for key in sorted(keys):
            with transaction(self.con):
                self._delete(key)
            report.removed += 1
        with transaction(self.con):  # failures of files that are gone are gone too
            for (path,) in self.con.execute("SELECT path FROM failures WHERE source_id=?", (self.source_id,)).fetchall():
                if path in keys or (":" not in Path(path).name and not Path(path).exists()):
                    self.con.execute("DELETE FROM failures WHERE source_id=? AND path=?", (self.source_id, path))

    def _delete(self, key: str) -> None:
        con = self.con
        row = con.execute("SELECT d.id, t.folded, t.phrased FROM documents d LEFT JOIN texts t ON t.doc_id=d.id WHERE d.key=?",
                          (key,)).fetchone()
        if row is None:
            return
        if row[1] is not None:
            # External-content FTS5 forgets a row only when given the values it indexed.
            con.execute("INSERT INTO fts(fts, rowid, folded, phrased) VALUES ('delete', ?, ?, ?)", row)
        con.execute("DELETE FROM documents WHERE id=?", (row[0],))


_COLUMN_FIELDS = frozenset({"kind", "label", "value", "unit", "qualifier", "text", "start", "end"})


def _fact_row(fact, folded_label: str, article) -> tuple:
    s_start, s_end = _sentence_span(fact, article)
    # The key fields have columns and the sentence is a span of the stored text: the JSON keeps
    # the rest (section, english, indices, and any field the extractor gains later).
    skip = _COLUMN_FIELDS | ({"sentence"} if s_start is not None else set())
    data = {f.name: getattr(fact, f.name) for f in dataclasses.fields(fact) if f.name not in skip}
    value, high = fact.value, None
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, (int, float)) for v in value):
        value, high = value
    elif not isinstance(value, (int, float)) or isinstance(value, bool):
        if value is not None:
            data["value"] = value  # an ISO date, a list of more than two, …: kept as it was
        value = None
    return (fact.kind, fact.label or "", folded_label, value, high, fact.unit, fact.qualifier, fact.text, fact.start, fact.end,
            s_start, s_end, json.dumps(data, ensure_ascii=False, default=str))


def _sentence_span(fact, article) -> tuple[int | None, int | None]:
    """``[start, end)`` of the fact's sentence in ``Article.text`` (the Fact carries only its text)."""
    index = getattr(fact, "sentence_index", -1)
    if 0 <= index < len(article.sentences):
        s = article.sentences[index]
        return s.start, s.end
    return None, None
