"""The glossary's names count as known entities in extraction: a name the model misses is found,
becomes the subject of the figures after it, and carries the glossary's English as its alias."""

from __future__ import annotations

from desktop.core.facts import extract_facts
from desktop.core.ingest.builder import build_article
from desktop.core.library.glossary import Terms
from desktop.core.library.records import GlossaryEntry

TERMS = Terms(
    [
        GlossaryEntry("商圈辦", "Business District Office", "organization"),  # Traditional: matches 商圈办 too
        GlossaryEntry("观音桥", "Guanyinqiao", "place"),
    ]
)
TEXT = "商圈办今年投资增长12%，观音桥商圈客流增长8%。"


def _names(facts):
    return [(f.kind, f.text, f.value) for f in facts if f.kind in ("person", "organization", "place")]


def test_a_name_the_model_misses_is_found_and_is_the_subject_of_its_figures():
    article = build_article(TEXT)
    without = extract_facts(article)
    assert "商圈办" not in [f.text for f in without]  # the model's miss this hook is for
    facts = extract_facts(article, known=TERMS.known)
    assert ("organization", "商圈办", "商圈办 (Business District Office)") in _names(facts)
    assert next(f for f in facts if f.text == "12%").subject == "商圈办"


def test_a_longer_name_the_model_found_around_a_known_one_stands():
    facts = extract_facts(build_article(TEXT), known=TERMS.known)
    assert ("place", "观音桥商圈", None) in _names(facts)
    assert not any(f.text == "观音桥" for f in facts)


def test_a_known_name_that_fails_costs_only_itself():
    def broken(text):
        raise RuntimeError("glossary gone")

    losses = []
    facts = extract_facts(build_article(TEXT), known=broken, losses=losses)
    assert [f.text for f in facts if f.kind == "percent"] == ["12%", "8%"]
    assert [loss.stage for loss in losses] == ["known names"]


def test_a_library_finds_the_names_of_its_own_glossary_when_it_indexes(tmp_path, new_library):
    from desktop.core.library import Library, add_source

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    location = new_library()
    with Library(location, create=True) as lib:
        lib.save_glossary(TERMS.entries())
    add_source(location, folder)
    with Library(location) as lib:
        assert ("organization", "商圈办") in [(f.fact.kind, f.fact.text) for f in lib.facts()]


def test_a_known_name_the_model_found_too_keeps_its_title():
    article = build_article("招商专员谢佳在得知部分小微企业融资困难的情况后，多次主动联系银行。")
    before = next(f for f in extract_facts(article) if f.text == "谢佳")
    terms = Terms([GlossaryEntry("谢佳", "Jia Xie", "person")])
    after = next(f for f in extract_facts(article, known=terms.known) if f.text == "谢佳")
    assert before.label and (after.kind, after.label, after.value) == ("person", before.label, "谢佳 (Jia Xie)")
