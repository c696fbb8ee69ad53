"""HTML to blocks with a real HTML5 parser (lexbor, through selectolax).

Article HTML is untrusted: we keep text only. Scripts, styles, frames and
form controls are dropped, entities are decoded once, and nothing the page
refers to (images, stylesheets, frames) is ever fetched.

The tree is built as browsers build it (void elements end where they start,
misnested tags are repaired), so a stray ``<embed>`` no longer hides the rest
of the page. One deliberate difference: an element whose content the HTML5
parser reads as raw text (``<script>``, ``<style>``, ``<iframe>``, ...) and
that is never closed would swallow the whole rest of the document; here it
ends at the next tag instead. The tree is walked without recursion, so
10,000 nested elements cost no stack.
"""

from __future__ import annotations

import re

from .html_tables import TableListTracker
from .structure import Block, promote_title

# Not article text. <object> is not here: its children are the fallback a
# text reader should show. <form> is not here either: whole pages (ASP.NET)
# sit inside one.
_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "iframe",
    "svg",
    "math",
    "nav",
    "select",
    "button",
    "textarea",
    "noembed",
    "noframes",
    "xmp",
    "plaintext",
    "datalist",
}
_BREAK = {
    "p",
    "div",
    "li",
    "br",
    "tr",
    "section",
    "article",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "figcaption",
    "table",
    "ul",
    "ol",
    "hr",
    "header",
    "footer",
    "main",
    "aside",
    "form",
    "fieldset",
    "details",
    "summary",
    "figure",
    "dl",
    "td",
    "th",
    "caption",
    "address",
}
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_SPACE = re.compile(r"[ \t\r\n\u00a0]+")
_RAW_TEXT = ("script", "style", "iframe", "noscript", "noembed", "noframes", "xmp", "textarea", "title")
_NEXT_TAG = re.compile(r"<[A-Za-z/!]")


def _close_unclosed_raw_text(markup: str) -> str:
    """End each never-closed raw-text element at the next tag, so it cannot swallow the document."""
    lower = markup.lower()
    for tag in _RAW_TEXT:
        opened = lower.rfind(f"<{tag}")
        if opened < 0 or lower.find(f"</{tag}", opened) >= 0:
            continue
        after = lower.find(">", opened)
        if after < 0:
            markup, lower = markup[:opened], lower[:opened]
            continue
        nxt = _NEXT_TAG.search(markup, after + 1)
        cut = nxt.start() if nxt else len(markup)
        markup = f"{markup[:cut]}</{tag}>{markup[cut:]}"
        lower = markup.lower()
    return markup


class _Collector:
    """Blocks from the tree walk's enter / leave / text events; tables and lists go to
    :class:`TableListTracker` (cells are spans, list items stay items)."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._buf: list[str] = []
        self._heading = 0
        self._tables = TableListTracker(self.blocks, self.flush)
        self._in_item = False

    def enter(self, tag: str) -> None:
        if self._tables.start(tag):
            return
        if tag == "li":
            self.flush()
            self._in_item = True
            return
        if tag in _HEADINGS or tag in _BREAK:
            if self._tables.owns_text:
                return  # a <p> or <br> inside a cell stays in the cell
            self.flush()
            if tag in _HEADINGS:
                self._heading = _HEADINGS[tag]

    def leave(self, tag: str) -> None:
        if self._tables.end(tag):
            return
        if tag in _HEADINGS or tag in _BREAK:
            if self._tables.owns_text:
                return
            self.flush()
            if tag == "li":
                self._in_item = False

    def text(self, data: str) -> None:
        if self._tables.owns_text:
            self._tables.text(data)
            return
        self._buf.append(data)

    def flush(self) -> None:
        text = _SPACE.sub(" ", "".join(self._buf)).strip()
        self._buf.clear()
        level, self._heading = self._heading, 0
        if text:
            if level:
                self.blocks.append(Block("heading", text, level))
            elif self._in_item:
                self.blocks.append(Block("list_item", text, marker=self._tables.item_marker()))
            else:
                self.blocks.append(Block("paragraph", text))


def _walk(body, out: _Collector) -> None:
    """Depth-first over ``body`` with an explicit path (no recursion), skipping non-text subtrees."""
    # Nodes are compared by mem_id: selectolax's == compares serialised HTML,
    # which made 10,000 nested <div>s take 5 s.
    body_id = body.mem_id
    node = body.child
    while node is not None:
        tag = node.tag
        if tag == "-text":
            out.text(node.text_content or "")
        elif tag not in _SKIP and not tag.startswith("-"):
            out.enter(tag)
            child = node.child
            if child is not None:
                node = child
                continue
            out.leave(tag)
        # climb until a next sibling exists, leaving each element passed
        while node is not None and node.next is None:
            node = node.parent
            if node is None or node.mem_id == body_id:
                return
            out.leave(node.tag)
        node = node.next if node is not None else None


def html_blocks(markup: str) -> list[Block]:
    from selectolax.lexbor import LexborHTMLParser  # only HTML documents pay for the parser (6 ms)

    tree = LexborHTMLParser(_close_unclosed_raw_text(markup))
    out = _Collector()
    body = tree.body
    if body is not None:
        _walk(body, out)
    out.flush()
    blocks = promote_title(out.blocks)
    head_title = tree.css_first("head > title")
    title = _SPACE.sub(" ", head_title.text() if head_title is not None else "").strip()
    if title and not (blocks and blocks[0].kind == "title"):
        blocks.insert(0, Block("title", title))
    return blocks
