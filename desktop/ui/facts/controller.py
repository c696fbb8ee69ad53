"""Connects the facts panel to the session: extraction in a worker, reader marks, selection both ways."""

from __future__ import annotations

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QDockWidget

from ...core.document import Article
from ...core.session import ReadingSession
from ..services import tasks, theme
from ..services.actions import ActionSpec, table
from ..services.window_services import WindowServices
from ..services.settings import FACTS_COLUMNS, FACTS_KIND_FILTER, FACTS_SECTION_ONLY, FACTS_TEXT_FILTER
from .panel import FactsPanel

_MARKED = {"money", "percent", "quantity", "ratio", "multiple", "rank", "date", "person", "organization", "place"}

ACTIONS = table(
    "facts",
    "FactsController",
    actions=(
        ActionSpec(
            "focus_facts",
            QT_TRANSLATE_NOOP("FactsController", "Go to Facts &Table"),
            ("Ctrl+3",),
            "facts",
            lambda c: c.focus_table(),
        ),
    ),
)


def _figures(article: Article, document=None):
    """Figures and dates, no model (~7 ms on the seed): what the panel shows at once."""
    from ...core.export import format_value  # noqa: F401 - loaded in the worker: the panel formats values on arrival
    from ...core.facts.extract import article_date, extract_facts  # in the worker

    date = article_date(article, document)
    return extract_facts(article, names=False, labels=False, document=date), date


