"""Sections, paragraphs and sentences: the seed, a real government report, Markdown and HTML."""

from __future__ import annotations

import json

from desktop.core.ingest.builder import build_article, load_pasted, load_path
from desktop.core.ingest.text import normalise

SEED_TITLE = "江北区观音桥商圈管理办公室荣获全国“人民满意的公务员集体”"
SEED_SECTIONS = [
    "",
    "实干如虹 做好惠企兴商的“店小二”",
    "担当如铁 下好服务大局的“先手棋”",
    "初心如磐 筑牢战疫抗疫的“保障线”",
]


def assert_spans_consistent(article):
    text = article.text
    if article.title_span:
        assert text[slice(*article.title_span)] == article.title
    for section in article.sections:
        assert text[section.heading_start : section.heading_end] == section.title
        assert 0 <= section.start <= section.end <= len(text)
        for p in section.paragraphs:
            assert section.start <= p.start < p.end <= section.end
            for s in p.sentences:
                assert p.start <= s.start < s.end <= p.end
                assert text[s.start : s.end].strip() == text[s.start : s.end]
    indexes = [s.index for s in article.sentences]
    assert indexes == list(range(len(indexes)))


def test_seed_has_title_byline_lead_and_three_headed_sections(seed_path):
    article = load_path(seed_path)
    assert article.title == SEED_TITLE
    assert [s.title for s in article.sections] == SEED_SECTIONS
    assert article.byline == "华龙网-新重庆客户端讯(通讯员 吴嘉雯 黄丽丽)"
    assert article.text[slice(*article.byline_span)] == article.byline
    assert_spans_consistent(article)
    # The byline stays part of the lead paragraph: it is text the reader shows.
    assert article.sections[0].paragraphs[0].start == article.byline_span[0]


def test_seed_sentences_split_at_sentence_ends_not_inside_quotes(seed_path):
    article = load_path(seed_path)
    sentences = [article.text[s.start : s.end] for s in article.sentences]
    assert (
        "谢佳说:“我得知某全球品牌有落户意愿后,连续1个月上门服务,企业从递交材料到拿到注册文件仅用6小时。”" in sentences
    )
    assert all(s[-1] in "。！？”…" or s.endswith("“贴心人”。") for s in sentences)


def test_article_lookups_by_offset(seed_path):
    article = load_path(seed_path)
    offset = article.text.index("545.3亿元")
    assert article.section_at(offset).title == SEED_SECTIONS[3]
    sentence = article.sentence_at(offset)
    assert article.text[sentence.start : sentence.end].startswith("2021年,观音桥商圈")
    assert article.section_at(article.title_span[0]) is None


def _report(corpora, year):
    with open(corpora / "gov_work_reports" / "government_work_reports.jsonl", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["year"] == year:
                return record["content"]
    raise AssertionError(f"no {year} report")


def test_2021_government_work_report_follows_its_enumerated_headings(corpora):
    article = build_article(normalise(_report(corpora, "2021")))
    titles = [s.title for s in article.sections]
    assert titles == [
        "",
        "一、2020年工作回顾",
        "二、“十三五”时期发展成就和“十四五”时期主要目标任务",
        "三、2021年重点工作",
    ]
    assert article.title == "政府工作报告"
    # The report breaks lines inside words (交出一份人 / 民满意); they must be joined again.
    assert "交出一份人民满意、世界瞩目" in article.text
    assert "\u200b" not in article.text
    assert_spans_consistent(article)


def test_every_government_report_loads_with_consistent_spans(corpora):
    with open(corpora / "gov_work_reports" / "government_work_reports.jsonl", encoding="utf-8") as fh:
        for line in fh:
            article = build_article(normalise(json.loads(line)["content"]))
            assert article.sentences
            assert_spans_consistent(article)


def test_markdown_headings_become_sections(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "# 观音桥商圈\n\n导语**一段**。\n\n## 第一部分\n\n正文一。\n正文续。\n\n## 第二部分\n\n- 列表项。\n",
        encoding="utf-8",
    )
    article = load_path(path)
    assert article.title == "观音桥商圈"
    assert [s.title for s in article.sections] == ["", "第一部分", "第二部分"]
    assert "导语一段。" in article.text
    assert_spans_consistent(article)


def test_hostile_html_keeps_text_only(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>页面标题</title><script>alert('x')</script><style>p{}</style></head>"
        "<body><h1>观音桥</h1><p>第一段&amp;<b>加粗</b>。<img src='http://evil.example/x.png'></p>"
        "<h2>小标题</h2><p onclick='steal()'>第二段 &lt;script&gt;。</p><iframe src='http://x'>框</iframe></body></html>",
        encoding="utf-8",
    )
    article = load_path(path)
    assert article.title == "观音桥"
    assert [s.title for s in article.sections] == ["", "小标题"]
    assert "alert" not in article.text and "p{}" not in article.text and "框" not in article.text
    assert "第二段 <script>。" in article.text  # an entity is decoded once and stays inert text
    assert_spans_consistent(article)


def test_pasted_plain_text_is_sectioned_like_a_file(seed_path):
    article = load_pasted(seed_path.read_text(encoding="utf-8"))
    assert [s.title for s in article.sections] == SEED_SECTIONS


def test_a_line_that_ends_a_sentence_inside_it_and_stops_mid_sentence_goes_on_in_the_next():
    # the 2017 work report's page break (a line of a zero-width space, dropped) and a link cut out of a web page
    raw = (
        "标题\n\n——经济运行缓中趋稳、稳中向好。国内生产总值达到74.4\n\u200b\n万亿元，增长6.7%，名列世界前茅。\n\n"
        "——基础设施支撑能力持续提升。新建\n高速铁路\n1.9万公里。\n\n短标题\n正文在这里。"
    )
    article = build_article(normalise(raw))
    texts = [article.text[p.start : p.end] for s in article.sections for p in s.paragraphs]
    assert texts[0] == "——经济运行缓中趋稳、稳中向好。国内生产总值达到74.4万亿元，增长6.7%，名列世界前茅。"
    assert texts[1] == "——基础设施支撑能力持续提升。新建高速铁路1.9万公里。"
    assert [s.title for s in article.sections] == ["", "短标题"]  # a short line with no sentence end stays a heading


def test_a_subscript_on_a_line_of_its_own_joins_its_symbol_and_english_words_keep_their_space():
    # the 2014 and 2017 work reports' M<sub>2</sub> and PM<sub>2.5</sub>, as their web pages give them
    raw = (
        "标题\n\n让市场吃了“定心丸”，成为经济稳中向好的关键一招。去年财政赤字控制在预算范围内，广义货币M\n2\n"
        "增长13.6%，符合调控要求。以细颗粒物（PM\n2.5\n）治理为突破口。\n\n"
        "Growth was strong in the year 2019 and the year after that, a long line of English text in\n2020 as well."
    )
    article = build_article(normalise(raw))
    texts = [article.text[p.start : p.end] for s in article.sections for p in s.paragraphs]
    assert texts[0] == (
        "让市场吃了“定心丸”，成为经济稳中向好的关键一招。去年财政赤字控制在预算范围内，广义货币M2增长13.6%，"
        "符合调控要求。以细颗粒物（PM2.5）治理为突破口。"
    )
    assert texts[1].endswith("a long line of English text in 2020 as well.")
