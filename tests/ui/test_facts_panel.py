"""The facts panel on the seed, the facts feature on its own (the feature harness) unless the window is
what is tested: filters, value sort, selection both ways, script, copy and export."""

from __future__ import annotations

import csv
import io
import json

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from desktop.ui.facts.panel import COLUMN_KEYS

from hang_guards import REACT_MS, WORK_MS


@pytest.fixture
def window(qtbot, feature_window, seed_path):
    """The facts feature on the seed, with the script switch (the facts follow the session's script)."""
    from desktop.core.ingest.builder import load_path
    from desktop.ui.facts.controller import FactsController
    from desktop.ui.script.controller import ScriptController

    window = feature_window
    window.facts = FactsController(window.session, window.services)
    window.script = ScriptController(window.session, window.services)
    window.window.resize(1000, 700)
    window.window.show()
    window.open(load_path(seed_path), seed_path)
    # Figures and dates come first; labels and names when the model has read the text.
    qtbot.waitUntil(lambda: bool(window.facts.facts) and window.facts.is_idle(), timeout=WORK_MS)
    return window


def rows(panel):
    return [panel.proxy.index(r, 0).data(Qt.UserRole) for r in range(panel.proxy.rowCount())]


def select_texts(panel, *texts):
    panel.table.clearSelection()
    for r, fact in enumerate(rows(panel)):
        if fact.text in texts:
            panel.table.selectionModel().select(
                panel.proxy.index(r, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows
            )
    return panel.selected_facts()


def test_seed_facts_are_listed_with_values(window):
    facts = {f.text: f for f in window.facts.facts}
    assert facts["545.3亿元"].value == 54530000000 and facts["545.3亿元"].unit == "CNY"
    assert facts["545.3亿元"].label == "社零总额"
    panel = window.facts.panel
    row = next(r for r, f in enumerate(rows(panel)) if f.text == "545.3亿元")
    value_col = COLUMN_KEYS.index("value")
    assert "54.53 billion CNY" in panel.proxy.index(row, value_col).data()
    assert panel.count_label.text() == f"{len(facts) and panel.proxy.rowCount()} of {panel.model.rowCount()} facts"


def test_kind_and_text_filters(qtbot, window):
    panel = window.facts.panel
    panel.kind_filter.setCurrentIndex(2)  # Money
    assert rows(panel) and all(f.kind == "money" for f in rows(panel))
    shown = panel.proxy.rowCount()
    assert panel.count_label.text().startswith(f"{shown} of ")
    panel.kind_filter.setCurrentIndex(0)
    panel.text_filter.setText("社零總額")  # Traditional query filters Simplified facts
    qtbot.waitUntil(lambda: panel.proxy.rowCount() < panel.model.rowCount())
    texts = {f.text for f in rows(panel)}
    assert {"545.3亿元", "300.9亿元"} <= texts
    assert all("社零总额" in (f.label + f.sentence) or "社零总额" in f.text for f in rows(panel))
    panel.text_filter.clear()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == panel.model.rowCount())


def test_value_sort_is_numeric_within_a_kind(window):
    panel = window.facts.panel
    panel.kind_filter.setCurrentIndex(2)  # Money
    panel.table.sortByColumn(COLUMN_KEYS.index("value"), Qt.AscendingOrder)
    values = [f.value if not isinstance(f.value, list) else f.value[0] for f in rows(panel)]
    assert values == sorted(values)
    assert values[0] < 3e8 < values[-1]  # 2.47亿 before 2845.9亿: numbers, not strings


def test_selecting_a_fact_highlights_it_and_clicking_a_mark_selects_the_row(qtbot, window):
    panel = window.facts.panel
    fact = select_texts(panel, "2.47亿元")[0]
    row = next(r for r, f in enumerate(rows(panel)) if f is fact)
    panel.table.setCurrentIndex(panel.proxy.index(row, 1))
    assert window.reader.textCursor().selectedText() == "2.47亿元"
    assert [s.cursor.selectedText() for s in window.reader.layers.visible("current")] == ["2.47亿元"]
    assert window.navigator.current_section_index() == fact.section_index
    # Clicking a marked figure in the reader selects its row.
    target = next(f for f in window.facts.facts if f.text == "7018家")
    window.reader.scroll_to_offset(target.start)
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(window.reader.doc_position(target.start) + 1)
    rect = window.reader.cursorRect(cursor)
    QTest.mouseClick(window.reader.viewport(), Qt.LeftButton, Qt.NoModifier, rect.center())
    assert panel.selected_facts() == [target]


