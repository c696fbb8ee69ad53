"""The compare chart (pyqtgraph): a line for rates, bars for amounts, the unit on the axis.

Hovering a point shows its sentence; clicking it emits :attr:`CompareChart.rowClicked`.
pyqtgraph (and numpy) load when the first chart is drawn, never before the
library window asks for one: 0.21 s of imports, 4 MB installed beside numpy
(which onnxruntime brings anyway), against 438 MB for PySide6-Addons' Qt Charts.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

#: money is drawn in these units, the largest that keeps the biggest value ≥ 1
_SCALES = ((1e12, "万亿"), (1e8, "亿"), (1e4, "万"), (1, ""))


def x_of(date: str | None, *, days: bool = False) -> float | None:
    """A document's date on the x axis: a fractional year (``"2024"`` → 2024.5,
    ``"2024-03-05"`` → 2024.17), or with ``days`` seconds since 1970 (for a date axis)."""
    if not date:
        return None
    try:
        day = dt.date(int(date), 7, 1) if len(date) == 4 else dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    if days:
        return dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.timezone.utc).timestamp()
    if len(date) == 4:
        return day.year + 0.5
    return day.year + (day.timetuple().tm_yday - 1) / 365.25


def scale_for(unit: str | None, values: list[float]) -> tuple[float, str]:
    """``(divisor, axis unit)``: percentages as they are, money in 亿/万亿 of its currency."""
    if unit in (None, "%") or not values:
        return 1.0, unit or ""
    top = max(abs(v) for v in values)
    for factor, word in _SCALES:
        if top >= factor:
            return factor, f"{word} {unit}".strip()
    return 1.0, unit


class CompareChart(QWidget):
    rowClicked = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=True, background=None, foreground=self.palette().text().color())
        self.plot = pg.PlotWidget(self)
        self._days = False
        self.plot.setObjectName("compareChart")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.legend = self.plot.addLegend(offset=(10, 10))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.points: list = []  # (x, y, row) drawn, for tests and hover
        self._series = None

    def show_series(self, series, names: dict[str, str]) -> None:
        """Draw ``series`` (a CompareSeries); ``names`` maps a role to its legend text."""
        import numpy as np
        import pyqtgraph as pg

        self._series = series
        self.plot.clear()
        self.legend.clear()
        self.points = []
        # Dated documents (press releases) on a calendar axis; yearly ones (reports) on years.
        days = any(len(r.date or "") > 4 for r in series.rows)
        if days != self._days:  # a fresh axis each time: pyqtgraph disposes of the one it replaces
            axis = pg.DateAxisItem(orientation="bottom", utcOffset=0) if days else pg.AxisItem(orientation="bottom")
            self.plot.setAxisItems({"bottom": axis})
            self._days = days
        x_of_row = lambda r: x_of(r.date, days=days)  # noqa: E731 - a one-line closure
        values = [r.value for r in series.rows]
        factor, unit = scale_for(series.unit, values)
        self.plot.setLabel("left", unit)
        self.plot.setLabel("bottom", "")
        colours = {"target": (214, 120, 0), "result": (31, 119, 180)}
        roles = [r for r in ("target", "result") if any(row.role == r for row in series.rows)]
        for n, role in enumerate(roles):
            rows = [r for r in series.rows if r.role == role and x_of_row(r) is not None]
            xs = [x_of_row(r) for r in rows]
            ys = [r.value / factor for r in rows]
            colour = colours.get(role, (120, 120, 120))
            name = names.get(role, role)
            if series.is_rate:
                style = pg.mkPen(
                    colour, width=2, style=pg.QtCore.Qt.DashLine if role == "target" else pg.QtCore.Qt.SolidLine
                )
                line_x, line_y = _broken_at_gaps(rows, xs, ys)
                self.plot.plot(line_x, line_y, pen=style, name=name, connect="finite")
                ranged = [(x, y, r.high / factor - y) for x, y, r in zip(xs, ys, rows) if r.high is not None]
                if ranged:  # a range (6%－6.5%) as a bar from its low end to its high end
                    self.plot.addItem(
                        pg.ErrorBarItem(
                            x=np.array([p[0] for p in ranged]),
                            y=np.array([p[1] for p in ranged]),
                            top=np.array([p[2] for p in ranged]),
                            bottom=0,
                            beam=0.3,
                            pen=pg.mkPen(colour, width=2),
                        )
                    )
            else:
                # Yearly reports get bars 0.7 years wide; daily releases need them as thin as their spacing.
                all_x = sorted({x_of_row(r) for r in series.rows if x_of_row(r) is not None})
                gaps = [b - a for a, b in zip(all_x, all_x[1:]) if b > a]
                widest = 0.7 * (86400 * 365.25 if days else 1)
                width = min(widest, 0.8 * min(gaps)) / len(roles) if gaps else widest / len(roles)
                offset = (n - (len(roles) - 1) / 2) * width
                bars = pg.BarGraphItem(
                    x=[x + offset for x in xs], height=ys, width=width, brush=pg.mkBrush(*colour, 170), name=name
                )
                self.plot.addItem(bars)  # named: the legend lists it by itself
                xs = [x + offset for x in xs]
            scatter = pg.ScatterPlotItem(
                xs,
                ys,
                data=rows,
                size=9,
                brush=pg.mkBrush(*colour),
                pen=pg.mkPen("w"),
                hoverable=True,
                hoverSize=13,
                tip=self._tip,
            )
            scatter.sigClicked.connect(self._on_clicked)
            self.plot.addItem(scatter)
            self.points.extend(zip(xs, ys, rows))
        self.plot.enableAutoRange()

    def _tip(self, x, y, data) -> str:
        row = data
        low = f"{row.value:g}" + (f"–{row.high:g}" if row.high is not None else "")
        head = f"{row.date} · {row.title}\n{low} {row.unit or ''} {row.marker}".rstrip()
        sentence = row.sentence if len(row.sentence) <= 200 else row.sentence[:200] + "…"
        lines = [sentence[i : i + 40] for i in range(0, len(sentence), 40)]  # CJK has no spaces to wrap at
        return "\n".join([head, *lines])

    def _on_clicked(self, item, points, event=None) -> None:
        if len(points):
            self.rowClicked.emit(points[0].data())


def _broken_at_gaps(rows, xs: list[float], ys: list[float]) -> tuple[list[float], list[float]]:
    """The line's points with a gap (NaN) where yearly documents skip a year: 2020 set no
    growth target, so 2019 and 2021 are not joined as if it had."""
    out_x: list[float] = []
    out_y: list[float] = []
    for i, (x, y) in enumerate(zip(xs, ys)):
        if i and len(rows[i].date or "") == 4 and len(rows[i - 1].date or "") == 4 and x - xs[i - 1] > 1.5:
            out_x.append((x + xs[i - 1]) / 2)
            out_y.append(float("nan"))
        out_x.append(x)
        out_y.append(y)
    return out_x, out_y
