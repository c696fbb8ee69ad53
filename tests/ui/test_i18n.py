"""Interface language: system default, Qt's own catalog, and switching at runtime."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow

from desktop.ui.services import i18n
from desktop.ui.services import settings as keys
from desktop.ui.services.i18n import LanguageMenu, RetranslatesOnLanguageChange, install_translators
from desktop.ui.preferences.dialog import PreferencesDialog

# A stand-in catalog: the real ones are written once every UI string exists.
_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context><name>SampleWindow</name>
<message><source>&amp;File</source><translation>{file}</translation></message>
<message><source>&amp;Open…</source><translation>{open}</translation></message>
</context>
<context><name>LanguageMenu</name>
<message><source>&amp;Language</source><translation>{language}</translation></message>
</context>
<context><name>PreferencesDialog</name>
<message><source>Preferences</source><translation>{prefs}</translation></message>
</context>
</TS>
"""
_STRINGS = {
    "zh_CN": dict(file="文件(&amp;F)", open="打开(&amp;O)…", language="语言(&amp;L)", prefs="首选项"),
    "zh_TW": dict(file="檔案(&amp;F)", open="開啟(&amp;O)…", language="語言(&amp;L)", prefs="偏好設定"),
}


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture
def catalogs(tmp_path):
    tool = _lrelease()
    if tool is None:
        pytest.skip("pyside6-lrelease not found")
    for lang, strings in _STRINGS.items():
        ts = tmp_path / f"fact_browser_{lang}.ts"
        ts.write_text(_TS.format(lang=lang, **strings), encoding="utf-8")
        subprocess.run([tool, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return tmp_path


@pytest.fixture(autouse=True)
def back_to_english(qapp):
    yield
    install_translators(qapp, "en")


class SampleWindow(RetranslatesOnLanguageChange, QMainWindow):
    """The convention every window follows: strings are set in ``_retranslate_ui``."""

    def __init__(self):
        super().__init__()
        self.file_menu = self.menuBar().addMenu("")
        self.open_action = QAction(self)
        self.file_menu.addAction(self.open_action)
        self._retranslate_ui()

    def _retranslate_ui(self):
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open…"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("zh_CN", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh_TW", "zh_TW"),
        ("zh_HK", "zh_TW"),
        ("zh_MO", "zh_TW"),
        ("zh_Hant", "zh_TW"),
        ("zh_Hans_HK", "zh_CN"),
        ("en_GB", "en"),
        ("de_DE", "en"),
        ("ja_JP", "en"),
    ],
)
def test_system_locale_picks_the_matching_catalog(name, expected):
    assert i18n.language_for_locale(QLocale(name)) == expected


def test_unknown_or_empty_language_follows_the_system(monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "zh_TW")
    assert i18n.resolve_language("") == "zh_TW"
    assert i18n.resolve_language(None) == "zh_TW"
    assert i18n.resolve_language("fr") == "zh_TW"
    assert i18n.resolve_language("zh_CN") == "zh_CN"


def test_switching_language_at_runtime_retranslates_menus_and_actions(qtbot, qapp, catalogs):
    window = SampleWindow()
    qtbot.addWidget(window)
    assert window.file_menu.title() == "&File"
    assert install_translators(qapp, "zh_CN", catalog_dir=catalogs) == "zh_CN"
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
    assert window.open_action.text() == "打开(&O)…"
    install_translators(qapp, "zh_TW", catalog_dir=catalogs)  # replaces, does not stack
    qtbot.waitUntil(lambda: window.file_menu.title() == "檔案(&F)")
    assert window.open_action.text() == "開啟(&O)…"
    install_translators(qapp, "en", catalog_dir=catalogs)
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert i18n.installed_catalogs() == []


def test_qt_own_strings_are_translated_too(qtbot, qapp, tmp_path):
    translations = Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath))
    if not (translations / "qtbase_zh_CN.qm").exists():
        pytest.skip(f"qtbase_zh_CN.qm is not shipped in {translations}")
    dialog = PreferencesDialog(keys.Settings())
    qtbot.addWidget(dialog)
    cancel = dialog.buttons.button(QDialogButtonBox.Cancel)
    assert cancel.text() == "&Cancel" or cancel.text() == "Cancel"
    install_translators(qapp, "zh_CN", catalog_dir=tmp_path)  # no catalog of ours here: Qt's alone
    assert any(path.endswith("qtbase_zh_CN.qm") for path in i18n.installed_catalogs())
    qtbot.waitUntil(lambda: "取消" in cancel.text())


