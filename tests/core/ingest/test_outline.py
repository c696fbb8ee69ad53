"""A plain text's outline (the navigator's reading of its headings), beside sections that stay the facts'
reading: real lines of the work reports."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.ingest.builder import build_article
from desktop.core.ingest.text import normalise

#: Wikisource's notice under the 1958 report, as the corpus has it (blank lines shortened)
LICENCE = (
    "\n\n本作品是中华人民共和国的\n法律\n、\n法规\n，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，"
    "及其官方正式译文。根据《\n中华人民共和国著作权法\n》第五条第一项，本作品不适用于该法，在\n中国大陆\n，也可能在其他管辖区，"
    "属于\n公有领域\n。\n\n\n注：中文维基文库社群认为，中华人民共和国公务演讲，\n不总是\n具有立法、行政、司法性质的文件。"
    "\n\n\nPublic domain\nPublic domain\nfalse\nfalse"
)


def outline(article) -> list[tuple[int, str]]:
    return [(h.level, h.title) for h in article.outline if h.title]


def test_the_1958_report_nests_its_headings_and_keeps_its_sections():
    # 第一、…第五、 under （三）…的安排, （四） back at the top; the 41-character （五） is a heading of the outline;
    # Wikisource's licence notice is none. The sections stay as they were: flat, the notice's lines included.
    text = (
        "1958年中华人民共和国国务院政府工作报告\n各位代表：\n我代表国务院提出关于一九五八年度国民经济计划（草案）的报告。\n"
        "（一）一九五七年经济战线上的胜利\n一九五七年是我国在各个战线上取得伟大胜利的一年。\n"
        "先说工业战线上的情况\n一九五七年国民经济各部门基本建设总投资额完成了一百二十三亿七千万元。\n"
        "（三）一九五八年国民经济各部门发展计划的安排\n计划草案对国民经济各部门发展的安排，主要如下。\n"
        "第一、关于基本建设\n在投资的分配上，增加了农业部门的投资。\n"
        "第二、关于工业生产\n钢产量拟定为六百二十四万八千吨。\n"
        "（四）厉行节约，反对浪费\n节约了三百亿元。\n"
        "\n（五）充分依靠和发挥群众的积极性和创造性，完成和超额完成一九五八年度的国民经济计划\n\n"  # blank lines as there
        "一九五八年度的国民经济计划经过大会讨论通过以后，就要付诸实施。\n" + LICENCE
    )
    article = build_article(normalise(text))
    assert outline(article) == [
        (1, "（一）一九五七年经济战线上的胜利"),
        (2, "先说工业战线上的情况"),
        (1, "（三）一九五八年国民经济各部门发展计划的安排"),
        (2, "第一、关于基本建设"),
        (2, "第二、关于工业生产"),
        (1, "（四）厉行节约，反对浪费"),
        (1, "（五）充分依靠和发挥群众的积极性和创造性，完成和超额完成一九五八年度的国民经济计划"),
    ]
    assert article.outline[0].title == "" and article.outline[0].section == 0  # the lead
    titles = [s.title for s in article.sections if s.title]
    assert titles[-4:] == ["本作品是中华人民共和国的法律", "法规", "不总是", "Public domain Public domain"]
    assert {s.level for s in article.sections} == {1}
    fifth = article.outline[-1]
    assert article.text[fifth.start : fifth.end] == fifth.title
    assert article.sections[fifth.section].title == "（四）厉行节约，反对浪费"  # a paragraph of （四） to the facts


def test_the_2000s_reports_bracketed_lines_are_headings_of_the_outline_only():
    # 2008: （一） on a line of its own stands under 一、; a bracketed line that holds a sentence opens a paragraph
    text = (
        "政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告本届政府过去五年的工作。\n"
        "一、 过去五年工作回顾\n过去五年，是我国改革开放和全面建设小康社会取得重大进展的五年。\n"
        "（一）加强和改善宏观调控，促进经济平稳快速发展\n我们坚持以科学发展观统领经济社会发展全局。\n"
        "（二）坚持扩大内需。五年来国内需求不断扩大\n"
        "二、2008年主要任务\n今年经济社会发展的主要预期目标是：国内生产总值增长8%左右。\n"
        "（一）搞好宏观调控，保持经济平稳较快发展\n要实行稳健的财政政策和从紧的货币政策。\n"
    )
    article = build_article(normalise(text))
    assert outline(article) == [
        (1, "一、 过去五年工作回顾"),
        (2, "（一）加强和改善宏观调控，促进经济平稳快速发展"),
        (1, "二、2008年主要任务"),
        (2, "（一）搞好宏观调控，保持经济平稳较快发展"),
    ]
    assert [s.title for s in article.sections] == ["", "一、 过去五年工作回顾", "二、2008年主要任务"]
    assert [h.section for h in article.outline] == [0, 1, 1, 2, 2]


def test_a_list_items_bare_number_is_no_heading_of_the_outline_but_a_parts_numeral_is():
    # 1955: 一、 … 四、 on lines of their own number the items under （一）; 1960: 一 … 二 number its parts
    report_1955 = (
        "各位代表：\n我现在代表国务院向本次大会作关于第一个五年计划的报告。\n"
        "一、国家在过渡时期的总任务\n我国人民的总任务是建设社会主义社会。\n"
        "三、第一個五年計劃的若幹問題\n现在说几个问题。\n（一）关于工业和运输业的基本建设问题\n"
        "第一，基本建设规模的大小问题。\n一、\n我国人民已经推翻了帝国主义者在中国的统治。\n"
        "二、\n我国人民推翻了封建主义。\n（二）关于工业的生产问题\n增产和节约工业原料。\n"
        "四、为完成和超额完成第一个五年计划而奋斗\n让我们团结起来。\n"
    )
    article = build_article(normalise(report_1955))
    assert outline(article) == [
        (1, "一、国家在过渡时期的总任务"),
        (1, "三、第一個五年計劃的若幹問題"),
        (2, "（一）关于工业和运输业的基本建设问题"),
        (2, "（二）关于工业的生产问题"),
        (1, "四、为完成和超额完成第一个五年计划而奋斗"),
    ]
    assert "一、" in [s.title for s in article.sections]  # the facts' sections keep it
    report_1960 = "各位代表：\n我代表国务院作报告。\n一\n一九五六年到一九六七年全国农业发展纲要已经公布。\n二\n两年来农业大跃进。\n"
    assert outline(build_article(normalise(report_1960))) == [(1, "一"), (1, "二")]


def test_markdown_and_html_outlines_are_their_sections():
    # the marks are the document's word: （一） at ## stays beside 一、 at ## (no numbering stack there)
    md = build_article(
        "# 报告\n\n导语。\n\n## 一、回顾\n\n正文。\n\n### （一）宏观调控\n\n正文。\n\n## （二）改革\n\n正文。\n",
        "markdown",
    )
    assert outline(md) == [(1, "一、回顾"), (2, "（一）宏观调控"), (1, "（二）改革")]
    assert outline(md) == [(s.level, s.title) for s in md.sections if s.title]
    html = build_article(
        "<html><body><h1>报告</h1><p>导语。</p><h2>（一）回顾</h2><p>正文。</p><h3>第一、基本建设</h3><p>正文。</p>"
        "<h2>第二、工业</h2><p>正文。</p></body></html>",
        "html",
    )
    assert outline(html) == [(1, "（一）回顾"), (2, "第一、基本建设"), (1, "第二、工业")]


def test_every_work_reports_outline_points_into_its_text(corpora):
    with open(corpora / "gov_work_reports" / "government_work_reports.jsonl", encoding="utf-8") as fh:
        for line in fh:
            article = build_article(normalise(json.loads(line)["content"]))
            starts = [h.start for h in article.outline]
            assert starts == sorted(starts)
            for h in article.outline:
                assert article.text[h.start : h.end] == h.title
                section = article.sections[h.section]
                assert section.start <= h.start <= section.end
                assert not h.title.startswith("本作品是")


def test_the_facts_never_read_the_outline():
    # the outline is the navigator's; the facts' headings are Article.sections (test_fact_sections.py)
    facts = Path(__file__).resolve().parents[3] / "desktop" / "core" / "facts"
    readers = [p.name for p in facts.rglob("*.py") if "outline" in p.read_text(encoding="utf-8")]
    assert readers == []


def test_an_npc_resolutions_licence_notice_is_no_heading():
    # Its notice opens 本作品来自 (not 本作品是) and its sentence holds 本作品 again; Public domain / false were the
    # navigator's one row, so the resolution's outline is its lead alone.
    text = normalise(
        "第十四届全国人民代表大会第三次会议关于政府工作报告的决议\n\n第十四届全国人民代表大会第三次会议听取和审议了"
        "国务院总理李强所作的\n政府工作报告\n。会议充分肯定国务院过去一年的工作。\n\n本作品来自\n中华人民共和国\n"
        "全国人民代表大会及其常务委员会的决定、决议。依据《\n中华人民共和国著作权法\n》第五条，本作品不适用于该法，"
        "所以属于\n公有领域\n。\n本模板所指的决定包括由中华人民共和国主席令公布的修改或废止法律的决定。"
        "\n\n\nPublic domain\nPublic domain\nfalse\nfalse"
    )
    article = build_article(text)
    assert "Public domain Public domain" in [s.title for s in article.sections]  # the facts' reading keeps it
    assert [(h.title, h.section) for h in article.outline] == [("", 0)]


def test_a_closing_heading_stands_at_the_top_after_a_nested_list():
    # 1985: 结束语 after （二） / 第五、 was listed under 第五、 (level 3)
    text = normalise(
        "1985年政府工作报告\n各位代表：\n现在，我代表国务院向大会报告工作。\n（一）关于经济形势\n去年经济增长很快。\n"
        "（二）关于经济体制改革\n改革要稳步前进。\n第一、必须坚持实事求是、稳步前进的方针\n要防止盲目追求速度。\n"
        "第五、必须继续纠正各种不正之风，排除对改革的干扰\n要纠正不正之风。\n结束语\n让我们团结起来。\n"
    )
    assert outline(build_article(text)) == [
        (1, "（一）关于经济形势"),
        (1, "（二）关于经济体制改革"),
        (2, "第一、必须坚持实事求是、稳步前进的方针"),
        (2, "第五、必须继续纠正各种不正之风，排除对改革的干扰"),
        (1, "结束语"),
    ]
