"""SQLAlchemy 2.0 typed models: the rollout's tables. Schema changes go through Alembic."""
from __future__ import annotations

import enum
from datetime import date, datetime, timezone

from sqlalchemy import (BigInteger, Boolean, Date, DateTime, Enum, Float, ForeignKey,
                        ForeignKeyConstraint, Index, Integer, MetaData, String, Text,
                        UniqueConstraint, false, text, true)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from rollout.domain import ItemStatus, Role, StepStatus, names_by_language

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC timestamp: stored the same way on SQLite and PostgreSQL."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def enum_column(enum_class: type[enum.Enum], name: str) -> Enum:
    """A VARCHAR with a CHECK constraint holding the enum's values (portable, readable)."""
    return Enum(enum_class, name=name, native_enum=False, create_constraint=True, length=20,
                values_callable=lambda members: [member.value for member in members])


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: DateTime(), date: Date()}


class Region(Base):
    """A wellbeing services county (hyvinvointialue); `code` is its short label, e.g. PP."""
    __tablename__ = "region"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    name_sv: Mapped[str] = mapped_column(String(120), default="", server_default="")
    code: Mapped[str | None] = mapped_column(String(10), unique=True)


def unique_folded(name: str, scope: str | None, *columns: str,
                  in_use_only: bool = False) -> Index:
    """A unique index on `columns` compared without case, within `scope` when given: a rule
    the services check, enforced again by the database (SQLite folds only ASCII letters; the
    services fold all). With `in_use_only`, retired rows do not count."""
    where = {"sqlite_where": text("retired_at IS NULL"),
             "postgresql_where": text("retired_at IS NULL")} if in_use_only else {}
    return Index(name, *([scope] if scope else []),
                 *(text(f"lower({column})") for column in columns), unique=True, **where)


class FamilyCentreArea(Base):
    __tablename__ = "family_centre_area"
    __table_args__ = (UniqueConstraint("region_id", "name"),
                      # the target of the centres' (area, county) key
                      UniqueConstraint("id", "region_id"),
                      unique_folded("uq_family_centre_area_region_name", "region_id", "name"))
    id: Mapped[int] = mapped_column(primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"))
    name: Mapped[str] = mapped_column(String(120))
    is_synthetic: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    retired_at: Mapped[datetime | None]  # retired, never deleted: history keeps it
    # Guards admin edits against lost updates, like a step's version.
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class FamilyCentre(Base):
    """A family centre of an area; its county is copied from the area (the database keeps the
    copy right through the (area, county) key), so that names are unique within a county."""
    __tablename__ = "family_centre"
    __table_args__ = (
        ForeignKeyConstraint(["area_id", "region_id"], ["family_centre_area.id",
                                                        "family_centre_area.region_id"],
                             name="fk_family_centre_area_county"),
        unique_folded("uq_family_centre_region_name", "region_id", "name"))
    id: Mapped[int] = mapped_column(primary_key=True)
    area_id: Mapped[int]  # with region_id, the key of the centre's area
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"))
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(160))
    name_sv: Mapped[str] = mapped_column(String(160), default="", server_default="")
    is_synthetic: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    area: Mapped[FamilyCentreArea] = relationship()
    retired_at: Mapped[datetime | None]  # retired, never deleted: history keeps it
    # Guards admin edits against lost updates, like a step's version.
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class Municipality(Base):
    """A municipality and the county it belongs to; which family centres serve it is a
    programme's business (its rollout units)."""
    __tablename__ = "municipality"
    code: Mapped[str] = mapped_column(String(3), primary_key=True)
    name_fi: Mapped[str] = mapped_column(String(80))
    name_sv: Mapped[str] = mapped_column(String(80))
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"))
    population: Mapped[int] = mapped_column(Integer)
    population_year: Mapped[int | None] = mapped_column(Integer)
    # Where the figure comes from (rollout.population_source): the kind, the day it holds on,
    # and a person's own words where the kind needs them (an estimate's reason, a publisher).
    population_source_kind: Mapped[str] = mapped_column(String(30), default="unstated",
                                                        server_default="unstated")
    population_reference_day: Mapped[date | None]
    population_source: Mapped[str] = mapped_column(String(200), default="")
    # Guards admin edits against lost updates, like a step's version.
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}

    @property
    def names(self) -> dict[str, str]:
        """Its name by language, as a refusal names it to each reader (sv: the Swedish one)."""
        return names_by_language(self.name_fi, self.name_sv)


