"""Offline word glosses: CC-CEDICT compiled into an SQLite index, and pinyin.

``Glossary`` looks words up by headword or at a position in a text;
``numbered_to_marks`` turns CC-CEDICT's ``shang1 quan1`` into ``shāng quān``;
``sentence_pinyin`` gives the reading of each character of a sentence.
Importing this package loads neither the dictionary nor pypinyin.
"""

from .cedict import CEDICT_ATTRIBUTION, GlossaryError
from .entry import Entry, Match
from .lookup import Glossary
from .pinyin import numbered_to_marks, sentence_pinyin, toneless_pinyin

__all__ = [
    "CEDICT_ATTRIBUTION",
    "Entry",
    "Glossary",
    "GlossaryError",
    "Match",
    "numbered_to_marks",
    "sentence_pinyin",
    "toneless_pinyin",
]
