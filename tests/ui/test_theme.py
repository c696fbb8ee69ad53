"""Themes: the dark palette is dark, the setting and the OS scheme drive it, icons follow it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from desktop.ui.services import icons, theme
from desktop.ui.services import settings as keys
from desktop.ui.services.theme import ThemeController


@pytest.fixture(autouse=True)
def restore_palette(qapp):
    palette = qapp.palette()
    yield
    qapp.setPalette(palette)


def window_lightness(app) -> int:
    return app.palette().color(QPalette.Window).lightness()


def test_dark_setting_darkens_the_palette_and_light_restores_it(qtbot, qapp):
    settings = keys.Settings()
    settings.set(keys.THEME, "dark")
    controller = ThemeController(qapp, settings)
    with qtbot.waitSignal(controller.themeChanged) as signal:
        assert controller.apply() is True
    assert signal.args == [True]
    assert window_lightness(qapp) < 128
    assert theme.is_dark()
    settings.set(keys.THEME, "light")
    settings.announce({keys.THEME.name})  # as Preferences does
    assert window_lightness(qapp) >= 128
    assert not controller.dark


def test_a_one_run_override_wins_until_the_user_saves_a_theme(qapp):
    settings = keys.Settings()
    controller = ThemeController(qapp, settings)
    controller.apply("dark")
    assert window_lightness(qapp) < 128
    settings.announce({keys.VIEW_MODE.name})  # an unrelated change keeps the override
    assert window_lightness(qapp) < 128
    settings.set(keys.THEME, "light")
    settings.announce({keys.THEME.name})  # as Preferences does
    assert window_lightness(qapp) >= 128


def test_system_theme_follows_the_os_scheme_change(qapp, monkeypatch):
    controller = ThemeController(qapp, keys.Settings())  # theme defaults to "system"
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: True)
    controller._on_system_scheme_changed(None)
    assert window_lightness(qapp) < 128
    monkeypatch.setattr(theme, "system_prefers_dark", lambda: False)
    controller._on_system_scheme_changed(None)
    assert window_lightness(qapp) >= 128


def test_fact_colours_differ_by_theme_and_keep_text_readable(qapp):
    for dark, text in ((False, QColor("#000000")), (True, QColor("#e6e6e6"))):
        for kind in ("money", "percent", "date", "person", "place"):
            background = theme.kind_colour(kind, dark)
            assert abs(background.lightness() - text.lightness()) > 110, (kind, dark)


def _darkest_and_lightest_ink(icon) -> tuple[int, int]:
    image = icon.pixmap(32, 32).toImage()
    ink = [
        image.pixelColor(x, y).lightness() for x in range(32) for y in range(32) if image.pixelColor(x, y).alpha() > 200
    ]
    assert ink, "icon drew nothing"
    return min(ink), max(ink)


@pytest.mark.parametrize("name", icons.ACTION_ICONS)
def test_action_icons_take_the_palettes_text_colour(qapp, name):
    theme.apply_theme(qapp, "light")
    assert _darkest_and_lightest_ink(icons.action_icon(name))[1] < 100  # dark ink on light
    theme.apply_theme(qapp, "dark")
    assert _darkest_and_lightest_ink(icons.action_icon(name))[0] > 150  # light ink on dark


def test_app_icon_renders_crisply_at_large_sizes(qapp):
    icon = icons.app_icon()
    assert not icon.isNull()
    image = icon.pixmap(256, 256).toImage()
    assert image.width() == 256
    assert image.pixelColor(128, 128).alpha() == 255  # scaled from the SVG, not a small bitmap
