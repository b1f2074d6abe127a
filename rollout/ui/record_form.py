"""The one pattern every editing form follows, so that a form shows what the database holds
and a save sends the version whose values the user saw.

A form shows one record (`record`, e.g. "step-42") at one `version`. Its widgets are keyed by
the record, that version and a revision counter (`RecordForm.key`), so choosing another record,
a successful save or "load the latest values" gives fresh widgets holding exactly the values
shown; a browser never keeps typing from an older version under a newer one.

While the user is editing (the form's widgets are alive), the form keeps the version it
opened with even if someone else saves meanwhile: it says so, and a save is refused as a
conflict rather than overwriting. Once the form's widgets are gone (the user left the page or
chose another record) it shows the database's values again.

A save runs in the submit button's callback, before the page is drawn again: the page redraws
in place, the form holds the stored values (including what the rules filled in), and the
outcome (saved, refused, or a conflict with both sides) stands next to the button."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

import streamlit as st

from rollout.services import EditConflict
from rollout.ui.callbacks import acting
from rollout.ui.context import has_notice, message, moment, notify, plain, show_notice, t

FORMS_KEY = "record_forms"
CONFLICTS_KEY = "record_form_conflicts"


@dataclass(frozen=True)
class RecordForm:
    """What a form shows: a record at a version, and the values to show in its widgets.

    `base` holds what the record stored at that version; it differs from `values` only when
    the user re-applied their own changes after a conflict (`edited`), so a save can tell what
    the user changed from what was stored."""
    record: str
    version: object
    values: Mapping[str, object]
    revision: int = 0
    edited: bool = False
    base: Mapping[str, object] | None = None

    @property
    def stored(self) -> Mapping[str, object]:
        return self.values if self.base is None else self.base

    @property
    def prefix(self) -> str:
        version = hashlib.sha1(repr(self.version).encode()).hexdigest()[:8]
        return f"{self.record}.v{version}.r{self.revision}"

    def key(self, field_name: str) -> str:
        """The widget key of one field of this form."""
        return f"{self.prefix}.{field_name}"

    def widget_value(self, field_name: str) -> object:
        """What the user has in a field's widget now (the shown value until they change it)."""
        return st.session_state.get(self.key(field_name), self.values.get(field_name))

    def has_widgets(self) -> bool:
        return any(key.startswith(self.prefix + ".") for key in st.session_state
                   if isinstance(key, str))


@dataclass(frozen=True)
class Saved:
    """What a successful save stored: the record's new version and values, and what to say."""
    version: object
    values: Mapping[str, object]
    message: str


@dataclass(frozen=True)
class Conflict:
    """A refused save: the other person's save, the user's entries and what they started from."""
    error: EditConflict
    mine: Mapping[str, object]
    base: Mapping[str, object]


def open_form(record: str, version: object, values: Mapping[str, object],
              read_only: bool = False) -> RecordForm:
    """The form of `record` for this run: what the user has been editing, or, when they have
    nothing open (first look, back from another page, another record), the database's. A
    read-only form always shows the database's."""
    forms = st.session_state.setdefault(FORMS_KEY, {})
    shown = forms.get(record)
    if shown is None:
        shown = forms[record] = RecordForm(record, version, dict(values))
    elif shown.version != version and (read_only or not shown.edited
                                       and not shown.has_widgets()):
        shown = show(record, version, values)
    return shown


def show(record: str, version: object, values: Mapping[str, object],
         base: Mapping[str, object] | None = None) -> RecordForm:
    """Make the form of `record` show these values at this version, in fresh widgets; with
    `base` (what the record stores at that version) the values are the user's own edits.
    Whatever conflict the form had is settled by this."""
    forms = st.session_state.setdefault(FORMS_KEY, {})
    previous = forms.get(record)
    revision = previous.revision + 1 if previous else 0
    forms[record] = RecordForm(record, version, dict(values), revision, base is not None,
                               None if base is None else dict(base))
    _conflicts().pop(record, None)
    return forms[record]


Read = Callable[[RecordForm], dict[str, object]]
Save = Callable[[RecordForm, dict[str, object]], Saved]


