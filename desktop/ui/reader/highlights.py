"""Highlight layers for the reader, materialised only around the viewport.

A layer is a list of spans (article offsets, or document positions) with a
colour. Qt paints ``ExtraSelection``s, and building tens of thousands of them
(every fact and every search hit of a 10 MB report) blocks the UI, so only the
spans within a screen of the viewport become selections; scrolling refreshes
them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

#: paint order: later layers paint over earlier ones
ORDER = (
    "sentence",
    "facts",
    "figures",
    "gloss",
    "hover",
    "hover_en",
    "search_en",
    "search",
    "search_en_words",
    "current",
)


@dataclass(slots=True)
class Layer:
    spans: list[tuple[int, int, QColor]]
    underline: bool = False
    document_positions: bool = False
    starts: list[int] = field(default_factory=list)


def _start(span) -> int:
    return span[0]


class HighlightLayers:
    """Owned by a ReaderView; selections are rebuilt per layer, and only around the viewport."""

    def __init__(self, reader) -> None:
        self._reader = reader
        self._layers: dict[str, Layer] = {}
        self._selections: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._window: tuple[int, int] | None = None

    def clear(self, *, keep_article_spans: bool = False) -> None:
        """Drop every layer, or (``keep_article_spans``: the same article in a new document) only
        those in document positions: spans in article offsets hold in any rendering of the article."""
        if keep_article_spans:
            self._layers = {n: layer for n, layer in self._layers.items() if not layer.document_positions}
        else:
            self._layers.clear()
        self._selections.clear()
        self._window = None

    def set(self, name: str, spans, *, underline: bool = False, document_positions: bool = False) -> None:
        self.set_many({name: spans}, underline=underline, document_positions=document_positions)

    def set_many(self, layers: dict, *, underline: bool = False, document_positions: bool = False) -> None:
        """Replace several layers and repaint once. ``layers`` maps a name to spans, or to
        ``(spans, underline)``."""
        window = self._reader.visible_article_window()
        moved = window != self._window
        for name, value in layers.items():
            spans, under = value if isinstance(value, tuple) else (value, underline)
            ordered = sorted(spans, key=_start)
            self._layers[name] = Layer(ordered, under, document_positions, [s[0] for s in ordered])
            if not moved:
                self._selections[name] = self._materialise(self._layers[name], window)
        if moved:
            self.refresh(force=True)
        else:
            self._paint()

    def spans(self, name: str) -> list[tuple[int, int, QColor]]:
        """Every span of layer ``name`` (visible or not)."""
        layer = self._layers.get(name)
        return list(layer.spans) if layer else []

    def visible(self, name: str) -> list[QTextEdit.ExtraSelection]:
        """The selections layer ``name`` paints now."""
        return list(self._selections.get(name, []))

    def refresh(self, force: bool = False) -> None:
        """Rebuild every layer's selections if the viewport moved (or ``force``)."""
        window = self._reader.visible_article_window()
        if not force and window == self._window:
            return
        self._window = window
        self._selections = {name: self._materialise(layer, window) for name, layer in self._layers.items()}
        self._paint()

    def _paint(self) -> None:
        names = [n for n in ORDER if n in self._selections] + [n for n in self._selections if n not in ORDER]
        self._reader.setExtraSelections([s for n in names for s in self._selections[n]])

    def _materialise(self, layer: Layer, window: tuple[int, int]) -> list[QTextEdit.ExtraSelection]:
        reader = self._reader
        doc = reader.document()
        if layer.document_positions:
            chosen, position = layer.spans, int
        else:
            lo, hi = window
            # Spans are sorted by start; a long span starting before lo may still reach in.
            first = max(0, bisect.bisect_left(layer.starts, lo) - 64)
            last = bisect.bisect_right(layer.starts, hi)
            chosen = [s for s in layer.spans[first:last] if s[1] > lo]
            position = reader.doc_position
        out = []
        for start, end, colour in chosen:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(position(start))
            cursor.setPosition(position(end), QTextCursor.KeepAnchor)
            sel.cursor = cursor
            fmt = QTextCharFormat()
            if layer.underline:
                fmt.setUnderlineStyle(QTextCharFormat.SingleUnderline)
                fmt.setUnderlineColor(colour)
            else:
                fmt.setBackground(colour)
            sel.format = fmt
            out.append(sel)
        return out
