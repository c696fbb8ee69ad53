"""Tables and lists in the reader: a table of cells, lists as lists, spans still land where they belong."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor

DOC = """# 夜间经济报告

| 指标 | 数值 | 增长 |
|---|---|---|
| 社零总额 | 545.3亿元 | 8.6% |
| 夜间消费 | 86.5亿元 | 12% |

- 第一项内容
- 第二项内容

正文段落。
"""


def test_a_markdown_table_is_a_table_and_a_list_a_list(open_window, tmp_path):
    path = tmp_path / "report.md"
    path.write_text(DOC, encoding="utf-8")
    window = open_window(path, mode="chinese")
    reader = window.reader
    article = window.article
    offset = article.text.index("86.5亿元")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(reader.doc_position(offset))
    table = cursor.currentTable()
    assert table is not None and (table.rows(), table.columns()) == (3, 3)
    cell = table.cellAt(cursor)
    assert (cell.row(), cell.column()) == (2, 1)
    texts = [[table.cellAt(r, c).firstCursorPosition().block().text() for c in range(3)] for r in range(3)]
    assert texts[0] == ["指标", "数值", "增长"] and texts[2] == ["夜间消费", "86.5亿元", "12%"]
    assert table.cellAt(0, 0).firstCursorPosition().charFormat().fontWeight() > 500  # header cells bold
    shown = reader.toPlainText()
    assert "| 指标 |" not in shown and "---" not in shown
    # The list items are items of one list.
    item = QTextCursor(reader.document())
    item.setPosition(reader.doc_position(article.text.index("第二项")))
    assert item.currentList() is not None and item.currentList().count() == 2
    # Clicking a figure in a cell still finds its article offset.
    assert reader.article_offset(reader.doc_position(offset) + 2) == offset + 2
