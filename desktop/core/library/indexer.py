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
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .sources import (
    BadRecord,
    Skipped,
    corpus_records,
    file_hash,
    folder_files,
    single_file,
    source_kind,
    year_from_title,
)

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


def add_source(
    library,
    source: Path | str,
    *,
    names: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> IndexReport:
    """Add ``source`` (a folder, one document file or a ``.jsonl`` corpus) to ``library`` (a ``.sqlite`` file or a
    server URL, created when new), or bring it up to date.

    ``progress(done, total, title)`` is called after each document from the calling thread; when
    ``cancelled()`` turns true the run stops between two documents (everything written so far
    stays). ``names=False`` skips people, organisations and places (about twice as fast). A full
    disk stops the run with :class:`LibraryFull`, which says how many documents were kept.
    """
    from .errors import LibraryFull, LibraryUnavailable
    from .file_names import shown, stored
    from .store import Library

    started = time.perf_counter()
    source = Path(source).expanduser().resolve()
    kind = source_kind(source)
    report = IndexReport(str(library), shown(str(source)))
    with Library(library, create=True) as lib:
        report.library = lib.location
        writer = lib.writer(names)
        try:
            source_id = writer.source(stored(source), kind)
            writer.forget_stale_facts(facts_recipe(names))
            if kind in ("folder", "file"):
                entries = folder_files(source) if kind == "folder" else single_file(source)
                _index_folder(writer, source_id, entries, report, progress, cancelled)
            else:
                _index_corpus(writer, source_id, source, report, progress, cancelled)
            report.documents = writer.count(source_id)
        except LibraryFull:
            raise LibraryFull(report.added + report.updated) from None
        except LibraryUnavailable as err:
            if err.kind != "library_server_gone":
                raise
            kept = report.added + report.updated
            raise LibraryUnavailable(
                f"The library server {lib.name} went away ({err.params[1]}); {kept} documents were "
                "indexed and kept; run again once it is back to continue.",
                "library_server_gone_kept",
                lib.name,
                kept,
            ) from None
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


def _index_folder(writer, source_id: int, files, report: IndexReport, progress, cancelled) -> None:
    """Index ``files`` (a folder's, or the one of a file added on its own)."""
    from ..ingest.builder import load_path
    from ..ingest.text import LoadError
    from .file_names import shown, stored

    known = writer.stored(source_id)
    entries = list(files)
    seen: set[str] = set()
    for i, f in enumerate(entries):
        if cancelled and cancelled():
            report.cancelled = True
            return
        key = stored(f.path)
        seen.add(key)
        if isinstance(f, Skipped):  # a FIFO, a device, a link to nothing, an unreadable folder: said, never read
            _failed(writer, source_id, report, key, f.reason)
            _tick(progress, i + 1, len(entries), "")
            continue
        old = known.get(key)
        if old and old[0] == f.mtime_ns and old[1] == f.size:
            report.unchanged += 1
            _tick(progress, i + 1, len(entries), "")
            continue
        try:
            digest = file_hash(f.path)
        except LoadError as err:
            _failed(writer, source_id, report, key, shown(str(err)))
            _tick(progress, i + 1, len(entries), "")
            continue
        if old and old[2] == digest:
            writer.restamp(key, f.mtime_ns, f.size)
            report.unchanged += 1
            _tick(progress, i + 1, len(entries), "")
            continue
        if old is None and writer.hash_of(key) == digest:  # stored by a writer of an overlapping folder
            report.unchanged += 1
            _tick(progress, i + 1, len(entries), "")
            continue
        try:
            article = load_path(f.path)
        except LoadError as err:
            _failed(writer, source_id, report, key, shown(str(err)))
            _tick(progress, i + 1, len(entries), shown(f.path.name))
            continue
        except Exception as err:  # noqa: BLE001 - a broken file must never stop the rest of the folder
            _failed(writer, source_id, report, key, shown(f"could not be read ({type(err).__name__}: {err})"))
            _tick(progress, i + 1, len(entries), shown(f.path.name))
            continue
        title = shown(article.title or f.path.stem)
        meta = dict(
            path=key,
            corpus_id=None,
            title=title,
            date=None,
            year=year_from_title(title),
            url=None,
            hash=digest,
            mtime_ns=f.mtime_ns,
            size=f.size,
        )
        _write(writer, source_id, key, article, meta, report, updated=old is not None)
        _tick(progress, i + 1, len(entries), title)
    if not report.cancelled:
        _remove_missing(writer, source_id, set(known) - seen, report)


def _index_corpus(writer, source_id: int, path: Path, report: IndexReport, progress, cancelled) -> None:
    from .file_names import stored

    name = stored(path)  # the corpus's own name may not be UTF-8
    st = path.stat()
    complete, mtime_ns, size = writer.source_state(source_id)
    if complete and mtime_ns == st.st_mtime_ns and size == st.st_size:
        report.unchanged = writer.count(source_id)
        report.failed = writer.failures_of(source_id)
        return
    writer.set_source_state(source_id, False)  # an interrupted update must not look complete to the next run
    # Bad lines are found again as the corpus is read; a line fixed since is no longer listed.
    writer.clear_failures(source_id)
    stored = {k: h for k, (_, _, h) in writer.stored(source_id).items()}
    records = list(corpus_records(path))
    seen: set[str] = set()
    from ..ingest.builder import build_article
    from ..ingest.text import LoadError, normalise

    for i, rec in enumerate(records):
        if cancelled and cancelled():
            report.cancelled = True
            return
        if isinstance(rec, BadRecord):
            _failed(writer, source_id, report, f"{name}:{rec.line}", rec.reason)
            continue
        key = f"{name}#{rec.key}"
        seen.add(key)
        if stored.get(key) == rec.hash or (key not in stored and writer.hash_of(key) == rec.hash):
            report.unchanged += 1
            _tick(progress, i + 1, len(records), "")
            continue
        try:
            article = build_article(normalise(rec.text()))
        except LoadError as err:
            _failed(writer, source_id, report, f"{name}:{rec.line}", f"line {rec.line}: {err}")
            continue
        article.title = article.title or rec.title
        meta = dict(
            path=name,
            corpus_id=rec.key,
            title=rec.title or article.title or f"line {rec.line}",
            date=rec.date,
            year=rec.year,
            url=rec.url,
            hash=rec.hash,
            mtime_ns=None,
            size=None,
        )
        _write(writer, source_id, key, article, meta, report, updated=key in stored)
        _tick(progress, i + 1, len(records), meta["title"])
    _remove_missing(writer, source_id, set(stored) - seen, report)
    writer.set_source_state(source_id, True, st.st_mtime_ns, st.st_size)


def _tick(progress: Progress | None, done: int, total: int, title: str) -> None:
    if progress:
        progress(done, total, title)


def _write(writer, source_id: int, key: str, article, meta: dict, report: IndexReport, *, updated: bool) -> None:
    facts = writer.write(source_id, key, article, meta)
    if facts is None:  # another writer stored the same content meanwhile
        report.unchanged += 1
        return
    report.facts += facts
    if updated:
        report.updated += 1
    else:
        report.added += 1


def _failed(writer, source_id: int, report: IndexReport, path: str, reason: str) -> None:
    from .file_names import shown

    report.failed.append({"path": shown(path), "reason": reason})
    writer.failed(source_id, path, reason)


def _remove_missing(writer, source_id: int, keys: set[str], report: IndexReport) -> None:
    for key in sorted(keys):
        writer.remove(key)
        report.removed += 1
    from .file_names import real

    writer.forget_failures(
        source_id, lambda path: path in keys or (":" not in real(path).name and not real(path).exists())
    )
