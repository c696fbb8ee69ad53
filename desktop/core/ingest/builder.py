"""Building an :class:`Article` from a file or pasted text.

The normalised ``Article.text`` is the blocks (title, headings, paragraphs)
joined by single newlines; every span the app uses indexes into it.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..document import Article, Paragraph, Section, Sentence, Table, TableCell, section_outline
from .loading import kind_for, read_file
from .outline import plain_outline
from .structure import Block, markdown_blocks, plain_blocks
from .text import LoadError, normalise

#: A sentence ends at 。！？!? (plus closing quotes or brackets) and at a
#: semicolon-free ellipsis only when a closing quote follows.
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)》\"]*|[;；](?=\s*$)")
# Outlet line at the head of a news story: 华龙网-新重庆客户端讯(通讯员 吴嘉雯 黄丽丽)
_BYLINE = re.compile(
    r"(?:[^\s，。,（(]{2,24}?(?:讯|電|电|報導|报道|消息))\s*"
    r"(?:[（(](?:[^（()）]{0,8}(?:记者|通讯员|記者|通訊員|特约|实习生|實習生)[^（()）]*)[)）])?"
    r"|(?:[（(](?:记者|通讯员|記者|通訊員)[^（()）]*[)）])"
)


def load_path(path: Path | str) -> Article:
    """Open a ``.txt``, ``.md`` or ``.html`` file; raises :class:`LoadError` with a user-facing reason."""
    path = Path(path)
    decoded = read_file(path)
    article = build_article(decoded.text, decoded.kind)
    article.source = path
    article.encoding = decoded.encoding
    article.undecodable_bytes = decoded.replaced
    if decoded.replaced:
        article.undecodable_paragraphs = _lines_holding(article.text, ["\ufffd"])
    if decoded.legacy:
        keys = [normalise(p).strip()[:12] for p in decoded.legacy]
        article.legacy_paragraphs = _lines_holding(article.text, [k for k in keys if k])
    if not article.title:
        article.title = ""
    return article


def _lines_holding(text: str, needles: list[str]) -> tuple[int, ...]:
    """1-based numbers of the lines of ``text`` that hold any of ``needles``."""
    found = set()
    for needle in needles:
        start = 0
        while (i := text.find(needle, start)) >= 0:
            found.add(text.count("\n", 0, i) + 1)
            start = text.find("\n", i)
            if start < 0:
                break
    return tuple(sorted(found))


def paragraph_list(numbers: tuple[int, ...], most: int = 5) -> str:
    """``3``, ``3, 7 and 12`` or ``3, 7, 12, 15, 20 and 4 more``."""
    if len(numbers) <= most:
        head, last = numbers[:-1], numbers[-1]
        return f"{', '.join(str(n) for n in head)} and {last}" if head else str(last)
    return f"{', '.join(str(n) for n in numbers[:most])} and {len(numbers) - most} more"


def encoding_names(encoding: str) -> str:
    """The legacy encodings of ``utf-8+gb18030+big5hkscs`` as a reader names them."""
    names = {"gb18030": "GB18030", "big5hkscs": "Big5-HKSCS"}
    return " / ".join(names.get(e, e) for e in encoding.split("+")[1:])


def undecodable_warning(article: Article) -> str:
    """One English line for the terminal on bytes shown as U+FFFD and on passages read in another
    encoding, saying where ("" when neither)."""
    n = article.undecodable_bytes
    notes = []
    if n:
        where = article.undecodable_paragraphs
        note = f"{n} byte{'s' if n != 1 else ''} could not be decoded and show as �"
        if where:
            note += f", in paragraph{'s' if len(where) > 1 else ''} {paragraph_list(where)}"
        notes.append(note)
    if article.legacy_paragraphs:
        where = article.legacy_paragraphs
        names = encoding_names(article.encoding)
        if len(where) == 1:
            notes.append(f"paragraph {where[0]} is in {names}, not UTF-8, and was read as such")
        else:
            notes.append(f"paragraphs {paragraph_list(where)} are in {names}, not UTF-8, and were read as such")
    if not notes:
        return ""
    name = article.source.name if article.source is not None else "the document"
    return f"“{name}”: " + "; ".join(notes) + "."


def pasted_kind(text: str) -> str:
    """``"html"``, ``"markdown"`` or ``"text"`` for pasted ``text`` (normalised)."""
    kind = kind_for(None, text)
    if kind == "text" and re.search(r"^#{1,6}\s+\S", text, re.M):
        kind = "markdown"
    return kind


def load_pasted(text: str) -> Article:
    """Build an article from pasted text (plain, Markdown-looking or HTML); the same size limit
    as a file applies, so a huge clipboard cannot freeze the window."""
    from .loading import MAX_FILE_BYTES

    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_FILE_BYTES:
        raise LoadError(
            f"The pasted text is {size / 1e6:.1f} MB; the largest document Fact Browser opens is "
            f"{MAX_FILE_BYTES // (1024 * 1024)} MB.",
            "paste_too_large",
            f"{size / 1e6:.1f}",
            MAX_FILE_BYTES // (1024 * 1024),
        )
    text = normalise(text)
    if not text.strip():
        raise LoadError("There is no text to open: the clipboard is empty.", "clipboard_empty")
    return build_article(text, pasted_kind(text))


def keep_pasted(text: str, folder: Path) -> Path:
    """Save pasted ``text`` as a file in ``folder`` (named by time, suffix by kind) and return it,
    so a pasted document can be reopened like any other and is never lost."""
    import time

    text = normalise(text)
    suffix = {"html": ".html", "markdown": ".md"}.get(pasted_kind(text), ".txt")
    folder.mkdir(parents=True, exist_ok=True)
    stem = time.strftime("pasted-%Y%m%d-%H%M%S")
    path = folder / f"{stem}{suffix}"
    n = 1
    while path.exists():
        n += 1
        path = folder / f"{stem}-{n}{suffix}"
    path.write_text(text, encoding="utf-8")
    return path


def build_article(text: str, kind: str = "text") -> Article:
    """``text`` must already be normalised (see :func:`core.ingest.text.normalise`)."""
    if kind == "html":
        blocks = _html_blocks(text)
    elif kind == "markdown":
        blocks = markdown_blocks(text)
    else:
        blocks = plain_blocks(text)
        if not any(b.kind in _CONTENT for b in blocks):  # a lone short line is text, not a guessed title
            blocks = [Block("paragraph", b.text) for b in blocks]
    if not blocks:
        raise LoadError("The document has no readable text.", "no_text")
    if not any(b.kind in _CONTENT for b in blocks):  # marked up as headings (Markdown, HTML, Word styles)
        first = blocks[0].text
        raise LoadError(f"The document holds only headings (“{first}”) and no text under them.", "headings_only", first)
    article = _assemble(blocks)
    # The navigator's reading of the headings; the sections above are the facts' and stay as they are.
    if kind == "html" or kind == "markdown":
        article.outline = section_outline(article.sections)
    else:
        article.outline = plain_outline(article.text, article.sections)
    return article


#: blocks that are text to read, not headings over it
_CONTENT = ("paragraph", "list_item", "table")


def _html_blocks(text: str) -> list[Block]:
    """The page's blocks, each normalised once (entities decoded by the parser can bring back
    what :func:`normalise` removes from the markup: zero-width characters, odd line breaks)."""
    from .html_blocks import html_blocks  # only HTML documents pay for the parser

    blocks = []
    for block in html_blocks(text):
        if block.kind == "table":
            blocks.append(block)
            continue
        clean = normalise(block.text)
        if clean:
            blocks.append(Block(block.kind, clean, block.level, block.marker))
    return blocks


def split_sentences(text: str, offset: int, first_index: int) -> list[Sentence]:
    """Sentences of one paragraph ``text`` that starts at ``offset`` in the article."""
    out: list[Sentence] = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        end = m.end()
        if text[pos:end].strip():
            out.append(_trimmed(text, pos, end, offset, first_index + len(out)))
        pos = end
    if text[pos:].strip():
        out.append(_trimmed(text, pos, len(text), offset, first_index + len(out)))
    return out


def _trimmed(text: str, start: int, end: int, offset: int, index: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(offset + start, offset + end, index)


def _assemble(blocks: list[Block]) -> Article:
    parts: list[str] = []
    pos = 0
    title = ""
    title_span = None
    sections: list[Section] = []
    # (title, heading span, level, paragraphs) of the section being filled
    current: list = ["", None, 1, []]
    sentence_index = 0
    tables: list[Table] = []

    def close_section() -> None:
        head_title, head_span, level, paragraphs = current
        if head_span is None and not paragraphs:
            return
        start = head_span[0] if head_span else paragraphs[0].start
        end = paragraphs[-1].end if paragraphs else head_span[1]
        hs, he = head_span if head_span else (start, start)
        sections.append(Section(len(sections), head_title, hs, he, start, end, level, tuple(paragraphs)))

    for block in blocks:
        start = pos
        parts.append(block.text)
        pos += len(block.text) + 1
        end = start + len(block.text)
        if block.kind == "title" and not title and not sections and current[1] is None and not current[3]:
            title, title_span = block.text, (start, end)
        elif block.kind == "heading" or block.kind == "title":
            close_section()
            current[:] = [block.text, (start, end), max(1, block.level), []]
        elif block.kind == "table":
            rows, cells = _table_rows(block, start, sentence_index)
            for row in rows:
                sentence_index += len(row.sentences)
            current[3].extend(rows)
            tables.append(Table(start, end, len(block.cells), len(block.cells[0]), tuple(cells)))
        else:
            sentences = split_sentences(block.text, start, sentence_index)
            sentence_index += len(sentences)
            kind = "list_item" if block.kind == "list_item" else "paragraph"
            current[3].append(Paragraph(start, end, tuple(sentences), kind, block.marker))
    close_section()
    text = "\n".join(parts)
    article = Article(text=text, title=title, sections=sections, title_span=title_span, tables=tables)
    _find_byline(article)
    return article


def _table_rows(block: Block, start: int, first_index: int) -> tuple[list[Paragraph], list[TableCell]]:
    """A table block's rows as ``table_row`` paragraphs (each cell's sentences split on their own)
    and its cells as spans; ``start`` is where the block's text begins."""
    rows: list[Paragraph] = []
    cells: list[TableCell] = []
    pos = start
    index = first_index
    headers = block.header_cells or set()
    for r, row in enumerate(block.cells):
        row_start = pos
        sentences: list[Sentence] = []
        for c, cell in enumerate(row):
            cells.append(TableCell(pos, pos + len(cell), r, c, r < block.header_rows or (r, c) in headers))
            found = split_sentences(cell, pos, index)
            sentences.extend(found)
            index += len(found)
            pos += len(cell) + 1  # the tab, or the newline after the row
        rows.append(Paragraph(row_start, pos - 1, tuple(sentences), "table_row"))
    return rows, cells


def _find_byline(article: Article) -> None:
    if not article.sections or article.sections[0].title or not article.sections[0].paragraphs:
        return
    first = article.sections[0].paragraphs[0]
    m = _BYLINE.match(article.text, first.start, first.end)
    if m and m.end() > m.start():
        article.byline_span = (m.start(), m.end())
        article.byline = m.group(0)
