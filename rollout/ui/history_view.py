"""The change-event table in the user's language."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from rollout.catalog import CATALOG
from rollout.ui.context import day, moment, t
from rollout.ui.step_grid import status_label

STATUS_VALUES = {"not_started", "in_progress", "done", "blocked"}


def field_label(field: str) -> str:
    key = f"field.{field}"
    return t(key) if key in CATALOG else field


def value_label(field: str, value: str | None) -> str:
    if value is None or value == "":
        return "–"
    if field == "status" and value in STATUS_VALUES:
        return status_label(value)
    if field == "role" and f"role.{value}" in CATALOG:
        return t(f"role.{value}")
    return value


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
