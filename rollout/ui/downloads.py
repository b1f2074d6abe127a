"""Downloads of what a table or chart shows, as safe CSV (rollout.csv_export)."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from rollout.csv_export import csv_bytes
from rollout.ui.context import lang, t


def csv_download(frame: pd.DataFrame, file_name: str, key: str) -> None:
    st.download_button(t("common.download_csv"), csv_bytes(frame, lang()), file_name=file_name,
                       mime="text/csv", key=f"{key}.csv", icon=":material/download:",
                       on_click="ignore")
