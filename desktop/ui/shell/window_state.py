"""The main window's layout across launches: geometry, the navigator's splitter and the docks."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt

from ..services import settings as keys
from ..services.screen_room import size_on_screen


def _saved(window, key) -> QByteArray | None:
    value = window.settings.get(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore_layout(window) -> None:
    """Geometry and splitter, before the features build their docks (first run: 1200×800)."""
    geometry = _saved(window, keys.GEOMETRY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(first_size(window))
    splitter = _saved(window, keys.SPLITTER)
    if splitter is not None:
        window.splitter.restoreState(splitter)


def restore_docks(window) -> None:
    """Call after every dock exists: Qt restores only docks it can find by name."""
    state = _saved(window, keys.WINDOW_STATE)
    if state is not None:
        window.restoreState(state)
    else:  # first run: the facts table gets about a third of the window, and at least Fact, Label and Period whole
        wanted = max(280, int(window.width() * 0.36), window.facts.panel.comfortable_width())
        window.resizeDocks([window.facts.dock], [wanted], Qt.Horizontal)


#: the first launch's window size, when the screen has room for it
FIRST_SIZE = (1200, 800)


def first_size(window) -> QSize:
    """1200×800, or the screen's free area when it is smaller (an 800×600 screen)."""
    return size_on_screen(window, *FIRST_SIZE)


def save(window) -> None:
    window.remember_position()
    window.settings.set(keys.GEOMETRY, window.saveGeometry())
    window.settings.set(keys.WINDOW_STATE, window.saveState())
    window.settings.set(keys.SPLITTER, window.splitter.saveState())
    window.settings.sync()
