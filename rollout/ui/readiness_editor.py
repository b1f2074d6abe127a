"""A step's readiness checklist for one unit: read by all, ticked by the centre's lead in a
table. The table follows rollout.ui.record_form: it shows one version of the step's items,
a save sends that version, and a save or "load the latest values" gives a fresh table."""
from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from rollout import queries, services
from rollout.domain import ItemStatus
from rollout.permissions import Actor
from rollout.services import ReadinessChange, ItemValues
from rollout.ui import record_form
from rollout.ui.context import localized_column, session_factory, t, tc
from rollout.ui.labels import item_label, item_values_label
from rollout.ui.record_form import RecordForm, Saved

LINK_WIDTH = 160  # pixels

def checklist_state(items: pd.DataFrame) -> tuple[tuple, dict[int, ItemValues]]:
    """The version and values of a step's items as the checklist form holds them."""
    version = services.readiness_version(
        [(item_id, None if pd.isna(v) else v) for item_id, v in zip(items["item_id"],
                                                                     items["version"])])
    values = {int(row.item_id): ItemValues(ItemStatus(row.status), row.reason, row.evidence,
                                           row.evidence_link)
              for row in items.itertuples()}
    return version, values


def checklist(items: pd.DataFrame, unit_id: int, centre_id: int, actor: Actor) -> None:
    """The items of one step; a reviewer edits them in a table and saves the changed rows."""
    st.markdown(f"**{t('checklist.title')}**")
    step = int(items["step"].iloc[0])
    version, values = checklist_state(items)
    can_edit = actor.can_review_centre(centre_id)
    form = record_form.open_form(f"checklist-{unit_id}-{step}", version, values,
                                 read_only=not can_edit)
    record_form.notice_if_stale(form, version, values, items["updated_at"].max())
    texts = dict(zip(items["item_id"].astype(int), _item_texts(items)))
    st.data_editor(_table(form, items), key=form.key("items"), hide_index=True,
                   width="stretch", disabled=not can_edit or ["required", "text"],
                   column_config=_column_config())
    if not can_edit:
        st.caption(t("checklist.read_only"))
        return
    record_form.action_button(form, t("checklist.save"), _entered,
                              partial(_save, unit_id, step, actor))
    record_form.show_conflict(form, texts, lambda _item, value: item_values_label(value),
                              lambda theirs: theirs)


def _item_texts(items: pd.DataFrame) -> list[str]:
    return localized_column(items, "text").tolist()


def _table(form: RecordForm, items: pd.DataFrame) -> pd.DataFrame:
    shown = [form.values[int(item_id)] for item_id in items["item_id"]]
    return pd.DataFrame({
        "required": ["✱" if required else "" for required in items["required"]],
        "text": _item_texts(items),
        "status": [item_label(value.status.value) for value in shown],
        "reason": [value.reason for value in shown],
        "evidence": [value.evidence for value in shown],
        "evidence_link": [value.evidence_link for value in shown]})


def _column_config() -> dict:
    return {
        "required": st.column_config.TextColumn(t("checklist.required"), width=40,
                                                help=t("checklist.required_help")),
        "text": st.column_config.TextColumn(t("checklist.item"), width="large"),
        "status": st.column_config.SelectboxColumn(
            t("steps.status"), options=[item_label(s.value) for s in ItemStatus],
            required=True),
        "reason": st.column_config.TextColumn(t("checklist.reason")),
        "evidence": st.column_config.TextColumn(t("checklist.evidence"),
                                                help=t("checklist.evidence_help")),
        "evidence_link": st.column_config.TextColumn(t("readiness.link"), max_chars=500,
                                                     width=LINK_WIDTH,
                                                     help=t("readiness.link_help"))}


def _entered(form: RecordForm) -> dict[int, ItemValues]:
    """The shown items with the user's edits in the table applied, by item id."""
    status_of = {item_label(status.value): status for status in ItemStatus}
    edits = (st.session_state.get(form.key("items")) or {}).get("edited_rows", {})
    entered = {}
    for index, (item_id, shown) in enumerate(form.values.items()):
        edit = edits.get(index, edits.get(str(index), {}))
        entered[item_id] = ItemValues(
            status_of[edit["status"]] if "status" in edit else shown.status,
            edit.get("reason", shown.reason) or "", edit.get("evidence", shown.evidence) or "",
            edit.get("evidence_link", shown.evidence_link) or "").cleaned()
    return entered


def _save(unit_id: int, step: int, actor: Actor, form: RecordForm,
          entered: dict[int, ItemValues]) -> Saved:
    versions = dict(form.version)
    changes = [ReadinessChange(item_id, versions[item_id], **vars(value))
               for item_id, value in entered.items() if value != form.stored[item_id]]
    with session_factory()() as session:
        count = services.save_readiness(session, actor, unit_id, changes)
        items = queries.readiness_frame(session, unit_id)
    version, values = checklist_state(items[items["step"] == step])
    return Saved(version, values, tc("checklist.saved", count) if count
                 else t("steps.no_changes"))

