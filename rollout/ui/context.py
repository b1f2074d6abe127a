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


def tc(key: str, count: int, **params: object) -> str:
    """The catalog text for a count, singular or plural, in the user's language."""
    return i18n.translate_count(key, lang(), count, **params)


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


DATE_INPUT_FORMATS = {"fi": "DD.MM.YYYY", "sv": "DD.MM.YYYY", "en": "DD/MM/YYYY"}


def date_input_format() -> str:
    return DATE_INPUT_FORMATS[lang()]


@contextmanager
def showing_errors():
    """Run a service call; a broken rule becomes a clear message (nothing was changed)."""
    try:
        yield
    except DomainError as error:
        st.error(i18n.error_message(error, lang()), icon=":material/error:")


NOTICE_ICONS = {"success": ":material/check_circle:", "error": ":material/error:",
                "warning": ":material/warning:", "info": ":material/info:"}


def notify(place: str, kind: str, text: str) -> None:
    """Leave a message ("success", "error", "warning" or "info") for `place` to show the next
    time it is drawn, once: beside the button that caused it, not at the top of the page."""
    st.session_state.setdefault("notices", {})[place] = (kind, text)


def notify_error(place: str, error: DomainError) -> None:
    notify(place, "error", i18n.error_message(error, lang()))


def show_notice(place: str) -> None:
    """Show (once) the message left for `place`, if any."""
    kind, text = st.session_state.get("notices", {}).pop(place, (None, None))
    if kind:
        getattr(st, kind)(text, icon=NOTICE_ICONS[kind])


def localized_column(frame, base: str):
    """`<base>_<lang>` of every row in the user's language, the Finnish one where it is empty."""
    finnish = frame[f"{base}_fi"]
    if lang() == "fi" or f"{base}_{lang()}" not in frame:
        return finnish
    own = frame[f"{base}_{lang()}"]
    return own.where(own.notna() & (own != ""), finnish)


def with_names(frame):
    """Add `municipality` and `centre` columns, where the frame has their names: each in the
    user's language, the Finnish name where there is no other."""
    if "name_fi" in frame:
        frame["municipality"] = localized_column(frame, "name")
    if "centre_fi" in frame:
        frame["centre"] = localized_column(frame, "centre")
    return frame
