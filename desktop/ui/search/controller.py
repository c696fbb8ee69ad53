"""Search across sections: a toolbar field, debounced queries, highlights, F3 navigation, results dock."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QDockWidget, QLabel, QLineEdit, QToolButton, QTreeView

from ...core.document import Article
from ..shell import tasks, theme
from ..shell.filtering import filter_change
from .results import SearchResultsModel

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

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._controller.step(-1 if event.modifiers() & Qt.ShiftModifier else 1)
        elif event.key() == Qt.Key_Escape:
            self._controller.clear()
        else:
            super().keyPressEvent(event)


class SearchController(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.index = None
        self.result = None
        self.current = -1
        self.field = SearchField(self, window)
        self.regex = QToolButton(window)
        self.whole = QToolButton(window)
        self.only_hits = QToolButton(window)
        self.count = QLabel(window)
        self.results = SearchResultsModel(self)
        self.view = QTreeView(window)
        self.dock = QDockWidget(window)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._index_task = None
        self._query_task = None
        self._pending = False
        self._setup_ui()

    def _setup_ui(self) -> None:
        w = self.window
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(220)
        self.field.setMaximumWidth(420)
        self.field.textChanged.connect(lambda _: self._timer.start())
        for button, name in ((self.regex, "searchRegex"), (self.whole, "searchWholeWord"), (self.only_hits, "searchOnlyHits")):
            button.setCheckable(True)
            button.setObjectName(name)
            button.setAutoRaise(True)
        self.regex.setText(".*")
        self.whole.setText("ab|")
        self.regex.toggled.connect(lambda _: self._timer.start())
        self.whole.toggled.connect(lambda _: self._timer.start())
        self.only_hits.toggled.connect(w.navigator.proxy.set_only_hits)
        self.count.setObjectName("searchCount")
        self.count.setMinimumWidth(90)
        w.toolbar.addSeparator()
        for widget in (self.field, self.regex, self.whole, self.only_hits, self.count):
            w.toolbar.addWidget(widget)
        self._timer.timeout.connect(self.run_query)
        w._action("find", "", self.focus_field, QKeySequence.StandardKey.Find)
        w._action("find_next", "", lambda: self.step(1), QKeySequence.StandardKey.FindNext)
        w._action("find_previous", "", lambda: self.step(-1), QKeySequence.StandardKey.FindPrevious)
        for name in ("find", "find_next", "find_previous"):
            w.go_menu.addAction(w.actions[name])
        self.view.setObjectName("searchResults")
        self.view.setModel(self.results)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.activated.connect(self._on_result_activated)
        self.view.clicked.connect(self._on_result_activated)
        self.dock.setObjectName("searchDock")
        self.dock.setWidget(self.view)
        w.addDockWidget(Qt.BottomDockWidgetArea, self.dock)
        self.dock.hide()
        w.view_menu.addAction(self.dock.toggleViewAction())
        w.articleChanged.connect(self._on_article_changed)
        w.reader.rendered.connect(self._apply_highlights)
        w.script.scriptChanged.connect(self._on_script_changed)
        w.translations.englishChanged.connect(self._on_english_changed)
        w.facts.panel.filterTextChanged.connect(self._on_fact_filter)
        self.retranslate()

    def retranslate(self) -> None:
        a = self.window.actions
        self.field.setPlaceholderText(self.tr("Search: 简/繁, pinyin or English (Ctrl+F)"))
        self.field.setAccessibleName(self.tr("Search"))
        self.regex.setToolTip(self.tr("Regular expression"))
        self.whole.setToolTip(self.tr("Whole words (Latin letters and digits)"))
        self.only_hits.setText(self.tr("Hits only"))
        self.only_hits.setToolTip(self.tr("List only sections with hits"))
        self.dock.setWindowTitle(self.tr("Search Results"))
        self.dock.toggleViewAction().setText(self.tr("Search &Results"))
        a["find"].setText(self.tr("&Find…"))
        a["find_next"].setText(self.tr("Find &Next"))
        a["find_previous"].setText(self.tr("Find Pre&vious"))
        self._update_count()

    # -- public API ---------------------------------------------------------
    def is_idle(self) -> bool:
        return self._index_task is None and self._query_task is None

    def focus_field(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def clear(self) -> None:
        self.field.clear()
        self._show(None)
        self.window.reader.setFocus()

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
            self._on_result(_query(self.index, text, self.regex.isChecked(), self.whole.isChecked(), None))
            return
        if self._query_task is not None:
            self._query_task.cancel()
        task = tasks.Task(_query, self.index, text, self.regex.isChecked(), self.whole.isChecked())
        self._query_task = task
        tasks.start(task, lambda r: self._on_async_result(task, r), lambda m: self._on_async_result(task, None, m), owner=self)

    def step(self, direction: int) -> None:
        if not self.result or not self.result.hits:
            return
        if self.current < 0:
            offset = self.window.reader.article_offset(self.window.reader.textCursor().position()) or 0
            i = self.result.next_hit(offset - (1 if direction > 0 else 0), backwards=direction < 0)
        else:
            i = (self.current + direction) % len(self.result.hits)
        self._go_to(i)

    # -- internals ------------------------------------------------------------
    def _on_article_changed(self, article: Article | None) -> None:
        self.index = None
        self.result = None
        self.current = -1
        self._show(None)
        if self._index_task is not None:
            self._index_task.cancel()
            self._index_task = None
        if article is None:
            return
        # Built in a worker for every document: opening never waits for the fold
        # table or pinyin codes; a query typed meanwhile runs when it is ready.
        task = tasks.Task(_build_index, article, self.window.translations.english_by_sentence())
        if len(article.text) > BACKGROUND_CHARS:
            self.count.setText(self.tr("Indexing…"))
        self._index_task = task
        tasks.start(task, lambda index: self._on_index(task, index), lambda m: self._on_index_failed(task, m), owner=self)

    def _on_index(self, task, index) -> None:
        if task is not self._index_task:
            return
        self._index_task = None
        self.index = index
        self.index.set_english(self.window.translations.english_by_sentence())
        self._update_count()
        if self._pending or self.field.text().strip():
            self._pending = False
            self.run_query()

    def _on_index_failed(self, task, message: str) -> None:
        if task is self._index_task:
            self._index_task = None
            self.window.banner.show_error(self.tr("Search is unavailable: %1").replace("%1", message))

    def _on_english_changed(self) -> None:
        if self.index is not None:
            self.index.set_english(self.window.translations.english_by_sentence())
            if self.field.text().strip():
                self._timer.start()

    def _on_async_result(self, task, result, message=None) -> None:
        if task is not self._query_task:
            return
        self._query_task = None
        if result is not None:
            self._on_result(result)
        elif message:
            self.window.banner.show_error(message)

    def _on_result(self, result) -> None:
        if result.error:
            # Keep the previous results; say what is wrong with the pattern.
            self.count.setText(result.error)
            self.count.setStyleSheet(f"color: {theme.warning_colour().name()};")
            self.count.setToolTip(result.error)
            return
        self._show(result)

    def _show(self, result) -> None:
        self.result = result
        self.current = -1
        self.count.setStyleSheet("")
        self.count.setToolTip("")
        article = self.window.article
        script = self.window.script
        snippet_parts = None
        if result is not None:
            from ...core.search import snippet_parts
        self.results.set_result(article.text if article else "", result, section_title=self._section_title,
                                convert=script.transform, snippet=snippet_parts)
        # Expanding thousands of rows costs a visible pause: open the groups only when few.
        if result is not None and len(result.hits) <= 500:
            self.view.expandAll()
        elif result is not None:
            self.view.expand(self.results.index(0, 0))
        counts = {}
        for hit in (result.hits if result else []):
            if hit.section_index is not None:
                counts[hit.section_index] = counts.get(hit.section_index, 0) + 1
        with filter_change(self.window.navigator.proxy):  # "hits only" depends on the counts
            self.window.navigator.sections.set_hit_counts(counts)
        if result is not None and not self.dock.isVisible():
            self.dock.show()
        self._apply_highlights()
        self._update_count()

    def _section_title(self, index):
        article = self.window.article
        if article is None or index is None or not 0 <= index < len(article.sections):
            return ""
        return self.window.script.section_title(article.sections[index])

    def _apply_highlights(self) -> None:
        reader = self.window.reader
        hits = self.result.hits if self.result else []
        colour = theme.search_hit_colour()
        current = []
        if 0 <= self.current < len(hits):
            h = hits[self.current]
            current = [(h.start, h.end, theme.search_hit_colour(current=True))]
        # English hits span a whole sentence: underline it rather than paint it.
        reader.layers.set_many({
            "search": [(h.start, h.end, colour) for h in hits if h.via != "english"],
            "search_en": ([(h.start, h.end, colour) for h in hits if h.via == "english"], True),
            "current": current,
        })

    def _go_to(self, i: int) -> None:
        hit = self.result.hits[i]
        self.current = i
        self.window.reader.select_span(hit.start, hit.end)
        self._apply_highlights()
        if hit.section_index is not None:
            self.window.navigator.select_section(hit.section_index)
        index = self.results.hit_index(hit)
        if index.isValid():
            self.view.setCurrentIndex(index)
        self._update_count()

    def _on_result_activated(self, index) -> None:
        hit = index.data(Qt.UserRole)
        if self.result and hasattr(hit, "via"):
            self._go_to(self.result.hits.index(hit))

    def _on_script_changed(self) -> None:
        self.results.set_display(section_title=self._section_title, convert=self.window.script.transform)

    def _on_fact_filter(self, text: str) -> None:
        text = text.strip()
        if not text:
            self.window.facts.panel.set_matcher(None)
            return
        from ...core.search import TextMatcher

        self.window.facts.panel.set_matcher(TextMatcher(text).matches)

    def _update_count(self) -> None:
        if self.result is None:
            self.count.setText("")
        elif not self.result.hits:
            self.count.setText(self.tr("No matches"))
        elif self.current >= 0:
            self.count.setText(self.tr("%1 of %2").replace("%1", str(self.current + 1)).replace("%2", str(self.result.total or len(self.result.hits))))
        else:
            self.count.setText(self.tr("%n match(es)", "", self.result.total or len(self.result.hits)))
