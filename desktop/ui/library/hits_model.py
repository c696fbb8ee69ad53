"""A tree model over a :class:`~desktop.core.library.query.LibrarySearch`: documents, their hits below.

The rows are the core records themselves (no copies into items): ``Qt.UserRole`` gives the
``DocumentHits`` or ``LibraryHit``, ``HIT_ROLE`` the ``(doc_id, start, end)`` to open, ``HTML_ROLE``
a hit's snippet with its match in bold.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt

#: what a row opens: (doc_id, start, end)
HIT_ROLE = Qt.UserRole + 10
HTML_ROLE = Qt.UserRole + 11
#: internal ids: 0 for a document row, its position + 1 for a hit row (the id names the parent)
_TOP = 0


class HitsModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._documents: list = []

    def documents(self) -> list:
        return self._documents

    def set_result(self, result) -> None:
        """Show ``result`` (a LibrarySearch), or nothing for ``None``."""
        self.beginResetModel()
        self._documents = list(result.documents) if result is not None else []
        self.endResetModel()

    # -- QAbstractItemModel ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _TOP) if row < len(self._documents) else QModelIndex()
        if parent.internalId() != _TOP:
            return QModelIndex()
        if row < len(self._documents[parent.row()].hits):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, index=QModelIndex()) -> QModelIndex:
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._documents)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._documents[parent.row()].hits)
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1

    def flags(self, index) -> Qt.ItemFlags:
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable if index.isValid() else Qt.NoItemFlags

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            doc = self._documents[index.row()]
            if role == Qt.DisplayRole:
                hits = QCoreApplication.translate("SearchTab", "%n hit(s)", "", doc.total)
                return f"{doc.title}  ·  {doc.date or ''}  ·  {hits}"
            if role == HIT_ROLE:
                return (doc.doc_id, doc.hits[0].start, doc.hits[0].end) if doc.hits else None
            return doc if role == Qt.UserRole else None
        doc = self._documents[index.internalId() - 1]
        hit = doc.hits[index.row()]
        if role == Qt.DisplayRole:
            return hit.before + hit.match + hit.after
        if role == HTML_ROLE:
            return f"{html.escape(hit.before)}<b>{html.escape(hit.match)}</b>{html.escape(hit.after)}"
        if role == HIT_ROLE:
            return (doc.doc_id, hit.start, hit.end)
        return hit if role == Qt.UserRole else None
