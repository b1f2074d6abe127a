"""The organisation page's populations: the table, one municipality's population in a record
form, and a file import previewed (every change old → new, every problem by row and column)
then saved whole (rollout.ui.previews: another file or source discards the preview)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

import pandas as pd
import streamlit as st

from rollout import services, statfin
from rollout.config import load_settings
from rollout.i18n import Words, error_message
from rollout.models import Municipality
from rollout.permissions import Actor
from rollout.population_file import FIRST_YEAR, MAX_FILE_MB, read_population_file
from rollout.population_source import CHOSEN, PopulationFigure, kind_name, source_label
from rollout.text_rules import column_length
from rollout.ui import record_form
from rollout.ui.context import date_input_format, lang, number, session_factory, t, tc
from rollout.ui.drawn_once import draw_once
from rollout.ui.organisation_view import Organisation, units_count
from rollout.ui.previews import Preview, PreviewedAction
from rollout.ui.read_models import Reads
from rollout.ui.record_form import RecordForm, Saved

UPLOAD_KEY = "populations.file"
SOURCE_KEY = "populations.default_source"
FETCH_YEAR_KEY = "populations.fetch_year"
LABELS = {"population": "populations.residents", "population_year": "populations.year",
          "population_source_kind": "populations.source",
          "population_reference_day": "populations.reference_day",
          "population_source": "populations.source_note"}


def populations_panel(actor: Actor, data: Reads, organisation: Organisation) -> None:
    """The populations' table (drawn once per data stamp), one municipality's form, and the
    import with its preview."""
    draw_once(("organisation.populations", data),
              lambda: _populations_table(organisation.municipalities))
    edit_column, import_column = st.columns(2)
    with edit_column:
        _edit(actor, data.programme_id, organisation)
    with import_column:
        file_import = _import(actor, data.programme_id)
        fetch = _fetch(actor, data.programme_id)
    for action in (file_import, fetch):  # the whole width: problems and changes read in full
        preview = action.current()
        if preview is not None:
            _show_preview(preview, action)


def _populations_table(municipalities: pd.DataFrame) -> None:
    st.subheader(t("populations.table"))
    st.dataframe({t("organisation.municipality"): municipalities["municipality"],
                  t("populations.residents"): [number(value) for value
                                               in municipalities["population"]],
                  t("populations.year"): [str(year) if pd.notna(year) else "–"
                                          for year in municipalities["population_year"]],
                  t("populations.source"): sources(municipalities),
                  t("organisation.units"): municipalities["units"]},
                 hide_index=True, width="stretch")


def sources(municipalities: pd.DataFrame) -> list[str]:
    """Each municipality's source in the reader's language."""
    words = Words(lang())
    return [source_label(words, kind, day if pd.notna(day) else None, note or "")
            for kind, day, note in zip(municipalities["population_source_kind"],
                                       municipalities["population_reference_day"],
                                       municipalities["population_source"])]


def _stored(row: pd.Series) -> dict[str, object]:
    year, day = row["population_year"], row["population_reference_day"]
    return {"population": int(row["population"]),
            "population_year": int(year) if pd.notna(year) else None,
            "population_source_kind": row["population_source_kind"],
            "population_reference_day": day if pd.notna(day) else None,
            "population_source": row["population_source"] or ""}


def _edit(actor: Actor, programme_id: int, organisation: Organisation) -> None:
    st.markdown(f"**{t('populations.edit')}**")
    names = organisation.choices.municipalities
    code = st.selectbox(t("organisation.municipality"), list(names), format_func=names.get,
                        key="populations.municipality")
    row = organisation.municipalities.loc[code]
    version, stored = int(row["version"]), _stored(row)
    st.caption(t("populations.affects", units=units_count(row["units"])))
    form = record_form.open_form(f"population-{code}", version, stored)
    record_form.notice_if_stale(form, version, stored, None)
    with st.form(form.prefix, border=False):
        residents, year = st.columns(2)
        residents.number_input(t("populations.residents"), min_value=1, step=1,
                               value=form.values["population"], key=form.key("population"))
        year.number_input(t("populations.year"), min_value=FIRST_YEAR,
                          max_value=date.today().year, step=1,
                          value=form.values["population_year"],
                          key=form.key("population_year"))
        kinds = list(dict.fromkeys([*CHOSEN, form.values["population_source_kind"]]))
        words = Words(lang())
        kind, day = st.columns(2)
        kind.selectbox(t("populations.source"), kinds,
                       index=kinds.index(form.values["population_source_kind"]),
                       format_func=lambda value: kind_name(words, value),
                       key=form.key("population_source_kind"))
        day.date_input(t("populations.reference_day"),
                       value=form.values["population_reference_day"],
                       format=date_input_format(), key=form.key("population_reference_day"))
        st.text_input(t("populations.source_note"), value=form.values["population_source"],
                      max_chars=column_length(Municipality.population_source),
                      key=form.key("population_source"))
        record_form.submit_button(form, t("populations.save"), _entered,
                                  partial(_save, actor, programme_id, code,
                                          row["municipality"]), type="primary")
    record_form.show_conflict(form, {name: t(key) for name, key in LABELS.items()},
                              _shown_value, lambda theirs: theirs)


def _shown_value(field: str, value: object) -> str:
    if value in (None, ""):
        return "–"
    if field == "population_source_kind":
        return kind_name(Words(lang()), str(value))
    return str(value)


def _entered(form: RecordForm) -> dict[str, object]:
    return {name: form.widget_value(name) for name in form.values}


def _save(actor: Actor, programme_id: int, code: str, name: str, form: RecordForm,
          entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        municipality = services.set_population(
            session, actor, programme_id, code, form.version, PopulationFigure(
                int(entered["population"]), _whole(entered["population_year"]),
                entered["population_source_kind"], entered["population_reference_day"],
                entered["population_source"] or ""))
        values, version = services.population_values(municipality), municipality.version
    return Saved(version, values, t("populations.saved", municipality=name)
                 if version != form.version else t("organisation.no_changes"))


def _whole(value: object) -> int | None:
    return None if value is None else int(value)


@dataclass(frozen=True)
class ImportInputs:
    """What a preview was made from: the uploaded file and the default source."""
    file_id: str | None
    source: str


def _inputs() -> ImportInputs:
    uploaded = st.session_state.get(UPLOAD_KEY)
    return ImportInputs(uploaded.file_id if uploaded else None,
                        st.session_state.get(SOURCE_KEY, ""))


def _import(actor: Actor, programme_id: int) -> PreviewedAction:
    st.markdown(f"**{t('populations.import')}**")
    st.caption(t("populations.import_help"))
    st.file_uploader(t("populations.file"), type=["csv", "xlsx"], key=UPLOAD_KEY,
                     max_upload_size=MAX_FILE_MB)
    st.text_input(t("populations.default_source"), key=SOURCE_KEY,
                  help=t("populations.default_source_help"),
                  max_chars=column_length(Municipality.population_source))
    action = PreviewedAction("populations", _inputs, partial(_plan, actor, programme_id),
                             partial(_apply, actor, programme_id))
    action.preview_button(t("populations.preview"), disabled=action.read().file_id is None)
    action.show_outcome()
    return action


def _fetch(actor: Actor, programme_id: int) -> PreviewedAction:
    """Statistics Finland's year-end populations (the latest year, or the one asked for)
    for the programme's municipalities, previewed like a file."""
    st.markdown(f"**{t('populations.fetch')}**")
    st.caption(t("populations.fetch_help"))
    st.number_input(t("populations.fetch_year"), min_value=FIRST_YEAR,
                    max_value=date.today().year, value=None, step=1, key=FETCH_YEAR_KEY,
                    placeholder=t("populations.fetch_latest"))
    action = PreviewedAction("populations.statfin",
                             lambda: st.session_state.get(FETCH_YEAR_KEY),
                             partial(_fetched_plan, actor, programme_id),
                             partial(_apply, actor, programme_id))
    action.preview_button(t("populations.fetch_button"))
    action.show_outcome()
    return action


