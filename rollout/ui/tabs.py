"""Tabs that keep the user's place: the chosen tab stays chosen across saves and reruns, even
when a tab's label changes (a step's status symbol after a save), and only its content runs."""
from __future__ import annotations

from collections.abc import Hashable, Mapping

import streamlit as st


def remembered_tabs(labels: Mapping[Hashable, str], key: str,
                    default: Hashable) -> tuple[Hashable, object]:
    """Draw the tabs; returns the chosen tab's value and its container (the only one to fill).

    Streamlit keys a tab bar by its labels, so the choice is kept by value in session state
    and handed back to each new tab bar as its default."""
    chosen_key = f"{key}.chosen"
    chosen = st.session_state.get(chosen_key, default)
    if chosen not in labels:
        chosen = default if default in labels else next(iter(labels))
    by_label = {label: value for value, label in labels.items()}
    containers = st.tabs(list(labels.values()), key=key, default=labels[chosen],
                         on_change=_remember, args=(key, by_label))
    for value, container in zip(labels, containers):
        if value == chosen:
            return value, container
    raise AssertionError("the chosen tab is always among the labels")


def _remember(key: str, by_label: Mapping[str, Hashable]) -> None:
    label = st.session_state.get(key)
    if label in by_label:
        st.session_state[f"{key}.chosen"] = by_label[label]
