import pytest

from desktop.core.glossary import numbered_to_marks, sentence_pinyin, toneless_pinyin


@pytest.mark.parametrize(
    ("numbered", "marked"),
    [
        ("shang1 quan1", "shāng quān"),
        ("lu:4", "lǜ"),  # CC-CEDICT spells ü as u:
        ("lv4", "lǜ"),  # and keyboards as v
        ("nu:3 er2", "nǚ ér"),
        ("lu:e4", "lüè"),  # a/e rule beats the last vowel
        ("Lu:3", "Lǚ"),
        ("hao3", "hǎo"),  # a takes the mark
        ("xie4", "xiè"),  # e takes the mark
        ("gou3", "gǒu"),  # in ou the o does
        ("liu2", "liú"),  # otherwise the last vowel
        ("gui4", "guì"),
        ("le5", "le"),  # neutral tone: no mark, no digit
        ("yi1 dian3 r5", "yī diǎn r"),  # erhua
        ("Zhong1 guo2", "Zhōng guó"),  # capitals survive
        ("A1 Q", "Ā Q"),  # a Latin letter token is not a syllable
        ("E4 guo2", "È guó"),
        ("Ou1 zhou1", "Ōu zhōu"),
        ("V ling3", "V lǐng"),  # bare V is the letter, not ü
        ("ng2", "ńg"),
        ("m2", "ḿ"),
        ("yi1 ge4 , liang3 ge4", "yī gè , liǎng gè"),
    ],
)
def test_numbered_to_marks(numbered, marked):
    assert numbered_to_marks(numbered) == marked


def test_sentence_pinyin_pairs_each_han_character_and_rebuilds_the_text():
    text = "GDP增长8%，商圈"
    pairs = sentence_pinyin(text)
    assert "".join(piece for piece, _ in pairs) == text
    assert pairs == [
        ("GDP", ""),
        ("增", "zēng"),
        ("长", "zhǎng"),  # read in context: 增长, not cháng
        ("8%，", ""),
        ("商", "shāng"),
        ("圈", "quān"),
    ]


def test_toneless_pinyin_is_what_people_type():
    assert toneless_pinyin("商") == "shang"
    assert toneless_pinyin("绿") == "lv"
    assert toneless_pinyin("A") == ""


def test_every_cedict_syllable_gets_exactly_its_one_tone_mark(glossary):
    import re
    import sqlite3
    import unicodedata

    marks = {"1": "\u0304", "2": "\u0301", "3": "\u030c", "4": "\u0300", "5": ""}
    with sqlite3.connect(glossary.index_path) as con:
        syllables = {s for (p,) in con.execute("SELECT DISTINCT pinyin FROM entry") for s in p.split(" ")}
    checked = 0
    for syllable in syllables:
        m = re.fullmatch(r"([A-Za-z:]+)([1-5])", syllable)
        if not m:
            continue
        decomposed = unicodedata.normalize("NFD", numbered_to_marks(syllable))
        tone_marks = [c for c in decomposed if c in "\u0304\u0301\u030c\u0300"]
        assert tone_marks == ([marks[m.group(2)]] if marks[m.group(2)] else []), syllable
        letters = "".join(c for c in decomposed if c not in "\u0304\u0301\u030c\u0300")
        assert unicodedata.normalize("NFC", letters) == m.group(1).replace("u:", "ü").replace("U:", "Ü"), syllable
        checked += 1
    assert checked > 1000
