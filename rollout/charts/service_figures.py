"""Figures of service figures and observations: lines per area over months, horizontal bars
for a fair comparison, and stacked bars of themes."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from rollout.charts.common import ACTUAL_COLOUR, LIVE_COLOUR, finish

# Eight hues colour-blind readers tell apart (Okabe–Ito), for areas and themes.
SERIES_COLOURS = ["#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00",
                  "#000000", "#f0e442"]
MONTH_TICKS = "%m/%Y"


def series_colour(index: int) -> str:
    return SERIES_COLOURS[index % len(SERIES_COLOURS)]


def lines(frame: pd.DataFrame, x: str, y: str, group: str, title: str, x_title: str,
          y_title: str, lang: str, months: bool = True, mark_zero: bool = False) -> go.Figure:
    """One line with markers per group (an area, or the region) over `x`; `mark_zero` draws
    a line at x = 0 (the go-live month)."""
    frame = with_missing_steps(frame, x, group, months)
    figure = go.Figure([go.Scatter(
        x=part[x], y=part[y], name=str(name), mode="lines+markers",
        line={"color": series_colour(index), "width": 2},
        hovertemplate=f"{name}<br>%{{x}}: %{{y}}<extra></extra>")
        for index, (name, part) in enumerate(frame.sort_values(x).groupby(group, sort=True))])
    figure.update_layout(xaxis_title=x_title, yaxis_title=y_title, yaxis_rangemode="tozero")
    if months:
        figure.update_xaxes(tickformat=MONTH_TICKS, dtick="M1" if frame[x].nunique() < 13
                            else None)
    if mark_zero:
        figure.add_vline(x=0, line={"color": LIVE_COLOUR, "dash": "dash", "width": 2})
    return finish(figure, title, lang, height=380)


def with_missing_steps(frame: pd.DataFrame, x: str, group: str, months: bool) -> pd.DataFrame:
    """Each group's rows with an empty row for every month (or, with `months` False, every
    whole number of `x`) it did not report, so that a line breaks there instead of joining
    points far apart."""
    low, high = min(frame[x]), max(frame[x])
    every = (pd.period_range(low, high, freq="M").start_time.date if months
             else range(int(low), int(high) + 1))
    full = pd.MultiIndex.from_product([frame[group].unique(), every], names=[group, x])
    return frame.set_index([group, x]).reindex(full).reset_index()


def horizontal_bars(labels: list[str], values: list[float], texts: list[str], title: str,
                    axis_title: str, lang: str, highlight: int | None = 0) -> go.Figure:
    """One bar per label, the first on top, each saying its value; `highlight` (an index)
    is coloured apart (the largest, say)."""
    colours = [LIVE_COLOUR if index == highlight else ACTUAL_COLOUR
               for index in range(len(labels))]
    figure = go.Figure(go.Bar(x=values, y=labels, orientation="h", text=texts,
                              textposition="auto", marker_color=colours,
                              hovertemplate="%{y}: %{text}<extra></extra>"))
    figure.update_layout(xaxis_title=axis_title, yaxis={"autorange": "reversed"})
    return finish(figure, title, lang, height=120 + 34 * len(labels))


def stacked_bars(frame: pd.DataFrame, x: str, y: str, group: str, names: dict[str, str],
                 title: str, axis_title: str, lang: str, months: bool = True,
                 horizontal: bool = False) -> go.Figure:
    """Bars over `x` stacked by `group` (a theme), each segment named in the legend;
    `horizontal` lays long labels (areas) out as rows, the first on top."""
    groups = list(dict.fromkeys(frame.sort_values(group)[group]))
    bars = []
    for index, key in enumerate(groups):
        part = frame[frame[group] == key]
        xs, ys = (part[y], part[x]) if horizontal else (part[x], part[y])
        bars.append(go.Bar(x=xs, y=ys, name=names.get(key, key),
                           orientation="h" if horizontal else "v",
                           marker_color=series_colour(index),
                           marker_line={"color": "white", "width": 1},
                           hovertemplate=f"{names.get(key, key)}: %{{{'x' if horizontal else 'y'}}}"
                                         "<extra></extra>"))
    figure = go.Figure(bars)
    figure.update_layout(barmode="stack", legend_traceorder="normal")
    if horizontal:
        # No axis title under the rows: the legend sits there, and the title names the count.
        figure.update_layout(yaxis={"autorange": "reversed"})
        return finish(figure, title, lang, height=140 + 34 * frame[x].nunique())
    figure.update_layout(yaxis_title=axis_title)
    if months:
        figure.update_xaxes(tickformat=MONTH_TICKS)
    return finish(figure, title, lang, height=420)
