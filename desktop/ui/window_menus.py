"""The window's menus and its own actions (File, Edit, View, Go, Help), and Preferences wiring.

Feature controllers add their actions to these menus; every visible string is
set in :meth:`WindowMenus.retranslate`, so a language switch reaches all of them.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog

from ..core.loading import SUPPORTED_SUFFIXES
from . import settings as keys

ZOOM_LIMIT = 12


def _standard_or(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's binding for ``standard``, or ``fallback`` where the platform has none."""
    bindings = QKeySequence.keyBindings(standard)
    return bindings or [QKeySequence(fallback)]


class WindowMenus(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._create_actions()
        self._create_menus()

    def _create_actions(self) -> None:
        w = self.window
        w._action("open", "", self._on_open, QKeySequence.StandardKey.Open)
        w._action("paste", "", self._on_paste, "Ctrl+Shift+V")
        w._action("close", "", w.close_document, QKeySequence.StandardKey.Close)
        w._action("quit", "", w.close).setShortcuts(_standard_or(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        w.actions["quit"].setMenuRole(QAction.QuitRole)
        w._action("preferences", "", self.show_preferences).setShortcuts(_standard_or(QKeySequence.StandardKey.Preferences, "Ctrl+,"))
        w.actions["preferences"].setMenuRole(QAction.PreferencesRole)
        w._action("next_section", "", lambda: w.step_section(1), "Ctrl+]")
        w._action("previous_section", "", lambda: w.step_section(-1), "Ctrl+[")
        w._action("focus_navigator", "", lambda: w.navigator.setFocus(), "Ctrl+1")
        w._action("focus_reader", "", lambda: w.reader.setFocus(), "Ctrl+2")
        w._action("zoom_in", "", lambda: self.zoom(1)).setShortcuts([QKeySequence("Ctrl+="), QKeySequence("Ctrl++")])
        w._action("zoom_out", "", lambda: self.zoom(-1), "Ctrl+-")
        w._action("zoom_reset", "", lambda: self.zoom(0), "Ctrl+0")
        w._action("shortcuts", "", self.show_shortcuts, "Ctrl+/")
        w._action("about", "", self.show_about, "Ctrl+Shift+F1")
        w.actions["about"].setMenuRole(QAction.AboutRole)

    def _create_menus(self) -> None:
        w = self.window
        bar = w.menuBar()
        a = w.actions
        w.file_menu = bar.addMenu("")
        w.file_menu.addAction(a["open"])
        w.recent_menu = w.file_menu.addMenu("")
        w.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        w.file_menu.addAction(a["paste"])
        w.file_menu.addSeparator()
        from .library.menu import LibraryMenu

        self.library = LibraryMenu(w, w.file_menu)
        w.file_menu.addSeparator()
        w.file_menu.addAction(a["close"])
        w.file_menu.addSeparator()
        w.file_menu.addAction(a["quit"])
        w.edit_menu = bar.addMenu("")
        w.edit_menu.addAction(a["preferences"])
        w.view_menu = bar.addMenu("")
        for name in ("zoom_in", "zoom_out", "zoom_reset"):
            w.view_menu.addAction(a[name])
        w.view_menu.addSeparator()
        from .i18n import LanguageMenu

        self.language_menu = LanguageMenu(w.settings, w.view_menu)
        self.language_menu.languageChanged.connect(lambda _: w.retranslate())
        w.view_menu.addMenu(self.language_menu)
        w.facts_menu = bar.addMenu("")
        w.go_menu = bar.addMenu("")
        for name in ("next_section", "previous_section", "focus_navigator", "focus_reader"):
            w.go_menu.addAction(a[name])
        w.help_menu = bar.addMenu("")
        w.help_menu.addAction(a["shortcuts"])
        w.help_menu.addAction(a["about"])

    def retranslate(self) -> None:
        w, a = self.window, self.window.actions
        w.file_menu.setTitle(self.tr("&File"))
        w.recent_menu.setTitle(self.tr("Open &Recent"))
        w.edit_menu.setTitle(self.tr("&Edit"))
        w.view_menu.setTitle(self.tr("&View"))
        w.facts_menu.setTitle(self.tr("F&acts"))
        w.go_menu.setTitle(self.tr("&Go"))
        w.help_menu.setTitle(self.tr("&Help"))
        self.library.retranslate()
        texts = {
            "open": self.tr("&Open…"), "paste": self.tr("&Paste as New Document"), "close": self.tr("&Close"),
            "quit": self.tr("&Quit"), "preferences": self.tr("&Preferences…"),
            "next_section": self.tr("&Next Section"), "previous_section": self.tr("P&revious Section"),
            "focus_navigator": self.tr("Go to &Sections"), "focus_reader": self.tr("Go to &Article"),
            "zoom_in": self.tr("Zoom &In"), "zoom_out": self.tr("Zoom &Out"), "zoom_reset": self.tr("&Actual Size"),
            "shortcuts": self.tr("&Keyboard Shortcuts"), "about": self.tr("&About Fact Browser"),
        }
        for name, text in texts.items():
            a[name].setText(text)
        a["open"].setStatusTip(self.tr("Open a .txt, .md, .html, .pdf or .docx document"))
        a["paste"].setStatusTip(self.tr("Open the clipboard's text as a document"))

    # -- File ----------------------------------------------------------------
    def _on_open(self) -> None:
        w = self.window
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        start_dir = w.settings.get(keys.LAST_DIR) or str(Path.home())
        filename, _ = QFileDialog.getOpenFileName(w, self.tr("Open Document"), start_dir,
                                                  self.tr("Documents (%1);;All files (*)").replace("%1", patterns))
        if filename:
            w.open_path(filename)

    def _on_paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        if not text and mime is not None and mime.hasHtml():
            text = mime.html()
        self.window.open_text(text)

    def _fill_recent_menu(self) -> None:
        w = self.window
        w.recent_menu.clear()
        recent = w.settings.get(keys.RECENT_FILES)
        for i, path in enumerate(recent):
            action = w.recent_menu.addAction(f"&{(i + 1) % 10} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: w.open_path(p))
        if not recent:
            w.recent_menu.addAction(self.tr("No recent documents")).setEnabled(False)
        else:
            w.recent_menu.addSeparator()
            w.recent_menu.addAction(self.tr("Clear List"), lambda: w.settings.set(keys.RECENT_FILES, []))

    # -- View ----------------------------------------------------------------
    def zoom(self, step: int) -> None:
        """``step`` +1/-1 changes the reader's size one notch; 0 resets it. Remembered."""
        w = self.window
        level = 0 if step == 0 else max(-ZOOM_LIMIT, min(ZOOM_LIMIT, w.settings.get(keys.ZOOM) + step))
        w.settings.set(keys.ZOOM, level)
        w.apply_fonts()

    # -- dialogs -------------------------------------------------------------
    def show_preferences(self) -> None:
        from .preferences import PreferencesDialog

        w = self.window
        dialog = PreferencesDialog(w.settings, w, cache_dir=w.translations.cache_dir(),
                                   cache_size=w.translations.cache_size, clear_cache=w.translations.clear_cache)
        dialog.settingsChanged.connect(self.apply_settings)
        dialog.exec()
        dialog.deleteLater()

    def apply_settings(self, names: set[str]) -> None:
        """Preferences changed ``names`` (setting keys): bring every part of the window in line."""
        w = self.window
        app = QApplication.instance()
        if keys.THEME.name in names and getattr(app, "theme_controller", None) is not None:
            app.theme_controller.on_settings_changed(names)
        if keys.UI_LANGUAGE.name in names:
            from .i18n import apply_language_setting

            apply_language_setting(app, w.settings, names)
            w.retranslate()
        if keys.SCRIPT.name in names or keys.TAIWAN_PHRASES.name in names:
            w.script.reload_settings()
        if keys.VIEW_MODE.name in names:
            w.translations.set_mode(w.settings.get(keys.VIEW_MODE))
        if keys.HOVER_DELAY_MS.name in names:
            w.reader.set_hover_delay(w.settings.get(keys.HOVER_DELAY_MS))
        if names & {keys.ONLINE_TRANSLATION.name, keys.PROVIDER.name, keys.PROVIDER_URL.name}:
            w.translations.reload_settings()
        fonts = {keys.CHINESE_FONT.name, keys.ENGLISH_FONT.name, keys.FONT_SIZE.name, keys.ENGLISH_FONT_SIZE.name}
        if names & fonts or keys.THEME.name in names:
            w.apply_fonts()

    def show_shortcuts(self) -> None:
        from .shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.window.all_actions(), self.window)
        dialog.exec()
        dialog.deleteLater()

    def show_about(self) -> None:
        from .about import AboutDialog

        dialog = AboutDialog(self.window)
        dialog.exec()
        dialog.deleteLater()
