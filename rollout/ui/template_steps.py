"""The template page's step part: choose a step, rename and describe it in Finnish, Swedish
and English (a record form keyed by the step and its version), and choose which step marks
go-live, saying before the save how many municipalities would count as live.

The steps, their labels and the go-live preview's counts are read once per data stamp
(rollout.ui.drawn_once): every change of a step's texts or go-live mark is a recorded save
(services.templates), and so is every step status the counts are of."""
from __future__ import annotations

from dataclasses import asdict, fields
from functools import partial

import pandas as pd
import streamlit as st

from rollout import queries, services
from rollout.i18n import localized
from rollout.permissions import Actor
from rollout.services import StepTexts
from rollout.ui import record_form
from rollout.ui.context import lang, number, session_factory, t
from rollout.ui.drawn_once import computed_once
from rollout.ui.read_models import Reads
from rollout.ui.record_form import RecordForm, Saved

TEXT_FIELDS = [field.name for field in fields(StepTexts)]
STEP_KEY = "templates.step"


def field_label(name: str) -> str:
    """ "Teksti suomeksi" for text_fi: the history's name of a field, as a widget's label."""
    text = t(f"field.{name}")
    return text[:1].upper() + text[1:]


def step_label(step) -> str:
    """ "3. Palveluohjauksen käynnistys" in the user's language."""
    return f"{int(step['position'])}. {localized(step, 'name', lang())}"


def choose_step(data: Reads, steps: pd.DataFrame) -> pd.Series:
    """The step the admin works on (the first one to begin with)."""
    labels = step_labels(data, steps)
    chosen = st.selectbox(t("templates.step"), list(labels), key=STEP_KEY,
                          format_func=labels.get)
    return steps.loc[chosen]


def step_labels(data: Reads, steps: pd.DataFrame) -> dict[int, str]:
    """Each step's label by id, made once per data stamp and language (`steps` are the
    data's, steps_of)."""
    return computed_once(("templates.step_labels", data), lambda: {
        int(step["step_id"]): step_label(step) for _, step in steps.iterrows()})


def step_texts_form(actor: Actor, programme_id: int, step: pd.Series) -> None:
    """The step's names and descriptions in every language, saved together."""
    stored = {name: step[name] for name in TEXT_FIELDS}
    form = record_form.open_form(f"step-template-{int(step['step_id'])}",
                                 int(step["version"]), stored)
    record_form.notice_if_stale(form, int(step["version"]), stored, None)
    with st.form(form.prefix):
        for column, code in zip(st.columns(3), ("fi", "sv", "en")):
            column.text_input(field_label(f"name_{code}"), value=form.values[f"name_{code}"],
                              key=form.key(f"name_{code}"), max_chars=200)
            column.text_area(field_label(f"description_{code}"),
                             value=form.values[f"description_{code}"], height=140,
                             key=form.key(f"description_{code}"))
        st.caption(t("templates.step_texts_effect"))
        record_form.submit_button(form, t("templates.save_step"), _entered,
                                  partial(_save_texts, actor, programme_id, int(step["step_id"])),
                                  type="primary")
    record_form.show_conflict(form, {name: field_label(name) for name in TEXT_FIELDS},
                             lambda _name, value: value or "–", asdict)


def _entered(form: RecordForm) -> dict[str, object]:
    return {name: (form.widget_value(name) or "").strip() for name in TEXT_FIELDS}


def _save_texts(actor: Actor, programme_id: int, step_id: int, form: RecordForm,
                entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        version = services.update_step_texts(session, actor, step_id, form.version,
                                             StepTexts(**entered))
        stored = queries.template_steps(session, programme_id)
    row = stored.set_index("step_id").loc[step_id]
    message = (t("templates.step_saved", step=int(row["position"])) if version != form.version
               else t("steps.no_changes"))
    return Saved(version, {name: row[name] for name in TEXT_FIELDS}, message)


def go_live_form(actor: Actor, data: Reads, steps: pd.DataFrame) -> None:
    """Which step marks go-live; before saving, how many municipalities count as live now and
    how many would after the change."""
    programme_id = data.programme_id
    version = tuple((int(step_id), int(v)) for step_id, v in zip(steps["step_id"],
                                                                 steps["version"]))
    current = int(steps.loc[steps["marks_go_live"], "step_id"].iloc[0])
    form = record_form.open_form(f"go-live-{programme_id}", version, {"step_id": current})
    record_form.notice_if_stale(form, version, {"step_id": current}, None)
    labels = step_labels(data, steps)
    ids = list(labels)
    chosen = st.selectbox(t("templates.go_live_step"), ids,
                          index=ids.index(form.values["step_id"]), key=form.key("step_id"),
                          format_func=labels.get, help=t("templates.go_live_help"))
    if chosen != current:
        now, after = (_live_municipalities(data, int(steps.at[step_id, "position"]))
                      for step_id in (current, chosen))
        st.warning(t("templates.go_live_preview", now=number(now), after=number(after),
                     step=labels[chosen]), icon=":material/warning:")
    record_form.action_button(form, t("templates.save_go_live"),
                              lambda form: {"step_id": form.widget_value("step_id")},
                              partial(_save_go_live, actor, programme_id),
                              disabled=chosen == current)
    record_form.show_conflict(form, {"step_id": t("templates.go_live_step")},
                             lambda _name, step_id: labels.get(step_id, "–"),
                             lambda theirs: {"step_id": theirs})


def _save_go_live(actor: Actor, programme_id: int, form: RecordForm,
                  entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        changed = services.set_go_live_step(session, actor, programme_id,
                                            int(entered["step_id"]), form.version)
        version = services.steps_version(session, programme_id)
    return Saved(version, {"step_id": int(entered["step_id"])},
                 t("templates.go_live_saved") if changed else t("steps.no_changes"))


def _live_municipalities(data: Reads, position: int) -> int:
    """How many municipalities count as live when the step at `position` marks go-live."""
    def count() -> int:
        with session_factory()() as session:
            return queries.live_municipalities(session, data.programme_id, position)
    return computed_once(("templates.live", data, position), count)


def steps_of(data: Reads) -> pd.DataFrame:
    """The programme's steps as the templates page edits them (with versions), by id (kept
    as a column too), read once per data stamp."""
    def read() -> pd.DataFrame:
        with session_factory()() as session:
            steps = queries.template_steps(session, data.programme_id)
        return steps.set_index("step_id", drop=False)
    return computed_once(("templates.steps", data), read)
