"""The real main window under the bundled catalogs: menus in 简体 and 繁體, English plurals."""

from __future__ import annotations

import re

import pytest

from desktop.ui.services import i18n
from desktop.ui.services.i18n import install_translators
from desktop.ui.shell.main_window import MainWindow

from hang_guards import REACT_MS

_HAN = re.compile(r"[\u3400-\u9fff]")
# Menu entries that read the same in every language: language names (shown in
# their own language on purpose) and file-format names.
_SAME_IN_EVERY_LANGUAGE = {"English", "简体中文", "繁體中文", "CSV", "JSON"}


def _needs_compiled(*langs):
    missing = [lang for lang in langs if not (i18n.TRANSLATIONS_DIR / f"fact_browser_{lang}.qm").exists()]
    if missing:
        pytest.skip(f"catalogs not compiled ({', '.join(missing)}): run `make translations`")


@pytest.fixture
def window(qtbot, qapp):
    window = MainWindow()
    qtbot.addWidget(window)
    yield window
    install_translators(qapp, "en")  # other tests expect English


def _menu_texts(window):
    """Every menu title and action text reachable from the menu bar, recursively."""
    texts = []
    stack = [action.menu() for action in window.menuBar().actions() if action.menu()]
    while stack:
        menu = stack.pop()
        texts.append(menu.title())
        for action in menu.actions():
            if action.menu():
                stack.append(action.menu())
            elif not action.isSeparator():
                texts.append(action.text())
    return texts


@pytest.mark.parametrize(
    ("lang", "titles"),
    [
        ("zh_CN", {"file_menu": "文件(&F)", "edit_menu": "编辑(&E)", "view_menu": "视图(&V)", "go_menu": "转到(&G)"}),
        ("zh_TW", {"file_menu": "檔案(&F)", "edit_menu": "編輯(&E)", "view_menu": "檢視(&V)", "go_menu": "移至(&G)"}),
    ],
)
def test_switching_the_real_window_language_retranslates_its_menus(qtbot, qapp, window, lang, titles):
    _needs_compiled(lang)
    assert window.file_menu.title() == "&File"
    assert install_translators(qapp, lang) == lang
    qtbot.waitUntil(lambda: window.file_menu.title() == titles["file_menu"], timeout=REACT_MS)
    assert {name: getattr(window, name).title() for name in titles} == titles
    # No menu entry is left in English (a missed tr() or an untranslated message shows here).
    english = [
        text for text in _menu_texts(window) if text and not _HAN.search(text) and text not in _SAME_IN_EVERY_LANGUAGE
    ]
    assert english == []
    install_translators(qapp, "en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert window.edit_menu.title() == "&Edit"


def test_one_switch_after_another_and_back_to_english(qtbot, qapp, window):
    _needs_compiled("zh_CN", "zh_TW", "en")
    install_translators(qapp, "zh_CN")
    qtbot.waitUntil(lambda: window.file_menu.title() == "文件(&F)")
    assert window.tr("%n section(s)", "", 4) == "4 个章节"
    install_translators(qapp, "zh_TW")  # replaces zh_CN, does not stack on it
    qtbot.waitUntil(lambda: window.file_menu.title() == "檔案(&F)")
    assert window.actions["open"].text() == "開啟(&O)…"
    install_translators(qapp, "en")
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")
    assert window.actions["open"].text() == "&Open…"


def test_english_plurals_come_from_the_english_catalog(qapp, window):
    _needs_compiled("en")
    install_translators(qapp, "en")
    assert any(path.endswith("fact_browser_en.qm") for path in i18n.installed_catalogs())
    assert not any("qtbase_" in path for path in i18n.installed_catalogs())
    assert window.tr("%n section(s)", "", 4) == "4 sections"
    assert window.tr("%n section(s)", "", 1) == "1 section"


def test_errors_from_the_core_are_said_in_the_interface_language(qtbot, qapp, seed_path, tmp_path):
    from desktop.ui.services import i18n
    from desktop.ui.shell.main_window import MainWindow

    if "fact_browser_zh_CN" not in " ".join(str(p) for p in (i18n.TRANSLATIONS_DIR.glob("*.qm"))):
        import pytest

        pytest.skip("catalogs not compiled: run `make translations`")
    bad = tmp_path / "photo.txt"
    bad.write_bytes(bytes(range(256)) * 50)
    window = MainWindow()
    qtbot.addWidget(window)
    window.open_path(seed_path, wait=True)
    try:
        i18n.install_translators(qapp, "zh_CN")
        window.open_path(bad, wait=True)
        assert window.banner.text() == "“photo.txt”不是 Fact Browser 能读取的文本（看起来是二进制文件）。"
        i18n.install_translators(qapp, "zh_TW")
        window.open_path(tmp_path / "missing.txt", wait=True)
        assert window.banner.text() == "「missing.txt」不存在。"
    finally:
        i18n.install_translators(qapp, "en")
    window.open_path(bad, wait=True)
    assert window.banner.text() == "“photo.txt” is not text Fact Browser can read (it looks like a binary file)."


@pytest.mark.parametrize(
    "lang, title, paste",
    [("zh_CN", "没有打开的文档", "将文本粘贴为新文档"), ("zh_TW", "沒有開啟的文件", "將文字貼上為新文件")],
)
def test_the_empty_window_speaks_the_interface_language(qtbot, qapp, window, lang, title, paste):
    """Its strings were tr() calls inside f-strings, which lupdate never saw: English in Chinese."""
    try:
        install_translators(qapp, lang)
        window.close_document()
        shown = window.reader.toPlainText()
        assert title in shown and paste in shown
    finally:
        install_translators(qapp, "en")
