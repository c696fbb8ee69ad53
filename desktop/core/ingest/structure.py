"""From normalised text to blocks (title, headings, paragraphs) for plain text and Markdown.

Plain-text headings come in two styles, and a document uses one:
enumerated (``一、``, ``第一章``, ``第一节``), as in government reports, or short
lines without sentence punctuation, as in news features, where a heading may
be broken over two lines (``担当如铁`` / ``下好服务大局的“先手棋”`` is one heading).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TERMINAL = "。！？!?…；;：:，,、"
_CLOSERS = "”’」』）)》】\"'"
_CJK_NUM = "一二三四五六七八九十百零〇两"
ENUM_TOP = re.compile(rf"^(?:[{_CJK_NUM}]+、|第[{_CJK_NUM}\d]+[章编部分篇]|[IVX]+[.、])")
ENUM_SUB = re.compile(rf"^(?:[（(][{_CJK_NUM}]+[)）]|第[{_CJK_NUM}\d]+节)")
MAX_HEADING = 40
#: A line that ends a sentence inside it is no heading: if it stops without an end, it goes on in the next line.
_ENDS_INSIDE = re.compile(r"[。！？!?]")
#: A line that ends in a short Latin or digit run glued to Chinese before it (广义货币M, 细颗粒物（PM): the reports'
#: subscripts (M<sub>2</sub>, PM<sub>2.5</sub>) come out of the web page on a line of their own.
_GLUED_TAIL = re.compile(r"[\u3400-\u9fff（(][A-Za-z0-9.]{1,5}$")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


@dataclass(slots=True)
class Block:
    """``kind``: "title", "heading", "paragraph", "list_item" (``marker``: its bullet or number)
    or "table" (``cells``: rows of cell texts, the first ``header_rows`` rows are headers;
    ``header_cells`` marks other header cells, e.g. ``<th>`` at a row's head)."""

    kind: str
    text: str
    level: int = 0
    marker: str = ""
    cells: list[list[str]] | None = None
    header_rows: int = 0
    header_cells: set[tuple[int, int]] | None = None


def table_block(
    rows: list[list[str]], header_rows: int = 0, header_cells: set[tuple[int, int]] | None = None
) -> Block | None:
    """A table block from cell texts (whitespace inside a cell collapsed; rows padded to one width)."""
    rows = [[" ".join(c.split()) for c in row] for row in rows]
    rows = [row for row in rows if any(row)]
    if not rows:
        return None
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    return Block(
        "table",
        "\n".join("\t".join(r) for r in rows),
        cells=rows,
        header_rows=header_rows,
        header_cells=header_cells or set(),
    )


_MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)+\|?\s*$|^\s*\|\s*:?-{1,}:?\s*\|\s*$")
_MD_ITEM = re.compile(r"^(?:([-*+])|(\d+)([.)]))\s+(.*)$")


def _md_cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [_strip_inline(c.strip()) for c in re.split(r"(?<!\\)\|", line)]


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


def _looks_like_heading(line: str) -> bool:
    return 0 < len(line) <= MAX_HEADING and not _ends_sentence(line) and "。" not in line


def _join(a: str, b: str) -> str:
    if b[:1].isdigit() and _GLUED_TAIL.search(a):  # M + 2 is M2, PM + 2.5 is PM2.5: no word break between them
        return a + b
    if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum():
        return f"{a} {b}"
    return a + b


def _runs(text: str) -> list[list[str]]:
    """Groups of consecutive non-blank lines."""
    runs: list[list[str]] = [[]]
    for line in text.split("\n"):
        if line:
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _rejoin(run: list[str]) -> list[str]:
    """Join lines broken mid-sentence: a line without end punctuation continues on the next when it is long or holds a
    sentence's end (``——经济运行缓中趋稳、稳中向好。国内生产总值达到74.4`` / ``万亿元，增长6.7%``: a report's page break,
    or a link cut out of a web page's text: ``新建`` / ``高速铁路``)."""
    out: list[str] = []
    for line in run:
        if out:
            prev = out[-1]
            broken = not _ends_sentence(prev) and (len(prev) > MAX_HEADING or bool(_ENDS_INSIDE.search(prev)))
            if broken and not ENUM_TOP.match(line) and not ENUM_SUB.match(line):
                out[-1] = _join(prev, line)
                continue
        out.append(line)
    return out


