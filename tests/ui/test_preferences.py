"""Preferences: choices persist across a restart, only changed keys are reported, the cache page clears."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QDialogButtonBox, QLineEdit, QMessageBox, QWidget

from desktop.ui.services import settings as keys
from desktop.ui.preferences.dialog import PreferencesDialog


def make_dialog(qtbot, settings=None, **kwargs) -> PreferencesDialog:
    dialog = PreferencesDialog(settings or keys.Settings(), **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_choices_persist_across_a_restart(qtbot):
    dialog = make_dialog(qtbot)
    display, translation = dialog.display_page, dialog.translation_page
    display.script.set_value("taiwan")
    display.taiwan_phrases.setChecked(True)
    display.view_mode.set_value("side_by_side")
    display.chinese_size.setValue(18)
    display.theme.set_value("dark")
    display.language.set_value("zh_TW")
    display.hover_delay.setValue(800)
    translation.online.setChecked(True)
    translation.provider.set_value("deepl")
    translation.key_edits["deepl"].setText("  secret-key ")
    translation.timeout.setValue(25)
    with qtbot.waitSignal(dialog.settingsChanged) as changed:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.Ok), Qt.LeftButton)
    assert {"display/script", "display/theme", "display/language", "translate/keys/deepl"} <= changed.args[0]
    del dialog, display, translation

    restarted = keys.Settings(QSettings())  # a fresh store object, as after a restart
    assert restarted.get(keys.SCRIPT) == "taiwan"
    assert restarted.get(keys.TAIWAN_PHRASES) is True
    assert restarted.get(keys.VIEW_MODE) == "side_by_side"
    assert restarted.get(keys.FONT_SIZE) == 18
    assert restarted.get(keys.THEME) == "dark"
    assert restarted.get(keys.UI_LANGUAGE) == "zh_TW"
    assert restarted.get(keys.HOVER_DELAY_MS) == 800
    assert restarted.get(keys.ONLINE_TRANSLATION) is True
    assert restarted.get(keys.PROVIDER) == "deepl"
    assert restarted.provider_key("deepl") == "secret-key"
    assert restarted.get(keys.PROVIDER_TIMEOUT) == 25.0
    reopened = make_dialog(qtbot, restarted)
    assert reopened.display_page.script.currentText().startswith("Traditional, Taiwan")
    assert reopened.display_page.theme.value() == "dark"
    assert reopened.translation_page.key_edits["deepl"].text() == "secret-key"


def test_only_changed_keys_are_written_and_reported(qtbot):
    dialog = make_dialog(qtbot)
    with qtbot.assertNotEmitted(dialog.settingsChanged):
        assert dialog.apply() == set()
    assert "display/theme" not in QSettings().allKeys()  # untouched settings keep following the defaults
    dialog.display_page.theme.set_value("light")
    with qtbot.waitSignal(dialog.settingsChanged) as changed:
        dialog.buttons.button(QDialogButtonBox.Apply).click()
    assert changed.args == [{"display/theme"}]
    with qtbot.assertNotEmitted(dialog.settingsChanged):
        dialog.apply()  # already saved


def test_cancel_discards_edits(qtbot):
    dialog = make_dialog(qtbot)
    dialog.display_page.view_mode.set_value("english")
    dialog.buttons.button(QDialogButtonBox.Cancel).click()
    assert keys.Settings().get(keys.VIEW_MODE) == "interleaved"


def test_restore_defaults_resets_the_current_page_only(qtbot):
    settings = keys.Settings()
    settings.set(keys.THEME, "dark")
    settings.set(keys.PROVIDER, "libre")
    dialog = make_dialog(qtbot, settings)
    dialog.tabs.setCurrentWidget(dialog.display_page)
    dialog.buttons.button(QDialogButtonBox.RestoreDefaults).click()
    assert dialog.display_page.theme.value() == "system"
    assert dialog.translation_page.provider.value() == "libre"
    assert dialog.apply() == {"display/theme"}


def test_a_stale_stored_value_reads_as_the_default(qtbot):
    QSettings().setValue("display/script", "klingon")
    assert keys.Settings().get(keys.SCRIPT) == "original"
    dialog = make_dialog(qtbot)
    assert dialog.display_page.script.value() == "original"


def test_taiwan_phrases_only_offered_for_the_taiwan_script(qtbot):
    dialog = make_dialog(qtbot)
    page = dialog.display_page
    page.script.set_value("simplified")
    assert not page.taiwan_phrases.isEnabled()
    page.script.set_value("taiwan")
    assert page.taiwan_phrases.isEnabled()


def test_api_keys_are_hidden_and_only_the_chosen_providers_fields_show(qtbot):
    dialog = make_dialog(qtbot)
    dialog.show()
    page = dialog.translation_page
    dialog.tabs.setCurrentWidget(page)
    assert all(edit.echoMode() == QLineEdit.Password for edit in page.key_edits.values())
    assert not page.provider.isEnabled()  # offline: nothing to configure
    page.online.setChecked(True)
    page.provider.set_value("libre")
    assert page.libre_url.isVisible() and page.key_edits["libre"].isVisible()
    assert not page.key_edits["deepl"].isVisible()
    assert "URL below" in page.explanation.text()
    page.provider.set_value("deepl")
    assert not page.libre_url.isVisible()
    assert page.key_edits["deepl"].isVisible()
    assert "api.deepl.com" in page.explanation.text()


def test_turning_online_on_here_counts_as_having_read_the_explanation(qtbot):
    dialog = make_dialog(qtbot)
    dialog.translation_page.online.setChecked(True)
    assert "translate/explained" in dialog.apply()
    assert keys.Settings().get(keys.ONLINE_EXPLAINED) is True


def test_clear_cache_asks_first_then_clears_and_shows_the_new_size(qtbot, monkeypatch, tmp_path):
    size = {"bytes": 5 * 1024 * 1024}
    cleared = []

    def clear():
        cleared.append(True)
        size["bytes"] = 0

    dialog = make_dialog(qtbot, cache_dir=tmp_path, cache_size=lambda: size["bytes"], clear_cache=clear)
    page = dialog.cache_page
    assert page.location.text() == str(tmp_path)
    assert "5" in page.size_label.text() and "MB" in page.size_label.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Cancel)
    page.clear_button.click()
    assert cleared == []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    with qtbot.waitSignal(dialog.cacheCleared):
        page.clear_button.click()
    assert cleared == [True]
    assert page.size_label.text().startswith("0")


def test_without_cache_callables_the_size_is_unknown_and_clear_is_disabled(qtbot):
    dialog = make_dialog(qtbot)
    page = dialog.cache_page
    assert page.size_label.text() == "unknown"
    assert not page.clear_button.isEnabled()


def _inputs(root: QWidget) -> list[QWidget]:
    kinds = (QComboBox, QLineEdit, QAbstractButton)
    found = [
        w for w in root.findChildren(QWidget) if isinstance(w, kinds) or w.metaObject().className().endswith("SpinBox")
    ]
    # Line edits inside spin/combo boxes belong to them; tab-bar scroll buttons are Qt's.
    return [
        w
        for w in found
        if not isinstance(w.parent(), QComboBox)
        and "SpinBox" not in w.parent().metaObject().className()
        and w.parent().metaObject().className() != "QTabBar"
        and w.focusPolicy() & Qt.TabFocus
    ]


def test_every_input_has_an_accessible_name(qtbot):
    dialog = make_dialog(qtbot, cache_size=lambda: 0, clear_cache=lambda: None)
    unnamed = [
        w.metaObject().className()
        for page in (dialog.display_page, dialog.translation_page, dialog.cache_page)
        for w in _inputs(page)
        if not w.accessibleName()
    ]
    assert unnamed == []


def test_tab_order_follows_the_form_from_top_to_bottom(qtbot):
    dialog = make_dialog(qtbot)
    page = dialog.display_page
    expected = [
        page.script,
        page.taiwan_phrases,
        page.view_mode,
        page.chinese_font,
        page.chinese_size,
        page.english_font,
        page.english_size,
        page.theme,
        page.language,
        page.hover_delay,
    ]
    chain, widget = [], page.script
    while len(chain) < len(expected):
        if widget in expected and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    assert chain == expected


def test_cache_size_counts_the_dictionary_index_too(open_window, tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("FACT_BROWSER_CACHE_DIR", str(cache))
    window = open_window()
    cache.mkdir(exist_ok=True)
    (cache / "cedict-1.sqlite3").write_bytes(b"x" * 2_000_000)  # stands in for the 14 MB index
    assert window.english.sources.cache_size() >= 2_000_000
