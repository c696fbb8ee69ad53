"""Names the caller already knows (the team's glossary) count as names, whatever the model said.

:func:`with_known` merges them into the model's mentions: a known name the model missed is added;
where the model found a piece of it, or a different kind, the known name replaces what overlaps
(the model's title for the very same words stays);
a longer name the model found around it stands.
Mentions of quoted terms are left as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .names import Mention

#: ``known(text) -> [(start, end, kind, english)]``: the names the caller knows in ``text``.
Known = Callable[[str], Iterable[tuple[int, int, str, str]]]
_KINDS = ("person", "organization", "place", "term")


def with_known(mentions: list[Mention], spans: Iterable[tuple[int, int, str, str]]) -> tuple[list[Mention], dict]:
    """``(mentions, english)``: the mentions with the known names merged in, sorted by start, and
    ``{(start, end): english}`` for each known name."""
    known = [(s, e, k if k in _KINDS else "term", en) for s, e, k, en in spans if 0 <= s < e]
    names = [m for m in mentions if m.kind != "term"]
    # A longer name the model found around a known one (观音桥商圈 around 观音桥) stands.
    known = [
        k for k in known if not any(m.start <= k[0] and k[1] <= m.end and m.end - m.start > k[1] - k[0] for m in names)
    ]
    if not known:
        return mentions, {}

    def overlapped(m: Mention) -> bool:
        return any(m.start < e and s < m.end for s, e, *_ in known)

    same = {(m.start, m.end): m for m in names}
    kept = [m for m in mentions if m.kind == "term" or not overlapped(m)]
    # The model's own mention of the same words keeps its title (招商专员) and full name; the kind is the glossary's.
    out = kept + [
        Mention(kind, s, e, same[(s, e)].role, same[(s, e)].canonical) if (s, e) in same else Mention(kind, s, e)
        for s, e, kind, _ in known
    ]
    out.sort(key=lambda m: (m.start, -m.end))
    return out, {(s, e): en for s, e, _, en in known}
