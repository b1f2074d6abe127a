"""Työkirja: the programme as an Excel workbook for everyone; planners and admins import an
edited one (leads their own areas' service figures) after an exact preview."""
import streamlit as st

from rollout.ui.auth import current_actor
from rollout.ui.context import current_programme, t
from rollout.ui.workbook_view import export_panel, import_panel

actor = current_actor()
programme = current_programme()
st.title(t("workbook.title"))

st.subheader(t("workbook.export_heading"))
export_panel(programme)

st.subheader(t("workbook.import_heading"))
if actor.can_import_workbook():
    import_panel(programme, actor)
else:
    st.info(t("workbook.read_only"), icon=":material/info:")