def submit_button(form: RecordForm, label: str, read: Read, save: Save,
                  **button_options) -> None:
    """The form's submit button with the outcome of the last save beside it; `read` gathers
    the user's entries from the widgets and `save` stores them (raising DomainError or
    EditConflict when refused)."""
    button_column, notice_column = _beside(form)
    button_column.form_submit_button(label, on_click=_run_save, args=(form, read, save),
                                     **button_options)
    with notice_column:
        show_notice(form.record)


def action_button(form: RecordForm, label: str, read: Read, save: Save,
                  **button_options) -> None:
    """A plain button that saves a form whose widgets are not in an st.form (e.g. a table),
    with the outcome of the last save beside it."""
    button_column, notice_column = _beside(form)
    button_column.button(label, key=form.key("submit"), on_click=_run_save,
                         args=(form, read, save), **button_options)
    with notice_column:
        show_notice(form.record)


def _beside(form: RecordForm):
    """A narrow column for a button and a wide one for what its click said; just the
    current container when there is nothing to say (fewer elements on a busy page)."""
    if has_notice(form.record):
        return st.columns([1, 3], vertical_alignment="center")
    here = st.container()
    return here, here


def _run_save(form: RecordForm, read: Read, save: Save) -> None:
    entered = read(form)
    with acting(form.record):
        try:
            saved = save(form, entered)
        except EditConflict as error:
            _conflicts()[form.record] = Conflict(error, entered, dict(form.stored))
            return
        show(form.record, saved.version, saved.values)
        notify(form.record, "success", saved.message)


def _conflicts() -> dict[str, Conflict]:
    return st.session_state.setdefault(CONFLICTS_KEY, {})


def show_conflict(form: RecordForm, labels: Mapping[str, str],
                  shown_value: Callable[[str, object], str],
                  theirs_values: Callable[[object], Mapping[str, object]]) -> None:
    """After a refused save, both sides until the user takes theirs or re-applies their own.

    `labels` names the fields, `shown_value` formats a value, `theirs_values` turns the
    conflict's record into the form's values."""
    conflict = _conflicts().get(form.record)
    if conflict is not None:
        _conflict_panel(form, conflict, labels, shown_value, theirs_values(conflict.error.theirs))


def notice_if_stale(form: RecordForm, version: object, values: Mapping[str, object],
                    changed_at: datetime | None) -> None:
    """Say so when the record changed after the user opened it, and offer the new values."""
    if form.version == version or form.record in _conflicts():
        return
    st.warning(t("form.stale", when=moment(changed_at)), icon=":material/sync_problem:")
    st.button(t("form.load_latest"), key=form.key("load_latest"), on_click=_take,
              args=(form.record, version, dict(values)))


def _conflict_panel(form: RecordForm, conflict: Conflict, labels: Mapping[str, str],
                    shown_value: Callable[[str, object], str],
                    theirs: Mapping[str, object]) -> None:
    error = conflict.error
    st.error(message(error), icon=":material/sync_problem:")
    if error.at:
        st.caption(t("form.conflict_when", by=plain(error.params["by"]), when=moment(error.at)))
    fields = [name for name in labels if name in theirs]
    st.dataframe({t("column.field"): [labels[name] for name in fields],
                  t("form.yours"): [shown_value(name, conflict.mine.get(name)) for name in fields],
                  t("form.theirs", by=error.params["by"]):
                      [shown_value(name, theirs[name]) for name in fields],
                  t("form.differs"): ["≠" if conflict.mine.get(name) != theirs[name] else ""
                                      for name in fields]},
                 hide_index=True, width="stretch")
    # What the user changed (the reason for a reopening too) goes on top of what is stored.
    mine_on_theirs = {**theirs, **{name: value for name, value in conflict.mine.items()
                                   if value != conflict.base.get(name)}}
    take_column, reapply_column = st.columns(2)
    take_column.button(t("form.load_latest"), key=form.key("take_theirs"), on_click=_take,
                       args=(form.record, error.version, dict(theirs)), type="primary")
    reapply_column.button(t("form.reapply_mine"), key=form.key("reapply_mine"),
                          on_click=_reapply,
                          args=(form.record, error.version, mine_on_theirs, dict(theirs)),
                          help=t("form.reapply_mine_help"))


def _take(record: str, version: object, values: Mapping[str, object]) -> None:
    show(record, version, values)


def _reapply(record: str, version: object, values: Mapping[str, object],
             stored: Mapping[str, object]) -> None:
    show(record, version, values, base=stored)
    notify(record, "info", t("form.reapplied"))
