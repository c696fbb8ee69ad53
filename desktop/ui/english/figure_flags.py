"""Sentences whose English drops or changes a figure: checked in a worker, underlined in the reader."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...core.session import ReadingSession
from ..services import tasks, theme
from ..services.window_services import WindowServices


def _checked(translations) -> dict:
    """In a worker: each Translation again, with its figure check done."""
    from ...core.translate.translation import Translation

    return {t.text: Translation.checked(t.text, t.english, t.origin, t.provider) for t in translations}


class FigureFlags(QObject):
    """Checks the session's English for figures in a worker and underlines what it flags."""

    def __init__(self, session: ReadingSession, services: WindowServices) -> None:
        super().__init__(services.dialog_parent())
        self.session, self.services = session, services
        # A failed check leaves the English unflagged: say so, or unflagged would read as "no figure changed".
        self._checking = tasks.Latest(self, self._on_checked, self._on_check_failed)
        services.reader.rendered.connect(self.mark)

    def is_idle(self) -> bool:
        return self._checking.is_idle()

    def cancel(self) -> None:
        """Drop the running check (another document is being opened)."""
        self._checking.cancel()

    def flagged_sentences(self) -> list:
        return self.session.flagged_sentences()

    def check(self) -> None:
        """Check the English that arrived unchecked (gloss packs, shown at first paint)."""
        unchecked = [t for t in self.session.english.values() if t.origin == "pack"]
        if not unchecked:
            return
        self._checking.start(_checked, unchecked)

    def mark(self) -> None:
        colour = theme.warning_colour()
        self.services.reader.set_layer(
            "figures", [(s.start, s.end, colour) for s in self.flagged_sentences()], underline=True
        )

    def announce(self) -> None:
        flagged = self.flagged_sentences()
        if flagged:
            self.services.show_status(
                self.tr("%n sentence(s) whose English changes a figure are underlined", "", len(flagged)), 8000
            )

    def _on_check_failed(self, err: BaseException) -> None:
        self.services.show_error(
            self.tr("The figures in the English could not be checked: %1").replace("%1", tasks.describe(err))
        )

    def _on_checked(self, checked: dict) -> None:
        known = self.session.english
        for text, translation in checked.items():
            if known.get(text) is not None and known[text].english == translation.english:
                known[text] = translation
        self.mark()
        self.announce()