def test_section_only_scope(window):
    panel = window.facts.panel
    window.navigator.select_section(3)  # as choosing it in the navigator does
    panel.section_only.setChecked(True)
    assert rows(panel) and all(f.section_index == 3 for f in rows(panel))
    panel.section_only.setChecked(False)


def test_script_switch_converts_the_facts_table(window):
    panel = window.facts.panel
    row = next(r for r, f in enumerate(rows(panel)) if f.text == "545.3亿元")
    window.script.set_variant("taiwan")
    assert panel.proxy.index(row, COLUMN_KEYS.index("text")).data() == "545.3億元"
    assert panel.proxy.index(row, COLUMN_KEYS.index("label")).data() == "社零總額"
    window.script.set_variant("original")
    assert panel.proxy.index(row, COLUMN_KEYS.index("text")).data() == "545.3亿元"


def test_ctrl_c_puts_a_table_in_three_formats(window, qapp):
    panel = window.facts.panel
    select_texts(panel, "545.3亿元", "2845.9亿元")
    panel.table.setFocus()
    window.facts.copier.actions["copy_facts"].trigger()
    mime = qapp.clipboard().mimeData()
    table = list(csv.reader(io.StringIO(mime.text()), delimiter="\t"))
    header = table[0]
    assert header[:4] == ["Kind", "Fact", "Value", "Number"]
    assert [r[header.index("Number")] for r in table[1:]] == ["54530000000", "284590000000"]
    assert "<table" in mime.html() and "545.3亿元" in mime.html()
    records = json.loads(bytes(mime.data("application/json")).decode("utf-8"))["facts"]
    assert [r["value"] for r in records] == [54530000000, 284590000000]
    assert "Copied 2 facts" in window.window.statusBar().currentMessage()


def test_copy_follows_the_display_script_and_can_add_the_original(window, qapp):
    panel = window.facts.panel
    window.script.set_variant("traditional")
    select_texts(panel, "545.3亿元")
    window.facts.copier.actions["copy_facts"].trigger()
    assert "545.3億元" in qapp.clipboard().text() and "545.3亿元" not in qapp.clipboard().text()
    window.facts.copier.actions["copy_with_original"].setChecked(True)
    window.facts.copier.actions["copy_facts"].trigger()
    header, row = list(csv.reader(io.StringIO(qapp.clipboard().text()), delimiter="\t"))[:2]
    assert row[header.index("Fact (original)")] == "545.3亿元"
    window.facts.copier.copy_as("citation")
    assert qapp.clipboard().text().startswith("545.3億元 (54.53 billion CNY)")


def test_export_writes_and_never_overwrites_silently(window, tmp_path):
    out = tmp_path / "facts.csv"
    copier = window.facts.copier
    assert copier.export_to(out)
    first = out.read_text(encoding="utf-8")
    assert "545.3亿元" in first
    out.write_text("keep me", encoding="utf-8")
    assert not copier.export_to(out, confirm=lambda path: False)
    assert out.read_text(encoding="utf-8") == "keep me"
    assert copier.export_to(out, confirm=lambda path: True)
    assert out.read_text(encoding="utf-8") == first
    assert copier.export_to(tmp_path / "facts.json")
    assert json.loads((tmp_path / "facts.json").read_text(encoding="utf-8"))


