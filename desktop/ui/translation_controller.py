"""English in the reader: gloss packs and the cache at once, a provider only when the user opts in.

One worker at a time writes the translation cache (DESIGN rule 3); closing
or replacing the document cancels it.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressBar

from ..core.document import Article
from . import english_files, tasks
from . import settings as keys

MODES = (
    ("chinese", QT_TRANSLATE_NOOP("TranslationController", "&Chinese Only"), "Ctrl+Alt+1"),
    ("interleaved", QT_TRANSLATE_NOOP("TranslationController", "English &Under Each Paragraph"), "Ctrl+Alt+2"),
    ("side_by_side", QT_TRANSLATE_NOOP("TranslationController", "&Side by Side"), "Ctrl+Alt+3"),
    ("english", QT_TRANSLATE_NOOP("TranslationController", "&English Only"), "Ctrl+Alt+4"),
)


def _online(translator, texts, progress=None, cancelled=None):
    from ..core.translate import TranslationError

    from .messages import translation_error_text

    try:
        return translator.translate_sentences(texts, progress=progress, cancelled=cancelled), None
    except TranslationError as err:  # keep what arrived; say what went wrong
        return dict(err.partial or {}), translation_error_text(err, translator.config.spec.label)


def _retranslate(translator, texts, progress=None, cancelled=None):
    """Like :func:`_online`, but forgetting the cached English of ``texts`` first."""
    from ..core.translate import TranslationError

    from .messages import translation_error_text

    found = {}
    try:
        for text in texts:
            translation = translator.retranslate(text, cancelled=cancelled)
            if translation is not None:
                found[text] = translation
    except TranslationError as err:
        return found, translation_error_text(err, translator.config.spec.label)
    return found, None


class TranslationController(QObject):
    """``translations`` maps a text (sentence, heading, title) to its core ``Translation``."""

    englishChanged = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.mode = window.settings.get(keys.VIEW_MODE)
        self.translations: dict = {}
        self.packs: list = []
        self._cache = None
        self._task: tasks.Task | None = None
        self._last_english_mode = self.mode if self.mode != "chinese" else "interleaved"
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        self.progress = QProgressBar(window)
        self._setup_ui()

    # -- set-up ---------------------------------------------------------------
    def _setup_ui(self) -> None:
        w = self.window
        self.mode_menu = w.view_menu.addMenu("")
        for key, _, shortcut in MODES:
            action = w._action(f"mode_{key}", "", lambda checked=False, k=key: self.set_mode(k), shortcut)
            action.setCheckable(True)
            action.setChecked(key == self.mode)
            self.group.addAction(action)
            self.mode_menu.addAction(action)
        w._action("toggle_english", "", self.toggle_english, "Ctrl+Shift+E")
        self.mode_menu.addSeparator()
        self.mode_menu.addAction(w.actions["toggle_english"])
        self.menu = QMenu(w)
        w.menuBar().insertMenu(w.go_menu.menuAction(), self.menu)
        online = w._action("online", "", self.set_online, "Ctrl+Shift+O")
        online.setCheckable(True)
        online.setChecked(w.settings.get(keys.ONLINE_TRANSLATION))
        self.menu.addAction(online)
        self.menu.addAction(w._action("translate_now", "", self.translate_document, "F5"))
        self.menu.addAction(w._action("retranslate_sentence", "", self.retranslate_current, "Ctrl+Shift+R"))
        self.menu.addSeparator()
        self.menu.addAction(w._action("export_glosses", "", self.export_glosses, "Ctrl+Shift+X"))
        self.menu.addAction(w._action("import_glosses", "", lambda: self.import_glosses(), "Ctrl+Shift+I"))
        self.menu.addSeparator()
        self.menu.addAction(w._action("clear_document_translations", "", self.clear_document, "Ctrl+Shift+Del"))
        self.menu.addAction(w._action("clear_all_translations", "", self.clear_all, "Ctrl+Alt+Shift+Del"))
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        w.statusBar().addPermanentWidget(self.progress)
        w.articleChanged.connect(self._on_article_changed)
        from .figure_flags import FigureFlags

        self.figures = FigureFlags(self)
        self.retranslate()

    def retranslate(self) -> None:
        a = self.window.actions
        self.mode_menu.setTitle(self.tr("&English"))
        for key, label, _ in MODES:
            a[f"mode_{key}"].setText(QCoreApplication.translate("TranslationController", label))
        a["toggle_english"].setText(self.tr("&Toggle English"))
        self.menu.setTitle(self.tr("&Translate"))
        a["online"].setText(self.tr("&Online Translation"))
        a["online"].setStatusTip(self.tr("Send sentences without English to the chosen translation provider"))
        a["translate_now"].setText(self.tr("Translate &Document"))
        a["retranslate_sentence"].setText(self.tr("&Re-translate Sentence at Cursor"))
        a["export_glosses"].setText(self.tr("E&xport Glosses…"))
        a["import_glosses"].setText(self.tr("&Import Glosses…"))
        a["clear_document_translations"].setText(self.tr("&Clear Cached English for This Document"))
        a["clear_all_translations"].setText(self.tr("Clear &All Cached English…"))

    # -- public API ---------------------------------------------------------
    def english_for_sentence(self, index: int) -> str | None:
        article = self.window.article
        if article is None or not 0 <= index < len(article.sentences):
            return None
        s = article.sentences[index]
        t = self.translations.get(article.text[s.start:s.end])
        return t.english if t else None

    def english_for_span(self, start: int, end: int) -> str | None:
        article = self.window.article
        t = self.translations.get(article.text[start:end]) if article else None
        return t.english if t else None

    def english_by_sentence(self) -> dict[int, str]:
        """Sentence index ► English, for search."""
        article = self.window.article
        if article is None:
            return {}
        out = {}
        for s in article.sentences:
            t = self.translations.get(article.text[s.start:s.end])
            if t:
                out[s.index] = t.english
        return out

    def flagged_sentences(self) -> list:
        """Sentences whose English drops or changes a figure the Chinese has."""
        return self.figures.flagged_sentences()

    def is_idle(self) -> bool:
        return self._task is None and self.figures.is_idle()

    def set_mode(self, mode: str) -> None:
        if mode == self.mode:
            return
        self.mode = mode
        if mode != "chinese":
            self._last_english_mode = mode
        self.window.actions[f"mode_{mode}"].setChecked(True)
        self.window.settings.set(keys.VIEW_MODE, mode)
        self.window.rerender()

    def toggle_english(self) -> None:
        self.set_mode("chinese" if self.mode != "chinese" else self._last_english_mode)

    def set_online(self, on: bool) -> None:
        settings = self.window.settings
        if on and not settings.get(keys.ONLINE_TRANSLATION) and not settings.get(keys.ONLINE_EXPLAINED):
            if not self._explain_online():
                self.window.actions["online"].setChecked(False)
                return
        settings.set(keys.ONLINE_TRANSLATION, on)
        self.window.actions["online"].setChecked(on)
        if on:
            self.translate_document()
        else:
            self.stop_online()

    def translate_document(self) -> None:
        """Fetch English for every text that has none (online only)."""
        article = self.window.article
        if article is None:
            return
        if not self.window.settings.get(keys.ONLINE_TRANSLATION):
            self.window.banner.show_info(self.tr("Online translation is off. Switch it on in the Translate menu to fetch English for this document."))
            return
        from ..core.translate import article_texts

        missing = [t for t in article_texts(article) if t not in self.translations]
        if not missing:
            self.window.statusBar().showMessage(self.tr("Every sentence already has English"), 4000)
            return
        self._run_online(missing)

    def retranslate_current(self) -> None:
        article = self.window.article
        if article is None:
            return
        offset = self.window.reader.article_offset(self.window.reader.textCursor().position())
        sentence = article.sentence_at(offset) if offset is not None else None
        if sentence is None:
            return
        text = article.text[sentence.start:sentence.end]
        if not self.window.settings.get(keys.ONLINE_TRANSLATION):
            self.window.banner.show_info(self.tr("Online translation is off: switch it on to re-translate a sentence."))
            return
        # The core's retranslate forgets the cached English and asks again, in the worker
        # that is the cache's one writer, never on the UI thread.
        self._run_online([text], retranslate=True)

    # -- gloss packs and the cache (desktop/ui/english_files.py) -------------------
    def export_glosses(self) -> None:
        count = english_files.export_glosses(self)
        if count is not None:
            self.window.statusBar().showMessage(self.tr("Exported English for %n text(s)", "", count), 5000)

    def import_glosses(self, filename: str | None = None) -> bool:
        return english_files.import_glosses(self, filename)

    def stop_online(self) -> None:
        """Cancel a running online translation (before the cache is emptied under it)."""
        if self._task is not None:
            self._task.cancel()
            self._finish()

    def clear_document(self) -> None:
        self.stop_online()
        removed = english_files.clear_document(self)
        self.window.statusBar().showMessage(self.tr("Removed %n cached translation(s)", "", removed), 5000)

    def clear_all(self) -> None:
        self.stop_online()
        english_files.clear_all(self)

    def cache(self):
        return self._translator(online=False).cache

    def cache_dir(self) -> Path:
        from ..core.paths import user_cache_dir

        return user_cache_dir()

    def cache_size(self) -> int:
        """Bytes used by the translation cache (for Preferences)."""
        return self.cache().size_bytes()

    def clear_cache(self) -> None:
        """Empty the translation cache (Preferences has asked already); gloss packs stay."""
        self.stop_online()  # the running worker is the cache's writer: stop it first
        self.cache().clear_all()
        self._load_known()

    def reload_settings(self) -> None:
        """Follow online/provider changes made in Preferences."""
        online = self.window.settings.get(keys.ONLINE_TRANSLATION)
        self.window.actions["online"].setChecked(online)
        if online:
            self.translate_document()
        else:
            self.stop_online()

    # -- internals ------------------------------------------------------------
    def _translator(self, *, online: bool):
        from ..core.translate import ProviderConfig, TranslationCache, Translator

        s = self.window.settings
        if self._cache is None:
            self._cache = TranslationCache()
        name = s.get(keys.PROVIDER)
        config = ProviderConfig(name, api_key=s.provider_key(name) or None, url=s.get(keys.PROVIDER_URL) or None,
                                timeout=s.get(keys.PROVIDER_TIMEOUT))
        return Translator(config, self._cache, online=online, packs=self.packs)

    def prepare(self, article: Article | None) -> None:
        """Before ``article`` is first shown: its gloss pack and cached English (local reads only)."""
        if self._task is not None:
            self._task.cancel()
            self._finish()
        self.translations = {}
        self.packs = []
        if article is None:
            return
        from ..core.translate import GlossPack, GlossPackError, find_pack_for

        pack = find_pack_for(self.window.path) if self.window.path else None
        if pack is not None:
            try:
                self.packs.append(GlossPack.load(pack))
            except GlossPackError as err:
                self.window.banner.show_info(str(err))
        self._load_known(render=False)

    def _on_article_changed(self, article: Article | None) -> None:
        if article is None:
            return
        self.figures.check()
        if self.window.settings.get(keys.ONLINE_TRANSLATION):
            self.translate_document()

    def _load_known(self, render: bool = True) -> None:
        """Packs, then the cache for what they lack: local reads of one document's texts.

        The cache is opened only when a text has no English in a pack and a
        cache file exists, so the bundled article opens without sqlite.
        """
        article = self.window.article
        if article is None:
            return
        from ..core.translate.texts import article_texts

        texts = article_texts(article)
        found = {}
        try:
            if self.packs:
                from ..core.translate.translation import from_packs

                found = from_packs(self.packs, texts, check=False)  # figures are checked in a worker
            if len(found) < len(texts) and (self._cache is not None or self._cache_file().exists()):
                found.update(self._translator(online=False).known([t for t in texts if t not in found]))
        except Exception as err:  # a damaged cache must not stop the document from opening
            self.window.banner.show_error(self.tr("Cached English could not be read: %1").replace("%1", str(err)))
        self.translations = found
        self._say_other_providers(found)
        if render:
            self._changed()

    def _say_other_providers(self, found: dict) -> None:
        """Offline, English cached by another provider is shown too: say whose it is."""
        from ..core.translate.providers import PROVIDERS

        chosen = self.window.settings.get(keys.PROVIDER)
        others: dict[str, int] = {}
        for t in found.values():
            if t.origin == "cache" and t.provider != chosen and t.provider in PROVIDERS:
                others[t.provider] = others.get(t.provider, 0) + 1
        if others:
            names = ", ".join(PROVIDERS[p].label for p in sorted(others, key=others.get, reverse=True))
            # The banner, not the status bar: opening a file writes its section count there next.
            self.window.banner.show_info(
                self.tr("English for %n text(s) is cached from %1", "", sum(others.values())).replace("%1", names))

    def _cache_file(self) -> Path:
        from ..core.translate.cache import default_cache_path

        return default_cache_path()

    def _run_online(self, texts: list[str], *, retranslate: bool = False) -> None:
        if self._task is not None:
            self._task.cancel()
        translator = self._translator(online=True)
        task = tasks.Task(_retranslate if retranslate else _online, translator, texts, reports=True)
        self._task = task
        self.progress.setMaximum(len(texts))
        self.progress.setValue(0)
        self.progress.show()
        self.window.statusBar().showMessage(self.tr("Translating %n text(s)…", "", len(texts)))
        article = self.window.article
        tasks.start(task, lambda result: self._on_online_done(task, article, result),
                    lambda msg: self._on_online_failed(task, msg), self._on_progress, owner=self)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_online_done(self, task, article, result) -> None:
        if task is not self._task or article is not self.window.article:
            return
        found, error = result
        self.translations.update(found)
        self._finish()
        self._changed()
        if error:
            self.window.banner.show_error(error)
        else:
            self.window.statusBar().showMessage(self.tr("Translated %n text(s)", "", len(found)), 5000)

    def _on_online_failed(self, task, message: str) -> None:
        if task is self._task:
            self._finish()
            self.window.banner.show_error(message)

    def _finish(self) -> None:
        self._task = None
        self.progress.hide()
        self.window.statusBar().clearMessage()

    def _changed(self) -> None:
        if self.mode != "chinese":
            self.window.rerender()
        self.englishChanged.emit()
        self.figures.announce()

    def _explain_online(self) -> bool:
        s = self.window.settings
        from ..core.translate import PROVIDERS

        name = PROVIDERS[s.get(keys.PROVIDER)].label if s.get(keys.PROVIDER) in PROVIDERS else s.get(keys.PROVIDER)
        box = QMessageBox(QMessageBox.Information, self.tr("Online Translation"),
                          self.tr("With online translation on, the sentences of the documents you open that have no "
                                  "English yet are sent to %1 over the internet. Translations are cached on this "
                                  "computer, so nothing is sent twice. Dictionary glosses and bundled English never "
                                  "need the network.\n\nSwitch online translation on?").replace("%1", name),
                          QMessageBox.Yes | QMessageBox.No, self.window)
        ok = box.exec() == QMessageBox.Yes
        if ok:
            s.set(keys.ONLINE_EXPLAINED, True)
        return ok
