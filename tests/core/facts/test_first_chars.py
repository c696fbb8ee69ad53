"""The date pattern's fast reject (first_chars.guarded) finds exactly what the pattern finds."""

import re

import pytest

from desktop.core.facts import dates
from desktop.core.facts.first_chars import guarded
from shared_paths import corpus_path


def test_the_date_pattern_is_guarded_by_the_characters_a_date_can_begin_with():
    assert dates._DATE.pattern.startswith("(?=[") and dates._DATE.pattern.endswith(dates._DATE_PATTERN + ")")
    head = dates._DATE.pattern[: dates._DATE.pattern.index("])")]
    for first in "今去上明本同当全第过近这前后隔翌次昨“‘一二三四五六七八九十两〇○零年":
        assert first in head  # 今年, 第一季度, “八五”时期, 〇: each alternative's first character
    assert "\\d" in head and "，" not in head and "的" not in head


@pytest.mark.parametrize(
    "pattern, text",
    [
        (r"(?<!x)(?:ab|c?d)", "zabxdcdxab d"),  # an optional first item: both c and d can begin
        (r"[^a]b", "ab cb"),  # a negated class: anything can begin, no guard
        (r"(?:x)*", "xxy"),  # may match nothing: no guard
        (r"(?=\d)\d年|年代", "2020年 年代 十年"),  # a look-ahead is zero-width
    ],
)
def test_a_guarded_pattern_finds_what_the_pattern_finds(pattern, text):
    spans = [m.span() for m in re.finditer(pattern, text)]
    assert [m.span() for m in re.finditer(guarded(pattern), text)] == spans


def test_no_guard_where_the_first_character_cannot_be_known():
    assert guarded(r"[^a]b") == r"[^a]b" and guarded(r"(?:x)*") == r"(?:x)*" and guarded(r".年") == r".年"
    assert guarded(r"(?:ab|c?d)").startswith("(?=[acd])")  # not b: it comes second


def test_over_the_work_reports_the_guarded_date_pattern_finds_every_date_the_bare_one_does():
    bare = re.compile(dates._DATE_PATTERN)
    from desktop.core.facts.numerals import fold

    import json

    with open(corpus_path("gov_work_reports", "government_work_reports.jsonl"), encoding="utf-8") as f:
        records = [json.loads(line) for line in f]
    for record in records[:24]:
        text = fold(record["content"])
        expected = [(m.span(), m.groupdict()) for m in bare.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in dates._DATE.finditer(text)] == expected
