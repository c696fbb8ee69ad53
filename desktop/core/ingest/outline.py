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
  ``不总是``, ``Public domain``; under an NPC resolution ``本作品来自…属于公有领域`` and ``Public domain``) are no
  headings here;
- nor is a list item, a line that ends as one (the 1981 report's ``一、节约能源，…降低生产成本；``), nor a
  piece of a sentence Wikisource broke at a link (the 1954 report's ``我國同偉大的和平堡壘蘇聯已經締結了``
  ``友好同盟互助條約`` before ``。蘇聯根據…``, the 1985 report's ``１９８５年的``): an unnumbered line joined to
  the next mid-sentence (:func:`_joined_mid_sentence`), going on with a stop, or ending on a word that
  leaves it open;
- a heading a link broke is read whole: the 2006 report's ``三、关于《`` / ``国民经济和社会发展第十一个五年
  规划纲要（草案）`` / ``》的说明`` is one heading, to the line that closes its 《.

Giving the facts the outline's reading moved their periods and stances, mostly for the worse (the
1955 report's ``三、第一個五年計劃的若幹問題`` gave 1953-1957 and "plan" to the past examples of waste
under its nine subsections), so the facts never read it.
"""

from __future__ import annotations

import re

from ..document import Heading, Section
from .heading_levels import UNNUMBERED, heading_levels, numbering_style
from .structure import ENUM_SUB, _ends_sentence

#: the longest bracketed line read as a heading (ENUM_TOP's limit in enumerated reports)
MAX_BRACKETED = 60
#: a list item's number left on a line of its own, its words on the next (一、 / （二） / 第三、: the 1955 and 1986
#: reports' lists); a numeral alone (the 1960 report's 一 … 四 over its parts) numbers a part and stays
_BARE_NUMBER = re.compile(
    r"^(?:第?[一二三四五六七八九十百零〇两]+[、，,.．]|[（(][一二三四五六七八九十百零〇两0-9]+[)）])$"
)
#: Wikisource's notice under a PRC document: 本作品是中华人民共和国的法律、法规…属于公有领域 / Public domain, under
#: an NPC resolution 本作品来自中华人民共和国全国人民代表大会…属于公有领域
_NOTICE_START = re.compile(r"^本作品", re.M)
_NOTICE_SIGNS = ("公有领域", "公有領域", "Public domain")
#: how a list item's line ends (a heading's ends with none of these)
_ITEM_ENDS = ("；", ";", "，", ",", "、")
#: two lines joined mid-sentence: a space between two words of a line
_JOINED = re.compile(r"[\w\u4e00-\u9fff]\s+[\u4e00-\u9fff]")
_NUMERALS = "一二三四五六七八九十"
#: what only goes on with a sentence: the next line opening with it makes the line before a piece of one
_GOES_ON = tuple("。，、；：）》”」.,;:)")
#: words that leave a line open (在 工资制度和价格改革 / 上迈出…; １９８５年的 / 工资改革)
_OPEN_ENDS = ("的", "了", "关于", "關於", "和", "在", "对", "對", "把", "同", "与", "與", "及")
#: brackets a link leaves open on a heading's line, and how far on its closing line is looked for
_PAIRS = (("《", "》"), ("“", "”"), ("（", "）"))
MAX_CONTINUED = 80


def plain_outline(text: str, sections: list[Section]) -> tuple[Heading, ...]:
    """The outline of a plain text whose sections are ``sections`` (spans into ``text``)."""
    found: list[Heading] = []
    notice = _notice_start(text)
    for section in sections:
        if not section.title:
            if section.index == 0:
                found.append(Heading("", section.start, section.start, 1, 0))
        elif section.heading_start < notice and _heading_line(text, section.title, section.heading_end):
            found.append(_whole(text, section.title, section.heading_start, section.heading_end, section.index))
        for paragraph in section.paragraphs:
            line = text[paragraph.start : paragraph.end]
            if paragraph.start < notice and paragraph.kind == "paragraph" and _bracketed_heading(line):
                found.append(_whole(text, line, paragraph.start, paragraph.end, section.index))
    if not found and sections:  # none of its lines is a heading (an NPC resolution): the lead, not the sections'
        first = sections[0]
        at = first.heading_start if first.title else first.start
        found.append(Heading("", at, at, 1, 0))
    titled = [h for h in found if h.title]
    levels = dict(zip((h.start for h in titled), heading_levels([h.title for h in titled])))
    return tuple(Heading(h.title, h.start, h.end, levels.get(h.start, 1), h.section) if h.title else h for h in found)


def _heading_line(text: str, title: str, end: int) -> bool:
    """Whether a section's heading ``title`` (its line ends at ``end``) is a heading of the outline."""
    title = title.strip()
    if _BARE_NUMBER.match(title) or title.endswith(_ITEM_ENDS):
        return False
    if numbering_style(title) != UNNUMBERED:
        return True
    goes_on = text[end : end + 8].lstrip().startswith(_GOES_ON)
    return not (goes_on or _joined_mid_sentence(title) or title.endswith(_OPEN_ENDS))


def _joined_mid_sentence(title: str) -> bool:
    """Two lines joined where a sentence went on: a space in a line holding a clause (1954's …劉少奇同志
    關於憲法草案的報告) or after a word alone (1985's 在 工资制度和价格改革). A space between two phrases
    (实干如虹 做好惠企兴商的“店小二”) is a heading's own."""
    if not _JOINED.search(title):
        return False
    first = title.split()[0]
    return "，" in title or (len(first) == 1 and first not in _NUMERALS)


def _whole(text: str, title: str, start: int, end: int, section: int) -> Heading:
    """The heading at ``[start, end)``, on to the end of the line that closes a bracket its line leaves open."""
    for opening, closing in _PAIRS:
        if title.count(opening) > title.count(closing):
            closed = text.find(closing, end, end + MAX_CONTINUED)
            stop = text.find("。", end, closed) if closed >= 0 else -1
            if closed >= 0 and stop < 0:
                line_end = text.find("\n", closed)
                end = len(text) if line_end < 0 else line_end
                title = text[start:end]  # a title is its span: the navigator shows it on one line
            break
    return Heading(title, start, end, 1, section)


def _bracketed_heading(line: str) -> bool:
    """（一）加强和改善宏观调控，促进经济平稳快速发展: numbered, of its own, no sentence in it;
    （二）坚持扩大内需。五年来… opens a paragraph."""
    if len(line) > MAX_BRACKETED or "。" in line or _ends_sentence(line):
        return False
    return bool(ENUM_SUB.match(line)) and not _BARE_NUMBER.match(line.strip())


def _notice_start(text: str) -> int:
    """Where Wikisource's licence notice begins (the end of ``text`` when it has none)."""
    starts = [found.start() for found in _NOTICE_START.finditer(text)]  # the last line that opens with 本作品
    if starts and any(sign in text[starts[-1] :] for sign in _NOTICE_SIGNS):
        return starts[-1]
    return len(text)
