"""The steering-group report, downloaded in one click: built when the button is pressed, on
its own thread, from a fresh read of the database."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import streamlit as st

from rollout import report
from rollout.models import Programme
from rollout.ui.auth import download_guard
from rollout.ui.boundaries import map_boundaries
from rollout.ui.context import date_input_format, lang, session_factory, t
from rollout.ui.read_models import Reads


def report_download(programme: Programme, data: Reads, today: date) -> None:
    with st.container(border=True):
        st.markdown(f"**{t('report.heading')}**")
        since_column, button_column = st.columns([1, 2], vertical_alignment="bottom")
        since = since_column.date_input(
            t("report.since"), value=today - timedelta(days=report.MEETING_INTERVAL_DAYS),
            max_value=today, format=date_input_format(), key="report.since",
            help=t("report.since_help"))
        boundaries, _ = map_boundaries(data, download=False)
        factory, language, programme_id = session_factory(), lang(), programme.id
        still_signed_in = download_guard()
        refused = t("signin.page_outdated")

        def build() -> bytes:  # runs when the button is pressed, without Streamlit calls
            with factory() as session:
                if not still_signed_in(session):
                    return report.refusal(refused, language).encode()
                content = report.gather(session, session.get(Programme, programme_id), today,
                                        since, language, boundaries)
            return report.render(content, language, datetime.now(timezone.utc)).encode()

        button_column.download_button(
            t("report.download"), build, file_name=report.file_name(programme.slug, today),
            mime="text/html", key="report.download", on_click="ignore", type="primary",
            icon=":material/description:")
        st.caption(t("report.intro"))
