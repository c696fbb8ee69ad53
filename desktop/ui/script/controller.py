"""The display-script switch: one choice converts the reader, titles, facts, search and copies.

The choice and the converted view live in the session; everything that shows
text in the display script reads :meth:`ReadingSession.transform` and friends.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox

from ...core.document import Article
from ...core.modes import ScriptVariant
from ...core.session import Change, ReadingSession
from ..services import settings as keys
from ..services import tasks
from ..services.actions import ActionSpec, MenuSpec, table
from ..services.modes import label
from ..services.window_services import WindowServices

#: menu, combo box and Ctrl+Shift+T order
VARIANT_KEYS = tuple(ScriptVariant)
#: documents longer than this are converted in a worker
BACKGROUND_CHARS = 300_000

ACTIONS = table(
    "script",
    "ScriptController",
    menus=(MenuSpec("script", QT_TRANSLATE_NOOP("ScriptController", "&Script"), parent="view"),),
    actions=(
        ActionSpec(
            "cycle_script",
            QT_TRANSLATE_NOOP("ScriptController", "Next S&cript"),
            ("Ctrl+Shift+T",),
            "script",
            lambda c: c.cycle(),
        ),
    ),
)


def _render(article: Article, variant: str, phrases: bool):
    from ...core.script import render_article

    return render_article(article, variant, phrases=phrases)


class ScriptController(QObject):
    """Sets the session's script and its converted view (``session.view``; None shows the original)."""

    scriptChanged = Signal()

    def __init__(self, session: ReadingSession, services: WindowServices) -> None:
        super().__init__(services.dialog_parent())
        self.session, self.services = session, services
        self.group = QActionGroup(self)
        self.combo = QComboBox(services.dialog_parent())
        self._converting = tasks.Latest(self, self._on_view_ready, self._on_failed)
        self._setup_ui()

    def _setup_ui(self) -> None:
        made = self.services.build_actions(ACTIONS, self)
        self.services.settings.watch((keys.SCRIPT, keys.TAIWAN_PHRASES), self.reload_settings, self)
        menu = self.services.menu("script")
        first = made["cycle_script"]
        # The variants are choices, not commands: one checkable entry per ScriptVariant,
        # labelled from the one table (services/modes.py), and the Taiwan-phrases toggle.
        self.actions: dict[str, QAction] = {}
        for key in VARIANT_KEYS:
            action = QAction(self.group)
            action.setCheckable(True)
            action.setObjectName(f"action_script_{key}")
            action.setChecked(key == self.variant)
            action.triggered.connect(lambda checked=False, k=key: self.set_variant(k))
            menu.insertAction(first, action)
            self.actions[key] = action
            self.combo.addItem("", key.value)
        menu.insertSeparator(first)
        phrases = QAction(self)
        phrases.setCheckable(True)
        phrases.setChecked(self.phrases)
        phrases.setObjectName("action_taiwan_phrases")
        phrases.toggled.connect(self.set_phrases)
        menu.insertAction(first, phrases)
        self.actions["phrases"] = phrases
        self.combo.setObjectName("scriptCombo")
        self.combo.setCurrentIndex(VARIANT_KEYS.index(self.variant))
        self.combo.currentIndexChanged.connect(lambda i: self.set_variant(VARIANT_KEYS[i]))
        self.services.add_toolbar_widget(self.combo)
        self.retranslate()

    def retranslate(self) -> None:
        for i, key in enumerate(VARIANT_KEYS):
            text = label(key)
            self.actions[key].setText(text)
            self.combo.setItemText(i, text)
        self.actions["phrases"].setText(self.tr("Use Taiwan &Phrases (rewrites vocabulary: 软件 → 軟體)"))
        self.combo.setToolTip(self.tr("Display script (Ctrl+Shift+T)"))
        self.combo.setAccessibleName(self.tr("Display script"))

    # -- public API ---------------------------------------------------------
    @property
    def variant(self) -> ScriptVariant:
        return self.session.variant

    @property
    def phrases(self) -> bool:
        return self.session.phrases

    @property
    def view(self):
        return self.session.view

    def is_converting(self) -> bool:
        return self.session.is_converting()

    def transform(self, text: str) -> str:
        """``text`` in the display script (labels, snippets, copied text)."""
        return self.session.transform(text)

    def fact_text(self, fact) -> str:
        return self.session.fact_text(fact)

    def section_title(self, section) -> str:
        return self.session.section_title(section)

    def prepare(self, article: Article | None) -> None:
        """Compute the view for a newly opened ``article`` (in a worker when it is long); not announced."""
        self._converting.cancel()
        self.session.set_view(None, announce=False)
        if article is None or self.variant == ScriptVariant.ORIGINAL:
            return
        if len(article.text) <= BACKGROUND_CHARS:
            self.session.set_view(_render(article, self.variant, self.phrases), announce=False)
            return
        self.services.show_status(self.tr("Converting the script…"))
        self._converting.start(_render, article, self.variant, self.phrases)

    def is_idle(self) -> bool:
        return self._converting.is_idle()

    def set_variant(self, variant: str) -> None:
        if variant == self.variant or variant not in VARIANT_KEYS:
            return
        self.session.set_script(ScriptVariant(variant), self.phrases)
        self.services.settings.set(keys.SCRIPT, self.variant)
        self._sync_controls()
        self._reconvert()

    def set_phrases(self, on: bool) -> None:
        if on == self.phrases:
            return
        self.session.set_script(self.variant, on)
        self.services.settings.set(keys.TAIWAN_PHRASES, on)
        self._sync_controls()
        self._reconvert()

    def reload_settings(self) -> None:
        """Follow a script or phrases choice made in Preferences."""
        variant = self.services.settings.get(keys.SCRIPT)
        phrases = self.services.settings.get(keys.TAIWAN_PHRASES)
        if (variant, phrases) != (self.variant, self.phrases):
            self.session.set_script(variant, phrases)
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
        self.prepare(self.session.article)
        if self.is_idle():
            self._apply()

    def _on_view_ready(self, view) -> None:
        self.session.set_view(view, announce=False)
        self.services.clear_status()
        self._apply()

    def _on_failed(self, err: BaseException) -> None:
        self.services.show_error(self.tr("The script could not be converted: %1").replace("%1", tasks.describe(err)))

    def _apply(self) -> None:
        self.session.announce(Change.SCRIPT)  # the shell re-renders first, then facts, search, copies
        self.scriptChanged.emit()
