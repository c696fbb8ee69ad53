"""The team's glossary: kept in a library of either store (or a personal file), matched script-blind,
applied to English, and read from and written to CSV and TBX files — hostile ones refused with a sentence."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

import pytest

from desktop.core.library import Library
from desktop.core.library.glossary import (
    GlossaryInputError,
    Terms,
    checked_entry,
    open_glossary,
    personal_glossary_path,
)
from desktop.core.library.glossary_files import (
    MAX_BYTES,
    TBX_NAMESPACE,
    read_csv,
    read_glossary_file,
    read_tbx,
    write_csv,
    write_glossary_file,
    write_tbx,
)
from desktop.core.library.records import GlossaryEntry

BRAD = GlossaryEntry("李睿德", "Brad Little", "person")
OFFICE = GlossaryEntry("商圈辦", "Business District Office", "organization")


def test_a_library_keeps_one_entry_per_term_whatever_its_script(new_library):
    location = new_library()
    lib = Library(location, create=True)
    try:
        lib.save_glossary([BRAD, OFFICE])
        # The Simplified spelling of a Traditional term is the same entry: it replaces the English.
        lib.save_glossary([GlossaryEntry("商圈办", "Business Circle Office", "organization")])
        entries = {e.term: e for e in lib.glossary()}
        assert set(entries) == {"李睿德", "商圈办"}
        assert entries["商圈办"].english == "Business Circle Office"
        assert entries["李睿德"].kind == "person" and entries["李睿德"].updated_at > 0
        lib.remove_glossary(["商圈辦"])  # removed by the other script's spelling
        assert [e.term for e in lib.glossary()] == ["李睿德"]
    finally:
        lib.close()
    # A second connection (a colleague) sees it.
    with Library(location) as again:
        assert [(e.term, e.english) for e in again.glossary()] == [("李睿德", "Brad Little")]


def test_without_a_library_the_personal_glossary_is_a_file_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("FACT_BROWSER_DATA_DIR", str(tmp_path / "data"))
    assert personal_glossary_path() == tmp_path / "data" / "glossary.sqlite"
    lib = open_glossary(None)
    try:
        lib.save_glossary([BRAD])
    finally:
        lib.close()
    assert personal_glossary_path().is_file()
    with open_glossary(None) as again:
        assert [e.term for e in again.glossary()] == ["李睿德"]
        assert again.count() == 0  # a library of its own, holding no documents


@pytest.mark.parametrize(
    "term, english, kind, why",
    [
        ("", "x", "", "needs a term"),
        ("李睿德", "  ", "", "needs its English"),
        ("李" * 65, "x", "", "at most 64"),
        ("李睿德", "x", "robot", "is not a kind"),
    ],
)
def test_a_bad_entry_is_refused_with_a_sentence(term, english, kind, why):
    with pytest.raises(GlossaryInputError, match=why):
        checked_entry(term, english, kind)


def test_terms_are_found_script_blind_longest_first_without_overlap():
    terms = Terms([BRAD, OFFICE, GlossaryEntry("商圈", "business district")])
    text = "重慶商圈辦主任李睿德說，商圈很熱鬧。"
    found = [(text[s:e], entry.english) for s, e, entry in terms.find(text)]
    assert found == [("商圈辦", "Business District Office"), ("李睿德", "Brad Little"), ("商圈", "business district")]
    assert terms.get("商圈办") == OFFICE
    s, e, entry = terms.covering(text, text.index("辦"))
    assert (text[s:e], entry) == ("商圈辦", OFFICE)
    assert terms.covering(text, text.index("主")) is None
    assert not Terms() and Terms().find(text) == []


@pytest.mark.parametrize(
    "english",
    [
        "Li Ruide said the economy grew 5%.",
        "LI Ruide said the economy grew 5%.",
        "Lǐ Ruìdé said the economy grew 5%.",
        "Li Rui-de said the economy grew 5%.",
        "Ruide Li said the economy grew 5%.",
        "李睿德 said the economy grew 5%.",
    ],
)
def test_a_providers_rendering_of_a_name_is_replaced_by_the_glossarys(english):
    terms = Terms([BRAD])
    assert terms.apply("李睿德说经济增长了5%。", english) == "Brad Little said the economy grew 5%."


def test_english_is_left_alone_where_the_sentence_has_no_glossary_term():
    terms = Terms([BRAD])
    assert terms.apply("李明说经济增长了。", "Li Ming said Li Ruide was right.") == "Li Ming said Li Ruide was right."
    # A syllable inside a longer word is not the name.
    assert terms.apply("李睿德说。", "Delirium, Brad Little said.") == "Delirium, Brad Little said."


def test_csv_round_trip_keeps_every_field_and_guards_formulas():
    entries = [BRAD, OFFICE, GlossaryEntry("减税", "=tax cuts", "term", 'says "cut", not reduce')]
    text = write_csv(entries)
    assert text.splitlines()[0] == "term,english,kind,note"
    assert "'=tax cuts" in text  # a spreadsheet shows it as text, never runs it
    back, problems = read_csv(text.encode("utf-8-sig"))
    assert problems == []
    assert [(e.term, e.english, e.kind, e.note) for e in back] == [(e.term, e.english, e.kind, e.note) for e in entries]


def test_csv_rows_that_are_not_entries_are_skipped_and_said():
    data = "李睿德,Brad Little,person\n,no term\n商圈办,,\n台积电,TSMC,company\n习近平,Xi Jinping\n".encode()
    entries, problems = read_csv(data)
    assert [e.term for e in entries] == ["李睿德", "习近平"]
    assert [p.split(":")[0] for p in problems] == ["line 2", "line 3", "line 4"]


def test_a_csv_that_is_not_utf8_is_refused_with_a_sentence():
    with pytest.raises(GlossaryInputError, match="not UTF-8 text.*CSV UTF-8"):
        read_csv("李睿德,Brad Little\n".encode("gb18030"))


def test_tbx_is_tbx_basic_xml_a_parser_reads_and_round_trips():
    entries = [BRAD, OFFICE, GlossaryEntry("减税 & 降费", "tax <and> fee cuts", "term", "a note")]
    text = write_tbx(entries)
    root = ET.fromstring(text.encode("utf-8"))
    ns = {"t": TBX_NAMESPACE}
    assert root.tag == f"{{{TBX_NAMESPACE}}}tbx" and root.get("type") == "TBX-Basic" and root.get("style") == "dca"
    assert root.find("t:tbxHeader/t:fileDesc/t:sourceDesc/t:p", ns) is not None
    concepts = root.findall("t:text/t:body/t:conceptEntry", ns)
    assert len(concepts) == 3
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    first = {s.get(lang): s.find("t:termSec/t:term", ns).text for s in concepts[0].findall("t:langSec", ns)}
    assert first == {"zh": "李睿德", "en": "Brad Little"}
    assert concepts[2].find("t:descrip[@type='subjectField']", ns).text == "term"
    back, problems = read_tbx(text.encode("utf-8"))
    assert problems == []
    assert [(e.term, e.english, e.kind, e.note) for e in back] == [(e.term, e.english, e.kind, e.note) for e in entries]


def test_an_older_martif_tbx_is_read_too():
    data = """<?xml version="1.0"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="1"><langSet xml:lang="zh-CN"><tig><term>李睿德</term></tig></langSet>
