"""The library's facts tab follows a build as it goes, as the documents table does."""

from __future__ import annotations

import json

from hang_guards import WORK_MS


def test_the_facts_tab_follows_a_build_as_it_goes(tmp_path, qtbot):
    """Seen in the window over the 72 work reports: the facts tab, open while they were indexed, said
    "692 of 692 facts" beside "13 documents · 2,426 facts" in the status bar, and kept it until the end."""
    from desktop.ui.library.window import LibraryWindow

    src = tmp_path / "many.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": i, "title": f"第{i}篇", "content": f"国防预算增长{i}%。" * 60}, ensure_ascii=False) + "\n"
            for i in range(300)
        ),
        encoding="utf-8",
    )
    window = LibraryWindow(tmp_path / "lib.sqlite", src)
    qtbot.addWidget(window)
    tab = window.facts_tab
    window.tabs.setCurrentWidget(tab)
    window.show()
    seen: list[int] = []  # the facts the tab held each time it was filled while the build ran
    tab.model.modelReset.connect(lambda: seen.append(tab.model.rowCount()) if window.is_building() else None)
    qtbot.waitUntil(window.is_building, timeout=WORK_MS)
    qtbot.waitUntil(lambda: len({n for n in seen if n}) >= 2 or not window.is_building(), timeout=WORK_MS)
    assert len({n for n in seen if n}) >= 2, seen  # filled again as documents were written
    assert tab.count.text().endswith(f"{tab.model.rowCount():,} facts")
    if window.is_building():
        with qtbot.waitSignal(window.buildEnded, timeout=WORK_MS):
            window.cancel.click()
