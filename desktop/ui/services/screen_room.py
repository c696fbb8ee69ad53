"""How large a new top-level window may open on its screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication

#: the title bar the window manager adds above a window's own height (px)
TITLE_BAR = 40


def size_on_screen(window, width: int, height: int) -> QSize:
    """``width``×``height``, or the screen's free area when it is smaller (an 800×600 screen): a window
    larger than its screen hides its own edges (the main window its docks and status bar, the library
    window its status bar, the comparison's Outcome from column and the chart's axis)."""
    screen = window.screen()
    if screen is not None and QGuiApplication.platformName() != "offscreen":  # offscreen's "screen" is 800×600
        room = screen.availableGeometry()
        width, height = min(width, room.width()), min(height, room.height() - TITLE_BAR)
    return QSize(width, height)
