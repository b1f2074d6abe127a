"""The template page's checklist part: a step's items in use (required or optional) and its
retired items apart; reword an item or mark it required or optional (a record form keyed by
the item and its version), move it, retire or restore it, add an item. What a change will
affect is said before it is saved; no change rewrites a unit's answers or steps.

A step's items and what a change would affect are read once per data stamp, and its tables
drawn once (rollout.ui.drawn_once): every change of an item is a recorded save
(services.readiness_templates), and so is every answer, step status and sign-off the counts
are of. The editors are widgets, drawn every run."""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import pandas as pd
import streamlit as st

from rollout import queries, services
from rollout.models import ReadinessItemTemplate
from rollout.permissions import Actor
from rollout.services import ItemTexts
from rollout.services.readiness_templates import item_values
from rollout.ui import record_form
from rollout.ui.callbacks import acting
from rollout.ui.context import (day, localized_column, notify, number, session_factory,
                                show_notice, t)
from rollout.ui.drawn_once import computed_once, draw_once
from rollout.ui.read_models import Reads
from rollout.ui.record_form import RecordForm, Saved
from rollout.ui.template_steps import field_label

TEXTS = ("text_fi", "text_sv", "text_en")
CONFIRM_KEY = "templates.confirm_retire"


@dataclass(frozen=True)
class StepItems:
    """A step's items in use and retired ones (each in order), the labels of those in use by
    id, and what a checklist change of the step would meet."""
    active: pd.DataFrame
    retired: pd.DataFrame
    labels: dict[int, str]
    impact: queries.StepImpact


def items_section(actor: Actor, data: Reads, step: pd.Series) -> None:
    """The step's checklist: the items in use, the chosen item's editor, the retired items,
    and the form that adds one."""
    step_id = int(step["step_id"])
    read = computed_once(("templates.items", data, step_id), lambda: _step_items(step_id))
    draw_once(("templates.items_table", data, step_id), lambda: _items_table(read))
    if not read.active.empty:
        _item_editor(actor, data, step_id, read)
    _retired_items(actor, data, step_id, read.retired)
    _add_item_form(actor, step_id, read)


def _step_items(step_id: int) -> StepItems:
    with session_factory()() as session:
        items = queries.template_items(session, step_id)
        impact = queries.step_impact(session, step_id)
    active = items[items["retired_at"].isna()].reset_index(drop=True)
    retired = items[items["retired_at"].notna()].reset_index(drop=True)
    return StepItems(active, retired, _labels(active), impact)


def _labels(items: pd.DataFrame) -> dict[int, str]:
    return {int(item_id): f"{number(index + 1)}. {text}" for index, (item_id, text)
            in enumerate(zip(items["item_id"], localized_column(items, "text")))}


def _items_table(read: StepItems) -> None:
    impact, items = read.impact, read.active
    st.caption(t("templates.step_impact", units=number(impact.units), done=number(impact.done),
                 signed=number(impact.signed_off)))
    if items.empty:
        st.info(t("templates.no_items"))
        return
    st.dataframe({t("templates.number"): [number(n) for n in range(1, len(items) + 1)],
                  t("checklist.required"): [t("templates.required") if required
                                            else t("templates.optional")
                                            for required in items["required"]],
                  **{field_label(name): items[name] for name in TEXTS},
                  t("templates.answered"): items["answered"]},
                 hide_index=True, width="stretch")


def _item_editor(actor: Actor, data: Reads, step_id: int, read: StepItems) -> None:
    """Reword the chosen item, mark it required or optional, move it or retire it."""
    st.markdown(f"**{t('templates.edit_item')}**")
    labels = read.labels
    item_id = st.selectbox(t("templates.item"), list(labels), format_func=labels.get,
                           key=f"templates.item.{step_id}")
    item = read.active.set_index("item_id").loc[item_id]
    stored = {**{name: item[name] for name in TEXTS}, "required": bool(item["required"])}
    form = record_form.open_form(f"item-template-{item_id}", int(item["version"]), stored)
    record_form.notice_if_stale(form, int(item["version"]), stored, None)
    for column, name in zip(st.columns(3), TEXTS):
        column.text_input(field_label(name), value=form.values[name], key=form.key(name),
                          max_chars=300)
    st.checkbox(t("templates.required_box"), value=form.values["required"],
                key=form.key("required"), help=t("templates.required_box_help"))
    impact = computed_once(("templates.item_impact", data, item_id),
                           lambda: _item_impact(item_id))
    _say_what_changes(form, impact)
    record_form.action_button(form, t("templates.save_item"), _entered,
                              partial(_save_item, actor, item_id), type="primary")
    record_form.show_conflict(form, {**{name: field_label(name) for name in TEXTS},
                                     "required": t("templates.required_box")},
                             _shown, lambda theirs: theirs)
    _order_and_retire(actor, item_id, int(item["version"]), list(labels).index(item_id) + 1,
                      len(labels), impact)


