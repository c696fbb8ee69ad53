"""Connects the facts panel to the session: extraction in a worker, reader marks, selection both ways."""
from __future__ import annotations

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QDockWidget

from ...core.document import Article
from ...core.session import ReadingSession
from ..shell import tasks, theme
from ..shell.actions import ActionSpec, table
from ..shell.services import WindowServices
from ..shell.settings import FACTS_SECTION_ONLY
from .panel import FactsPanel

_MARKED = {"money", "percent", "quantity", "ratio", "multiple", "rank", "date", "person", "organization", "place"}

ACTIONS = table("facts", "FactsController", actions=(
    ActionSpec("focus_facts", QT_TRANSLATE_NOOP("FactsController", "Go to Facts &Table"), ("Ctrl+3",), "facts",
               lambda c: c.focus_table()),
))


def _extract(article: Article, glossary_source=None, progress=None, cancelled=None):
    from ...core.facts import extract_facts  # jieba and the numeral tables load here, in the worker

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
    from ...core.export import format_value  # first used when facts arrive, not at start-up

    return format_value(fact, transform)


class FactsController(QObject):
    """Owns the facts dock. ``facts`` is the current article's list (empty while extracting)."""

    factsReady = Signal(list)

    def __init__(self, session: ReadingSession, services: WindowServices) -> None:
        super().__init__(services.dialog_parent())
        self.session, self.services = session, services
        self.panel = FactsPanel(services.dialog_parent())
        self.dock = QDockWidget(services.dialog_parent())
        self._extracting = tasks.Latest(self, self._on_facts, self._on_failed, self.panel.show_progress)
        self._setup_ui()

    def _setup_ui(self) -> None:
        services, reader, navigator = self.services, self.services.reader, self.services.navigator
        self.dock.setObjectName("factsDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetClosable | QDockWidget.DockWidgetFloatable)
        self.panel.section_only.setChecked(services.settings.get(FACTS_SECTION_ONLY))
        self.panel.section_only.toggled.connect(lambda on: services.settings.set(FACTS_SECTION_ONLY, on))
        self.panel.factActivated.connect(self._on_fact_activated)
        self.panel.filterTextChanged.connect(self._on_filter_text)
        services.signals.articleChanged.connect(self._on_article_changed)
        services.signals.scriptChanged.connect(self._on_script_changed)
        reader.offsetClicked.connect(self._on_offset_clicked)
        reader.rendered.connect(self._apply_marks)
        # "This section only" follows the navigator's current row, however it was chosen
        # (a click, a scroll of the reader, F3 to a hit, Ctrl+]).
        navigator.selectionModel().currentChanged.connect(
            lambda *_: self.panel.set_current_section(navigator.current_section_index()))
        self._on_script_changed()
        from .fact_copy import FactCopier

        self.copier = FactCopier(self.session, services, self.panel)
        services.build_actions(ACTIONS, self)
        services.add_dock(self.dock, Qt.RightDockWidgetArea)
        self.retranslate()

    @property
    def facts(self) -> list:
        return self.session.facts

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Facts"))
        self.dock.toggleViewAction().setText(self.tr("&Facts Panel"))

    def focus_table(self) -> None:
        self.dock.show()
        self.panel.table.setFocus()

    def is_idle(self) -> bool:
        return self._extracting.is_idle()

    # -- slots ---------------------------------------------------------------
    def _on_article_changed(self, article: Article | None) -> None:
        self._extracting.cancel()
        self.panel.set_facts([])
        if article is None:
            return
        self.panel.show_progress(0, len(article.sentences))
        self._extracting.start(_extract, article, self.services.glossary, reports=True)

    def _on_facts(self, facts: list) -> None:
        self.session.set_facts(facts)
        self.panel.set_facts(facts)
        self._apply_marks()
        self.factsReady.emit(facts)

    def _on_failed(self, err: BaseException) -> None:
        self.panel.set_facts([])
        self.services.show_error(self.tr("Facts could not be extracted: %1").replace("%1", tasks.describe(err)))

    def _apply_marks(self) -> None:
        colours = {kind: theme.kind_colour(kind) for kind in _MARKED}  # one QColor per kind, not per fact
        self.services.reader.set_layer("facts", [(f.start, f.end, colours[f.kind]) for f in self.facts if f.kind in colours])

    def _on_script_changed(self) -> None:
        session = self.session
        self.panel.model.set_display(transform=session.transform, fact_text=session.fact_text,
                                     format_value=lambda fact: _format_value(fact, session.transform))

    def _on_filter_text(self, text: str) -> None:
        """The table's filter matches like search does: script-folded, so 社零總額 finds 社零总额."""
        text = text.strip()
        if not text:
            self.panel.set_matcher(None)
            return
        from ...core.search import TextMatcher

        self.panel.set_matcher(TextMatcher(text).matches)

    def _on_fact_activated(self, fact) -> None:
        reader = self.services.reader
        reader.select_span(fact.start, fact.end)
        reader.set_layer("current", [(fact.start, fact.end, theme.search_hit_colour(current=True))])
        if fact.section_index >= 0:
            self.services.navigator.select_section(fact.section_index)

    def _on_offset_clicked(self, offset: int) -> None:
        if any(f.start <= offset < f.end for f in self.facts):
            self.panel.select_fact_at(offset)
