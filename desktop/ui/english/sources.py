"""Where a document's English comes from without the network: gloss packs and the translation cache.

The English feature asks :class:`EnglishSources` what is known of a document's
texts (:meth:`~EnglishSources.read`) and hands it the chores of the Translate
menu and Preferences: importing and exporting gloss packs, emptying the cache
for one document or all of it (a write: on the writer thread, architecture
rule 3), the cache's folder and size. Online translation is :mod:`.fetching`;
the controller stops its worker before the cache is emptied under it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ...core.session import ReadingSession
from ..services import settings as keys
from ..services import tasks
from ..services.window_services import WindowServices
from .provenance import other_providers


class EnglishSources(QObject):
    """One window's gloss packs and its handle on the translation cache."""

    #: gloss packs were imported or cached English was removed: the English known has to be read again
    changed = Signal()

    def __init__(self, session: ReadingSession, services: WindowServices) -> None:
        super().__init__(services.dialog_parent())
        self.session, self.services = session, services
        #: the open document's gloss packs: the one beside its file, the bundled ones, the imported ones
        self.packs: list = []
        self._cache = None
        self._clear_reports = False
        self._clearing = tasks.Latest(self, self._on_cleared, lambda err: services.show_error(tasks.describe(err)))
        # The team's glossary renders names in whatever English is known: a change means reading it again.
        services.team_glossary.changed.connect(self.changed)

    def is_idle(self) -> bool:
        return self._clearing.is_idle()

    # -- reading ------------------------------------------------------------------
    def load_packs(self) -> None:
        """The open document's packs: the one beside the file, then the bundled ones (English
        belongs to the text, not its folder). A pack that cannot be read is said, not fatal."""
        self.packs = []
        if self.session.article is None:
            return
        from ...core.translate import GlossPack, GlossPackError, packs_for

        for pack in packs_for(self.session.path):
            try:
                self.packs.append(GlossPack.load(pack))
            except GlossPackError as err:
                self.services.show_info(str(err))

    def read(self) -> dict:
        """Text ► core ``Translation`` for the open document: packs, then the cache for what they lack.

        Local reads only. The cache is opened only when a text has no English in a
        pack and a cache file exists, so the bundled article opens without sqlite.
        """
        article = self.session.article
        if article is None:
            return {}
        from ...core.translate.texts import article_texts

        texts = article_texts(article)
        found = {}
        try:
            if self.packs:
                from ...core.translate.translation import from_packs

                found = from_packs(self.packs, texts, check=False)  # figures are checked in a worker
                terms = self.services.team_glossary.terms()
                if terms:
                    from dataclasses import replace

                    found = {t: replace(tr, english=terms.apply(t, tr.english)) for t, tr in found.items()}
            if len(found) < len(texts) and (self._cache is not None or self._cache_file().exists()):
                found.update(self.translator(online=False).known([t for t in texts if t not in found]))
        except Exception as err:  # noqa: BLE001 - a damaged cache must not stop the document from opening
            self.services.show_error(self.tr("Cached English could not be read: %1").replace("%1", str(err)))
        count, names = other_providers(found, self.services.settings.get(keys.PROVIDER))
        if (
            count
        ):  # offline, English another provider cached shows too: say whose (banner: the status bar is overwritten)
            self.services.show_info(self.tr("English for %n text(s) is cached from %1", "", count).replace("%1", names))
        return found

    def translator(self, *, online: bool):
        """A core ``Translator`` over the packs and the cache, with the provider the settings name."""
        from ...core.translate import ProviderConfig, TranslationCache, Translator

        s = self.services.settings
        if self._cache is None:
            # Opening creates the schema (a write transaction): on the writer thread, once per window.
            self._cache = tasks.on_writer(TranslationCache)
        name = s.get(keys.PROVIDER)
        if name == "chat":  # the team's own server: its key is held for the session or in the keyring
            from ...core.translate.api_keys import stored_key

            url = s.get(keys.CHAT_URL)
            config = ProviderConfig(
                name,
                api_key=stored_key(name, url),
                url=url or None,
                model=s.get(keys.CHAT_MODEL) or None,
                timeout=s.get(keys.PROVIDER_TIMEOUT),
            )
        else:
            config = ProviderConfig(
                name,
                api_key=s.provider_key(name) or None,
                url=s.get(keys.PROVIDER_URL) or None,
                timeout=s.get(keys.PROVIDER_TIMEOUT),
            )
        terms = self.services.team_glossary.terms()
        return Translator(config, self._cache, online=online, packs=self.packs, terms=terms or None)

    def cache(self):
        return self.translator(online=False).cache

    def cache_dir(self) -> Path:
        from ...core.paths import user_cache_dir

        return user_cache_dir()

    def cache_size(self) -> int:
        """Bytes the cache folder takes (for Preferences): the dictionary index as well as the translations."""
        from ...core.paths import folder_bytes

        return folder_bytes(self.cache_dir())

    def _cache_file(self) -> Path:
        from ...core.translate.cache import default_cache_path

        return default_cache_path()

    # -- gloss packs ----------------------------------------------------------------
    def export_glosses(self) -> None:
        """Save the document's English as a gloss pack."""
        article, known = self.session.article, self.session.english
        if article is None or not known:
            self.services.show_info(self.tr("There is no English to export yet."))
            return
        from ...core.translate import GlossPack, pack_path_for

        # A dialog's class is loaded when it is opened, not before the first paint (issue 22.8).
        from PySide6.QtWidgets import QFileDialog

        default = pack_path_for(self.session.path) if self.session.path else Path.home() / "glosses.glosses.en.json"
        filename, _ = QFileDialog.getSaveFileName(
            self.services.dialog_parent(), self.tr("Export Glosses"), str(default), self.tr("Gloss packs (*.json)")
        )
        if not filename:
            return
        try:
            GlossPack.for_article(article, {k: v.english for k, v in known.items()}).save(filename)
        except OSError as err:
            self.services.show_error(
                self.tr("The glosses could not be saved: %1").replace("%1", err.strerror or str(err))
            )
            return
        self.services.show_status(self.tr("Exported English for %n text(s)", "", len(known)), 5000)

    def import_glosses(self, filename: str | None = None) -> bool:
        if not filename:
            from PySide6.QtWidgets import QFileDialog

            filename, _ = QFileDialog.getOpenFileName(
                self.services.dialog_parent(),
                self.tr("Import Glosses"),
                str(Path.home()),
                self.tr("Gloss packs (*.json)"),
            )
        if not filename:
            return False
        from ...core.translate import GlossPack, GlossPackError

        try:
            pack = GlossPack.load(filename)
        except GlossPackError as err:
            self.services.show_error(str(err))
            return False
        self.packs.append(pack)
        self.changed.emit()
        return True

    # -- emptying the cache (the caller has stopped online translation) ------------------
    def clear_document(self) -> None:
        """Forget the cached English of this document's texts (the status bar says how many)."""
        article = self.session.article
        if article is None:
            return
        from ...core.translate import article_texts

        self._clear_on_writer(self.cache().clear_document, article_texts(article), announce_removed=True)

    def clear_all(self) -> None:
        """Empty the cache after asking; gloss packs stay."""
        from PySide6.QtWidgets import QMessageBox

        cache = self.cache()
        answer = QMessageBox.question(
            self.services.dialog_parent(),
            self.tr("Clear Cached English"),
            self.tr("Remove every cached translation (%1 MB)? Gloss packs are kept.").replace(
                "%1", f"{cache.size_bytes() / 1e6:.1f}"
            ),
        )
        if answer == QMessageBox.Yes:
            self._clear_on_writer(cache.clear_all)

    def clear_cache(self) -> None:
        """Empty the cache now (Preferences has asked already, and shows the new size next)."""
        tasks.on_writer(self.cache().clear_all)
        self.changed.emit()

    def _clear_on_writer(self, clear, *args, announce_removed: bool = False) -> None:
        self._clear_reports = announce_removed
        self._clearing.start(clear, *args, writes=True)

    def _on_cleared(self, removed) -> None:
        self.changed.emit()
        if self._clear_reports:
            self.services.show_status(self.tr("Removed %n cached translation(s)", "", removed or 0), 5000)
