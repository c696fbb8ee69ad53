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
    """``"folder"`` or ``"jsonl"``; raises :class:`LibraryError` for anything else."""
    from .store import LibraryError

    if path.is_dir():
        return "folder"
    if path.is_file() and path.suffix.lower() in (".jsonl", ".ndjson"):
        return "jsonl"
    if not path.exists():
        raise LibraryError(f"“{path}” does not exist.")
    raise LibraryError(f"“{path.name}” is neither a folder nor a JSON Lines (.jsonl) corpus.")


def folder_files(root: Path) -> Iterator[FolderFile]:
    """Readable-looking files under ``root`` in path order; hidden files and folders are skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or not name.lower().endswith(FOLDER_SUFFIXES):
                continue
            path = Path(dirpath) / name
            try:
                st = path.stat()
            except OSError:
                continue
            yield FolderFile(path, st.st_mtime_ns, st.st_size)


def file_hash(path: Path) -> str:
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


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
            digest = hashlib.blake2b(json.dumps([title, content, date, year, url], ensure_ascii=False).encode("utf-8"),
                                     digest_size=16).hexdigest()
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
