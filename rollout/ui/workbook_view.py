"""The Workbook page's widgets: prepare and download the workbook (with progress), and
upload an edited one, preview exactly what it changes, and save it (a preview tied to the
uploaded file, rollout.ui.previews: another file, or none, discards it)."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from functools import partial

import streamlit as st

from rollout import workbook
from rollout.i18n import Words
from rollout.models import Programme
from rollout.permissions import Actor
from rollout.ui.context import lang, message, session_factory, t, tc
from rollout.ui.previews import Preview, PreviewedAction

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
UPLOAD_KEY = "workbook.file"


@dataclass(frozen=True)
class UploadedFile:
    """Which upload a preview was made from: a new or removed file is another input."""
    file_id: str | None
    name: str = ""
    size: int = 0


def export_panel(programme: Programme) -> None:
    """A button that writes the workbook in the user's language, showing its progress, then
    offers it for download."""
    st.caption(t("workbook.export_help"))
    if not st.button(t("workbook.prepare"), icon=":material/table_view:",
                     key="workbook.prepare"):
        return
    bar = st.progress(0.0, text=t("workbook.prepare"))
    with session_factory()() as session:
        data = workbook.export_workbook(session, programme.id, lang(),
                                        progress=lambda share: bar.progress(share))
    bar.empty()
    st.download_button(t("workbook.download"), data, mime=XLSX, type="primary",
                       file_name=f"askeleet-{programme.slug}-{date.today().isoformat()}.xlsx",
                       icon=":material/download:", on_click="ignore", key="workbook.download")


def import_panel(programme: Programme, actor: Actor) -> None:
    """Upload, preview (every change and every problem), save all or nothing."""
    st.caption(t("workbook.import_help"))
    st.file_uploader(t("workbook.file"), type=["xlsx"], key=UPLOAD_KEY,
                     max_upload_size=workbook.MAX_FILE_MB)
    action = PreviewedAction("workbook", _uploaded, partial(_plan, programme.id, actor),
                             partial(_save, actor), deferred=True)
    action.preview_button(t("workbook.preview"), disabled=action.read().file_id is None)
    action.run_deferred()  # reading, checking or saving, with its progress bar here
    preview = action.current()
    if preview is not None:
        _show_preview(preview, action)
    action.show_outcome()


def _uploaded() -> UploadedFile:
    uploaded = st.session_state.get(UPLOAD_KEY)
    if uploaded is None:
        return UploadedFile(None)
    return UploadedFile(uploaded.file_id, uploaded.name, uploaded.size)


def _plan(programme_id: int, actor: Actor, inputs: UploadedFile) -> workbook.ImportPlan:
    """Read the uploaded workbook and check it (the bar shows each stage's share)."""
    data = st.session_state[UPLOAD_KEY].getvalue()
    with progress_bar() as shown:
        read = workbook.read_workbook(data, progress=shown("workbook.reading", 0.0, 0.4))
        with session_factory()() as session:
            return workbook.plan_import(session, actor, programme_id, read,
                                        progress=shown("workbook.checking", 0.4, 1.0))


def _save(actor: Actor, preview: Preview) -> str:
    with progress_bar() as shown, session_factory()() as session:
        count = workbook.apply_import(session, actor, preview.changes,
                                      progress=shown("workbook.applying", 0.0, 1.0))
    return tc("workbook.applied", count)


@contextmanager
def progress_bar() -> Iterator[Callable[[str, float, float], Callable[[float], None]]]:
    """A progress bar while the block runs, gone after it (also when it is refused): the
    block gets, for each stage, a function that shows that stage's share (0…1) as the part
    of the bar from `start` to `end`, with the stage's name."""
    bar = st.progress(0.0, text=t("workbook.reading"))

    def stage(key: str, start: float, end: float) -> Callable[[float], None]:
        return lambda share: bar.progress(start + (end - start) * share, text=t(key))
    try:
        yield stage
    finally:
        bar.empty()


def _show_preview(preview: Preview, action: PreviewedAction) -> None:
    plan: workbook.ImportPlan = preview.changes
    words = Words(lang())
    for note in workbook.skipped_text(plan, words):
        st.info(note, icon=":material/info:")
    if plan.stopped is not None:
        st.warning(message(plan.stopped.error), icon=":material/block:")
    if plan.problems:
        st.error(tc("workbook.problems_count", plan.problem_count),
                 icon=":material/error:")
        st.dataframe(workbook.problem_table(plan, words), hide_index=True, width="stretch",
                     column_config={t("column.reason"): st.column_config.TextColumn(
                         width="large")})
    if not plan.change_count:
        if not plan.problems:
            st.info(t("workbook.nothing"))
        return
    st.caption(workbook.counts_text(plan, words))
    if plan.changes:
        st.dataframe(workbook.change_table(plan, words), hide_index=True, width="stretch")
    if plan.item_changes:
        st.dataframe(workbook.item_change_table(plan, words), hide_index=True,
                     width="stretch")
    if plan.figure_changes:
        st.dataframe(workbook.figure_change_table(plan, words), hide_index=True,
                     width="stretch")
    if not plan.problems:
        action.save_button(preview, tc("workbook.apply", plan.rows_changed))
