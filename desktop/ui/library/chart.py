"""The compare chart (pyqtgraph): each figure at the year it is about, targets and outcomes as two series.

Rates are lines (one per role and facet: a growth rate and a share of GDP are never joined; points
alone where documents state a year more than once), amounts bars; a target range (6%－6.5%) is a bar
from its low end to its high end. The x axis counts whole years, the axes say what they count (the
unit on the left), and the legend sits above the plot, outside the data. Hovering a point shows its
period, document and sentence; clicking it emits :attr:`CompareChart.rowClicked`. pyqtgraph (and
numpy) load when the first chart is drawn, never before the library window asks for one: 0.21 s of
imports, 4 MB installed beside numpy (which onnxruntime brings anyway), against 438 MB for
PySide6-Addons' Qt Charts.
"""

from __future__ import annotations

import datetime as dt
import errno
import html
import os

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...core.facts.notation import period_text
from .models import SCALE_WORDS, writes_traditional

COLOURS = {"target": (214, 120, 0), "forecast": (120, 120, 120), "result": (31, 119, 180)}
SHADES = {"": 0, "change": 60}  # a second facet of one role is drawn lighter


def x_of(row) -> float | None:
    """Where a row sits on the x axis: its year (the period's), else its document's date as a
    fractional year (``"2024-03-05"`` → 2024.17)."""
    if getattr(row, "year", None) is not None:
        return float(row.year)
    date = row.date
    if not date:
        return None
    try:
        day = dt.date(int(date), 7, 1) if len(date) == 4 else dt.date.fromisoformat(date[:10])
    except ValueError:
        return None
    return day.year + (day.timetuple().tm_yday - 1) / 365.25


def scale_for(unit: str | None, values: list[float], traditional: bool = False) -> tuple[float, str]:
    """``(divisor, axis unit)``: percentages as they are, money and counts in 万/亿/万亿 (萬/億/兆 for
    Traditional documents), the largest that keeps the biggest value ≥ 1."""
    if unit in (None, "%") or not values:
        return 1.0, unit or ""
    top = max(abs(v) for v in values)
    for factor, word in SCALE_WORDS[traditional]:
        if top >= factor:
            return factor, f"{word} {unit}"
    return 1.0, unit


def place_bars(rows: list, groups: list[tuple[str, str]]) -> dict[int, tuple[float, float]]:
    """``{id(row): (x, width)}``: the bars of one x side by side in 0.8 of the room to its neighbours.

    Releases state a year's amount again and again, and an amount placed at its release date sits a few
    weeks from the next: bars a year wide drew over one another (2025's 5 targets, the outcomes of
    2025-03 across 2025's targets). The room of an x is the gap to its nearest neighbour, at most a year."""
    order = {group: n for n, group in enumerate(groups)}
    at: dict[float, list] = {}
    for row in rows:
        at.setdefault(x_of(row), []).append(row)
    xs = sorted(at)
    places = {}
    for i, x in enumerate(xs):
        before = x - xs[i - 1] if i > 0 else 1.0
        after = xs[i + 1] - x if i + 1 < len(xs) else 1.0
        slot = 0.8 * min(1.0, before, after)
        members = sorted(at[x], key=lambda r: (order.get((r.role, r.facet), 0), r.value))
        width = slot / len(members)
        for k, row in enumerate(members):
            places[id(row)] = (x - slot / 2 + width * (k + 0.5), width)
    return places


def year_step(span: float) -> int:
    """Whole years between x ticks: 1 for a few years, up to 10 for decades."""
    for step in (1, 2, 5, 10, 20):
        if span / step <= 12:
            return step
    return 50