def _item_impact(item_id: int) -> queries.ItemImpact:
    with session_factory()() as session:
        return queries.item_impact(session, item_id)


def _say_what_changes(form: RecordForm, impact: queries.ItemImpact) -> None:
    """What saving the form as it stands would affect."""
    required, was_required = bool(form.widget_value("required")), form.stored["required"]
    if required and not was_required:
        st.warning(t("templates.make_required_impact", open=number(impact.open),
                     done=number(impact.open_where_done)), icon=":material/info:")
    elif was_required and not required:
        st.info(t("templates.make_optional_impact", open=number(impact.open)))
    if any((form.widget_value(name) or "").strip() != form.stored[name] for name in TEXTS):
        st.info(t("templates.reword_impact", answered=number(impact.answered)))


def _shown(name: str, value: object) -> str:
    if name == "required":
        return t("templates.required") if value else t("templates.optional")
    return str(value or "–")


def _entered(form: RecordForm) -> dict[str, object]:
    return {**{name: (form.widget_value(name) or "").strip() for name in TEXTS},
            "required": bool(form.widget_value("required"))}


def _save_item(actor: Actor, item_id: int, form: RecordForm,
               entered: dict[str, object]) -> Saved:
    texts = ItemTexts(*(entered[name] for name in TEXTS))
    with session_factory()() as session:
        version = services.update_readiness_item(session, actor, item_id, form.version, texts,
                                                 entered["required"])
    return Saved(version, entered, t("templates.item_saved") if version != form.version
                 else t("steps.no_changes"))


def _order_and_retire(actor: Actor, item_id: int, version: int, current: int, count: int,
                      impact: queries.ItemImpact) -> None:
    """Move the item up or down or to a number, or retire it after a confirmation that says
    what retiring affects."""
    position_key = f"templates.position.{item_id}.v{version}"
    up, down, where, move, retire = st.columns([1, 1, 2, 2, 2], vertical_alignment="bottom")
    up.button("↑", key=f"templates.up.{item_id}", help=t("templates.move_up"),
              disabled=current <= 1, on_click=_move, args=(actor, item_id, version,
                                                           current - 1))
    down.button("↓", key=f"templates.down.{item_id}", help=t("templates.move_down"),
                disabled=current >= count, on_click=_move,
                args=(actor, item_id, version, current + 1))
    where.number_input(t("templates.position"), min_value=1, max_value=count, value=current,
                       key=position_key)
    move.button(t("templates.move"), key=f"templates.move.{item_id}",
                on_click=lambda: _move(actor, item_id, version,
                                       int(st.session_state[position_key])))
    retire.button(t("templates.retire"), key=f"templates.retire.{item_id}",
                  on_click=st.session_state.__setitem__, args=(CONFIRM_KEY, item_id))
    if st.session_state.get(CONFIRM_KEY) == item_id:
        st.warning(t("templates.retire_impact", answered=number(impact.answered),
                     open=number(impact.open)), icon=":material/help:")
        yes, no = st.columns(2)
        yes.button(t("templates.retire_confirm"), type="primary", key=f"templates.yes.{item_id}",
                   on_click=_retire, args=(actor, item_id, version))
        no.button(t("common.cancel"), key=f"templates.no.{item_id}",
                  on_click=st.session_state.pop, args=(CONFIRM_KEY,))
    show_notice(f"item-actions-{item_id}")


def _move(actor: Actor, item_id: int, version: int, position: int) -> None:
    with acting(f"item-actions-{item_id}"), session_factory()() as session:
        services.move_readiness_item(session, actor, item_id, version, position)
        _refresh_form(session, item_id)
        notify(f"item-actions-{item_id}", "success",
               t("templates.moved", position=number(position)))


