"""The leads' readiness screen: a step's items × a centre's municipalities, the item (or all
items) set for the whole centre at once after a preview, and the sign-off of ready units."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

import pandas as pd
import streamlit as st

from rollout import metrics, queries, services
from rollout.domain import ItemStatus, StepStatus
from rollout.permissions import PUBLIC_RECORD, Actor
from rollout.services import ItemValues, PlannedItemChange, SignOffRequest
from rollout.ui.callbacks import acting
from rollout.ui.context import (date_input_format, lang, localized_column, moments, notify,
                                session_factory, show_notice, t, tc, with_names)
from rollout.ui.drawn_once import computed_once, draw_once
from rollout.ui.labels import (confirmation_label, item_label, item_values_label, readiness_label,
                               status_label)
from rollout.ui.previews import Preview, PreviewedAction
from rollout.ui.read_models import Reads

EVERY_ITEM = 0
ITEM_COLOURS = {"open": "#ffffff", "done": "#dcfce7", "not_applicable": "#f3f4f6"}


def is_link(text: str) -> bool:
    """Only web addresses are shown as links; anything else stays plain text."""
    return text.strip().lower().startswith(("http://", "https://"))


def centre_names(data: Reads) -> dict[int, str]:
    """The programme's family centres by id, named in the user's language."""
    return computed_once(("readiness.centres", data), lambda: data.named_units(lang())
                         .drop_duplicates("centre_id").set_index("centre_id")["centre"]
                         .to_dict())


def centre_readiness(data: Reads, centre_id: int, position: int
                     ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The step's items × the centre's units, and where each unit's step stands (read once
    per data stamp: every item's change and sign-off moves it)."""
    def read() -> tuple[pd.DataFrame, pd.DataFrame]:
        with session_factory()() as session:
            items = queries.centre_items(session, data.programme_id, centre_id, position)
            steps = queries.centre_steps(session, data.programme_id, centre_id, position)
        items = with_names(items).assign(text=lambda frame: localized_column(frame, "text"))
        return items, with_names(steps)
    return computed_once(("readiness.centre", data, centre_id, position), read)


Shown = tuple[int, int]  # the centre and step on screen, in a drawing's key


def readiness_matrix(data: Reads, shown: Shown, items: pd.DataFrame) -> None:
    """The centre's step as a matrix (drawn once per data stamp, centre and step)."""
    draw_once(("readiness.matrix", data, shown), lambda: _matrix(items))


def _matrix(items: pd.DataFrame) -> None:
    """Items as rows (✱ when required), municipalities as columns, the status in each cell,
    and each municipality's readiness: done / applicable (not-applicable items do not count)."""
    labels = {status.value: item_label(status.value) for status in ItemStatus}
    cells = items.assign(item=[f"{'✱ ' if required else ''}{position}. {text}" for required,
                               position, text in zip(items["required"],
                                                     items["item_position"], items["text"])],
                         cell=items["status"].map(labels))
    matrix = cells.pivot(index="item", columns="municipality", values="cell")
    matrix = matrix.reindex(index=list(dict.fromkeys(cells["item"])),
                            columns=list(dict.fromkeys(cells["municipality"])))
    counts = metrics.readiness(items, ["municipality"]).set_index("municipality")
    matrix.loc[t("readiness.progress_row")] = [readiness_label(*counts.loc[municipality])
                                               for municipality in matrix.columns]
    colours = {label: f"background-color: {ITEM_COLOURS[status]}"
               for status, label in labels.items()}
    st.dataframe(matrix.style.map(lambda cell: colours.get(cell, "")), width="stretch",
                 column_config={"item": st.column_config.TextColumn(t("checklist.item"),
                                                                    width="large")})
    st.caption(t("readiness.legend"))


def readiness_details(data: Reads, shown: Shown, items: pd.DataFrame) -> None:
    """Every cell with who set it, when, the reason and the evidence (links clickable)."""
    draw_once(("readiness.details", data, shown), lambda: _details(items))


