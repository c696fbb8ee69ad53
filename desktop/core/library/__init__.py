"""A library of many documents: their text, facts and a full-text index in one SQLite file.

Public API (nothing here imports Qt; the GUI and ``fact-browser library`` share it):

- ``add_source(library_file, folder_or_jsonl, progress=, cancelled=) -> IndexReport``
- ``Library(library_file)``: ``documents()``, ``text(doc_id)``, ``facts(...)``, ``sources()``, ``failures()``
- ``search(library, query, limit=) -> LibrarySearch`` (hits grouped by document)
- ``compare(library, label) -> list[CompareRow]`` (one figure per document, by date)
- ``library_file(name_or_source)``: where a library lives in the user data folder
"""
from ..lazy_names import module_getattr
from .store import DocumentRow, Library, LibraryError

__all__ = ["DocumentRow", "Library", "LibraryError", "add_source", "search", "compare", "library_file", "open_article"]

_LAZY = {
    "add_source": ".indexer",
    "IndexReport": ".indexer",
    "search": ".query",
    "LibrarySearch": ".query",
    "compare": ".compare",
    "CompareRow": ".compare",
    "library_file": ".locations",
    "known_libraries": ".locations",
    "open_article": ".locations",
}


__getattr__ = module_getattr(__name__, _LAZY)
