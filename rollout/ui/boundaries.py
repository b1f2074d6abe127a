"""The map's boundaries in the app: looked up once per process (and again after ten minutes,
or when the user asks), real ones when any source has them all, else the schematic tiles."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from rollout import geo
from rollout.config import load_settings

RETRY_SECONDS = 600


@st.cache_resource(ttl=RETRY_SECONDS, show_spinner=False)
def lookup(codes: tuple[str, ...], download: bool) -> geo.Lookup:
    """Boundaries of the municipalities `codes` from a file, the cache or (when `download`)
    the WFS; a failed download is not tried again for ten minutes unless asked."""
    return geo.boundaries_for(list(codes), load_settings(), download=download)


def retry() -> None:
    lookup.clear()


@st.cache_resource(show_spinner=False)
def tiles(codes: tuple[str, ...], weights: tuple[int, ...]) -> geo.Boundaries:
    return geo.tiles_for(codes, weights)


def map_boundaries(units: pd.DataFrame, download: bool) -> tuple[geo.Boundaries, geo.Lookup]:
    """The boundaries to draw the programme's municipalities with (tiles when no real ones
    can be had), and how the lookup went."""
    codes, weights = geo.programme_places(units)
    found = lookup(codes, download)
    if found.boundaries is None and not download:
        lookup.clear(codes, download)  # a cache can appear any moment (the Map page, geo fetch)
    return found.boundaries or tiles(codes, weights), found
