"""The organisation page's areas and family centres: tables, an add form each, and the chosen
area's or centre's form (rollout.ui.record_form: keyed by the record and its version, a
stale save refused with both sides shown). Retiring or restoring is its own small form of
the same record; each save refreshes both, so neither keeps an old version.

The page's read models (`Organisation`: frames, choosers' labels) are made once per data
stamp and its tables drawn once per stamp (rollout.ui.drawn_once); the forms, being widgets,
are drawn on every run."""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import pandas as pd
import streamlit as st

from rollout import queries, services
from rollout.domain import StepStatus
from rollout.permissions import Actor
from rollout.ui import record_form
from rollout.ui.context import localized_column, number, session_factory, t, tc, with_names
from rollout.ui.drawn_once import computed_once, draw_once
from rollout.ui.read_models import Reads
from rollout.ui.record_form import RecordForm, Saved


@dataclass(frozen=True)
class Choices:
    """What the page's choosers offer, by id and in order: every area, centre, unit and
    municipality labelled; the areas in use; the centres in use (in an area in use) of each
    county; and the names of the centres serving each municipality."""
    areas: dict[int, str]
    centres: dict[int, str]
    units: dict[int, str]
    municipalities: dict[str, str]
    active_areas: dict[int, str]
    active_centres: dict[int, dict[int, str]]
    serving: dict[str, list[str]]


@dataclass(frozen=True)
class Organisation:
    """What the Organisation page shows of a programme's counties, with names in the user's
    language: counties, areas, centres, units and municipalities (with populations), each
    indexed by its record's id (kept as a column too); what its choosers offer; and how many
    steps each unit has started of how many (what a move tells the admin)."""
    counties: pd.DataFrame
    areas: pd.DataFrame
    centres: pd.DataFrame
    units: pd.DataFrame
    municipalities: pd.DataFrame
    choices: Choices
    started: dict[int, int]
    steps: int


def organisation_of(data: Reads) -> Organisation:
    """The programme's organisation, read and labelled once per data stamp: every change of
    an area, a centre, a unit or a population is a recorded save (services.organisation,
    units, populations, programmes), so the stamp moves with each."""
    return computed_once(("organisation", data), lambda: _organisation(data))


def _organisation(data: Reads) -> Organisation:
    with session_factory()() as session:
        counties = with_names(queries.programme_counties(session, data.programme_id))
        areas = queries.areas_frame(session, data.programme_id)
        centres = with_names(queries.organisation_centres(session, data.programme_id))
        units = with_names(queries.organisation_units(session, data.programme_id)
                           ).sort_values(["municipality", "centre"])
        municipalities = with_names(queries.populations_frame(session, data.programme_id)
                                    ).sort_values("municipality")
    areas["region"] = localized_column(areas, "region")
    return Organisation(
        counties, areas.set_index("area_id", drop=False),
        centres.set_index("centre_id", drop=False), units.set_index("unit_id", drop=False),
        municipalities.set_index("municipality_code", drop=False),
        _choices(areas, centres, units, municipalities), _started_steps(data),
        len(data.steps()))


def _choices(areas: pd.DataFrame, centres: pd.DataFrame, units: pd.DataFrame,
             municipalities: pd.DataFrame) -> Choices:
    unit_label = partial(t, "organisation.unit_label")
    in_use = centres[~centres["retired"] & ~centres["area_retired"]]
    active_centres: dict[int, dict[int, str]] = {}
    for region_id, centre_id, name in zip(in_use["region_id"], in_use["centre_id"],
                                          in_use["centre"]):
        active_centres.setdefault(int(region_id), {})[int(centre_id)] = name
    serving: dict[str, list[str]] = {}
    for code, centre in zip(units["municipality_code"], units["centre"]):
        serving.setdefault(code, []).append(centre)
    return Choices(
        _by_id(areas["area_id"], map(named, areas["name"], areas["retired"])),
        _by_id(centres["centre_id"], map(named, centres["centre"], centres["retired"])),
        _by_id(units["unit_id"], (unit_label(municipality=municipality, centre=centre)
                                  for municipality, centre in zip(units["municipality"],
                                                                  units["centre"]))),
        dict(zip(municipalities["municipality_code"], municipalities["municipality"])),
        _by_id(areas.loc[~areas["retired"], "area_id"], areas.loc[~areas["retired"], "name"]),
        active_centres, serving)


