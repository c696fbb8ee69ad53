"""The kinds of fact as the interface names them: one table for the facts panel, copies and the library."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

KIND_NAMES = {
    "money": QT_TRANSLATE_NOOP("FactKind", "Money"),
    "percent": QT_TRANSLATE_NOOP("FactKind", "Percent"),
    "quantity": QT_TRANSLATE_NOOP("FactKind", "Quantity"),
    "ratio": QT_TRANSLATE_NOOP("FactKind", "Ratio"),
    "multiple": QT_TRANSLATE_NOOP("FactKind", "Multiple"),
    "rank": QT_TRANSLATE_NOOP("FactKind", "Rank"),
    "date": QT_TRANSLATE_NOOP("FactKind", "Date"),
    "person": QT_TRANSLATE_NOOP("FactKind", "Person"),
    "organization": QT_TRANSLATE_NOOP("FactKind", "Organisation"),
    "place": QT_TRANSLATE_NOOP("FactKind", "Place"),
    "term": QT_TRANSLATE_NOOP("FactKind", "Term"),
}


def kind_column_width(metrics, swatch: bool = True) -> int:
    """A Kind column as wide as its longest name in the interface language, with its swatch (``metrics``:
    the table's ``QFontMetrics``). Measured from the names, not the rows (a big report has 60,000)."""
    # The swatch is drawn at the style's small-icon size (16 in Fusion). Not asked of the
    # style: the first style() from Python makes PySide build QStyle, ~4 ms of the first paint.
    longest = max(metrics.horizontalAdvance(kind_name(k)) for k in KIND_NAMES)
    return longest + (max(16, metrics.height()) + 24 if swatch else 16)


def kind_name(kind: str) -> str:
    """``kind`` in the interface language (``money`` → Money / 金额); an unknown kind as it is."""
    return QCoreApplication.translate("FactKind", KIND_NAMES.get(kind, kind))
