"""Tables and lists survive loading: cells are spans, header cells are known, list items stay items."""

from __future__ import annotations

from desktop.core.ingest.builder import build_article
from desktop.core.tables import header_label

MARKDOWN = """# 报告

| 指标 | 数值 | 增长 |
|---|---|---|
| 社零总额 | 545.3亿元 | 8.6% |
| 夜间消费 | 86.5亿元 | 12% |

- 第一项内容
- 第二项
  继续

1. 甲
2. 乙

正文段落。
"""

HTML = """<html><body><h1>报告</h1><p>前言。</p>
<table><thead><tr><th>项目</th><th>金额</th></tr></thead>
<tbody><tr><td>夜间消费</td><td>86.5亿元</td></tr><tr><th>餐饮</th><td>20亿元</td></tr></tbody></table>
<ul><li>第一项</li><li><p>第二项</p></li></ul><p>结尾。</p></body></html>"""


def _cells(article, table):
    return [[article.text[c.start : c.end] for c in table.cells if c.row == r] for r in range(table.rows)]


def test_markdown_table_is_a_table_of_cell_spans():
    article = build_article(MARKDOWN, "markdown")
    [table] = article.tables
    assert _cells(article, table) == [
        ["指标", "数值", "增长"],
        ["社零总额", "545.3亿元", "8.6%"],
        ["夜间消费", "86.5亿元", "12%"],
    ]
    assert [c.header for c in table.cells if c.row == 0] == [True, True, True]
    assert not any(c.header for c in table.cells if c.row > 0)
    assert "|" not in article.text and "---" not in article.text
    rows = [p for p in article.paragraphs if p.kind == "table_row"]
    assert len(rows) == 3
    # Every cell is a sentence: facts and search see a cell, never a merged line.
    assert "545.3亿元" in [article.text[s.start : s.end] for s in article.sentences]


def test_markdown_lists_stay_lists():
    article = build_article(MARKDOWN, "markdown")
    items = [(p.marker, article.text[p.start : p.end]) for p in article.paragraphs if p.kind == "list_item"]
    assert items == [("•", "第一项内容"), ("•", "第二项继续"), ("1.", "甲"), ("2.", "乙")]
    assert [article.text[p.start : p.end] for p in article.paragraphs if p.kind == "paragraph"] == ["正文段落。"]


def test_html_table_cells_do_not_run_together():
    article = build_article(HTML, "html")
    [table] = article.tables
    assert _cells(article, table) == [["项目", "金额"], ["夜间消费", "86.5亿元"], ["餐饮", "20亿元"]]
    assert "项目金额" not in article.text and "夜间消费86.5亿元" not in article.text
    assert [c.header for c in table.cells] == [True, True, False, False, True, False]
    items = [article.text[p.start : p.end] for p in article.paragraphs if p.kind == "list_item"]
    assert items == ["第一项", "第二项"]


def test_header_label_names_the_row_and_the_column():
    article = build_article(HTML, "html")
    figure = article.text.index("86.5亿元")
    assert header_label(article, figure, figure + len("86.5亿元")) == "夜间消费 金额"
    food = article.text.index("20亿元")
    assert header_label(article, food, food + 4) == "餐饮 金额"
    md = build_article(MARKDOWN, "markdown")
    growth = md.text.index("12%")
    assert header_label(md, growth, growth + 3) == "夜间消费 增长"
    assert header_label(md, md.text.index("指标"), md.text.index("指标") + 2) is None  # a header cell
    assert header_label(md, md.text.index("正文"), md.text.index("正文") + 2) is None  # not in a table
