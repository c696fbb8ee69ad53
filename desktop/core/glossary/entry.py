"""What a dictionary look-up returns: entries, and the words found at a position in a text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Entry:
    """One CC-CEDICT line: one reading of a headword, with its senses in the source's order."""

    traditional: str
    simplified: str
    pinyin: str  # numbered, as in CC-CEDICT: "shang1 quan1"
    pinyin_marks: str  # with tone marks: "shāng quān"
    senses: tuple[str, ...]

    def forms(self) -> str:
        """``商圈`` when both scripts agree, else ``电脑 (電腦)``: simplified first, traditional in brackets."""
        if self.traditional == self.simplified:
            return self.simplified
        return f"{self.simplified} ({self.traditional})"

    def as_text(self) -> str:
        """The entry as plain text, e.g. for *Copy gloss*: ``商圈 shāng quān — commercial district; business district``."""
        return f"{self.forms()} {self.pinyin_marks} — {'; '.join(self.senses)}"


@dataclass(frozen=True, slots=True)
class Match:
    """A dictionary word found in a text: ``text[start:end] == word``, half-open character offsets."""

    start: int
    end: int
    word: str
    entries: tuple[Entry, ...]