def _by_id(ids: pd.Series, labels) -> dict[int, str]:
    return dict(zip(map(int, ids), labels))


def _started_steps(data: Reads) -> dict[int, int]:
    rows = data.step_rows()
    started = rows[rows["status"] != StepStatus.NOT_STARTED.value]
    return started.groupby("unit_id").size().to_dict()


NEW_AREA = "area-new"
NEW_CENTRE = "centre-new"


_STATES = {True: "organisation.retired", False: "organisation.active"}


def named(name: str, retired: bool) -> str:
    return t("organisation.retired_label", name=name) if retired else name


def centres_count(count) -> str:
    return tc("organisation.n_centres", int(count))


def units_count(count) -> str:
    return tc("organisation.n_units", int(count))


def _entered(form: RecordForm) -> dict[str, object]:
    return {name: form.widget_value(name) for name in form.values}


# Areas -------------------------------------------------------------------------------------

def areas_panel(actor: Actor, data: Reads, organisation: Organisation) -> None:
    """The areas' table (drawn once per data stamp), the add form and the chosen area's."""
    draw_once(("organisation.areas", data), lambda: _areas_table(organisation))
    add_column, edit_column = st.columns(2)
    with add_column:
        _add_area(actor, data.programme_id, organisation.counties)
    with edit_column:
        if not organisation.areas.empty:
            _edit_area(actor, data.programme_id, organisation)


def _areas_table(organisation: Organisation) -> None:
    areas = organisation.areas
    st.subheader(t("organisation.areas"))
    table = {t("organisation.area"): areas["name"]}
    if len(organisation.counties) > 1:
        table[t("organisation.county")] = areas["region"]
    st.dataframe(table | {t("organisation.centres"): areas["centres"],
                          t("organisation.units"): areas["units"],
                          t("organisation.state"): areas["retired"].map(_STATES)
                          .map(t).to_numpy()},
                 hide_index=True, width="stretch")


def _add_area(actor: Actor, programme_id: int, counties: pd.DataFrame) -> None:
    st.markdown(f"**{t('organisation.add_area')}**")
    names = dict(zip(counties["region_id"], counties["region"]))
    blank = {"name": "", "region_id": next(iter(names), None)}
    form = record_form.open_form(NEW_AREA, 0, blank)
    with st.form(form.prefix, border=False):
        st.text_input(t("organisation.area_name"), key=form.key("name"), max_chars=120)
        if len(names) > 1:
            st.selectbox(t("organisation.county"), list(names), format_func=names.get,
                         key=form.key("region_id"))
        record_form.submit_button(form, t("organisation.add_area"), _entered,
                                  partial(_save_new_area, actor, programme_id, blank))


