"""The observations screen: the log form (rollout.ui.record_form; a text with personal data
is refused and stays in the form to be corrected), the theme list, which themes are rising,
themes by month and area, and the list the family-centre network downloads."""
from __future__ import annotations

from datetime import date
from functools import partial

import pandas as pd
import streamlit as st

from rollout import i18n, services
from rollout.domain import Frequency
from rollout.findings import observations as findings
from rollout.permissions import Actor
from rollout.services.observations import MAX_TEXT
from rollout.ui import record_form
from rollout.ui.context import date_input_format, lang, session_factory, t
from rollout.ui.downloads import csv_download
from rollout.ui.drawn_once import computed_once, draw_once
from rollout.ui.read_models import Reads
from rollout.ui.record_form import RecordForm, Saved


def theme_names(themes: pd.DataFrame) -> dict[str, str]:
    """Each theme's name in the user's language, by code."""
    return findings.theme_names(themes, i18n.Words(lang()))

NEW_OBSERVATION = "observation-new"
NEW_THEME = "theme-new"
THEME_USE = "theme-use"
THEME_LABELS = {"name_fi": "observations.new_theme", "name_sv": "observations.new_theme_sv",
                "name_en": "observations.new_theme_en"}


def observation_form(actor: Actor, programme_id: int, areas: dict[int, str],
                     themes: dict[str, str], today: date) -> None:
    """A new observation of one of the user's areas; after a save the form is empty again."""
    blank = {"observed_on": today, "area_id": next(iter(areas), None),
             "theme": next(iter(themes), None), "frequency": Frequency.SINGLE.value,
             "text": ""}
    form = record_form.open_form(NEW_OBSERVATION, 0, blank, read_only=not areas)
    frequencies = [frequency.value for frequency in Frequency]
    with st.form(form.prefix, border=False):
        day_column, area_column, theme_column = st.columns(3)
        day_column.date_input(t("observations.date"), value=form.values["observed_on"],
                              max_value=today, format=date_input_format(),
                              key=form.key("observed_on"), disabled=not areas)
        area_column.selectbox(t("observations.area"), list(areas), format_func=areas.get,
                              key=form.key("area_id"), disabled=not areas)
        theme_column.selectbox(t("observations.theme"), list(themes), format_func=themes.get,
                               key=form.key("theme"), disabled=not areas)
        st.radio(t("observations.frequency"), frequencies, horizontal=True,
                 format_func=lambda value: t(f"observations.frequency.{value}"),
                 key=form.key("frequency"), disabled=not areas)
        st.text_area(t("observations.text"), value=form.values["text"], max_chars=MAX_TEXT,
                     height=100, key=form.key("text"), disabled=not areas)
        record_form.submit_button(form, t("observations.save"), _entered,
                                  partial(_save, actor, programme_id, areas, themes, blank),
                                  type="primary", disabled=not areas)


def _entered(form: RecordForm) -> dict[str, object]:
    return {name: form.widget_value(name) for name in form.values}


