"""Colours and palettes: the only module that names a colour.

Fact-kind colours are chosen per theme so that marks stay readable on both a
light and a dark background.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ...core.modes import Theme
from . import settings as keys

_KIND_LIGHT = {
    "money": "#fde7b0",
    "percent": "#d5ecd4",
    "quantity": "#dbe6fb",
    "ratio": "#dbe6fb",
    "multiple": "#dbe6fb",
    "rank": "#dbe6fb",
    "date": "#f1dcf3",
    "person": "#fbd9d3",
    "organization": "#d3f0f0",
    "place": "#e6f0c8",
    "term": "#ececec",
}
_KIND_DARK = {
    "money": "#6b5313",
    "percent": "#2e5a2c",
    "quantity": "#2b4473",
    "ratio": "#2b4473",
    "multiple": "#2b4473",
    "rank": "#2b4473",
    "date": "#5b2e60",
    "person": "#6e3026",
    "organization": "#1f5656",
    "place": "#4a5a1e",
    "term": "#4a4a4a",
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.Window).lightness() < 128


def kind_colour(kind: str, dark: bool | None = None) -> QColor:
    table = _KIND_DARK if (is_dark() if dark is None else dark) else _KIND_LIGHT
    return QColor(table.get(kind, table["term"]))


def search_hit_colour(current: bool = False) -> QColor:
    if is_dark():
        return QColor("#b8860b" if current else "#705a12")
    return QColor("#ff9632" if current else "#ffe066")


def sentence_mark_colour() -> QColor:
    """The sentence of a picked fact: a soft wash under the strong mark of the figure itself."""
    return QColor("#3d3522") if is_dark() else QColor("#fff3d6")


def link_hover_colour() -> QColor:
    return QColor("#35506b") if is_dark() else QColor("#d8e8ff")


def english_text_colour() -> QColor:
    return QColor("#a8b4c0") if is_dark() else QColor("#4a5563")


def warning_colour() -> QColor:
    return QColor("#ff8a80") if is_dark() else QColor("#b3261e")


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#e6e6e6")
    for group in (QPalette.Active, QPalette.Inactive):
        p.setColor(group, QPalette.Window, window)
        p.setColor(group, QPalette.WindowText, text)
        p.setColor(group, QPalette.Base, base)
        p.setColor(group, QPalette.AlternateBase, QColor("#26282b"))
        p.setColor(group, QPalette.Text, text)
        p.setColor(group, QPalette.Button, window)
        p.setColor(group, QPalette.ButtonText, text)
        p.setColor(group, QPalette.ToolTipBase, QColor("#3c3f41"))
        p.setColor(group, QPalette.ToolTipText, text)
        p.setColor(group, QPalette.Highlight, QColor("#2f65ca"))
        p.setColor(group, QPalette.HighlightedText, QColor("#ffffff"))
        p.setColor(group, QPalette.Link, QColor("#7aa7ff"))
        p.setColor(group, QPalette.PlaceholderText, QColor("#8c8c8c"))
        p.setColor(group, QPalette.BrightText, QColor("#ff6b6b"))
    for role in (QPalette.Text, QPalette.WindowText, QPalette.ButtonText):
        p.setColor(QPalette.Disabled, role, QColor("#7a7a7a"))
    p.setColor(QPalette.Disabled, QPalette.Base, window)
    return p


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)
    return scheme is not None and scheme() == Qt.ColorScheme.Dark


def apply_theme(app, theme: str) -> bool:
    """Apply ``"system"``, ``"light"`` or ``"dark"``; returns whether the result is dark."""
    dark = theme == Theme.DARK or (theme == Theme.SYSTEM and system_prefers_dark())
    if not app.property("factBrowserFusion"):
        # Setting a style again re-polishes every widget, so ask first; but the first style()
        # from Python makes PySide build QStyle (~4 ms), so run_gui starts Qt with -style fusion
        # and says so in this property.
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        app.setProperty("factBrowserFusion", True)
    if dark or app.property("factBrowserDark"):
        # Light at start-up is the style's own palette already: setting it again costs ~6 ms.
        app.setPalette(dark_palette() if dark else app.style().standardPalette())
    app.setProperty("factBrowserDark", dark)
    return dark


# Colour of monochrome SVG icons as drawn on disk; ``icons.action_icon`` swaps
# it for the palette's button-text colour so they suit light and dark themes.
ICON_INK = "#5f6368"


def icon_colour(disabled: bool = False, selected: bool = False) -> QColor:
    palette = QGuiApplication.palette()
    if selected:
        return palette.color(QPalette.Active, QPalette.HighlightedText)
    return palette.color(QPalette.Disabled if disabled else QPalette.Active, QPalette.ButtonText)


def active_controller() -> "ThemeController | None":
    """The application's theme controller (None in tests that build a window without one)."""
    return ThemeController.active


class ThemeController(QObject):
    """Keeps the palette in step with the ``display/theme`` setting and, for "system", the OS scheme.

    ``themeChanged(dark)`` fires whenever the palette was re-applied, so views
    that bake colours into documents (reader highlights) can re-render.
    """

    themeChanged = Signal(bool)
    #: the one the application made last (Preferences tells it about a theme change)
    active: "ThemeController | None" = None

    def __init__(self, app, settings: keys.Settings, parent: QObject | None = None) -> None:
        super().__init__(parent or app)
        ThemeController.active = self
        self._app = app
        self._settings = settings
        self._override: str | None = None
        self.dark = False
        settings.watch(keys.THEME, self._on_theme_setting, self)
        changed = getattr(QGuiApplication.styleHints(), "colorSchemeChanged", None)
        if changed is not None:  # Qt >= 6.5 reports the OS scheme
            changed.connect(self._on_system_scheme_changed)

    def theme(self) -> str:
        """The theme in force: a one-run override (``--theme``) or the setting."""
        return self._override or self._settings.get(keys.THEME)

    def apply(self, override: str | None = None) -> bool:
        """Apply the setting (or ``override`` for this run only); returns whether it is dark."""
        if override:
            self._override = override
        self.dark = apply_theme(self._app, self.theme())
        self.themeChanged.emit(self.dark)
        return self.dark

    def _on_theme_setting(self) -> None:
        """A theme chosen in Preferences replaces a one-run override."""
        self._override = None
        self.apply()

    def _on_system_scheme_changed(self, _scheme) -> None:
        if self.theme() == Theme.SYSTEM:
            self.apply()
