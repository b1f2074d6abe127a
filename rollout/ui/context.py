"""Per-app resources and per-session choices: the database, the language, the programme."""
from __future__ import annotations

from contextlib import contextmanager

import streamlit as st
from sqlalchemy.orm import Session, sessionmaker

from rollout import i18n
from rollout.config import LANGUAGES, load_settings
from rollout.db import make_engine, make_session_factory
from rollout.domain import DomainError
from rollout.models import Programme
from rollout.queries import default_programme


@st.cache_resource
def session_factory() -> sessionmaker[Session]:
    """One engine and sessionmaker per app process; sessions live for one rerun."""
    return make_session_factory(make_engine(load_settings().database_url))


def lang() -> str:
    if "lang" not in st.session_state:
        requested = st.query_params.get("lang")
        st.session_state["lang"] = (requested if requested in LANGUAGES
                                    else load_settings().language)
    return st.session_state["lang"]


def t(key: str, **params: object) -> str:
    """The catalog text in the user's language."""
    return i18n.translate(key, lang(), **params)


def language_selector() -> None:
    lang()
    st.sidebar.selectbox(t("app.language"), LANGUAGES, key="lang",
                         format_func=i18n.LANGUAGE_NAMES.get)


def current_programme() -> Programme:
    """The programme the user works in; stops the page with a message when there is none."""
    with session_factory()() as session:
        programme = default_programme(session)
    if programme is None:
        st.error(t("app.no_programme"))
        st.stop()
    return programme


def number(value: float | int, decimals: int = 0) -> str:
    return i18n.format_number(value, lang(), decimals)


def percent(share: float) -> str:
    return i18n.format_percent(share, lang())


def day(value) -> str:
    return i18n.format_date(value, lang())


def moment(value) -> str:
    return i18n.format_datetime(value, lang())


DATE_INPUT_FORMATS = {"fi": "DD.MM.YYYY", "sv": "YYYY-MM-DD", "en": "DD/MM/YYYY"}


def date_input_format() -> str:
    return DATE_INPUT_FORMATS[lang()]


@contextmanager
def showing_errors():
    """Run a service call; a broken rule becomes a clear message (nothing was changed)."""
    try:
        yield
    except DomainError as error:
        st.error(i18n.error_message(error, lang()), icon=":material/error:")


def flash(message: str) -> None:
    """Show `message` once, after the rerun that follows a successful change."""
    st.session_state["flash"] = message
    st.rerun()


def show_flash() -> None:
    message = st.session_state.pop("flash", None)
    if message:
        st.success(message, icon=":material/check_circle:")


def with_municipality_names(frame):
    """Add a `municipality` column: each row's name in the user's language (fi fallback)."""
    frame["municipality"] = [i18n.localized(row, "name", lang())
                             for row in frame[["name_fi", "name_sv"]].to_dict("records")]
    return frame