def _save_new_area(actor: Actor, programme_id: int, blank: dict, form: RecordForm,
                   entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        area = services.add_area(session, actor, programme_id, entered["region_id"],
                                 entered["name"])
        name = area.name
    return Saved(0, blank, t("organisation.area_added", name=name))


def _edit_area(actor: Actor, programme_id: int, organisation: Organisation) -> None:
    st.markdown(f"**{t('organisation.edit_area')}**")
    labels = organisation.choices.areas
    area_id = st.selectbox(t("organisation.area"), list(labels), key="organisation.area",
                           format_func=labels.get)
    row = organisation.areas.loc[area_id]
    version = int(row["version"])
    st.caption(t("organisation.area_affects", centres=centres_count(row["centres"]),
                 units=units_count(row["units"])))
    form = record_form.open_form(f"area-{area_id}", version, {"name": row["name"]})
    record_form.notice_if_stale(form, version, {"name": row["name"]}, None)
    with st.form(form.prefix, border=False):
        st.text_input(t("organisation.area_name"), key=form.key("name"), max_chars=120,
                      value=form.values["name"])
        record_form.submit_button(form, t("organisation.save_name"), _entered,
                                  partial(_rename_area, actor, programme_id, int(area_id)))
    record_form.show_conflict(form, {"name": t("organisation.area_name")},
                              lambda _, value: str(value), lambda theirs: theirs)
    _area_state(actor, programme_id, int(area_id), row)


def _rename_area(actor: Actor, programme_id: int, area_id: int, form: RecordForm,
                 entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        area = services.rename_area(session, actor, programme_id, area_id, form.version,
                                    entered["name"])
        values, version = services.area_values(area), area.version
    _refresh_area(area_id, version, values)
    return Saved(version, {"name": values["name"]},
                 t("organisation.saved", name=values["name"]) if version != form.version
                 else t("organisation.no_changes"))


def _area_state(actor: Actor, programme_id: int, area_id: int, row: pd.Series) -> None:
    retired = bool(row["retired"])
    form = record_form.open_form(f"area-state-{area_id}", int(row["version"]),
                                 {"retired": retired})
    st.caption(t("organisation.retire_help"))
    if not retired and row["centres"]:
        st.caption(t("organisation.area_retire_blocked", centres=centres_count(row["centres"])))
    record_form.action_button(
        form, t("organisation.restore_area" if retired else "organisation.retire_area"),
        _entered, partial(_set_area_retired, actor, programme_id, area_id, not retired),
        disabled=not retired and bool(row["centres"]))


def _set_area_retired(actor: Actor, programme_id: int, area_id: int, retired: bool,
                      form: RecordForm, entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        area = services.set_area_retired(session, actor, programme_id, area_id, form.version,
                                         retired)
        values, version = services.area_values(area), area.version
    record_form.show(f"area-{area_id}", version, {"name": values["name"]})
    done = "organisation.retired_done" if retired else "organisation.restored_done"
    return Saved(version, {"retired": values["retired"]}, t(done, name=values["name"]))


def _refresh_area(area_id: int, version: int, values: dict[str, object]) -> None:
    record_form.show(f"area-state-{area_id}", version, {"retired": values["retired"]})


# Family centres ----------------------------------------------------------------------------

def centres_panel(actor: Actor, data: Reads, organisation: Organisation) -> None:
    """The centres' table (drawn once per data stamp), the add form and the chosen centre's."""
    draw_once(("organisation.centres", data), lambda: _centres_table(organisation.centres))
    active_areas = organisation.choices.active_areas
    add_column, edit_column = st.columns(2)
    with add_column:
        _add_centre(actor, data.programme_id, active_areas)
    with edit_column:
        if not organisation.centres.empty:
            _edit_centre(actor, data.programme_id, organisation, active_areas)


def _centres_table(centres: pd.DataFrame) -> None:
    st.subheader(t("organisation.centres"))
    st.dataframe({t("organisation.centre"): centres["centre_fi"],
                  t("organisation.centre_name_sv"): centres["centre_sv"],
                  t("organisation.area"): centres["area"],
                  t("organisation.units"): centres["units"],
                  t("organisation.state"): centres["retired"].map(_STATES).map(t).to_numpy(),
                  t("organisation.code"): centres["code"]},
                 hide_index=True, width="stretch")


def _add_centre(actor: Actor, programme_id: int, areas: dict[int, str]) -> None:
    st.markdown(f"**{t('organisation.add_centre')}**")
    blank = {"area_id": next(iter(areas), None), "name": "", "name_sv": "", "code": ""}
    form = record_form.open_form(NEW_CENTRE, 0, blank, read_only=not areas)
    with st.form(form.prefix, border=False):
        st.selectbox(t("organisation.area"), list(areas), format_func=areas.get,
                     key=form.key("area_id"))
        st.text_input(t("organisation.centre_name"), key=form.key("name"), max_chars=160)
        st.text_input(t("organisation.centre_name_sv"), key=form.key("name_sv"), max_chars=160)
        st.text_input(t("organisation.code"), key=form.key("code"), max_chars=40,
                      help=t("organisation.code_help"))
        record_form.submit_button(form, t("organisation.add_centre"), _entered,
                                  partial(_save_new_centre, actor, programme_id, blank),
                                  disabled=not areas)


def _save_new_centre(actor: Actor, programme_id: int, blank: dict, form: RecordForm,
                     entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        centre = services.add_centre(session, actor, programme_id, entered["area_id"],
                                     entered["name"], entered["name_sv"], entered["code"])
        name, code = centre.name, centre.code
    return Saved(0, blank, t("organisation.centre_added", name=name, code=code))


CENTRE_FIELDS = ("name", "name_sv", "area_id")


def _edit_centre(actor: Actor, programme_id: int, organisation: Organisation,
                 areas: dict[int, str]) -> None:
    st.markdown(f"**{t('organisation.edit_centre')}**")
    labels = organisation.choices.centres
    centre_id = st.selectbox(t("organisation.centre"), list(labels),
                             key="organisation.centre", format_func=labels.get)
    row = organisation.centres.loc[centre_id]
    version = int(row["version"])
    stored = {"name": row["centre_fi"], "name_sv": row["centre_sv"],
              "area_id": int(row["area_id"])}
    choices = areas | {stored["area_id"]: row["area"]}
    st.caption(t("organisation.centre_affects", units=units_count(row["units"]),
                 all_units=number(int(row["all_units"]))))
    form = record_form.open_form(f"centre-{centre_id}", version, stored)
    record_form.notice_if_stale(form, version, stored, None)
    with st.form(form.prefix, border=False):
        st.text_input(t("organisation.centre_name"), key=form.key("name"), max_chars=160,
                      value=form.values["name"])
        st.text_input(t("organisation.centre_name_sv"), key=form.key("name_sv"),
                      max_chars=160, value=form.values["name_sv"])
        st.selectbox(t("organisation.area"), list(choices), format_func=choices.get,
                     index=list(choices).index(form.values["area_id"]),
                     key=form.key("area_id"))
        record_form.submit_button(form, t("organisation.save_centre"), _entered,
                                  partial(_update_centre, actor, programme_id, int(centre_id)))
    labels = {"name": t("organisation.centre_name"),
              "name_sv": t("organisation.centre_name_sv"), "area_id": t("organisation.area")}
    record_form.show_conflict(
        form, labels, lambda field, value: choices.get(value, str(value)) if field == "area_id"
        else str(value or "–"), lambda theirs: {name: theirs[name] for name in CENTRE_FIELDS})
    _centre_state(actor, programme_id, int(centre_id), row)


def _update_centre(actor: Actor, programme_id: int, centre_id: int, form: RecordForm,
                   entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        centre = services.update_centre(session, actor, programme_id, centre_id, form.version,
                                        entered["name"], entered["name_sv"],
                                        entered["area_id"])
        values, version = services.centre_values(centre), centre.version
    record_form.show(f"centre-state-{centre_id}", version, {"retired": values["retired"]})
    return Saved(version, {name: values[name] for name in CENTRE_FIELDS},
                 t("organisation.saved", name=values["name"]) if version != form.version
                 else t("organisation.no_changes"))


def _centre_state(actor: Actor, programme_id: int, centre_id: int, row: pd.Series) -> None:
    retired = bool(row["retired"])
    form = record_form.open_form(f"centre-state-{centre_id}", int(row["version"]),
                                 {"retired": retired})
    st.caption(t("organisation.retire_help"))
    if not retired and row["all_units"]:
        st.caption(t("organisation.centre_retire_blocked", units=units_count(row["all_units"])))
    record_form.action_button(
        form, t("organisation.restore_centre" if retired else "organisation.retire_centre"),
        _entered, partial(_set_centre_retired, actor, programme_id, centre_id, not retired),
        disabled=not retired and bool(row["all_units"]))


def _set_centre_retired(actor: Actor, programme_id: int, centre_id: int, retired: bool,
                        form: RecordForm, entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        centre = services.set_centre_retired(session, actor, programme_id, centre_id,
                                             form.version, retired)
        values, version = services.centre_values(centre), centre.version
    record_form.show(f"centre-{centre_id}", version,
                     {name: values[name] for name in CENTRE_FIELDS})
    done = "organisation.retired_done" if retired else "organisation.restored_done"
    return Saved(version, {"retired": values["retired"]}, t(done, name=values["name"]))
