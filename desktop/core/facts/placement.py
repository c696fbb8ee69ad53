"""Where a fact sits: its sentence and section (its subject: :mod:`facts.subjects`; its period: :mod:`facts.periods`)."""

from __future__ import annotations

from typing import NamedTuple


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
                text = self._sentence_texts[sentence.index] = a.text[sentence.start : sentence.end]
            return Placement(sentence.start, sentence.end, text, sentence.index, title, index)
        line_start = a.text.rfind("\n", 0, offset) + 1
        line_end = a.text.find("\n", offset)
        line_end = len(a.text) if line_end < 0 else line_end
        # Shared like a sentence: 6,695 figures in one 400,000-character heading held 5 GB of copies (issue 25).
        text = self._line_texts.get(line_start)
        if text is None:
            text = self._line_texts[line_start] = a.text[line_start:line_end]
        return Placement(line_start, line_end, text, -1, title, index)
