"""Columns of an exported fact table: what the facts table shows, in the order it shows it.

A :class:`Column` turns a :class:`Fact` into the text of one cell. Columns
holding Chinese text are *scripted*: they pass through the caller's script
transform, so a copy follows the display script. Numbers and offsets never do
(``start``/``end`` index the original ``Article.text`` whatever the display).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ..facts.model import Fact
from ..facts.notation import period_text
from .context import bounded
from .values import Transform, format_value, format_value_machine


def _identity(text: str) -> str:
    return text


@dataclass(frozen=True, slots=True)
class Column:
    """One exported column.

    ``key`` names it in code (and is the JSON-ish id a settings key can store);
    ``header`` is the header cell (English by default; the UI passes its
    translated label via :meth:`renamed`). ``getter(fact, transform)`` returns
    the cell text, applying ``transform`` to Chinese text only. ``numeric``
    cells hold machine numbers (right-aligned in HTML, never formula-guarded).
    ``scripted`` says the getter applies the transform, so an ``original``
    variant makes sense. ``bounded`` columns (sentence, section) see the fact's
    sentence cut to a window around it and its section title cut
    (:mod:`.context`), so a row's size never grows with its sentence.
    """

    key: str
    header: str
    getter: Callable[[Fact, Transform], str]
    numeric: bool = False
    scripted: bool = False
    bounded: bool = False

    def cell(self, fact: Fact, transform: Transform | None = None, at: int | None = None) -> str:
        """The cell text for ``fact`` (also what copying a single cell should copy).

        ``at``: where the fact starts in its sentence (:func:`.context.position`), for a bounded column.
        """
        if self.bounded:
            fact = bounded(fact, at)
        return self.getter(fact, transform or _identity)

    def renamed(self, header: str) -> "Column":
        return replace(self, header=header)

    def pinned(self, transform: Transform | None, *, key: str, header: str) -> "Column":
        """This column with a fixed script, whatever the caller's transform.

        ``pinned(None, ...)`` is the original script ("Fact (original)"); the UI
        pins its other converter for "the other script".
        """
        fixed = transform or _identity
        getter = self.getter
        return Column(key, header, lambda fact, _t: getter(fact, fixed), self.numeric, False, self.bounded)

    def original(self) -> "Column":
        """The ``<key>_original`` column: this column's text as written in the article."""
        return self.pinned(None, key=f"{self.key}_original", header=f"{self.header} (original)")


def _text(name: str) -> Callable[[Fact, Transform], str]:
    def get(fact: Fact, transform: Transform) -> str:
        value = getattr(fact, name)
        return transform(value) if value else ""

    return get


def _plain(name: str) -> Callable[[Fact, Transform], str]:
    def get(fact: Fact, _transform: Transform) -> str:
        value = getattr(fact, name)
        return "" if value is None else str(value)

    return get


def _int(name: str) -> Callable[[Fact, Transform], str]:
    def get(fact: Fact, _transform: Transform) -> str:
        return str(int(getattr(fact, name)))

    return get


#: The standard columns, in the facts table's order.
STANDARD_COLUMNS: dict[str, Column] = {
    c.key: c
    for c in (
        Column("kind", "Kind", _plain("kind")),
        Column("text", "Fact", _text("text"), scripted=True),
        Column("value", "Value", lambda f, _t: format_value_machine(f), numeric=True),
        Column("value_display", "Value (formatted)", lambda f, t: format_value(f, t), scripted=True),
        Column("unit", "Unit", _text("unit"), scripted=True),
        Column("qualifier", "Qualifier", _plain("qualifier")),
        Column("label", "Measures", _text("label"), scripted=True),
        Column("period", "Period", lambda f, _t: period_text(f.period)),
        Column("stance", "Stance", _plain("stance")),
        Column("subject", "Subject", _text("subject"), scripted=True),
        Column("english", "English", _plain("english")),
        Column("section", "Section", _text("section"), scripted=True, bounded=True),
        Column("sentence", "Sentence", _text("sentence"), scripted=True, bounded=True),
        Column("start", "Start", _int("start"), numeric=True),
        Column("end", "End", _int("end"), numeric=True),
    )
}

#: Keys of every standard column, in order (the default when a caller passes no columns).
DEFAULT_COLUMNS = tuple(STANDARD_COLUMNS)


def column(key: str) -> Column:
    """The standard column ``key``, or its original-script variant ``<key>_original``.

    Raises ``KeyError`` naming the known keys.
    """
    if key in STANDARD_COLUMNS:
        return STANDARD_COLUMNS[key]
    base = key.removesuffix("_original")
    if key.endswith("_original") and base in STANDARD_COLUMNS and STANDARD_COLUMNS[base].scripted:
        return STANDARD_COLUMNS[base].original()
    known = ", ".join(list(STANDARD_COLUMNS) + [f"{k}_original" for k, c in STANDARD_COLUMNS.items() if c.scripted])
    raise KeyError(f"unknown export column {key!r}; known: {known}")


def resolve_columns(columns: Iterable[Column | str] | None) -> list[Column]:
    """``columns`` as :class:`Column` objects: keys are looked up, Columns pass through; None → every standard column."""
    if columns is None:
        columns = DEFAULT_COLUMNS
    out = [c if isinstance(c, Column) else column(c) for c in columns]
    if not out:
        raise ValueError("an export needs at least one column")
    return out
