"""HTML to blocks with the standard library parser.

Article HTML is untrusted: we keep text only. Scripts, styles, forms and
embedded objects are dropped, entities are decoded once, and nothing the page
refers to (images, stylesheets, frames) is ever fetched.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from .html_tables import TableListTracker
from .structure import Block, promote_title

_SKIP = {"script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg", "math", "nav", "form", "select", "button", "textarea"}
_BREAK = {"p", "div", "li", "br", "tr", "section", "article", "blockquote", "pre", "dd", "dt", "figcaption", "table", "ul", "ol", "hr", "header", "footer", "main", "aside"}
_HEADINGS = {f"h{i}": i for i in range(1, 7)}
_SPACE = re.compile(r"[ \t\r\n\u00a0]+")


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.page_title = ""
        self._buf: list[str] = []
        self._skip_depth = 0
        self._skip_stack: list[str] = []
        self._heading: int = 0
        self._in_title = False
        self._tables = TableListTracker(self.blocks, self._flush)
        self._in_item = False

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP and tag != "head":
            self._skip_stack.append(tag)
            return
        if tag == "title":
            self._in_title = True
            return
        if self._tables.start(tag):
            return
        if tag == "li":
            self._flush()
            self._in_item = True
            return
        if tag in _HEADINGS or tag in _BREAK:
            self._flush()
            if tag in _HEADINGS:
                self._heading = _HEADINGS[tag]

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _BREAK and not self._tables.owns_text:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if self._skip_stack and tag == self._skip_stack[-1]:
            self._skip_stack.pop()
            return
        if tag == "title":
            self._in_title = False
            return
        if self._tables.end(tag):
            return
        if tag in _HEADINGS or tag in _BREAK:
            self._flush()
            if tag == "li":
                self._in_item = False

    def handle_data(self, data: str) -> None:
        if self._skip_stack:
            return
        if self._in_title:
            self.page_title += data
            return
        if self._tables.owns_text:
            self._tables.text(data)
            return
        self._buf.append(data)

    def _flush(self) -> None:
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

    def close(self) -> None:
        super().close()
        self._flush()


def html_blocks(markup: str) -> list[Block]:
    parser = _Collector()
    parser.feed(markup)
    parser.close()
    blocks = promote_title(parser.blocks)
    title = _SPACE.sub(" ", parser.page_title).strip()
    if title and not (blocks and blocks[0].kind == "title"):
        blocks.insert(0, Block("title", title))
    return blocks
