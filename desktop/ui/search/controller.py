"""Search across sections: a toolbar field, debounced queries, highlights, F3 navigation, results dock."""

from __future__ import annotations

from PySide6.QtCore import QObject, QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QLabel, QLineEdit, QToolButton, QTreeView

from ...core.document import Article
from ...core.session import ReadingSession
from ..services import tasks, theme
from ..services.actions import ActionSpec, table
from ..services.window_services import WindowServices
from .results import SearchResultsModel

ACTIONS = table(
    "search",
    "SearchController",
    actions=(
        ActionSpec(
            "find",
            QT_TRANSLATE_NOOP("SearchController", "&Find…"),
            (QKeySequence.StandardKey.Find,),
            "go",
            lambda c: c.focus_field(),
        ),
        ActionSpec(
            "find_next",
            QT_TRANSLATE_NOOP("SearchController", "Find &Next"),
            (QKeySequence.StandardKey.FindNext,),
            "go",
            lambda c: c.step(1),
        ),
        ActionSpec(
            "find_previous",
            QT_TRANSLATE_NOOP("SearchController", "Find Pre&vious"),
            (QKeySequence.StandardKey.FindPrevious,),
            "go",
            lambda c: c.step(-1),
        ),
    ),
)

DEBOUNCE_MS = 100
#: longer documents build their index and run queries in a worker
BACKGROUND_CHARS = 200_000


def _build_index(article: Article, english: dict):
    from ...core.search import SearchIndex

    index = SearchIndex(article, english)
    index.warm()
    return index


#: hits listed at most for big documents (the count still says how many there are)
MAX_HITS = 2000


def _query(index, text: str, regex: bool, whole: bool, limit: int | None = MAX_HITS):
    return index.query(text, regex=regex, whole_word=whole, limit=limit)


class SearchField(QLineEdit):
    """Enter / Shift+Enter step through hits; Escape clears."""

    def __init__(self, controller, parent=None) -> None:
        super().__init__(parent)
        self._controller = controller

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._controller.step(-1 if event.modifiers() & Qt.ShiftModifier else 1)
        elif event.key() == Qt.Key_Escape:
            self._controller.clear()
        else:
            super().keyPressEvent(event)


