"""Facts: figures, dates, names and quoted terms found in an article.

Public API (the extractor modules load on first use, so importing this package
for :class:`Fact` costs nothing):

- ``extract_facts(article, *, names=True, english=None, progress=None, cancelled=None, year=None) -> list[Fact]``
- ``parse_number(text) -> float | None`` for an isolated numeral span
- ``recognize(text, *, local_currency="CNY", currency_names=False) -> list[Figure]`` on raw strings
"""
from .model import FACT_FIELDS, Fact, KINDS

__all__ = ["Fact", "FACT_FIELDS", "KINDS", "extract_facts", "parse_number", "recognize", "Figure"]

_LAZY = {
    "extract_facts": ".extract",
    "parse_number": ".numerals",
    "recognize": ".figures",
    "Figure": ".figures",
}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(name)
