"""Eteneminen: how much of the county is covered and since when, against plan; where units
are; the Gantt; implementation scores; the steering-group report."""
from datetime import date

import streamlit as st

from rollout.ui.context import current_programme, lang, t, with_names
from rollout.ui.labels import population_note
from rollout.ui.progress_view import (adoption_section, baselines_of, headline, last_changed,
                                     where_units_are)
from rollout.ui.read_models import reads
from rollout.ui.report_download import report_download
from rollout.ui.schedule_view import gantt_section
from rollout.ui.scores_view import scores_section

programme = current_programme()
st.title(t("progress.title"))
today = date.today()
data = reads(programme.id)
last_changed(data)
report_download(programme, today)

picture = data.picture(today)
steps = data.steps()
scores = with_names(data.scores(today))
by = "region" if scores["region"].nunique() > 1 else "area"
baselines = baselines_of(programme.id)
headline(data.adoption(today, None), picture.late()["unit_id"].nunique(),
         int(scores["stalled"].sum()), today)
st.caption(population_note(data.units()))
adoption_section(data, baselines, today)
where_units_are(data, with_names(picture.progress()), by, steps, today)
rows = data.grid_rows(today, lang())
gantt_section(data, rows, by, steps, today)
scores_section(data, scores, rows, by, steps, today)
