"""What a library reads: the files of a folder (recursively) or the records of a JSON Lines corpus.

A folder file is cheap to skip (its mtime and size are compared first, its
bytes hashed only when they changed); a corpus record is skipped when the hash
of its fields is unchanged. Every document becomes an :class:`Article` the same
way the reader builds one, so stored offsets are offsets the reader uses.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

#: Files a folder library reads (the reader opens the same ones).
FOLDER_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)\s*年")
_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True, slots=True)
class FolderFile:
    path: Path
    mtime_ns: int
    size: int


@dataclass(frozen=True, slots=True)
class CorpusRecord:
    """One line of a JSON Lines corpus; ``key`` is unique within the corpus."""

    key: str
    line: int
    title: str
    content: str
    date: str | None
    year: int | None
    url: str | None
    hash: str

    def text(self) -> str:
        """The document as the reader sees it: the title line, then the content."""
        return f"{self.title}\n\n{self.content}" if self.title else self.content


@dataclass(frozen=True, slots=True)
class BadRecord:
    line: int
    reason: str


def source_kind(path: Path) -> str:
    """``"folder"``, ``"jsonl"`` or ``"file"`` (one document); raises :class:`LibraryError` for anything else."""
    from .store import LibraryError

    if path.is_dir():
        return "folder"
    if path.is_file() and path.suffix.lower() in (".jsonl", ".ndjson"):
        return "jsonl"
    if path.is_file() and path.name.lower().endswith(FOLDER_SUFFIXES):
        return "file"
    if not path.exists():
        raise LibraryError(f"“{path}” does not exist.")
    raise LibraryError(f"“{path.name}” is neither a folder, a document nor a JSON Lines (.jsonl) corpus.")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A name under a folder that is not read, and why (a sentence, the name shown as people see it)."""

    path: Path
    reason: str


def folder_files(root: Path) -> Iterator[FolderFile | Skipped]:
    """The documents under ``root`` in path order, by the rules that open one file (regular files
    only, links followed, within the size limit; see ``core.ingest.loading``), and a
    :class:`Skipped` for each name with a document's suffix that breaks them (a FIFO, a device, a
    link to either or to nothing, a file too large), each folder that cannot be read and each
    link to a folder (never followed: it could loop or leave the folder). Hidden files and
    folders are left out; nothing here blocks or reads a file's contents."""
    from ..ingest.loading import check_document_file
    from ..ingest.text import LoadError
    from .file_names import shown

    unreadable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable.append):
        while unreadable:
            err = unreadable.pop(0)
            yield Skipped(
                Path(err.filename or dirpath),
                f"the folder “{shown(Path(err.filename or dirpath).name)}” cannot be read: {err.strerror or err}",
            )
        here = Path(dirpath)
        for d in sorted(dirnames):
            if not d.startswith(".") and (here / d).is_symlink():
                yield Skipped(here / d, f"“{shown(d)}” is a link to a folder, which a library does not follow")
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and not (here / d).is_symlink())
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(FOLDER_SUFFIXES):
                continue
            path = here / name
            if path.is_symlink() and not path.exists():
                yield Skipped(path, f"“{shown(name)}” is a link to something that does not exist")
                continue
            try:
                info = check_document_file(path)
            except LoadError as err:
                yield Skipped(path, shown(str(err)))
                continue
            yield FolderFile(path, info.st_mtime_ns, info.st_size)
    while unreadable:  # the root itself
        err = unreadable.pop(0)
        yield Skipped(Path(err.filename or root), f"the folder cannot be read: {err.strerror or err}")


def single_file(path: Path) -> Iterator[FolderFile | Skipped]:
    """A document added on its own, by the same rules as a folder's files."""
    from ..ingest.loading import check_document_file
    from ..ingest.text import LoadError
    from .file_names import shown

    try:
        info = check_document_file(path)
    except LoadError as err:
        yield Skipped(path, shown(str(err)))
        return
    yield FolderFile(path, info.st_mtime_ns, info.st_size)


def file_hash(path: Path) -> str:
    """The content hash of a document file, read by the single-file rules (bounded, never blocking)."""
    from ..ingest.loading import read_document_bytes

    return hashlib.blake2b(read_document_bytes(path), digest_size=16).hexdigest()


def corpus_records(path: Path) -> Iterator[CorpusRecord | BadRecord]:
    """Records of a JSON Lines corpus in file order; a bad line is a :class:`BadRecord`, never an exception."""
    seen: set[str] = set()
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as err:
                yield BadRecord(number, f"line {number} is not JSON ({err.msg})")
                continue
            if not isinstance(data, dict):
                yield BadRecord(number, f"line {number} is not a JSON object")
                continue
            content = data.get("content")
            if not isinstance(content, str) or not content.strip():
                yield BadRecord(number, f"line {number} has no “content” text")
                continue
            title = str(data.get("title") or "").strip()
            date = _iso_date(data.get("date"))
            year = _year(data.get("year")) or (int(date[:4]) if date else None) or _year_in(title)
            url = str(data["url"]) if data.get("url") else None
            ident = data.get("id")
            key = str(ident) if ident not in (None, "") else (url or f"line-{number}")
            if key in seen:  # the same id twice: keep both, the second by its line
                key = f"{key}@line-{number}"
            seen.add(key)
            digest = hashlib.blake2b(
                json.dumps([title, content, date, year, url], ensure_ascii=False).encode("utf-8"), digest_size=16
            ).hexdigest()
            yield CorpusRecord(key, number, title, content, date, year, url, digest)


def year_from_title(title: str) -> int | None:
    return _year_in(title)


def _iso_date(value) -> str | None:
    if not value:
        return None
    m = _DATE.match(str(value))
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def _year(value) -> int | None:
    try:
        year = int(str(value).strip()[:4]) if value not in (None, "") else None
    except ValueError:
        return None
    return year if year and 1000 < year < 3000 else None


def _year_in(title: str) -> int | None:
    m = _YEAR.search(title or "")
    return int(m.group(1)) if m else None