def _retire(actor: Actor, item_id: int, version: int) -> None:
    st.session_state.pop(CONFIRM_KEY, None)
    with acting("retired-items"), session_factory()() as session:
        services.retire_readiness_item(session, actor, item_id, version)
        notify("retired-items", "success", t("templates.retired_done"))


def _refresh_form(session, item_id: int) -> None:
    """After a move of the admin's own, the item's form is at the item's new version, still
    holding what the admin had typed and not yet saved (no conflict with themselves)."""
    item = session.get(ReadinessItemTemplate, item_id)
    record, stored = f"item-template-{item_id}", item_values(item)
    form = st.session_state.get(record_form.FORMS_KEY, {}).get(record)
    typed = {} if form is None else {name: value for name, value in _entered(form).items()
                                     if value != form.stored.get(name)}
    record_form.show(record, item.version, {**stored, **typed}, base=stored if typed else None)


def _retired_items(actor: Actor, data: Reads, step_id: int, retired: pd.DataFrame) -> None:
    """The retired items apart, with when they were retired and the answers they keep, and
    the chooser of the one to restore."""
    draw_once(("templates.retired_table", data, step_id), lambda: _retired_table(retired))
    if not retired.empty:
        labels = dict(zip(retired["item_id"].astype(int), localized_column(retired, "text")))
        versions = dict(zip(retired["item_id"].astype(int), retired["version"].astype(int)))
        chosen = st.selectbox(t("templates.item"), list(labels), format_func=labels.get,
                              key=f"templates.retired.{step_id}")
        st.button(t("templates.restore"), key=f"templates.restore.{chosen}",
                  on_click=_restore, args=(actor, chosen, versions[chosen]),
                  help=t("templates.restore_help"))
    show_notice("retired-items")


def _retired_table(retired: pd.DataFrame) -> None:
    st.markdown(f"**{t('templates.retired_items')}**")
    if retired.empty:
        st.caption(t("templates.no_retired"))
        return
    st.caption(t("templates.retired_note"))
    st.dataframe({field_label("text_fi"): retired["text_fi"],
                  field_label("text_sv"): retired["text_sv"],
                  t("templates.required_box"): [t("templates.required") if flag
                                                else t("templates.optional")
                                                for flag in retired["required"]],
                  t("templates.retired_on"): [day(moment.date())
                                              for moment in retired["retired_at"]],
                  t("templates.answered"): retired["answered"]},
                 hide_index=True, width="stretch")


def _restore(actor: Actor, item_id: int, version: int) -> None:
    with acting("retired-items"), session_factory()() as session:
        services.restore_readiness_item(session, actor, item_id, version)
        notify("retired-items", "success", t("templates.restored"))


ADD_FIELDS = (*TEXTS, "required", "position")


def _add_item_form(actor: Actor, step_id: int, read: StepItems) -> None:
    """A new item, at the end or before an item in use; what it will affect, said first."""
    st.markdown(f"**{t('templates.add_item')}**")
    impact = read.impact
    places = {0: t("templates.at_the_end"),
              **{number: t("templates.before", item=label)
                 for number, label in enumerate(read.labels.values(), start=1)}}
    with st.form(f"add_item-{step_id}"):
        for column, name in zip(st.columns(3), TEXTS):
            column.text_input(field_label(name), key=f"add_item.{name}", max_chars=300)
        st.session_state.setdefault("add_item.required", True)
        st.checkbox(t("templates.required_box"), key="add_item.required",
                    help=t("templates.required_box_help"))
        st.selectbox(t("templates.add_where"), list(places), key="add_item.position",
                     format_func=places.get)
        st.caption(t("templates.add_impact", units=number(impact.units),
                     done=number(impact.done), signed=number(impact.signed_off)))
        st.form_submit_button(t("templates.add_item"), on_click=_add, args=(actor, step_id))
    show_notice("add_item")


def _add(actor: Actor, step_id: int) -> None:
    state = st.session_state
    texts = ItemTexts(*(state[f"add_item.{name}"] for name in TEXTS))
    position = state["add_item.position"] or None
    with acting("add_item"), session_factory()() as session:
        services.add_readiness_item(session, actor, step_id, texts,
                                    bool(state["add_item.required"]), position)
        for name in TEXTS:
            state[f"add_item.{name}"] = ""
        state["add_item.required"], state["add_item.position"] = True, 0
        notify("add_item", "success", t("templates.added"))
