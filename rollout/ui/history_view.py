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
from rollout.ui.context import days, lang, moments, number, session_factory, t



def field_label(field: str) -> str:
    return logged_values.field_label(Words(lang()), field)


def value_label(entity: str, field: str, value: str | None,
                centre_names: Mapping[str, str] | None = None) -> str:
    """A logged value as the user reads it (rollout/logged_values.py)."""
    return logged_values.value_label(Words(lang()), entity, field, value, centre_names)


EVENTS_PER_PAGE = 100
PAGE_KEY = "history.page"


def page_of_events(programme_id: int, wanted: HistoryFilter, lang: str
                   ) -> tuple[pd.DataFrame, int]:
    """The page of events the user chose (a page number appears when there are more than fit
    one), and how many events match in all."""
    page = st.session_state.get(PAGE_KEY, 1)
    with session_factory()() as session:
        events, total = queries.history_page(session, programme_id, wanted, lang,
                                             (page - 1) * EVENTS_PER_PAGE, EVENTS_PER_PAGE)
        pages = max(1, -(-total // EVENTS_PER_PAGE))
        if page > pages:  # the filter narrowed: back to the first page
            st.session_state[PAGE_KEY] = page = 1
            events, total = queries.history_page(session, programme_id, wanted, lang, 0,
                                                 EVENTS_PER_PAGE)
    if pages > 1:
        st.number_input(t("history.page", pages=number(pages)), min_value=1, max_value=pages,
                        key=PAGE_KEY, width=200)
    return events, total


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


def changes_since(programme_id: int, units: pd.DataFrame, rows: pd.DataFrame, since: date,
                  today: date) -> None:
    """What changed since `since` for the steering group: counts by kind and the rows."""
    with session_factory()() as session:
        recent = queries.step_changes_since(session, programme_id, since)
    recent = recent.merge(units[["unit_id", "municipality", "centre"]], on="unit_id")
    summary = tracking.changes_since(recent, rows, since, today)
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


def event_table(events: pd.DataFrame, names: Mapping[tuple[str, str], str]) -> None:
    """The events as a table; `names` are the subjects' names by (entity, id)."""
    centre_names = logged_values.centre_names(names)

    def values(column: str) -> list[str]:
        return labelled(list(zip(events["entity"], events["field"], events[column])),
                        lambda entity, field, value: value_label(entity, field, value,
                                                                 centre_names))
    st.dataframe({
        t("column.when"): moments(events["recorded_at"]),
        t("column.who"): events["actor"],
        t("column.what"): subjects(events, names),
        t("column.step"): step_numbers(events["position"]),
        t("column.field"): labelled([(field,) for field in events["field"]], field_label),
        t("column.old"): values("old_value"),
        t("column.new"): values("new_value"),
        t("column.effective"): days(events["effective_on"]),
        t("column.reason"): events["reason"],
    }, hide_index=True, width="stretch", height=420)