def test_export_to_xlsx_writes_a_workbook_not_csv_text(window, tmp_path):
    import openpyxl

    out = tmp_path / "facts.xlsx"
    assert window.facts.copier.export_to(out)
    sheet = openpyxl.load_workbook(out)["Facts"]
    header = [c.value for c in sheet[1]]
    values = [
        r[header.index("Number")] for r in sheet.iter_rows(min_row=2, values_only=True)
    ]  # the table calls the typed value Number
    assert 54530000000 in values
    # "CSV (Excel)" chosen in the dialog for a .csv name: the BOM is written.
    assert window.facts.copier.export_to(tmp_path / "excel.csv", "csv_excel")
    assert (tmp_path / "excel.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_last_column_is_not_cut_at_the_default_window_size(qtbot, seed_path):
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow()  # no saved geometry: the default size
    qtbot.addWidget(window)
    window.show()
    window.open_path(seed_path, wait=True)
    table = window.facts.panel.table
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    visible = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    last = max(visible, key=header.visualIndex)
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert right <= table.viewport().width() + 1
    assert header.sectionSize(last) >= 48
    assert table.horizontalScrollBar().maximum() == 0


def test_copies_and_exports_say_the_tables_kind_names(window, qapp, tmp_path):
    panel = window.facts.panel
    select_texts(panel, "545.3亿元")
    panel.table.setFocus()
    window.facts.copier.actions["copy_facts"].trigger()
    header, row = list(csv.reader(io.StringIO(qapp.clipboard().text()), delimiter="\t"))[:2]
    shown = panel.proxy.index(0, 0).data() if rows(panel)[0].text == "545.3亿元" else "Money"
    assert row[header.index("Kind")] == "Money" == shown
    window.facts.copier.export_to(tmp_path / "f.csv")
    assert "\nMoney," in (tmp_path / "f.csv").read_text(encoding="utf-8").replace("\r\n", "\n")


def test_figures_come_first_then_names_with_a_visible_state(qtbot, feature_window, seed_article, monkeypatch):
    import threading

    import desktop.ui.facts.controller as controller

    release = threading.Event()
    real = controller._extract

    def held(*args, **kw):
        release.wait(120)  # the model is still reading while the test looks at the panel (a hang guard)
        return real(*args, **kw)

    monkeypatch.setattr(controller, "_extract", held)
    facts = controller.FactsController(feature_window.session, feature_window.services)
    feature_window.window.show()
    feature_window.open(seed_article)
    panel = facts.panel
    # Phase one: figures and dates without the model, while the panel says what is still coming.
    qtbot.waitUntil(lambda: bool(facts.facts), timeout=WORK_MS)
    assert not facts.is_idle()
    assert panel.names_state_text() == "Finding names and labels…"
    assert panel.stop_button.isVisible()
    kinds = {f.kind for f in facts.facts}
    assert {"money", "date"} <= kinds and not kinds & {"person", "organization", "place"}
    release.set()
    qtbot.waitUntil(facts.is_idle, timeout=WORK_MS)
    kinds = {f.kind for f in facts.facts}
    assert {"money", "date", "person", "organization", "place"} <= kinds
    assert panel.names_state_text() == ""
    assert not panel.stop_button.isVisible()


def test_stopping_the_model_keeps_the_figures(qtbot, feature_window, seed_article, monkeypatch):
    import threading

    from PySide6.QtCore import QThreadPool

    import desktop.ui.facts.controller as controller

    release, returned, seen = threading.Event(), threading.Event(), {}
    real = controller._extract

    def slow(*args, cancelled=None, **kw):
        release.wait(120)  # the model "is reading" until the test lets it go (a hang guard)
        try:
            return real(*args, cancelled=cancelled, **kw)
        finally:
            seen["cancelled"] = cancelled is not None and cancelled()
            returned.set()

    monkeypatch.setattr(controller, "_extract", slow)
    facts = controller.FactsController(feature_window.session, feature_window.services)
    feature_window.window.show()
    feature_window.open(seed_article)
    panel = facts.panel
    qtbot.waitUntil(lambda: bool(facts.facts), timeout=WORK_MS)
    assert panel.stop_button.isVisible()
    panel.stop_button.click()
    release.set()
    assert panel.names_state_text() == "Names and labels stopped: figures and dates only"
    assert any(f.kind == "money" for f in facts.facts)
    # The model's pass has ended and whatever its worker emitted has been delivered:
    # had Stop not cancelled it, its names would be in the panel now.
    qtbot.waitUntil(returned.is_set, timeout=WORK_MS)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=WORK_MS)
    qtbot.wait(20)
    assert seen["cancelled"]
    assert not {f.kind for f in facts.facts} & {"person", "organization"}
    assert panel.names_state_text() == "Names and labels stopped: figures and dates only"


