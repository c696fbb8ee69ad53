"""Where libraries live (a file in the user data folder, or a server's URL) and how a stored document
becomes an Article again."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from .errors import LibraryError
from .store import Library, is_url

SUFFIX = ".sqlite"


def library_location(spec: str | Path) -> str | Path:
    """Where the library named by ``spec`` lives: a server URL as it is, else :func:`library_file`."""
    return spec if is_url(spec) else library_file(spec)


def libraries_dir() -> Path:
    from ..paths import user_data_dir

    return user_data_dir() / "libraries"


def library_file(spec: str | Path) -> Path:
    """The library file for ``spec``: a library file itself (``.sqlite``), a folder or ``.jsonl`` corpus
    (its own library, named after it), or a bare name (``libraries/<name>.sqlite``)."""
    path = Path(spec).expanduser()
    if path.suffix == SUFFIX:
        return path
    if path.exists():
        resolved = path.resolve()
        digest = hashlib.blake2b(str(resolved).encode("utf-8"), digest_size=4).hexdigest()
        stem = re.sub(r"[^\w.-]+", "_", resolved.stem if resolved.is_file() else resolved.name) or "library"
        return libraries_dir() / f"{stem}-{digest}{SUFFIX}"
    if re.fullmatch(r"[\w.-]+", str(spec)):
        return libraries_dir() / f"{spec}{SUFFIX}"
    raise LibraryError(f"“{spec}” is neither a library, a folder, a .jsonl corpus nor a library name.")


def known_libraries() -> list[Path]:
    """Library files in the user data folder, most recently changed first."""
    folder = libraries_dir()
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)


def open_article(library: Library, doc_id: int):
    """The document as an :class:`Article` whose text is the stored text (so stored offsets hold).

    A file is loaded again and a corpus record rebuilt from its line; when the
    source changed since it was indexed, the stored text is used as it is.
    """
    from ..ingest.builder import build_article, load_path
    from ..ingest.text import LoadError, normalise

    from .file_names import real

    row = library.document(doc_id)
    if row is None:
        raise LibraryError("That document is no longer in the library.")
    stored = library.text(doc_id)
    article = None
    try:
        if row.corpus_id is None and row.path:
            article = load_path(real(row.path))
        elif row.path:
            from .sources import CorpusRecord, corpus_records

            for rec in corpus_records(real(row.path)):
                if isinstance(rec, CorpusRecord) and f"{row.path}#{rec.key}" == row.key:
                    article = build_article(normalise(rec.text()))
                    article.title = article.title or rec.title
                    break
    except (LoadError, OSError):
        article = None
    if article is None or article.text != stored:
        article = build_article(stored)
        article.title = article.title or row.title
        if article.text != stored:
            raise LibraryError(f"“{row.title}” changed since the library was built; update the library to open it.")
    if row.path:
        article.source = real(row.path)  # for a corpus record: the corpus it comes from
    return article