def _details(items: pd.DataFrame) -> None:
    links = items["evidence_link"].where(items["evidence_link"].map(is_link))
    notes = [" ".join(part for part in (note, "" if is_link(link) else link) if part)
             for note, link in zip(items["evidence"], items["evidence_link"])]
    st.dataframe({t("column.municipality"): items["municipality"],
                  t("checklist.item"): [f"{p}. {text}" for p, text in
                                        zip(items["item_position"], items["text"])],
                  t("steps.status"): [item_label(status) for status in items["status"]],
                  t("readiness.set_by"): [t("record.actor") if by == PUBLIC_RECORD.name
                                          else by for by in items["updated_by_name"]],
                  t("readiness.set_at"): [moment if by else "" for moment, by in
                                          zip(moments(items["updated_at"]),
                                              items["updated_by_name"])],
                  t("checklist.reason"): items["reason"],
                  t("checklist.evidence"): notes,
                  t("readiness.link"): links},
                 hide_index=True, width="stretch",
                 column_config={t("readiness.link"): st.column_config.LinkColumn()})


@dataclass(frozen=True)
class CentreInputs:
    unit_ids: tuple[int, ...]
    item_ids: tuple[int, ...]
    values: ItemValues


def centre_update(actor: Actor, items: pd.DataFrame, key: str) -> None:
    """Set one item (or every item of the step) for the centre's municipalities at once:
    preview, then save all or nothing."""
    units = items.drop_duplicates("unit_id").set_index("unit_id")["municipality"].to_dict()
    texts = items.drop_duplicates("item_id").set_index("item_id")
    item_names = {EVERY_ITEM: t("readiness.every_item")} | {
        item_id: f"{row.item_position}. {row.text}" for item_id, row in texts.iterrows()}
    item_column, status_column = st.columns([3, 1])
    item_column.selectbox(t("checklist.item"), list(item_names), format_func=item_names.get,
                          key=f"{key}.item")
    status_column.selectbox(t("steps.status"), [s.value for s in ItemStatus],
                            format_func=item_label, key=f"{key}.status")
    st.multiselect(t("readiness.municipalities"), list(units), default=list(units),
                   format_func=units.get, key=f"{key}.units")
    reason_column, evidence_column, link_column = st.columns(3)
    reason_column.text_input(t("checklist.reason"), key=f"{key}.reason")
    evidence_column.text_input(t("checklist.evidence"), key=f"{key}.evidence")
    link_column.text_input(t("readiness.link"), key=f"{key}.link", max_chars=500,
                           placeholder="https://")
    action = PreviewedAction(key, partial(_centre_inputs, key, tuple(texts.index)),
                             partial(_plan, actor), partial(_save, actor))
    action.preview_button(t("bulk.preview"))
    preview = action.current()
    if preview is not None:
        _show_centre_preview(preview, action, units, item_names)
    action.show_outcome()


def _centre_inputs(key: str, step_items: tuple[int, ...]) -> CentreInputs:
    state = st.session_state
    chosen = state.get(f"{key}.item", EVERY_ITEM)
    return CentreInputs(tuple(state.get(f"{key}.units") or ()),
                        step_items if chosen == EVERY_ITEM else (chosen,),
                        ItemValues(ItemStatus(state.get(f"{key}.status", "open")),
                                   state.get(f"{key}.reason", ""),
                                   state.get(f"{key}.evidence", ""),
                                   state.get(f"{key}.link", "")).cleaned())


def _plan(actor: Actor, inputs: CentreInputs) -> list[PlannedItemChange]:
    with session_factory()() as session:
        return services.preview_centre_update(session, actor, list(inputs.unit_ids),
                                              list(inputs.item_ids), inputs.values)


def _save(actor: Actor, preview: Preview) -> str:
    with session_factory()() as session:
        count = services.apply_centre_update(session, actor, list(preview.changes))
    return tc("checklist.saved", count)


