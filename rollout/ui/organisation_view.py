"""The organisation page's areas and family centres: tables, an add form each, and the chosen
area's or centre's form (rollout.ui.record_form: keyed by the record and its version, a
stale save refused with both sides shown). Retiring or restoring is its own small form of
the same record; each save refreshes both, so neither keeps an old version."""
from __future__ import annotations

from dataclasses import dataclass
from functools import partial

import pandas as pd
import streamlit as st

from rollout import queries, services
from rollout.permissions import Actor
from rollout.ui import record_form
from rollout.ui.context import localized_column, number, session_factory, t, tc, with_names
from rollout.ui.record_form import RecordForm, Saved


@dataclass(frozen=True)
class Organisation:
    """What the Organisation page shows of a programme's counties, with names in the user's
    language: counties, areas, centres, units and municipalities (with populations)."""
    counties: pd.DataFrame
    areas: pd.DataFrame
    centres: pd.DataFrame
    units: pd.DataFrame
    municipalities: pd.DataFrame


def organisation_of(programme_id: int) -> Organisation:
    with session_factory()() as session:
        counties = with_names(queries.programme_counties(session, programme_id))
        areas = queries.areas_frame(session, programme_id)
        centres = with_names(queries.organisation_centres(session, programme_id))
        units = with_names(queries.organisation_units(session, programme_id)).sort_values(
            ["municipality", "centre"])
        municipalities = with_names(queries.populations_frame(session, programme_id)
                                    ).sort_values("municipality")
    areas["region"] = localized_column(areas, "region")
    return Organisation(counties, areas, centres, units, municipalities)

NEW_AREA = "area-new"
NEW_CENTRE = "centre-new"


def state_label(retired: bool) -> str:
    return t("organisation.retired" if retired else "organisation.active")


def named(name: str, retired: bool) -> str:
    return t("organisation.retired_label", name=name) if retired else name


def centres_count(count) -> str:
    return tc("organisation.n_centres", int(count))


def units_count(count) -> str:
    return tc("organisation.n_units", int(count))


def _entered(form: RecordForm) -> dict[str, object]:
    return {name: form.widget_value(name) for name in form.values}


# Areas -------------------------------------------------------------------------------------

def areas_panel(actor: Actor, programme_id: int, areas: pd.DataFrame,
                counties: pd.DataFrame) -> None:
    st.subheader(t("organisation.areas"))
    table = {t("organisation.area"): areas["name"]}
    if len(counties) > 1:
        table[t("organisation.county")] = areas["region"]
    st.dataframe(table | {t("organisation.centres"): areas["centres"],
                          t("organisation.units"): areas["units"],
                          t("organisation.state"): [state_label(r) for r in areas["retired"]]},
                 hide_index=True, width="stretch")
    add_column, edit_column = st.columns(2)
    with add_column:
        _add_area(actor, programme_id, counties)
    with edit_column:
        if not areas.empty:
            _edit_area(actor, programme_id, areas)


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


def _edit_area(actor: Actor, programme_id: int, areas: pd.DataFrame) -> None:
    st.markdown(f"**{t('organisation.edit_area')}**")
    rows = areas.set_index("area_id")
    area_id = st.selectbox(t("organisation.area"), list(rows.index), key="organisation.area",
                           format_func=lambda key: named(rows.at[key, "name"],
                                                         rows.at[key, "retired"]))
    row = rows.loc[area_id]
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

def centres_panel(actor: Actor, programme_id: int, centres: pd.DataFrame,
                  areas: pd.DataFrame) -> None:
    st.subheader(t("organisation.centres"))
    st.dataframe({t("organisation.centre"): centres["centre_fi"],
                  t("organisation.centre_name_sv"): centres["centre_sv"],
                  t("organisation.area"): centres["area"],
                  t("organisation.units"): centres["units"],
                  t("organisation.state"): [state_label(r) for r in centres["retired"]],
                  t("organisation.code"): centres["code"]},
                 hide_index=True, width="stretch")
    active_areas = dict(zip(areas.loc[~areas["retired"], "area_id"],
                            areas.loc[~areas["retired"], "name"]))
    add_column, edit_column = st.columns(2)
    with add_column:
        _add_centre(actor, programme_id, active_areas)
    with edit_column:
        if not centres.empty:
            _edit_centre(actor, programme_id, centres, active_areas)


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


def _edit_centre(actor: Actor, programme_id: int, centres: pd.DataFrame,
                 areas: dict[int, str]) -> None:
    st.markdown(f"**{t('organisation.edit_centre')}**")
    rows = centres.set_index("centre_id")
    centre_id = st.selectbox(t("organisation.centre"), list(rows.index),
                             key="organisation.centre",
                             format_func=lambda key: named(rows.at[key, "centre"],
                                                           rows.at[key, "retired"]))
    row = rows.loc[centre_id]
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
