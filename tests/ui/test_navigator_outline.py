"""The navigator lists the document's outline: headings nested under the one they stand in, the work
reports' bracketed headings that the sections read as paragraphs, and no licence notice or bare list
number; picking a heading goes to it, and the rest of the window hears the section it stands in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.core.ingest.builder import build_article
from desktop.core.ingest.text import normalise
from desktop.ui.reader.navigator import DEPTH_ROLE, SectionNavigator
from hang_guards import REACT_MS, WORK_MS

REPORT_1958 = (
    "1958年中华人民共和国国务院政府工作报告\n各位代表：\n我代表国务院提出关于一九五八年度国民经济计划（草案）的报告。\n"
    "（三）一九五八年国民经济各部门发展计划的安排\n计划草案对国民经济各部门发展的安排，主要如下。\n"
    "第一、关于基本建设\n在投资的分配上，增加了农业部门的投资。\n"
    "第二、关于工业生产\n钢产量拟定为六百二十四万八千吨。\n"
    "（四）厉行节约，反对浪费\n节约了三百亿元。\n"
)
#: the 1955 report's lines: （一） inside 三、's section, a list's bare numbers, Wikisource's notice; （二）'s section
#: is long, so its heading can reach the reader's top
REPORT_1955 = (
    (
        "各位代表：\n我现在代表国务院向本次大会作关于第一个五年计划的报告。\n"
        "三、第一個五年計劃的若幹問題\n现在说几个问题。\n"
        "（一）关于工业和运输业的基本建设问题\n第一，基本建设规模的大小问题。\n"
        "一、\n我国人民已经推翻了帝国主义者在中国的统治。\n二、\n我国人民推翻了封建主义。\n"
        "（二）关于工业的生产问题\n"
    )
    + "增产和节约工业原料。\n" * 40
    + (
        "四、为完成和超额完成第一个五年计划而奋斗\n让我们团结起来。\n"
        "\n\n本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议。根据《\n中华人民共和国著作权法\n》，属于\n公有领域\n。"
        "\n\n\n注：中文维基文库社群认为，中华人民共和国公务演讲，\n不总是\n具有立法、行政、司法性质的文件。\n\n\nPublic domain\nPublic domain\n"
    )
)


def _ink_left(image, rect, background: QColor) -> int:
    """The x of the leftmost pixel in ``rect`` that is not the row's background (the title's first stroke)."""
    for x in range(rect.left(), rect.right()):
        for y in range(rect.top(), rect.bottom()):
            if abs(image.pixelColor(x, y).lightness() - background.lightness()) > 60:
                return x
    return rect.right()


def _titles(nav) -> list[str]:
    model = nav.model()
    return [model.index(r, 0).data(Qt.UserRole).title for r in range(model.rowCount())]


def test_a_heading_is_indented_under_the_one_it_stands_in(qtbot):
    nav = SectionNavigator()
    qtbot.addWidget(nav)
    nav.resize(320, 300)
    nav.sections.set_article(build_article(REPORT_1958))
    nav.show()
    qtbot.waitExposed(nav)
    model = nav.model()
    rows = {model.index(r, 0).data(Qt.UserRole).title: model.index(r, 0) for r in range(model.rowCount())}
    depth = {title[:4]: index.data(DEPTH_ROLE) for title, index in rows.items()}
    assert depth == {"": 0, "（三）一": 0, "第一、关": 1, "第二、关": 1, "（四）厉": 0}

    image = nav.viewport().grab().toImage()
    background = nav.palette().base().color()
    # how far in from the row's left edge each title's first stroke is (（ draws its stroke right of centre)
    inset = {
        title[:4]: _ink_left(image, nav.visualRect(index), background) - nav.visualRect(index).left()
        for title, index in rows.items()
        if title
    }
    em = nav.fontMetrics().horizontalAdvance("中")
    assert inset["第一、关"] >= em  # an em further in than a title at the top
    assert inset["第二、关"] == inset["第一、关"]  # siblings line up
    assert inset["（三）一"] < em and inset["（四）厉"] == inset["（三）一"]  # （四） closes back to （三）'s level


def test_the_outline_is_listed_and_a_heading_inside_a_section_answers_for_that_section(qtbot):
    nav = SectionNavigator()
    qtbot.addWidget(nav)
    article = build_article(normalise(REPORT_1955))
    nav.sections.set_article(article)
    assert _titles(nav) == [
        "",
        "三、第一個五年計劃的若幹問題",
        "（一）关于工业和运输业的基本建设问题",
        "（二）关于工业的生产问题",
        "四、为完成和超额完成第一个五年计划而奋斗",
    ]
    model = nav.model()
    first = model.index(2, 0).data(Qt.UserRole)
    with qtbot.waitSignal(nav.headingActivated) as picked:
        nav.setCurrentIndex(model.index(2, 0))
    assert picked.args == [first.start]
    assert article.sections[nav.current_section_index()].title == "三、第一個五年計劃的若幹問題"
    # the reader scrolls into the bare 一、's section, which the row stands over: the row stays current
    bare = next(s for s in article.sections if s.title == "一、")
    nav.select_section(bare.index)
    assert nav.currentIndex().row() == 2
    # the next section's own heading is picked as a section, as before
    with qtbot.waitSignal(nav.sectionActivated) as picked:
        nav.step(2)
    assert article.sections[picked.args[0]].title == "四、为完成和超额完成第一个五年计划而奋斗"
    # a search hit in the bare 二、's section counts on （一）'s row, the one over it
    second = next(s for s in article.sections if s.title == "二、")
    nav.sections.set_hit_counts({second.index: 2})
    assert model.index(2, 0).data(Qt.DisplayRole).endswith("(2)")


def test_picking_a_heading_inside_a_section_brings_its_line_to_the_top(open_window, tmp_path, qtbot):
    path = tmp_path / "report_1955.txt"
    path.write_text(REPORT_1955, encoding="utf-8")
    window = open_window(path, size=(900, 600))
    model = window.navigator.model()
    row = _titles(window.navigator).index("（二）关于工业的生产问题")
    heading = model.index(row, 0).data(Qt.UserRole)
    window.navigator.setCurrentIndex(model.index(row, 0))
    qtbot.waitUntil(lambda: window.reader.top_offset() is not None)
    top = window.reader.top_offset()
    assert heading.start <= top <= heading.end


def test_the_navigator_follows_the_reader_through_headings_inside_one_section(open_window, tmp_path, qtbot):
    # （一） stands inside 三、's section: the section under the reader's top does not change, the heading does
    path = tmp_path / "report_1955.txt"
    path.write_text(REPORT_1955, encoding="utf-8")
    window = open_window(path, size=(900, 600))
    nav, model = window.navigator, window.navigator.model()
    titles = _titles(nav)
    nav.setCurrentIndex(model.index(titles.index("三、第一個五年計劃的若幹問題"), 0))
    first = model.index(titles.index("（一）关于工业和运输业的基本建设问题"), 0).data(Qt.UserRole)
    window.reader.scroll_to_offset(first.start)
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.value() + 2)  # as the wheel does: the reader hears a scroll of the user's
    qtbot.waitUntil(lambda: nav.currentIndex().row() == titles.index("（一）关于工业和运输业的基本建设问题"))
    assert nav.current_section_index() == first.section


def test_a_heading_inside_a_section_counts_its_own_search_hits(feature_window, qtbot):
    # 2008: （一） and （二） are paragraphs of 一、's section; 农村 is found twice under （二）
    from desktop.ui.search.controller import SearchController

    window = feature_window
    window.search = SearchController(window.session, window.services)
    window.window.resize(900, 600)
    window.window.show()
    window.open(
        build_article(
            "政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告本届政府过去五年的工作。\n"
            "一、 过去五年工作回顾\n过去五年，是我国改革开放取得重大进展的五年。\n"
            "（一）加强和改善宏观调控，促进经济平稳快速发展\n我们坚持以科学发展观统领经济社会发展全局。\n"
            "（二）大力推进改革开放，注重制度建设和创新\n农村改革不断深化。农村税费改革全面推进。\n"
            "二、2008年主要任务\n今年经济社会发展的主要预期目标是：国内生产总值增长8%左右。\n"
        )
    )
    qtbot.waitUntil(lambda: window.search.index is not None, timeout=WORK_MS)
    window.search.field.insert("农村")
    qtbot.waitUntil(lambda: window.search.result is not None and len(window.search.result.hits) == 2, timeout=REACT_MS)
    model = window.navigator.model()
    shown = {model.index(r, 0).data(Qt.UserRole).title[:5]: model.index(r, 0).data() for r in range(model.rowCount())}
    assert shown["（二）大力"].endswith("(2)")
    assert shown["一、 过去"] == "一、 过去五年工作回顾"  # the hits are under （二）, not before it
    window.search.only_hits.setChecked(True)
    assert _titles(window.navigator) == ["一、 过去五年工作回顾", "（二）大力推进改革开放，注重制度建设和创新"]


def test_hits_only_keeps_the_heading_a_heading_with_hits_stands_under(qtbot):
    # a hit under 二、's （一） only: Hits only lists 二、 too, so （一） is not read as under 一、
    nav = SectionNavigator()
    qtbot.addWidget(nav)
    article = build_article(
        "政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告本届政府过去五年的工作。\n"
        "一、 过去五年工作回顾\n过去五年，是我国改革开放取得重大进展的五年。\n"
        "（一）加强和改善宏观调控，促进经济平稳快速发展\n我们坚持以科学发展观统领经济社会发展全局。\n"
        "二、2008年主要任务\n今年经济社会发展的主要预期目标是：国内生产总值增长8%左右。\n"
        "（一）搞好宏观调控，保持经济平稳较快发展\n要实行稳健的财政政策和从紧的货币政策。\n"
    )
    nav.sections.set_article(article)
    hit = article.text.index("稳健")
    nav.sections.set_hit_counts({article.section_at(hit).index: 1}, [hit])
    nav.proxy.set_only_hits(True)
    assert _titles(nav) == ["二、2008年主要任务", "（一）搞好宏观调控，保持经济平稳较快发展"]
    assert nav.model().index(0, 0).data() == "二、2008年主要任务"  # no count of its own
