"""The admin's programmes: the list, and a new programme from a template for the same county
(a new service) or another county, whose municipalities the admin places in named areas and
family centres. A preview of exactly the entries shown comes first (rollout.ui.previews);
creating runs inside callbacks.acting, like every button.

The list of programmes is read and drawn once per data stamp: a programme, its counties and
its units are made by recorded saves (services.programmes, the synthetic data). Which
programmes the admin administers is read every run: not every command that gives a role
records it."""
from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from rollout import queries, services
from rollout.counties import counties
from rollout.models import Programme
from rollout.permissions import Actor
from rollout.services import NewProgramme, Placement, ProgrammePlan
from rollout.services.programme_plan import default_placements
from rollout.ui.context import lang, number, open_programme, session_factory, t, tc
from rollout.ui.drawn_once import computed_once, draw_once
from rollout.ui.previews import Preview, PreviewedAction
from rollout.ui.read_models import Reads

PLACE = "new_programme"
KEY = "new_programme."
SAME, OTHER = "same", "other"
EDITOR_COLUMNS = ["municipality", "population", "area", "centre"]


def programme_table(data: Reads, programmes: pd.DataFrame) -> None:
    """Every programme (the data's, programme_choices), drawn once per data stamp."""
    draw_once(("programmes.table", data), lambda: _programme_table(programmes))


def _programme_table(programmes: pd.DataFrame) -> None:
    names = dict(zip(programmes["slug"], programmes["name"]))
    st.dataframe({
        t("programmes.name"): programmes["name"],
        t("programmes.slug"): programmes["slug"],
        t("programmes.counties"): programmes["counties"],
        t("programmes.units"): programmes["units"],
        t("programmes.template"): [names.get(slug, "–") if isinstance(slug, str) else "–"
                                   for slug in programmes["template"]],
        t("programmes.synthetic"): [t("common.yes") if value else "" for value in
                                    programmes["is_synthetic"]]},
        hide_index=True, width="stretch")


def create_form(actor: Actor, current: Programme, templates: Mapping[str, str],
                covered: frozenset[str]) -> None:
    """Template, name and slug, where, and for another county its organisation; then the
    preview and the create button."""
    st.subheader(t("programmes.create"))
    st.caption(t("programmes.create_intro"))
    slugs = list(templates)
    st.selectbox(t("programmes.template"), slugs, format_func=templates.get,
                 index=slugs.index(current.slug) if current.slug in slugs else 0,
                 key=KEY + "template")
    name_column, slug_column = st.columns(2)
    name_column.text_input(t("programmes.name"), key=KEY + "name", max_chars=200)
    slug_column.text_input(t("programmes.slug"), key=KEY + "slug", max_chars=40,
                           help=t("programmes.slug_help"))
    where = st.radio(t("programmes.where"), [SAME, OTHER], key=KEY + "where",
                     format_func=lambda value: t(f"programmes.where_{value}"), horizontal=True)
    if where == OTHER:
        _county_choice(covered)
    action = PreviewedAction(PLACE, _inputs, lambda request: _plan(actor, request),
                             lambda preview: _create(actor, preview))
    action.preview_button(t("programmes.preview"), disabled=action.read().county == "")
    preview = action.current()
    if preview is not None:
        _show_preview(preview, action)
    action.show_outcome()
    _open_button()


def _county_names() -> dict[str, str]:
    """Each county's name in the user's language (Finnish in English), with its id."""
    column = "county_sv" if lang() == "sv" else "county_fi"
    return {code: f"{rows[0][column]} ({code})" for code, rows in
            sorted(counties().items(), key=lambda item: item[1][0][column])}


def _county_choice(covered: frozenset[str]) -> None:
    names = {code: name for code, name in _county_names().items() if code not in covered}
    if not names:
        st.info(t("programmes.no_county_left"))
        return
    county = st.selectbox(t("programmes.county"), list(names), format_func=names.get,
                          key=KEY + "county")
    st.caption(t("programmes.placements_intro"))
    st.data_editor(_placement_table(county), key=_editor_key(county), hide_index=True,
                   width="stretch", disabled=["municipality", "population"],
                   column_config={
                       "municipality": st.column_config.TextColumn(t("column.municipality")),
                       "population": st.column_config.NumberColumn(
                           t("programmes.population"), format="%d"),
                       "area": st.column_config.TextColumn(t("programmes.area"),
                                                           required=True, max_chars=120),
                       "centre": st.column_config.TextColumn(t("programmes.centre"),
                                                             required=True, max_chars=160)})


