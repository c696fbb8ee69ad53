"""Context around a hit for the results list and the CLI."""

from __future__ import annotations

from .results import VIA_ENGLISH, Hit

ELLIPSIS = "…"


def snippet_parts(article_text: str, hit: Hit, width: int = 20) -> tuple[str, str, str]:
    """``(before, matched, after)``: up to ``width`` characters either side of the hit.

    Context stops at line ends (a paragraph or heading never runs into the
    next) and is marked with "…" where cut; newlines inside a hit become
    spaces. For English hits ``matched`` is the whole sentence (its span),
    cut to ``3 * width`` characters — show ``hit.match`` beside it.
    The UI converts the strings to the display script itself.
    """
    start, end = hit.start, hit.end
    line_start = article_text.rfind("\n", 0, start) + 1
    line_end = article_text.find("\n", end)
    if line_end < 0:
        line_end = len(article_text)
    matched = article_text[start:end].replace("\n", " ")
    if hit.via == VIA_ENGLISH:
        limit = 3 * width
        if len(matched) > limit:
            matched = matched[:limit] + ELLIPSIS
        return "", matched, ""
    a = max(line_start, start - width)
    b = min(line_end, end + width)
    before = (ELLIPSIS if a > line_start else "") + article_text[a:start]
    after = article_text[end:b] + (ELLIPSIS if b < line_end else "")
    return before, matched, after


def snippet(article_text: str, hit: Hit, width: int = 20) -> str:
    """The hit with up to ``width`` characters of context each side, as one line."""
    return "".join(snippet_parts(article_text, hit, width))
