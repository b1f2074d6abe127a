"""How the history reads, one formatter for the History page, the workbook's history sheet
and the steering-group report: a logged field and its old and new values as words in the
reader's language (statuses, roles, yes/no, dates, family centres by name), never codes."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from rollout.catalog import CATALOG
from rollout.domain import DATE_FIELDS, Entity, ItemStatus, StepStatus
from rollout.i18n import LANGUAGE_NAMES, Words
from rollout.permissions import PUBLIC_RECORD
from rollout.population_source import kind_name
from rollout.public_record import Release, latest_by_label, release
from rollout.status_look import item_symbol, step_symbol

# The field whose value tells each kind of change in "what changed since" (tracking).
SUMMARY_FIELDS = {"advanced": "status", "slipped": "planned_end", "reopened": "reason",
                  "newly_overdue": "planned_end"}
YES_NO_FIELDS = ("is_active", "required", "marks_go_live", "retired", "org_retired",
                 "digest_report")
DATED_FIELDS = (*DATE_FIELDS, "sign_off", "override", "observed_on",  # logged by their day
                "population_reference_day")


def labelled(keys: list[tuple], label) -> list[str]:
    """`label(*key)` for each key, computed once per distinct key (values repeat a lot)."""
    known = {key: label(*key) for key in set(keys)}
    return [known[key] for key in keys]


def centre_names(names: Mapping[tuple[str, str], str]) -> dict[str, str]:
    """Family centres' names by code, from the history's subject names (by entity, id)."""
    return {code: name for (entity, code), name in names.items()
            if entity == Entity.FAMILY_CENTRE}


def summary_detail(words: Words, kind: str, detail: object) -> str:
    """The telling detail of a "what changed since" row (the new status, the new end…)."""
    return value_label(words, Entity.STEP_PROGRESS, SUMMARY_FIELDS[kind], detail)


def field_label(words: Words, field: str) -> str:
    """A logged field's name."""
    key = next((key for key in (f"field.{field}", f"steps.{field}") if key in CATALOG), None)
    return words.t(key) if key else field


def step_status_label(words: Words, status: str | StepStatus) -> str:
    """A step status with its symbol ("✔ Valmis")."""
    value = StepStatus(status).value
    return f"{step_symbol(value)} {words.t(f'status.{value}')}"


def item_status_label(words: Words, status: str | ItemStatus) -> str:
    """A readiness item's status with its symbol."""
    value = ItemStatus(status).value
    return f"{item_symbol(value)} {words.t(f'item.{value}')}"


def value_label(words: Words, entity: str, field: str, value: object,
                centre_names: Mapping[str, str] | None = None) -> str:
    """A logged value as the reader reads it ("–" for none)."""
    if value is None or value == "" or value != value:  # None, empty or NaN
        return "–"
    value = str(getattr(value, "value", value))
    if field == "status":
        return (item_status_label(words, value) if entity == Entity.READINESS_ITEM
                else step_status_label(words, value))
    if field in DATED_FIELDS:
        return words.day(date.fromisoformat(value[:10]))
    if field == "role" and f"role.{value}" in CATALOG:
        return words.t(f"role.{value}")
    if field in YES_NO_FIELDS:
        return words.t("common.yes") if value == "True" else words.t("common.no")
    if entity == Entity.OBSERVATION and field == "frequency":
        return words.t(f"observations.frequency.{value}")
    if field == "end_latest_by":
        return latest_by_label(words, value)
    if field == "population_source_kind":
        return kind_name(words, value)
    if field == "digest_frequency" and f"my_settings.frequency.{value}" in CATALOG:
        return words.t(f"my_settings.frequency.{value}")
    if field == "digest_weekday" and f"my_settings.weekday.{value}" in CATALOG:
        return words.t(f"my_settings.weekday.{value}")
    if field == "language" and value in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[value]
    if field == "centres":
        return ", ".join((centre_names or {}).get(code, code) for code in value.split(", "))
    if field == "org_centre":
        return (centre_names or {}).get(value, value)
    return value


def _cited_release(source: str, reason: str) -> Release | None:
    """The release an event of the public record cites (its reason), else None."""
    return release(reason) if source == PUBLIC_RECORD.source else None


def event_actors(words: Words, sources, actors) -> list[str]:
    """Who made each change; the public record named in the reader's language."""
    return [words.t("record.actor") if source == PUBLIC_RECORD.source else actor
            for source, actor in zip(sources, actors)]


def event_effective_days(words: Words, sources, reasons, days) -> list[str]:
    """When each change took effect; a day the public record only bounds reads as the bound
    ("viimeistään 12/2024 · tiedote 2024")."""
    shown = words.days(days)
    cited = [_cited_release(source, reason) for source, reason in zip(sources, reasons)]
    return [latest_by_label(words, found.key) if found else day for found, day in zip(cited, shown)]


def event_reasons(words: Words, sources, reasons) -> list[str]:
    """Each change's reason; the public record's is the release it cites."""
    texts = []
    for source, reason in zip(sources, reasons):
        found = _cited_release(source, reason)
        texts.append(found.citation if found else reason)
    return texts
