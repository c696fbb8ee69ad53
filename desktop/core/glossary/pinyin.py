"""Pinyin spellings: CC-CEDICT's numbered syllables to tone marks, and readings of running text.

CC-CEDICT writes ``shang1 quan1``, ``lu:4``, ``Zhong1 guo2``, ``r5`` and keeps
letters and punctuation (``3C`` → ``san1 C``, ``,``, ``·``) as their own
tokens. Readers expect ``shāng quān``. pypinyin is imported on first use only:
its phrase tables take about 0.1 s to load.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Combining marks compose with the vowel under NFC (ü + caron → ǚ, n + acute → ń);
# the few pairs with no precomposed letter (m̀, n̄) stay as base + combining mark.
_TONE_MARK = {1: "\u0304", 2: "\u0301", 3: "\u030c", 4: "\u0300"}
_TONED = re.compile(r"([A-Za-zÜü:]+)([1-5])")
_VOWELS = "aeiouü"

#: Han ideographs as a regex character class: the BMP blocks plus Ext B and later.
HAN_CLASS = "[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
_HAN_RUN = re.compile(HAN_CLASS + "+")


def _syllable_with_mark(token: str) -> str:
    """One numbered syllable (``lu:4``) with its tone mark (``lǜ``); other tokens unchanged."""
    m = _TONED.fullmatch(token)
    if m is None:
        return token.replace("u:", "ü").replace("U:", "Ü")
    letters, tone = m.group(1), int(m.group(2))
    # ``v`` spells ü only inside a toned syllable; a bare ``V`` is the letter (``V领`` → ``V ling3``).
    letters = letters.replace("u:", "ü").replace("U:", "Ü").replace("v", "ü").replace("V", "Ü")
    if tone == 5:  # neutral tone, including the erhua ``r5``: no mark
        return letters
    lower = letters.lower()
    # The standard rule: a or e takes the mark; in ou it is the o; otherwise the last vowel.
    at = lower.find("a")
    if at < 0:
        at = lower.find("e")
    if at < 0 and "ou" in lower:
        at = lower.find("o")
    if at < 0:
        at = max(lower.rfind(v) for v in _VOWELS)
    if at < 0:  # syllabic nasals: m2, n2, ng2, hm4, hng4
        found = [i for i in (lower.find("m"), lower.find("n")) if i >= 0]
        if not found:
            return letters
        at = min(found)
    return unicodedata.normalize("NFC", letters[: at + 1] + _TONE_MARK[tone] + letters[at + 1 :])


@lru_cache(maxsize=8192)
def numbered_to_marks(pinyin: str) -> str:
    """``"shang1 quan1"`` → ``"shāng quān"``; ``"lu:4"`` and ``"lv4"`` → ``"lǜ"``; ``"r5"`` → ``"r"``.

    Spaces between syllables are kept, capitals stay capitals (``Zhong1`` →
    ``Zhōng``), tone 5 (neutral) drops the digit, and tokens that are not
    numbered syllables (``,``, ``·``, Latin letters such as ``C``) pass through.
    """
    return " ".join(_syllable_with_mark(token) for token in pinyin.split(" "))


def sentence_pinyin(text: str) -> list[tuple[str, str]]:
    """Each Han character of ``text`` with its reading in tone marks, in order.

    Returns ``(piece, pinyin)`` pairs whose pieces concatenate back to ``text``:
    every Han character is its own piece (so a caller can place ruby above it
    and compute ``[start, end)`` offsets by summing lengths); each run of other
    characters is one piece with an empty reading. Readings come from pypinyin,
    which chooses among a character's readings by the phrase around it
    (增长 → zēng zhǎng); a character it does not know gets ``""``.
    """
    from pypinyin import Style, pinyin  # lazy: loading its phrase tables costs ~0.1 s

    pairs: list[tuple[str, str]] = []
    last = 0
    for run in _HAN_RUN.finditer(text):
        if run.start() > last:
            pairs.append((text[last : run.start()], ""))
        chars = run.group()
        readings = pinyin(chars, style=Style.TONE, errors=lambda unknown: [""] * len(unknown))
        if len(readings) != len(chars):  # never seen; keep the pairing honest rather than shifted
            readings = [pinyin(c, style=Style.TONE, errors=lambda u: [""])[0] for c in chars]
        pairs.extend((c, r[0] if r else "") for c, r in zip(chars, readings))
        last = run.end()
    if last < len(text):
        pairs.append((text[last:], ""))
    return pairs


def toneless_pinyin(char: str) -> str:
    """The most common reading of one character without tone or ü (``绿`` → ``"lv"``), or ``""``.

    Spelled as people type it on a keyboard, for pinyin search.
    """
    from pypinyin import Style, pinyin

    readings = pinyin(char[:1], style=Style.NORMAL, errors=lambda unknown: [""] * len(unknown))
    return readings[0][0] if readings and readings[0] else ""
