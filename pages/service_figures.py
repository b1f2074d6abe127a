"""Palvelun seuranta: an area's monthly service figures after launch, entered in a form (a
lead their own areas, planners every area) and compared across areas per 1,000 residents."""
from datetime import date

import streamlit as st

from rollout.ui.auth import current_actor
from rollout.ui.context import current_programme, t
from rollout.ui.figures_view import (area_choices, area_months, comparisons, measure_choice,
                                     month_form, month_label, per_residents_of, recent_months)
from rollout.ui.read_models import reads

actor = current_actor()
programme = current_programme()
st.title(t("figures.title"))
st.caption(t("figures.intro"))
data = reads(programme.id)
areas, own = area_choices(actor, data)
today = date.today()

st.subheader(t("figures.record"))
area_column, month_column = st.columns(2)
area_id = area_column.selectbox(t("figures.area"), list(own or areas), format_func=areas.get,
                                key="figures.area")
months = recent_months(today, data.first_figure_month(today))
month = month_column.selectbox(t("figures.month"), months, index=1 if len(months) > 1 else 0,
                               format_func=month_label, key="figures.month")
may_record = area_id in own
if not may_record:
    st.caption(t("figures.read_only"))
month_form(actor, data, area_id, areas[area_id], month, may_record)
per_residents = per_residents_of(data)
with st.expander(t("figures.area_months"), icon=":material/calendar_month:"):
    area_months(data, per_residents, area_id)

st.subheader(t("figures.compare"))
if data.figures().empty:
    st.info(t("figures.none_yet"), icon=":material/info:")
    st.stop()
comparisons(data, per_residents, measure_choice())