def test_period_stance_and_subject_columns_and_the_document_date(qtbot, window):
    panel = window.facts.panel
    assert COLUMN_KEYS[COLUMN_KEYS.index("label") + 1 : COLUMN_KEYS.index("label") + 4] == (
        "period",
        "stance",
        "subject",
    )
    model = panel.model
    row = next(i for i, f in enumerate(model.facts()) if f.text == "300.9亿元")
    period, stance = (model.index(row, COLUMN_KEYS.index(k)) for k in ("period", "stance"))
    assert model.data(period) == "Y-H1" and model.data(stance) == "result"
    tip = model.data(period, Qt.ToolTipRole)
    assert tip.splitlines() == [
        "From: 今年上半年",
        "Relative to the document's year (Y), which is not known: set the document date below.",
    ]
    # The seed names no year in its dateline: its relative dates say so until the user gives one.
    assert panel.date_edit.text() == ""
    first_half = next(f for f in window.facts.facts if f.text == "300.9亿元")
    assert first_half.period == "Y-H1"
    assert next(f for f in window.facts.facts if f.text == "545.3亿元").subject == "观音桥商圈"
    panel.date_edit.setText("2022-08-31")
    panel.date_edit.editingFinished.emit()
    qtbot.waitUntil(
        lambda: (
            window.facts.is_idle() and next(f for f in window.facts.facts if f.text == "300.9亿元").period == "2022-H1"
        ),
        timeout=WORK_MS,
    )
    assert panel.date_source.text() == "set by you"
    assert window.session.document_date.iso() == "2022-08-31"
    # remembered for this document
    assert window.facts.services.settings.document_date(str(window.session.path)) == "2022-08-31"
    panel.date_edit.setText("2022-13-40")
    panel.date_edit.editingFinished.emit()
    assert "not a date" in panel.date_source.text()


def test_the_workbook_from_the_window_names_each_column_once(window, tmp_path):
    import openpyxl

    out = tmp_path / "window.xlsx"
    assert window.facts.copier.export_to(out)
    header = [c.value for c in openpyxl.load_workbook(out)["Facts"][1]]
    assert len(header) == len(set(header)), header
    assert {"Number", "Unit", "Value", "Sentence"} <= set(header)


def test_relative_periods_read_as_offsets_of_the_documents_year():
    from desktop.core.facts.notation import period_text

    assert [period_text(p) for p in ("2022-H1", "Y", "Y-H1", "Y[-1]-07", "Y[-2]", "Y[+1]", None)] == [
        "2022-H1",
        "Y",
        "Y-H1",
        "Y−1-07",
        "Y−2",
        "Y+1",
        "",
    ]
    assert [period_text(p) for p in ("1998/2002", "Y[-5]/Y[-1]", "Y-M[-1]", "2024-01/2024-11")] == [
        "1998–2002",
        "Y−5–Y−1",
        "Y-M−1",
        "2024-01–2024-11",
    ]


def test_a_narrow_panel_drops_columns_in_order_and_never_cuts_a_header(qtbot, seed_path):
    """At 800×600 the cells read ``1…`` and the headers ``easur / erioc`` (issue 20.4): now the columns
    that fit are shown, each at least as wide as its header and a few characters, Fact, Value and
    Label always; the others are hidden in priority order, and the table is filled exactly.
    (Seen in a real window earlier: the panel's resize came before its table's, so the fit is
    taken from the table's own viewport.)"""
    from desktop.ui.facts.columns import ALWAYS, PRIORITY
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_path(seed_path, wait=True)
    panel = window.facts.panel
    header = panel.table.horizontalHeader()
    seen = set()
    for width in (300, 520, 430, 900):
        before = panel.table.viewport().width()
        window.resizeDocks([window.facts.dock], [width], Qt.Horizontal)
        qtbot.waitUntil(lambda before=before: panel.table.viewport().width() != before, timeout=REACT_MS)

        def fitted(width=width) -> None:  # once the resize has reached the table (a few events)
            shown = [k for c, k in enumerate(COLUMN_KEYS) if not header.isSectionHidden(c)]
            assert set(ALWAYS) <= set(shown)
            assert set(shown) == set(PRIORITY[: len(shown)]), shown  # in priority order, none skipped
            needed = panel.table.needed_widths()
            metrics = header.fontMetrics()
            for c, key in enumerate(COLUMN_KEYS):
                if key in shown:
                    text = panel.model.headerData(c, Qt.Horizontal, Qt.DisplayRole)
                    assert header.sectionSize(c) >= needed[key] >= metrics.horizontalAdvance(text), (width, key)
            available = panel.table.viewport().width()
            visible = sorted((COLUMN_KEYS.index(k) for k in shown), key=header.visualIndex)
            right = header.sectionViewportPosition(visible[-1]) + header.sectionSize(visible[-1])
            if len(shown) > len(ALWAYS):  # the table is filled exactly
                assert abs(right - available) <= 2, (width, right, available)
            seen.add(len(shown))

        qtbot.waitUntil(fitted, timeout=REACT_MS)
    assert len(seen) >= 3  # narrow, middling and wide panels really showed different sets


