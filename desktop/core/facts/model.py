"""The Fact record shared by the extractor, the facts panel, search and export."""

from __future__ import annotations

from dataclasses import dataclass

#: Kinds in the order the facts panel lists them.
KINDS = ("money", "percent", "quantity", "ratio", "multiple", "rank", "date", "person", "organization", "place", "term")
#: Kinds that are figures (they carry a label, a period and a subject).
FIGURE_KINDS = frozenset(("money", "percent", "quantity", "ratio", "multiple", "rank"))
#: Kinds that are names (found by the model; their ``value`` is the canonical name).
NAME_KINDS = frozenset(("person", "organization", "place"))

#: The public field names, in order: ``fact-browser facts --format json`` and
#: every export use exactly these.
FACT_FIELDS = (
    "kind",
    "text",
    "start",
    "end",
    "value",
    "unit",
    "qualifier",
    "label",
    "period",
    "stance",
    "subject",
    "sentence",
    "section",
    "english",
)
#: What a figure states (:attr:`Fact.stance`): an outcome aimed at, what will be spent or done, an
#: expectation, what happened or holds, the earlier side of a comparison.
STANCES = ("target", "plan", "forecast", "result", "base")


@dataclass(frozen=True, slots=True)
class Fact:
    """One fact. ``text == article.text[start:end]`` (half-open character offsets).

    ``value``: a number (money in units of ``unit``'s currency, percent as the
    percent number, quantities as the full number), a ``[low, high]`` list for
    ranges, an ISO date/period string for dates (``Y[-1]-07`` when relative to an
    unknown document date, see :mod:`facts.dates`), the canonical name for a
    short form or an aliased person (``李睿德 (Brad Little)``), or ``None``.
    ``qualifier``: one of ``>``, ``>=``, ``<``, ``<=``, ``≈``, ``+`` or ``None``.
    ``label``: what a figure measures (``社零总额``, ``销售总额 同比增长``), a
    person's title. ``period``: the period a figure refers to, in the date
    notation; ``period_source`` the words it came from (``比一九五二年``, ``过去五年 (heading)``),
    ``""`` without one. ``stance``: one of :data:`STANCES` (``预期目标…`` → ``target``,
    ``拟安排`` → ``plan``, ``预计`` → ``forecast``, ``比…的`` → ``base``), None when the fact
    is no figure. ``subject``: the name the figure's clause is about (``观音桥商圈``).
    ``sentence``/``section``: the sentence text and section title, with
    ``sentence_index``/``section_index`` into ``Article.sentences``/``Article.sections``.
    ``change_of``: for a change (``同比增长8.6%``), the ``(start, end)`` of the figure it changes.
    """

    kind: str
    text: str
    start: int
    end: int
    value: float | int | str | list | None = None
    unit: str | None = None
    qualifier: str | None = None
    label: str = ""
    sentence: str = ""
    section: str = ""
    english: str = ""
    sentence_index: int = -1
    section_index: int = -1
    period: str | None = None
    subject: str = ""
    change_of: tuple[int, int] | None = None
    stance: str | None = None
    period_source: str = ""

    def as_dict(self) -> dict:
        """The public record, with exactly :data:`FACT_FIELDS`."""
        return {name: getattr(self, name) for name in FACT_FIELDS}
