"""Hand-made facts for the export tests: the seed article's figures at their
real offsets, and hostile facts that try to break every format.

The extractor is built in parallel; these records are what it must produce
for the seed, written by hand from the article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.ingest.builder import load_path
from desktop.core.facts import Fact

ROOT = Path(__file__).resolve().parents[3]
SEED = ROOT / "seeds" / "guanyinqiao-service-award.zh.txt"


@pytest.fixture(scope="session")
def article():
    return load_path(SEED)


def _fact(article, kind, text, value, unit, qualifier, label, english, *, occurrence: int = 0) -> Fact:
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(text, start + 1)
    sentence = article.sentence_at(start)
    section = article.section_at(start)
    return Fact(
        kind,
        text,
        start,
        start + len(text),
        value,
        unit,
        qualifier,
        label,
        article.text[sentence.start : sentence.end],
        section.title,
        english,
        sentence.index,
        section.index,
    )


@pytest.fixture(scope="session")
def seed_facts(article) -> list[Fact]:
    return [
        _fact(article, "money", "545.3亿元", 54530000000, "CNY", None, "社零总额", "total retail sales"),
        _fact(article, "money", "2845.9亿元", 284590000000, "CNY", None, "销售总额", "total sales"),
        _fact(article, "percent", "8.6%", 8.6, "%", None, "社零总额同比增长", "retail sales, year-on-year growth"),
        _fact(article, "quantity", "超50万", 500000, None, ">", "日均人流量", "average daily footfall"),
        _fact(article, "ratio", "1/3", 1 / 3, None, None, "全市增量", "share of the city's increase"),
        _fact(article, "quantity", "10余万字", 100000, "字", "+", "外语文献", "foreign-language literature"),
        _fact(article, "percent", "7%左右", 7, "%", "≈", "商品销售总额", "share of total sales of goods"),
        _fact(article, "money", "2.47亿元", 247000000, "CNY", None, "贷款", "loans"),
        _fact(article, "date", "2021年", "2021", None, None, "", "2021"),
        _fact(article, "person", "谢佳", None, None, None, "招商专员", "Xie Jia"),
    ]


#: Cells that try every escape: markup, entities, quotes, tabs, line breaks
#: (LF, CRLF, U+2028), commas, pipes, backslashes, formula starts, emoji, None.
HOSTILE_TEXT = "<script>alert(\"x\")</script> & 'q'\ttab\nnew, line | pipe \\ back"
HOSTILE = [
    Fact(
        "term",
        HOSTILE_TEXT,
        0,
        len(HOSTILE_TEXT),
        None,
        None,
        None,
        "a|b <i>x</i> &amp;",
        'He said "hi",\r\nthen\tleft & <went> away.',
        'Sec <1> & "2"',
        'Tom & "Jerry"',
    ),
    Fact(
        "quantity",
        '=HYPERLINK("http://example.com","x")',
        0,
        36,
        -5,
        "人",
        None,
        "+SUM(A1:A9)",
        "@cmd|' /C calc'!A0",
        "-section",
        "-2+3",
    ),
    Fact(
        "quantity", "🎉10万人", 0, 6, 100000.0, "人", None, "＝1+1", "line\u2028separated 😀", "emoji 🎉", "😀 people"
    ),
    Fact("percent", "7%至8%", 0, 5, [7, 8], "%", None, "增幅", "growth", "", "growth range"),
    Fact("organization", "", 0, 0, None, None, None, "", "", "", ""),
]


@pytest.fixture
def hostile_facts() -> list[Fact]:
    return list(HOSTILE)
