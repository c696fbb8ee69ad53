"""Bidirectional embedding, override and isolate controls (the "Trojan Source" characters).

They reorder what a reader sees without changing what is stored, so text
holding them can show one thing and paste as another. The reader shows each
one as a visible sign (as code editors do) and copied or exported facts
leave them out.
"""

from __future__ import annotations

#: LRE RLE PDF LRO RLO (U+202A-202E) and LRI RLI FSI PDI (U+2066-2069)
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

#: Shown in place of each control: one character for one, so every span keeps its offsets.
VISIBLE_SIGN = "\u21c4"  # ⇄

_STRIP = str.maketrans({c: None for c in BIDI_CONTROLS})
_SHOW = str.maketrans({c: VISIBLE_SIGN for c in BIDI_CONTROLS})


def has_bidi_controls(text: str) -> bool:
    return any(c in text for c in BIDI_CONTROLS)


def strip_bidi_controls(text: str) -> str:
    """``text`` without any bidi control (for what is copied or exported)."""
    return text.translate(_STRIP)


def show_bidi_controls(text: str) -> str:
    """``text`` with each bidi control replaced by :data:`VISIBLE_SIGN` (same length)."""
    return text.translate(_SHOW)
