"""The change-event table in the user's language."""
from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from rollout.catalog import CATALOG
from rollout.ui.context import day, moment, t
from rollout.ui.step_grid import status_label

STATUS_VALUES = {"not_started", "in_progress", "done", "blocked"}
DATE_FIELDS = {"planned_start", "planned_end", "actual_start", "actual_end"}
SUMMARY_FIELDS = {"advanced": "status", "slipped": "planned_end", "reopened": "reason",
                  "newly_overdue": "planned_end"}


def field_label(field: str) -> str:
    key = f"field.{field}"
    return t(key) if key in CATALOG else field


def value_label(field: str, value: str | None) -> str:
    """A logged value as the user reads it: statuses and roles by name, dates localised."""
    if value is None or pd.isna(value) or value == "":
        return "–"
    if field == "status" and value in STATUS_VALUES:
        return status_label(value)
    if field == "status" and f"item.{value}" in CATALOG:  # a checklist item's status
        return t(f"item.{value}")
    if field in DATE_FIELDS:
        return day(date.fromisoformat(str(value)[:10]))
    if field == "role" and f"role.{value}" in CATALOG:
        return t(f"role.{value}")
    return value


def summary_table(summary: pd.DataFrame) -> None:
    """The "what changed since" rows: kind, unit, step and the telling detail."""
    st.dataframe({t("column.kind"): [t(f"change.{kind}") for kind in summary["kind"]],
                  t("column.municipality"): summary["municipality"],
                  t("column.centre"): summary["centre"],
                  t("column.step"): summary["position"].astype("Int64"),
                  t("column.detail"): [value_label(SUMMARY_FIELDS[kind], detail) for
                                       kind, detail in zip(summary["kind"], summary["detail"])]},
                 hide_index=True, width="stretch")


def event_table(events: pd.DataFrame) -> None:
    subjects = [municipality if isinstance(municipality, str) else f"{entity} {entity_id}"
                for municipality, entity, entity_id
                in zip(events["municipality"], events["entity"], events["entity_id"])]
    st.dataframe({
        t("column.when"): [moment(value) for value in events["recorded_at"]],
        t("column.who"): events["actor"],
        t("column.what"): subjects,
        t("column.step"): events["position"].astype("Int64"),
        t("column.field"): [field_label(field) for field in events["field"]],
        t("column.old"): [value_label(f, v) for f, v in zip(events["field"],
                                                           events["old_value"])],
        t("column.new"): [value_label(f, v) for f, v in zip(events["field"],
                                                           events["new_value"])],
        t("column.effective"): [day(value) for value in events["effective_on"]],
        t("column.reason"): events["reason"],
    }, hide_index=True, width="stretch", height=420)
