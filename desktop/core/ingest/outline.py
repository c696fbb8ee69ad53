"""A plain text's outline: the headings the navigator lists and how they nest.

Two readings of one document's headings are kept apart on purpose. ``Article.sections`` is the
facts' reading: their sections, the period a heading carries, the tasks a heading sets out (see
``core/facts/period_carry.py`` and ``stance.py``); it stays as it was, every plain-text heading at
level 1. The outline is the navigator's reading, built here from the sections without changing them:

- its levels come from the stack of the document's numbering styles (:mod:`.heading_levels`):
  （三）一九五八年…的安排 shows 第一、…第五、 under it;
- a bracketed line of its own with no sentence in it is a heading here, though the sections read it as
  a paragraph (the 2003 and 2008 reports' （一）加强和改善宏观调控，促进经济平稳快速发展, the 1958
  report's 41-character （五）充分依靠和发挥群众的积极性和创造性，…);
- a bare number on a line of its own (the 1955 report's ``一、`` over the item it numbers) and
  Wikisource's licence notice at the end of a report (``本作品是中华人民共和国的法律``, ``法规``,
  ``不总是``, ``Public domain``) are no headings here.

Giving the facts the outline's reading moved their periods and stances, mostly for the worse (the
1955 report's ``三、第一個五年計劃的若幹問題`` gave 1953-1957 and "plan" to the past examples of waste
under its nine subsections), so the facts never read it.
"""

from __future__ import annotations

import re

from ..document import Heading, Section
from .heading_levels import heading_levels
from .structure import ENUM_SUB, _ends_sentence

#: the longest bracketed line read as a heading (ENUM_TOP's limit in enumerated reports)
MAX_BRACKETED = 60
#: a list item's number left on a line of its own, its words on the next (一、 / （二） / 第三、: the 1955 and 1986
#: reports' lists); a numeral alone (the 1960 report's 一 … 四 over its parts) numbers a part and stays
_BARE_NUMBER = re.compile(
    r"^(?:第?[一二三四五六七八九十百零〇两]+[、，,.．]|[（(][一二三四五六七八九十百零〇两0-9]+[)）])$"
)
#: Wikisource's notice under a PRC document: 本作品是中华人民共和国的法律、法规…属于公有领域 / Public domain
_NOTICE_START = "本作品是"
_NOTICE_SIGNS = ("公有领域", "公有領域", "Public domain")


def plain_outline(text: str, sections: list[Section]) -> tuple[Heading, ...]:
    """The outline of a plain text whose sections are ``sections`` (spans into ``text``)."""
    found: list[Heading] = []
    notice = _notice_start(text)
    for section in sections:
        if not section.title:
            if section.index == 0:
                found.append(Heading("", section.start, section.start, 1, 0))
        elif section.heading_start < notice and not _BARE_NUMBER.match(section.title.strip()):
            found.append(Heading(section.title, section.heading_start, section.heading_end, 1, section.index))
        for paragraph in section.paragraphs:
            line = text[paragraph.start : paragraph.end]
            if paragraph.start < notice and paragraph.kind == "paragraph" and _bracketed_heading(line):
                found.append(Heading(line, paragraph.start, paragraph.end, 1, section.index))
    titled = [h for h in found if h.title]
    levels = dict(zip((h.start for h in titled), heading_levels([h.title for h in titled])))
    return tuple(Heading(h.title, h.start, h.end, levels.get(h.start, 1), h.section) if h.title else h for h in found)


def _bracketed_heading(line: str) -> bool:
    """（一）加强和改善宏观调控，促进经济平稳快速发展: numbered, of its own, no sentence in it;
    （二）坚持扩大内需。五年来… opens a paragraph."""
    if len(line) > MAX_BRACKETED or "。" in line or _ends_sentence(line):
        return False
    return bool(ENUM_SUB.match(line)) and not _BARE_NUMBER.match(line.strip())


def _notice_start(text: str) -> int:
    """Where Wikisource's licence notice begins (the end of ``text`` when it has none)."""
    at = text.rfind(_NOTICE_START)
    if at >= 0 and (at == 0 or text[at - 1] == "\n") and any(sign in text[at:] for sign in _NOTICE_SIGNS):
        return at
    return len(text)
