"""Plotly figure builders: DataFrame in, go.Figure out, labels passed in already translated;
one module per kind of figure."""
from rollout.charts.common import wrapped
from rollout.charts.maps import (MAP_CONFIG, status_animation, status_colour, status_map,
                                 status_symbol)
from rollout.charts.progress import adoption_chart, units_by_area_bar, units_per_step_bar
from rollout.charts.readiness import readiness_heatmap
from rollout.charts.schedule import gantt
from rollout.charts.scores import days_heatmap

__all__ = ["MAP_CONFIG", "adoption_chart", "days_heatmap", "gantt", "readiness_heatmap",
           "status_animation", "status_colour", "status_map", "status_symbol",
           "units_by_area_bar", "units_per_step_bar", "wrapped"]
