"""What can go wrong with a library, each as one sentence for the user and a way forward.

Every error is a :class:`LibraryError` (a kind of :class:`LoadError`, so whoever reports load
errors reports these too); ``kind`` and ``params`` let the window say the same in its language.
"""

from __future__ import annotations

from ..ingest.text import LoadError


class LibraryError(LoadError):
    """A library cannot be opened, read or written; ``str(err)`` is a sentence for the user."""


class LibraryDamaged(LibraryError):
    """The library's file is damaged. ``location`` can be rebuilt from its sources
    (:func:`desktop.core.library.recovery.rebuild`), the damaged file kept aside."""

    def __init__(self, location: str, name: str, what: str, *, sources: list[str] | None = None) -> None:
        self.location, self.what = location, what
        #: the folders and corpora it was built from, when they could still be read (else None)
        self.sources = sources
        super().__init__(
            f"The library “{name}” is damaged ({what}). Rebuild it from its sources with: "
            f"fact-browser library rebuild --library {_quoted(location)} (the damaged file is kept beside it).",
            "library_damaged",
            name,
            what,
        )


class LibraryNewer(LibraryError):
    """The library was made by a newer Fact Browser: this version never changes it."""

    def __init__(self, name: str, made_by: str, schema: int, known: int, *, readable: bool) -> None:
        self.made_by, self.schema, self.readable = made_by, schema, readable
        by = f"Fact Browser {made_by}" if made_by else "a newer Fact Browser"
        if readable:
            text = (
                f"The library “{name}” was made by {by} (library format {schema}); this version "
                f"(format {known}) can read it but not change it, so it is open read-only."
            )
        else:
            text = (
                f"The library “{name}” was made by {by} (library format {schema}); this version reads "
                f"formats up to {known}. Open it with a newer Fact Browser; it was left unchanged."
            )
        super().__init__(text, "library_newer_ro" if readable else "library_newer", name, by, schema, known)


class LibraryReadOnly(LibraryError):
    """The library can be read but not written (a read-only file or folder, or a newer format)."""

    def __init__(self, name: str, why: str) -> None:
        self.why = why
        super().__init__(f"The library “{name}” cannot be changed: {why}.", "library_read_only", name, why)


class LibraryFull(LibraryError):
    """The disk filled up while adding; what was written is kept and the next run continues."""

    def __init__(self, written: int) -> None:
        self.written = written
        super().__init__(
            f"The disk is full; {written} documents were indexed and kept; free space and run again to continue.",
            "library_full",
            written,
        )


class LibraryUnavailable(LibraryError):
    """A library server cannot be reached, refused the login, or went away."""


class LibraryInterrupted(LibraryError):
    """A read was stopped by :meth:`Library.interrupt` (a newer query replaced it); nothing was changed."""

    def __init__(self, name: str) -> None:
        super().__init__(f"Reading the library “{name}” was stopped.", "library_interrupted", name)


def _quoted(text: str) -> str:
    import shlex

    return shlex.quote(text)
