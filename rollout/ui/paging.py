"""Paging long lists of units: a page number beside the list and which units it shows."""
from __future__ import annotations

import streamlit as st

from rollout.ui.context import number, t


def page_of(unit_ids: list, per_page: int, key: str) -> list:
    """The units on the page the user chose, when there are more than fit one page; a filter
    that leaves fewer pages brings the user back to the first."""
    if len(unit_ids) <= per_page:
        return unit_ids
    pages = -(-len(unit_ids) // per_page)
    if st.session_state.get(key, 1) > pages:
        st.session_state[key] = 1
    page = st.number_input(t("paging.page", pages=number(pages)), min_value=1, max_value=pages,
                           key=key, width=200)
    first = (page - 1) * per_page
    st.caption(t("paging.range", first=number(first + 1),
                 last=number(min(first + per_page, len(unit_ids))),
                 total=number(len(unit_ids))))
    return unit_ids[first:first + per_page]
