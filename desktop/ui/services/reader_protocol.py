"""What a feature may ask of the reader: the narrow protocol features use instead of its widgets.

The reader feature implements it (:class:`desktop.ui.reader.port.ReaderPort`, over the reader
view and the section navigator) and the shell hands it to every feature as
``WindowServices.reader``. A feature sets layers of marks, selects a span, asks for the
offset under the text cursor, and hears clicks, hovers and renderings; it never sees a
document position, a highlight layer object or the navigator's models.

Spans are half-open ``[start, end)`` character offsets into ``Article.text``; section
numbers are ``Section.index``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Protocol, Sequence

from PySide6.QtCore import QObject, QPoint, Signal

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QColor

    #: an article span and the colour it is marked in
    Mark = tuple[int, int, QColor]


class ReaderSignals(QObject):
    """The protocol's signals, declared once: the reader's port (and a test's stub) are ReaderSignals."""

    rendered = Signal()
    offsetClicked = Signal(int)
    offsetHovered = Signal(int, QPoint)
    hoverEnded = Signal()
    cursorMoved = Signal()
    actionRequested = Signal(str)
    sectionChanged = Signal(int)


class Reader(Protocol):
    """The reader as a feature sees it. Signals are Qt signals (connect to them)."""

    #: the document was rebuilt (new article, script, view mode, English): set marks again
    rendered: SignalInstance
    #: ``(offset)``: an article offset was clicked with no text selected
    offsetClicked: SignalInstance
    #: ``(offset, global_point)``: the pointer rests on article ``offset``
    offsetHovered: SignalInstance
    #: the pointer left the text or moved on before the hover delay
    hoverEnded: SignalInstance
    #: the text cursor moved
    cursorMoved: SignalInstance
    #: ``(name)``: a notice link in the text was clicked ("online", "translate_now")
    actionRequested: SignalInstance
    #: ``(section_index)``: the current section changed, however it was chosen (-1: none)
    sectionChanged: SignalInstance

    # -- marks ------------------------------------------------------------------
    def set_layer(self, name: str, marks: Iterable[Mark], *, underline: bool = False) -> None:
        """Replace the layer of marks ``name`` (the names and their paint order are the reader's)."""

    def set_layers(self, layers: dict) -> None:
        """Replace several layers and repaint once: name ► marks, or ► ``(marks, underline)``."""

    def set_english_layer(self, name: str, marks: Iterable[tuple[int, int, int, QColor]]) -> None:
        """Mark ``(sentence_index, start, end, colour)`` spans of sentences' English, where it is shown
        (``start``, ``end``: offsets into that English)."""

    def selection_colour(self) -> QColor:
        """The colour of selected text (a mark drawn lighter than it reads as "looked at")."""

    # -- selection and cursor -----------------------------------------------------
    def select_span(self, start: int, end: int) -> None:
        """Select ``[start, end)`` and scroll it into view."""

    def select_span_when_shown(self, start: int, end: int) -> None:
        """Select ``[start, end)`` in the document about to be shown, after each rendering for a moment."""

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as an article span, or None."""

    def clear_selection(self) -> None: ...

    def cursor_offset(self, *, selection_start: bool = False) -> int | None:
        """The article offset at the text cursor (or the start of the selection); None on English."""

    def point_below_cursor(self) -> QPoint:
        """The global point just below the text cursor (where a popup about it goes)."""

    def focus(self) -> None: ...

    def set_hover_delay(self, ms: int) -> None: ...

    def watch_keys(self, watcher: QObject) -> None:
        """Let ``watcher``'s ``eventFilter`` see the reader's key presses first."""

    # -- sections -------------------------------------------------------------------
    def current_section(self) -> int:
        """The index of the navigator's current section, or -1."""

    def current_part(self) -> tuple[int, int] | None:
        """``[start, end)`` in ``Article.text`` under the navigator's current heading (to the next heading at
        its level or above; a heading inside a section is a part of it), or None."""

    def select_section(self, index: int) -> None:
        """Make section ``index`` current in the navigator (without scrolling the reader)."""

    def set_section_hit_counts(self, counts: dict[int, int], starts: Sequence[int] = ()) -> None:
        """Search hits per section index, shown beside each section; ``starts``: where each hit starts, so
        the navigator's headings inside a section (2003's （一）…（九）) count their own."""

    def set_only_sections_with_hits(self, on: bool) -> None: ...
