"""Which facts columns a table of a given width shows, and how wide each must be to be read.

A narrow facts panel (an 800×600 screen, a dock squeezed beside the reader) used to share its
width among all nine columns: cells read ``1…`` and headers ``easur``. Now each column has a
width below which it cannot be read (its header in full, and a few characters of content, in
ems of the table's font); the columns are taken in :data:`PRIORITY` order while they fit, and
the rest are hidden, a click away in the header's context menu. Fact, Value and Label are
always shown: below their widths the table scrolls sideways rather than clipping them.

The widths in ems come from the facts of the bundled article and seven Taiwan press releases
(88 figures): the Fact column's text is at most 5.2 ems for 90% of them, the label 6, the
period 3.9 (:data:`FULL_EMS` shows those in full; :data:`MIN_EMS` is where reading stops).
"""

from __future__ import annotations

from typing import Callable, Mapping

#: the order columns are kept in as the table narrows (the first ones longest)
PRIORITY = ("text", "value", "label", "period", "kind", "stance", "subject", "section", "english")
#: shown however narrow the table is (a user may still hide them)
ALWAYS = ("text", "value", "label")
#: narrowest readable content width per column, in ems of the table's font ("kind": its own fit)
MIN_EMS = {
    "text": 4.5,
    "value": 5.0,
    "label": 4.5,
    "period": 4.0,
    "stance": 4.0,
    "subject": 4.0,
    "section": 6.0,
    "english": 7.0,
}
#: the widths that show ~90% of facts whole (first launch sizes the panel for these)
#: (period: a whole date, 2024-01-02, is 5.8 ems: at 5 the first launch showed a press release's
#: dateline period as "2024-01-…", seen in the real window)
FULL_EMS = {"text": 6.0, "value": 6.0, "label": 6.0, "period": 6.0}
#: a header's text plus its margins and sort arrow, px
HEADER_PADDING = 24
#: a cell's margins, px
CELL_PADDING = 12


def needed_widths(
    keys: tuple[str, ...], header_text_width: Callable[[str], int], em: int, kind_width: int, ems=MIN_EMS
) -> dict[str, int]:
    """Per column key, the width (px) below which its header or its content is cut."""
    out = {}
    for key in keys:
        content = kind_width if key == "kind" else int(ems.get(key, MIN_EMS.get(key, 4.0)) * em) + CELL_PADDING
        out[key] = max(content, header_text_width(key) + HEADER_PADDING)
    return out


def choose_columns(needed: Mapping[str, int], available: int, choices: Mapping[str, bool]) -> list[str]:
    """The columns to show in a table ``available`` px wide, in :data:`PRIORITY` order.

    ``choices`` are the user's: a column they showed is always shown, one they hid never is;
    the others are taken while they fit, :data:`ALWAYS` whatever the width.
    """
    shown = [k for k in PRIORITY if choices.get(k) is True or (k in ALWAYS and choices.get(k) is not False)]
    used = sum(needed[k] for k in shown)
    for key in PRIORITY:
        if key in shown or choices.get(key) is False:
            continue
        if used + needed[key] <= available:
            shown.append(key)
            used += needed[key]
        else:
            break  # a lower column never jumps the queue past one that did not fit
    return [k for k in PRIORITY if k in shown]


def share_widths(needed: Mapping[str, int], shown: list[str], available: int, weights: Mapping[str, int]) -> dict:
    """Each shown column its needed width, and what is left shared in proportion to ``weights``."""
    spare = max(0, available - sum(needed[k] for k in shown))
    total = sum(weights[k] for k in shown) or 1
    return {k: needed[k] + spare * weights[k] // total for k in shown}
