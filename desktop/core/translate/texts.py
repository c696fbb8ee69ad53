"""Which texts of an article get English, and the key each is stored under.

A sentence is looked up by its *normalised* text, never by its position, so a
cached translation or a gloss-pack entry survives re-sectioning, edits
elsewhere in the document and the same sentence turning up in another article.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..document import Article

_SPACE = re.compile(r"\s+")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")


def sentence_key(text: str) -> str:
    """The lookup key of ``text``: NFC, outer whitespace stripped, inner runs of whitespace as one space."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def has_chinese(text: str) -> bool:
    """True when ``text`` holds a Han character; text without one needs no translation."""
    return _CJK.search(text) is not None


def is_echo(source: str, translation: str | None) -> bool:
    """True when ``translation`` is no translation at all: missing, blank or the source again."""
    if translation is None or not isinstance(translation, str):
        return True
    got = sentence_key(translation)
    return not got or got == sentence_key(source)


#: English of a Chinese text runs about 2-4 characters per source character
#: (numbers and Latin names 1:1); past this many per character, plus a margin
#: for short texts, the answer is not a translation of the text.
MAX_ENGLISH_PER_SOURCE_CHAR = 12
_LENGTH_MARGIN = 200


def is_implausibly_long(source: str, translation: str | None) -> bool:
    """True when ``translation`` is far longer than any English of ``source`` could be."""
    if not isinstance(translation, str):
        return False
    return len(translation) > _LENGTH_MARGIN + MAX_ENGLISH_PER_SOURCE_CHAR * len(source)


def article_texts(article: Article) -> list[str]:
    """The title, every section heading and every sentence, in reading order, deduplicated.

    Each item is the exact text as sliced from ``Article.text`` (so callers can map
    it back to its ``[start, end)`` span); headings and the title come before the
    sentences of their section.
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(text: str) -> None:
        if text.strip() and text not in seen:
            seen.add(text)
            out.append(text)

    add(article.title)
    for section in article.sections:
        add(section.title)
        for sentence in section.sentences:
            add(article.slice(sentence.start, sentence.end))
    return out
