"""Figures kept between reruns: plotly builds and validates a figure slowly (a Gantt page of
25 units takes longer than all the numbers behind it), and st.plotly_chart only reads one."""
from __future__ import annotations

from collections.abc import Callable

import plotly.graph_objects as go
import streamlit as st


@st.cache_resource(max_entries=64, show_spinner=False)
def cached_figure(key: tuple, _build: Callable[[], go.Figure]) -> go.Figure:
    """The figure `_build` makes, kept for `key`, which must name everything the figure
    depends on: the read models (read_models.Reads: programme and data stamp), the day, the
    language and the user's choices."""
    return _build()
