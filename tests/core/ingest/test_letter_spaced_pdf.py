"""A PDF typeset with character spacing (letter_spaced.pdf: LibreOffice 7, a paragraph style with 0.12 cm letter
spacing, Noto Serif CJK SC): pypdfium2 gives a space after every character. The PDF reader closes the spaces
between Chinese characters and digits, but left ``12 . 5 %`` and ``22 . 4万件`` (an ASCII point and percent sign),
read as 4万件 and no percent at all; normalise() reads them as the numbers they are (issue 19)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from desktop.core.facts import extract_facts
from desktop.core.ingest.builder import load_path

PDF = Path(__file__).with_name("letter_spaced.pdf")


def test_the_pdf_is_letter_spaced():
    pdf = pdfium.PdfDocument(PDF)
    raw = pdf[0].get_textpage().get_text_range()
    pdf.close()
    assert "1 2 . 5 %" in raw and "2 2 . 4 万 件" in raw and "１ ９ ９ ６ 年" in raw


def test_its_numbers_are_read_whole_through_the_ingest_path():
    article = load_path(PDF)
    assert "增长12.5%，" in article.text and "案件22.4万件，" in article.text
    facts = extract_facts(article, names=False)
    assert [(f.kind, f.text, f.value) for f in facts if f.kind != "date"] == [
        ("percent", "12.5%", 12.5),
        ("quantity", "22.4万件", 224000),
        ("money", "8651亿元", 865100000000),
        ("quantity", "４９２５亿斤", 492500000000),
        ("percent", "３．５％", 3.5),
    ]
    assert [f.text for f in facts if f.kind == "date"] == ["1997年", "１９９６年"]
    assert all(article.text[f.start : f.end] == f.text for f in facts)
