"""The word under the pointer and the reading its sentence gives it (real CC-CEDICT)."""

from __future__ import annotations

from desktop.core.glossary.context import in_context


def test_the_second_character_of_a_word_finds_the_whole_word(glossary):
    text = "观音桥商圈很热闹。"
    quan = text.index("圈")
    starting_there = glossary.lookup_at(text, quan)
    assert starting_there[0].word == "圈"  # what hovering used to show
    covering = glossary.lookup_covering(text, quan)
    assert covering[0].word == "商圈" and (covering[0].start, covering[0].end) == (3, 5)
    assert "圈" in [m.word for m in covering]


def test_readings_follow_the_sentence_and_surnames_go_last(glossary):
    text = "观音桥商圈很热闹，我们应该去。"
    quan = [m for m in glossary.lookup_covering(text, text.index("圈")) if m.word == "圈"]
    assert quan[0].entries[0].pinyin != "quan1"  # CC-CEDICT's own order starts elsewhere (juan4 / juan1)
    [ordered] = in_context(quan, text, 0, len(text))
    assert ordered.entries[0].pinyin == "quan1"
    ying = [m for m in glossary.lookup_at(text, text.index("应")) if m.word == "应"]
    assert any(e.pinyin[:1].isupper() or e.senses[0].startswith("surname") for e in ying[0].entries)
    assert ying[0].entries[0].pinyin != "ying1"  # CC-CEDICT's order does not start with 应该's reading
    [ordered] = in_context(ying, text, 0, len(text))
    assert ordered.entries[0].pinyin == "ying1" and not ordered.entries[0].senses[0].startswith("surname")
    assert ordered.entries[-1].senses[0].startswith("surname") or ordered.entries[-1].pinyin[:1].isupper()