class SearchController(QObject):
    """The search field and results dock; the current result and hit are the session's ``search``."""

    def __init__(self, session: ReadingSession, services: WindowServices) -> None:
        parent = services.dialog_parent()
        super().__init__(parent)
        self.session, self.services = session, services
        self.index = None
        self.field = SearchField(self, parent)
        self.regex = QToolButton(parent)
        self.whole = QToolButton(parent)
        self.only_hits = QToolButton(parent)
        self.count = QLabel(parent)
        self.results = SearchResultsModel(self)
        self.view = QTreeView(parent)
        self.dock = QDockWidget(parent)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        #: the span this controller last marked as the current hit (the "current" layer is shared
        #: with a picked fact: it is set again only when the search's own current hit changes)
        self._painted_current: tuple[int, int] | None = None
        self._indexing = tasks.Latest(self, self._on_index, self._on_index_failed)
        self._querying = tasks.Latest(self, self._on_result, lambda err: self.services.show_error(tasks.describe(err)))
        self._pending = False
        self._setup_ui()

    @property
    def result(self):
        return self.session.search.result

    @property
    def current(self) -> int:
        return self.session.search.current

    _selected: tuple[int, int] | None = None  # article span of the hit _go_to selected
    _listed = None  # the result the results dock and the navigator's counts show

    def _setup_ui(self) -> None:
        services = self.services
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(220)
        self.field.setMaximumWidth(420)
        self.field.textChanged.connect(lambda _: self._timer.start())
        for button, name in (
            (self.regex, "searchRegex"),
            (self.whole, "searchWholeWord"),
            (self.only_hits, "searchOnlyHits"),
        ):
            button.setCheckable(True)
            button.setObjectName(name)
            button.setAutoRaise(True)
        self.regex.setText(".*")
        self.whole.setText("ab|")
        self.regex.toggled.connect(lambda _: self._timer.start())
        self.whole.toggled.connect(lambda _: self._timer.start())
        self.only_hits.toggled.connect(services.reader.set_only_sections_with_hits)
        self.count.setObjectName("searchCount")
        self.count.setMinimumWidth(90)
        for i, widget in enumerate((self.field, self.regex, self.whole, self.only_hits, self.count)):
            services.add_toolbar_widget(widget, separator_before=i == 0)
        self._timer.timeout.connect(self.run_query)
        services.build_actions(ACTIONS, self)
        self.view.setObjectName("searchResults")
        self.view.setModel(self.results)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.activated.connect(self._on_result_activated)
        self.view.clicked.connect(self._on_result_activated)
        self.dock.setObjectName("searchDock")
        self.dock.setWidget(self.view)
        services.add_dock(self.dock, Qt.BottomDockWidgetArea)
        self.dock.hide()
        services.signals.articleChanged.connect(self._on_article_changed)
        services.signals.scriptChanged.connect(self._on_script_changed)
        services.signals.englishChanged.connect(self._on_english_changed)
        services.signals.searchChanged.connect(self._on_search_changed)
        services.reader.rendered.connect(lambda: self._apply_highlights(rendered=True))
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Search: 简/繁, pinyin or English (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Search"))
        self.regex.setToolTip(self.tr("Regular expression"))
        self.whole.setToolTip(self.tr("Whole words (Latin letters and digits)"))
        self.only_hits.setText(self.tr("Hits only"))
        self.only_hits.setToolTip(self.tr("List only sections with hits"))
        self.dock.setWindowTitle(self.tr("Search Results"))
        self.dock.toggleViewAction().setText(self.tr("Search &Results"))
        self._update_count()

    # -- public API ---------------------------------------------------------
    def is_idle(self) -> bool:
        return self._indexing.is_idle() and self._querying.is_idle()

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def clear(self) -> None:
        self.field.clear()
        self._show(None)
        self.dock.hide()  # an empty results dock has nothing to say
        self.services.reader.focus()

    def run_query(self) -> None:
        text = self.field.text().strip()
        if not text:
            self._show(None)
            return
        if self.index is None:
            self._pending = True  # run once the index is ready
            return
        big = len(self.index.article.text) > BACKGROUND_CHARS
        if not big:
            self._querying.cancel()
            self._on_result(_query(self.index, text, self.regex.isChecked(), self.whole.isChecked(), None))
            return
        self._querying.start(_query, self.index, text, self.regex.isChecked(), self.whole.isChecked())

    def step(self, direction: int) -> None:
        if not self.result or not self.result.hits:
            return
        if self.current < 0:
            offset = self.services.reader.cursor_offset() or 0
            i = self.result.next_hit(offset - (1 if direction > 0 else 0), backwards=direction < 0)
        else:
            i = (self.current + direction) % len(self.result.hits)
        self._go_to(i)

    # -- internals ------------------------------------------------------------
    def _on_article_changed(self, article: Article | None) -> None:
        self.index = None
        self._querying.cancel()
        self._indexing.cancel()
        self._show(None)
        if article is None:
            return
        # Built in a worker for every document: opening never waits for the fold
        # table or pinyin codes; a query typed meanwhile runs when it is ready.
        if len(article.text) > BACKGROUND_CHARS:
            self.count.setText(self.tr("Indexing…"))
        self._indexing.start(_build_index, article, self.session.english_by_sentence())

    def _on_index(self, index) -> None:
        self.index = index
        self.index.set_english(self.session.english_by_sentence())
        self._update_count()
        if self._pending or self.field.text().strip():
            self._pending = False
            self.run_query()

    def _on_index_failed(self, err: BaseException) -> None:
        self.services.show_error(self.tr("Search is unavailable: %1").replace("%1", tasks.describe(err)))

    def _on_english_changed(self) -> None:
        if self.index is not None:
            self.index.set_english(self.session.english_by_sentence())
            if self.field.text().strip():
                self._timer.start()

    def _on_result(self, result) -> None:
        if result.error:
            # The old results no longer answer what is typed: clear them, say what is wrong with the pattern.
            from ...core.search import SearchResult

            self._show(SearchResult(result.query))
            self.count.setText(result.error)
            self.count.setStyleSheet(f"color: {theme.warning_colour().name()};")
            self.count.setToolTip(result.error)
            return
        self._show(result)

    def _show(self, result) -> None:
        # The same query run again (the English arrived): the hit F3 went to stays the current one.
        old, current = self.result, self.current
        if result is not None and old is not None and result.query == old.query and 0 <= current < len(old.hits):
            span = (old.hits[current].start, old.hits[current].end)
            kept = next((i for i, h in enumerate(result.hits) if (h.start, h.end) == span), -1)
            if kept >= 0:
                self.session.set_search(self.session.search.query, result, kept)
                return
        self._drop_hit_selection()
        self.session.set_search(self.field.text().strip() if result is not None else "", result)

    def _on_search_changed(self) -> None:
        """Show the session's search: its result (when it is a new one), its marks and the current hit."""
        if self.result is not self._listed:
            self._list(self.result)
        self._apply_highlights()
        if 0 <= self.current < len(self.result.hits):
            index = self.results.hit_index(self.result.hits[self.current])
            if index.isValid():
                self.view.setCurrentIndex(index)
        self._update_count()

    def _list(self, result) -> None:
        self._listed = result
        self.count.setStyleSheet("")
        self.count.setToolTip("")
        article = self.session.article
        snippet_parts = None
        if result is not None:
            from ...core.search import snippet_parts
        self.results.set_result(
            article.text if article else "",
            result,
            section_title=self._section_title,
            convert=self.session.transform,
            snippet=snippet_parts,
        )
        # Expanding thousands of rows costs a visible pause: open the groups only when few.
        if result is not None and len(result.hits) <= 500:
            self.view.expandAll()
        elif result is not None:
            self.view.expand(self.results.index(0, 0))
        counts, starts = {}, []
        for hit in result.hits if result else []:
            if hit.section_index is not None:
                counts[hit.section_index] = counts.get(hit.section_index, 0) + 1
                starts.append(hit.start)
        self.services.reader.set_section_hit_counts(counts, starts)
        # An empty results dock has nothing to say and gives its room back to the reader
        # (cleared by hand it kept ~200 px of a 1024×700 window); the count in the toolbar says "0".
        if result is not None and result.hits and not self.dock.isVisible():
            self.dock.show()
        elif (result is None or not result.hits) and self.dock.isVisible():
            self.dock.hide()

    def _section_title(self, index):
        article = self.session.article
        if article is None or index is None or not 0 <= index < len(article.sections):
            return ""
        return self.session.section_title(article.sections[index])

    def _apply_highlights(self, *, rendered: bool = False) -> None:
        reader = self.services.reader
        hits = self.result.hits if self.result else []
        colour = theme.search_hit_colour()
        span = (hits[self.current].start, hits[self.current].end) if 0 <= self.current < len(hits) else None
        # English hits span a whole sentence: underline it rather than paint it,
        # and paint the matched words in the English where it is shown.
        layers = {
            "search": [(h.start, h.end, colour) for h in hits if h.via != "english"],
            "search_en": ([(h.start, h.end, colour) for h in hits if h.via == "english"], True),
        }
        # The current hit is marked when it changes (or a new document lost it); otherwise the mark
        # there may be a fact picked since, which a re-rendering or a re-run query must not erase.
        if span != self._painted_current or (rendered and span is not None):
            layers["current"] = [(*span, theme.search_hit_colour(current=True))] if span else []
            self._painted_current = span
        reader.set_layers(layers)
        reader.set_english_layer(
            "search_en_words",
            [
                (h.sentence_index, a, b, colour)
                for h in hits
                if h.english_spans and h.sentence_index is not None
                for a, b in h.english_spans
            ],
        )

    def _drop_hit_selection(self) -> None:
        """Unselect the hit F3 selected (a new query or Escape leaves no stale selection); a
        selection the user made stays."""
        reader = self.services.reader
        if self._selected is not None and reader.selected_span() == self._selected:
            reader.clear_selection()
        self._selected = None

    def _go_to(self, i: int) -> None:
        hit = self.result.hits[i]
        self.services.reader.select_span(hit.start, hit.end)
        self._selected = self.services.reader.selected_span()
        self.session.set_search(self.session.search.query, self.result, i)
        if hit.section_index is not None:
            self.services.reader.select_section(hit.section_index)

    def _on_result_activated(self, index) -> None:
        if self.result and index.parent().isValid():  # a hit's row (a section's row has no parent)
            self._go_to(self.result.hits.index(index.data(Qt.UserRole)))

    def _on_script_changed(self) -> None:
        self.results.set_display(section_title=self._section_title, convert=self.session.transform)

    def _update_count(self) -> None:
        if self.result is None:
            self.count.setText("")
        elif not self.result.hits:
            self.count.setText(self.tr("No matches"))
        elif self.current >= 0:
            self.count.setText(
                self.tr("%1 of %2")
                .replace("%1", str(self.current + 1))
                .replace("%2", str(self.result.total or len(self.result.hits)))
            )
        else:
            text = self.tr("%n match(es)", "", self.result.total or len(self.result.hits))
            # The title line is in no section: say so, so the navigator's counts add up to the total.
            in_title = sum(1 for h in self.result.hits if h.section_index is None)
            if in_title:
                text += " " + self.tr("(%1 in the title)").replace("%1", str(in_title))
            self.count.setText(text)