<langSet xml:lang="en-US"><tig><term>Brad Little</term></tig></langSet></termEntry>
</body></text></martif>""".encode()
    entries, problems = read_tbx(data)
    assert [(e.term, e.english) for e in entries] == [("李睿德", "Brad Little")] and problems == []


def test_an_xml_bomb_is_refused_before_it_expands():
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
        + "]><tbx><text><body><conceptEntry><langSec xml:lang='zh'><termSec><term>&j;</term></termSec>"
        "</langSec></conceptEntry></body></text></tbx>"
    )
    with pytest.raises(GlossaryInputError, match="declares XML entities"):
        read_tbx(bomb.encode())


def test_an_external_entity_is_never_read(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE tbx [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        "<tbx><text><body><conceptEntry><langSec xml:lang='zh'><termSec><term>李&x;</term></termSec></langSec>"
        "<langSec xml:lang='en'><termSec><term>&x;</term></termSec></langSec></conceptEntry></body></text></tbx>"
    )
    with pytest.raises(GlossaryInputError) as err:
        read_tbx(xxe.encode())
    assert "TOP-SECRET" not in str(err.value)
    # Without a declaration, a reference is an error of the file, said in a sentence.
    with pytest.raises(GlossaryInputError, match="not a TBX file .* line 1"):
        read_tbx(b"<tbx><text><body>&x;</body></text></tbx>")


def test_files_that_are_too_large_broken_or_of_another_kind_are_refused(tmp_path):
    big = tmp_path / "big.csv"
    with open(big, "wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(GlossaryInputError, match="too large"):
        read_glossary_file(big)
    broken = tmp_path / "broken.tbx"
    broken.write_text("<tbx><text><body><conceptEntry>")
    with pytest.raises(GlossaryInputError, match="not a TBX file"):
        read_glossary_file(broken)
    other = tmp_path / "other.xml"
    other.write_text("<html><body>hello</body></html>")
    with pytest.raises(GlossaryInputError, match="not a TBX glossary"):
        read_glossary_file(other)
    with pytest.raises(GlossaryInputError, match="neither a .csv nor a .tbx"):
        read_glossary_file(tmp_path / "glossary.docx")
    with pytest.raises(GlossaryInputError, match="cannot be read"):
        read_glossary_file(tmp_path / "missing.csv")
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(GlossaryInputError, match="not a file that can be imported"):
        read_glossary_file(fifo)  # refused without opening it (opening would wait for a writer)


def test_a_glossary_file_is_written_whole(tmp_path):
    for name in ("g.csv", "g.tbx"):
        write_glossary_file(tmp_path / name, [BRAD, OFFICE])
        entries, _ = read_glossary_file(tmp_path / name)
        assert [e.english for e in entries] == ["Brad Little", "Business District Office"]
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize(
    "term, kind, source, english, expected",
    [
        ("江北区", "place", "江北区今年", "Jiangbei District this year", "Kongpak District this year"),
        ("商圈办", "organization", "商圈办说", "The Shangquan Office said", "The BDO said"),
        ("商圈办", "organization", "商圈办说", "The Shangquanban said", "The BDO said"),
        # Translated words alone are not the name: nothing is replaced.
        (
            "商圈办",
            "organization",
            "商圈办说",
            "The business district office said",
            "The business district office said",
        ),
        # The name without its generic word is left alone (it may be a shorter name of something else).
        ("江北区", "place", "江北区今年", "Jiangbei this year", "Jiangbei this year"),
    ],
)
def test_a_place_or_organisation_in_pinyin_with_its_generic_word_translated_is_replaced(
    term, kind, source, english, expected
):
    glossary = {"江北区": "Kongpak District", "商圈办": "BDO"}
    assert Terms([GlossaryEntry(term, glossary[term], kind)]).apply(source, english) == expected
