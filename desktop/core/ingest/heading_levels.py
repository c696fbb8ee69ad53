"""The level of each heading of a plain text, read from how the headings are numbered.

Chinese official documents number their headings by style, not by depth marks: ``一、`` over
``（一）`` over ``1.`` over ``（1）`` is the usual order, but a document may open with ``（一）``
and put ``第一、`` under it (the 1958 work report), or number its parts ``第一部分``. So the
order is the document's own: a stack of the numbering styles in the order the document first
uses them. A heading numbered in a style already on the stack closes back to that style's level
(a sibling, or a sibling of an ancestor); a style not on it opens a level under the current
heading. A heading with no number is a style of its own (the 1958 report's ``先说工业战线上的情况``
under ``（一）``). A style may nest under itself: the 1986 report numbers the items of its
``二、“七五”时期的基本任务和主要建设方针`` ``一、`` to ``五、`` and goes on with ``三、“七五”时期的经济体制改革``,
so a ``一、`` after a ``二、`` of its style opens a level when the ``三、`` comes after its list, and a number
closes back to the level whose last number it follows. A list that the outer numbering never takes up
again (the 1988 report's 一、 to 五、, then 一、 to 十、) is a sibling of the one before it. A closing
heading (``结束语``) ends the document's own numbering: it stands at the top, never under the last item
(the 1985 report's 结束语 after ``（二）`` / ``第五、``).
"""

from __future__ import annotations

import re

_NUM = "一二三四五六七八九十百零〇两"
_DIGITS = "0-9０-９"
#: numbering styles, tried in this order (第一部分 before 第一、, （一） before a bare number)
STYLES = (
    ("part", re.compile(rf"第[{_NUM}{_DIGITS}]+(?:部分|编|篇|章)")),
    ("section", re.compile(rf"第[{_NUM}{_DIGITS}]+节")),
    ("ordinal", re.compile(rf"第[{_NUM}]+[、，,.．]")),
    ("chinese", re.compile(rf"[{_NUM}]+、")),
    ("bracketed", re.compile(rf"[（(][{_NUM}]+[)）]")),
    ("bracketed_arabic", re.compile(rf"[（(][{_DIGITS}]+[)）]")),
    ("circled", re.compile(r"[①-⑳]")),
    ("arabic", re.compile(rf"[{_DIGITS}]+(?:[.．、](?![{_DIGITS}])|\s)")),
    ("roman", re.compile(r"[IVX]+[.、]")),
)
#: a heading without a number
UNNUMBERED = "unnumbered"
#: headings that close a document, at its top level whatever came before them
CLOSINGS = ("结束语", "結束語", "结语", "結語")


def numbering_style(heading: str) -> str:
    """The numbering style ``heading`` opens with (a key of :data:`STYLES`), or :data:`UNNUMBERED`."""
    text = heading.lstrip(" \t\u3000")
    for name, pattern in STYLES:
        if pattern.match(text):
            return name
    return UNNUMBERED


def heading_levels(headings: list[str]) -> list[int]:
    """The level (1 for the top) of each heading, in reading order, from the stack of numbering styles."""
    styles = [numbering_style(h) for h in headings]
    numbers = [heading_number(h, s) for h, s in zip(headings, styles)]
    stack: list[list] = []  # [style, last number or None], the top level first
    levels = []
    for at, (style, number) in enumerate(zip(styles, numbers)):
        if headings[at].strip(" \t\u3000") in CLOSINGS:
            stack = [[style, None]]
            levels.append(1)
            continue
        same = [i for i, (s, _) in enumerate(stack) if s == style]
        follows = [i for i in same if number is not None and stack[i][1] is not None and stack[i][1] + 1 == number]
        last = stack[same[-1]][1] if same else None
        if follows:  # the next number of a level (the deepest that it follows)
            del stack[follows[-1] + 1 :]
        elif same and not (number == 1 and last and _taken_up(styles, numbers, at, last + 1)):
            del stack[same[0] + 1 :]
        else:  # a new style, or a 一、 after its style's 二、 whose 三、 comes later: a level under it
            stack.append([style, None])
        stack[-1][1] = number
        levels.append(len(stack))
    return levels


def _taken_up(styles: list[str], numbers: list, at: int, wanted: int) -> bool:
    """Whether the list of ``styles[at]`` that opens at ``at`` is followed by its style's number ``wanted``."""
    expected = 2
    for style, number in zip(styles[at + 1 :], numbers[at + 1 :]):
        if style != styles[at]:
            continue
        if number != expected:
            return number == wanted
        expected += 1
    return False


_DIGIT_VALUES = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2}


def heading_number(heading: str, style: str | None = None) -> int | None:
    """The number ``heading`` is numbered with (三、 → 3, （12） → 12, 第二十一、 → 21), None if it has none."""
    style = style or numbering_style(heading)
    pattern = dict(STYLES).get(style)
    found = pattern.match(heading.lstrip(" \t\u3000")) if pattern else None
    if found is None:
        return None
    text = found.group()
    digits = "".join(c for c in text if c.isdigit())
    if digits:
        return int(digits)  # int() reads full-width digits too
    numeral = "".join(c for c in text if c in _NUM)
    return _chinese_number(numeral) if numeral and "百" not in numeral else None


def _chinese_number(numeral: str) -> int | None:
    """一 → 1, 十 → 10, 十二 → 12, 二十一 → 21 (numbers of headings, below 100)."""
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        value = (_DIGIT_VALUES.get(tens, 0) if tens else 1) * 10 + (_DIGIT_VALUES.get(ones, 0) if ones else 0)
        return value
    if len(numeral) == 1:
        return _DIGIT_VALUES.get(numeral)
    return None
