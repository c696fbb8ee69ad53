"""The main window's layout across launches: geometry, the navigator's splitter and the docks."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt

from ..services import settings as keys


def _saved(window, key) -> QByteArray | None:
    value = window.settings.get(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def restore_layout(window) -> None:
    """Geometry and splitter, before the features build their docks (first run: 1200×800)."""
    geometry = _saved(window, keys.GEOMETRY)
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1200, 800)
    splitter = _saved(window, keys.SPLITTER)
    if splitter is not None:
        window.splitter.restoreState(splitter)


def restore_docks(window) -> None:
    """Call after every dock exists: Qt restores only docks it can find by name."""
    state = _saved(window, keys.WINDOW_STATE)
    if state is not None:
        window.restoreState(state)
    else:  # first run: the facts table gets about a third of the window
        window.resizeDocks([window.facts.dock], [max(280, int(window.width() * 0.36))], Qt.Horizontal)


def save(window) -> None:
    window.remember_position()
    window.settings.set(keys.GEOMETRY, window.saveGeometry())
    window.settings.set(keys.WINDOW_STATE, window.saveState())
    window.settings.set(keys.SPLITTER, window.splitter.saveState())
    window.settings.sync()
