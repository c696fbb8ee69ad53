"""PDF and Word files open like any document: sections, facts, clear refusals. The files are made here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sample_files import cjk_family, make_docx, make_pdf, make_scanned_pdf

from desktop.core.ingest.builder import load_path
from desktop.core.ingest.text import LoadError

REPORT = [
    ("title", "2025年政府工作报告（摘要）"),
    ("paragraph", "各位代表："),
    ("heading", "一、2024年工作回顾"),
    (
        "paragraph",
        "过去一年，我国发展历程很不平凡。国内生产总值达到134.9万亿元、增长5%，增速居世界主要经济体前列。"
        "城镇新增就业1256万人，城镇调查失业率平均5.1%。粮食产量首次跃上1.4万亿斤新台阶，亩产提升10.1斤。" * 3,
    ),
    ("heading", "二、2025年经济社会发展总体要求和政策取向"),
    (
        "paragraph",
        "今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右。",
    ),
]
RELEASE = [
    ("title", "總統出席國防會議"),
    (
        "paragraph",
        "賴清德總統今（5）日表示，今年度的國防總預算達到歷史新高的6,007億，不僅代表政府對國軍的重視，也是對國軍的肯定。"
        "臺灣將持續強化國防自主，推動潛艦國造，守護民主自由的生活方式。" * 4,
    ),
]


@pytest.fixture
def font(qapp):
    family = cjk_family()
    if family is None:
        pytest.skip("no Noto CJK font (apt-get install fonts-noto-cjk) to print Chinese PDFs with")
    return family


def test_a_text_pdf_opens_with_its_sections_and_facts(tmp_path, font):
    from desktop.core.facts import extract_facts

    article = load_path(make_pdf(tmp_path / "report.pdf", REPORT, font))
    assert article.title == "2025年政府工作报告（摘要）" and article.encoding == "pdf"
    assert [s.title for s in article.sections if s.title] == [
        "一、2024年工作回顾",
        "二、2025年经济社会发展总体要求和政策取向",
    ]
    # The long paragraph spans many printed lines and a page: it comes back as one paragraph.
    long = REPORT[3][1]
    assert long in article.text.split("\n")
    facts = {(f.text, f.qualifier) for f in extract_facts(article, names=False) if f.kind == "percent"}
    assert ("5%左右", "≈") in facts and ("5.1%", None) in facts
    assert "⼈" not in article.text and "⺠" not in article.text  # radicals from the font's map are ideographs again


def test_a_traditional_pdf_keeps_its_script_and_figures(tmp_path, qapp):
    family = cjk_family(traditional=True)
    if family is None:
        pytest.skip("no Noto CJK TC font")
    article = load_path(make_pdf(tmp_path / "release.pdf", RELEASE, family))
    assert article.title == "總統出席國防會議"
    assert RELEASE[1][1] in article.text and "6,007億" in article.text


def test_a_scanned_pdf_is_refused_with_a_sentence_saying_so(tmp_path, qapp):
    with pytest.raises(LoadError) as err:
        load_path(make_scanned_pdf(tmp_path / "scan.pdf"))
    assert err.value.kind == "scanned_pdf" and "no text layer" in str(err.value) and "scan.pdf" in str(err.value)


def test_damaged_pdf_and_docx_are_refused_clearly(tmp_path):
    bad_pdf = tmp_path / "broken.pdf"
    bad_pdf.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 100)
    with pytest.raises(LoadError, match="cannot be opened as a PDF"):
        load_path(bad_pdf)
    bad_docx = tmp_path / "broken.docx"
    bad_docx.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(LoadError, match="cannot be opened as a Word document"):
        load_path(bad_docx)


def test_a_docx_takes_its_headings_from_the_document_styles(tmp_path):
    blocks = [
        ("title", "政府工作报告"),
        ("heading", "一、工作回顾"),
        ("paragraph", "国内生产总值增长5.2%。"),
        ("subheading", "（一）就业"),
        ("paragraph", "城镇新增就业1244万人。"),
        ("heading", "二、今年目标"),
        ("paragraph", "国内生产总值增长5%左右。"),
    ]
    path = make_docx(tmp_path / "report.docx", blocks)
    import docx

    document = docx.Document(str(path))
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "指标", "数值"
    table.cell(1, 0).text, table.cell(1, 1).text = "粮食产量", "1.4万亿斤"
    document.save(str(path))
    article = load_path(path)
    assert article.title == "政府工作报告" and article.encoding == "docx"
    assert [(s.title, s.level) for s in article.sections] == [
        ("一、工作回顾", 1),
        ("（一）就业", 2),
        ("二、今年目标", 1),
    ]
    assert "国内生产总值增长5%左右。" in article.text and "粮食产量　1.4万亿斤" in article.text


def test_a_folder_library_reads_pdf_and_docx_and_lists_the_scan(tmp_path, font):
    from desktop.core.library import Library, add_source

    folder = tmp_path / "docs"
    folder.mkdir()
    make_pdf(folder / "report.pdf", REPORT, font)
    make_docx(folder / "notes.docx", [("title", "会议纪要"), ("paragraph", "国防预算增长7.2%。")])
    make_scanned_pdf(folder / "scan.pdf")
    report = add_source(tmp_path / "lib.sqlite", folder, names=False)
    assert report.added == 2
    assert [(Path(f["path"]).name, "no text layer" in f["reason"]) for f in report.failed] == [("scan.pdf", True)]
    with Library(tmp_path / "lib.sqlite") as lib:
        assert sorted(d.title for d in lib.documents()) == ["2025年政府工作报告（摘要）", "会议纪要"]


def test_pdf_and_docx_libraries_load_only_when_such_a_file_opens(seed_path):
    code = (
        "import sys; from desktop.core.ingest.builder import load_path; load_path(%r);"
        "bad = [m for m in ('pypdfium2', 'docx', 'pdfminer', 'pypdf') if m in sys.modules]; print(bad); sys.exit(bool(bad))"
    ) % str(seed_path)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
