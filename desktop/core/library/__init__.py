"""A library of many documents: their text, facts and a full-text index, in a SQLite file or on a
PostgreSQL server.

Public API (nothing here imports Qt; the GUI and ``fact-browser library`` share it):

- ``Library(location, create=False)``: a ``.sqlite`` file or a ``postgresql://`` URL. ``documents()``
  (:class:`DocumentRow`), ``text(doc_id)``, ``folds(doc_id)``, ``facts(...)`` (:class:`LibraryFact`:
  a core ``Fact`` with its document), ``sources()``, ``failures()``, ``glossary()``
- ``add_source(location, folder_or_jsonl, progress=, cancelled=) -> IndexReport``
- ``search(library, query, limit=) -> LibrarySearch`` (hits grouped by document)
- ``compare(library, label) -> CompareSeries`` (one figure per document, by date)
- ``library_location(spec)``: where a library named on the command line or in the window lives
- errors: :class:`LibraryError` and its kinds (damaged, newer, read-only, full, unavailable)
"""

from ..lazy_names import module_getattr
from .errors import (
    LibraryDamaged,
    LibraryError,
    LibraryFull,
    LibraryInterrupted,
    LibraryNewer,
    LibraryReadOnly,
    LibraryUnavailable,
)
from .records import DocumentRow, LibraryFact
from .store import Library

# The two stores register themselves with Library (Library(location) picks one); neither loads its
# database driver before a library of its kind is opened.
from . import pg_store, sqlite_store  # noqa: F401 - imported to register the stores with Library

__all__ = [
    "DocumentRow",
    "Library",
    "LibraryFact",
    "LibraryError",
    "LibraryDamaged",
    "LibraryFull",
    "LibraryInterrupted",
    "LibraryNewer",
    "LibraryReadOnly",
    "LibraryUnavailable",
    "add_source",
    "search",
    "compare",
    "library_file",
    "library_location",
    "open_article",
]

_LAZY = {
    "add_source": ".indexer",
    "IndexReport": ".indexer",
    "search": ".query",
    "LibrarySearch": ".query",
    "compare": ".compare",
    "CompareRow": ".compare",
    "library_file": ".locations",
    "library_location": ".locations",
    "known_libraries": ".locations",
    "open_article": ".locations",
}


__getattr__ = module_getattr(__name__, _LAZY)
