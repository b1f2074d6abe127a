"""The change-event tables in words a steering group reads: what changed (a unit's step, a
named readiness item, a user), old → new in the user's language."""
from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from rollout.catalog import CATALOG
from rollout.ui.context import day, localized_column, moment, t
from rollout.ui.labels import item_label, step_value_label

SUMMARY_FIELDS = {"advanced": "status", "slipped": "planned_end", "reopened": "reason",
                  "newly_overdue": "planned_end"}


def field_label(field: str) -> str:
    key = f"field.{field}"
    return t(key) if key in CATALOG else field


def value_label(entity: str, field: str, value: str | None,
                centre_names: Mapping[str, str] | None = None) -> str:
    """A logged value as the user reads it: statuses and roles by name, dates localised,
    family centres by name."""
    if value is None or pd.isna(value) or value == "":
        return "–"
    if entity == "checklist_item" and field == "status":
        return item_label(value)
    if entity == "step_progress":
        return step_value_label(field, value)
    if field == "role" and f"role.{value}" in CATALOG:
        return t(f"role.{value}")
    if field == "is_active":
        return t("common.yes") if value == "True" else t("common.no")
    if field == "centres":
        names = centre_names or {}
        return ", ".join(names.get(code, code) for code in value.split(", "))
    return value


def subjects(events: pd.DataFrame) -> list[str]:
    """What each event changed: a unit (and the readiness item), a user, or a baseline."""
    items = localized_column(events, "item")
    named = []
    for entity, entity_id, municipality, item in zip(events["entity"], events["entity_id"],
                                                    events["municipality"], items):
        if entity == "checklist_item" and isinstance(item, str):
            named.append(f"{municipality} – {item}")
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


def summary_table(summary: pd.DataFrame) -> None:
    """The "what changed since" rows: kind, unit, step and the telling detail."""
    st.dataframe({t("column.kind"): [t(f"change.{kind}") for kind in summary["kind"]],
                  t("column.municipality"): summary["municipality"],
                  t("column.centre"): summary["centre"],
                  t("column.step"): step_numbers(summary["position"]),
                  t("column.detail"): [value_label("step_progress", SUMMARY_FIELDS[kind],
                                                   detail)
                                       for kind, detail in zip(summary["kind"],
                                                               summary["detail"])]},
                 hide_index=True, width="stretch")


def event_table(events: pd.DataFrame, centre_names: Mapping[str, str]) -> None:
    def values(column: str) -> list[str]:
        return [value_label(entity, field, value, centre_names) for entity, field, value
                in zip(events["entity"], events["field"], events[column])]
    st.dataframe({
        t("column.when"): [moment(value) for value in events["recorded_at"]],
        t("column.who"): events["actor"],
        t("column.what"): subjects(events),
        t("column.step"): step_numbers(events["position"]),
        t("column.field"): [field_label(field) for field in events["field"]],
        t("column.old"): values("old_value"),
        t("column.new"): values("new_value"),
        t("column.effective"): [day(value) for value in events["effective_on"]],
        t("column.reason"): events["reason"],
    }, hide_index=True, width="stretch", height=420)
