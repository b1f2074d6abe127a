"""The person's own settings form (Omat asetukset): the e-mail address the admin set (read
only; none means no digest), the reminder digest's language and rhythm (the weekday asked
only for a weekly digest) and, for a manager in the programme at hand, the monthly
steering-group report. A record form keyed by the person and their settings' version, so a
save from another window meanwhile is a conflict showing both sides, never lost.

The settings are read afresh on every run (one row by its key)."""
from __future__ import annotations

from dataclasses import asdict
from functools import partial

import streamlit as st

from rollout import services
from rollout.config import LANGUAGES
from rollout.domain import Role
from rollout.i18n import LANGUAGE_NAMES
from rollout.permissions import Actor
from rollout.services import MySettings
from rollout.services.my_settings import FREQUENCIES, WEEKDAYS
from rollout.ui import record_form
from rollout.ui.context import plain, session_factory, t
from rollout.ui.record_form import RecordForm, Saved

FIELDS = ("language", "frequency", "weekday", "report")


def may_attach_report(actor: Actor) -> bool:
    """The monthly report goes to managers (of the programme the page is opened in)."""
    return actor.role == Role.MANAGER


def settings_panel(actor: Actor) -> None:
    """The e-mail address and the settings form, with the outcome of the last save."""
    with session_factory()() as session:
        stored = services.my_settings(session, actor.user_id)
    _email(stored.email)
    values = form_values(stored)
    form = record_form.open_form(f"my-settings-{actor.user_id}", stored.version, values)
    record_form.notice_if_stale(form, stored.version, values, None)
    report_shown = may_attach_report(actor) or bool(form.values["report"])
    with st.container(border=True):
        st.selectbox(t("my_settings.language"), LANGUAGES,
                     index=LANGUAGES.index(form.values["language"]), key=form.key("language"),
                     format_func=LANGUAGE_NAMES.get)
        st.radio(t("my_settings.frequency"), FREQUENCIES,
                 index=FREQUENCIES.index(form.values["frequency"]), key=form.key("frequency"),
                 format_func=_frequency_labels().get, horizontal=True)
        frequency = form.widget_value("frequency")
        if frequency == "weekly":
            st.selectbox(t("my_settings.weekday"), list(WEEKDAYS),
                         index=form.values["weekday"], key=form.key("weekday"),
                         format_func=_weekday_labels().get)
        elif frequency == "never":
            st.caption(t("my_settings.never_sent"))
        if report_shown:
            st.checkbox(t("my_settings.report"), value=form.values["report"],
                        key=form.key("report"), help=t("my_settings.report_help"))
        record_form.action_button(form, t("my_settings.save"), _entered,
                                  partial(_save, actor), type="primary")
    labels = {"language": t("my_settings.language"), "frequency": t("my_settings.frequency"),
              "weekday": t("my_settings.weekday")}
    if report_shown:
        labels["report"] = t("my_settings.report")
    record_form.show_conflict(form, labels, shown_value, form_values)


def form_values(settings: MySettings) -> dict[str, object]:
    """What the form shows of the settings (not the address, not the version)."""
    return {name: value for name, value in asdict(settings).items() if name in FIELDS}


def shown_value(field: str, value: object) -> str:
    """A setting in words, as the conflict panel shows both sides."""
    if field == "language":
        return LANGUAGE_NAMES.get(str(value), str(value))
    if field == "frequency":
        return _frequency_labels()[str(value)]
    if field == "weekday":
        return _weekday_labels()[int(value)]
    return t("common.yes") if value else t("common.no")


def _email(email: str | None) -> None:
    if email:
        st.markdown(t("my_settings.email", email=plain(email)))
        st.caption(t("my_settings.email_help"))
    else:
        st.warning(t("my_settings.no_email"), icon=":material/mail_off:")


# The choices' labels in the reader's language, looked up while the widget is drawn:
# AppTest calls a widget's label function after the run, where the language is not known.
def _frequency_labels() -> dict[str, str]:
    return {frequency: t(f"my_settings.frequency.{frequency}") for frequency in FREQUENCIES}


def _weekday_labels() -> dict[int, str]:
    return {weekday: t(f"my_settings.weekday.{weekday}") for weekday in WEEKDAYS}


def _entered(form: RecordForm) -> dict[str, object]:
    """The user's choices; a setting whose widget is not shown (the weekday of a daily
    digest, a planner's report) keeps what the form opened with."""
    return {name: form.widget_value(name) for name in FIELDS}


def _save(actor: Actor, form: RecordForm, entered: dict[str, object]) -> Saved:
    wanted = MySettings(None, entered["language"], entered["frequency"],
                        int(entered["weekday"]), bool(entered["report"]), form.version)
    with session_factory()() as session:
        services.save_my_settings(session, actor, form.version, wanted)
        stored = services.my_settings(session, actor.user_id)
    message = t("my_settings.saved") if stored.version != form.version \
        else t("steps.no_changes")
    return Saved(stored.version, form_values(stored), message)
