"""A step's readiness checklist for one unit: read by all, ticked by the centre's lead."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from rollout import i18n, services
from rollout.domain import DomainError, ItemStatus
from rollout.permissions import Actor
from rollout.ui.context import flash, lang, session_factory, t

ITEM_ICONS = {"open": "○", "done": "✔", "not_applicable": "–"}


def item_label(status: str) -> str:
    return f"{ITEM_ICONS[status]} {t(f'item.{status}')}"


def checklist(items: pd.DataFrame, unit_id: int, centre_id: int, actor: Actor) -> None:
    """The items of one step; a reviewer edits them in a table and saves the changed rows."""
    st.markdown(f"**{t('checklist.title')}**")
    loaded_key = f"checklist_loaded_{unit_id}_{items['step'].iloc[0]}"
    # Keep the rows (and versions) as first loaded, so a save can tell if someone else saved.
    loaded = st.session_state.setdefault(loaded_key, items.reset_index(drop=True))
    labels = {status.value: item_label(status.value) for status in ItemStatus}
    shown = pd.DataFrame({
        "required": ["✱" if required else "" for required in loaded["required"]],
        "text": [i18n.localized(row, "text", lang()) for row in loaded.to_dict("records")],
        "status": [labels[status] for status in loaded["status"]],
        "reason": loaded["reason"], "evidence": loaded["evidence"]})
    can_edit = actor.can_review_centre(centre_id)
    edited = st.data_editor(
        shown, key=f"{loaded_key}_editor", hide_index=True, width="stretch",
        disabled=not can_edit or ["required", "text"],
        column_config={
            "required": st.column_config.TextColumn(t("checklist.required"), width=40,
                                                    help=t("checklist.required_help")),
            "text": st.column_config.TextColumn(t("checklist.item"), width="large"),
            "status": st.column_config.SelectboxColumn(t("steps.status"),
                                                       options=list(labels.values()),
                                                       required=True),
            "reason": st.column_config.TextColumn(t("checklist.reason")),
            "evidence": st.column_config.TextColumn(t("checklist.evidence"),
                                                    help=t("checklist.evidence_help"))})
    if not can_edit:
        st.caption(t("checklist.read_only"))
        return
    if st.button(t("checklist.save"), key=f"{loaded_key}_save"):
        _save(loaded, edited, {label: value for value, label in labels.items()}, unit_id,
              actor, loaded_key)


def _save(loaded: pd.DataFrame, edited: pd.DataFrame, status_of: dict[str, str],
          unit_id: int, actor: Actor, loaded_key: str) -> None:
    changes = []
    for index, row in edited.iterrows():
        before = loaded.loc[index]
        status, reason, evidence = status_of[row["status"]], row["reason"] or "", \
            row["evidence"] or ""
        if (status, reason, evidence) != (before["status"], before["reason"],
                                          before["evidence"]):
            version = None if pd.isna(before["version"]) else int(before["version"])
            changes.append(services.ChecklistChange(int(before["item_id"]), version,
                                                    ItemStatus(status), reason, evidence))
    try:
        with session_factory()() as session:
            count = services.save_checklist(session, actor, unit_id, changes)
    except DomainError as error:
        st.error(i18n.error_message(error, lang()), icon=":material/error:")
        if error.key == "checklist.conflict":
            st.button(t("steps.load_theirs"), key=f"{loaded_key}_reload",
                      on_click=forget_checklist, args=(loaded_key,))
        return
    forget_checklist(loaded_key)
    flash(t("checklist.saved", count=count))


def forget_checklist(loaded_key: str) -> None:
    for key in (loaded_key, f"{loaded_key}_editor"):
        st.session_state.pop(key, None)
