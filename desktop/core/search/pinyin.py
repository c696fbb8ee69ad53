"""Toneless pinyin search without a per-character loop over the text.

Each character is translated to one *reading code* (a Private Use Area
character): characters with one toneless reading share that syllable's code;
characters with several (行 xing/hang) get the code of their *set* of readings.
A query syllable then becomes a character class of the codes that contain it,
and a syllable sequence is a regex over the coded text whose offsets equal
``Article.text`` offsets (one code per character). Heteronyms are accepted in
any reading: 银行 matches both ``yinhang`` and ``yinxing``.

Readings come from pypinyin's single-character dictionary (loaded lazily,
~0.15 s). The interjection-only syllables m, n, ng, hm, hng are left out so
that ``xian`` does not also split into x-i-a-n nonsense. ``lu``/``nu``/``lue``/``nue``
also match ü syllables (people type 绿 as ``lu`` or ``lv``).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

_PUA_START = 0xE000
_PUA_END = 0xF900
_FILLER = 0x20
_MAX_SYLLABLE = 6  # zhuang, chuang, shuang
#: Cap on alternative readings of one query (``xian`` → xian | xi an).
MAX_SEGMENTATIONS = 16
_QUERY_CHARS = re.compile(r"[a-zü' \-]+")
_V_ALIASES = {"lv": "lu", "nv": "nu", "lve": "lue", "nve": "nue"}


class PinyinCodes:
    """Character → reading-code table and syllable → code class, built once per process."""

    def __init__(self) -> None:
        from pypinyin.pinyin_dict import pinyin_dict

        syllable_code: dict[str, int] = {}
        set_code: dict[frozenset[str], int] = {}
        table: dict[int, int] = {cp: _FILLER for cp in range(_PUA_START, _PUA_END)}
        members: dict[str, list[int]] = {}
        next_code = _PUA_START
        toneless_cache: dict[str, str] = {}
        for cp, readings in pinyin_dict.items():
            syllables = set()
            for r in readings.split(","):
                s = toneless_cache.get(r)
                if s is None:
                    s = toneless_cache[r] = toneless(r)
                if _has_vowel(s):
                    syllables.add(s)
                    if s in _V_ALIASES:
                        syllables.add(_V_ALIASES[s])
            if not syllables:
                continue
            key = frozenset(syllables)
            if len(key) == 1:
                (s,) = key
                code = syllable_code.get(s)
                if code is None:
                    code = syllable_code[s] = next_code
                    next_code += 1
                    members.setdefault(s, []).append(code)
            else:
                code = set_code.get(key)
                if code is None:
                    code = set_code[key] = next_code
                    next_code += 1
                    for s in key:
                        members.setdefault(s, []).append(code)
            table[cp] = code
        if next_code > _PUA_END:
            raise RuntimeError("pinyin reading sets outgrew the Private Use Area")
        self.table = table
        self.syllables = frozenset(members)
        self._classes = {s: "[" + "".join(map(chr, codes)) + "]" for s, codes in members.items()}

    def encode(self, text: str) -> str:
        """One reading code per character of ``text`` (filler where a character has no reading)."""
        return text.translate(self.table)

    def pattern(self, query: str, *, min_syllables: int = 1) -> re.Pattern | None:
        """A regex over :meth:`encode` output for ``query`` read as pinyin, or ``None``.

        Spaces, apostrophes and hyphens in ``query`` force syllable boundaries
        (``xi'an``). ``None`` when ``query`` is not pinyin or every reading has
        fewer than ``min_syllables`` syllables.
        """
        segs = [s for s in self.segmentations(query) if len(s) >= min_syllables]
        if not segs:
            return None
        return _compile(tuple(tuple(self._classes[s] for s in seg) for seg in segs))

    def segmentations(self, query: str) -> list[tuple[str, ...]]:
        """Every way to read ``query`` as toneless syllables, fewest syllables first."""
        q = query.strip().lower().replace("ü", "v")
        if not q or not _QUERY_CHARS.fullmatch(q.replace("v", "ü")):
            return []
        chunks = [c for c in re.split(r"[ '\-]+", q) if c]
        results: list[tuple[str, ...]] = [()]
        for chunk in chunks:
            options = _split(chunk, self.syllables)
            if not options:
                return []
            results = [r + o for r in results for o in options][: MAX_SEGMENTATIONS * 4]
        results.sort(key=len)
        return results[:MAX_SEGMENTATIONS]


def toneless(reading: str) -> str:
    """``lǜ`` → ``lv``, ``guān`` → ``guan``, ``ê̄`` → ``e``."""
    d = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(c for c in d if not unicodedata.combining(c))


def _has_vowel(s: str) -> bool:
    return any(c in "aeiouv" for c in s)


def _split(chunk: str, syllables: frozenset[str]) -> list[tuple[str, ...]]:
    # ways[i]: segmentations of chunk[i:]
    ways: list[list[tuple[str, ...]]] = [[] for _ in range(len(chunk) + 1)]
    ways[len(chunk)] = [()]
    for i in range(len(chunk) - 1, -1, -1):
        for j in range(i + 1, min(len(chunk), i + _MAX_SYLLABLE) + 1):
            if chunk[i:j] in syllables and ways[j]:
                ways[i].extend((chunk[i:j],) + rest for rest in ways[j][:MAX_SEGMENTATIONS])
    return ways[0]


@lru_cache(maxsize=256)
def _compile(segs: tuple[tuple[str, ...], ...]) -> re.Pattern:
    # The regex must start with one character class so that re's fast
    # first-character scan applies; an alternation of classes would be
    # tried at every offset (10× slower on 10 MB). Each alternative then
    # re-checks its own first syllable with a look-behind.
    if len(segs) == 1:
        return re.compile("".join(segs[0]))
    first = "[" + "".join(sorted({c for seg in segs for c in seg[0][1:-1]})) + "]"
    alts = "|".join("(?<=" + seg[0] + ")" + "".join(seg[1:]) for seg in sorted(segs, key=len, reverse=True))
    return re.compile(first + "(?:" + alts + ")")


_codes: PinyinCodes | None = None
_codes_lock = threading.Lock()


def pinyin_codes() -> PinyinCodes:
    """The process-wide table (first call imports pypinyin: ~0.2 s)."""
    global _codes
    with _codes_lock:
        if _codes is None:
            _codes = PinyinCodes()
        return _codes
