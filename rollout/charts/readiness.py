"""Figures of readiness: areas × steps."""
from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from rollout.charts.common import annotated_heatmap, cells, wrapped

# Light to dark blue: readable by colour-blind readers, and every cell carries its figures.
READINESS_SCALE = [[0.0, "#f7fbff"], [0.5, "#6baed6"], [1.0, "#08306b"]]


def readiness_heatmap(table: pd.DataFrame, by: str, step_labels: dict[int, str],
                      share_title: str) -> go.Figure:
    """Areas (or counties) × steps: the share of applicable required readiness items done,
    each cell also saying it as "done/applicable"; blank where nobody has started the step."""
    areas = sorted(table[by].unique(), reverse=True)
    positions = sorted(step_labels)
    z, text = cells(table, by, "position", areas, positions,
                    lambda cell: None if pd.isna(cell["share"]) else float(cell["share"]),
                    lambda cell: f"{int(cell['required_done'])}/"
                                 f"{int(cell['required_applicable'])}")
    return annotated_heatmap(
        z, text, [wrapped(step_labels[position]) for position in positions], areas,
        READINESS_SCALE, {"title": share_title, "tickformat": ".0%"}, zmax=1,
        hover="%{y}<br>%{x}<br>%{text} (%{z:.0%})<extra></extra>")
