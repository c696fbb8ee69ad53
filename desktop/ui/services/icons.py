"""The app icon and monochrome action icons from ``resources/icons/*.svg``.

Action icons are drawn on disk in :data:`theme.ICON_INK`; each paint swaps
that colour for the palette's current button-text colour, so one SVG serves
the light and the dark theme and follows a theme switch without reloading.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ...core.paths import RESOURCES_DIR
from . import theme

ICONS_DIR = RESOURCES_DIR / "icons"
APP_ICON = ICONS_DIR / "fact-browser.svg"
# Action icon names (file stems in ``resources/icons``).
ACTION_ICONS = ("document-open", "edit-find", "edit-copy", "script-switch", "translate", "view-reveal")


def app_icon() -> QIcon:
    """The window/application icon (full colour, scalable)."""
    return QIcon(str(APP_ICON))


def action_icon(name: str) -> QIcon:
    """A monochrome action icon that takes the palette's text colour; ``name`` is in :data:`ACTION_ICONS`."""
    return QIcon(_TintedSvgEngine(_svg_bytes(name)))


@cache
def _svg_bytes(name: str) -> bytes:
    return (ICONS_DIR / f"{name}.svg").read_bytes()


class _TintedSvgEngine(QIconEngine):
    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, colour: str) -> QSvgRenderer:
        renderer = self._renderers.get(colour)
        if renderer is None:
            renderer = QSvgRenderer(self._svg.replace(theme.ICON_INK.encode(), colour.encode()))
            self._renderers[colour] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        colour = theme.icon_colour(disabled=mode == QIcon.Disabled, selected=mode == QIcon.Selected)
        self._renderer(colour.name()).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _TintedSvgEngine(self._svg)


#: window action ► action icon
ACTION_ICON_FOR = {
    "open": "document-open",
    "find": "edit-find",
    "cycle_script": "script-switch",
    "translate_now": "translate",
    "toggle_english": "view-reveal",
}


def decorate(actions: dict) -> None:
    """Give the window's main actions their icons (menus and toolbars show them)."""
    for name, icon in ACTION_ICON_FOR.items():
        if name in actions:
            actions[name].setIcon(action_icon(icon))
