"""What a typed query means: terms, phrases, figures, whole words, regexes.

Everything here works on *folded* strings (see :mod:`.folding`) and returns
``(start, end)`` offsets into them, which are offsets into the unfolded text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Opening quote → closing quote for phrase queries. Apostrophes are not
#: quotes: they separate pinyin syllables (xi'an) and occur in English.
QUOTES = {'"': '"', "“": "”", "「": "」", "『": "』", "＂": "＂"}
#: After folding, the thousands separator is ASCII ``,`` (``，`` folds to it).
_DIGIT_GAP = r"(?:,(?=\d{3}(?!\d)))?"
_LATIN_WORD = re.compile(r"[a-z' \-]+")


@dataclass(frozen=True, slots=True)
class Term:
    """One unit of a query: a word, or a quoted phrase (``quoted=True``, spaces kept)."""

    text: str
    quoted: bool = False


def parse_terms(query: str) -> list[Term]:
    """Split ``query`` on whitespace, keeping quoted phrases whole.

    An unclosed quote runs to the end of the query, so results stay sensible
    while the closing quote is still being typed.
    """
    terms: list[Term] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
            continue
        if ch in QUOTES:
            close = query.find(QUOTES[ch], i + 1)
            end = n if close < 0 else close
            phrase = query[i + 1 : end].strip()
            if phrase:
                terms.append(Term(phrase, quoted=True))
            i = end + 1
            continue
        j = i
        while j < n and not query[j].isspace() and query[j] not in QUOTES:
            j += 1
        terms.append(Term(query[i:j]))
        i = j
    return terms


def is_latin_word(folded: str) -> bool:
    """True when a folded term could be pinyin or English (letters, spaces, ' and - only)."""
    return bool(_LATIN_WORD.fullmatch(folded)) and any(c.isalpha() for c in folded)


def literal_pattern(folded: str) -> re.Pattern | None:
    """A regex for a folded literal when plain ``str.find`` is not enough, else ``None``.

    Figures: between two digits of the query the text may hold a thousands
    separator that is followed by exactly three digits, so ``27203`` finds
    ``２７，２０３`` (folded ``27,203``) but ``12`` does not find ``1，2``. A
    separator typed in the query is optional in the text (``27,203`` finds
    ``27203``).
    """
    if not any(c.isdigit() for c in folded):
        return None
    out = []
    prev_digit = False
    i = 0
    while i < len(folded):
        c = folded[i]
        if c == "," and prev_digit and i + 1 < len(folded) and folded[i + 1].isdigit():
            i += 1
            continue
        if c.isdigit() and c.isascii():
            if prev_digit:
                out.append(_DIGIT_GAP)
            out.append(c)
            prev_digit = True
        else:
            out.append(re.escape(c))
            prev_digit = False
        i += 1
    return re.compile("".join(out))


#: characters scanned per regex call; between calls other threads get the GIL
CHUNK = 1 << 16


def chunked_finditer(pattern: re.Pattern, text: str, chunk: int = CHUNK):
    """``pattern.finditer(text)`` in line-aligned chunks of about ``chunk`` characters.

    ``re`` holds the GIL for a whole scan: over 3.5 M characters that is tens of
    milliseconds in which the UI thread cannot run. Scanning line-aligned
    chunks (``pos``/``endpos``, no copies) hands the GIL back between them. A
    match cannot cross a chunk boundary, which sits after a newline: queries
    never contain one, and ``^``/``$`` keep their per-line meaning.
    """
    n = len(text)
    pos = 0
    while pos < n:
        end = text.find("\n", min(n, pos + chunk))
        end = n if end < 0 else end + 1
        yield from pattern.finditer(text, pos, end)
        pos = end


def find_literal(haystack: str, folded: str) -> list[tuple[int, int]]:
    """Non-overlapping occurrences of the folded term ``folded`` in ``haystack``."""
    if not folded:
        return []
    pattern = literal_pattern(folded)
    if pattern is not None:
        return [m.span() for m in chunked_finditer(pattern, haystack)]
    out = []
    step = len(folded)
    i = haystack.find(folded)
    while i >= 0:
        out.append((i, i + step))
        i = haystack.find(folded, i + step)
    return out


def is_word_char(ch: str) -> bool:
    """Latin letters and digits make words; CJK does not (Chinese has no spaces to bound words)."""
    return ch.isalnum() and ord(ch) < 0x2E80 or ch == "_"


def whole_word(haystack: str, start: int, end: int) -> bool:
    """True when ``[start, end)`` is not glued to a Latin word on a side where it is Latin itself."""
    if start >= end:
        return False
    if is_word_char(haystack[start]) and start > 0 and is_word_char(haystack[start - 1]):
        return False
    if is_word_char(haystack[end - 1]) and end < len(haystack) and is_word_char(haystack[end]):
        return False
    return True


def compile_user_regex(pattern: str, fold) -> tuple[re.Pattern | None, str | None]:
    """Compile a user regex to run on folded text: ``(pattern, None)`` or ``(None, message)``.

    CJK in the pattern is folded to Simplified and full-width letters and
    digits to ASCII; full-width punctuation becomes an *escaped* ASCII
    character (a typed ``（`` is a literal bracket, never a group). Case is
    ignored. ``message`` reads like "Unbalanced parenthesis at position 3",
    the position counting characters of the pattern as typed.
    """
    out: list[str] = []
    positions: list[int] = []  # for each char of the compiled pattern, its index in `pattern`
    folded = fold.chars(pattern)
    for i, (orig, f) in enumerate(zip(pattern, folded)):
        if f != orig and 0xFF01 <= ord(orig) <= 0xFF5E and not f.isalnum():
            piece = re.escape(f)
        else:
            piece = f
        out.append(piece)
        positions.extend([i] * len(piece))
    text = "".join(out)
    try:
        return re.compile(text, re.IGNORECASE | re.MULTILINE), None
    except re.error as err:
        pos = err.pos
        where = ""
        if pos is not None:
            typed = positions[pos] if pos < len(positions) else len(pattern)
            where = f" at position {typed}"
        msg = err.msg[:1].upper() + err.msg[1:]
        return None, f"{msg}{where}"
    except (OverflowError, RecursionError) as err:  # absurd repeat counts, deep nesting
        return None, f"The pattern is too large: {err}"
