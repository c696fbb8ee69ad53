"""Where a fact sits: its sentence and section, and its subject (its period: :mod:`facts.periods`)."""

from __future__ import annotations

import bisect
import re
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


#: A storm's name is no subject (颱風凱米造成…): the words that name weather before a name.
_WEATHER = re.compile(
    r"(?:台风|颱風|颱风|飓风|颶風|热带风暴|熱帶風暴|热带性低气压|熱帶性低氣壓|暴风|暴風|风暴|風暴)\s*$"
)
#: …or after it (在「凱米」風災過後, 杜苏芮台风).
_WEATHER_AFTER = re.compile(r"[」”』\s]*(?:风灾|風災|台风|颱風|颱风|飓风|颶風|水灾|水災|豪雨|暴雨)")
#: Ministries of a planned economy the model reads as nouns (重工業部, 燃料工业部): a field, then 部.
_MINISTRY = re.compile(
    r"(?:重工业|轻工业|燃料工业|纺织工业|第[一二三四五六七八]机械工业|机械工业|化学工业|冶金工业|煤炭工业|石油工业|"
    r"电力工业|建筑工程|地质|铁道|交通|邮电|农业|林业|水利|农垦|商业|对外贸易|外贸|粮食|财政|劳动|卫生|教育|"
    r"文化|司法|内务|民政|公安|国防|外交|监察|重工業|輕工業|燃料工業|紡織工業|機械工業|化學工業|冶金工業|"
    r"煤炭工業|石油工業|電力工業|鐵道|郵電|農業|水利|商業|對外貿易|糧食|財政|勞動|衛生|教育|司法|內務|民政|國防|"
    r"外交|監察|經濟|內政|法務|數位發展|環境|勞動)部(?![分门門长長队隊])"
)


def institutions_in(text: str, view: str | None = None) -> list[tuple[int, int, str]]:
    """Ministries named as nouns in ``text`` (offsets into it): subjects the model does not tag."""
    return [(m.start(), m.end(), text[m.start() : m.end()]) for m in _MINISTRY.finditer(text)]


#: A name after these is a partner or an object, not who acts (商圈办携手观音桥建行…, 臺灣對美國投資…).
_NOT_ACTOR = re.compile(
    r"(?:携手|攜手|与|與|和|同|跟|对|對|向|联合|聯合|协助|協助|帮助|幫助|给|給|为|為|替|从|從|赴|到|前往|访问|訪問|"
    r"来自|來自|自|成立|引进|引進|邀请|邀請|会见|會見|接见|接見)\s*$"
)


class Subjects:
    """The subject of a figure: the organisation or place its sentence is about.

    The last name before the figure in its sentence that is no partner or object (``商圈办就携手观音桥建行
    服务市场主体475户`` is 商圈办's, ``臺灣對美國直接及間接投資`` 臺灣's), else the last name before it.
    A storm's name (颱風凱米, 「凱米」風災) is never one."""

    def __init__(self, names: list[tuple[int, int, str]], text: str = "") -> None:
        names = [
            n
            for n in names
            if not (text and (_WEATHER.search(text, max(0, n[0] - 6), n[0]) or _WEATHER_AFTER.match(text, n[1])))
        ]
        if text:
            taken = {(n[0], n[1]) for n in names}
            names += [n for n in institutions_in(text) if (n[0], n[1]) not in taken]
        self.names = sorted(names)
        self.text = text
        self._starts = [n[0] for n in self.names]

    def subject(self, start: int, sentence_start: int) -> str:
        i = bisect.bisect_left(self._starts, start) - 1
        before = []
        while i >= 0 and self.names[i][0] >= sentence_start:
            if self.names[i][1] <= start:
                before.append(self.names[i])
            i -= 1
        if not before or not self.text:
            return before[0][2] if before else ""
        for n in before:
            if not _NOT_ACTOR.search(self.text, max(sentence_start, n[0] - 4), n[0]):
                return n[2]
        return before[0][2]
