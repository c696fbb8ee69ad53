"""JSON records, citations, "value only" and English lines."""

from __future__ import annotations

import json

import pytest

from desktop.core.export import FORMATS, clipboard_payload, render
from desktop.core.export.records import read
from desktop.core.facts import FACT_FIELDS

TITLE = "江北区观音桥商圈管理办公室荣获全国“人民满意的公务员集体”"
SECTION = "初心如磐 筑牢战疫抗疫的“保障线”"


def test_json_round_trips_to_the_public_record(seed_facts, hostile_facts):
    facts = seed_facts + hostile_facts
    document = json.loads(render(facts, "json"))
    assert read(document) == [f.as_dict() for f in facts]
    assert all(tuple(r) == FACT_FIELDS for r in document["facts"])


def test_json_holds_each_sentence_and_section_once(seed_facts):
    document = json.loads(render(seed_facts, "json"))
    sentences, sections = document["sentences"], document["sections"]
    assert len(sentences) == len(set(sentences)) == len({f.sentence for f in seed_facts if f.sentence}) > 5
    assert len(sections) == len(set(sections)) == len({f.section for f in seed_facts if f.section}) > 1
    for fact, item in zip(seed_facts, document["facts"]):
        assert sentences[item["sentence"]] == fact.sentence and isinstance(item["sentence"], int)
        assert (item["section"] is None) == (not fact.section)


def test_json_is_readable_utf8_not_escapes(seed_facts):
    text = render(seed_facts, "json")
    assert "545.3亿元" in text and "\\u" not in text


def test_json_wrapper_carries_the_article(seed_facts, article):
    wrapped = json.loads(render(seed_facts, "json", article=article))
    assert wrapped["title"] == TITLE
    assert wrapped["source"].endswith("guanyinqiao-service-award.zh.txt")
    assert wrapped["fields"] == list(FACT_FIELDS)
    assert read(wrapped) == [f.as_dict() for f in seed_facts]
    assert json.loads(render(seed_facts, "json", article_title="T"))["title"] == "T"
    assert json.loads(render([], "json")) == {
        "title": "",
        "source": None,
        "fields": list(FACT_FIELDS),
        "sentences": [],
        "sections": [],
        "facts": [],
    }


def test_json_ignores_the_display_script_so_offsets_stay_true(seed_facts):
    records = json.loads(render(seed_facts, "json", transform=lambda s: "X" * len(s), columns=["value"]))["facts"]
    assert records[0]["text"] == "545.3亿元" and records[0]["value"] == 54530000000


def test_citation_of_the_seed_figure(seed_facts, article):
    expected = (
        f'545.3亿元 (54.53 billion CNY) — 社零总额, 2021 — "2021年,观音桥商圈实现社零总额545.3亿元…" — '
        f"{TITLE}, section {SECTION}"
    )
    assert render(seed_facts[:1], "citation", article_title=TITLE) == expected + "\n"
    assert render(seed_facts[:1], "citation", article=article) == expected + "\n"


def test_citation_quotes_the_whole_sentence_when_the_fact_ends_it(seed_facts):
    line = render(seed_facts[1:2], "citation")
    assert '"2021年,观音桥商圈实现社零总额545.3亿元,实现销售总额2845.9亿元。"' in line
    assert line.startswith("2845.9亿元 (284.59 billion CNY) — 销售总额, 2021 — ")
    assert "section 初心如磐" in line


def test_citation_trims_a_long_lead_in(seed_facts):
    footfall = next(f for f in seed_facts if f.text == "10余万字")
    line = render([footfall], "citation")
    assert '"…翻阅10余万字外语文献…"' in line
    assert line.startswith("10余万字 (100,000+ 字) — 外语文献 — ")


def test_citation_leaves_out_what_is_unknown(seed_facts):
    person = next(f for f in seed_facts if f.kind == "person")
    line = render([person], "citation").rstrip("\n")
    assert line.startswith('谢佳 — 招商专员 — "招商专员谢佳在得知部分小微企业融资困难的情况后…" — section 实干如虹')


def test_prose_formats_give_one_line_per_fact_even_with_line_breaks(hostile_facts, seed_facts):
    facts = seed_facts + hostile_facts
    for fmt in ("citation", "value", "english"):
        text = render(facts, fmt, article_title="T")
        assert text.endswith("\n") and len(text.split("\n")) == len(facts) + 1, fmt
    cited = render(hostile_facts[:1], "citation")
    assert "<script>alert(\"x\")</script> & 'q'\ttab new, line | pipe \\ back" in cited
    assert '"He said "hi", then\tleft & <went> away."' in cited


def test_value_only_is_the_machine_number_or_the_text(seed_facts):
    lines = render(seed_facts, "value").splitlines()
    assert lines[:3] == ["54530000000", "284590000000", "8.6"]
    assert lines[4] == "0.3333333333333333"
    assert lines[-2:] == ["2021", "谢佳"]


def test_english_line_reads_as_english(seed_facts):
    lines = render(seed_facts, "english").splitlines()
    assert lines[0] == "total retail sales, 2021: 54.53 billion CNY"
    assert lines[2] == "retail sales, year-on-year growth: 8.6%"
    assert lines[3] == "average daily footfall: > 500,000"
    assert lines[-1] == "Xie Jia"


def test_prose_formats_follow_the_display_script_except_english(seed_facts):
    def trad(s):
        return s.replace("亿", "億").replace("观音桥", "觀音橋").replace("总额", "總額")

    line = render(seed_facts[:1], "citation", transform=trad, article_title="观音桥")
    assert line.startswith('545.3億元 (54.53 billion CNY) — 社零總額, 2021 — "2021年,觀音橋商圈')
    assert line.rstrip().endswith("— 觀音橋, section 初心如磐 筑牢战疫抗疫的“保障线”")
    assert render(seed_facts[-1:], "value", transform=lambda s: "T" + s) == "T谢佳\n"
    assert render(seed_facts[:1], "value", transform=lambda s: "T" + s) == "54530000000\n"


def test_every_format_renders_and_describes_itself(seed_facts, hostile_facts):
    for key, fmt in FORMATS.items():
        assert render(seed_facts + hostile_facts, key, article_title="T")
        assert fmt.suffix.startswith(".") and "/" in fmt.mime and "/" in fmt.clipboard_mime
    exportable = {k for k, f in FORMATS.items() if f.file_export}
    assert {"csv", "json", "markdown", "html"} <= exportable
    assert FORMATS["csv"].file_filter == "CSV (*.csv)"
    assert FORMATS["json"].clipboard_mime == "application/json"


def test_clipboard_payload_has_a_table_for_every_consumer(seed_facts):
    payload = clipboard_payload(seed_facts, columns=["text", "value"])
    assert payload["text/plain"].startswith("Fact\tValue\r\n545.3亿元\t54530000000\r\n")
    assert "<td style=\"mso-number-format:'\\@'\">545.3亿元</td>" in payload["text/html"]
    assert json.loads(payload["application/json"])["facts"][0]["value"] == 54530000000


def test_bad_format_or_option_is_a_clear_error(seed_facts):
    with pytest.raises(ValueError, match="unknown export format 'xlsx'"):
        render(seed_facts, "xlsx")
    with pytest.raises(TypeError, match="wrap"):
        render(seed_facts, "csv", wrap=True)
