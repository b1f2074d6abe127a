"""The organisation page's units: assign a municipality to a family centre (a new unit), and
move a unit to another centre (a record form keyed by the unit and its version), each saying
beforehand what it does to the unit's steps, readiness and history."""
from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from rollout import services
from rollout.permissions import Actor
from rollout.ui import record_form
from rollout.ui.context import number, plain, session_factory, t
from rollout.ui.drawn_once import draw_once
from rollout.ui.organisation_view import Organisation
from rollout.ui.read_models import Reads
from rollout.ui.record_form import RecordForm, Saved

NEW_UNIT = "unit-new"


def _entered(form: RecordForm) -> dict[str, object]:
    return {name: form.widget_value(name) for name in form.values}


def units_panel(actor: Actor, data: Reads, organisation: Organisation) -> None:
    """The assign form, the move form and the programme's units (drawn once per stamp)."""
    assign_column, move_column = st.columns(2)
    with assign_column:
        _assign(actor, data.programme_id, organisation)
    with move_column:
        if not organisation.units.empty:
            _move(actor, data.programme_id, organisation)
    draw_once(("organisation.units", data), lambda: _units_table(organisation.units))


def _units_table(units: pd.DataFrame) -> None:
    st.dataframe({t("organisation.municipality"): units["municipality"],
                  t("organisation.centre"): units["centre"],
                  t("organisation.area"): units["area"]},
                 hide_index=True, width="stretch")


def _assign(actor: Actor, programme_id: int, organisation: Organisation) -> None:
    st.markdown(f"**{t('organisation.assign')}**")
    st.caption(t("organisation.assign_help"))
    choices = organisation.choices
    names = choices.municipalities
    chosen = st.selectbox(t("organisation.municipality"), list(names), format_func=names.get,
                          key="organisation.assign_municipality")
    serving = choices.serving.get(chosen, [])
    st.caption(plain(t("organisation.served_by", municipality=names.get(chosen, ""),
                       centres=", ".join(serving) or t("organisation.not_served"))))
    region = organisation.municipalities["region_id"].get(chosen)
    options = choices.active_centres.get(region, {})
    blank = {"centre_id": next(iter(options), None)}
    form = record_form.open_form(f"{NEW_UNIT}-{chosen}", 0, blank, read_only=not options)
    if not options:
        st.info(t("organisation.no_centres"))
        return
    with st.form(form.prefix, border=False):
        st.selectbox(t("organisation.centre"), list(options), format_func=options.get,
                     key=form.key("centre_id"))
        record_form.submit_button(form, t("organisation.assign_button"), _entered,
                                  partial(_save_assign, actor, programme_id, chosen,
                                          names.get(chosen, chosen), options, blank),
                                  type="primary")


def _save_assign(actor: Actor, programme_id: int, code: str, municipality: str,
                 centres: dict[int, str], blank: dict, form: RecordForm,
                 entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        services.assign_municipality(session, actor, programme_id, entered["centre_id"], code)
    return Saved(0, blank, t("organisation.assigned", municipality=municipality,
                             centre=centres[entered["centre_id"]]))


def _move(actor: Actor, programme_id: int, organisation: Organisation) -> None:
    st.markdown(f"**{t('organisation.move')}**")
    labels = organisation.choices.units
    unit_id = st.selectbox(t("organisation.unit"), list(labels), key="organisation.unit",
                           format_func=labels.get)
    row = organisation.units.loc[unit_id]
    version, current = int(row["version"]), int(row["centre_id"])
    st.caption(t("organisation.move_affects",
                 started=number(organisation.started.get(int(unit_id), 0)),
                 steps=number(organisation.steps)))
    options = {current: row["centre"]} | organisation.choices.active_centres.get(
        int(row["region_id"]), {})
    form = record_form.open_form(f"unit-{unit_id}", version, {"centre_id": current})
    record_form.notice_if_stale(form, version, {"centre_id": current}, None)
    with st.form(form.prefix, border=False):
        st.selectbox(t("organisation.new_centre"), list(options), format_func=options.get,
                     index=list(options).index(form.values["centre_id"])
                     if form.values["centre_id"] in options else 0,
                     key=form.key("centre_id"))
        record_form.submit_button(form, t("organisation.move_button"), _entered,
                                  partial(_save_move, actor, programme_id, int(unit_id),
                                          row["municipality"], options),
                                  type="primary")
    record_form.show_conflict(form, {"centre_id": t("organisation.centre")},
                              lambda _, value: options.get(value, str(value)),
                              lambda theirs: theirs)


def _save_move(actor: Actor, programme_id: int, unit_id: int, municipality: str,
               centres: dict[int, str], form: RecordForm, entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        unit = services.move_unit(session, actor, programme_id, unit_id, form.version,
                                  entered["centre_id"])
        version = unit.version
    return Saved(version, {"centre_id": entered["centre_id"]},
                 t("organisation.moved", municipality=municipality,
                   old=centres.get(form.values["centre_id"], ""),
                   new=centres[entered["centre_id"]]))
