"""The level of each heading of a plain text, read from how the headings are numbered.

Chinese official documents number their headings by style, not by depth marks: ``一、`` over
``（一）`` over ``1.`` over ``（1）`` is the usual order, but a document may open with ``（一）``
and put ``第一、`` under it (the 1958 work report), or number its parts ``第一部分``. So the
order is the document's own: a stack of the numbering styles in the order the document first
uses them. A heading numbered in a style already on the stack closes back to that style's level
(a sibling, or a sibling of an ancestor); a style not on it opens a level under the current
heading. A heading with no number is a style of its own (the 1958 report's ``先说工业战线上的情况``
under ``（一）``).
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


def numbering_style(heading: str) -> str:
    """The numbering style ``heading`` opens with (a key of :data:`STYLES`), or :data:`UNNUMBERED`."""
    text = heading.lstrip(" \t\u3000")
    for name, pattern in STYLES:
        if pattern.match(text):
            return name
    return UNNUMBERED


def heading_levels(headings: list[str]) -> list[int]:
    """The level (1 for the top) of each heading, in reading order, from the stack of numbering styles."""
    stack: list[str] = []
    levels = []
    for heading in headings:
        style = numbering_style(heading)
        if style in stack:
            del stack[stack.index(style) + 1 :]
        else:
            stack.append(style)
        levels.append(len(stack))
    return levels
