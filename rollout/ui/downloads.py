"""Downloads of what a table or chart shows, as safe CSV (rollout.csv_export)."""
from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from rollout.csv_export import csv_bytes
from rollout.ui.context import lang, t


def csv_download(table: pd.DataFrame | Callable[[], pd.DataFrame], file_name: str,
                 key: str) -> None:
    """A CSV download button. The file is written only when the button is pressed, and a
    callable `table` is built only then too (it must not call Streamlit), so a rerun pays
    nothing for downloads nobody asks for."""
    language = lang()

    def build() -> bytes:
        return csv_bytes(table() if callable(table) else table, language)

    st.download_button(t("common.download_csv"), build, file_name=file_name, mime="text/csv",
                       key=f"{key}.csv", icon=":material/download:", on_click="ignore")
