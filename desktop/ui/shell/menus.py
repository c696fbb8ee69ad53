"""The window's menus and its own actions (File, Edit, View, Go, Help), and Preferences wiring.

The menus and actions are declared in :data:`WINDOW` (ids, texts, shortcuts,
places, handlers); features declare theirs in their own tables and place them
in these menus by id. :class:`~desktop.ui.services.actions.ActionBuilder` sets
every text again on a language switch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from ...core.ingest.loading import SUPPORTED_SUFFIXES
from ..services import settings as keys
from ..services.actions import ActionSpec, MenuSpec, table
from ..services.recent import fill_recent

ZOOM_LIMIT = 12
_Std = QKeySequence.StandardKey

WINDOW = table(
    "window",
    "WindowMenus",
    menus=(
        MenuSpec("file", QT_TRANSLATE_NOOP("WindowMenus", "&File")),
        MenuSpec("edit", QT_TRANSLATE_NOOP("WindowMenus", "&Edit")),
        MenuSpec("view", QT_TRANSLATE_NOOP("WindowMenus", "&View")),
        MenuSpec("facts", QT_TRANSLATE_NOOP("WindowMenus", "F&acts")),
        MenuSpec("go", QT_TRANSLATE_NOOP("WindowMenus", "&Go")),
        MenuSpec("help", QT_TRANSLATE_NOOP("WindowMenus", "&Help")),
    ),
    actions=(
        ActionSpec(
            "open",
            QT_TRANSLATE_NOOP("WindowMenus", "&Open…"),
            (_Std.Open,),
            "file",
            lambda m: m.open_dialog(),
            tip=QT_TRANSLATE_NOOP("WindowMenus", "Open a .txt, .md, .html, .pdf or .docx document"),
        ),
        ActionSpec(
            "paste",
            QT_TRANSLATE_NOOP("WindowMenus", "&Paste as New Document"),
            # Ctrl+V wherever no text field has focus (a field takes its own paste first): the empty
            # window invites a paste, and Ctrl+V is the key people press. First, so the menu, the empty
            # page and the shortcuts list name it (they named Ctrl+Shift+V, kept as the second key).
            (_Std.Paste, "Ctrl+Shift+V"),
            "file",
            lambda m: m.paste(),
            tip=QT_TRANSLATE_NOOP("WindowMenus", "Open the clipboard's text as a document"),
        ),
        ActionSpec(
            "close",
            QT_TRANSLATE_NOOP("WindowMenus", "&Close"),
            (_Std.Close,),
            "file",
            lambda m: m.window.close_document(),
            separator_before=True,
        ),
        ActionSpec(
            "quit",
            QT_TRANSLATE_NOOP("WindowMenus", "&Quit"),
            (_Std.Quit,),
            "file",
            lambda m: m.quit(),
            fallback="Ctrl+Q",
            separator_before=True,
            role=QAction.QuitRole,
        ),
        ActionSpec(
            "preferences",
            QT_TRANSLATE_NOOP("WindowMenus", "&Preferences…"),
            (_Std.Preferences,),
            "edit",
            lambda m: m.show_preferences(),
            fallback="Ctrl+,",
            role=QAction.PreferencesRole,
        ),
        ActionSpec(
            "zoom_in", QT_TRANSLATE_NOOP("WindowMenus", "Zoom &In"), ("Ctrl+=", "Ctrl++"), "view", lambda m: m.zoom(1)
        ),
        ActionSpec(
            "zoom_out", QT_TRANSLATE_NOOP("WindowMenus", "Zoom &Out"), ("Ctrl+-",), "view", lambda m: m.zoom(-1)
        ),
        ActionSpec(
            "zoom_reset", QT_TRANSLATE_NOOP("WindowMenus", "&Actual Size"), ("Ctrl+0",), "view", lambda m: m.zoom(0)
        ),
        ActionSpec(
            "next_section",
            QT_TRANSLATE_NOOP("WindowMenus", "&Next Section"),
            ("Ctrl+]",),
            "go",
            lambda m: m.window.step_section(1),
        ),
        ActionSpec(
            "previous_section",
            QT_TRANSLATE_NOOP("WindowMenus", "P&revious Section"),
            ("Ctrl+[",),
            "go",
            lambda m: m.window.step_section(-1),
        ),
        ActionSpec(
            "focus_navigator",
            QT_TRANSLATE_NOOP("WindowMenus", "Go to &Sections"),
            ("Ctrl+1",),
            "go",
            lambda m: m.window.navigator.setFocus(),
        ),
        ActionSpec(
            "focus_reader",
            QT_TRANSLATE_NOOP("WindowMenus", "Go to &Article"),
            ("Ctrl+2",),
            "go",
            lambda m: m.window.reader.setFocus(),
        ),
        ActionSpec(
            "shortcuts",
            QT_TRANSLATE_NOOP("WindowMenus", "&Keyboard Shortcuts"),
            ("Ctrl+/",),
            "help",
            lambda m: m.show_shortcuts(),
        ),
        ActionSpec(
            "about",
            QT_TRANSLATE_NOOP("WindowMenus", "&About Fact Browser"),
            ("Ctrl+Shift+F1",),
            "help",
            lambda m: m.show_about(),
            role=QAction.AboutRole,
        ),
    ),
)
RECENT = MenuSpec("recent", QT_TRANSLATE_NOOP("WindowMenus", "Open &Recent"), parent="file", before="paste")


class WindowMenus(QObject):
    """The window's own menus; ``window`` is the :class:`MainWindow` (this is a shell module)."""

    def __init__(self, window, builder) -> None:
        super().__init__(window)
        self.window = window
        self.builder = builder
        builder.build(WINDOW, self)
        self.recent_menu = builder.add_menu(WINDOW.context, RECENT)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        from ..services.i18n import LanguageMenu

        view = builder.menus["view"]
        view.addSeparator()
        self.language_menu = LanguageMenu(window.settings, view)
        self.language_menu.languageChanged.connect(lambda _: window.retranslate())
        view.addMenu(self.language_menu)

    def retranslate(self) -> None:
        self.builder.retranslate()

    # -- File ----------------------------------------------------------------
    def quit(self) -> None:
        """Every window and dialog closes and the process ends (asking once if a library is being built)."""
        from ..services.quitting import quit_application

        quit_application(self.window)

    def open_dialog(self) -> None:
        # A dialog's class is loaded when it is opened, not before the first paint (issue 22.8).
        from PySide6.QtWidgets import QFileDialog

        w = self.window
        patterns = " ".join(f"*{s}" for s in SUPPORTED_SUFFIXES)
        start_dir = w.settings.get(keys.LAST_DIR) or str(Path.home())
        filename, _ = QFileDialog.getOpenFileName(
            w, self.tr("Open Document"), start_dir, self.tr("Documents (%1);;All files (*)").replace("%1", patterns)
        )
        if filename:
            w.open_path(filename)

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        text = mime.text() if mime is not None and mime.hasText() else ""
        if not text and mime is not None and mime.hasHtml():
            text = mime.html()
        self.window.open_text(text)

    def _fill_recent_menu(self) -> None:
        w = self.window
        fill_recent(
            self.recent_menu,
            w.settings.get(keys.RECENT_FILES),
            w.open_path,
            empty_text=self.tr("No recent documents"),
            clear_text=self.tr("Clear List"),
            clear=lambda: w.settings.set(keys.RECENT_FILES, []),
        )

    # -- View ----------------------------------------------------------------
    def zoom(self, step: int) -> None:
        """``step`` +1/-1 changes the reader's size one notch; 0 resets it. Remembered."""
        w = self.window
        level = 0 if step == 0 else max(-ZOOM_LIMIT, min(ZOOM_LIMIT, w.settings.get(keys.ZOOM) + step))
        w.settings.set(keys.ZOOM, level)
        w.apply_fonts()

    # -- dialogs -------------------------------------------------------------
    def show_preferences(self) -> None:
        from ..preferences.dialog import PreferencesDialog

        w = self.window
        dialog = PreferencesDialog(
            w.settings,
            w,
            cache_dir=w.english.sources.cache_dir(),
            cache_size=w.english.sources.cache_size,
            clear_cache=w.english.clear_cache,
        )
        dialog.exec()
        dialog.deleteLater()

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