class Programme(Base):
    __tablename__ = "programme"
    __table_args__ = (unique_folded("uq_programme_name", None, "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    started_on: Mapped[date | None]
    # The public source (rollout.public_record) that says when the rollout started, when
    # no day is known ("autumn 2023").
    start_record: Mapped[str] = mapped_column(String(40), default="", server_default="")
    is_synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    # The programme whose steps and checklist items this one was created from, if any.
    template_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"))


class ProgrammeRegion(Base):
    """A county a programme covers: one for a county's own rollout, all for a national one."""
    __tablename__ = "programme_region"
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), primary_key=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"), primary_key=True)


class RolloutUnit(Base):
    """A family centre × municipality pair whose progress a programme tracks."""
    __tablename__ = "rollout_unit"
    __table_args__ = (UniqueConstraint("programme_id", "family_centre_id", "municipality_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"))
    family_centre_id: Mapped[int] = mapped_column(ForeignKey("family_centre.id"))
    municipality_code: Mapped[str] = mapped_column(ForeignKey("municipality.code"))
    family_centre: Mapped[FamilyCentre] = relationship()
    municipality: Mapped[Municipality] = relationship()
    # Guards admin edits against lost updates, like a step's version.
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class StepTemplate(Base):
    __tablename__ = "step_template"
    __table_args__ = (UniqueConstraint("programme_id", "position"),
                      *(unique_folded(f"uq_step_template_programme_name_{lang}",
                                      "programme_id", f"name_{lang}")
                        for lang in ("fi", "sv", "en")))
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"))
    position: Mapped[int]
    name_fi: Mapped[str] = mapped_column(String(200))
    name_sv: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    description_fi: Mapped[str] = mapped_column(Text, default="")
    description_sv: Mapped[str] = mapped_column(Text, default="")
    description_en: Mapped[str] = mapped_column(Text, default="")
    marks_go_live: Mapped[bool] = mapped_column(Boolean, default=False)
    # Guards admin edits against lost updates, like a step's version.
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class StepProgress(Base):
    """Where one unit stands on one step; `version` guards against lost edits."""
    __tablename__ = "step_progress"
    __table_args__ = (UniqueConstraint("unit_id", "step_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("rollout_unit.id"))
    step_id: Mapped[int] = mapped_column(ForeignKey("step_template.id"))
    status: Mapped[StepStatus] = mapped_column(enum_column(StepStatus, "step_status"),
                                               default=StepStatus.NOT_STARTED)
    planned_start: Mapped[date | None]
    planned_end: Mapped[date | None]
    actual_start: Mapped[date | None]
    actual_end: Mapped[date | None]
    # A public source's key when `actual_end` is only the latest the step can have ended by
    # (rollout.public_record); empty when it is a day someone recorded.
    end_latest_by: Mapped[str] = mapped_column(String(40), default="", server_default="")
    owner: Mapped[str] = mapped_column(String(120), default="")
    # The owner's account, when the owner has one (My work and the digest find their steps by
    # it); `owner` is then the account's name as it was chosen.
    owner_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    unit: Mapped[RolloutUnit] = relationship()
    step: Mapped[StepTemplate] = relationship()
    __mapper_args__ = {"version_id_col": version}


class ReadinessItemTemplate(Base):
    __tablename__ = "checklist_item_template"
    __table_args__ = (UniqueConstraint("step_id", "position"),
                      *(unique_folded(f"uq_checklist_item_template_step_text_{lang}",
                                      "step_id", f"text_{lang}", in_use_only=True)
                        for lang in ("fi", "sv", "en")))
    id: Mapped[int] = mapped_column(primary_key=True)
    step_id: Mapped[int] = mapped_column(ForeignKey("step_template.id"))
    position: Mapped[int]
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    text_fi: Mapped[str] = mapped_column(String(300))
    text_sv: Mapped[str] = mapped_column(String(300))
    text_en: Mapped[str] = mapped_column(String(300))
    retired_at: Mapped[datetime | None]  # retired, never deleted: history keeps it
    # Guards admin edits against lost updates, like a step's version.
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")
    __mapper_args__ = {"version_id_col": version}


class ReadinessItemState(Base):
    __tablename__ = "checklist_item_state"
    __table_args__ = (UniqueConstraint("unit_id", "item_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("rollout_unit.id"))
    item_id: Mapped[int] = mapped_column(ForeignKey("checklist_item_template.id"))
    status: Mapped[ItemStatus] = mapped_column(enum_column(ItemStatus, "item_status"),
                                               default=ItemStatus.OPEN)
    reason: Mapped[str] = mapped_column(Text, default="")
    evidence: Mapped[str] = mapped_column(Text, default="")  # a note
    evidence_link: Mapped[str] = mapped_column(String(500), default="", server_default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    # Who set it, as the screens show it (the public record has no user id); history keeps all.
    updated_by_name: Mapped[str] = mapped_column(String(160), default="", server_default="")
    __mapper_args__ = {"version_id_col": version}


class StepSignOff(Base):
    """A step confirmed done for a unit: a lead's sign-off once its required readiness items
    are done or not applicable (`kind` "sign_off", with an optional comment as `note`), or an
    admin's override of open items (`kind` "override", the written reason as `note`).
    Reopening the step withdraws it; the history keeps both."""
    __tablename__ = "step_sign_off"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("rollout_unit.id"), index=True)
    step_id: Mapped[int] = mapped_column(ForeignKey("step_template.id"))
    kind: Mapped[str] = mapped_column(String(20), default="sign_off",
                                      server_default="sign_off")
    signed_on: Mapped[date]
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    signed_by_name: Mapped[str] = mapped_column(String(160), default="", server_default="")
    signed_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")
    withdrawn_at: Mapped[datetime | None]
    withdrawn_by_name: Mapped[str] = mapped_column(String(160), default="", server_default="")


class Baseline(Base):
    """A named, dated freeze of the plan, to compare later plans and actuals against."""
    __tablename__ = "baseline"
    __table_args__ = (UniqueConstraint("programme_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"))
    name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))


class BaselineEntry(Base):
    __tablename__ = "baseline_entry"
    baseline_id: Mapped[int] = mapped_column(ForeignKey("baseline.id"), primary_key=True)
    step_progress_id: Mapped[int] = mapped_column(ForeignKey("step_progress.id"),
                                                  primary_key=True)
    planned_start: Mapped[date | None]
    planned_end: Mapped[date | None]


class ChangeEvent(Base):
    """One changed field: who, when recorded, when it took effect, old → new.

    `source` tells a person's change ("user") from the initial load of the public record
    ("public_record") and generated demo data ("synthetic")."""
    __tablename__ = "change_event"
    __table_args__ = (
        Index("ix_change_event_programme_field_recorded", "programme_id", "field",
              "recorded_at"),
        Index("ix_change_event_programme_recorded", "programme_id", "recorded_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    source: Mapped[str] = mapped_column(String(20), default="user", server_default="user")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    effective_on: Mapped[date] = mapped_column(index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    actor: Mapped[str] = mapped_column(String(120))
    programme_id: Mapped[int | None] = mapped_column(ForeignKey("programme.id"))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(40))
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("rollout_unit.id"), index=True)
    step_id: Mapped[int | None] = mapped_column(ForeignKey("step_template.id"))
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text, default="")


class DataStamp(Base):
    """One row: a number that moves, in commit order, with every transaction that records
    change events, so a read model cached at one stamp holds until someone saves. Unlike
    the largest event id (taken when a row is inserted, not when it is committed) it cannot
    stand still while a save with a lower id commits after one with a higher."""
    __tablename__ = "data_stamp"
    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(BigInteger, nullable=False)


class User(Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(80), unique=True)
    display_name: Mapped[str] = mapped_column(String(160), default="")
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Bumped by every admin change (role, centres, active, password): guards the user editor.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # The person's own settings (rollout.services.my_settings): the reminder digest's
    # language and rhythm ("weekly" on `digest_weekday`, 0 = Monday; "daily"; "never"), and
    # for managers the steering-group report attached monthly.
    language: Mapped[str] = mapped_column(String(2), default="fi", server_default="fi")
    digest_frequency: Mapped[str] = mapped_column(String(10), default="weekly",
                                                  server_default="weekly")
    digest_weekday: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    digest_report: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    settings_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class WorkVisit(Base):
    """When a person last opened My work in a programme: "since your last visit" starts there."""
    __tablename__ = "work_visit"
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"), primary_key=True)
    previous_at: Mapped[datetime | None]  # the visit before the latest: what "since" means
    latest_at: Mapped[datetime] = mapped_column(default=utcnow)


class DigestSent(Base):
    """A digest sent (or being sent) to a person for one programme and period ("2026-W50",
    "2026-12-07", "2026-12-report" for the monthly report): never sent twice."""
    __tablename__ = "digest_sent"
    __table_args__ = (UniqueConstraint("user_id", "programme_id", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"))
    period: Mapped[str] = mapped_column(String(20))
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)


class SignInSession(Base):
    """A signed-in browser: the SHA-256 of its cookie token, and when it was last active."""
    __tablename__ = "sign_in_session"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    ended_at: Mapped[datetime | None]


class RoleAssignment(Base):
    """A user's one role in one programme."""
    __tablename__ = "role_assignment"
    __table_args__ = (UniqueConstraint("user_id", "programme_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"))
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"))
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))


class LeadCentre(Base):
    """A family centre a lead answers for."""
    __tablename__ = "lead_centre"
    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    family_centre_id: Mapped[int] = mapped_column(ForeignKey("family_centre.id"),
                                                  primary_key=True)


class MonthlyFigure(Base):
    """Service figures of one area for one month (`month` is its first day), after launch;
    `version` guards against lost edits like a step's."""
    __tablename__ = "monthly_figure"
    __table_args__ = (UniqueConstraint("programme_id", "area_id", "month"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"))
    area_id: Mapped[int] = mapped_column(ForeignKey("family_centre_area.id"))
    month: Mapped[date]
    contacts_from_families: Mapped[int | None]
    contacts_from_professionals: Mapped[int | None]
    contacts_by_phone: Mapped[int | None]
    contacts_by_form: Mapped[int | None]
    contacts_by_other: Mapped[int | None]
    network_meetings: Mapped[int | None]
    days_to_network_meeting: Mapped[float | None] = mapped_column(Float)
    share_answered_in_3_days: Mapped[float | None] = mapped_column(Float)
    queue_at_month_end: Mapped[int | None]
    is_synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    updated_at: Mapped[datetime | None] = mapped_column(default=utcnow)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    __mapper_args__ = {"version_id_col": version}


class ObservationTheme(Base):
    """A theme observations are tagged with; the list is editable, a theme never deleted
    (observations keep it), only taken out of use."""
    __tablename__ = "observation_theme"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(80), unique=True)
    name_fi: Mapped[str] = mapped_column(String(120))
    name_sv: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    position: Mapped[int]
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())


class Observation(Base):
    """A phenomenon observed in families' everyday life, tagged by theme (its code) and how
    often it was seen; never personal data about clients."""
    __tablename__ = "observation"
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[int] = mapped_column(ForeignKey("programme.id"))
    area_id: Mapped[int | None] = mapped_column(ForeignKey("family_centre_area.id"))
    observed_on: Mapped[date]
    theme: Mapped[str] = mapped_column(String(80))
    text: Mapped[str] = mapped_column(Text)
    frequency: Mapped[str] = mapped_column(String(20), default="single",
                                           server_default="single")
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    created_at: Mapped[datetime | None] = mapped_column(default=utcnow)
    is_synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
