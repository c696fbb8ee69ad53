"""The sections navigator: a list view over ``Article.sections``.

``Qt.UserRole`` returns the core :class:`Section`. A filter proxy narrows
the list to sections with search hits without refilling anything.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView

from ...core.document import Article, Section
from ..services.filtering import filter_change


class SectionListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sections: list[Section] = []
        self._title: Callable[[Section], str] = lambda s: s.title
        self._hit_counts: dict[int, int] = {}

    def set_article(self, article: Article | None) -> None:
        self.beginResetModel()
        self._sections = list(article.sections) if article else []
        self._hit_counts = {}
        self.endResetModel()

    def set_title_function(self, title: Callable[[Section], str]) -> None:
        """Section titles shown through ``title`` (the display-script converter)."""
        self._title = title
        if self._sections:
            self.dataChanged.emit(self.index(0), self.index(len(self._sections) - 1), [Qt.DisplayRole, Qt.ToolTipRole])

    def set_hit_counts(self, counts: dict[int, int]) -> None:
        self._hit_counts = dict(counts)
        if self._sections:
            self.dataChanged.emit(self.index(0), self.index(len(self._sections) - 1), [Qt.DisplayRole])

    def hit_count(self, section_index: int) -> int:
        return self._hit_counts.get(section_index, 0)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._sections)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._sections):
            return None
        section = self._sections[index.row()]
        if role == Qt.DisplayRole:
            title = self._title(section) or self.tr("Lead")
            hits = self._hit_counts.get(section.index)
            return f"{title}  ({hits})" if hits else title
        if role == Qt.ToolTipRole:
            title = self._title(section) or self.tr("Lead")
            return title + "\n" + self.tr("%n sentence(s)", "", len(section.sentences))
        if role == Qt.UserRole:
            return section
        return None


class SectionFilterProxy(QSortFilterProxyModel):
    """Shows every section, or only those with search hits."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._only_hits = False

    def set_only_hits(self, on: bool) -> None:
        with filter_change(self):
            self._only_hits = on

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if not self._only_hits:
            return True
        source = self.sourceModel()
        section = source.data(source.index(row, 0, parent), Qt.UserRole)
        return section is not None and source.hit_count(section.index) > 0


class SectionNavigator(QListView):
    """Emits :attr:`sectionActivated` with a section index when the user picks one."""

    sectionActivated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sections = SectionListModel(self)
        self.proxy = SectionFilterProxy(self)
        self.proxy.setSourceModel(self.sections)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setModel(self.proxy)
        self.setObjectName("sectionNavigator")
        self.setAccessibleName(self.tr("Sections"))
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        # Titles wrap to the navigator's width (in a small window it is ~9 characters wide: one
        # elided line cut every title there); no sideways scrolling, the full title in the tooltip.
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setTextElideMode(Qt.ElideRight)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.Adjust)
        self.selectionModel().currentChanged.connect(self._on_current_changed)
        self._quiet = False

    def select_section(self, section_index: int) -> None:
        """Select without emitting :attr:`sectionActivated` (used when the reader scrolls)."""
        for row in range(self.proxy.rowCount()):
            idx = self.proxy.index(row, 0)
            section = idx.data(Qt.UserRole)
            if section is not None and section.index == section_index:
                if self.currentIndex() != idx:
                    self._quiet = True
                    try:
                        self.setCurrentIndex(idx)
                    finally:
                        self._quiet = False
                return

    def current_section_index(self) -> int:
        section = self.currentIndex().data(Qt.UserRole)
        return section.index if section is not None else -1

    def _on_current_changed(self, current, previous) -> None:
        if self._quiet:
            return
        section = current.data(Qt.UserRole)
        if section is not None:
            self.sectionActivated.emit(section.index)
