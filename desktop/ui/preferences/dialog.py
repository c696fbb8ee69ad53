"""Preferences: Display, Translation and Cache pages over the one settings module.

The dialog writes only the keys whose widgets the user changed, on Apply or
OK, and announces them through :meth:`Settings.announce` (and in
``settingsChanged(names)``: a set of ``Key.name`` strings such as
``"display/theme"``); each part that follows a key watches it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout

from ..services.i18n import RetranslatesOnLanguageChange
from .fields import grow_window_to_fit
from .pages import Binding, CachePage, DisplayPage, TranslationPage
from ..services.settings import Settings


class PreferencesDialog(RetranslatesOnLanguageChange, QDialog):
    """Edit the persisted settings; nothing is stored until Apply or OK.

    ``cache_dir`` is shown on the Cache page (default: the user cache dir);
    ``cache_size()`` returns its size in bytes and ``clear_cache()`` empties
    it — without them the page shows the size as unknown and cannot clear.
    """

    # names (``Key.name``) of the settings just written
    settingsChanged = Signal(object)
    # the user confirmed Clear and ``clear_cache`` returned
    cacheCleared = Signal()

    def __init__(
        self,
        settings: Settings,
        parent=None,
        *,
        cache_dir: Path | None = None,
        cache_size: Callable[[], int] | None = None,
        clear_cache: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._initial: dict[str, object] = {}
        self.tabs = QTabWidget(self)
        self.display_page = DisplayPage(self.tabs)
        self.translation_page = TranslationPage(self.tabs)
        self.cache_page = CachePage(self.tabs, cache_dir=cache_dir, cache_size=cache_size, clear_cache=clear_cache)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.Ok | QDialogButtonBox.Cancel | QDialogButtonBox.Apply | QDialogButtonBox.RestoreDefaults,
            self,
        )
        self._setup_ui()
        self.load()

    # -- public API ---------------------------------------------------------
    def bindings(self) -> list[Binding]:
        return self.display_page.bindings() + self.translation_page.bindings()

    def load(self) -> None:
        """Show the stored values (discarding unsaved edits)."""
        for binding in self.bindings():
            binding.write(self._settings.get(binding.key))
        self.translation_page.load_key()
        self._remember_initial()

    def apply(self) -> set[str]:
        """Store every changed value; returns (and emits) the changed key names."""
        changed: set[str] = set()
        for binding in self.bindings():
            value = binding.read()
            if value != self._initial.get(binding.key.name):
                self._settings.set(binding.key, value)
                changed.add(binding.key.name)
        changed |= self.translation_page.after_apply(self._settings, changed)
        self._settings.sync()
        self._remember_initial()
        if changed:
            self._settings.announce(changed)
            self.settingsChanged.emit(changed)
        return changed

    def restore_page_defaults(self) -> None:
        """Put the current page's widgets back to the defaults (stored on Apply/OK)."""
        page = self.tabs.currentWidget()
        for binding in page.bindings():
            binding.write(binding.key.default)

    # -- set-up ---------------------------------------------------------------
    def _setup_ui(self) -> None:
        self.setObjectName("preferencesDialog")
        layout = QVBoxLayout(self)
        self.tabs.setObjectName("preferencesTabs")
        self.tabs.addTab(self.display_page, "")
        self.tabs.addTab(self.translation_page, "")
        self.tabs.addTab(self.cache_page, "")
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._on_ok)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.Apply).clicked.connect(self.apply)
        self.buttons.button(QDialogButtonBox.RestoreDefaults).clicked.connect(self.restore_page_defaults)
        self.cache_page.cacheCleared.connect(self.cacheCleared)
        self.tabs.currentChanged.connect(self._on_page_changed)
        self._on_page_changed()
        self._retranslate_ui()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))

    def _retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.tabs.setTabText(0, self.tr("&Display"))
        self.tabs.setTabText(1, self.tr("&Translation"))
        self.tabs.setTabText(2, self.tr("&Cache"))
        self.tabs.setAccessibleName(self.tr("Preference pages"))
        self.buttons.button(QDialogButtonBox.RestoreDefaults).setToolTip(
            self.tr("Reset this page to the defaults (saved when you press Apply or OK)")
        )

    def _remember_initial(self) -> None:
        self._initial = {binding.key.name: binding.read() for binding in self.bindings()}

    def _on_page_changed(self) -> None:
        page = self.tabs.currentWidget()
        self.buttons.button(QDialogButtonBox.RestoreDefaults).setEnabled(bool(page.bindings()))
        QTimer.singleShot(0, page, lambda: grow_window_to_fit(page))  # its wrapped texts, once laid out

    def _on_ok(self) -> None:
        self.apply()
        self.accept()