def plain_blocks(text: str) -> list[Block]:
    lines: list[str] = []
    for run in _runs(text):
        lines.extend(_rejoin(run))
        lines.append("")
    content = [ln for ln in lines if ln]
    blocks: list[Block] = []
    if not content:
        return blocks
    enumerated = (
        sum(1 for ln in content if ENUM_TOP.match(ln) and len(ln) <= 60 and not ln.rstrip(_CLOSERS).endswith("。")) >= 2
    )
    i = 0
    # Title: the first line when it is short and not a sentence.
    first = content[0]
    if _looks_like_heading(first) or (len(first) <= 80 and not _ends_sentence(first)):
        title_lines = [first]
        i = 1
        # A title broken over lines ("政府工作报" / "告") continues while the pieces are tiny.
        while i < len(content) and len(content[i]) <= 2 and not _ends_sentence(content[i]):
            title_lines[-1] = _join(title_lines[-1], content[i])
            i += 1
        blocks.append(Block("title", title_lines[0]))
    pending: list[str] = []

    def flush_heading() -> None:
        if pending:
            blocks.append(Block("heading", " ".join(pending), 1))
            pending.clear()

    for line in content[i:]:
        if enumerated:
            if ENUM_TOP.match(line) and len(line) <= 60 and not line.rstrip(_CLOSERS).endswith("。"):
                blocks.append(Block("heading", line, 1))
            else:
                blocks.append(Block("paragraph", line))
            continue
        if _looks_like_heading(line) and not ENUM_TOP.match(line) and not line.startswith(("一是", "二是", "三是")):
            if pending and len(line) <= 2:
                pending[-1] = _join(pending[-1], line)
            elif len(pending) < 2:
                pending.append(line)
            else:
                flush_heading()
                pending.append(line)
            continue
        flush_heading()
        blocks.append(Block("paragraph", line))
    if pending:
        # Trailing short lines are a sign-off or note, not a heading with no text.
        blocks.append(Block("paragraph", " ".join(pending)))
    return blocks


def markdown_blocks(text: str) -> list[Block]:
    """Headings, paragraphs, list items (one block each, marker kept apart) and pipe tables."""
    blocks: list[Block] = []
    para: list[str] = []
    in_fence = False

    def flush() -> None:
        if para:
            blocks.append(Block("paragraph", _join_md(para)))
            para.clear()

    lines = text.split("\n")
    i = 0
    in_item = False  # the line before continued a list item
    while i < len(lines):
        line = lines[i]
        i += 1
        was_item, in_item = in_item, False
        if line.startswith(("```", "~~~")):
            in_fence = not in_fence
            flush()
            continue
        if in_fence:
            if line:
                blocks.append(Block("paragraph", line))
            continue
        if "|" in line and i < len(lines) and _MD_TABLE_RULE.match(lines[i]):
            flush()
            rows = [_md_cells(line)]
            i += 1
            while i < len(lines) and "|" in lines[i] and lines[i].strip():
                rows.append(_md_cells(lines[i]))
                i += 1
            block = table_block(rows, header_rows=1)
            if block is not None:
                blocks.append(block)
            continue
        m = _MD_HEADING.match(line)
        if m:
            flush()
            blocks.append(Block("heading", _strip_inline(m.group(2)), len(m.group(1))))
            continue
        if not line or re.match(r"^(-{3,}|\*{3,}|_{3,})$", line):
            flush()
            continue
        line = re.sub(r"^(>\s*)+", "", line)
        item = _MD_ITEM.match(line)
        if item:
            flush()
            marker = "•" if item.group(1) else f"{item.group(2)}{item.group(3)}"
            text_ = _strip_inline(item.group(4))
            if text_:
                blocks.append(Block("list_item", text_, marker=marker))
                in_item = True
            continue
        if was_item and line:
            in_item = True
            # A continuation line of the item above (indented or not).
            blocks[-1].text = _join(blocks[-1].text, _strip_inline(line))
            continue
        if line:
            para.append(_strip_inline(line))
    flush()
    return promote_title(blocks)


def _join_md(lines: list[str]) -> str:
    out = lines[0]
    for line in lines[1:]:
        out = _join(out, line)
    return out


def _strip_inline(s: str) -> str:
    s = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", s)
    s = re.sub(r"(\*\*|__|\*|`)(.+?)\1", r"\2", s)
    return s.strip()


def promote_title(blocks: list[Block]) -> list[Block]:
    """The first heading becomes the title when no other heading shares its level."""
    headings = [b for b in blocks if b.kind == "heading"]
    if blocks and blocks[0].kind == "heading":
        top = blocks[0].level
        if sum(1 for b in headings if b.level <= top) == 1:
            blocks[0] = Block("title", blocks[0].text)
            rest = [b.level for b in headings[1:]]
            if rest:
                base = min(rest)
                for b in blocks[1:]:
                    if b.kind == "heading":
                        b.level = b.level - base + 1
    return blocks