def _extract(article: Article, glossary_source=None, document=None, known=None, progress=None, cancelled=None):
    from ...core.facts import extract_facts  # the numeral tables and the LAC model load here, in the worker

    english = None
    if glossary_source is not None:
        try:
            glossary = glossary_source()
            glossary.ensure_index()
            english = glossary.short_gloss
        except Exception:  # noqa: BLE001 - labels fall back to the built-in table; facts still arrive
            english = None
    facts = extract_facts(
        article, english=english, progress=progress, cancelled=cancelled, document=document, known=known
    )
    if cancelled is not None and cancelled():
        return None  # stopped by the user: the figures stay as they are
    return facts


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
        self._figures = tasks.Latest(self, self._on_figures, self._on_failed)
        self._extracting = tasks.Latest(self, self._on_facts, self._on_failed, self.panel.show_progress)
        self._setup_ui()

    def _setup_ui(self) -> None:
        services, reader = self.services, self.services.reader
        self.dock.setObjectName("factsDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(
            QDockWidget.DockWidgetMovable | QDockWidget.DockWidgetClosable | QDockWidget.DockWidgetFloatable
        )
        self.panel.section_only.setChecked(services.settings.get(FACTS_SECTION_ONLY))
        self.panel.section_only.toggled.connect(lambda on: services.settings.set(FACTS_SECTION_ONLY, on))
        # The facts filter is the reader's choice: it outlives the session.
        kind = services.settings.get(FACTS_KIND_FILTER)
        if 0 <= kind < self.panel.kind_filter.count():
            self.panel.kind_filter.setCurrentIndex(kind)
        self.panel.kind_filter.currentIndexChanged.connect(lambda i: services.settings.set(FACTS_KIND_FILTER, i))
        self.panel.text_filter.setText(services.settings.get(FACTS_TEXT_FILTER))
        self.panel.text_filter.textChanged.connect(lambda t: services.settings.set(FACTS_TEXT_FILTER, t))
        chosen = (entry.partition("=") for entry in services.settings.get(FACTS_COLUMNS))
        self.panel.table.set_column_choices({key: flag == "1" for key, _, flag in chosen if flag in ("0", "1")})
        self.panel.table.columnsChosen.connect(
            lambda choices: services.settings.set(FACTS_COLUMNS, [f"{k}={int(v)}" for k, v in choices.items()])
        )
        self.panel.factActivated.connect(self._on_fact_activated)
        self.panel.documentDateEdited.connect(self._on_document_date_edited)
        self.panel.stopRequested.connect(self._on_stop)
        self.panel.filterTextChanged.connect(self._on_filter_text)
        services.signals.articleChanged.connect(self._on_article_changed)
        services.signals.scriptChanged.connect(self._on_script_changed)
        services.signals.factsChanged.connect(self._on_facts_changed)
        services.signals.documentDateChanged.connect(self._show_document_date)
        reader.offsetClicked.connect(self._on_offset_clicked)
        reader.rendered.connect(self._apply_marks)
        # "This section only" follows the navigator's current row, however it was chosen
        # (a click, a scroll of the reader, F3 to a hit, Ctrl+]): the part under its heading, which for a
        # heading inside a section (1955's （一） under 三、) is less than the section.
        reader.sectionChanged.connect(lambda _: self.panel.set_current_part(reader.current_part()))
        self._on_script_changed()
        from .fact_copy import FactCopier

        self.copier = FactCopier(self.session, services, self.panel)
        from .fact_glossary import FactGlossary

        self.fact_glossary = FactGlossary(self.session, services, self.panel)
        self.copier.context_extras.append(self.fact_glossary.action)
        # The glossary's names are known names: a change to it extracts the open document again.
        services.team_glossary.changed.connect(self._on_glossary_changed)
        services.build_actions(ACTIONS, self)
        services.add_dock(self.dock, Qt.RightDockWidgetArea)
        self.retranslate()

    @property
    def facts(self) -> list:
        return self.session.facts

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Facts"))
        self.dock.toggleViewAction().setText(self.tr("&Facts Panel"))
        model = self.panel.model  # every column's header is a tr() call: all of them, however many
        model.headerDataChanged.emit(Qt.Horizontal, 0, model.columnCount() - 1)

    def focus_table(self) -> None:
        self.dock.show()
        self.panel.table.setFocus()

    def is_idle(self) -> bool:
        return self._extracting.is_idle() and self._figures.is_idle()

    # -- slots ---------------------------------------------------------------
    def _on_article_changed(self, article: Article | None) -> None:
        self._figures.cancel()
        self._extracting.cancel()
        # A new article comes with no facts and no date (the session dropped them unannounced).
        self._on_facts_changed()
        self._show_document_date()
        if article is None:
            self.panel.set_names_state(None)
            return
        self._start(article, self._user_date())

    def _user_date(self):
        path = self.session.path
        iso = self.services.settings.document_date(str(path)) if path is not None else ""
        if not iso:
            return None  # nothing to parse: the dates module stays off the path to the first paint
        from ...core.facts.dates import DocumentDate

        return DocumentDate.parse(iso, "you")

    def _start(self, article: Article, document) -> None:
        """Figures and dates first (no model), then labels and names when the model has read the text."""
        self._figures.start(_figures, article, document)
        self.panel.set_names_state("running")
        self._extracting.start(_extract, article, self.services.glossary, document, self._known(), reports=True)

    def _on_glossary_changed(self) -> None:
        article = self.session.article
        if article is not None:
            self._extracting.start(
                _extract, article, self.services.glossary, self._user_date(), self._known(), reports=True
            )
            self.panel.set_names_state("running")

    def _known(self):
        terms = self.services.team_glossary.terms()
        return terms.known if terms else None

    def _on_figures(self, result) -> None:
        facts, date = result
        self.session.set_document_date(date)
        if not self._extracting.is_idle():  # the model's list, when it came first, is the better one
            self._show(facts)

    def _on_facts(self, facts) -> None:
        if facts is None:  # the user stopped the model: the figures stay, without labels and names
            self.panel.set_names_state("stopped")
            return
        self.panel.set_names_state(None)
        self._show(facts)
        self.factsReady.emit(facts)

    def _show(self, facts: list) -> None:
        self.session.set_facts(facts)

    def _on_facts_changed(self) -> None:
        """The panel and the marks show the session's facts; the fact that was selected stays selected."""
        selected = self.panel.selected_facts()
        self.panel.set_facts(self.facts)
        if selected:
            self.panel.select_fact_at(selected[0].start)
        self._apply_marks()

    def _show_document_date(self) -> None:
        date = self.session.document_date
        self.panel.set_document_date(date, date.source if date is not None else "")

    def _on_stop(self) -> None:
        task = self._extracting
        if not task.is_idle():
            task.cancel()
            self.panel.set_names_state("stopped")

    def _on_document_date_edited(self, text: str) -> None:
        """The user's date for this document: remembered, and every relative date follows it."""
        from ...core.facts.dates import DocumentDate

        article, path = self.session.article, self.session.path
        if article is None:
            return
        text = text.strip()
        date = DocumentDate.parse(text, "you") if text else None
        if text and not date.known:
            self.panel.show_date_error(
                self.tr("“%1” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD").replace("%1", text)
            )
            return
        if path is not None:
            self.services.settings.set_document_date(str(path), date.iso() if date else "")
        self.panel.set_document_date(
            date, date.source if date is not None else ""
        )  # accepted as typed (clears a complaint)
        self._start(article, date)

    def _on_failed(self, err: BaseException) -> None:
        self.panel.set_names_state(None)
        self.services.show_error(self.tr("Facts could not be extracted: %1").replace("%1", tasks.describe(err)))

    def _apply_marks(self) -> None:
        colours = {kind: theme.kind_colour(kind) for kind in _MARKED}  # one QColor per kind, not per fact
        self.services.reader.set_layer(
            "facts", [(f.start, f.end, colours[f.kind]) for f in self.facts if f.kind in colours]
        )

    def _on_script_changed(self) -> None:
        session = self.session
        self.panel.model.set_display(
            transform=session.transform,
            fact_text=session.fact_text,
            format_value=lambda fact: _format_value(fact, session.transform),
        )

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
        search = self.session.search
        if search.current >= 0:  # the picked fact is now what is current, not a search hit
            self.session.set_search(search.query, search.result, -1)
        reader.select_span(fact.start, fact.end)
        # Its sentence softly, the figure strongly: where it is said, and what is picked.
        # (The sentence's layer paints under the facts' own marks, the figure's over everything.)
        sentence_marks = []
        article = self.session.article
        if article is not None and 0 <= fact.sentence_index < len(article.sentences):
            sentence = article.sentences[fact.sentence_index]
            if sentence.start <= fact.start and fact.end <= sentence.end:
                sentence_marks.append((sentence.start, sentence.end, theme.sentence_mark_colour()))
        reader.set_layers(
            {"sentence": sentence_marks, "current": [(fact.start, fact.end, theme.search_hit_colour(current=True))]}
        )
        if fact.section_index >= 0:
            reader.select_section(fact.section_index)

    def _on_offset_clicked(self, offset: int) -> None:
        if any(f.start <= offset < f.end for f in self.facts):
            self.panel.select_fact_at(offset)
