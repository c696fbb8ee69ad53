"""The word lists the name and label rules read: ``lexicon/<name>.txt``, one package with its loader.

Each file is whitespace-separated words with ``#`` comments, all Simplified
(Traditional text is matched through its ``t2s`` view). Loaded once, lazily.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    """The words of ``lexicon/<name>.txt``."""
    raw = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return frozenset(w for line in raw.splitlines() for w in line.split("#", 1)[0].split())


@lru_cache(maxsize=None)
def longest_first(name: str) -> tuple[str, ...]:
    """The words of ``name`` longest first (for alternations where the longer word must win)."""
    return tuple(sorted(words(name), key=len, reverse=True))


@lru_cache(maxsize=1)
def _suffix_lengths() -> tuple[int, ...]:
    return tuple(sorted({len(s) for s in words("org_suffixes")}, reverse=True))


def org_endings(word: str) -> list[str]:
    """Every organisation word (``org_suffixes``) that ends ``word``, longest first: one set look-up per length."""
    suffixes = words("org_suffixes")
    return [word[-n:] for n in _suffix_lengths() if n <= len(word) and word[-n:] in suffixes]
