"""The reading session's changes as Qt signals: the UI's side of desktop/core/session.py.

Qt drops a connection when its receiver is destroyed, so a closed window's
widgets stop hearing the session without unsubscribing by hand.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...core.session import Change, ReadingSession


class SessionSignals(QObject):
    """Re-emits each :class:`Change` of ``session``; slots read the new state from the session."""

    articleChanged = Signal(object)  # the Article, or None
    scriptChanged = Signal()
    viewModeChanged = Signal()
    factsChanged = Signal()
    englishChanged = Signal()
    searchChanged = Signal()
    selectionChanged = Signal()
    documentDateChanged = Signal()

    def __init__(self, session: ReadingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._signals = {
            Change.SCRIPT: self.scriptChanged,
            Change.VIEW_MODE: self.viewModeChanged,
            Change.FACTS: self.factsChanged,
            Change.ENGLISH: self.englishChanged,
            Change.SEARCH: self.searchChanged,
            Change.SELECTION: self.selectionChanged,
            Change.DOCUMENT_DATE: self.documentDateChanged,
        }
        self._unsubscribe = session.subscribe(self._on_change)
        self.destroyed.connect(lambda *_: self._unsubscribe())

    def _on_change(self, change: Change) -> None:
        if change is Change.ARTICLE:
            self.articleChanged.emit(self.session.article)
        else:
            self._signals[change].emit()
