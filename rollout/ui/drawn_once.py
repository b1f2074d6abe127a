"""What a page draws and computes from the read models, done once and kept after.

Building a chart or a table is most of a page's time (plotly validates and serialises a
figure, pandas groups, every row is formatted), yet between two saves it always comes out
the same. `draw_once` runs a drawing the first time its key is met and keeps the elements
it drew (Streamlit's cached functions record their st.* messages); every later rerun with
the same key replays those messages without computing, building or serialising anything.
`computed_once` does the same for a value that widgets need (a widget cannot be replayed:
its options, the rows a filter leaves, a figure a chart widget shows).

The key must name everything the result depends on: the read models (`read_models.Reads`,
that is the programme and the data stamp, which every save moves), the day and the user's
choices; the language is added here. A drawing must not create widgets (Streamlit shows a
warning where one is met): filters, paging and downloads stay outside it. What is kept is
shared by every session of the process: callers treat a kept value as read-only."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import streamlit as st

from rollout.ui.context import lang

Kept = TypeVar("Kept")


def draw_once(key: tuple, draw: Callable[[], Kept]) -> Kept:
    """Draw what `draw` draws (and return what it returns) once per key and language."""
    return _drawn(key, lang(), draw)


def computed_once(key: tuple, compute: Callable[[], Kept]) -> Kept:
    """What `compute` returns (it draws nothing), computed once per key and language."""
    return _computed(key, lang(), compute)


@st.cache_resource(max_entries=256, show_spinner=False)
def _drawn(key: tuple, language: str, _draw: Callable[[], Kept]) -> Kept:
    return _draw()


@st.cache_resource(max_entries=256, show_spinner=False)
def _computed(key: tuple, language: str, _compute: Callable[[], Kept]) -> Kept:
    return _compute()
