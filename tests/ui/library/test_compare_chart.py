"""The comparison's chart drawn from series made here (the window's own tests draw it from a library)."""

from __future__ import annotations

from desktop.core.library.compare_rows import CompareRow, CompareSeries

from hang_guards import REACT_MS

NAMES = {"target": "target", "forecast": "forecast", "result": "outcome", "change": "change", "level": "level"}


def _row(year, value, role="result", date=None, doc_id=1):
    return CompareRow(
        doc_id, "t", date or str(year), role, value, None, "%", None, "", "percent", "l", "x", "x", 0, 1, year=year
    )


def _lines(chart) -> list[list[float]]:
    """The x values of every line drawn (a NaN breaks a line)."""
    import pyqtgraph as pg

    return [list(item.xData) for item in chart.plot.getPlotItem().listDataItems() if isinstance(item, pg.PlotDataItem)]


def test_a_line_joins_one_figure_a_year_and_never_runs_up_and_down_a_year(qtbot):
    """Seen with the Taiwan releases: "GDP" drew its outcome line from 2 % up to 124 % and back down at
    2025, one release's figure after another's at the same year."""
    from desktop.ui.library.chart import CompareChart

    chart = CompareChart()
    qtbot.addWidget(chart)
    yearly = [_row(2022, 3.0), _row(2023, 5.2), _row(2024, 5.0), _row(2023, 5.0, "target"), _row(2024, 5.0, "target")]
    chart.show_series(CompareSeries("GDP", "percent", "%", yearly), NAMES)
    assert sorted(len(xs) for xs in _lines(chart)) == [2, 3]  # one figure a year: target and outcome lines
    restated = [
        _row(2024, 2.0, date="2024-05-20", doc_id=1),
        _row(2025, 3.0, date="2025-01-01", doc_id=2),
        _row(2025, 124.0, date="2025-03-01", doc_id=3),
        _row(2025, 2.5, date="2025-06-01", doc_id=4),
    ]
    chart.show_series(CompareSeries("GDP", "percent", "%", restated), NAMES)
    for xs in _lines(chart):
        assert all(a != b for a, b in zip(xs, xs[1:])), xs  # no segment up or down one year
    assert len(chart.points) == 4 and chart.legend_names == ["outcome"]  # every figure still a point


def test_a_long_legend_wraps_between_its_entries_and_the_chart_fits_800_px(qtbot):
    """Three roles in two facets: six entries on one line made the chart at least 951 px wide."""
    from desktop.ui.library.chart import CompareChart

    chart = CompareChart()
    qtbot.addWidget(chart)
    rows = [
        CompareRow(1, "t", str(y), role, 3.0, None, "%", None, "", "percent", "l", "x", "x", 0, 1, year=y, facet=f)
        for role in ("target", "forecast", "result")
        for f in ("", "change")
        for y in (2022, 2023)
    ]
    names = dict(NAMES, level="level or share")
    chart.show_series(CompareSeries("GDP", "percent", "%", rows), names)
    assert len(chart.legend_names) == 6 and "outcome · level or share" in chart.legend_names
    assert chart.minimumSizeHint().width() < 700
    chart.resize(700, 400)
    chart.show()
    qtbot.waitUntil(lambda: chart.legend.height() > chart.legend.fontMetrics().height() * 1.5, timeout=REACT_MS)
    # wrapped between entries, none broken inside ("outcome · level or" / "share"): the narrowest the legend
    # goes is its widest entry
    entry = chart.legend.fontMetrics().horizontalAdvance("outcome · level or share")
    assert chart.legend.minimumSizeHint().width() >= entry


def test_amounts_stated_again_or_at_release_dates_get_bars_side_by_side(qtbot):
    """Seen with the Taiwan releases' 預算: 2025's five targets were drawn one over another, and outcomes
    placed at their release date (2025-03) across 2025's targets. No two bars overlap; each point is on its bar."""
    import pyqtgraph as pg

    from desktop.ui.library.chart import CompareChart

    def amount(year, value, role="result", date=None, doc_id=1):
        return CompareRow(
            doc_id, "t", date or str(year), role, value, None, "TWD", None, "", "money", "l", "x", "x", 0, 1, year=year
        )

    chart = CompareChart()
    qtbot.addWidget(chart)
    rows = [
        amount(2025, 3e12, "target", doc_id=1),
        amount(2025, 4e10, "target", doc_id=2),
        amount(2025, 6e9, "target", doc_id=3),
        amount(2024, 1e11, doc_id=4),
        amount(None, 1.16e10, date="2025-03-01", doc_id=5),
        amount(None, 4e10, date="2025-03-20", doc_id=6),
    ]
    chart.show_series(CompareSeries("預算", "money", "TWD", rows), NAMES)
    bars = []
    for item in chart.plot.getPlotItem().items:
        if isinstance(item, pg.BarGraphItem):
            xs, widths = item.opts["x"], item.opts["width"]
            widths = widths if hasattr(widths, "__len__") else [widths] * len(xs)
            bars.extend((x - w / 2, x + w / 2) for x, w in zip(xs, widths))
    assert len(bars) == 6
    bars.sort()
    assert all(left[1] <= right[0] + 1e-9 for left, right in zip(bars, bars[1:])), bars
    assert all(any(lo <= x <= hi for lo, hi in bars) for x, _, _ in chart.points)
    assert {round(x) for x, _, r in chart.points if r.year == 2025} == {2025}  # still at the year they state
