"""The article model: one normalised text and the spans that structure it.

Every offset in this module is a half-open ``[start, end)`` character offset
into ``Article.text``; nothing here copies text except as a convenience
property that slices it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence: ``[start, end)`` in ``Article.text``; ``index`` counts sentences article-wide."""

    start: int
    end: int
    index: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph, a list item or a table row (``kind``: ``"paragraph"``, ``"list_item"``, ``"table_row"``).

    A list item's ``marker`` is its bullet or number (``"•"``, ``"3."``), which
    is not part of ``Article.text``. A table row's sentences are its cells'
    sentences; its cells are in :attr:`Article.tables`.
    """

    start: int
    end: int
    sentences: tuple[Sentence, ...]
    kind: str = "paragraph"
    marker: str = ""


@dataclass(frozen=True, slots=True)
class TableCell:
    """One cell: ``[start, end)`` in ``Article.text`` (empty cells have ``start == end``).

    ``header`` marks a header cell (``<th>``, a Markdown table's first row).
    """

    start: int
    end: int
    row: int
    column: int
    header: bool = False


@dataclass(frozen=True, slots=True)
class Table:
    """A table: ``[start, end)`` covers its rows, one line of ``Article.text`` each, cells
    separated by a tab. ``cells`` are in reading order (row by row)."""

    start: int
    end: int
    rows: int
    columns: int
    cells: tuple[TableCell, ...]

    def cell_at(self, offset: int) -> TableCell | None:
        for cell in self.cells:
            if cell.start <= offset < cell.end or cell.start == cell.end == offset:
                return cell
        return None

    def cell(self, row: int, column: int) -> TableCell | None:
        for cell in self.cells:
            if cell.row == row and cell.column == column:
                return cell
        return None


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the paragraphs under it.

    ``title`` is the heading text (empty for the lead section, which has no
    heading). ``heading_start``/``heading_end`` locate it in ``Article.text``
    (both equal ``start`` when there is no heading). ``start``/``end`` cover the
    heading and every paragraph; ``level`` is 1 for top-level headings.
    """

    index: int
    title: str
    heading_start: int
    heading_end: int
    start: int
    end: int
    level: int
    paragraphs: tuple[Paragraph, ...]

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)


@dataclass(frozen=True, slots=True)
class Heading:
    """A line of the document's outline, the navigator's reading of its headings.

    ``[start, end)`` is the heading's line in ``Article.text`` (``start == end`` for the lead, which has
    no heading and an empty ``title``); ``level`` is 1 for the top; ``section`` is the index of the
    :class:`Section` the line stands in: its own section for a section's heading, the section around it
    for a heading only the outline reads (a bracketed line of its own in a work report, which the
    sections keep as a paragraph). The facts never read the outline: they read ``Article.sections``.
    """

    title: str
    start: int
    end: int
    level: int
    section: int


def section_outline(sections) -> tuple[Heading, ...]:
    """The outline the sections' own headings make, at their levels (the lead first when there is one):
    what a document that marks its headings (Markdown, HTML, Word, PDF) shows in the navigator."""
    return tuple(Heading(s.title, s.heading_start, s.heading_end, s.level if s.title else 1, s.index) for s in sections)


def enclosing(sections, index: int):
    """The section at ``index`` and each section whose heading it stands under, nearest first.

    ``sections`` is in reading order; a section is under the nearest earlier one of a lower ``level``
    (二、2014年工作总体部署 under no one; its （一） subsection under it)."""
    level = sections[index].level + 1
    for section in reversed(sections[: index + 1]):
        if section.level < level:
            level = section.level
            yield section


@dataclass(slots=True)
class Article:
    """A loaded document.

    ``title_span`` and ``byline_span`` are ``(start, end)`` into ``text`` or
    ``None``; the byline (outlet and reporters) usually sits at the head of the
    lead section's first paragraph and stays part of it.
    """

    text: str
    title: str
    sections: list[Section]
    title_span: tuple[int, int] | None = None
    byline: str = ""
    byline_span: tuple[int, int] | None = None
    source: Path | None = None
    encoding: str = "utf-8"
    #: bytes that no encoding could decode, shown in ``text`` as U+FFFD
    undecodable_bytes: int = 0
    #: where they are: the 1-based numbers of the lines of ``text`` (title, headings, paragraphs) holding U+FFFD
    undecodable_paragraphs: tuple[int, ...] = ()
    #: lines of ``text`` that were a GBK / Big5 passage inside a UTF-8 file (``encoding`` names both)
    legacy_paragraphs: tuple[int, ...] = ()
    warnings: list[str] = field(default_factory=list)
    #: every table, in reading order; its rows are also the ``table_row`` paragraphs of a section
    tables: list[Table] = field(default_factory=list)
    #: the headings the navigator lists, in reading order (:class:`Heading`); empty: one per section
    outline: tuple[Heading, ...] = ()
    _sentences: list[Sentence] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)
    _section_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._sentences = [s for sec in self.sections for s in sec.sentences]
        self._sentence_starts = [s.start for s in self._sentences]
        self._section_starts = [sec.start for sec in self.sections]

    @property
    def sentences(self) -> list[Sentence]:
        """All sentences in reading order (``Sentence.index`` is the position here)."""
        return self._sentences

    @property
    def paragraphs(self) -> list[Paragraph]:
        return [p for sec in self.sections for p in sec.paragraphs]

    @property
    def display_name(self) -> str:
        if self.title:
            return self.title
        if self.source is not None:
            return self.source.name
        return ""

    def slice(self, start: int, end: int) -> str:
        return self.text[start:end]

    def section_at(self, offset: int) -> Section | None:
        """The section whose span holds ``offset`` (the title line belongs to none)."""
        i = bisect.bisect_right(self._section_starts, offset) - 1
        if i < 0:
            return None
        sec = self.sections[i]
        return sec if offset < sec.end or (sec.start == sec.end == offset) else None

    def table_at(self, offset: int) -> Table | None:
        """The table whose rows hold ``offset``, or None."""
        for table in self.tables:
            if table.start <= offset < table.end:
                return table
        return None

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i < 0:
            return None
        s = self._sentences[i]
        return s if offset < s.end else None

    def sentences_between(self, start: int, end: int) -> list[Sentence]:
        """Sentences overlapping ``[start, end)``."""
        i = max(0, bisect.bisect_right(self._sentence_starts, start) - 1)
        out = []
        for s in self._sentences[i:]:
            if s.start >= end:
                break
            if s.end > start:
                out.append(s)
        return out
