"""Search results grouped by section: a two-level model over a core ``SearchResult``.

Top-level rows are sections (with their hit counts); their children are the
hits, shown as snippets in the display script. ``Qt.UserRole`` on a hit row
returns the core ``Hit``; on a section row, the section index.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

_SECTION = 0xFFFFFFFF  # internalId of top-level rows


class SearchResultsModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._groups: list[tuple[int | None, list]] = []
        self._text = ""
        self._section_title: Callable[[int | None], str] = lambda i: ""
        self._convert: Callable[[str], str] = lambda s: s
        self._snippet = None

    def set_result(self, article_text: str, result, *, section_title, convert, snippet) -> None:
        """Show ``result`` (a core SearchResult, or None to clear)."""
        self.beginResetModel()
        self._text = article_text
        self._groups = list(result.by_section().items()) if result is not None else []
        self._section_title, self._convert, self._snippet = section_title, convert, snippet
        self.endResetModel()

    def set_display(self, *, section_title, convert) -> None:
        self._section_title, self._convert = section_title, convert
        if self._groups:
            self.layoutChanged.emit()

    def hit_index(self, hit) -> QModelIndex:
        for row, (_, hits) in enumerate(self._groups):
            for child, h in enumerate(hits):
                if h is hit:
                    return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    # -- QAbstractItemModel ---------------------------------------------------
    def index(self, row, column=0, parent=QModelIndex()):
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _SECTION) if row < len(self._groups) else QModelIndex()
        if parent.internalId() == _SECTION and row < len(self._groups[parent.row()][1]):
            return self.createIndex(row, 0, parent.row())
        return QModelIndex()

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == _SECTION:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _SECTION)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _SECTION:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return 1

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _SECTION:
            section, hits = self._groups[index.row()]
            if role == Qt.DisplayRole:
                title = self._section_title(section) or self.tr("Lead") if section is not None else self.tr("Title")
                return f"{title}  ({len(hits)})"
            if role == Qt.UserRole:
                return section
            return None
        hit = self._groups[index.internalId()][1][index.row()]
        if role == Qt.DisplayRole:
            before, matched, after = self._snippet(self._text, hit)
            line = self._convert(before) + "【" + self._convert(matched) + "】" + self._convert(after)
            # One row per place, with every way it matched: the English words, and "pinyin".
            if hit.english_match:
                line = f"{line}  — {hit.english_match}"
            if "pinyin" in hit.vias:
                # tr() outside the f-string: lupdate does not look inside f-strings.
                via_pinyin = self.tr("pinyin")
                line = f"{line}  ({via_pinyin})"
            return line
        if role == Qt.ToolTipRole:
            return hit.match
        if role == Qt.UserRole:
            return hit
        return None
