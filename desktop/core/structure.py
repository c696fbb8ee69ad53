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
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


@dataclass(slots=True)
class Block:
    kind: str  # "title", "heading" or "paragraph"
    text: str
    level: int = 0


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in TERMINAL


def _looks_like_heading(line: str) -> bool:
    return 0 < len(line) <= MAX_HEADING and not _ends_sentence(line) and "。" not in line


def _join(a: str, b: str) -> str:
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
    """Join lines broken mid-sentence: a long line without end punctuation continues on the next."""
    out: list[str] = []
    for line in run:
        if out:
            prev = out[-1]
            broken = not _ends_sentence(prev) and len(prev) > MAX_HEADING
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
    enumerated = sum(1 for ln in content if ENUM_TOP.match(ln) and len(ln) <= 60 and not ln.rstrip(_CLOSERS).endswith("。")) >= 2
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
    blocks: list[Block] = []
    para: list[str] = []
    in_fence = False

    def flush() -> None:
        if para:
            blocks.append(Block("paragraph", _join_md(para)))
            para.clear()

    for line in text.split("\n"):
        if line.startswith(("```", "~~~")):
            in_fence = not in_fence
            flush()
            continue
        if in_fence:
            if line:
                blocks.append(Block("paragraph", line))
            continue
        m = _MD_HEADING.match(line)
        if m:
            flush()
            blocks.append(Block("heading", _strip_inline(m.group(2)), len(m.group(1))))
        elif not line or re.match(r"^(-{3,}|\*{3,}|_{3,})$", line):
            flush()
        else:
            line = re.sub(r"^(>\s*)+", "", line)
            line = re.sub(r"^([-*+]|\d+[.)])\s+", "", line)
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
