"""The display-script switch: one choice converts the reader, titles, facts, search and copies."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox

from ...core.document import Article
from ...core.modes import ScriptVariant
from ..shell import settings as keys
from ..shell import tasks
from ..shell.modes import label

#: menu, combo box and Ctrl+Shift+T order
VARIANT_KEYS = tuple(ScriptVariant)
#: documents longer than this are converted in a worker
BACKGROUND_CHARS = 300_000


def _render(article: Article, variant: str, phrases: bool):
    from ...core.script import render_article

    return render_article(article, variant, phrases=phrases)


class ScriptController(QObject):
    """``view`` is the current ConvertedView, or None when showing the original."""

    scriptChanged = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.variant = window.settings.get(keys.SCRIPT)  # a ScriptVariant (the default when unknown)
        self.phrases = window.settings.get(keys.TAIWAN_PHRASES)
        self.view = None
        self._task: tasks.Task | None = None
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        self.combo = QComboBox(window)
        self._setup_ui()

    def _setup_ui(self) -> None:
        menu = self.window.view_menu.addMenu("")
        self.menu = menu
        for key in VARIANT_KEYS:
            action = QAction(self.group)
            action.setCheckable(True)
            action.setObjectName(f"action_script_{key}")
            action.setChecked(key == self.variant)
            action.triggered.connect(lambda checked=False, k=key: self.set_variant(k))
            menu.addAction(action)
            self.actions[key] = action
            self.combo.addItem("", key)
        menu.addSeparator()
        phrases = QAction(self)
        phrases.setCheckable(True)
        phrases.setChecked(self.phrases)
        phrases.setObjectName("action_taiwan_phrases")
        phrases.toggled.connect(self.set_phrases)
        menu.addAction(phrases)
        self.actions["phrases"] = phrases
        cycle = self.window._action("cycle_script", "", self.cycle, "Ctrl+Shift+T")
        menu.addAction(cycle)
        self.combo.setObjectName("scriptCombo")
        self.combo.setCurrentIndex(VARIANT_KEYS.index(self.variant))
        self.combo.currentIndexChanged.connect(lambda i: self.set_variant(VARIANT_KEYS[i]))
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Script"))
        for i, key in enumerate(VARIANT_KEYS):
            text = label(key)
            self.actions[key].setText(text)
            self.combo.setItemText(i, text)
        self.actions["phrases"].setText(self.tr("Use Taiwan &Phrases (rewrites vocabulary: 软件 → 軟體)"))
        self.window.actions["cycle_script"].setText(self.tr("Next S&cript"))
        self.combo.setToolTip(self.tr("Display script (Ctrl+Shift+T)"))
        self.combo.setAccessibleName(self.tr("Display script"))

    # -- public API ---------------------------------------------------------
    def is_converting(self) -> bool:
        return self.view is not None and self.view.config is not None

    def transform(self, text: str) -> str:
        """``text`` in the display script (labels, snippets, copied text)."""
        return self.view.convert(text) if self.is_converting() else text

    def fact_text(self, fact) -> str:
        return self.view.slice(fact.start, fact.end) if self.is_converting() else fact.text

    def section_title(self, section) -> str:
        return self.view.section_title(section.index) if self.is_converting() else section.title

    def prepare(self, article: Article | None) -> None:
        """Compute the view for a newly opened ``article`` (in a worker when it is long)."""
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.view = None
        if article is None or self.variant == "original":
            return
        if len(article.text) <= BACKGROUND_CHARS:
            self.view = _render(article, self.variant, self.phrases)
            return
        task = tasks.Task(_render, article, self.variant, self.phrases)
        self._task = task
        self.window.statusBar().showMessage(self.tr("Converting the script…"))
        tasks.start(task, lambda view: self._on_view_ready(task, view), lambda msg: self._on_failed(task, msg), owner=self)

    def is_idle(self) -> bool:
        return self._task is None

    def set_variant(self, variant: str) -> None:
        if variant == self.variant or variant not in VARIANT_KEYS:
            return
        self.variant = ScriptVariant(variant)
        self.window.settings.set(keys.SCRIPT, variant)
        self._sync_controls()
        self._reconvert()

    def set_phrases(self, on: bool) -> None:
        if on == self.phrases:
            return
        self.phrases = on
        self.window.settings.set(keys.TAIWAN_PHRASES, on)
        self._sync_controls()
        self._reconvert()

    def reload_settings(self) -> None:
        """Follow a script or phrases choice made in Preferences."""
        variant = self.window.settings.get(keys.SCRIPT)
        phrases = self.window.settings.get(keys.TAIWAN_PHRASES)
        if (variant, phrases) != (self.variant, self.phrases) and variant in VARIANT_KEYS:
            self.variant, self.phrases = ScriptVariant(variant), phrases
            self._sync_controls()
            self._reconvert()

    def cycle(self) -> None:
        self.set_variant(VARIANT_KEYS[(VARIANT_KEYS.index(self.variant) + 1) % len(VARIANT_KEYS)])

    # -- internals ----------------------------------------------------------
    def _sync_controls(self) -> None:
        self.actions[self.variant].setChecked(True)
        self.actions["phrases"].setChecked(self.phrases)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(VARIANT_KEYS.index(self.variant))
        self.combo.blockSignals(False)

    def _reconvert(self) -> None:
        article = self.window.article
        self.prepare(article)
        if self._task is None:
            self._apply()

    def _on_view_ready(self, task, view) -> None:
        if task is not self._task:
            return
        self._task = None
        self.view = view
        self.window.statusBar().clearMessage()
        self._apply()

    def _on_failed(self, task, message: str) -> None:
        if task is self._task:
            self._task = None
            self.window.banner.show_error(self.tr("The script could not be converted: %1").replace("%1", message))

    def _apply(self) -> None:
        self.window.rerender()
        self.scriptChanged.emit()