def test_the_header_menu_shows_and_hides_columns_and_they_are_remembered(qtbot, seed_path):
    from desktop.ui.services import settings as keys
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_path(seed_path, wait=True)
    panel = window.facts.panel
    header = panel.table.horizontalHeader()
    window.resizeDocks([window.facts.dock], [320], Qt.Horizontal)
    qtbot.waitUntil(lambda: header.isSectionHidden(COLUMN_KEYS.index("english")), timeout=REACT_MS)
    menu = panel.table.column_menu()
    actions = {a.objectName(): a for a in menu.actions()}
    assert not actions["column_english"].isChecked() and actions["column_text"].isChecked()
    actions["column_english"].setChecked(True)  # shown however narrow: the table scrolls sideways
    actions["column_value"].setChecked(False)
    assert not header.isSectionHidden(COLUMN_KEYS.index("english"))
    assert header.isSectionHidden(COLUMN_KEYS.index("value"))
    assert sorted(window.settings.get(keys.FACTS_COLUMNS)) == ["english=1", "value=0"]
    assert (
        "value" not in panel.table.visible_columns() and "section" in panel.table.visible_columns()
    )  # copies: all but hidden
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.facts.panel.table.column_choices == {"english": True, "value": False}
    fit = {a.objectName(): a for a in panel.table.column_menu().actions()}["column_fit"]
    fit.trigger()
    assert window.settings.get(keys.FACTS_COLUMNS) == [] and not header.isSectionHidden(COLUMN_KEYS.index("value"))


def test_finding_names_does_not_widen_the_panel_s_minimum(qtbot):
    """The status line (names state, Stop, progress) raised the dock's minimum from 276 to 332 px
    while the model ran, so in a small window the dock pushed back into the reader."""
    from desktop.ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    panel = window.facts.panel
    idle = panel.minimumSizeHint().width()
    panel.set_names_state("running")
    panel.progress.show()
    assert panel.minimumSizeHint().width() <= idle


def test_a_language_switch_refreshes_every_column_header(qtbot, feature_window):
    from desktop.ui.facts.controller import FactsController

    facts = FactsController(feature_window.session, feature_window.services)
    model = facts.panel.model
    with qtbot.waitSignal(model.headerDataChanged) as changed:
        facts.retranslate()
    assert changed.args[1:] == [0, model.columnCount() - 1]  # not a fixed range that a new column falls out of


def test_a_narrow_panel_gives_the_document_date_a_line_of_its_own(qtbot):
    """At 800×600 "This section only" shared the date's row and the date field kept 28 px ("Y…"):
    when the row cannot hold both, the check box goes to a line of its own and the date stays whole."""
    from desktop.ui.facts.panel import FactsPanel

    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.show()
    date, check = panel.date_edit, panel.section_only
    em = date.fontMetrics().horizontalAdvance("中")
    whole = date.fontMetrics().horizontalAdvance("2024-01-02") + 2 * em
    for width in (panel.minimumSizeHint().width(), 260, 300):
        panel.resize(width, 400)
        qtbot.waitUntil(lambda: check.geometry().top() > date.geometry().bottom(), timeout=REACT_MS)
        assert date.width() >= whole, (width, date.width())
        assert check.width() >= check.sizeHint().width()
    panel.resize(600, 400)  # room for both: side by side again
    qtbot.waitUntil(lambda: check.geometry().top() < date.geometry().bottom(), timeout=REACT_MS)
    assert date.width() >= whole and check.width() >= check.sizeHint().width()
    assert check.geometry().left() > date.geometry().right()


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_this_section_only_is_never_cut_at_any_width(qapp, qtbot, language):
    """At the width where it moved beside the date (288 px in zh_TW, 358-360 in English) the layout took the
    last 1-2 px of "僅限本節" / "This section only" from the check box: its last character touched the edge."""
    from desktop.ui.facts.panel import FactsPanel
    from desktop.ui.services import i18n

    i18n.install_translators(qapp, language)
    try:
        panel = FactsPanel()
        qtbot.addWidget(panel)
        panel.show()
        check = panel.section_only
        cut = []
        for width in range(panel.minimumSizeHint().width(), 480):
            panel.resize(width, 400)
            qapp.processEvents()
            if check.width() < check.sizeHint().width():
                cut.append((width, check.width(), check.sizeHint().width()))
        assert cut == []
    finally:
        i18n.install_translators(qapp, "en")


