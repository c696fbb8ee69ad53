"""Facts: figures, dates, names and quoted terms found in an article.

Public API (the extractor modules load on first use, so importing this package
for :class:`Fact` costs nothing):

- ``extract_facts(article, *, names=True, english=None, progress=None, cancelled=None, year=None) -> list[Fact]``
- ``parse_number(text) -> float | None`` for an isolated numeral span
- ``recognize(text, *, local_currency="CNY", currency_names=False) -> list[Figure]`` on raw strings
"""

from ..lazy_names import module_getattr
from .model import FACT_FIELDS, Fact, KINDS

__all__ = ["Fact", "FACT_FIELDS", "KINDS", "extract_facts", "parse_number", "recognize", "Figure"]

_LAZY = {
    "extract_facts": ".extract",
    "parse_number": ".numerals",
    "recognize": ".figures",
    "Figure": ".figures",
}


__getattr__ = module_getattr(__name__, _LAZY)
