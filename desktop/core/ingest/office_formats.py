"""PDF and Word files for :func:`core.ingest.loading.read_file`: their text as the reader's other formats.

The libraries load only when such a file is opened (never on the path to the
first window): pypdfium2 for PDF (see :mod:`core.ingest.pdf_text` for why),
python-docx for .docx.
"""

from __future__ import annotations

from pathlib import Path

from .text import DecodedText, normalise

#: suffix -> what the file is, for the reader's messages
OFFICE_SUFFIXES = {".pdf": "pdf", ".docx": "docx"}


def read_office(path: Path) -> DecodedText:
    """PDF text as Markdown-shaped text when its layout (outline, sizes, weights) gives headings,
    else as plain text (headings found as in any plain text); .docx as Markdown-shaped text."""
    if path.suffix.lower() == ".pdf":
        from .pdf_text import read_pdf_document

        text, kind = read_pdf_document(path)
        return DecodedText(normalise(text), "pdf", kind)
    from .docx_text import read_docx

    return DecodedText(normalise(read_docx(path)), "docx", "markdown")
