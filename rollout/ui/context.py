"""Per-app resources and per-session choices: the database, the language, the programme."""
from __future__ import annotations

import re
from contextlib import contextmanager

import streamlit as st
from sqlalchemy.orm import Session, sessionmaker

from rollout import i18n
from rollout.config import LANGUAGES, load_settings
from rollout.db import make_engine, make_session_factory
from rollout.domain import DomainError
from rollout.models import Programme
from rollout.queries import default_programme, programme_by_slug, programmes_of_user


@st.cache_resource
def session_factory() -> sessionmaker[Session]:
    """One engine and sessionmaker per app process; sessions live for one rerun."""
    return make_session_factory(make_engine(load_settings().database_url))


def lang() -> str:
    """The user's language: chosen in the sidebar, else asked for in the address
    (`?lang=sv`), else the configured default."""
    chosen = st.session_state.get("lang")
    if chosen is None:
        requested = st.query_params.get("lang")
        chosen = st.session_state["lang"] = (requested if requested in LANGUAGES
                                             else load_settings().language)
    return chosen


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


PROGRAMME_KEY = "programme_of_visit"
PROGRAMME_CHOICE_KEY = "programme"
PROGRAMME_NOW_KEY = "programme_of_this_run"


def choose_programme(user_id: int | None) -> tuple[Programme, list[Programme]]:
    """Look up the programme this rerun works in (app.py does, once a rerun) and keep it for
    the whole visit: the one chosen earlier in this visit, else the one the address names
    (`?programme=`), else the signed-in person's own (the default programme first), else the
    default one. Someone with no role in the programme asked for is sent to one of their own
    with a sentence saying so. The address names the programme on every page, so a reload or
    a bookmark lands in it. Stops the page with a message when the database holds none.
    Returns the programme and the signed-in person's own programmes."""
    asked = st.session_state.get(PROGRAMME_KEY) or st.query_params.get("programme")
    with session_factory()() as session:
        own = programmes_of_user(session, user_id) if user_id is not None else []
        programme = next((mine for mine in own if mine.slug == asked), None) or \
            (asked and programme_by_slug(session, asked)) or None
        if own and (programme is None or programme.id not in {mine.id for mine in own}):
            if asked:
                st.info(t("app.programme_not_yours", asked=plain(
                    programme.name if programme else asked), opened=plain(own[0].name)),
                    icon=":material/info:")
            programme = own[0]
        programme = programme or default_programme(session)
    if programme is None:
        st.error(t("app.no_programme"))
        st.stop()
    st.session_state[PROGRAMME_NOW_KEY] = programme
    if user_id is not None:  # before sign-in the address keeps what it asked for
        open_programme(programme.slug)
    return programme, own


def open_programme(slug: str) -> None:
    """Work in the programme `slug` from now on in this visit (its address says so)."""
    st.session_state[PROGRAMME_KEY] = slug
    if st.query_params.get("programme") != slug:
        st.query_params["programme"] = slug


def current_programme() -> Programme:
    """The programme this rerun works in, as app.py chose it."""
    through_the_shell()
    return st.session_state[PROGRAMME_NOW_KEY]


def through_the_shell() -> None:
    """Make sure this rerun went through app.py's shell (sign-in, menu) before a page shows
    anything. A page runs without it only on a fresh server, where Streamlit's legacy
    `pages/` routing runs the first request's page file directly: run the shell right here
    instead, so the sign-in form comes first and the address (page and query, e.g.
    `steps?unit=244`) stays as it was, and the bookmarked page opens after signing in."""
    actor = st.session_state.get("actor")
    if actor is None or not actor.can_read():
        from rollout.ui.shell import run_app  # the shell imports this module
        run_app()
        st.stop()


def programme_selector(programmes: list[Programme]) -> None:
    """A choice of programme in the sidebar when the user has roles in more than one."""
    if len(programmes) < 2:
        return
    names = {programme.slug: programme.name for programme in programmes}
    st.session_state[PROGRAMME_CHOICE_KEY] = current_programme().slug
    st.sidebar.selectbox(t("app.programme"), list(names), key=PROGRAMME_CHOICE_KEY,
                         format_func=names.get, on_change=_programme_chosen)


def _programme_chosen() -> None:
    open_programme(st.session_state[PROGRAMME_CHOICE_KEY])


def number(value: float | int, decimals: int = 0) -> str:
    return i18n.format_number(value, lang(), decimals)


def percent(share: float) -> str:
    return i18n.format_percent(share, lang())


def day(value) -> str:
    return i18n.format_date(value, lang())


def moment(value) -> str:
    return i18n.format_datetime(value, lang())


def days(values) -> list[str]:
    """Many dates in the user's format at once."""
    return i18n.format_dates(values, lang())


def moments(values) -> list[str]:
    """Many moments (stored in UTC) in the county's time and the user's format at once."""
    return i18n.format_datetimes(values, lang())


DATE_INPUT_FORMATS = {"fi": "DD.MM.YYYY", "sv": "DD.MM.YYYY", "en": "DD/MM/YYYY"}


def date_input_format() -> str:
    return DATE_INPUT_FORMATS[lang()]


MARKDOWN_SIGNS = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation mark


def plain(text: str) -> str:
    """Text someone typed (a name, a note), to show inside markdown as itself: every
    punctuation mark escaped, so no link, image, emphasis, heading or shortcode forms."""
    return MARKDOWN_SIGNS.sub(r"\\\1", str(text))


def message(error: DomainError) -> str:
    """A broken rule in the user's language, with what people typed shown as plain text."""
    return i18n.error_message(error, lang(), quote=plain)


@contextmanager
def showing_errors():
    """Run a service call; a broken rule becomes a clear message (nothing was changed)."""
    try:
        yield
    except DomainError as error:
        st.error(message(error), icon=":material/error:")


NOTICE_ICONS = {"success": ":material/check_circle:", "error": ":material/error:",
                "warning": ":material/warning:", "info": ":material/info:"}


def notify(place: str, kind: str, text: str) -> None:
    """Leave a message ("success", "error", "warning" or "info") for `place` to show the next
    time it is drawn, once: beside the button that caused it, not at the top of the page."""
    st.session_state.setdefault("notices", {})[place] = (kind, text)


def notify_error(place: str, error: DomainError) -> None:
    notify(place, "error", message(error))


def has_notice(place: str) -> bool:
    return place in st.session_state.get("notices", {})


def show_notice(place: str) -> None:
    """Show (once) the message left for `place`, if any."""
    kind, text = st.session_state.get("notices", {}).pop(place, (None, None))
    if kind:
        getattr(st, kind)(text, icon=NOTICE_ICONS[kind])


def localized_column(frame, base: str):
    """`<base>_<lang>` of every row in the user's language, the Finnish one where it is empty."""
    return i18n.localized_column(frame, base, lang())


def with_names(frame):
    """The frame with `municipality`, `centre` and `region` columns in the user's language."""
    return i18n.with_names(frame, lang())
