"""Server-drawn SVG charts for a Table: geometry worked out here, drawn by templates/figures/chart.html.

No script and no style attributes (the CSP forbids inline styles): colours are SVG presentation
attributes. Every chart sits beside its table, which carries the same figures for screen readers.
"""

import math
import re
from dataclasses import dataclass, field

from mylife4me.figures.registry import Table

WIDTH, HEIGHT = 640, 280
LEFT, RIGHT, TOP, BOTTOM = 56, 12, 12, 44
MAX_X_LABELS = 8
# GOV.UK Frontend colours, each at least 3:1 against white.
COLOURS = ["#1d70b8", "#d4351c", "#00703c", "#4c2c92", "#f47738", "#912b88", "#28a197", "#505a5f", "#003078"]


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str


@dataclass
class Line:
    points: str
    colour: str
    dots: list[tuple[float, float]] = field(default_factory=list)


@dataclass
class Tick:
    position: float
    label: str


@dataclass
class Chart:
    kind: str
    width: int
    height: int
    plot_left: int
    plot_right: int
    plot_top: int
    plot_bottom: int
    y_ticks: list[Tick]
    x_ticks: list[Tick]
    bars: list[Bar]
    lines: list[Line]
    legend: list[tuple[str, str]]  # (colour, series name)
    unit: str


def numeric_columns(table: Table) -> list[int]:
    """Columns after the first whose every value is a number (or empty)."""
    return [
        index
        for index in range(1, len(table.columns))
        if table.rows
        and all(row[index] is None or isinstance(row[index], int | float) for row in table.rows)
        and not all(row[index] is None for row in table.rows)
    ]


def nice_ceiling(value: float) -> float:
    """A round number at or above value (1, 2, 2.5 or 5 times a power of ten), so the axis reads well."""
    if value <= 0:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power


def _format(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"


def short_label(value) -> str:
    """An axis label: "Tue 27 Oct 2026" and "Week of 5 Jan 2026" become "27 Oct" and "5 Jan"."""
    text = re.sub(r"^(Week of |Mon |Tue |Wed |Thu |Fri |Sat |Sun )", "", str(value))
    return re.sub(r" \d{4}$", "", text)


def build_chart(table: Table) -> Chart | None:
    series = numeric_columns(table)
    if not table.chart or not series:
        return None
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    peak = max((row[i] or 0 for row in table.rows for i in series), default=0)
    top = nice_ceiling(peak)
    if top < 4 and top == int(top):
        top = 4  # whole numbers on every tick when the counts are small

    def y_of(value: float) -> float:
        return round(TOP + plot_height - (value / top) * plot_height, 1)

    divisions = 4 if (top / 4).is_integer() else 5
    y_ticks = [
        Tick(y_of(top * step / divisions), _format(top * step / divisions)) for step in range(divisions + 1)
    ]
    count = len(table.rows)
    slot = plot_width / count
    every = max(1, math.ceil(count / MAX_X_LABELS))
    x_ticks = [
        Tick(round(LEFT + slot * (index + 0.5), 1), short_label(row[0]))
        for index, row in enumerate(table.rows)
        if index % every == 0
    ]
    bars, lines = [], []
    colours = {column: COLOURS[number % len(COLOURS)] for number, column in enumerate(series)}
    if table.chart == "bar":
        bar_width = slot * 0.8 / len(series)
        for index, row in enumerate(table.rows):
            for number, column in enumerate(series):
                value = row[column] or 0
                x = LEFT + slot * index + slot * 0.1 + bar_width * number
                y = y_of(value)
                bars.append(
                    Bar(round(x, 1), y, round(bar_width, 1), round(TOP + plot_height - y, 1), colours[column])
                )
    else:
        for column in series:
            dots = [
                (round(LEFT + slot * (index + 0.5), 1), y_of(row[column] or 0))
                for index, row in enumerate(table.rows)
            ]
            lines.append(
                Line(" ".join(f"{x},{y}" for x, y in dots), colours[column], dots if count <= 60 else [])
            )
    return Chart(
        kind=table.chart,
        width=WIDTH,
        height=HEIGHT,
        plot_left=LEFT,
        plot_right=WIDTH - RIGHT,
        plot_top=TOP,
        plot_bottom=TOP + plot_height,
        y_ticks=y_ticks,
        x_ticks=x_ticks,
        bars=bars,
        lines=lines,
        legend=[(colours[column], str(table.columns[column])) for column in series]
        if len(series) > 1
        else [],
        unit=table.unit,
    )
