"""Search every document of the library: hits as snippets grouped by document.

The search runs in a worker through :class:`~desktop.ui.services.tasks.Latest` on the window's
:class:`.worker_library.WorkerLibrary`: typing never waits for the store, a newer query stops the
one running there, only the latest query's answer is shown, and a failure is said as a sentence.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..services import tasks
from .hits_model import HIT_ROLE, HTML_ROLE, HitsModel

SEARCH_DEBOUNCE_MS = 200


def _search(library, query: str):
    from ...core.library.query import search

    return search(library, query, limit=100, hits_per_document=5)


class _HtmlDelegate(QStyledItemDelegate):
    """Paints an item's HTML_ROLE (a snippet with its match in bold)."""

    def paint(self, painter, option, index) -> None:
        markup = index.data(HTML_ROLE)
        if not markup:
            return super().paint(painter, option, index)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.widget.style().drawControl(QStyle.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(1)
        doc.setHtml(markup)
        painter.save()
        painter.translate(opt.rect.topLeft())
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), option.fontMetrics.height() + 6))


class SearchTab(QWidget):
    """Emits :attr:`hitActivated` ``(doc_id, start, end)``; :attr:`answered` when a query's answer
    (or its failure, as :attr:`failed` ``(sentence)``) is shown."""

    hitActivated = Signal(int, int, int)
    answered = Signal()
    failed = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.library = None  # a WorkerLibrary
        self.field = QLineEdit(self)
        self.field.setObjectName("librarySearchField")
        self.field.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        self.model = HitsModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("librarySearchResults")
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self._latest = tasks.Latest(self, self._on_result, self._on_error)
        #: the LibrarySearch shown (None when the field is empty)
        self.last = None
        self._setup_ui()

    def set_library(self, library) -> None:
        """``library``: the window's :class:`.worker_library.WorkerLibrary`."""
        self.library = library
        if self.field.text().strip():
            self.run_search()

    def run_search(self) -> None:
        """Search now for the field's text (typing waits a moment first); the answer comes from a worker."""
        self._timer.stop()
        query = self.field.text().strip()
        if not query or self.library is None:
            self._latest.cancel()
            self.model.set_result(None)
            self.summary.setText("")
            self.last = None
            return
        self.summary.setText(self.tr("Searching…"))
        job = self.library.job(_search, query)
        self._latest.start(job).when_cancelled(job.interrupt)  # a newer query stops this one in the store

    def is_searching(self) -> bool:
        return not self._latest.is_idle()

    def _on_result(self, result) -> None:
        self.last = result
        self.model.set_result(result)
        self.view.expandToDepth(0)
        shown = len(result.documents)
        text = self.tr("%n document(s) match", "", result.matched)
        if shown < result.matched:
            text += " " + self.tr("(the newest %1 shown)").replace("%1", str(shown))
        self.summary.setText(text + f" · {result.seconds * 1000:.0f} ms")
        self.answered.emit()

    def _on_error(self, err: BaseException) -> None:
        self.last = None
        self.model.set_result(None)
        sentence = tasks.describe(err)
        self.summary.setText(sentence)
        self.failed.emit(sentence)
        self.answered.emit()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(
            self.tr("Search every document (either script; two-character words and figures too)")
        )

    def _setup_ui(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.view.setModel(self.model)
        self.view.setItemDelegate(_HtmlDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        self.view.setHeaderHidden(True)
        self.field.textChanged.connect(lambda _: self._timer.start())
        self.field.returnPressed.connect(self.run_search)
        self._timer.timeout.connect(self.run_search)
        self.view.activated.connect(self._on_activated)
        self.retranslate()

    def _on_activated(self, index) -> None:
        hit = index.data(HIT_ROLE)
        if hit:
            self.hitActivated.emit(*hit)
