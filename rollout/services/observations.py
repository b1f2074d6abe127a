"""Write use-cases for observations of families' everyday life and their theme list. Free
text with personal data (rollout.personal_data) is refused whole: nothing is stored."""
from __future__ import annotations

import re
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rollout.config import LANGUAGES
from rollout.domain import DomainError, Entity, Frequency
from rollout.history import record_event
from rollout.i18n import translate
from rollout.models import Observation, ObservationTheme
from rollout.permissions import Actor, require
from rollout.personal_data import Finding, personal_data
from rollout.services.conflicts import committing
from rollout.services.figures import area_centre_ids

MAX_TEXT = 500
def add_observation(session: Session, actor: Actor, programme_id: int, area_id: int,
                    observed_on: date, theme: str, text: str, frequency: Frequency,
                    today: date | None = None) -> Observation:
    """Log an observed phenomenon of an area, after checking that its text holds no
    personal data; recorded in the history. Returns the stored observation."""
    require(actor.can_record_area(area_centre_ids(session, area_id)))
    today = today or date.today()
    text = text.strip()
    _check(session, observed_on, theme, text, today)
    observation = Observation(programme_id=programme_id, area_id=area_id,
                              observed_on=observed_on, theme=theme, text=text,
                              frequency=Frequency(frequency).value, created_by_id=actor.user_id)
    with committing(session, lambda: DomainError("error.not_saved")):
        session.add(observation)
        session.flush()
        for field in ("theme", "frequency", "text"):
            record_event(session, actor=actor, entity=Entity.OBSERVATION, entity_id=observation.id,
                         field=field, old=None, new=getattr(observation, field),
                         effective_on=observed_on, programme_id=programme_id)
    return observation


def _check(session: Session, observed_on: date, theme: str, text: str, today: date) -> None:
    if not text:
        raise DomainError("observations.text_needed", field="text")
    if len(text) > MAX_TEXT:
        raise DomainError("observations.text_too_long", field="text", length=len(text),
                          limit=MAX_TEXT)
    if observed_on > today:
        raise DomainError("observations.future_date", field="observed_on")
    if theme not in active_theme_codes(session):
        raise DomainError("observations.unknown_theme", theme=theme)
    findings = personal_data(text)
    if findings:
        raise DomainError("observations.personal_data", found=described(findings))


def described(findings: list[Finding]) -> dict[str, str]:
    """What was found and where, in every language (a refusal's message picks the reader's):
    "henkilötunnus merkistä 12 alkaen (1310*******)"."""
    return {lang: "; ".join(
        translate("observations.found_at", lang, position=finding.position,
                  masked=finding.masked,
                  kind=translate(f"observations.kind.{finding.kind}", lang))
        for finding in findings) for lang in LANGUAGES}


def active_theme_codes(session: Session) -> list[str]:
    return list(session.scalars(select(ObservationTheme.code).filter_by(is_active=True)))


def add_theme(session: Session, actor: Actor, programme_id: int, name_fi: str,
              name_sv: str = "", name_en: str = "") -> ObservationTheme:
    """Add a theme to the list (Swedish and English default to the Finnish name)."""
    require(actor.can_edit_themes())
    name_fi = name_fi.strip()
    if not name_fi:
        raise DomainError("observations.theme_name_needed", field="name")
    code = re.sub(r"[^a-z0-9äöå]+", "_", name_fi.lower()).strip("_")
    if session.scalar(select(ObservationTheme).filter_by(code=code)) is not None:
        raise DomainError("observations.theme_exists", theme=name_fi)
    position = (session.scalar(select(func.max(ObservationTheme.position))) or 0) + 1
    theme = ObservationTheme(code=code, name_fi=name_fi, name_sv=name_sv.strip() or name_fi,
                             name_en=name_en.strip() or name_fi, position=position)
    with committing(session, lambda: DomainError("observations.theme_exists", theme=name_fi)):
        session.add(theme)
        session.flush()
        record_event(session, actor=actor, entity=Entity.OBSERVATION_THEME, entity_id=theme.id,
                     field="name", old=None, new=name_fi, effective_on=date.today(),
                     programme_id=programme_id)
    return theme


def set_theme_in_use(session: Session, actor: Actor, programme_id: int, code: str,
                     in_use: bool) -> ObservationTheme:
    """Take a theme out of use (observations keep it; the form no longer offers it) or
    back into use; recorded in the history."""
    require(actor.can_edit_themes())
    theme = session.scalar(select(ObservationTheme).filter_by(code=code))
    if theme is None:
        raise DomainError("observations.unknown_theme", theme=code)
    if theme.is_active != in_use:
        with committing(session, lambda: DomainError("error.not_saved")):
            record_event(session, actor=actor, entity=Entity.OBSERVATION_THEME, entity_id=theme.id,
                         field="is_active", old=theme.is_active, new=in_use,
                         effective_on=date.today(), programme_id=programme_id)
            theme.is_active = in_use
    return theme
