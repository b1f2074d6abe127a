"""Plotly figure builders: DataFrame or Series in, go.Figure out. Labels come in translated."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

STEP_COLOURS = ["#b0b7c3", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c"]


def units_per_step_bar(counts: pd.Series, step_labels: dict[int, str],
                       axis_title: str) -> go.Figure:
    """Horizontal bars: how many units stand at each step, step 1 on top."""
    labels = [step_labels[position] for position in counts.index]
    figure = go.Figure(go.Bar(
        x=counts.values, y=labels, orientation="h", text=counts.values,
        textposition="auto",
        marker_color=[STEP_COLOURS[position % len(STEP_COLOURS)] for position in counts.index],
        hovertemplate="%{y}: %{x}<extra></extra>"))
    figure.update_layout(xaxis_title=axis_title, yaxis={"autorange": "reversed"},
                         height=60 + 36 * len(counts), margin={"l": 10, "r": 10, "t": 10, "b": 40})
    return figure
