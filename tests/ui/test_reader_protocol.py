"""Features reach the reader only through its protocol (desktop/ui/services/reader_protocol.py):
each feature is built here against a stub that is nothing but the protocol, and the reader's own
port implements every member of it."""

from __future__ import annotations

import inspect

from desktop.ui.services.reader_protocol import Reader
from hang_guards import WORK_MS


def _members(cls) -> set[str]:
    own = {name for name in vars(cls) if not name.startswith("_")}
    return own | set(getattr(cls, "__annotations__", {}))


def test_the_port_and_the_stub_implement_the_whole_protocol():
    from desktop.ui.reader.port import ReaderPort
    from reader_stub import ReaderStub

    wanted = _members(Reader)
    assert {"rendered", "set_layer", "select_span", "cursor_offset", "sectionChanged"} <= wanted
    for cls in (ReaderPort, ReaderStub):
        assert wanted - set(dir(cls)) == set(), cls.__name__
    for name in wanted & {n for n, v in vars(Reader).items() if inspect.isfunction(v)}:
        assert (
            inspect.signature(getattr(ReaderPort, name)).parameters.keys()
            == inspect.signature(getattr(Reader, name)).parameters.keys()
        ), name


def test_every_feature_builds_against_the_protocol_alone(stub_window, seed_article):
    from desktop.ui.english.controller import TranslationController
    from desktop.ui.facts.controller import FactsController
    from desktop.ui.glossary.controller import GlossController
    from desktop.ui.library.menu import LibraryMenu
    from desktop.ui.script.controller import ScriptController
    from desktop.ui.search.controller import SearchController

    session, services = stub_window.session, stub_window.services
    built = [
        cls(session, services)
        for cls in (
            ScriptController,
            FactsController,
            GlossController,
            TranslationController,
            SearchController,
            LibraryMenu,
        )
    ]
    stub_window.open(seed_article)
    assert all(hasattr(feature, "retranslate") for feature in built)
    assert stub_window.reader.watchers  # the glossary hears the reader's keys through the protocol


def test_facts_mark_the_reader_and_follow_its_clicks_and_sections(qtbot, stub_window, seed_article):
    from desktop.ui.facts.controller import FactsController

    facts = FactsController(stub_window.session, stub_window.services)
    stub_window.open(seed_article)
    qtbot.waitUntil(lambda: bool(facts.facts) and facts.is_idle(), timeout=WORK_MS)
    reader = stub_window.reader
    marked = {(s, e) for s, e, _ in reader.layers["facts"]}
    assert marked and marked <= {(f.start, f.end) for f in facts.facts}
    target = next(f for f in facts.facts if f.text == "7018家")
    reader.offsetClicked.emit(target.start + 1)  # the user clicked inside the mark
    assert facts.panel.selected_facts() == [target]
    assert reader.selection == (target.start, target.end)  # selecting the row selects its span
    facts.panel.section_only.setChecked(True)
    reader.select_section(3)  # the reader says section 3 is current
    assert {f.section_index for f in facts.panel.visible_facts()} == {3}


def test_search_marks_selects_and_counts_through_the_protocol(qtbot, stub_window, seed_article):
    from desktop.ui.search.controller import SearchController

    search = SearchController(stub_window.session, stub_window.services)
    stub_window.open(seed_article)
    qtbot.waitUntil(lambda: search.index is not None, timeout=WORK_MS)
    search.field.setText("观音桥")
    search.run_query()
    reader, hits = stub_window.reader, search.result.hits
    assert len(reader.layers["search"]) == len([h for h in hits if h.via != "english"])
    assert sum(reader.hit_counts.values()) == len([h for h in hits if h.section_index is not None])
    reader.cursor = hits[2].start  # F3 goes to the next hit after the cursor
    search.step(1)
    hit = hits[search.current]
    assert reader.selection == (hit.start, hit.end) and hit.start > hits[1].start
    assert reader.current_section() == hit.section_index
    search.clear()
    assert reader.selection is None and reader.layers["search"] == [] and reader.focused
