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
#: Measured 217 of 219 facts both ways (102/104 held out, 115/115 development; README); the floors
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


def _line(text, page, bottom, *, left=72.0, right=540.0, size=11.0, bold=False, height=792.0):
    from desktop.core.ingest.pdf_layout import Line

    return Line(text, left, right, bottom, bottom + 14, size, 11.0, bold, 11.0, page, height)


def test_running_lines_are_those_on_every_page_or_every_page_but_the_first():
    from desktop.core.ingest.pdf_layout import drop_running

    lines = []
    for page in range(3):
        if page:  # a different first page: the header starts on page 2
            lines.append(_line("國防部新聞稿", page, 750))
        lines.append(_line(f"正文第{page + 1}頁的內容。", page, 600))
        lines.append(_line(f"- {page + 1} -", page, 40))
    lines.append(_line("國防部新聞稿", 1, 400))  # the same words in the body are text
    kept = [(ln.page, ln.text) for ln in drop_running(lines, 3)]
    assert kept == [(0, "正文第1頁的內容。"), (1, "正文第2頁的內容。"), (2, "正文第3頁的內容。"), (1, "國防部新聞稿")]
    # One page: nothing recurs, but a first line set apart above the top margin is a header ...
    one_page = [_line("總統府新聞稿", 0, 750), _line("內容。", 0, 600), _line("1", 0, 40)]
    assert [ln.text for ln in drop_running(one_page, 1)] == ["內容。"]
    # ... and one at the body's own spacing (a dateline above the title) is text.
    dateline = [_line("發布日期：2024年3月18日", 0, 700), _line("內容。", 0, 682)]
    assert [ln.text for ln in drop_running(dateline, 1)] == ["發布日期：2024年3月18日", "內容。"]


def test_an_outline_that_names_no_printed_line_leaves_the_headings_to_sizes():
    from desktop.core.ingest.pdf_layout import document_blocks

    lines = [_line("年度報告", 0, 700, size=16, right=200), _line("全年增長5%。", 0, 650, right=200)]
    blocks = document_blocks(lines, [(0, "Page 1"), (0, "Page 2")])
    assert blocks == [("heading", 1, "年度報告"), ("paragraph", 0, "全年增長5%。")]


def test_lines_of_latin_text_are_joined_with_a_space_and_cjk_without():
    from desktop.core.ingest.pdf_layout import join

    assert join("the plant will", "build turbines") == "the plant will build turbines"
    assert join("wind farms,", "and by the end") == "wind farms, and by the end"
    assert join("臺灣綠能發展的關鍵", "一步。") == "臺灣綠能發展的關鍵一步。"
    assert join("超過2.25", "GW") == "超過2.25 GW"


def test_a_paragraph_that_looks_like_markdown_markup_stays_text():
    from desktop.core.ingest.builder import build_article
    from desktop.core.ingest.pdf_layout import markdown
    from desktop.core.ingest.text import normalise

    blocks = [
        ("heading", 1, "說明"),
        ("paragraph", 0, "# 本檔由程式產生"),
        ("paragraph", 0, "> 引文"),
        ("paragraph", 0, "---"),
    ]
    article = build_article(normalise(markdown(blocks)), "markdown")
    assert article.title == "說明" and not [s.title for s in article.sections if s.title]
    assert article.text.split("\n") == ["說明", "# 本檔由程式產生", "> 引文", "---"]


def test_a_block_indented_as_a_whole_runs_on_and_a_first_line_indent_starts_a_paragraph():
    from desktop.core.ingest.pdf_layout import document_blocks

    # One line spacing throughout and every line full: only the left edges tell the paragraphs apart.
    texts = [
        (72, "正文第一段寫滿了整行的文字，"),
        (72, "最後一行也寫到了右邊界。"),
        (94, "第二段首行縮排兩個字，寫滿，"),
        (72, "結尾也寫到了右邊的邊界。"),
        (110, "引文整段縮排，寫滿了這一行，"),
        (110, "下一行也縮排而且寫滿了。"),
    ]
    lines = [_line(text, 0, 700 - 18 * k, left=left, right=540) for k, (left, text) in enumerate(texts)]
    assert [t for _, _, t in document_blocks(lines, [])] == [
        texts[0][1] + texts[1][1],
        texts[2][1] + texts[3][1],
        texts[4][1] + texts[5][1],
    ]
