"""Each mode is declared once (desktop/core/modes.py) and named by one label table: the View menu,
the toolbar, Preferences and the language menu show the same words for the same mode."""

from __future__ import annotations

import pytest

from desktop.core.modes import CATALOG_LANGUAGES, InterfaceLanguage, ScriptVariant, Theme, ViewMode
from desktop.ui.preferences.dialog import PreferencesDialog
from desktop.ui.services import modes
from desktop.ui.services import settings as keys
from desktop.ui.services.settings import Settings


@pytest.mark.parametrize("enum", [ScriptVariant, ViewMode, Theme, InterfaceLanguage])
def test_every_member_has_a_label(enum):
    assert all(modes.label(member).strip() for member in enum)


def test_settings_choices_are_the_enums():
    assert keys.SCRIPT.choices == tuple(ScriptVariant)
    assert keys.VIEW_MODE.choices == tuple(ViewMode)
    assert keys.THEME.choices == tuple(Theme)
    assert keys.UI_LANGUAGE.choices == tuple(InterfaceLanguage)


def test_a_stored_mode_reads_back_as_its_member_and_an_unknown_one_as_the_default():
    settings = Settings()
    settings.set(keys.VIEW_MODE, ViewMode.SIDE_BY_SIDE)
    assert settings.store.value(keys.VIEW_MODE.name) == "side_by_side"  # plain text in the store
    assert settings.get(keys.VIEW_MODE) is ViewMode.SIDE_BY_SIDE
    settings.store.setValue(keys.SCRIPT.name, "klingon")
    assert settings.get(keys.SCRIPT) is ScriptVariant.ORIGINAL


def test_plain_drops_the_mnemonic_in_english_and_chinese():
    assert modes.plain("English &Under Each Paragraph") == "English Under Each Paragraph"
    assert modes.plain("仅中文(&C)") == "仅中文"
    assert modes.plain("Copy && Paste") == "Copy & Paste"


def test_view_menu_and_preferences_name_the_view_modes_alike(open_window, qtbot):
    window = open_window()
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    combo = dialog.display_page.view_mode
    for i, mode in enumerate(ViewMode):
        menu_text = window.actions[f"mode_{mode}"].text()
        assert combo.itemData(i) == mode.value
        assert combo.itemText(i) == modes.plain(menu_text)
    # The interleaved mode puts a paragraph's English under the paragraph (reader/document.py).
    assert combo.itemText(list(ViewMode).index(ViewMode.INTERLEAVED)) == "English Under Each Paragraph"


def test_script_menu_toolbar_and_preferences_name_the_scripts_alike(open_window, qtbot):
    window = open_window()
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    combo = dialog.display_page.script
    for i, variant in enumerate(ScriptVariant):
        assert (
            window.script.combo.itemText(i) == combo.itemText(i) == modes.plain(window.script.actions[variant].text())
        )


def test_language_menu_and_preferences_list_the_same_languages(open_window, qtbot):
    window = open_window()
    dialog = PreferencesDialog(window.settings, window)
    qtbot.addWidget(dialog)
    combo = dialog.display_page.language
    menu = window.menus.language_menu
    assert [combo.itemData(i) for i in range(combo.count())] == ["", *(lang.value for lang in CATALOG_LANGUAGES)]
    for i in range(combo.count()):
        assert combo.itemText(i) == modes.plain(menu.action_for(combo.itemData(i)).text())
