"""The sections navigator: a list view over the article's outline (``Article.outline``).

A row is a :class:`Heading` of the outline (``Qt.UserRole`` returns it), indented by its depth under
the article's top headings, so （三）…的安排 shows 第一、…第五、 under it. The outline is the
navigator's reading of the headings; the rest of the window speaks of ``Article.sections`` (the
facts' reading), so a row answers for the section its heading stands in; it counts the search hits
from its heading to the next row's. A filter proxy narrows the list to rows with search hits without
refilling anything.
"""

from __future__ import annotations

import bisect
from typing import Callable, Sequence

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSize, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyledItemDelegate, QStyleOptionViewItem

from ...core.document import Article, Heading, Section, section_outline
from ..services.filtering import filter_change

#: a heading's depth under the article's top headings (0 for them and the lead)
DEPTH_ROLE = Qt.UserRole + 1
#: the index of the section a row's heading stands in
SECTION_ROLE = Qt.UserRole + 2
#: deeper headings are indented as this one: the navigator is ~7 characters wide at 800×600
MAX_DEPTH = 3


class SectionListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._article: Article | None = None
        self._headings: list[Heading] = []
        self._starts: list[int] = []
        #: the sections each row stands over: those whose start is at or after its heading, before the next row's
        self._owned: list[list[int]] = []
        self._convert: Callable[[str], str] = str
        self._titles: list[str] | None = None
        self._hit_counts: dict[int, int] = {}
        self._hit_starts: list[int] = []
        self._top_level = 1

    def set_article(self, article: Article | None) -> None:
        self.beginResetModel()
        self._article = article
        sections = list(article.sections) if article else []
        self._headings = list((article.outline or section_outline(sections)) if article else ())
        self._starts = [h.start for h in self._headings]
        self._owned = [[] for _ in self._headings]
        for section in sections:
            row = self._row_over(section)
            if row >= 0:
                self._owned[row].append(section.index)
        self._top_level = min((h.level for h in self._headings if h.title), default=1)
        self._titles = None
        self._hit_counts, self._hit_starts = {}, []
        self.endResetModel()

    def set_title_function(self, convert: Callable[[str], str]) -> None:
        """Heading titles shown through ``convert`` (the display script's converter of a text)."""
        self._convert = convert
        self._titles = None
        if self._headings:
            self.dataChanged.emit(self.index(0), self.index(len(self._headings) - 1), [Qt.DisplayRole, Qt.ToolTipRole])

    def set_hit_counts(self, counts: dict[int, int], starts: Sequence[int] = ()) -> None:
        """Search hits per section index, and where each starts in ``Article.text``: a row shows those
        from its heading to the next row's (else those of the sections it stands over)."""
        self._hit_counts = dict(counts)
        self._hit_starts = sorted(starts)
        if self._headings:
            self.dataChanged.emit(self.index(0), self.index(len(self._headings) - 1), [Qt.DisplayRole])

    def hit_count(self, section_index: int) -> int:
        return self._hit_counts.get(section_index, 0)

    def row_hits(self, row: int) -> int:
        """The search hits from row ``row``'s heading to the next row's: 2003's （三） counts its own, though
        the sections count it with 一、's. Without the hits' starts, those of the sections the row stands over."""
        if not 0 <= row < len(self._owned):
            return 0
        if not self._hit_starts:
            return sum(self._hit_counts.get(i, 0) for i in self._owned[row])
        end = self._starts[row + 1] if row + 1 < len(self._starts) else len(self._article.text) + 1
        first = bisect.bisect_left(self._hit_starts, self._starts[row])
        return bisect.bisect_left(self._hit_starts, end) - first

    def holds_hits(self, row: int) -> bool:
        """Whether a heading under row ``row``'s (deeper, before the next one at its level) has search hits."""
        heading = self._headings[row] if 0 <= row < len(self._headings) else None
        if heading is None or not heading.title:
            return False
        for below in range(row + 1, len(self._headings)):
            if self._headings[below].level <= heading.level:
                return False
            if self.row_hits(below):
                return True
        return False

    def row_for_section(self, section_index: int) -> int:
        """The row whose heading stands over section ``section_index`` (-1: none)."""
        sections = self._article.sections if self._article else []
        return self._row_over(sections[section_index]) if 0 <= section_index < len(sections) else -1

    def row_at(self, offset: int) -> int:
        """The row of the last heading at or before ``offset`` in ``Article.text`` (-1: none)."""
        return bisect.bisect_right(self._starts, offset) - 1

    def part(self, row: int) -> tuple[int, int] | None:
        """``[start, end)`` in ``Article.text`` that row ``row``'s heading stands over: from its line to the
        next heading at its level or above (the lead: from the top to the first heading). 1955's （一） under 三、 is its
        own part of 三、's section; 三、's part holds （一） and （二）."""
        if self._article is None or not 0 <= row < len(self._headings):
            return None
        heading = self._headings[row]
        end = len(self._article.text)
        for below in self._headings[row + 1 :]:
            if not heading.title or below.level <= heading.level:
                end = below.start
                break
        return (heading.start if heading.title else 0, end)  # the lead holds the title's facts too

    def depth(self, heading: Heading) -> int:
        """How far under the article's top headings ``heading`` stands (0 at the top)."""
        if not heading.title:
            return 0
        return max(0, min(MAX_DEPTH, heading.level - self._top_level))

    def opens_section(self, heading: Heading) -> bool:
        """Whether ``heading`` is its section's own heading (or the lead), not a line inside it."""
        sections = self._article.sections if self._article else []
        if not 0 <= heading.section < len(sections):
            return False
        section = sections[heading.section]
        return heading.start == (section.heading_start if section.title else section.start)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headings)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._headings):
            return None
        row = index.row()
        heading = self._headings[row]
        if role == Qt.DisplayRole:
            title = self._title(row) or self.tr("Lead")
            hits = self.row_hits(row)
            return f"{title}  ({hits})" if hits else title
        if role == Qt.ToolTipRole:
            title = self._title(row) or self.tr("Lead")
            return title + "\n" + self.tr("%n sentence(s)", "", self._sentences(row))
        if role == Qt.UserRole:
            return heading
        if role == SECTION_ROLE:
            return heading.section
        if role == DEPTH_ROLE:
            return self.depth(heading)
        return None

    def _title(self, row: int) -> str:
        if self._titles is None:
            # a heading a link broke over lines (2006's 三、关于《 / …纲要（草案） / 》的说明) reads as one line
            self._titles = [self._convert(h.title).replace("\n", "") if h.title else "" for h in self._headings]
        return self._titles[row]

    def _sentences(self, row: int) -> int:
        """The sentences from row ``row``'s heading to the next row's."""
        if self._article is None:
            return 0
        end = self._starts[row + 1] if row + 1 < len(self._starts) else len(self._article.text)
        return len(self._article.sentences_between(self._headings[row].start, end))

    def _row_over(self, section: Section) -> int:
        return self.row_at(section.heading_start if section.title else section.start)


