"""The map's boundaries in the app: looked up once per process (and again after ten minutes,
or when the user asks), real ones when any source has them all, else the schematic tiles."""
from __future__ import annotations

import streamlit as st

from rollout import geo
from rollout.config import load_settings
from rollout.ui.read_models import Reads

RETRY_SECONDS = 600


@st.cache_resource(ttl=RETRY_SECONDS, show_spinner=False)
def lookup(places: str, _codes: tuple[str, ...], download: bool) -> geo.Lookup:
    """Boundaries of the municipalities `_codes` (`places` names them in the cache key: a
    string hashes at once, a long tuple item by item) from a file, the cache or (when
    `download`) the WFS; a failed download is not tried again for ten minutes unless asked."""
    return geo.boundaries_for(list(_codes), load_settings(), download=download)


def retry() -> None:
    lookup.clear()


@st.cache_resource(show_spinner=False)
def tiles(places: str, _codes: tuple[str, ...], _weights: tuple[int, ...]) -> geo.Boundaries:
    return geo.tiles_for(_codes, _weights)


def map_boundaries(data: Reads, download: bool) -> tuple[geo.Boundaries, geo.Lookup]:
    """The boundaries to draw the programme's municipalities with (tiles when no real ones
    can be had), and how the lookup went."""
    codes, weights = data.places()
    places = ",".join(f"{code}:{weight}" for code, weight in zip(codes, weights))
    found = lookup(places, codes, download)
    if found.boundaries is None and not download:
        # a cache can appear any moment (the Map page, geo fetch)
        lookup.clear(places, codes, download)
    return found.boundaries or tiles(places, codes, weights), found
