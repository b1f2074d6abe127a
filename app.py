"""Askeleet: page setup and navigation; everything else lives in pages/ and rollout/."""
import streamlit as st

from rollout.ui.context import language_selector, t

st.set_page_config(page_title="Askeleet", page_icon=":material/footprint:", layout="wide")
language_selector()
navigation = st.navigation([
    st.Page("pages/overview.py", title=t("nav.overview"), icon=":material/dashboard:",
            url_path="overview", default=True),
])
navigation.run()
