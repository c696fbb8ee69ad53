"""A narrow facts panel (800×600) loses no column: the current fact's Period and Stance, hidden by the width,
show on a line under the table, which follows the current row from the keyboard; the column chooser is in
the table's own menu too (the header takes no keyboard focus)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.ui.facts.panel import COLUMN_KEYS

from hang_guards import REACT_MS, WORK_MS


def _facts():
    from desktop.core.facts import Fact

    sentence = "例如，钢产量拟定为六百二十四万八千吨，将比一九五七年增长百分之十九点二。"
    return [
        Fact(
            kind="quantity",
            text="六百二十四万八千吨",
            start=9,
            end=18,
            value=6248000,
            unit="吨",
            label="钢产量",
            sentence=sentence,
            period="1958",
            stance="target",
        ),
        Fact(
            kind="percent",
            text="百分之十九点二",
            start=28,
            end=35,
            value=19.2,
            unit="%",
            label="钢产量 比一九五七年增长",
            sentence=sentence,
            period="1957/1958",
            stance="target",
        ),
    ]


def _shown(panel) -> set[str]:
    header = panel.table.horizontalHeader()
    return {k for c, k in enumerate(COLUMN_KEYS) if not header.isSectionHidden(c)}


def test_a_narrow_panel_shows_the_current_fact_s_hidden_period_and_stance_under_the_table(qtbot):
    from desktop.ui.facts.panel import FactsPanel

    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.resize(260, 500)  # the facts dock at 800×600
    panel.show()
    panel.set_facts(_facts())
    qtbot.waitUntil(lambda: "period" not in _shown(panel), timeout=REACT_MS)
    line = panel.hidden_columns
    assert not line.isVisible()  # no current fact: no room taken
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.proxy.index(0, COLUMN_KEYS.index("text")))
    qtbot.waitUntil(line.isVisible, timeout=REACT_MS)
    assert "Period: 1958" in line.text() and "Stance: target" in line.text()
    assert line.geometry().top() >= panel.table.geometry().bottom()
    assert line.width() <= panel.width()  # it wraps, it does not widen the dock
    QTest.keyClick(panel.table, Qt.Key_Down)  # it follows the keyboard
    qtbot.waitUntil(lambda: "Period: 1957–1958" in line.text(), timeout=REACT_MS)
    # a column the user hid stays hidden here too
    panel.table.choose_column("stance", False)
    qtbot.waitUntil(lambda: "Stance" not in line.text(), timeout=REACT_MS)
    assert "Period: 1957–1958" in line.text()
    # wide enough for every column: nothing is hidden, the line takes no room
    panel.table.set_column_choices({})
    panel.resize(1500, 500)
    qtbot.waitUntil(lambda: _shown(panel) == set(COLUMN_KEYS), timeout=REACT_MS)
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=REACT_MS)


def test_the_table_s_own_menu_holds_the_column_chooser(qtbot, feature_window, seed_path):
    from desktop.core.ingest.builder import load_path
    from desktop.ui.facts.controller import FactsController

    window = feature_window
    window.facts = FactsController(window.session, window.services)
    window.window.resize(800, 560)
    window.window.show()
    window.open(load_path(seed_path), seed_path)
    qtbot.waitUntil(lambda: bool(window.facts.facts) and window.facts.is_idle(), timeout=WORK_MS)
    table = window.facts.panel.table
    menu = window.facts.copier.context_menu()  # what the Menu key (or Shift+F10) on the table opens
    columns = next(a.menu() for a in menu.actions() if a.menu() and a.menu().objectName() == "factColumnsMenu")
    assert columns.title() == "&Columns"
    choices = {a.objectName(): a for a in columns.actions()}
    assert {f"column_{k}" for k in COLUMN_KEYS} <= set(choices)
    choices["column_period"].setChecked(True)
    assert table.column_choices == {"period": True}
    assert not table.horizontalHeader().isSectionHidden(COLUMN_KEYS.index("period"))
