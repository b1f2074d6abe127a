"""The organisation page's populations: the table, one municipality's population in a record
form, and a file import previewed (every change old → new, every problem by row and column)
then saved whole (rollout.ui.previews: another file or source discards the preview)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import partial

import pandas as pd
import streamlit as st

from rollout import services
from rollout.i18n import error_message
from rollout.models import Municipality
from rollout.permissions import Actor
from rollout.population_file import FIRST_YEAR, MAX_FILE_MB, read_population_file
from rollout.text_rules import column_length
from rollout.ui import record_form
from rollout.ui.context import lang, number, session_factory, t, tc
from rollout.ui.drawn_once import draw_once
from rollout.ui.organisation_view import Organisation, units_count
from rollout.ui.previews import Preview, PreviewedAction
from rollout.ui.read_models import Reads
from rollout.ui.record_form import RecordForm, Saved

UPLOAD_KEY = "populations.file"
SOURCE_KEY = "populations.default_source"
LABELS = {"population": "populations.residents", "population_year": "populations.year",
          "population_source": "populations.source"}


def populations_panel(actor: Actor, data: Reads, organisation: Organisation) -> None:
    """The populations' table (drawn once per data stamp), one municipality's form, and the
    import with its preview."""
    draw_once(("organisation.populations", data),
              lambda: _populations_table(organisation.municipalities))
    edit_column, import_column = st.columns(2)
    with edit_column:
        _edit(actor, data.programme_id, organisation)
    with import_column:
        action = _import(actor, data.programme_id)
    preview = action.current()  # the whole width: problems and changes read in full
    if preview is not None:
        _show_preview(preview, action)


def _populations_table(municipalities: pd.DataFrame) -> None:
    st.subheader(t("populations.table"))
    st.dataframe({t("organisation.municipality"): municipalities["municipality"],
                  t("populations.residents"): [number(value) for value
                                               in municipalities["population"]],
                  t("populations.year"): [str(year) if pd.notna(year) else "–"
                                          for year in municipalities["population_year"]],
                  t("populations.source"): municipalities["population_source"],
                  t("organisation.units"): municipalities["units"]},
                 hide_index=True, width="stretch")


def _stored(row: pd.Series) -> dict[str, object]:
    year = row["population_year"]
    return {"population": int(row["population"]),
            "population_year": int(year) if pd.notna(year) else None,
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
        st.text_input(t("populations.source"), value=form.values["population_source"],
                      max_chars=column_length(Municipality.population_source),
                      key=form.key("population_source"))
        record_form.submit_button(form, t("populations.save"), _entered,
                                  partial(_save, actor, programme_id, code,
                                          row["municipality"]), type="primary")
    record_form.show_conflict(form, {name: t(key) for name, key in LABELS.items()},
                              lambda _, value: "–" if value in (None, "") else str(value),
                              lambda theirs: theirs)


def _entered(form: RecordForm) -> dict[str, object]:
    return {name: form.widget_value(name) for name in form.values}


def _save(actor: Actor, programme_id: int, code: str, name: str, form: RecordForm,
          entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        municipality = services.set_population(
            session, actor, programme_id, code, form.version, int(entered["population"]),
            _whole(entered["population_year"]), entered["population_source"] or "")
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
    """Municipality, residents old → new, year old → new, source (new), by row."""
    def arrow(old: object, new: object, shown) -> str:
        return shown(new) if old == new else t("populations.before_after", old=shown(old),
                                                new=shown(new))
    name = "name_sv" if lang() == "sv" else "name_fi"
    return {
        t("populations.row"): [str(change.row or "") for change in plan.changes],
        t("organisation.municipality"): [getattr(change, name) or change.name_fi
                                         for change in plan.changes],
        t("populations.residents"): [arrow(change.old[0], change.new[0], number)
                                     for change in plan.changes],
        t("populations.year"): [arrow(change.old[1], change.new[1],
                                      lambda year: str(year) if year else "–")
                                for change in plan.changes],
        t("populations.source"): [change.new[2] for change in plan.changes]}
