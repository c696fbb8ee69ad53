"""Which headings a section stands under: the walk the period carry (a heading's year) and the stance
(a heading that sets out this year's work) both take up the outline."""

from desktop.core.document import Section, enclosing


def _section(index: int, title: str, level: int) -> Section:
    return Section(index, title, 0, 0, 0, 0, level, ())


def test_a_subsection_stands_under_the_nearest_heading_of_a_lower_level_only():
    outline = [
        _section(0, "", 1),
        _section(1, "一、2013年工作回顾", 1),
        _section(2, "（一）稳增长", 2),
        _section(3, "二、2014年工作总体部署", 1),
        _section(4, "（一）推动改革", 2),
        _section(5, "1.简政放权", 3),
        _section(6, "（二）保持经济运行", 2),
    ]
    assert [s.title for s in enclosing(outline, 5)] == ["1.简政放权", "（一）推动改革", "二、2014年工作总体部署"]
    assert [s.title for s in enclosing(outline, 6)] == ["（二）保持经济运行", "二、2014年工作总体部署"]
    assert [s.title for s in enclosing(outline, 3)] == ["二、2014年工作总体部署"]
    assert [s.title for s in enclosing(outline, 0)] == [""]
