"""What a feature may ask of the window: the small typed interface controllers receive instead of the window.

A controller gets the :class:`~desktop.core.session.ReadingSession` (what is
open and how it is shown) and a :class:`WindowServices` (status messages,
the message banner, docks, toolbar and status-bar places, actions and menus,
the reader through its protocol, dialogs' parent). It never holds the
window, so it cannot reach another feature's controller or a private member.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QToolBar, QVBoxLayout, QWidget

from .actions import ActionBuilder, MenuSpec, Table
from .session_signals import SessionSignals
from .settings import Settings

if TYPE_CHECKING:
    from .reader_protocol import Reader


class Banner(Protocol):
    """The window's message banner (the shell builds it)."""

    def show_error(self, text: str, key: str = "") -> None: ...

    def show_info(self, text: str, timeout_ms: int = 8000, key: str = "") -> None: ...

    def clear(self, key: str | None = None) -> None: ...


class SharedGlossary:
    """The one CC-CEDICT :class:`Glossary` of a window (thread-safe), created on first use by any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._glossary = None

    def __call__(self):
        with self._lock:
            if self._glossary is None:
                from ...core.glossary import Glossary

                self._glossary = Glossary()
            return self._glossary


class WindowServices:
    """The window's services for one window's features (built by the shell)."""

    def __init__(
        self,
        window: QMainWindow,
        *,
        settings: Settings,
        signals: SessionSignals,
        builder: ActionBuilder,
        reader: Reader,
        banner: Banner,
        reader_column: QVBoxLayout,
        toolbar: QToolBar,
        glossary: SharedGlossary,
    ) -> None:
        self._window = window
        self._toolbar = toolbar
        self._builder = builder
        self._reader_column = reader_column
        self._banner = banner
        self.settings = settings
        #: the session's changes as Qt signals
        self.signals = signals
        #: the reader as features may use it (marks, selection, cursor, sections)
        self.reader = reader
        #: the window's shared dictionary (``glossary()`` returns it, creating it on first use)
        self.glossary = glossary
        from .team_glossary import TeamGlossary

        #: the team's glossary (names and terms with their English), shared by the windows of these settings
        self.team_glossary = TeamGlossary.shared(settings)

    # -- messages ---------------------------------------------------------------
    def show_status(self, text: str, timeout_ms: int = 0) -> None:
        self._window.statusBar().showMessage(text, timeout_ms)

    def clear_status(self) -> None:
        self._window.statusBar().clearMessage()

    def show_error(self, text: str, key: str = "") -> None:
        """Say ``text`` in the banner until the document changes (or ``key``'s action clears it)."""
        self._banner.show_error(text, key=key)

    def show_info(self, text: str, key: str = "") -> None:
        self._banner.show_info(text, key=key)

    def clear_message(self, key: str) -> None:
        """Take back what the action ``key`` said, if it is still shown."""
        self._banner.clear(key)

    def show_document(self, article, path=None) -> None:
        """Make ``article`` the window's document (a feature opened it, e.g. from a library) and raise the window."""
        self._window.show_article(article, path)
        if article is not None and article.title:
            from ... import APP_NAME

            self._window.setWindowTitle(f"{article.title} — {APP_NAME}")
        self._window.raise_()
        self._window.activateWindow()

    def dialog_parent(self) -> QWidget:
        """The parent for a feature's dialogs (file pickers, questions)."""
        return self._window

    # -- places -------------------------------------------------------------------
    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> None:
        """Dock ``dock`` and list its show/hide toggle in View."""
        self._window.addDockWidget(area, dock)
        self.menu("view").addAction(dock.toggleViewAction())

    def add_toolbar_widget(self, widget: QWidget, *, separator_before: bool = False) -> None:
        if separator_before:
            self._toolbar.addSeparator()
        self._toolbar.addWidget(widget)

    def add_status_widget(self, widget: QWidget) -> None:
        self._window.statusBar().addPermanentWidget(widget)

    def add_below_reader(self, widget: QWidget) -> None:
        self._reader_column.addWidget(widget)

    # -- actions and menus ------------------------------------------------------
    def build_actions(self, declared: Table, owner: object) -> dict[str, QAction]:
        """Create, place and (on every language switch) retranslate a feature's table."""
        return self._builder.build(declared, owner)

    def add_menu(self, context: str, spec: MenuSpec) -> QMenu:
        return self._builder.add_menu(context, spec)

    def action(self, action_id: str) -> QAction:
        return self._builder.actions[action_id]

    def menu(self, menu_id: str) -> QMenu:
        return self._builder.menus[menu_id]
