"""Sentences whose English drops or changes a figure: checked in a worker, underlined in the reader."""
from __future__ import annotations

from PySide6.QtCore import QObject

from ..shell import tasks, theme


def _checked(translations) -> dict:
    """In a worker: each Translation again, with its figure check done."""
    from ...core.translate.translation import Translation

    return {t.text: Translation.checked(t.text, t.english, t.origin, t.provider) for t in translations}


class FigureFlags(QObject):
    """Owned by the TranslationController, whose ``translations`` it checks and updates."""

    def __init__(self, controller) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = controller.window
        self._task: tasks.Task | None = None
        self.window.reader.rendered.connect(self.mark)

    def is_idle(self) -> bool:
        return self._task is None

    def flagged_sentences(self) -> list:
        article = self.window.article
        if article is None:
            return []
        known = self.controller.translations
        return [s for s in article.sentences if (t := known.get(article.text[s.start:s.end])) and t.figures]

    def check(self) -> None:
        """Check the English that arrived unchecked (gloss packs, shown at first paint)."""
        unchecked = [t for t in self.controller.translations.values() if t.origin == "pack"]
        if not unchecked:
            return
        article = self.window.article
        task = tasks.Task(_checked, unchecked)
        self._task = task
        tasks.start(task, lambda checked: self._on_checked(task, article, checked),
                    lambda message: self._on_checked(task, None, {}), owner=self)

    def mark(self) -> None:
        colour = theme.warning_colour()
        self.window.reader.set_layer("figures", [(s.start, s.end, colour) for s in self.flagged_sentences()], underline=True)

    def announce(self) -> None:
        flagged = self.flagged_sentences()
        if flagged:
            self.window.statusBar().showMessage(
                self.tr("%n sentence(s) whose English changes a figure are underlined", "", len(flagged)), 8000)

    def _on_checked(self, task, article, checked: dict) -> None:
        if task is self._task:
            self._task = None
        if article is None or article is not self.window.article:
            return
        known = self.controller.translations
        for text, translation in checked.items():
            if known.get(text) is not None and known[text].english == translation.english:
                known[text] = translation
        self.mark()
        self.announce()