def _show_centre_preview(preview: Preview, action: PreviewedAction, units: dict[int, str],
                         item_names: dict[int, str]) -> None:
    changes = preview.changes
    if not changes:
        st.info(t("bulk.nothing"))
        return
    st.dataframe({t("column.municipality"): [units[c.unit_id] for c in changes],
                  t("checklist.item"): [item_names[c.item_id] for c in changes],
                  t("column.old"): [item_values_label(c.old) for c in changes],
                  t("column.new"): [item_values_label(c.new) for c in changes]},
                 hide_index=True, width="stretch")
    action.save_button(preview, tc("readiness.apply", len(changes)))



def sign_off_panel(data: Reads, shown: Shown, actor: Actor, items: pd.DataFrame,
                   steps: pd.DataFrame, key: str, may_sign: bool) -> None:
    """Where each unit's step stands, how ready it is, its sign-off; and, for the centre's
    lead, signing off the ready units (all of them by default) on a date."""
    counts = computed_once(("readiness.counts", data, shown), lambda: metrics.readiness(
        items, ["unit_id"]).set_index("unit_id"))
    ready = counts["required_done"] == counts["required_applicable"]
    draw_once(("readiness.sign_table", data, shown),
              lambda: _sign_off_table(steps, counts, ready))
    if not may_sign:
        return
    signable = steps[steps["signed_kind"].isna() & steps["unit_id"].map(ready)]
    if signable.empty:
        st.caption(t("readiness.none_to_sign"))
        show_notice(key)
        return
    names = dict(zip(signable["progress_id"], signable["municipality"]))
    versions = dict(zip(signable["progress_id"], signable["version"]))
    chosen = st.multiselect(t("readiness.sign_units"), list(names), default=list(names),
                            format_func=names.get, key=f"{key}.units")
    day_column, comment_column = st.columns([1, 3])
    day_column.date_input(t("readiness.sign_date"), value=date.today(), max_value=date.today(),
                          format=date_input_format(), key=f"{key}.day")
    comment_column.text_input(t("readiness.comment"), key=f"{key}.comment")
    requests = tuple(SignOffRequest(int(progress_id), int(versions[progress_id]))
                     for progress_id in chosen)
    st.button(tc("readiness.sign", len(requests)), type="primary", disabled=not requests,
              on_click=_sign, args=(actor, requests, key))
    show_notice(key)


def _sign_off_table(steps: pd.DataFrame, counts: pd.DataFrame, ready: pd.Series) -> None:
    st.dataframe({t("column.municipality"): steps["municipality"],
                  t("steps.status"): [status_label(status) for status in steps["status"]],
                  t("readiness.progress"): [readiness_label(*counts.loc[unit])
                                            for unit in steps["unit_id"]],
                  t("readiness.ready"): [t("common.yes") if ready[unit] else t("common.no")
                                         for unit in steps["unit_id"]],
                  t("readiness.signed"): _confirmations(steps)},
                 hide_index=True, width="stretch")


def _confirmations(steps: pd.DataFrame) -> list[str]:
    return [confirmation_label(kind, on, by, note) if isinstance(kind, str) else ""
            for kind, on, by, note in zip(steps["signed_kind"], steps["signed_on"],
                                          steps["signed_by"], steps["signed_note"])]


def _sign(actor: Actor, requests: tuple[SignOffRequest, ...], key: str) -> None:
    with acting(key), session_factory()() as session:
        count = services.sign_off(session, actor, list(requests),
                                  st.session_state[f"{key}.day"],
                                  st.session_state.get(f"{key}.comment", ""))
        notify(key, "success", tc("readiness.signed_count", count))
        st.session_state[f"{key}.comment"] = ""


def working_step(data: Reads, centre_id: int) -> int:
    """The first step that some unit of the centre has not finished (else the first)."""
    return computed_once(("readiness.working", data, centre_id),
                         lambda: _working_step(data.step_rows(), centre_id))


def _working_step(step_rows: pd.DataFrame, centre_id: int) -> int:
    rows = step_rows[step_rows["centre_id"] == centre_id]
    unfinished = rows.loc[rows["status"] != StepStatus.DONE.value, "position"]
    return int(unfinished.min()) if len(unfinished) else int(rows["position"].min())
