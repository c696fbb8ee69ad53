"""Search every document of the library: hits as snippets grouped by document."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel, QTextDocument
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

#: what an item holds: (doc_id, start, end)
HIT_ROLE = Qt.UserRole + 10
HTML_ROLE = Qt.UserRole + 11
SEARCH_DEBOUNCE_MS = 200


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
    """Emits :attr:`hitActivated` ``(doc_id, start, end)``."""

    hitActivated = Signal(int, int, int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.library = None
        self.field = QLineEdit(self)
        self.field.setObjectName("librarySearchField")
        self.field.setClearButtonEnabled(True)
        self.summary = QLabel(self)
        self.model = QStandardItemModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("librarySearchResults")
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DEBOUNCE_MS)
        self.last = None
        self._setup_ui()

    def set_library(self, library) -> None:
        self.library = library
        if self.field.text().strip():
            self.run_search()

    def run_search(self) -> None:
        """Search now for the field's text (typing waits a moment first)."""
        self._timer.stop()
        self.model.clear()
        query = self.field.text().strip()
        if not query or self.library is None:
            self.summary.setText("")
            self.last = None
            return
        from ...core.library.query import search

        result = search(self.library, query, limit=100, hits_per_document=5)
        self.last = result
        for doc in result.documents:
            hits = self.tr("%n hit(s)", "", doc.total)
            top = QStandardItem(f"{doc.title}  ·  {doc.date or ''}  ·  {hits}")
            top.setData((doc.doc_id, doc.hits[0].start, doc.hits[0].end) if doc.hits else None, HIT_ROLE)
            top.setEditable(False)
            for hit in doc.hits:
                child = QStandardItem(hit.before + hit.match + hit.after)
                child.setData(
                    f"{html.escape(hit.before)}<b>{html.escape(hit.match)}</b>{html.escape(hit.after)}", HTML_ROLE
                )
                child.setData((doc.doc_id, hit.start, hit.end), HIT_ROLE)
                child.setEditable(False)
                top.appendRow(child)
            self.model.appendRow(top)
        self.view.expandToDepth(0)
        shown = len(result.documents)
        text = self.tr("%n document(s) match", "", result.matched)
        if shown < result.matched:
            text += " " + self.tr("(the newest %1 shown)").replace("%1", str(shown))
        self.summary.setText(text + f" · {result.seconds * 1000:.0f} ms")

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