def _editor_key(county: str) -> str:
    return f"{KEY}placements.{county}"


def _placement_table(county: str) -> pd.DataFrame:
    rows = {row["code"]: row for row in counties()[county]}
    name = "name_sv" if lang() == "sv" else "name_fi"
    return pd.DataFrame([(rows[p.municipality_code][name],
                          int(rows[p.municipality_code]["population"]), p.area, p.centre)
                         for p in default_placements(county)], columns=EDITOR_COLUMNS)


def _inputs() -> NewProgramme:
    """What the widgets hold now (in a callback too): the request they make."""
    state = st.session_state
    request = NewProgramme(state.get(KEY + "template") or "", state.get(KEY + "slug") or "",
                           state.get(KEY + "name") or "")
    county = state.get(KEY + "county")
    if state.get(KEY + "where") != OTHER:
        return request
    if not county:  # no county left to choose: nothing to preview
        return NewProgramme(request.template, request.slug, request.name, "")
    edits = (state.get(_editor_key(county)) or {}).get("edited_rows", {})
    placements = []
    for index, placement in enumerate(default_placements(county)):
        edit = edits.get(index, edits.get(str(index), {}))
        placements.append(Placement(placement.municipality_code,
                                    edit.get("area", placement.area) or "",
                                    edit.get("centre", placement.centre) or ""))
    return NewProgramme(request.template, request.slug, request.name, county,
                        tuple(placements))


def _plan(actor: Actor, request: NewProgramme) -> ProgrammePlan:
    with session_factory()() as session:
        return services.plan_programme(session, actor, request)


def _create(actor: Actor, preview: Preview) -> str:
    with session_factory()() as session:
        created = services.create_programme(session, actor, preview.inputs)
    for field in ("name", "slug"):
        st.session_state[KEY + field] = ""
    st.session_state[KEY + "created"] = (created.plan.slug, created.plan.name)
    return tc("programmes.created", len(created.plan.units), name=created.plan.name)


def _show_preview(preview: Preview, action: PreviewedAction) -> None:
    plan: ProgrammePlan = preview.changes
    st.markdown(t("programmes.preview_of", template=plan.template_name,
                  counties=", ".join(plan.region_names)))
    for column, (label, value) in zip(st.columns(5), (
            ("programmes.new_areas", len(plan.areas)),
            ("programmes.new_centres", len(plan.centres)),
            ("programmes.units", len(plan.units)), ("programmes.steps", plan.steps),
            ("programmes.items", plan.items))):
        column.metric(t(label), number(value))
    if plan.new_municipalities:
        st.caption(tc("programmes.new_municipalities", len(plan.new_municipalities)))
    swedish = lang() == "sv"
    st.dataframe({t("column.municipality"): [unit.municipality_sv if swedish and
                                             unit.municipality_sv else unit.municipality
                                             for unit in plan.units],
                  t("programmes.area"): [unit.area for unit in plan.units],
                  t("programmes.centre"): [unit.centre for unit in plan.units],
                  t("programmes.centre_is"): [t("programmes.existing") if unit.centre_id
                                              else t("programmes.new") for unit in plan.units]},
                 hide_index=True, width="stretch")
    action.save_button(preview, tc("programmes.create_button", len(plan.units)))


def _open_button() -> None:
    """After creating: open the new programme (the sidebar's choice offers it too)."""
    created = st.session_state.get(KEY + "created")
    if created:
        st.button(t("programmes.open", name=created[1]), key=KEY + "open",
                  on_click=_open, args=(created[0],), icon=":material/open_in_new:")


def _open(slug: str) -> None:
    st.session_state.pop(KEY + "created", None)
    open_programme(slug)


def programme_choices(data: Reads, user_id: int | None
                      ) -> tuple[pd.DataFrame, dict[str, str], frozenset[str]]:
    """Every programme and the counties a real programme already covers (once per data
    stamp), and those the user administers (the templates they may copy)."""
    programmes, covered = computed_once(("programmes.all", data), _programmes)
    with session_factory()() as session:
        templates = queries.administered_programmes(session, user_id)
    return programmes, templates, covered


def _programmes() -> tuple[pd.DataFrame, frozenset[str]]:
    with session_factory()() as session:
        programmes = queries.programmes_frame(session)
    return programmes, frozenset(
        code for codes in programmes.loc[~programmes["is_synthetic"], "counties"]
        for code in codes.split(", ") if code)
