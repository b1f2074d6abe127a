"""Tabs that keep the user's place: the tab bar of a record keeps the same labels and the same
first tab for as long as the record is open, so Streamlit draws it as the same element on
every rerun and the browser keeps the tab the user chose, and the page does not jump, across
saves."""
from __future__ import annotations

from collections.abc import Hashable, Mapping

import streamlit as st


def steady_tabs(labels: Mapping[Hashable, str], key: str,
                first_open: Hashable) -> dict[Hashable, object]:
    """Draw the tabs; returns every tab's container by value.

    Labels must not change while the record is open (no status symbols in them): Streamlit
    keys a tab bar by its labels and default tab, and a new key is a new bar that opens on
    its default tab. `first_open` is the tab opened when the record is first shown; it is
    kept for the record's next reruns. Every tab's content is drawn, so switching tabs
    happens in the browser and keeps what the user typed in the other tabs."""
    opened = st.session_state.setdefault(f"{key}.first_open", first_open)
    if opened not in labels:
        opened = next(iter(labels))
    containers = st.tabs(list(labels.values()), key=key, default=labels[opened])
    return dict(zip(labels, containers))
