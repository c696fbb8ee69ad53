"""Bounds on what a PDF expands to (issue 21.2), checked around :mod:`core.ingest.pdf_text`'s page loop.

A PDF of a few hundred kilobytes can hold gigabytes of text: one page whose
compressed drawing instructions inflate a thousandfold, thousands of pages
drawing one shared stream, or a page tree that names a million pages through
shared nodes. PDFium parses a page's instructions in full when the page loads
and builds a record of about 115 bytes for every character when its text is
read (30 MB of text took 3.4 GB and 42 s), so the limits act before that:

1. :func:`check_streams`, before PDFium sees the file: every FlateDecode
   stream that is not an image is inflated at most :data:`MAX_STREAM_BYTES`
   (+1) at a time; one larger than that, or all of them together over
   :data:`MAX_STREAMS_BYTES`, is refused. Text and drawing instructions of a
   real page are tens of kilobytes.
2. :data:`MAX_PAGES` pages at most (PDFium loads an empty page in 0.1 ms, so
   10,000 take a second).
3. :func:`check_page`, after a page loads and before its text is read: at most
   :data:`MAX_PAGE_OBJECTS` objects, counting inside forms each time they are
   drawn.
4. :func:`count_text`, before any layout: the characters of all pages, page by
   page, refused as soon as they pass :data:`core.ingest.text.MAX_TEXT_CHARS`.

Known gap: a form drawn many times whose one text object holds megabytes is
bounded only by (1) and (3), not by a character count, since PDFium counts a
page's characters only by building that record.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

from .text import MAX_TEXT_CHARS, LoadError, text_too_large

MAX_STREAM_BYTES = 8 * 1024 * 1024
MAX_STREAMS_BYTES = 128 * 1024 * 1024
MAX_PAGES = 10_000
MAX_PAGE_OBJECTS = 200_000
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_CHUNK = 1 << 20


def pdf_damaged(name: str) -> LoadError:
    return LoadError(f"“{name}” is damaged: its pages cannot be read.", "pdf_pages", name)


def too_much(name: str) -> LoadError:
    """A PDF that expands far beyond any document: one sentence for every way of finding it."""
    return LoadError(
        f"“{name}” unpacks to far more text or drawing than a document Fact Browser opens; it was refused unread.",
        "pdf_expands",
        name,
    )


def check_streams(path: Path) -> None:
    """Refuse ``path`` if its non-image FlateDecode streams inflate past the limits (see the module)."""
    data = path.read_bytes()
    total = 0
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - 400) : m.start()]
        head = head[head.rfind(b"obj") :]  # this object's dictionary only
        flate = b"/FlateDecode" in head or b"/Fl " in head or b"/Fl]" in head
        if not flate or b"/Image" in head:
            continue
        try:
            size = _inflated_size(data, m.end())
        except zlib.error:
            continue  # damaged streams are PDFium's to judge: it reads what it can
        if size > MAX_STREAM_BYTES:
            raise too_much(path.name)
        total += size
        if total > MAX_STREAMS_BYTES:
            raise too_much(path.name)


def _inflated_size(data: bytes, start: int) -> int:
    """How far the zlib stream at ``start`` inflates, counted to :data:`MAX_STREAM_BYTES` + 1 at most."""
    inflater = zlib.decompressobj()
    size = 0
    position = start
    while not inflater.eof and position < len(data):
        size += len(inflater.decompress(data[position : position + 65536], _CHUNK))
        position += 65536
        while inflater.unconsumed_tail and not inflater.eof and size <= MAX_STREAM_BYTES:
            size += len(inflater.decompress(inflater.unconsumed_tail, _CHUNK))
        if size > MAX_STREAM_BYTES:
            break
    return size


def check_page_count(pdf, name: str) -> int:
    count = len(pdf)
    if count > MAX_PAGES:
        raise LoadError(
            f"“{name}” has {count:,} pages; the most Fact Browser reads is {MAX_PAGES:,}.",
            "pdf_pages_many",
            name,
            f"{count:,}",
            f"{MAX_PAGES:,}",
        )
    return count


def check_page(page, name: str) -> None:
    """Refuse a page with more than :data:`MAX_PAGE_OBJECTS` objects (forms counted each time drawn)."""
    import pypdfium2.raw as raw

    def count(get_count, get_object, owner, budget: int) -> int:
        n = get_count(owner)
        if n > budget:
            return n
        seen = n
        for i in range(n):
            obj = get_object(owner, i)
            if raw.FPDFPageObj_GetType(obj) == raw.FPDF_PAGEOBJ_FORM:
                seen += count(raw.FPDFFormObj_CountObjects, raw.FPDFFormObj_GetObject, obj, budget - seen)
                if seen > budget:
                    return seen
        return seen

    if count(raw.FPDFPage_CountObjects, raw.FPDFPage_GetObject, page.raw, MAX_PAGE_OBJECTS) > MAX_PAGE_OBJECTS:
        raise too_much(name)


def count_text(pdf, name: str) -> None:
    """Every page loaded and its characters counted, before any layout: refused past the limit."""
    import pypdfium2 as pdfium

    total = 0
    for index in range(len(pdf)):
        try:
            page = pdf[index]
        except pdfium.PdfiumError:
            raise pdf_damaged(name) from None
        try:
            check_page(page, name)
            textpage = page.get_textpage()
            try:
                total += textpage.count_chars()
            finally:
                textpage.close()
        finally:
            page.close()
        if total > MAX_TEXT_CHARS:
            raise text_too_large(name)
