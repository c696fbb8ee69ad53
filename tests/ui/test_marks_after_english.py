"""Search and fact marks stay in the reader when online translation redraws it with English (issue 20)."""

from __future__ import annotations

import pytest

from hang_guards import REACT_MS, WORK_MS


def _painted(reader) -> set[tuple[int, int]]:
    return {(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in reader.extraSelections()}


@pytest.mark.parametrize("picked", ["fact", "hit"])
@pytest.mark.parametrize("mode", ["interleaved", "side_by_side"])
def test_search_and_fact_marks_survive_the_english_arriving(qtbot, tmp_path, online_window, mode, picked):
    """A fact picked (its sentence and figure marked) or a hit gone to with F3, then the English arrives
    and the reader is drawn again: every mark is where it was (the picked ones were erased)."""
    doc = tmp_path / "report.txt"
    doc.write_text(
        "观音桥商圈报告\n\n今年观音桥商圈社零总额达到545.3亿元，同比增长8.6%。商圈内企业超过2万家。\n"
        "观音桥步行街客流量增长12%。\n",
        encoding="utf-8",
    )
    window = online_window
    window.resize(1000, 700)
    window.show()
    window.english.set_mode(mode)
    window.open_path(doc, wait=True)
    qtbot.waitUntil(lambda: bool(window.facts.facts) and window.facts.is_idle() and window.is_idle(), timeout=WORK_MS)
    assert window.english.english_for_sentence(1) is None
    search = window.search
    qtbot.waitUntil(lambda: search.index is not None, timeout=WORK_MS)
    search.field.setText("步行街")
    search.run_query()
    qtbot.waitUntil(lambda: bool(search.result and search.result.hits), timeout=REACT_MS)
    reader = window.reader
    if picked == "fact":
        fact = next(f for f in window.facts.facts if f.text == "545.3亿元")
        window.facts._on_fact_activated(fact)
        layers = ("facts", "search", "current", "sentence")
    else:
        search.step(1)
        hit = search.result.hits[search.current]
        assert reader.layers.spans("current")[0][:2] == (hit.start, hit.end)
        layers = ("facts", "search", "current")
    selected = reader.selected_span()
    assert selected is not None
    before = {name: reader.layers.spans(name) for name in layers}
    assert all(before.values()), before

    def painted_marks() -> dict[str, list[tuple[int, int]]]:
        """Per layer, the article spans painted in the reader now."""
        painted = _painted(reader)
        return {
            name: [
                (a, b)
                for a, b, _ in reader.layers.spans(name)
                if (reader.doc_position(a), reader.doc_position(b)) in painted
            ]
            for name in layers
        }

    shown = painted_marks()
    assert all(shown.values()), shown

    window.english.set_online(True)
    qtbot.waitUntil(lambda: window.english.is_idle() and bool(window.english.english_for_sentence(1)), timeout=WORK_MS)
    qtbot.waitUntil(lambda: window.english.english_for_sentence(1) in reader.toPlainText(), timeout=REACT_MS)

    def kept() -> None:
        for name in layers:
            assert reader.layers.spans(name) == before[name], name
        assert painted_marks() == shown

    qtbot.waitUntil(kept, timeout=REACT_MS)
    assert reader.selected_span() == selected
    if picked == "hit":  # F3 goes on from the hit it went to
        assert (
            search.current >= 0
            and (search.result.hits[search.current].start, search.result.hits[search.current].end) == selected
        )
