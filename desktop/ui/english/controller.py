"""English in the reader: gloss packs and the cache at once, a provider only when the user opts in.

The controller holds the view modes, the English menus' actions and the English known for the
open document; what is known without the network is :mod:`.sources`, fetching the rest online
(one worker at a time writes the translation cache, architecture rule 3; closing or replacing
the document cancels it) is :mod:`.fetching`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QActionGroup

from ...core.document import Article
from ...core.modes import ViewMode
from ...core.session import Change, ReadingSession
from ..services import settings as keys
from ..services.actions import ActionSpec, MenuSpec, table, table_without_menus
from ..services.modes import VIEW_MODE_LABELS
from ..services.window_services import WindowServices
from .fetching import OnlineFetch
from .sources import EnglishSources

#: View ► English: one entry per mode, labelled from the one table (services/modes.py)
MODE_SHORTCUTS = {
    ViewMode.CHINESE: "Ctrl+Alt+1",
    ViewMode.INTERLEAVED: "Ctrl+Alt+2",
    ViewMode.SIDE_BY_SIDE: "Ctrl+Alt+3",
    ViewMode.ENGLISH: "Ctrl+Alt+4",
}
MODE_ACTIONS = table(
    "english_modes",
    "Modes",
    actions=tuple(
        ActionSpec(
            f"mode_{mode}",
            VIEW_MODE_LABELS[mode],
            (MODE_SHORTCUTS[mode],),
            "english",
            lambda c, on, m=mode: c.set_mode(m),
            checkable=True,
        )
        for mode in ViewMode
    ),
)
ACTIONS = table(
    "english",
    "TranslationController",
    menus=(
        # Created before MODE_ACTIONS (which go in "english") are built; see _setup_ui.
        MenuSpec("english", QT_TRANSLATE_NOOP("TranslationController", "&English"), parent="view"),
        MenuSpec("translate", QT_TRANSLATE_NOOP("TranslationController", "&Translate"), before="go"),
    ),
    actions=(
        ActionSpec(
            "toggle_english",
            QT_TRANSLATE_NOOP("TranslationController", "&Toggle English"),
            ("Ctrl+Shift+E",),
            "english",
            lambda c: c.toggle_english(),
            separator_before=True,
        ),
        ActionSpec(
            "online",
            QT_TRANSLATE_NOOP("TranslationController", "&Online Translation"),
            ("Ctrl+Shift+O",),
            "translate",
            lambda c, on: c.set_online(on),
            checkable=True,
            tip=QT_TRANSLATE_NOOP(
                "TranslationController", "Send sentences without English to the chosen translation provider"
            ),
        ),
        ActionSpec(
            "translate_now",
            QT_TRANSLATE_NOOP("TranslationController", "Translate &Document"),
            ("F5",),
            "translate",
            lambda c: c.translate_document(),
        ),
        ActionSpec(
            "translate_again",
            QT_TRANSLATE_NOOP("TranslationController", "&Re-translate Sentence at Cursor"),
            ("Ctrl+Shift+R",),
            "translate",
            lambda c: c.translate_sentence_again(),
        ),
        ActionSpec(
            "export_glosses",
            QT_TRANSLATE_NOOP("TranslationController", "E&xport Glosses…"),
            ("Ctrl+Shift+X",),
            "translate",
            lambda c: c.export_glosses(),
            separator_before=True,
        ),
        ActionSpec(
            "import_glosses",
            QT_TRANSLATE_NOOP("TranslationController", "&Import Glosses…"),
            ("Ctrl+Shift+I",),
            "translate",
            lambda c: c.import_glosses(),
        ),
        ActionSpec(
            "clear_document_translations",
            QT_TRANSLATE_NOOP("TranslationController", "&Clear Cached English for This Document"),
            ("Ctrl+Shift+Del",),
            "translate",
            lambda c: c.clear_document(),
            separator_before=True,
        ),
        ActionSpec(
            "clear_all_translations",
            QT_TRANSLATE_NOOP("TranslationController", "Clear &All Cached English…"),
            ("Ctrl+Alt+Shift+Del",),
            "translate",
            lambda c: c.clear_all(),
        ),
    ),
)


class TranslationController(QObject):
    """``known`` maps a text (sentence, heading, title) to its core ``Translation``."""

    englishChanged = Signal()

    def __init__(self, session: ReadingSession, services: WindowServices) -> None:
        super().__init__(services.dialog_parent())
        self.session, self.services = session, services
        #: gloss packs and the cache: the English known without the network
        self.sources = EnglishSources(session, services)
        #: English from the chosen provider, when the user switched online translation on
        self.online = OnlineFetch(session, services, self.sources, self._changed)
        self._last_english_mode = self.mode if self.mode.shows_english else ViewMode.INTERLEAVED
        self.group = QActionGroup(self)
        self._setup_ui()

    # -- set-up ---------------------------------------------------------------
    def _setup_ui(self) -> None:
        services = self.services
        for menu in ACTIONS.menus:
            services.add_menu(ACTIONS.context, menu)
        self.actions = services.build_actions(MODE_ACTIONS, self)
        for mode in ViewMode:
            self.group.addAction(self.actions[f"mode_{mode}"])
        self.actions[f"mode_{self.mode}"].setChecked(True)
        self.actions.update(services.build_actions(table_without_menus(ACTIONS), self))
        self.mode_menu, self.menu = services.menu("english"), services.menu("translate")
        self.actions["online"].setChecked(services.settings.get(keys.ONLINE_TRANSLATION))
        services.signals.articleChanged.connect(self._on_article_changed)
        services.reader.actionRequested.connect(self._on_notice_action)
        settings = services.settings
        settings.watch(keys.VIEW_MODE, lambda: self.set_mode(settings.get(keys.VIEW_MODE)), self)
        settings.watch(
            (keys.ONLINE_TRANSLATION, keys.PROVIDER, keys.PROVIDER_URL, keys.CHAT_URL, keys.CHAT_MODEL),
            self.reload_settings,
            self,
        )
        self.sources.changed.connect(self.reload_known)
        from .figure_flags import FigureFlags

        self.figures = FigureFlags(self.session, services)

    def retranslate(self) -> None:
        """The texts are the tables' (the builder sets them again on a language switch)."""

    # -- public API ---------------------------------------------------------
    @property
    def mode(self) -> ViewMode:
        return self.session.view_mode

    @property
    def known(self) -> dict:
        """Text (sentence, heading, title) ► core ``Translation``: the session's English."""
        return self.session.english

    def english_for_sentence(self, index: int) -> str | None:
        return self.session.english_for_sentence(index)

    def english_for_span(self, start: int, end: int) -> str | None:
        return self.session.english_for_span(start, end)

    def english_by_sentence(self) -> dict[int, str]:
        """Sentence index ► English, for search."""
        return self.session.english_by_sentence()

    def english_notice(self) -> tuple[str, str, str] | None:
        """Why the open document lacks English, the one action that fixes it and its name; None when
        every sentence has English. The reader says it in place, in every view mode that shows English."""
        article = self.session.article
        if article is None:
            return None
        from ...core.translate.texts import has_chinese

        texts = (article.text[s.start : s.end] for s in article.sentences)
        if all(t in self.known for t in texts if has_chinese(t)):
            return None
        if not self.services.settings.get(keys.ONLINE_TRANSLATION):
            return (
                self.tr(
                    "No English for this document yet: online translation is off (or import a gloss file "
                    "with Translate ▸ Import Glosses)."
                ),
                self.tr("Turn on online translation"),
                "online",
            )
        if not self.online.is_idle():
            return (self.tr("English is on its way: the sentences are being translated."), "", "")
        return (self.tr("Some sentences have no English yet."), self.tr("Translate the document"), "translate_now")

    def _on_notice_action(self, name: str) -> None:
        action = self.actions.get(name)
        if action is not None:
            action.trigger()

    def flagged_sentences(self) -> list:
        """Sentences whose English drops or changes a figure the Chinese has."""
        return self.session.flagged_sentences()

    def is_idle(self) -> bool:
        return self.online.is_idle() and self.sources.is_idle() and self.figures.is_idle()

    def set_mode(self, mode: str) -> None:
        if mode == self.mode or mode not in tuple(ViewMode):
            self.actions[f"mode_{self.mode}"].setChecked(True)
            return
        mode = ViewMode(mode)
        if mode.shows_english:
            self._last_english_mode = mode
        self.actions[f"mode_{mode}"].setChecked(True)
        self.services.settings.set(keys.VIEW_MODE, mode)
        self.session.set_view_mode(mode)  # the shell re-renders

    def toggle_english(self) -> None:
        self.set_mode(ViewMode.CHINESE if self.mode.shows_english else self._last_english_mode)

    def set_online(self, on: bool) -> None:
        settings = self.services.settings
        if on and not settings.get(keys.ONLINE_TRANSLATION) and not settings.get(keys.ONLINE_EXPLAINED):
            if not self.online.explain():
                self.actions["online"].setChecked(False)
                return
        settings.set(keys.ONLINE_TRANSLATION, on)
        self.actions["online"].setChecked(on)
        if on:
            self.translate_document()
        else:
            self.stop_online()

    def translate_document(self, *, asked: bool = True) -> None:
        """Fetch English for every text that has none (online only); ``asked``: the user asked
        and hears what was done even when nothing was to do (:meth:`OnlineFetch.translate_document`)."""
        self.online.translate_document(asked=asked)

    def translate_sentence_again(self) -> None:
        self.online.translate_sentence_again()

    # -- gloss packs and the cache (sources.py) -------------------------------------
    def export_glosses(self) -> None:
        self.sources.export_glosses()

    def import_glosses(self, filename: str | None = None) -> bool:
        return self.sources.import_glosses(filename)

    def stop_online(self) -> None:
        """Cancel a running online translation (before the cache is emptied under it)."""
        self.online.stop()

    def clear_document(self) -> None:
        self.stop_online()  # the running worker is the cache's writer: stop it first
        self.sources.clear_document()

    def clear_all(self) -> None:
        self.stop_online()
        self.sources.clear_all()

    def clear_cache(self) -> None:
        """Empty the translation cache (Preferences has asked already); gloss packs stay."""
        self.stop_online()
        self.sources.clear_cache()

    def reload_settings(self) -> None:
        """Follow online/provider changes made in Preferences."""
        online = self.services.settings.get(keys.ONLINE_TRANSLATION)
        self.actions["online"].setChecked(online)
        if online:
            self.translate_document(asked=False)
        else:
            self.stop_online()

    # -- internals ------------------------------------------------------------
    def prepare(self, article: Article | None) -> None:
        """Before ``article`` is first shown: its gloss pack and cached English (local reads only)."""
        self.online.stop()
        self.figures.cancel()
        self.sources.load_packs()
        if article is not None:
            self.reload_known(announce=False)

    def _on_article_changed(self, article: Article | None) -> None:
        if article is None:
            return
        self.figures.check()
        if self.services.settings.get(keys.ONLINE_TRANSLATION):
            # Every open would otherwise say "All N sentences already have English." unasked.
            self.translate_document(asked=False)

    def reload_known(self, announce: bool = True) -> None:
        """The English known without the network (packs, the cache), into the session."""
        if self.session.article is None:
            return
        self.session.set_english(self.sources.read(), announce=False)
        if announce:
            self._changed()

    def _changed(self) -> None:
        self.session.announce(Change.ENGLISH)  # the shell re-renders when English shows
        self.englishChanged.emit()
        self.figures.announce()
