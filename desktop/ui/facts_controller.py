"""Connects the facts panel to the window: extraction in a worker, reader marks, selection both ways."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDockWidget

from ..core.document import Article
from . import tasks, theme
from .facts_panel import FactsPanel
from .settings import FACTS_SECTION_ONLY

_MARKED = {"money", "percent", "quantity", "ratio", "multiple", "rank", "date", "person", "organization", "place"}


def _extract(article: Article, glossary_source=None, progress=None, cancelled=None):
    from ..core.facts import extract_facts  # the numeral tables and the LAC model load here, in the worker

    english = None
    if glossary_source is not None:
        try:
            glossary = glossary_source()
            glossary.ensure_index()
            english = glossary.short_gloss
        except Exception:  # labels fall back to the built-in table; facts still arrive
            english = None
    return extract_facts(article, english=english, progress=progress, cancelled=cancelled)


def _format_value(fact, transform):
    from ..core.export import format_value  # first used when facts arrive, not at start-up

    return format_value(fact, transform)


class FactsController(QObject):
    """Owns the facts dock. ``facts`` is the current article's list (empty while extracting)."""

    factsReady = Signal(list)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.panel = FactsPanel(window)
        self.dock = QDockWidget(window)
        self.facts: list = []
        self._task: tasks.Task | None = None
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.dock.setObjectName("factsDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetClosable | QDockWidget.DockWidgetFloatable)
        self.window.addDockWidget(Qt.RightDockWidgetArea, self.dock)
        self.panel.section_only.setChecked(self.window.settings.get(FACTS_SECTION_ONLY))
        self.panel.section_only.toggled.connect(lambda on: self.window.settings.set(FACTS_SECTION_ONLY, on))
        self.panel.factActivated.connect(self._on_fact_activated)
        self.window.articleChanged.connect(self._on_article_changed)
        self.window.reader.offsetClicked.connect(self._on_offset_clicked)
        self.window.reader.rendered.connect(self._apply_marks)
        # "This section only" follows the navigator's current row, however it was chosen
        # (a click, a scroll of the reader, F3 to a hit, Ctrl+]).
        self.window.navigator.selectionModel().currentChanged.connect(
            lambda *_: self.panel.set_current_section(self.window.navigator.current_section_index()))
        self.window.script.scriptChanged.connect(self._on_script_changed)
        self._on_script_changed()
        from .fact_copy import FactCopier

        self.copier = FactCopier(self.window, self.panel)
        menu = self.window.facts_menu
        menu.addAction(self.copier.actions["copy_facts"])
        menu.addAction(self.copier.actions["copy_cell"])
        menu.addMenu(self.copier.copy_as_menu)
        menu.addAction(self.copier.actions["copy_with_original"])
        menu.addAction(self.copier.actions["copy_with_english"])
        menu.addSeparator()
        menu.addAction(self.copier.actions["export_facts"])
        self.window.file_menu.insertAction(self.window.actions["close"], self.copier.actions["export_facts"])
        focus = self.window._action("focus_facts", "", self._focus_table, "Ctrl+3")
        menu.addAction(focus)
        self.window.view_menu.addAction(self.dock.toggleViewAction())
        self.retranslate()

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Facts"))
        self.dock.toggleViewAction().setText(self.tr("&Facts Panel"))
        self.window.actions["focus_facts"].setText(self.tr("Go to Facts &Table"))
        self.copier.retranslate()

    def _focus_table(self) -> None:
        self.dock.show()
        self.panel.table.setFocus()

    def is_idle(self) -> bool:
        return self._task is None

    # -- slots ---------------------------------------------------------------
    def _on_article_changed(self, article: Article | None) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self.facts = []
        self.panel.set_facts([])
        if article is None:
            return
        self.panel.show_progress(0, len(article.sentences))
        glosses = getattr(self.window, "glosses", None)
        task = tasks.Task(_extract, article, glosses.shared_glossary if glosses else None, reports=True)
        self._task = task
        tasks.start(task, lambda facts: self._on_facts(task, facts), lambda msg: self._on_failed(task, msg),
                    self.panel.show_progress, owner=self)

    def _on_facts(self, task, facts: list) -> None:
        if task is not self._task:
            return  # a newer article replaced this one
        self._task = None
        self.facts = facts
        self.panel.set_facts(facts)
        self._apply_marks()
        self.factsReady.emit(facts)

    def _on_failed(self, task, message: str) -> None:
        if task is not self._task:
            return
        self._task = None
        self.panel.set_facts([])
        self.window.banner.show_error(self.tr("Facts could not be extracted: %1").replace("%1", message))

    def _apply_marks(self) -> None:
        colours = {kind: theme.kind_colour(kind) for kind in _MARKED}  # one QColor per kind, not per fact
        self.window.reader.set_layer("facts", [(f.start, f.end, colours[f.kind]) for f in self.facts if f.kind in colours])

    def _on_script_changed(self) -> None:
        script = self.window.script
        self.panel.model.set_display(transform=script.transform, fact_text=script.fact_text,
                                     format_value=lambda fact: _format_value(fact, script.transform))

    def _on_fact_activated(self, fact) -> None:
        reader = self.window.reader
        reader.select_span(fact.start, fact.end)
        reader.set_layer("current", [(fact.start, fact.end, theme.search_hit_colour(current=True))])
        if fact.section_index >= 0:
            self.window.navigator.select_section(fact.section_index)

    def _on_offset_clicked(self, offset: int) -> None:
        if any(f.start <= offset < f.end for f in self.facts):
            self.panel.select_fact_at(offset)
