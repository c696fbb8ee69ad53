"""What reading a PDF as a document costs: the layout pass against PDFium's text alone, per page.

On the office-PDF set (tests/documents/office_pdfs: 10 LibreOffice PDFs, 20 pages):

* ``text only``: PDFium's text of every page (``get_text_range``), nothing else — the floor
  any PDF reader pays, without boxes, sizes or fonts;
* ``layout pass``: :func:`core.ingest.pdf_text.read_pdf_document` — every character's box,
  size and font, the outline, running headers dropped, headings and paragraphs built;
* ``layout pass, outline ignored``: the same with headings from sizes and weights.

Each is the median of 7 runs over the whole set, divided by its pages.
"""

from __future__ import annotations

import time
from pathlib import Path

SET = Path(__file__).resolve().parents[1] / "tests" / "documents" / "office_pdfs"


def _text_only(paths: list[Path]) -> None:
    import pypdfium2 as pdfium

    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        for page in pdf:
            textpage = page.get_textpage()
            textpage.get_text_range()
            textpage.close()
            page.close()
        pdf.close()


def run(report) -> None:
    import pypdfium2 as pdfium

    from desktop.core.ingest.pdf_text import read_pdf_document

    paths = sorted(SET.glob("*.pdf"))
    if not paths:
        print("  (skipped: tests/documents/office_pdfs has no PDFs)")
        return
    pages = 0
    for path in paths:
        pdf = pdfium.PdfDocument(str(path))
        pages += len(pdf)
        pdf.close()
    print(f"  ({len(paths)} PDFs, {pages} pages; times are per page)")

    def per_page(fn):
        return lambda: fn() / pages

    def timed(fn):
        def once() -> float:
            t0 = time.perf_counter()
            fn()
            return (time.perf_counter() - t0) * 1000

        return once

    def layout(outline: bool):
        return lambda: [read_pdf_document(p, use_outline=outline) for p in paths]

    _text_only(paths)  # warm-up: the library and the files are loaded once
    layout(True)()
    report("pdf text only (PDFium get_text_range), per page", per_page(timed(lambda: _text_only(paths))), measure=False)
    report(
        "pdf layout pass (read_pdf_document), per page",
        per_page(timed(layout(True))),
        measure=False,
        baseline="pdf text only (PDFium get_text_range), per page",
        target="< 4× text only",
    )
    report(
        "pdf layout pass, outline ignored, per page",
        per_page(timed(layout(False))),
        measure=False,
        baseline="pdf text only (PDFium get_text_range), per page",
    )