class SectionFilterProxy(QSortFilterProxyModel):
    """Shows every row, or only those with search hits and the headings they stand under."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._only_hits = False

    def set_only_hits(self, on: bool) -> None:
        with filter_change(self):
            self._only_hits = on

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        source = self.sourceModel()
        return not self._only_hits or source.row_hits(row) > 0 or source.holds_hits(row)


class IndentedTitles(QStyledItemDelegate):
    """Draws a title indented by its depth (an em a level), wrapped in the width left to it."""

    def _indent(self, option, index) -> int:
        return (index.data(DEPTH_ROLE) or 0) * option.fontMetrics.horizontalAdvance("中")

    def paint(self, painter, option, index) -> None:
        indent = self._indent(option, index)
        if indent:
            option = QStyleOptionViewItem(option)
            option.rect.setLeft(option.rect.left() + indent)
        super().paint(painter, option, index)

    def sizeHint(self, option, index) -> QSize:
        indent = self._indent(option, index)
        if not indent:
            return super().sizeHint(option, index)
        option = QStyleOptionViewItem(option)
        option.rect.setWidth(max(1, option.rect.width() - indent))
        size = super().sizeHint(option, index)
        return QSize(size.width() + indent, size.height())


class SectionNavigator(QListView):
    """Emits :attr:`sectionActivated` with a section index when the user picks a section's heading,
    :attr:`headingActivated` with an offset when they pick a heading inside a section."""

    sectionActivated = Signal(int)
    #: ``(offset)``: a heading only the outline reads was picked; ``offset`` is its start in ``Article.text``
    headingActivated = Signal(int)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.sections = SectionListModel(self)
        self.proxy = SectionFilterProxy(self)
        self.proxy.setSourceModel(self.sections)
        self._setup_ui()

    def _setup_ui(self) -> None:
        self.setModel(self.proxy)
        self.setItemDelegate(IndentedTitles(self))
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
        """Select the row over section ``section_index`` without emitting anything (used when the reader
        scrolls); a row whose heading stands in that section stays selected."""
        current = self.currentIndex()
        if current.isValid() and current.data(SECTION_ROLE) == section_index:
            return
        self._select_quietly(self.sections.row_for_section(section_index))

    def follow(self, offset: int) -> None:
        """Select the row of the heading ``offset`` stands under, without emitting anything (the reader
        scrolled there): in the 2003 report it goes from 一、 through （一）…（九）, which are inside one section."""
        self._select_quietly(self.sections.row_at(offset))

    def current_section_index(self) -> int:
        """The section the current row's heading stands in, or -1."""
        section = self.currentIndex().data(SECTION_ROLE)
        return section if section is not None else -1

    def current_part(self) -> tuple[int, int] | None:
        """``[start, end)`` of ``Article.text`` the current row's heading stands over, or None."""
        current = self.currentIndex()
        return self.sections.part(self.proxy.mapToSource(current).row()) if current.isValid() else None

    def step(self, rows: int) -> None:
        """Go ``rows`` rows down (up when negative), as picking that row does."""
        count = self.proxy.rowCount()
        if count:
            current = self.currentIndex().row()
            self.setCurrentIndex(self.proxy.index(min(max(current + rows, 0), count - 1) if current >= 0 else 0, 0))

    def _select_quietly(self, row: int) -> None:
        idx = self.proxy.mapFromSource(self.sections.index(row)) if row >= 0 else QModelIndex()
        if idx.isValid() and self.currentIndex() != idx:
            self._quiet = True
            try:
                self.setCurrentIndex(idx)
            finally:
                self._quiet = False

    def _on_current_changed(self, current, previous) -> None:
        if self._quiet:
            return
        heading = current.data(Qt.UserRole)
        if heading is None:
            return
        if self.sections.opens_section(heading):
            self.sectionActivated.emit(heading.section)
        else:
            self.headingActivated.emit(heading.start)
