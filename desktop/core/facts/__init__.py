"""Facts: figures, dates, names and quoted terms found in an article."""
from .model import FACT_FIELDS, Fact, KINDS

__all__ = ["Fact", "FACT_FIELDS", "KINDS"]
