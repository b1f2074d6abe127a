"""Eteneminen: how much of the county is covered and since when, against plan; where units
are; the Gantt; implementation scores; the steering-group report."""
from datetime import date

import streamlit as st

from rollout.ui.context import current_programme, t
from rollout.ui.progress_view import (adoption_section, headline, last_changed, named_scores,
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
report_download(programme, data, today)

scores, by = named_scores(data, today)
headline(data, scores, today)
adoption_section(data, today)
where_units_are(data, by, today)
gantt_section(data, by, today)
scores_section(data, scores, by, today)
