"""Which dictionary word the reader points at, and which of its readings the sentence uses.

CC-CEDICT lists a headword's readings in its own order, so 圈 shows the rare
*juān* first and 应 starts with "surname Ying". In a sentence the reading is
known: pypinyin reads characters phrase by phrase (商圈 → shāng quān, 应该 →
yīng gāi). The entry whose reading matches comes first; surname and variant
entries go last.
"""

from __future__ import annotations

import re

from .entry import Entry, Match

_RARE = re.compile(r"^(surname |old variant of|variant of|archaic variant|used in |\(old\)|\(archaic\))", re.I)


def _syllables(pinyin: str) -> tuple[str, ...]:
    """``"Lu:4 xing2"`` → ``("lv4", "xing2")``: lower case, ü as v, neutral tone as 5."""
    out = []
    for s in pinyin.lower().replace("u:", "v").replace("ü", "v").split():
        out.append(s if s[-1:].isdigit() else s + "5")
    return tuple(out)


def context_reading(sentence: str, start: int, end: int) -> tuple[str, ...] | None:
    """pypinyin's phrase-aware reading of ``sentence[start:end]`` (numbered syllables), or None."""
    from pypinyin import Style, pinyin  # already loaded by the pinyin bar and search

    # With this errors callback pypinyin gives one item per character ("" for non-Han ones).
    readings = pinyin(sentence, style=Style.TONE3, neutral_tone_with_five=True, errors=lambda chars: [""] * len(chars))
    if len(readings) != len(sentence):
        return None
    per_char = [item[0] or None if item else None for item in readings]
    word = per_char[start:end]
    if len(word) != end - start or any(s is None for s in word):
        return None
    return _syllables(" ".join(word))


def _rare(entry: Entry) -> bool:
    return bool(entry.senses) and all(_RARE.match(s) for s in entry.senses)


def order_entries(entries, reading: tuple[str, ...] | None) -> tuple[Entry, ...]:
    """``entries`` with the one read as ``reading`` first and surname/variant-only entries last
    (stable otherwise: CC-CEDICT's order breaks ties)."""

    def key(item):
        i, entry = item
        surname = entry.pinyin[:1].isupper()  # CC-CEDICT capitalises the reading of names
        fits = reading is not None and not surname and _syllables(entry.pinyin) == reading
        return (not fits, surname or _rare(entry), i)

    return tuple(e for _, e in sorted(enumerate(entries), key=key))


def in_context(matches: list[Match], text: str, sentence_start: int, sentence_end: int) -> list[Match]:
    """``matches`` (spans into ``text``) with each word's entries ordered by the reading its sentence gives it."""
    sentence = text[sentence_start:sentence_end]
    out = []
    for m in matches:
        if sentence_start <= m.start and m.end <= sentence_end:
            reading = context_reading(sentence, m.start - sentence_start, m.end - sentence_start)
        else:
            reading = None
        out.append(Match(m.start, m.end, m.word, order_entries(m.entries, reading)))
    return out
