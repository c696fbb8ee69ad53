"""Whose English is shown: offline, English any provider cached is shown (issue 14, item 12), and
the controller says which provider it came from when it is not the chosen one."""
from __future__ import annotations


def other_providers(found: dict, chosen: str) -> tuple[int, str]:
    """How many of ``found``'s translations came from a cache entry of a provider other than
    ``chosen``, and those providers' names (most texts first)."""
    from ...core.translate.providers import PROVIDERS
    from ...core.translate.translation import CACHE

    others: dict[str, int] = {}
    for t in found.values():
        if t.origin == CACHE and t.provider != chosen and t.provider in PROVIDERS:
            others[t.provider] = others.get(t.provider, 0) + 1
    names = ", ".join(PROVIDERS[p].label for p in sorted(others, key=others.get, reverse=True))
    return sum(others.values()), names