class CompareChart(QWidget):
    rowClicked = Signal(object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=True, background=None, foreground=self.palette().text().color())
        self.plot = pg.PlotWidget(self)
        self.plot.setObjectName("compareChart")
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        # The legend is a line of its own above the plot: it never covers a point.
        self.legend = QLabel(self)
        self.legend.setObjectName("compareLegend")
        self.legend.setTextFormat(Qt.RichText)
        self.legend.setTextInteractionFlags(Qt.NoTextInteraction)
        self.legend.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)
        self.points: list = []  # (x, y, row) drawn, for tests and hover
        self.lines: dict[tuple[str, str], list] = {}  # (role, facet) -> rows on that line
        self._series = None
        self.names: dict[str, str] = {}
        self.axis_titles = ("", "")

    def show_series(self, series, names: dict[str, str], axis_titles: tuple[str, str] = ("Year", "")) -> None:
        """Draw ``series`` (a CompareSeries); ``names`` maps a role (and "change", "level") to its
        legend text; ``axis_titles``: the x axis's title and the y axis's (the unit is added)."""
        import numpy as np
        import pyqtgraph as pg

        self._series, self.names = series, names
        self.plot.clear()
        self.points, self.lines = [], {}
        entries = []
        rows = [r for r in series.rows if x_of(r) is not None and r.role in COLOURS]
        traditional = sum(writes_traditional(r) for r in rows) * 2 > len(rows)  # the script most of them write
        factor, unit = scale_for(series.unit, [r.value for r in rows], traditional)
        x_title, y_title = axis_titles
        left = f"{y_title} ({unit})" if y_title and unit else (y_title or unit)
        self.plot.setLabel("left", left)
        self.plot.setLabel("bottom", x_title)
        self.axis_titles = (x_title, left)
        facets = sorted({r.facet for r in rows})
        groups = [
            (role, facet)
            for role in COLOURS
            for facet in facets
            if any(r.role == role and r.facet == facet for r in rows)
        ]
        bar_places = {} if series.is_rate else place_bars(rows, groups)
        for role, facet in groups:
            members = sorted((r for r in rows if r.role == role and r.facet == facet), key=x_of)
            self.lines[role, facet] = members
            xs = [x_of(r) for r in members]
            ys = [r.value / factor for r in members]
            colour = tuple(min(255, c + SHADES.get(facet, 0)) for c in COLOURS[role])
            name = names.get(role, role)
            if len(facets) > 1:
                name = f"{name} · {names.get(facet or 'level', facet or 'level')}"
            if series.is_rate:
                # A line joins one figure a year. Press releases state a year's figure again and again
                # (a line through them ran up and down at 2025, 2 % to 124 % and back): points only.
                joined = len(set(xs)) == len(xs)
                if joined:
                    style = pg.QtCore.Qt.DashLine if role == "target" else pg.QtCore.Qt.SolidLine
                    line_x, line_y = _broken_at_gaps(xs, ys)
                    self.plot.plot(line_x, line_y, pen=pg.mkPen(colour, width=2, style=style), connect="finite")
                entries.append((colour, ("╌╌●" if role == "target" else "──●") if joined else "●", name))
                ranged = [(x, y, r.high / factor - y) for x, y, r in zip(xs, ys, members) if r.high is not None]
                if ranged:  # a range (6%－6.5%) as a bar from its low end to its high end
                    self.plot.addItem(
                        pg.ErrorBarItem(
                            x=np.array([p[0] for p in ranged]),
                            y=np.array([p[1] for p in ranged]),
                            top=np.array([p[2] for p in ranged]),
                            bottom=0,
                            beam=0.3,
                            pen=pg.mkPen(colour, width=3),
                        )
                    )
            else:
                xs = [bar_places[id(r)][0] for r in members]
                widths = [bar_places[id(r)][1] for r in members]
                bars = pg.BarGraphItem(x=xs, height=ys, width=widths, brush=pg.mkBrush(*colour, 170))
                self.plot.addItem(bars)
                entries.append((colour, "█", name))
            scatter = pg.ScatterPlotItem(
                xs,
                ys,
                data=members,
                size=9,
                brush=pg.mkBrush(*colour),
                pen=pg.mkPen("w"),
                hoverable=True,
                hoverSize=13,
                tip=self._tip,
            )
            scatter.sigClicked.connect(self._on_clicked)
            self.plot.addItem(scatter)
            self.points.extend(zip(xs, ys, members))
        # An entry never breaks; the legend wraps between entries. On one line, six entries (three roles,
        # two facets) made the chart 951 px wide at least, wider than an 800 px screen.
        self.legend.setText(
            "&nbsp;&nbsp; ".join(
                f'<span style="color:rgb{colour}">{mark}</span>&nbsp;{html.escape(name).replace(" ", "&nbsp;")}'
                for colour, mark, name in entries
            )
        )
        self.legend_names = [name for _, _, name in entries]
        self._set_x_range([x_of(r) for r in rows])
        self.plot.enableAutoRange(axis="y")

    def _set_x_range(self, xs: list[float]) -> None:
        """Whole years only, one year of margin each side (one point is not drawn as 2009.1 … 2009.9)."""
        axis = self.plot.getAxis("bottom")
        if not xs:
            return
        low, high = int(min(xs)) - 1, int(max(xs)) + 1
        step = year_step(high - low)
        axis.setTickSpacing(major=step, minor=step)
        self.plot.setXRange(low, high, padding=0)
        self.plot.getPlotItem().getViewBox().setLimits(minXRange=2)

    def tick_labels(self) -> list[str]:
        """The x axis's tick labels as drawn (for tests)."""
        axis = self.plot.getAxis("bottom")
        low, high = self.plot.getPlotItem().getViewBox().viewRange()[0]
        values = [v for _, level in axis.tickValues(low, high, axis.width() or 400) for v in level]
        return axis.tickStrings(sorted(set(values)), 1, 1)

    def export_image(self, path: str) -> None:
        """The chart with its legend as PNG, or as SVG (Qt's SVG generator: pyqtgraph's own exporter
        fails on Qt 6's path data), by the suffix of ``path``. Raises OSError when it cannot be written."""
        size = self.size() if self.width() >= 400 else self.sizeHint().expandedTo(QSize(800, 500))
        if self.size() != size:
            self.resize(size)
        if path.lower().endswith(".svg"):
            from PySide6.QtGui import QPainter
            from PySide6.QtSvg import QSvgGenerator

            generator = QSvgGenerator()
            generator.setFileName(path)
            generator.setSize(size)
            generator.setViewBox(QRect(QPoint(0, 0), size))
            generator.setTitle(self._series.label if self._series is not None else "")
            painter = QPainter(generator)
            self.render(painter, QPoint(0, 0))
            painter.end()
            ok = os.path.exists(path) and os.path.getsize(path) > 0
        else:
            from PySide6.QtGui import QImage, QPainter

            image = QImage(size, QImage.Format_ARGB32)
            image.fill(self.palette().window().color())
            painter = QPainter(image)
            self.render(painter, QPoint(0, 0))
            painter.end()
            ok = image.save(path, "PNG")
        if not ok:
            raise OSError(errno.EIO, "not written", path)

    def _tip(self, x, y, data) -> str:
        row = data
        low = f"{row.value:g}" + (f"–{row.high:g}" if row.high is not None else "")
        when = period_text(row.period) or (str(row.year) if row.year is not None else "")
        stated = self.names.get(row.role, row.role)
        head = f"{when} · {stated} · {low} {row.unit or ''} {row.marker}".rstrip()
        source = f"{row.title} ({row.date})" if row.date else row.title
        sentence = row.sentence if len(row.sentence) <= 200 else row.sentence[:200] + "…"
        lines = [sentence[i : i + 40] for i in range(0, len(sentence), 40)]  # CJK has no spaces to wrap at
        return "\n".join([head, source, *lines])

    def _on_clicked(self, item, points, event=None) -> None:
        if len(points):
            self.rowClicked.emit(points[0].data())


def _broken_at_gaps(xs: list[float], ys: list[float]) -> tuple[list[float], list[float]]:
    """The line's points with a gap (NaN) where a year is skipped: 2020 set no growth target, so
    2019 and 2021 are not joined as if it had."""
    out_x: list[float] = []
    out_y: list[float] = []
    for i, (x, y) in enumerate(zip(xs, ys)):
        if i and x - xs[i - 1] > 1.5:
            out_x.append((x + xs[i - 1]) / 2)
            out_y.append(float("nan"))
        out_x.append(x)
        out_y.append(y)
    return out_x, out_y
