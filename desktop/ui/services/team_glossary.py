"""The team's glossary as the window's features use it: one per app, kept where the settings say.

``glossary/library`` names the library whose glossary is used (a ``.sqlite`` file or a server
URL, so a shared library shares it); empty means the personal glossary in the user data folder.
Every read and write opens the store, does its work on the writer thread (architecture rule 3)
and closes it; :meth:`TeamGlossary.terms` is kept in memory until something changes, when
:attr:`TeamGlossary.changed` tells every window (the gloss popup, English and facts follow it).
Failures are :class:`GlossaryProblem`, whose text is a sentence for the user.
"""

from __future__ import annotations

import weakref

from PySide6.QtCore import QObject, Signal

from . import tasks
from .settings import GLOSSARY_LIBRARY, Settings


_SHARED: "weakref.WeakKeyDictionary[Settings, TeamGlossary]" = weakref.WeakKeyDictionary()


class GlossaryProblem(Exception):
    """A glossary that cannot be read or changed, or an entry or file it refuses; ``str`` is a sentence."""


class _NoTerms:
    """An empty glossary, for when there is none yet (the interface of core ``Terms``)."""

    def __bool__(self) -> bool:
        return False

    def __len__(self) -> int:
        return 0

    def entries(self) -> list:
        return []

    def get(self, term):
        return None

    def find(self, text, folded=None) -> list:
        return []

    def known(self, text) -> list:
        return []

    def covering(self, text, offset):
        return None

    def apply(self, source, english):
        return english


NO_TERMS = _NoTerms()


def _personal_exists() -> bool:
    from ...core.paths import user_data_dir

    return (user_data_dir() / "glossary.sqlite").exists()


class TeamGlossary(QObject):
    #: the entries changed (added, removed, imported) or another glossary was chosen
    changed = Signal()

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings
        self._terms = None
        self._error = ""
        settings.watch(GLOSSARY_LIBRARY, self._on_location_changed, self)

    @classmethod
    def shared(cls, settings: Settings) -> "TeamGlossary":
        """The glossary of everything sharing ``settings`` (the app's windows share one settings object,
        so every window sees the same entries and hears of each change)."""
        found = _SHARED.get(settings)
        if found is None:
            found = _SHARED[settings] = cls(settings)
        return found

    # -- where -------------------------------------------------------------------------------------
    def location(self):
        """The library whose glossary this is, or ``None`` for the personal glossary."""
        spec = self.settings.get(GLOSSARY_LIBRARY).strip()
        return spec or None

    def set_location(self, location) -> None:
        """Use the glossary of the library at ``location`` (``None``: the personal one); a server URL
        is kept without its password (the keyring or ~/.pgpass has it)."""
        from ...core.library.pg_url import redacted
        from ...core.library.store import is_url

        location = str(location or "")
        self.settings.set(GLOSSARY_LIBRARY, redacted(location) if is_url(location) else location)
        self._on_location_changed()

    def _on_location_changed(self) -> None:
        self._terms = None
        self.changed.emit()

    # -- reading -----------------------------------------------------------------------------------
    def terms(self):
        """The entries as core ``Terms`` (empty when the glossary cannot be read; :meth:`error` says why).
        Without a personal glossary file nothing is opened or created (nor imported: not on the way to
        the first paint)."""
        if self._terms is None:
            if self.location() is None and not _personal_exists():
                return NO_TERMS
            from ...core.library.glossary import Terms

            try:
                self._terms = Terms(self._with_store(lambda lib: lib.glossary()))
                self._error = ""
            except GlossaryProblem as err:
                self._terms, self._error = Terms(), str(err)
        return self._terms

    def error(self) -> str:
        """Why the glossary could not be read the last time ("" when it could)."""
        return self._error

    def entries(self) -> list:
        return self.terms().entries()

    def name(self) -> str:
        """The glossary's store in a few words: the library's name or the personal glossary's file."""
        from ...core.library.glossary import personal_glossary_path

        location = self.location()
        if location is None:
            return str(personal_glossary_path())
        from ...core.library.pg_url import display
        from ...core.library.store import is_url

        return display(location) if is_url(location) else location

    # -- writing -----------------------------------------------------------------------------------
    def add(self, term: str, english: str, kind: str = "", note: str = ""):
        """Add (or change) one entry; returns it. Raises :class:`GlossaryProblem`."""
        from ...core.library.glossary import GlossaryInputError, checked_entry

        try:
            entry = checked_entry(term, english, kind, note)
        except GlossaryInputError as err:
            raise GlossaryProblem(str(err)) from None
        self._change(lambda lib: lib.save_glossary([entry]))
        return entry

    def remove(self, terms: list[str]) -> None:
        self._change(lambda lib: lib.remove_glossary(terms))

    def import_file(self, path) -> tuple[int, list[str]]:
        """``(entries imported, problems)`` of a CSV or TBX file."""
        from ...core.library.glossary import GlossaryInputError
        from ...core.library.glossary_files import read_glossary_file

        try:
            entries, problems = read_glossary_file(path)
        except GlossaryInputError as err:
            raise GlossaryProblem(str(err)) from None
        if entries:
            self._change(lambda lib: lib.save_glossary(entries))
        return len(entries), problems

    def export_file(self, path) -> int:
        from ...core.library.glossary import GlossaryInputError
        from ...core.library.glossary_files import write_glossary_file

        entries = self._with_store(lambda lib: lib.glossary())
        try:
            write_glossary_file(path, entries)
        except GlossaryInputError as err:
            raise GlossaryProblem(str(err)) from None
        return len(entries)

    def _change(self, work) -> None:
        try:
            self._with_store(work)
        finally:
            self._terms = None
            self.changed.emit()

    def _with_store(self, work):
        """``work(library)`` on the writer thread, the store opened and closed around it."""
        from ...core.library import LibraryError
        from ...core.library.glossary import open_glossary

        location = self.location()

        def run():
            lib = open_glossary(location)
            try:
                return work(lib)
            finally:
                lib.close()

        try:
            return tasks.on_writer(run)
        except LibraryError as err:
            raise GlossaryProblem(str(err)) from None
