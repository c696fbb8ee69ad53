from desktop.core.glossary import Entry, Match


def test_le_keeps_both_readings(glossary):
    readings = {(e.pinyin, e.pinyin_marks) for e in glossary.lookup("了") if e.traditional == "了"}
    assert ("le5", "le") in readings
    assert ("liao3", "liǎo") in readings


def test_shangquan_is_a_business_district(glossary):
    (entry,) = glossary.lookup("商圈")
    assert entry == Entry("商圈", "商圈", "shang1 quan1", "shāng quān", ("commercial district", "business district"))
    assert "business district" in entry.senses


def test_traditional_headword_finds_the_same_entry(glossary):
    (entry,) = glossary.lookup("電腦")
    assert (entry.simplified, entry.pinyin_marks) == ("电脑", "diàn nǎo")
    assert glossary.lookup("电脑") == [entry]


def test_unknown_word_has_no_entries(glossary):
    assert glossary.lookup("社零总额") == []
    assert glossary.lookup("") == []


def test_lookup_at_lists_words_longest_first(glossary):
    text = "观音桥商圈"
    words = [(m.word, m.start, m.end) for m in glossary.lookup_at(text, 0)]
    assert words[0] == ("观音", 0, 2)
    assert words[-1] == ("观", 0, 1)
    at_shang = glossary.lookup_at(text, 3)
    assert [m.word for m in at_shang] == ["商圈", "商"]
    assert at_shang[0].entries[0].pinyin_marks == "shāng quān"


def test_lookup_at_offsets_index_into_the_whole_text(glossary):
    text = "据悉，观音桥商圈2023年销售额增长"
    pos = text.index("商圈")
    best = glossary.lookup_at(text, pos)[0]
    assert isinstance(best, Match)
    assert text[best.start : best.end] == best.word == "商圈"
    assert glossary.lookup_at(text, text.index("销"))[0].word == "销售额"


def test_lookup_at_respects_max_len_and_bounds(glossary):
    assert [m.word for m in glossary.lookup_at("观音桥商圈", 3, max_len=1)] == ["商"]
    assert glossary.lookup_at("商圈", 2) == []
    assert glossary.lookup_at("商圈", -1) == []


def test_lookup_at_ignores_matches_without_han_characters(glossary):
    # CC-CEDICT has entries for "%" and "P"; a popup over them would be noise.
    assert glossary.lookup_at("增长8%", 3) == []
    assert [m.word for m in glossary.lookup_at("一件T恤", 2)] == ["T恤"]


def test_lookup_at_works_in_traditional_text(glossary):
    assert glossary.lookup_at("我的電腦", 2)[0].entries[0].simplified == "电脑"


def test_short_gloss_skips_pointer_senses_and_does_not_guess(glossary):
    assert glossary.short_gloss("商圈") == "commercial district"
    assert glossary.short_gloss("王") != "surname Wang"
    assert glossary.short_gloss("社零总额") is None


def test_word_by_word_covers_the_text(glossary):
    text = "社零总额增长8.5%"
    pieces = glossary.word_by_word(text)
    assert "".join(p for p, _ in pieces) == text
    assert ("总额", glossary.short_gloss("总额")) in pieces
    assert pieces[-1] == ("8.5%", None)


def test_entry_as_text_is_what_copy_gloss_copies(glossary):
    (entry,) = glossary.lookup("电脑")
    assert entry.as_text().startswith("电脑 (電腦) diàn nǎo — computer")
