"""The article builder's own rules: what counts as a document, and HTML blocks normalised once."""

from __future__ import annotations

import pytest

from desktop.core.ingest import builder
from desktop.core.ingest.builder import build_article, load_path
from desktop.core.ingest.text import LoadError


@pytest.mark.parametrize(
    "name, content",
    [
        ("title-only.md", "# 标题\n"),
        ("headings-only.md", "# 标题\n\n## 一、总体要求\n\n## 二、主要任务\n"),
        ("headings-only.html", "<html><head><title>标题</title></head><body><h1>标题</h1><h2>一节</h2></body></html>"),
    ],
)
def test_a_file_of_headings_alone_is_refused_with_a_sentence(tmp_path, name, content):
    """It opened as an article with 0 sections: a blank reader and no word of why (issue 22, item 4)."""
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load_path(path)
    assert info.value.kind == "headings_only"
    assert str(info.value) == "The document holds only headings (“标题”) and no text under them."
    assert info.value.params == ("标题",)


@pytest.mark.parametrize("text", ["观音桥商圈", "Hello world"])
def test_one_short_plain_line_is_text_to_read_not_a_lone_title(text):
    article = build_article(text, "text")
    assert len(article.sections) == 1 and article.sections[0].paragraphs
    assert article.text == text


def test_a_heading_with_text_under_it_still_opens(tmp_path):
    path = tmp_path / "ok.md"
    path.write_text("# 标题\n\n## 一节\n\n正文。\n", encoding="utf-8")
    article = load_path(path)
    assert article.title == "标题" and [s.title for s in article.sections] == ["一节"]


def test_each_html_block_is_normalised_once(monkeypatch):
    calls = []
    real = builder.normalise
    monkeypatch.setattr(builder, "normalise", lambda text: calls.append(text) or real(text))
    paragraphs = [f"<p>第{i}段\u200b正文。</p>" for i in range(5)]
    article = build_article("<h1>标题</h1><p>  </p>" + "".join(paragraphs), "html")
    assert len(calls) == 6  # the heading and five paragraphs, one call each (it was two each)
    assert "\u200b" not in article.text and article.text.count("正文。") == 5


@pytest.mark.parametrize(
    ("typeset", "read"),
    [
        # the 1998 work report, quoted: a space after each character of a number
        ("去年经济增长8 ．8 ％，商品零售价格涨幅为0 ．8 ％，这", "去年经济增长8．8％，商品零售价格涨幅为0．8％，这"),
        ("　　1 9 9 8 年是全面贯彻党的十五大精神的第一年", "1998年是全面贯彻党的十五大精神的第一年"),
        ("人均纯收入达到2 0 9 0 元，年均实际增长5 ．4 ％。", "人均纯收入达到2090元，年均实际增长5．4％。"),
        ("人口自然增长率下降到1 0 ．0 6 ‰。", "人口自然增长率下降到10．06‰。"),
        # spaces that are no typesetting inside a number stay
        ("近 3 年成长 2 %，增加 3 個 百分點", "近 3 年成长 2 %，增加 3 個 百分點"),
        ("Table 1 2 3 here\n1 2 3", "Table 1 2 3 here\n1 2 3"),
        # sentences written for issue 19 (none of them from a document): ASCII and full-width digits, a full-width
        # space between them, the decimal point ． or ., a year, a percent, an amount with 万 or 亿
        ("全国共查处2 2 ．4 万件，", "全国共查处22．4万件，"),
        ("全年增长1 2 . 5 %，", "全年增长12.5%，"),
        ("比１　９　９　７　年增长", "比１９９７年增长"),
        ("产值达到１　２　．５　亿元。", "产值达到１２．５亿元。"),
        ("（1 9 9 7 年）", "（1997年）"),
        ("第 1 2 条", "第 12条"),
        # the same number set off by a space from the word before it: joined, the space before it kept
        ("全国共查处 2 2 ．4 万件，", "全国共查处 22．4万件，"),
        ("全年增长 1 2 ．5 ％，", "全年增长 12．5％，"),
        ("总额达 1 2 3 4 亿元", "总额达 1234亿元"),
        # a list of numbers with no unit stays apart, and a list item's number keeps its point
        ("依次为 1 2 3", "依次为 1 2 3"),
        ("依次为 1 2 3。", "依次为 1 2 3。"),
        ("1 . 加强管理", "1 . 加强管理"),
    ],
)
def test_a_number_typeset_with_spaces_is_read_as_one(typeset, read):
    from desktop.core.ingest.text import normalise

    assert normalise(typeset) == read


def test_the_spaced_percent_is_a_figure():
    from desktop.core.facts import extract_facts
    from desktop.core.ingest.text import normalise

    facts = extract_facts(build_article(normalise("去年经济增长8 ．8 ％，商品零售价格涨幅为0 ．8 ％。")), names=False)
    assert [(f.text, f.value) for f in facts if f.kind == "percent"] == [("8．8％", 8.8), ("0．8％", 0.8)]


def test_letter_spaced_numbers_are_figures_with_their_spans_in_the_article():
    from desktop.core.facts import extract_facts
    from desktop.core.ingest.text import normalise

    article = build_article(normalise("全国共查处2 2 ．4 万件。全年增长１　２　．５　％，比1 9 9 7 年增长 1 2 . 5 %。"))
    facts = extract_facts(article, names=False)
    figures = [(f.text, f.value) for f in facts if f.kind not in ("date",)]
    assert figures == [("22．4万件", 224000), ("１２．５％", 12.5), ("12.5%", 12.5)]
    assert "1997年" in [f.text for f in facts if f.kind == "date"]
    assert all(article.text[f.start : f.end] == f.text for f in facts)