def test_language_menu_stores_the_choice_and_switches_at_once(qtbot, qapp, catalogs, monkeypatch):
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", catalogs)
    settings = keys.Settings()
    window = SampleWindow()
    qtbot.addWidget(window)
    menu = LanguageMenu(settings, window)
    dialog = PreferencesDialog(settings, window)
    with qtbot.waitSignal(menu.languageChanged) as signal:
        menu.action_for("zh_TW").trigger()
    assert signal.args == ["zh_TW"]
    assert keys.Settings().get(keys.UI_LANGUAGE) == "zh_TW"
    qtbot.waitUntil(lambda: menu.title() == "語言(&L)")
    assert dialog.windowTitle() == "偏好設定"
    assert window.file_menu.title() == "檔案(&F)"
    # Language names stay in their own language whatever the interface language.
    assert [menu.action_for(code).text() for code in ("en", "zh_CN", "zh_TW")] == ["English", "简体中文", "繁體中文"]
    menu.action_for("").trigger()
    assert keys.Settings().get(keys.UI_LANGUAGE) == ""
    assert i18n.current_language() == i18n.system_language()


def test_language_menu_checks_the_stored_language(qtbot):
    settings = keys.Settings()
    settings.set(keys.UI_LANGUAGE, "zh_CN")
    menu = LanguageMenu(settings)
    qtbot.addWidget(menu)
    assert menu.action_for("zh_CN").isChecked()
    assert not menu.action_for("").isChecked()


@pytest.mark.parametrize(("lang", "title", "tab"), [("zh_CN", "首选项", "显示(&D)"), ("zh_TW", "偏好設定", "顯示(&D)")])
def test_bundled_catalogs_translate_the_preferences(qtbot, qapp, lang, title, tab):
    if not (i18n.TRANSLATIONS_DIR / f"fact_browser_{lang}.qm").exists():
        pytest.skip("catalogs not compiled: run `make translations`")
    dialog = PreferencesDialog(keys.Settings())
    qtbot.addWidget(dialog)
    install_translators(qapp, lang)
    qtbot.waitUntil(lambda: dialog.windowTitle() == title)
    assert dialog.tabs.tabText(0) == tab
    assert dialog.display_page.theme.itemText(2) == "深色"  # a QT_TRANSLATE_NOOP table entry


def test_a_language_saved_in_preferences_applies_and_the_menu_follows(qtbot, qapp, catalogs, monkeypatch):
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", catalogs)
    settings = keys.Settings()
    menu = LanguageMenu(settings)
    qtbot.addWidget(menu)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.display_page.language.set_value("zh_CN")
    names = dialog.apply()
    assert i18n.apply_language_setting(qapp, settings, {"display/theme"}) is None  # unrelated change
    assert i18n.apply_language_setting(qapp, settings, names) == "zh_CN"
    qtbot.waitUntil(lambda: menu.title() == "语言(&L)")
    assert menu.action_for("zh_CN").isChecked()


@pytest.mark.parametrize("lang", ["zh_CN", "zh_TW"])
def test_the_file_dialog_speaks_the_interface_language_in_full(qtbot, qapp, lang):
    """Issue 20.11: in the Chinese interface Qt's file dialog kept "Look in:" and "Files of type:" in
    English. PySide6-Essentials ships qtbase_zh_CN/TW.qm, but with the Qt 5 labels; ours add Qt 6's."""
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    try:
        install_translators(qapp, lang)
        for mode in (QFileDialog.AcceptOpen, QFileDialog.AcceptSave):
            dialog = QFileDialog(None, "", str(Path.home()))
            qtbot.addWidget(dialog)
            dialog.setOption(QFileDialog.DontUseNativeDialog, True)
            dialog.setAcceptMode(mode)
            texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
            english = [t for t in texts if t and t.isascii() and any(c.isalpha() for c in t)]
            assert english == [], (lang, english)
            labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
            assert labels["lookInLabel"].endswith("(&L)：") and labels["fileTypeLabel"].endswith("(&T)：")
    finally:
        install_translators(qapp, "en")
