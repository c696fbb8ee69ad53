"""Where a fact sits: its sentence and section, its period and its subject."""
from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from .dates import DateMention


class Placement(NamedTuple):
    """The sentence and section around an offset; text outside sentences (title, headings) uses its line."""

    start: int
    end: int
    text: str
    sentence_index: int
    section_title: str
    section_index: int


class Placer:
    def __init__(self, article) -> None:
        self.article = article
        # One string per sentence, shared by all its facts: a slice per fact made 200,000
        # facts of one 600,000-character sentence hold 3 GB of copies (issue 14's battery).
        self._sentence_texts: dict[int, str] = {}
        self._line_texts: dict[int, str] = {}

    def __call__(self, offset: int) -> Placement:
        a = self.article
        sentence = a.sentence_at(offset)
        section = a.section_at(offset)
        title = section.title if section else ""
        index = section.index if section else -1
        if sentence is not None:
            text = self._sentence_texts.get(sentence.index)
            if text is None:
                text = self._sentence_texts[sentence.index] = a.text[sentence.start:sentence.end]
            return Placement(sentence.start, sentence.end, text, sentence.index, title, index)
        line_start = a.text.rfind("\n", 0, offset) + 1
        line_end = a.text.find("\n", offset)
        line_end = len(a.text) if line_end < 0 else line_end
        # Shared like a sentence: 6,695 figures in one 400,000-character heading held 5 GB of copies (issue 25).
        text = self._line_texts.get(line_start)
        if text is None:
            text = self._line_texts[line_start] = a.text[line_start:line_end]
        return Placement(line_start, line_end, text, -1, title, index)


#: A date right after one of these is what a figure is compared with, not its period (比上年增长).
_COMPARED = re.compile(r"(?:比|较|與|与|相比|相較|相较|对比|對比|高于|低于|高於|低於|同|在|较于|較於)$")
_DAY = re.compile(r"-(?:\d\d|M)-(?:\d\d|D)(?:\[[+-]\d+\])?$")
#: Words that date a figure to the document's own time.
_NOW = re.compile(r"目前|現在|现在|截至目前|截至目前为止|迄今|至今為止|至今为止")
#: How far back (characters) a figure looks for the period its text last named.
_TOPIC_REACH = 1200


class Periods:
    """The period of each figure: the last date before it in its sentence that is not a comparison base,
    else the last such date earlier in its paragraph or the paragraph before (the topic)."""

    def __init__(self, text: str, dates: list[DateMention], paragraphs: list[tuple[int, int]],
                 now: str | None = None) -> None:
        """``now``: the document's month (``2025-04``) when known, for figures stated as of now (目前…)."""
        self.text = text
        self.now = now
        self.dates = [d for d in dates if d.value and not _COMPARED.search(text, max(0, d.start - 2), d.start)
                      and not self._is_today(d)]
        self._starts = [d.start for d in self.dates]
        self._paragraph_starts = [p[0] for p in paragraphs]

    @staticmethod
    def _is_today(d: DateMention) -> bool:
        """A day (8月30日, 今（5）日) dates the event the sentence reports, not the period of its figures,
        whether or not the document's year is known."""
        return bool(_DAY.search(d.value))

    def period(self, start: int, sentence_start: int) -> str | None:
        i = bisect.bisect_left(self._starts, start) - 1
        d = self.dates[i] if i >= 0 else None
        if d is not None and d.start >= sentence_start:
            return d.value
        if self.now and _NOW.search(self.text, sentence_start, start):
            return self.now  # 目前已核定超过11万件: as of the document's date
        if d is None:
            return None
        p = bisect.bisect_right(self._paragraph_starts, start) - 1
        earlier = self._paragraph_starts[p - 1] if p >= 1 else 0
        if d.start >= earlier and start - d.start <= _TOPIC_REACH:
            return d.value
        return None


class Subjects:
    """The subject of a figure: the last organisation or place named before it in its sentence."""

    def __init__(self, names: list[tuple[int, int, str]]) -> None:
        self.names = sorted(names)
        self._starts = [n[0] for n in self.names]

    def subject(self, start: int, sentence_start: int) -> str:
        i = bisect.bisect_left(self._starts, start) - 1
        while i >= 0 and self.names[i][0] >= sentence_start:
            if self.names[i][1] <= start:
                return self.names[i][2]
            i -= 1
        return ""