def _fetched_plan(actor: Actor, programme_id: int, year: int | None
                  ) -> services.PopulationPlan:
    with session_factory()() as session:
        codes = services.programme_municipality_codes(session, programme_id)
    with st.spinner(t("populations.fetching")):
        fetched = statfin.fetch_year_end_populations(
            codes, int(year) if year else None, base_url=load_settings().population_url)
    with session_factory()() as session:
        return services.plan_fetched_populations(session, actor, programme_id,
                                                 fetched.populations, fetched.year)


def _plan(actor: Actor, programme_id: int, inputs: ImportInputs) -> services.PopulationPlan:
    uploaded = st.session_state[UPLOAD_KEY]
    rows, problems = read_population_file(uploaded.getvalue(), uploaded.name)
    with session_factory()() as session:
        return services.plan_population_import(session, actor, programme_id, rows, problems,
                                               inputs.source)


def _apply(actor: Actor, programme_id: int, preview: Preview) -> str:
    with session_factory()() as session:
        count = services.apply_population_import(session, actor, programme_id,
                                                 preview.changes.changes)
    return tc("populations.applied", count)


def _show_preview(preview: Preview, action: PreviewedAction) -> None:
    plan: services.PopulationPlan = preview.changes
    if plan.problems:
        st.error(tc("populations.problems", len(plan.problems)), icon=":material/error:")
        st.dataframe({t("populations.row"): [problem.row for problem in plan.problems],
                      t("populations.column"): [t(f"populations.col.{problem.column}")
                                                for problem in plan.problems],
                      t("column.reason"): [error_message(problem.error, lang())
                                           for problem in plan.problems]},
                     hide_index=True, width="stretch",
                     column_config={t("column.reason"): st.column_config.TextColumn(
                         width="large")})
    if plan.unchanged:
        st.caption(tc("populations.unchanged", plan.unchanged))
    if not plan.changes:
        if not plan.problems:
            st.info(t("populations.nothing"))
        return
    st.dataframe(change_table(plan), hide_index=True, width="stretch")
    if not plan.problems:
        action.save_button(preview, tc("populations.apply", len(plan.changes)))


def change_table(plan: services.PopulationPlan) -> dict[str, list[str]]:
    """Municipality, residents, year and source, each old → new, by row (a file's rows; a
    fetch has none)."""
    def arrow(old: object, new: object, shown) -> str:
        return shown(new) if old == new else t("populations.before_after", old=shown(old),
                                                new=shown(new))
    name = "name_sv" if lang() == "sv" else "name_fi"
    words = Words(lang())
    changes = plan.changes
    table = {t("populations.row"): [str(change.row) for change in changes]} \
        if any(change.row for change in changes) else {}
    return table | {
        t("organisation.municipality"): [getattr(change, name) or change.name_fi
                                         for change in changes],
        t("populations.residents"): [arrow(change.old.population, change.new.population, number)
                                     for change in changes],
        t("populations.year"): [arrow(change.old.year, change.new.year,
                                      lambda year: str(year) if year else "–")
                                for change in changes],
        t("populations.source"): [arrow(change.old.label(words), change.new.label(words), str)
                                  for change in changes]}
