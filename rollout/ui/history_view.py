"""The change-event tables in words a steering group reads: what changed (a unit's step, a
named readiness item, a user), old → new in the user's language."""
from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from rollout.domain import Entity
from rollout import queries
from rollout.catalog import CATALOG
from rollout.queries import HistoryFilter
from rollout.ui.context import days, moments, number, session_factory, t
from rollout.ui.labels import item_label, step_value_label

YES_NO_FIELDS = ("is_active", "required", "marks_go_live", "retired", "org_retired")
SUMMARY_FIELDS = {"advanced": "status", "slipped": "planned_end", "reopened": "reason",
                  "newly_overdue": "planned_end"}


def field_label(field: str) -> str:
    key = f"field.{field}"
    return t(key) if key in CATALOG else field


def value_label(entity: str, field: str, value: str | None,
                centre_names: Mapping[str, str] | None = None) -> str:
    """A logged value as the user reads it: statuses, roles and how often an observation
    was seen by name, dates localised, family centres by name."""
    if value is None or pd.isna(value) or value == "":
        return "–"
    if entity == Entity.CHECKLIST_ITEM and field == "status":
        return item_label(value)
    if entity == Entity.STEP_PROGRESS:
        return step_value_label(field, value)
    if field == "role" and f"role.{value}" in CATALOG:
        return t(f"role.{value}")
    if field in YES_NO_FIELDS:
        return t("common.yes") if value == "True" else t("common.no")
    if entity == Entity.OBSERVATION and field == "frequency":
        return t(f"observations.frequency.{value}")
    if field == "centres":
        names = centre_names or {}
        return ", ".join(names.get(code, code) for code in value.split(", "))
    if field == "org_centre":
        return (centre_names or {}).get(value, value)
    return value


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
        elif entity == Entity.CHECKLIST_ITEM and isinstance(item, str):
            named.append(f"{municipality} – {item}")
        elif entity == Entity.CHECKLIST_ITEM_TEMPLATE and isinstance(item, str):
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


def labelled(keys: list[tuple], label) -> list[str]:
    """`label(*key)` for each key, computed once per distinct key (values repeat a lot)."""
    known = {key: label(*key) for key in set(keys)}
    return [known[key] for key in keys]


def summary_table(summary: pd.DataFrame) -> None:
    """The "what changed since" rows: kind, unit, step and the telling detail."""
    details = list(zip([Entity.STEP_PROGRESS] * len(summary),
                       summary["kind"].map(SUMMARY_FIELDS), summary["detail"]))
    st.dataframe({t("column.kind"): labelled([(f"change.{kind}",) for kind in summary["kind"]],
                                             t),
                  t("column.municipality"): summary["municipality"],
                  t("column.centre"): summary["centre"],
                  t("column.step"): step_numbers(summary["position"]),
                  t("column.detail"): labelled(details, value_label)},
                 hide_index=True, width="stretch")


def event_table(events: pd.DataFrame, centre_names: Mapping[str, str],
                names: Mapping[tuple[str, str], str] | None = None) -> None:
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
