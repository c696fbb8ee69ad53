"""A reader that is only the reader protocol (desktop/ui/services/reader_protocol.py), in memory.

A feature built against it can reach nothing but the protocol: anything else it asks of the
reader raises AttributeError. It records what the feature set (marks, selection, sections) and
lets a test play the reader's side (emit a click, a hover, a cursor move).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor

from desktop.ui.services.reader_protocol import ReaderSignals


class ReaderStub(ReaderSignals):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.layers: dict[str, list] = {}
        self.underlined: set[str] = set()
        self.english_layers: dict[str, list] = {}
        self.selection: tuple[int, int] | None = None
        self.cursor = 0
        self.section = -1
        self.article = None  # set by the stub window's open(): a section's part is its span
        self.hit_counts: dict[int, int] = {}
        self.hit_starts: list[int] = []
        self.only_hits = False
        self.focused = False
        self.hover_delay = 0
        self.watchers: list = []
        self.when_shown: list[tuple[int, int]] = []

    def set_layer(self, name, marks, *, underline=False):
        self.layers[name] = list(marks)
        (self.underlined.add if underline else self.underlined.discard)(name)

    def set_layers(self, layers):
        for name, value in layers.items():
            marks, underline = value if isinstance(value, tuple) else (value, False)
            self.set_layer(name, marks, underline=underline)

    def set_english_layer(self, name, marks):
        self.english_layers[name] = list(marks)

    def selection_colour(self):
        return QColor("#3060c0")

    def select_span(self, start, end):
        self.selection, self.cursor = (start, end), end

    def select_span_when_shown(self, start, end):
        self.when_shown.append((start, end))

    def selected_span(self):
        return self.selection

    def clear_selection(self):
        self.selection = None

    def cursor_offset(self, *, selection_start=False):
        return self.selection[0] if selection_start and self.selection else self.cursor

    def point_below_cursor(self):
        return QPoint(0, 0)

    def focus(self):
        self.focused = True

    def set_hover_delay(self, ms):
        self.hover_delay = ms

    def watch_keys(self, watcher):
        self.watchers.append(watcher)

    def current_section(self):
        return self.section

    def current_part(self):
        sections = self.article.sections if self.article is not None else ()
        return (sections[self.section].start, sections[self.section].end) if 0 <= self.section < len(sections) else None

    def select_section(self, index):
        if index != self.section:
            self.section = index
            self.sectionChanged.emit(index)

    def set_section_hit_counts(self, counts, starts=()):
        self.hit_counts = dict(counts)
        self.hit_starts = list(starts)

    def set_only_sections_with_hits(self, on):
        self.only_hits = on
