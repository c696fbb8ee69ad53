"""Heading levels from the stack of a document's numbering styles (real headings of the work reports)."""

from __future__ import annotations

from desktop.core.ingest.heading_levels import heading_levels, numbering_style


def test_the_1983_report_nests_three_styles_under_an_unnumbered_part():
    # 今后五年的主要任务 (no number) ► （一）关于经济建设 ► 第一、…; 结束语 (no number) closes back to the top
    headings = [
        "过去五年的回顾",
        "今后五年的主要任务",
        "（一）关于经济建设",
        "第一、大力提高经济效益，积极扩大财源",
        "第二、合理分配国民收入，提高财政收入在国民收入中的比重",
        "（二）关于经济体制改革",
        "结束语",
    ]
    assert heading_levels(headings) == [1, 1, 2, 3, 3, 2, 1]


def test_numbering_styles_are_told_apart():
    assert numbering_style("第一部分 总体要求") == "part"
    assert numbering_style("第一、关于基本建设") == "ordinal"
    assert numbering_style("一、2024年工作回顾") == "chinese"
    assert numbering_style("（一）加强和改善宏观调控") == "bracketed"
    assert numbering_style("1. 坚持稳中求进") == "arabic"
    assert numbering_style("（1）扩大国内需求") == "bracketed_arabic"
    assert numbering_style("2024年工作回顾") == "unnumbered"  # a year is no number
    assert numbering_style("１９９３年国内工作的回顾") == "unnumbered"
    # 一、 > （一） > 1. > （1）: each new style opens a level, an earlier one closes back to it
    levels = heading_levels(["一、甲", "（一）乙", "1. 丙", "（1）丁", "2. 戊", "（二）己", "二、庚"])
    assert levels == [1, 2, 3, 4, 3, 2, 1]
