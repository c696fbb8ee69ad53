"""Document consistency for names: a name found once is marked at every mention, and a short form
(商圈办, 建行) is linked to the full name it abbreviates. Spans are ``(kind, start, end)`` in the
Simplified view of the text (see :mod:`facts.names`)."""

from __future__ import annotations

import re

from .lexicon import org_endings
from .tagger import Token

_NOT_CJK = re.compile(r"[^\u4e00-\u9fff·]")


def every_mention(tokens: list[Token], view: str, spans):
    """Marks every other occurrence of a name found once (two characters or more).

    Only where the model's words start and end (中国 is not marked inside 发展中国家).
    """
    kinds: dict[str, str] = {}
    for kind, s, e in spans:
        word = view[s:e]
        if e - s >= 2:
            kinds.setdefault(word, kind)
    if not kinds:
        return spans
    taken = Coverage(spans)
    starts = {t.start for t in tokens}
    ends = {t.end for t in tokens}
    pattern = re.compile("|".join(sorted(map(re.escape, kinds), key=len, reverse=True)))
    out = list(spans)
    for m in pattern.finditer(view):
        if not taken.overlaps(m.start(), m.end()) and m.start() in starts and m.end() in ends:
            out.append((kinds[m.group(0)], m.start(), m.end()))
            taken.add(m.start(), m.end())
    out.sort(key=lambda x: (x[1], -x[2]))
    return out


def short_forms(tokens: list[Token], view: str, spans):
    """A short word (商圈办, 建行) whose characters appear in order in an organisation found here."""
    orgs = sorted({view[s:e] for k, s, e in spans if k == "organization" and e - s >= 4}, key=len, reverse=True)
    known = _KNOWN_SHORT
    canonical: dict[str, str] = {}
    if not orgs and not any(view[s:e] in known for k, s, e in spans):
        return spans, canonical
    taken = Coverage(spans)
    out = list(spans)
    candidates: dict[str, list[tuple[int, int]]] = {}
    for i, t in enumerate(tokens):
        for j in (i, i + 1):
            if j >= len(tokens) or tokens[j].start - t.start > 4:
                break
            s, e = t.start, tokens[j].end
            word = view[s:e]
            if 2 <= len(word) <= 4 and not _NOT_CJK.search(word):
                candidates.setdefault(word, []).append((s, e))
    by_tail: dict[str, list[str]] = {}
    for o in orgs:
        for first in {s[0] for s in org_endings(o)} or {o[-1]}:
            by_tail.setdefault(first, []).append(o)

    def full_name(word: str) -> str | None:
        return known.get(word) or next(
            (o for o in by_tail.get(word[-1], ()) if word[0] in o and _abbreviates(word, o)), None
        )

    for word, places in candidates.items():
        full = full_name(word)
        if not full:
            continue
        for s, e in places:
            if not taken.overlaps(s, e):
                out.append(("organization", s, e))
                taken.add(s, e)
                canonical[word] = full
    for kind, s, e in spans:  # short forms the model found itself (建行 tagged ORG)
        word = view[s:e]
        if kind == "organization" and 2 <= len(word) <= 4 and word not in canonical:
            full = full_name(word)
            if full:
                canonical[word] = full
    out.sort(key=lambda x: (x[1], -x[2]))
    return out, canonical


#: Bank short forms whose characters do not all appear in the full name's order.
_KNOWN_SHORT = {
    "建行": "中国建设银行",
    "工行": "中国工商银行",
    "农行": "中国农业银行",
    "中行": "中国银行",
    "交行": "交通银行",
}


def _abbreviates(short: str, full: str) -> bool:
    """商圈办 → 江北区观音桥商圈管理办公室: in order, not a plain substring, ending in the name's last word."""
    if short in full or len(full) < len(short) + 2:
        return False
    at = full.find(short[0])
    if at < 0:
        return False
    pos = at
    for ch in short[1:]:
        pos = full.find(ch, pos + 1)
        if pos < 0:
            return False
    # The short form must end on the first character of a word that ends the full name (办 of 办公室).
    return any(short[-1] == s[0] and pos == len(full) - len(s) for s in org_endings(full))


class Coverage:
    """Spans taken so far, for cheap overlap checks."""

    def __init__(self, spans) -> None:
        self._taken = bytearray()
        for _, s, e in spans:
            self.add(s, e)

    def add(self, s: int, e: int) -> None:
        if e > len(self._taken):
            self._taken.extend(b"\0" * (e - len(self._taken) + 1024))
        self._taken[s:e] = b"\1" * (e - s)

    def overlaps(self, s: int, e: int) -> bool:
        return any(self._taken[s:e])