def _long_values():
    from desktop.core.facts import Fact

    sentence = "全年预算约为545.3亿至623.4亿元新台币，较上年增加。"
    return [
        Fact(
            kind="money",
            text="545.3亿至623.4亿元新台币",
            start=0,
            end=17,
            value=[54530000000, 62340000000],
            unit="新台币元",
            qualifier="约",
            label="预算",
            sentence=sentence,
        ),
        Fact(kind="percent", text="8%", start=20, end=22, value=8, unit="%", label="增长", sentence=sentence),
    ]


def test_a_wide_panel_shows_the_longest_value_whole_and_the_tip_has_it_always(qtbot):
    """Issue 20: at 1600 px the Value column read "690 million…": when the table has the room the
    column is as wide as its longest value (up to a share of the table), the rest goes to the others;
    a narrow panel keeps its widths, and the cell's tooltip has the value whole either way."""
    from desktop.ui.facts.panel import FactsPanel
    from desktop.ui.facts.table_view import VALUE_SHARE

    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 500)
    panel.show()
    qtbot.waitUntil(lambda: panel.table.viewport().width() > 1000, timeout=REACT_MS)
    panel.set_facts(_long_values())
    header, value = panel.table.horizontalHeader(), COLUMN_KEYS.index("value")
    metrics = panel.table.fontMetrics()
    longest = max(metrics.horizontalAdvance(panel.model.display_text(f, "value")) for f in panel.model.facts())
    assert header.sectionSize(value) >= longest + 12, (header.sectionSize(value), longest)
    assert header.sectionSize(value) <= panel.table.viewport().width() * VALUE_SHARE + 1
    index = panel.proxy.index(0, value)
    shown = index.data(Qt.DisplayRole)
    assert shown.startswith("54.53–62.34 billion") and shown in index.data(Qt.ToolTipRole)
    # Narrow: every column keeps at least what it needs and the table is filled exactly, as before.
    panel.resize(300, 500)
    qtbot.waitUntil(lambda: panel.table.viewport().width() < 300, timeout=REACT_MS)
    needed = panel.table.needed_widths()
    shown_keys = [k for c, k in enumerate(COLUMN_KEYS) if not header.isSectionHidden(c)]
    assert all(header.sectionSize(COLUMN_KEYS.index(k)) >= needed[k] for k in shown_keys)
    assert header.sectionSize(value) < longest
    assert shown in panel.proxy.index(0, value).data(Qt.ToolTipRole)


def test_the_filter_hint_is_whole_or_short_never_cut(qtbot):
    """At 800×600 the filter field showed "Filter facts (any scrip" (zh_TW: 篩選事實（簡繁、拼音皆可 with its
    bracket cut): a field too narrow for the whole hint shows the short one; the whole one is its tooltip."""
    from desktop.ui.facts.panel import FactsPanel

    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.show()
    field = panel.text_filter
    whole = "Filter facts (any script, pinyin)"
    assert field.toolTip() == whole
    for width, hint in ((panel.minimumSizeHint().width(), "Filter facts"), (300, "Filter facts"), (700, whole)):
        panel.resize(width, 400)
        qtbot.waitUntil(lambda hint=hint: field.placeholderText() == hint, timeout=REACT_MS)
        room = field.width() - field.height()  # the clear button takes about the field's height
        assert field.fontMetrics().horizontalAdvance(field.placeholderText()) < room, (width, field.width())


def test_the_names_state_never_opens_a_hole_under_the_table(qtbot):
    """At 800×600 (zh_TW) "Finding names and labels…" wrapped into the few pixels left beside Stop and stood
    ~90 px high with nothing legible in it, under the table, while names were found: two lines at most."""
    from desktop.ui.facts.panel import FactsPanel

    panel = FactsPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.set_names_state("running")
    panel.show_progress(1, 10)
    state = panel.names_state
    lines = state.fontMetrics().lineSpacing()
    for width in (panel.minimumSizeHint().width(), 260, 300, 600):
        panel.resize(width, 500)
        qtbot.waitUntil(lambda w=width: panel.width() == w, timeout=REACT_MS)
        assert state.height() <= 2 * lines + 2, (width, state.width(), state.height())
    assert state.toolTip() == state.text() != ""  # the whole sentence however little of it shows
