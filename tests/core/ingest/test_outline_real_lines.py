"""Outline headings on real lines of the work reports: a numbering that nests under itself (1986), list items
that end as list items (1981), a heading a Wikisource link broke (2006) and pieces of sentences (1954, 1985).
The sections stay the facts' reading: none of these changes them."""

from __future__ import annotations

from desktop.core.ingest.builder import build_article
from desktop.core.ingest.heading_levels import heading_levels, heading_number
from desktop.core.ingest.text import normalise


def outline(text: str) -> list[tuple[int, str]]:
    return [(h.level, h.title) for h in build_article(normalise(text)).outline if h.title]


def test_a_numbering_nests_under_itself_when_the_outer_list_goes_on_after_it():
    # 1986: 二、's items are 一、 to 五、, then 三、 goes on at the top; 1988: 一、 to 五、 then 一、 to 十、, no 六、
    nested = [
        "一、回顾",
        "二、基本任务",
        "一、增长率",
        "二、投资",
        "三、科技",
        "三、体制改革",
        "一、认识",
        "二、转换",
        "四、外交",
    ]
    assert heading_levels(nested) == [1, 1, 2, 2, 2, 1, 2, 2, 1]
    siblings = ["一、甲", "二、乙", "三、丙", "一、子", "二、丑", "三、寅", "四、卯"]
    assert heading_levels(siblings) == [1] * 7
    assert [heading_number(h) for h in ("三、甲", "十二、乙", "（二十）丙", "第四、丁", "12. 戊", "结束语")] == [
        3,
        12,
        20,
        4,
        12,
        None,
    ]


def test_the_1986_report_lists_its_tasks_under_their_parts():
    text = (
        "各位代表：\n现在，我代表国务院，向大会作报告。\n"
        "一、“六五”计划执行情况的回顾\n经五届人大五次会议批准的第六个五年计划顺利完成。\n"
        "二、“七五”时期的基本任务和主要建设方针\n“七五”计划的基本任务是继续改革。\n"
        "一、确定适度的经济增长率，促进国民经济按比例、高效益地向前发展\n增长速度要适度。\n"
        "二、规定恰当的投资规模，合理调整投资结构，努力提高投资效益\n投资规模要恰当。\n"
        "三、坚持把科技进步和智力开发放在重要的战略地位，更好地发展科学、教育事业\n科技要进步。\n"
        "四、以增强出口创汇能力为中心，推动对外经济贸易和技术交流进一步向纵深发展\n出口要增加。\n"
        "五、按照兼顾生产建设和生活消费的原则，恰当地确定提高人民生活水平的幅度\n生活要改善。\n"
        "三、“七五”时期的经济体制改革\n改革要继续深入。\n"
        "一、充分认识经济体制改革必须适应发展社会主义商品经济的要求\n商品经济要发展。\n"
        "四、坚持独立自主的和平外交政策\n我们坚持和平外交。\n"
    )
    assert [level for level, _ in outline(text)] == [1, 1, 2, 2, 2, 2, 2, 1, 2, 1]


def test_list_items_and_pieces_of_sentences_are_no_headings_and_a_broken_heading_is_whole():
    text = (
        "各位代表：\n我們第一届全國人民代表大會第一次會議，在聽了劉少奇同志\n關於憲法草案的報告\n"
        "並進行了三天的討論以後，已經光榮地完成了一件歷史性的工作。\n"
        "我國同偉大的和平堡壘蘇聯已經締結了\n友好同盟互助條約\n。蘇聯根據友好互助的精神，交還了中國長春鐵路。\n"
        "四、有重点有步骤地进行技术改造，充分发挥现有企业的作用\n技术改造要有重点。主要是：\n"
        "一、节约能源，节约原材料，降低消耗，降低生产成本；\n\n"
        "二、改革产品结构，使产品升级换代，提高性能和质量，满足国内外市场的需要；\n\n"
        "五、分批进行企业的全面整顿和必要改组\n企业整顿要分批进行。\n"
        "三、关于《\n国民经济和社会发展第十一个五年规划纲要（草案）\n》的说明\n下面，我就几个问题作简要说明。\n"
        "（一）“十一五”规划《\n纲要（草案）\n》的编制过程和主要特点\n党中央、国务院对制定“十一五”规划工作高度重视。\n"
    )
    article = build_article(normalise(text))
    titles = [t.replace("\n", "") for _, t in outline(text)]
    assert titles == [
        "四、有重点有步骤地进行技术改造，充分发挥现有企业的作用",
        "五、分批进行企业的全面整顿和必要改组",
        "三、关于《国民经济和社会发展第十一个五年规划纲要（草案）》的说明",
        "（一）“十一五”规划《纲要（草案）》的编制过程和主要特点",
    ]
    broken = next(h for h in article.outline if h.title.startswith("三、关于"))
    assert article.text[broken.start : broken.end] == broken.title
    # the facts' sections are read as before: the pieces and the items are still their headings
    sections = [s.title for s in article.sections if s.title]
    assert "三、关于《" in sections and any(t.endswith("降低生产成本；") for t in sections)


def test_a_space_between_two_phrases_is_a_headings_own():
    # the bundled article's headings: two phrases and a space, no clause, nothing left open
    text = (
        "华龙网讯\n观音桥商圈办获评先进集体。\n"
        "实干如虹 做好惠企兴商的“店小二”\n商圈办全力服务企业。\n"
        "担当如铁 下好服务大局的“先手棋”\n商圈办服务大局。\n"
    )
    assert [t for _, t in outline(text)] == ["实干如虹 做好惠企兴商的“店小二”", "担当如铁 下好服务大局的“先手棋”"]
