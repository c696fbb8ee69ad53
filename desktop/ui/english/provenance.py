"""Whose English is shown: offline, English any provider cached is shown (issue 14, item 12), and
the controller says which provider it came from when it is not the chosen one."""

from __future__ import annotations


def other_providers(found: dict, chosen: str) -> tuple[int, str]:
    """How many of ``found``'s translations came from a cache entry of a provider other than
    ``chosen``, and those providers' names (most texts first)."""
    from ...core.translate.translation import CACHE

    cached = [t.provider for t in found.values() if t.origin == CACHE and t.provider != chosen]
    if not cached:  # the usual case, and the bundled article's: no provider table needed
        return 0, ""
    from ...core.translate.providers import PROVIDERS

    others: dict[str, int] = {}
    for provider in cached:
        if provider in PROVIDERS:
            others[provider] = others.get(provider, 0) + 1
    names = ", ".join(PROVIDERS[p].label for p in sorted(others, key=others.get, reverse=True))
    return sum(others.values()), names
