"""One bad fact never loses a document: a recogniser's failure costs that fact only, and says so.

Every stage that reads one fact (a numeral's recognisers, a date's resolution,
a figure's label, period or subject, the names model) runs under a guard; when
it raises, the fact (or only the part of it that failed) is dropped, a warning
is logged on ``desktop.core.facts`` and a :class:`LostFact` is appended to the
caller's list (``fact-browser facts --verbose`` prints them).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger("desktop.core.facts")


@dataclass(frozen=True, slots=True)
class LostFact:
    """What a failure cost. ``stage``: ``figure``, ``date``, ``label``, ``period``, ``stance``,
    ``subject``, ``names``, ``known names`` or ``document date``; ``[start, end)`` the span read (``0, 0`` for the
    whole text); ``error`` the exception's type and message."""

    stage: str
    start: int
    end: int
    text: str
    error: str

    def describe(self) -> str:
        where = f"{self.start}-{self.end} {self.text!r}" if self.end > self.start else "the whole text"
        return f"{self.stage} lost at {where}: {self.error}"


def lose(losses: list[LostFact] | None, stage: str, start: int, end: int, text: str, err: BaseException) -> None:
    """Record that ``stage`` failed on ``text[start:end]`` with ``err``: log it, and count it in ``losses``."""
    lost = LostFact(stage, start, end, text[start:end][:80] if end > start else "", f"{type(err).__name__}: {err}")
    log.warning("%s", lost.describe())
    log.debug("the failure behind it", exc_info=err)
    if losses is not None:
        losses.append(lost)
