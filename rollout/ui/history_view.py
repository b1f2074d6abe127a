"""The change-event tables in words a steering group reads: what changed (a unit's step, a
named readiness item, a user), old → new in the user's language."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date

import pandas as pd
import streamlit as st

from rollout.domain import Entity
from rollout import queries, tracking
from rollout.catalog import CATALOG
from rollout.queries import HistoryFilter
from rollout import logged_values
from rollout.i18n import Words
from rollout.ui.context import lang, moments, number, session_factory, t
from rollout.ui.drawn_once import computed_once, draw_once
from rollout.ui.read_models import Reads


def field_label(field: str) -> str:
    return logged_values.field_label(Words(lang()), field)


def value_label(entity: str, field: str, value: str | None,
                centre_names: Mapping[str, str] | None = None) -> str:
    """A logged value as the user reads it (rollout/logged_values.py)."""
    return logged_values.value_label(Words(lang()), entity, field, value, centre_names)


EVENTS_PER_PAGE = 100
PAGE_KEY = "history.page"


def filter_options(data: Reads) -> tuple[dict[str, str], list[int]]:
    """The municipalities (code: name, by name) and step positions to filter by."""
    def compute() -> tuple[dict[str, str], list[int]]:
        units = data.named_units(lang())
        names = dict(zip(units["municipality_code"], units["municipality"]))
        return (dict(sorted(names.items(), key=lambda item: item[1])),
                sorted(data.steps()["position"].unique()))
    return computed_once(("history.options", data), compute)


def page_of_events(data: Reads, wanted: HistoryFilter, lang: str
                   ) -> tuple[pd.DataFrame, int, int]:
    """The page of events the user chose (a page number appears when there are more than fit
    one), how many events match in all, and the page's number. Pages are read once per data
    stamp: every change moves it."""
    def read(page: int) -> tuple[pd.DataFrame, int]:
        def query() -> tuple[pd.DataFrame, int]:
            with session_factory()() as session:
                return queries.history_page(session, data.programme_id, wanted, lang,
                                            (page - 1) * EVENTS_PER_PAGE, EVENTS_PER_PAGE)
        return computed_once(("history.page", data, wanted, page), query)
    page = st.session_state.get(PAGE_KEY, 1)
    events, total = read(page)
    pages = max(1, -(-total // EVENTS_PER_PAGE))
    if page > pages:  # the filter narrowed: back to the first page
        st.session_state[PAGE_KEY] = page = 1
        events, total = read(page)
    if pages > 1:
        st.number_input(t("history.page", pages=number(pages)), min_value=1, max_value=pages,
                        key=PAGE_KEY, width=200)
    return events, total, page


NAMED_SUBJECTS = {Entity.FAMILY_CENTRE_AREA: "history.subject_area_named",
                  Entity.FAMILY_CENTRE: "history.subject_centre_named"}


def subjects(events: pd.DataFrame,
             names: Mapping[tuple[str, str], str] | None = None) -> list[str]:
    """What each event changed: a unit (and the readiness item), an area, a family centre or
    a municipality by name (`names`, by entity and id), a user, or a baseline."""
    named, names = [], names or {}
    for entity, entity_id, municipality, item in zip(events["entity"], events["entity_id"],
                                                    events["municipality"], events["item"]):
        name = names.get((entity, str(entity_id)))
        if name is not None:
            named.append(t(NAMED_SUBJECTS[entity], name=name) if entity in NAMED_SUBJECTS
                         else name)
        elif entity == Entity.READINESS_ITEM and isinstance(item, str):
            named.append(f"{municipality} – {item}")
        elif entity == Entity.READINESS_ITEM_TEMPLATE and isinstance(item, str):
            named.append(t("history.subject_checklist_item_template", item=item))
        elif isinstance(municipality, str):
            named.append(municipality)
        elif f"history.subject_{entity}" in CATALOG:
            named.append(t(f"history.subject_{entity}", id=entity_id))
        else:
            named.append(f"{entity} {entity_id}")
    return named


def step_numbers(positions: pd.Series) -> list[str]:
    """Step numbers as text; empty for an event that belongs to no step."""
    return [str(int(position)) if pd.notna(position) else "" for position in positions]


labelled = logged_values.labelled


def changes_since(data: Reads, since: date, today: date) -> None:
    """What changed since `since` for the steering group: counts by kind and the rows (drawn
    once per data stamp and day)."""
    draw_once(("history.since", data, since, today), lambda: _changes_since(data, since, today))


def _changes_since(data: Reads, since: date, today: date) -> None:
    with session_factory()() as session:
        recent = queries.step_changes_since(session, data.programme_id, since)
    units = data.named_units(lang())
    recent = recent.merge(units[["unit_id", "municipality", "centre"]], on="unit_id")
    summary = tracking.changes_since(recent, data.grid_rows(today, lang()), since, today)
    if summary.empty:
        st.caption(t("history.nothing_changed"))
        return
    counts = summary["kind"].value_counts()
    for column, kind in zip(st.columns(len(tracking.CHANGE_KINDS)), tracking.CHANGE_KINDS):
        column.metric(t(f"change.{kind}"), int(counts.get(kind, 0)))
    summary_table(summary)


def summary_table(summary: pd.DataFrame) -> None:
    """The "what changed since" rows: kind, unit, step and the telling detail."""
    words = Words(lang())
    details = list(zip(summary["kind"], summary["detail"]))
    st.dataframe({t("column.kind"): labelled([(f"change.{kind}",) for kind in summary["kind"]],
                                             t),
                  t("column.municipality"): summary["municipality"],
                  t("column.centre"): summary["centre"],
                  t("column.step"): step_numbers(summary["position"]),
                  t("column.detail"): labelled(details, lambda kind, detail:
                                               logged_values.summary_detail(words, kind,
                                                                            detail))},
                 hide_index=True, width="stretch")


def event_table(data: Reads, wanted: HistoryFilter, page: int, events: pd.DataFrame) -> None:
    """The page of events as a table, drawn once per data stamp, filter and page."""
    draw_once(("history.events", data, wanted, page),
              lambda: _event_table(events, data.subject_names(lang())))


def _event_table(events: pd.DataFrame, names: Mapping[tuple[str, str], str]) -> None:
    """The events as a table; `names` are the subjects' names by (entity, id)."""
    centre_names = logged_values.centre_names(names)
    words = Words(lang())

    def values(column: str) -> list[str]:
        return labelled(list(zip(events["entity"], events["field"], events[column])),
                        lambda entity, field, value: value_label(entity, field, value,
                                                                 centre_names))
    st.dataframe({
        t("column.when"): moments(events["recorded_at"]),
        t("column.who"): logged_values.event_actors(words, events["source"], events["actor"]),
        t("column.what"): subjects(events, names),
        t("column.step"): step_numbers(events["position"]),
        t("column.field"): labelled([(field,) for field in events["field"]], field_label),
        t("column.old"): values("old_value"),
        t("column.new"): values("new_value"),
        t("column.effective"): logged_values.event_effective_days(
            words, events["source"], events["reason"], events["effective_on"]),
        t("column.reason"): logged_values.event_reasons(words, events["source"],
                                                        events["reason"]),
    }, hide_index=True, width="stretch", height=420)
