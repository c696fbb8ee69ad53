"""Fetching English online: the texts of the open document that have none, sent to the chosen provider.

One run at a time, in the cache's writer thread (the translator stores what arrives: architecture
rule 3), the latest replacing the one before; its progress in the status bar, what it found set
on the session, why it stopped said in the banner. A new document or a cache about to be emptied
stops it first. The first time the user switches online translation on, a dialog says what will
be sent where. The controller decides when to fetch (the user asked, a document opened, the
settings changed); :class:`OnlineFetch` does it. Its sentences keep the controller's translation
context: they are the English menu's words.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QProgressBar

from ...core.session import ReadingSession
from ..services import settings as keys
from ..services import tasks
from ..services.window_services import WindowServices
from . import online as workers
from .sources import EnglishSources


class OnlineFetch(QObject):
    """Fetches English for ``session``'s article through ``sources``' online translator;
    ``on_english()`` once new English is on the session (the controller announces it)."""

    def __init__(
        self,
        session: ReadingSession,
        services: WindowServices,
        sources: EnglishSources,
        on_english: Callable[[], None],
    ) -> None:
        super().__init__(services.dialog_parent())
        self.session, self.services, self.sources = session, services, sources
        self._on_english = on_english
        self._run = tasks.Latest(self, self._on_done, self._on_failed, self._on_progress)
        self.progress = QProgressBar(services.dialog_parent())
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        services.add_status_widget(self.progress)

    def is_idle(self) -> bool:
        return self._run.is_idle()

    def stop(self) -> None:
        """Cancel a running fetch (before the cache is emptied under it, or another document comes)."""
        if not self._run.is_idle():
            self._run.cancel()
            self._finish()

    def translate_document(self, *, asked: bool = True) -> None:
        """Fetch English for every text that has none (online only).

        ``asked``: the user asked (F5, switching online on) and hears what was done even when
        nothing was to do; opening a document or a settings change fetches quietly."""
        article = self.session.article
        if article is None:
            return
        if not self.services.settings.get(keys.ONLINE_TRANSLATION):
            self.services.show_info(
                QCoreApplication.translate(
                    "TranslationController",
                    "Online translation is off. Switch it on in the Translate menu to fetch English for this document.",
                )
            )
            return
        from ...core.translate import article_texts

        texts = article_texts(article)
        missing = [t for t in texts if t not in self.session.english]
        if not missing and not asked:
            return
        if not missing:  # said where it is seen, not in a status bar that the next message replaces
            self.services.show_info(
                QCoreApplication.translate(
                    "TranslationController", "All %n sentence(s) already have English.", "", len(texts)
                ),
                key="online",
            )
            return
        self._start(missing)

    def translate_sentence_again(self) -> None:
        article = self.session.article
        if article is None:
            return
        offset = self.services.reader.cursor_offset()
        sentence = article.sentence_at(offset) if offset is not None else None
        if sentence is None:
            return
        text = article.text[sentence.start : sentence.end]
        if not self.services.settings.get(keys.ONLINE_TRANSLATION):
            self.services.show_info(
                QCoreApplication.translate(
                    "TranslationController", "Online translation is off: switch it on to re-translate a sentence."
                )
            )
            return
        # The core's translate_again forgets the cached English and asks again, in the worker
        # that is the cache's one writer, never on the UI thread.
        self._start([text], again=True)

    def explain(self) -> bool:
        """Before online translation is first switched on: what is sent where. True when the user agrees."""
        # A dialog's class is loaded when it is opened, not before the first paint (issue 22.8).
        from PySide6.QtWidgets import QMessageBox

        s = self.services.settings
        from ...core.translate import PROVIDERS

        name = PROVIDERS[s.get(keys.PROVIDER)].label if s.get(keys.PROVIDER) in PROVIDERS else s.get(keys.PROVIDER)
        box = QMessageBox(
            QMessageBox.Information,
            QCoreApplication.translate("TranslationController", "Online Translation"),
            QCoreApplication.translate(
                "TranslationController",
                "With online translation on, the sentences of the documents you open that have no "
                "English yet are sent to %1 over the internet. Translations are cached on this "
                "computer, so nothing is sent twice. Dictionary glosses and bundled English never "
                "need the network.\n\nSwitch online translation on?",
            ).replace("%1", name),
            QMessageBox.Yes | QMessageBox.No,
            self.services.dialog_parent(),
        )
        ok = box.exec() == QMessageBox.Yes
        if ok:
            s.set(keys.ONLINE_EXPLAINED, True)
        return ok

    def _start(self, texts: list[str], *, again: bool = False) -> None:
        translator = self.sources.translator(online=True)
        self.progress.setMaximum(len(texts))
        self.progress.setValue(0)
        self.progress.show()
        self.services.clear_message("online")  # what the last run said no longer holds
        self.services.show_status(
            QCoreApplication.translate("TranslationController", "Translating %n text(s)…", "", len(texts))
        )
        if not again:
            self.services.show_info(
                QCoreApplication.translate("TranslationController", "Translating %n sentence(s)…", "", len(texts)),
                key="online",
            )
        # The translator stores what arrives in the cache: a job for the one writer thread.
        self._run.start(
            workers.translate_again if again else workers.translate, translator, texts, reports=True, writes=True
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_done(self, result) -> None:
        # A new document cancels the job (the controller's prepare), so a result here is this document's.
        found, error = result
        self._finish()
        self.session.set_english({**self.session.english, **found}, announce=False)  # on_english announces
        self._on_english()
        if error:
            self.services.show_error(error, key="online")
        else:
            self.services.clear_message("online")
            self.services.show_status(
                QCoreApplication.translate("TranslationController", "Translated %n text(s)", "", len(found)), 5000
            )

    def _on_failed(self, err: BaseException) -> None:
        self._finish()
        self.services.show_error(tasks.describe(err), key="online")

    def _finish(self) -> None:
        self.progress.hide()
        self.services.clear_status()
