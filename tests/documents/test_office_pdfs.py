"""Office-made PDFs read as documents: each PDF of tests/documents/office_pdfs gives the sections
and facts of its DOCX twin (issue 20, "PDF as a document, not a stream of lines").

The set (10 LibreOffice PDFs of real releases and work reports, half held out while the layout
pass was written) and its measured figures: tests/documents/office_pdfs/README.md.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from office_pdfs.twins import HERE, compare, documents
from sample_files import cjk_family, make_pdf

from desktop.core.ingest.builder import load_path
from desktop.core.ingest.pdf_text import read_pdf_document

SET = documents()
#: Measured 219 of 219 facts with the outline and 217 of 219 from sizes alone (README); the floors
#: are the issue's 98% for the set and, per document, a little below the lowest measured (93.5%).
SET_FLOOR, DOCUMENT_FLOOR = 0.98, 0.92


@pytest.fixture(scope="module", params=[True, False], ids=["outline", "sizes-and-weights"])
def twins(request):
    return [compare(entry, use_outline=request.param) for entry in SET]


def test_the_set_is_real_office_output_with_twins_and_a_held_out_half():
    assert len(SET) >= 8
    for entry in SET:
        pdf = pdfium.PdfDocument(HERE / f"{entry['name']}.pdf")
        assert pdf.get_metadata_dict()["Producer"].startswith("LibreOffice") and len(pdf) >= 1
        pdf.close()
        assert (HERE / f"{entry['name']}.docx").is_file()
    assert 2 * sum(e["held_out"] for e in SET) >= len(SET)


def test_every_pdf_has_its_twins_section_titles_and_no_word_split(twins):
    for t in twins:
        assert t.titles_equal, (t.name, t.pdf_titles, t.docx_titles)
        assert t.words_split == 0, (t.name, t.splits)


def test_the_pdfs_give_the_facts_of_their_twins(twins):
    for t in twins:
        assert t.fact_share >= DOCUMENT_FLOOR, (t.name, t.facts_identical, t.facts_docx)
    identical, total = sum(t.facts_identical for t in twins), sum(t.facts_docx for t in twins)
    assert total > 150 and identical / total >= SET_FLOOR


def test_running_headers_page_numbers_and_typesetting_spaces_are_gone():
    article = load_path(HERE / "gov-2025.pdf")  # two pages, header 国务院文件, footer 第 N 页
    assert "国务院文件" not in article.text and "第 1 页" not in article.text and "第1页" not in article.text
    assert "——2025年3月5日在全国人民代表大会上" in article.text  # the dateline, a paragraph
    assert [s.title for s in article.sections if s.title] == ["一、2024年工作回顾"]
    release = load_path(HERE / "tw-28259.pdf")
    assert "總統府新聞稿" not in release.text and "- 1 -" not in release.text
    assert release.title == "出席ESG永續台灣國際高峰會"  # no space left between ESG and 永續
    assert "發布日期：2024年3月18日" in release.text.split("\n")


def test_one_style_and_no_outline_takes_the_text_only_path_and_keeps_latin_spaces(tmp_path, qapp):
    family = cjk_family()
    if family is None:
        pytest.skip("no Noto CJK font (apt-get install fonts-noto-cjk) to print PDFs with")
    # (no digits in the English: QPdfWriter maps digits set in a Latin run to the wrong characters)
    english = (
        "The plant in Taichung will build the largest turbines for offshore wind farms, and by the end of "
        "the year Taiwan had more turbines at sea than any other country in the region. " * 3
    ).strip()
    mixed = "到去年底为止，台湾外海已有超过280座风力机，设置量达到2.25GW，今年2月再增加13.7GW。"
    path = make_pdf(tmp_path / "plain.pdf", [("paragraph", english), ("paragraph", mixed)], family)
    text, kind = read_pdf_document(path)
    assert kind == "text"  # one size, one weight, no outline: nothing for the layout to say
    assert text.split("\n\n") == [english, mixed]


def test_headings_by_size_when_there_is_no_outline(tmp_path, qapp):
    family = cjk_family()
    if family is None:
        pytest.skip("no Noto CJK font (apt-get install fonts-noto-cjk) to print PDFs with")
    blocks = [
        ("title", "国务院关于2024年度环境状况的报告"),
        ("paragraph", "2024年3月5日"),
        ("heading", "一、总体情况"),
        ("paragraph", "全国地级及以上城市细颗粒物平均浓度下降2.7%，优良天数比例上升至87.2%。" * 4),
    ]
    text, kind = read_pdf_document(make_pdf(tmp_path / "report.pdf", blocks, family))
    assert kind == "markdown"
    assert text.split("\n\n") == [
        "# 国务院关于2024年度环境状况的报告",
        "2024年3月5日",
        "## 一、总体情况",
        blocks[3][1],
    ]
