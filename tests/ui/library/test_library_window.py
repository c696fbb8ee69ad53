"""The library window on a small folder: built in its own process, searched, filtered, compared, opened."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from desktop.core.library import Library, add_source

from hang_guards import REACT_MS, WORK_MS


def _reports(folder):
    folder.mkdir()
    for year, target, result in ((2023, "5%左右", "3%"), (2024, "5%左右", "5.2%"), (2025, "5%左右", "5%")):
        (folder / f"{year}.txt").write_text(
            f"{year}年政府工作报告\n\n一、工作回顾\n去年国内生产总值增长{result}，城镇新增就业1200万人。\n"
            f"二、今年目标\n今年发展主要预期目标是：国内生产总值增长{target}；居民消费价格涨幅2%左右。\n",
            encoding="utf-8",
        )
    (folder / "tw.md").write_text("# 國防報告\n\n國防預算達到6,007億元，臺灣經濟成長3.1%。\n", encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"")
    return folder


@pytest.fixture
def opened(tmp_path, qtbot):
    """A library window building the folder, with a reader hook that records what it is asked to show."""
    from desktop.ui.library.window import LibraryWindow

    shown = []
    window = LibraryWindow(
        tmp_path / "lib.sqlite", _reports(tmp_path / "docs"), reader=lambda a, s, e: shown.append((a, s, e))
    )
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.buildEnded, timeout=WORK_MS):
        pass
    return window, shown


def test_the_build_runs_in_its_own_process_and_the_documents_table_fills(opened):
    window, _ = opened
    model = window.documents_model
    assert sorted(r.title for r in model.rows()) == [
        "2023年政府工作报告",
        "2024年政府工作报告",
        "2025年政府工作报告",
        "國防報告",
    ]
    assert "4 documents" in window.summary.text()
    assert window.problems.isVisible() and "1" in window.problems.text()
    # Script-blind filter: 国防 finds 國防報告.
    window.documents_filter.setText("国防")
    assert window.documents_proxy.rowCount() == 1
    window.documents_filter.setText("")
    # Sorting by the facts column is numeric.
    window.documents_table.sortByColumn(4, Qt.DescendingOrder)
    counts = [window.documents_proxy.index(r, 4).data(Qt.UserRole).fact_count for r in range(4)]
    assert counts == sorted(counts, reverse=True)


def test_search_hits_open_the_reader_at_the_hit(opened, qtbot):
    window, shown = opened
    tab = window.search_tab
    tab.field.setText("國內生產總值")
    with qtbot.waitSignal(tab.answered, timeout=WORK_MS):
        tab.run_search()
    assert tab.model.rowCount() == 3 and "3 documents match" in tab.summary.text()
    child = (
        tab.model.index(0, 0).child(0, 0)
        if hasattr(tab.model.index(0, 0), "child")
        else tab.model.index(0, 0, tab.model.index(0, 0))
    )
    tab.view.activated.emit(child)
    qtbot.waitUntil(lambda: bool(shown), timeout=REACT_MS)
    article, start, end = shown[0]
    assert article.text[start:end] == "国内生产总值" and article.title == "2025年政府工作报告"


def test_facts_filter_by_kind_value_and_label_and_copy_with_their_document(opened, qtbot):
    window, _ = opened
    window.tabs.setCurrentWidget(window.facts_tab)
    tab = window.facts_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=WORK_MS)
    tab.kind.setCurrentIndex(3)  # Percentages
    tab.label.setText("国内生产总值")
    tab.low.setText("4")
    tab._apply_filters()
    texts = sorted(tab.proxy.index(r, 3).data() for r in range(tab.proxy.rowCount()))
    assert texts == ["5%", "5%左右", "5%左右", "5%左右", "5.2%"]
    tab.copy_selected()  # nothing selected: every visible row
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].split("\t")[:2] == ["Document", "Date"] and len(copied) == 6
    assert any(line.startswith("2024年政府工作报告\t2024\t") for line in copied)


def test_the_facts_tab_and_the_facts_panel_show_a_fact_alike(opened, feature_window, qtbot):
    """One model serves both tables: a library fact given to the facts panel (through the session,
    as the panel hears of facts) shows the same cells in every column the two tables share."""
    from desktop.ui.facts.controller import FactsController

    window, _ = opened
    window.tabs.setCurrentWidget(window.facts_tab)
    tab = window.facts_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=WORK_MS)
    records = [r for r in tab.model.rows() if r.title == "2024年政府工作报告"]
    assert len(records) >= 4 and {r.fact.kind for r in records} >= {"percent", "quantity"}
    panel = FactsController(feature_window.session, feature_window.services).panel
    feature_window.session.set_facts([r.fact for r in records])
    assert type(panel.model) is type(tab.model) and panel.model.rowCount() == len(records)
    shared = [key for key in tab.model.columns if key in panel.model.columns]
    assert shared == ["kind", "text", "value", "label"]
    for key in shared:
        header = Qt.Horizontal, Qt.DisplayRole
        assert tab.model.headerData(tab.model.columns.index(key), *header) == panel.model.headerData(
            panel.model.columns.index(key), *header
        )
    for row, record in enumerate(records):
        there = tab.model.index(tab.model.rows().index(record), 0)
        assert panel.model.index(row, 0).data(Qt.UserRole) is record.fact is there.data(Qt.UserRole).fact
        here = [panel.model.index(row, panel.model.columns.index(k)).data() for k in shared]
        assert here == [there.siblingAtColumn(tab.model.columns.index(k)).data() for k in shared]
        assert all(here[:3]), (record.fact, here)  # a kind, a text, a value (a date measures nothing)
    assert any(panel.model.index(row, panel.model.columns.index("label")).data() for row in range(len(records)))


def test_compare_shows_targets_in_the_table_and_on_the_chart_and_a_click_opens_the_sentence(opened, qtbot):
    window, shown = opened
    tab = window.compare_tab
    with qtbot.waitSignal(tab.answered, timeout=WORK_MS):
        tab.compare("国内生产总值 增长")
    rows = tab.model.rows()
    assert [(r.year, r.date, r.role, r.value, r.marker) for r in rows if r.role == "target"] == [
        (2023, "2023", "target", 5.0, "预期目标 左右"),
        (2024, "2024", "target", 5.0, "预期目标 左右"),
        (2025, "2025", "target", 5.0, "预期目标 左右"),
    ]
    # 去年国内生产总值增长3% in the 2023 report is 2022's outcome: placed at 2022, not 2023
    assert [(r.year, r.date, r.value) for r in rows if r.role == "result"] == [
        (2022, "2023", 3.0),
        (2023, "2024", 5.2),
        (2024, "2025", 5.0),
    ]
    years = tab.years_model
    shown_years = [[years.index(r, c).data() for c in range(4)] for r in range(years.rowCount())]
    assert shown_years == [
        ["2022", "", "3 %", ""],
        ["2023", "≈ 5 %", "5.2 %", "+0.2"],
        ["2024", "≈ 5 %", "5 %", "0"],
        ["2025", "≈ 5 %", "", ""],
    ]
    chart = tab.chart
    assert chart is not None and len(chart.points) == 6 and chart.plot.getAxis("left").labelText == "Value (%)"
    assert chart.plot.getAxis("bottom").labelText == "Year"
    assert sorted({x for x, _, _ in chart.points}) == [2022, 2023, 2024, 2025]  # whole years
    assert all(float(t).is_integer() for t in chart.tick_labels())
    assert set(chart.lines) == {("target", "change"), ("result", "change")}  # target and outcome: two series
    # The legend is a line above the plot, outside the data: target and outcome, as the table says them.
    assert chart.legend_names == ["target", "outcome"] and chart.layout().indexOf(chart.legend) == 0
    x, y, row = next(p for p in chart.points if p[2].role == "target")
    tip = chart._tip(x, y, row)
    assert "预期目标" in tip and tip.startswith(str(row.year)) and row.title in tip
    chart.rowClicked.emit(row)
    qtbot.waitUntil(lambda: bool(shown), timeout=REACT_MS)
    article, start, end = shown[0]
    assert article.text[start:end] == row.text


def test_a_comparison_is_copied_and_exported_with_its_sources_and_its_chart_saved(opened, tmp_path, qtbot):
    from openpyxl import load_workbook

    window, _ = opened
    tab = window.compare_tab
    with qtbot.waitSignal(tab.answered, timeout=WORK_MS):
        tab.compare("GDP growth")
    assert "looked for" in tab.summary.text()
    names = [a.text() for a in tab.actions.menu.actions() if a.text()]
    assert len(names) == 4 and all(a.shortcut().toString() for a in tab.actions.menu.actions() if a.text())
    tab.views.setCurrentIndex(1)
    tab.table.selectRow(0)
    tab.actions.copy_rows()
    mime = QGuiApplication.clipboard().mimeData()
    lines = mime.text().splitlines()
    header = lines[0].split("\t")
    assert header[:4] == ["Year", "Stated as", "Stance", "Value"] and "Document" in header and "Sentence" in header
    first = dict(zip(header, lines[1].split("\t")))
    assert first["Year"] == "2022" and first["Value"] == "3" and first["Document"] == "2023年政府工作报告"
    assert first["Stance"] == "result" and "3%" in first["Sentence"] and len(lines) == 2
    assert "<table>" in mime.html() and "2023年政府工作报告" in mime.html()
    data = json.loads(bytes(mime.data("application/json")).decode("utf-8"))
    assert data["rows"][0]["sentence"] == tab.series.rows[0].sentence and data["years"]
    tab.actions.export_table(str(tmp_path / "c.csv"))
    csv_lines = (tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()
    assert csv_lines[0].startswith("Year,Stated as,Stance,Value") and len(csv_lines) == 1 + len(tab.series.rows)
    tab.actions.export_table(str(tmp_path / "c.xlsx"))
    book = load_workbook(tmp_path / "c.xlsx")
    figures = list(book["Figures"].values)
    assert figures[1][0] == 2022 and figures[1][3] == 3 and figures[1][8] == "2023年政府工作报告"
    years = list(book["Years"].values)
    assert years[0][:4] == ("Year", "Target", "Outcome", "Gap") and years[2][:3] == (2023, 5, 5.2)
    tab.actions.export_chart(str(tmp_path / "c.png"))
    tab.actions.export_chart(str(tmp_path / "c.svg"))
    assert (tmp_path / "c.png").read_bytes().startswith(b"\x89PNG")
    assert "<svg" in (tmp_path / "c.svg").read_text(encoding="utf-8")


def test_the_measure_field_suggests_the_librarys_labels_with_their_counts(opened, qtbot):
    window, _ = opened
    tab = window.compare_tab
    tab.label.setText("生产总值")
    with qtbot.waitSignal(tab.suggestionsShown, timeout=WORK_MS):
        tab.suggest()
    offered = tab.suggested.stringList()
    assert offered and offered[0].startswith("国内生产总值") and "·" in offered[0]
    with qtbot.waitSignal(tab.answered, timeout=WORK_MS):
        tab._on_suggestion(offered[0])
    assert tab.label.text() == offered[0].split("  ·  ")[0] and tab.series is not None


def test_a_picked_fact_is_compared_across_documents(opened, qtbot):
    window, _ = opened
    window.tabs.setCurrentWidget(window.facts_tab)
    tab = window.facts_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=WORK_MS)
    row = next(i for i, r in enumerate(tab.model.rows()) if r.fact.text == "5.2%")
    tab.table.selectRow(tab.proxy.mapFromSource(tab.model.index(row, 0)).row())
    with qtbot.waitSignal(window.compare_tab.answered, timeout=WORK_MS):
        tab.compare_button.click()
    assert window.tabs.currentWidget() is window.compare_tab
    assert window.compare_tab.label.text() == "国内生产总值 增长" and len(window.compare_tab.model.rows()) == 6


def test_stopping_a_build_keeps_what_was_indexed_and_the_next_build_continues(tmp_path, qtbot):
    from desktop.ui.library.window import LibraryWindow

    src = tmp_path / "many.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": i, "title": f"第{i}篇", "content": f"国防预算增长{i}%。" * 60}, ensure_ascii=False) + "\n"
            for i in range(150)
        ),
        encoding="utf-8",
    )
    window = LibraryWindow(tmp_path / "lib.sqlite", src)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.build is not None and window.progress.value() >= 5, timeout=WORK_MS)
    assert window.is_building()
    with qtbot.waitSignal(window.buildEnded, timeout=WORK_MS):
        window.cancel.click()
    assert "stopped" in window.statusBar().currentMessage()
    with Library(tmp_path / "lib.sqlite") as lib:
        kept = lib.count()
        assert 0 < kept < 150 and lib.integrity() == "ok"
    report = add_source(tmp_path / "lib.sqlite", src)  # with names, as the window's build
    assert report.unchanged == kept and report.added == 150 - kept


def test_the_document_count_follows_a_build_as_it_goes(tmp_path, qtbot):
    """The count said fewer documents than were added until the end (the table was read again every
    50 documents): what is written shows within a second, long before the 50th."""
    import re

    from desktop.ui.library.window import LibraryWindow

    src = tmp_path / "many.jsonl"
    src.write_text(
        "".join(
            json.dumps({"id": i, "title": f"第{i}篇", "content": f"国防预算增长{i}%。" * 60}, ensure_ascii=False) + "\n"
            for i in range(120)
        ),
        encoding="utf-8",
    )
    window = LibraryWindow(tmp_path / "lib.sqlite", src)
    qtbot.addWidget(window)
    window.show()

    def shown() -> int:
        found = re.match(r"([\d,]+) documents", window.summary.text())
        return int(found.group(1).replace(",", "")) if found else 0

    # Counted while the build is short of 50 (the old refresh point) and still running.
    qtbot.waitUntil(lambda: window.is_building() and 0 < shown() and window.progress.value() < 50, timeout=WORK_MS)
    assert shown() <= window.progress.value()
    with qtbot.waitSignal(window.buildEnded, timeout=WORK_MS):
        window.cancel.click()


def test_file_menu_opens_a_library_and_remembers_it(open_window, tmp_path, qtbot):
    from desktop.ui.services import settings as keys

    window = open_window()
    names = [a.objectName() for a in window.file_menu.actions()]
    assert "action_open_library" in names and "action_open_library_folder" in names
    folder = _reports(tmp_path / "docs")
    library_window = window.library.open_library(folder)
    qtbot.addWidget(library_window)
    with qtbot.waitSignal(library_window.buildEnded, timeout=WORK_MS):
        pass
    assert library_window.documents_model.rowCount() == 4
    assert window.settings.get(keys.RECENT_LIBRARIES)[0] == str(folder.resolve())
    window.library._fill_recent()
    assert window.library.recent.actions()[0].text().endswith("docs")
    # Opening a document shows it in the main window with the span selected.
    doc = next(r for r in library_window.documents_model.rows() if r.title == "2024年政府工作报告")
    text = library_window.library.text(doc.id)
    start = text.index("5.2%")
    library_window.open_document(doc.id, start, start + 4)
    qtbot.waitUntil(
        lambda: window.article is not None and window.article.title == "2024年政府工作报告", timeout=REACT_MS
    )
    qtbot.waitUntil(lambda: window.reader.textCursor().selectedText() == "5.2%", timeout=REACT_MS)


def test_the_main_window_loads_none_of_the_library_window_chart_or_pdf_code(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys; from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "from desktop.ui.shell.main_window import MainWindow; w = MainWindow(); w.show(); app.processEvents();"
        "heavy = [m for m in ('desktop.ui.library.window', 'pyqtgraph', 'pypdfium2', 'docx', 'desktop.core.library.store')"
        " if m in sys.modules]; print(heavy); sys.exit(bool(heavy))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_dated_documents_are_placed_at_the_year_they_state_and_amounts_get_bars(tmp_path, qtbot):
    from desktop.ui.library.window import LibraryWindow

    src = tmp_path / "tw.jsonl"
    src.write_text(
        "".join(
            json.dumps(
                {
                    "id": i,
                    "date": f"2024-0{i}-15",
                    "title": f"第{i}篇",
                    "content": f"今年度的國防總預算達到{6000 + i}億元，比去年增加。",
                },
                ensure_ascii=False,
            )
            + "\n"
            for i in range(1, 5)
        ),
        encoding="utf-8",
    )
    add_source(tmp_path / "lib.sqlite", src, names=False)
    window = LibraryWindow(tmp_path / "lib.sqlite")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.compare_tab.answered, timeout=WORK_MS):
        window.compare_tab.compare("國防 預算", "money")
    chart = window.compare_tab.chart
    import pyqtgraph as pg

    bars = [item for item in chart.plot.getPlotItem().items if isinstance(item, pg.BarGraphItem)]
    assert len(bars) == 1 and len(chart.points) == 4
    # 今年度 in each release: 2024's budget, its four bars side by side in 2024's place
    assert {r.year for _, _, r in chart.points} == {2024} and {round(x) for x, _, _ in chart.points} == {2024}
    assert chart.plot.getAxis("left").labelText == "Value (億 TWD)"  # the releases' own script
    with qtbot.waitSignal(window.compare_tab.answered, timeout=WORK_MS):
        window.compare_tab.compare("國防 預算", "money")  # drawn again: the same axis kind, no error


def test_compare_values_read_as_the_documents_write_them(qapp):
    from desktop.core.library.compare_rows import CompareRow
    from desktop.ui.library.models import CompareModel

    def row(value, high, unit, qualifier):
        return CompareRow(1, "t", "2024", "target", value, high, unit, qualifier, "", "money", "", "", "", 0, 1)

    model = CompareModel()
    model.set_rows(
        [
            row(600700000000.0, None, "TWD", None),
            row(6.0, 6.5, "%", None),
            row(5.0, None, "%", "≈"),
            row(13490000000000.0, None, "CNY", ">"),
        ]
    )
    assert [model.index(r, 2).data() for r in range(4)] == ["6,007亿 TWD", "6–6.5 %", "≈ 5 %", "> 13.49万亿 CNY"]
    # A Traditional document's amounts in its own script (they were 6,007亿 and 2.1万亿 beside 國防預算達到6,007億元)
    written = [
        CompareRow(1, "t", "2024", "target", v, None, "TWD", None, "", "money", "", text, sentence, 0, 1)
        for v, text, sentence in (
            (600700000000.0, "6,007億元", "國防預算達到6,007億元。"),
            (2.1e12, "2.1兆", "2.1兆的投資金額。"),
            (54530000.0, "5,453萬元", "補助5,453萬元。"),
            (600700000000.0, "6,007亿元", "国防预算达到6,007亿元。"),
        )
    ]
    model.set_rows(written)
    assert [model.index(r, 2).data() for r in range(4)] == ["6,007億 TWD", "2.1兆 TWD", "5,453萬 TWD", "6,007亿 TWD"]


def test_a_years_gap_reads_as_its_values_are_written(qapp):
    from desktop.core.library.compare_rows import CompareRow, YearRow
    from desktop.ui.library.models import YearsModel

    def row(stance, value, high, unit, text, sentence):
        return CompareRow(1, "t", "2025", stance, value, high, unit, None, "", "money", "", text, sentence, 0, 1)

    model = YearsModel()
    model.set_rows(
        [
            # 預算 over the Taiwan releases drew this gap as +5.6e+09; a rate's gap stays in points
            YearRow(
                2025,
                row("target", 6e9, None, "TWD", "60億元", "編列60億元。"),
                row("result", 1.16e10, None, "TWD", "116億元", "共116億元。"),
            ),
            YearRow(
                2020,
                row("target", 6.0, None, "%", "6%", "增长6%左右"),
                row("result", 2.3, None, "%", "2.3%", "增长2.3%"),
            ),
            YearRow(
                2019,
                row("target", 6.0, 6.5, "%", "6-6.5%", "增长6-6.5%"),
                row("result", 6.1, None, "%", "6.1%", "增长6.1%"),
            ),
            YearRow(2018, row("target", 1.0e12, None, "CNY", "1万亿元", "安排1万亿元"), None),
        ]
    )
    gap = [c for c, (key, _) in enumerate(YearsModel.COLUMNS) if key == "gap"][0]
    assert [model.index(r, gap).data() for r in range(4)] == ["+56億 TWD", "-3.7", "0", ""]
