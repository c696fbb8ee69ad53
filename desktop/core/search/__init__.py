"""Search an article: script-blind, pinyin- and English-aware.

Build a :class:`SearchIndex` once per document (in a worker for big ones, then
call :meth:`SearchIndex.warm` there too) and call :meth:`SearchIndex.query`
on each keystroke. Hits are half-open ``[start, end)`` spans into
``Article.text``.

The query language (non-regex):

* Script, width and Latin case are ignored: 觀音橋 finds 观音桥 and back,
  ``ＡＢＣ`` finds ``abc``; phrase-level conversions count too (计划 finds 計畫).
* Several words must all match within one sentence (a heading or title line
  counts as one); every word's hits in those sentences are returned.
  ``"quoted phrases"`` (also “…”, 「…」, 『…』) are matched whole.
* A Latin word of two letters or more is also read as toneless pinyin
  (``guanyinqiao``, ``guan yin qiao``, ``xi'an``): hits are the characters
  whose readings (any of a heteronym's) spell it. Several Latin words are
  first read as one pinyin phrase (``zhengfu gongzuo`` → 政府工作); only if
  that finds nothing is each word of two syllables or more read as pinyin
  under the per-sentence AND.
* English given per sentence (``english=``) is searched like text; an English
  hit's span is its sentence, ``Hit.english_span`` locates the match.
* Figures: digits match across thousands separators and widths
  (``27203`` finds ``２７，２０３`` and ``27,203``) and numbers are found as
  substrings (``545.3`` finds ``545.3亿元``; ``45.3`` finds it too unless
  ``whole_word``).
* ``whole_word`` bounds Latin letters and digits only; CJK has no word breaks.

``regex=True`` takes Python ``re`` syntax (case-insensitive, ``^``/``$`` at
line ends), runs on the folded text and the English, never pinyin.
"""

from .folding import ScriptFold, shared_fold
from .index import SearchIndex
from .matcher import TextMatcher, matches
from .results import VIA_ENGLISH, VIA_PINYIN, VIA_TEXT, Hit, SearchResult
from .snippet import snippet, snippet_parts

__all__ = [
    "Hit",
    "ScriptFold",
    "SearchIndex",
    "SearchResult",
    "TextMatcher",
    "VIA_ENGLISH",
    "VIA_PINYIN",
    "VIA_TEXT",
    "matches",
    "shared_fold",
    "snippet",
    "snippet_parts",
]