def _save(actor: Actor, programme_id: int, areas: dict[int, str], themes: dict[str, str],
          blank: dict[str, object], form: RecordForm, entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        services.add_observation(session, actor, programme_id, entered["area_id"],
                                 entered["observed_on"], entered["theme"], entered["text"],
                                 Frequency(entered["frequency"]))
    return Saved(0, blank, t("observations.saved", theme=themes[entered["theme"]],
                             area=areas[entered["area_id"]]))


def theme_editor(actor: Actor, programme_id: int, themes: pd.DataFrame) -> None:
    """The theme list; planners and admins add a theme, or take one out of use or back."""
    names = findings.theme_names(themes, i18n.Words(lang()))
    in_use = dict(zip(themes["code"], themes["is_active"]))
    st.write(", ".join(name for code, name in names.items() if in_use[code]))
    resting = [name for code, name in names.items() if not in_use[code]]
    if resting:
        st.caption(t("observations.out_of_use", themes=", ".join(resting)))
    if not actor.can_edit_themes():
        return
    form = record_form.open_form(NEW_THEME, 0, dict.fromkeys(THEME_LABELS, ""))
    with st.form(form.prefix, border=False):
        for column, (name, label) in zip(st.columns(3), THEME_LABELS.items()):
            column.text_input(t(label), key=form.key(name), max_chars=120)
        record_form.submit_button(form, t("observations.add_theme"), _entered,
                                  partial(_add_theme, actor, programme_id))
    _theme_use(actor, programme_id, names, in_use)


def _theme_use(actor: Actor, programme_id: int, names: dict[str, str],
               in_use: dict[str, bool]) -> None:
    form = record_form.open_form(THEME_USE, 0, {"code": next(iter(names))})
    code = st.selectbox(t("observations.theme_in_use"), list(names), format_func=names.get,
                        index=list(names).index(form.values["code"]), key=form.key("code"))
    label = "observations.take_out_of_use" if in_use[code] else "observations.take_into_use"
    record_form.action_button(form, t(label), _entered,
                              partial(_set_theme_use, actor, programme_id, names,
                                      not in_use[code]))


def _set_theme_use(actor: Actor, programme_id: int, names: dict[str, str], in_use: bool,
                   form: RecordForm, entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        services.set_theme_in_use(session, actor, programme_id, entered["code"], in_use)
    done = "observations.theme_in" if in_use else "observations.theme_out"
    return Saved(0, entered, t(done, theme=names[entered["code"]]))


def _add_theme(actor: Actor, programme_id: int, form: RecordForm,
               entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        services.add_theme(session, actor, programme_id, **entered)
    return Saved(0, form.values, t("observations.theme_added", theme=entered["name_fi"]))


def theme_views(data: Reads, observations: pd.DataFrame, names: dict[str, str],
                today: date) -> None:
    """Which themes are rising, and themes by month and by area (drawn once per stamp)."""
    draw_once(("observations.themes", data, today),
              lambda: _theme_views(observations, names, today))


def _theme_views(observations: pd.DataFrame, names: dict[str, str], today: date) -> None:
    words = i18n.Words(lang())
    title, table = findings.rising_table(observations, names, words, today)
    st.markdown(f"**{title}**")
    st.dataframe(table, hide_index=True, width="stretch")
    st.plotly_chart(findings.over_time_figure(observations, names, words), width="stretch",
                    key="observations.over_time")
    st.plotly_chart(findings.by_area_figure(observations, names, words), width="stretch",
                    key="observations.by_area")


def observation_list(data: Reads, observations: pd.DataFrame, names: dict[str, str]) -> None:
    """The log, filtered by area and theme, with a download for the network."""
    words = i18n.Words(lang())
    area_column, theme_column = st.columns(2)
    areas = computed_once(("observations.areas", data), lambda: sorted(
        observations["area"].dropna().unique()))
    chosen_areas = tuple(area_column.multiselect(t("observations.area"), areas,
                                                 key="observations.filter_area",
                                                 placeholder=t("common.choose")))
    chosen_themes = tuple(theme_column.multiselect(t("observations.theme"), list(names),
                                                   format_func=names.get,
                                                   key="observations.filter_theme",
                                                   placeholder=t("common.choose")))
    shown = observations
    if chosen_areas:
        shown = shown[shown["area"].isin(chosen_areas)]
    if chosen_themes:
        shown = shown[shown["theme"].isin(chosen_themes)]

    def draw() -> None:
        table = findings.observation_list(shown, names, words)
        date_column = words.t("observations.date")
        st.dataframe(table.assign(**{date_column: words.days(table[date_column])}),
                     hide_index=True, width="stretch")
    draw_once(("observations.list", data, chosen_areas, chosen_themes), draw)
    st.caption(t("observations.list_note"))
    csv_download(partial(findings.observation_list, shown, names, words), "havainnot.csv",
                 "observations.list")
