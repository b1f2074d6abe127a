"""Plausible launch histories of rollout units: every step planned, started, sometimes
replanned, blocked, stalled or reopened, finished; readiness items ticked along the way.

A history is a list of dated field changes per step and per readiness item; the rows the
database stores (the step's and item's final values, and one change event per change) are
derived from it, so the state always matches what its history replays to."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

FIRST_NAMES = ["Aino", "Eeva", "Helmi", "Johanna", "Kaisa", "Laura", "Maria", "Noora", "Outi",
               "Päivi", "Riikka", "Sanna", "Tiina", "Minna", "Jukka", "Mikko", "Timo", "Ville",
               "Janne", "Antti", "Juha", "Markku", "Satu", "Heidi"]
LAST_NAMES = ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine",
              "Heikkinen", "Koskinen", "Järvinen", "Lehtonen", "Saarinen", "Salminen",
              "Heinonen", "Niemi", "Heikkilä", "Kinnunen", "Salonen", "Turunen", "Kallio"]
NOTES = ["Käsitelty johtoryhmässä.", "Odottaa resurssipäätöstä.", "Yhteyshenkilöt koottu.",
         "Aikataulua tarkennettu.", "Kumppanipalaveri pidetty.", "Perehdytys aloitettu.",
         "Viestintäsuunnitelma valmis.", "Palaute koottu ja käsitelty."]
BLOCKERS = ["Palveluohjaajan rekrytointi kesken", "Puhelinjärjestelmä viivästyi",
            "Henkilöstömuutos", "Johdon päätös siirtyi"]
REOPEN_REASONS = ["Palveluohjaajat vaihtuivat, perehdytys uusitaan",
                  "Toimintakäytänteet päivitetään uuden sopimuksen mukaan"]
EVIDENCE = ["Pöytäkirja", "Muistio", "Intran sivu", "Sähköposti", "Sopimus"]
NOT_APPLICABLE = ["Ei koske tätä kuntaa", "Hoidetaan alueen yhteisenä"]


@dataclass(frozen=True)
class Change:
    """One field set to a value at a moment; the day it took effect in the world."""
    at: datetime
    field: str
    new: object
    effective_on: date
    actor: str
    reason: str = ""


@dataclass
class Timeline:
    """The changes of one step or readiness item, in any order."""
    changes: list[Change] = field(default_factory=list)

    def set(self, at: datetime, field_name: str, new: object, actor: str,
            effective_on: date | None = None, reason: str = "") -> None:
        self.changes.append(Change(at, field_name, new, effective_on or at.date(), actor,
                                   reason))


@dataclass(frozen=True)
class StepPlan:
    """What the template says of a step: its id, position and readiness items."""
    step_id: int
    position: int
    items: tuple[int, ...]


@dataclass
class UnitHistory:
    steps: dict[int, Timeline]  # by step id
    items: dict[tuple[int, int], Timeline]  # by (step id, checklist item id)


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"


def moment(rng: random.Random, day: date, today: date) -> datetime:
    """A working-hours moment on `day` or a few days later (when it was written down)."""
    recorded = min(day + timedelta(days=rng.choice((0, 0, 0, 1, 2, 5))), today)
    return datetime.combine(recorded, time(rng.randint(8, 15), rng.randint(0, 59),
                                           rng.randint(0, 59)))


def unit_history(rng: random.Random, steps: list[StepPlan], start: date, today: date,
                 planner: str, lead: str, go_live: date | None = None) -> UnitHistory:
    """The history of one unit whose first step starts on `start` (possibly in the future);
    with `go_live`, the go-live step (5) is done on that day, as the public record says."""
    durations = [rng.randint(30, 90) if plan.position < 6 else rng.randint(120, 240)
                 for plan in steps]
    if go_live is not None:
        before = sum(durations[:4])
        start = go_live - timedelta(days=before + durations[4])
    stall_at = rng.choice([1, 2, 3, 4, 5]) if go_live is None and rng.random() < 0.07 else 0
    speed = rng.lognormvariate(0, 0.25)
    history = UnitHistory({}, {})
    planned_on = start - timedelta(days=rng.randint(20, 60))
    cursor = start
    for plan, planned_length in zip(steps, durations):
        timeline = history.steps[plan.step_id] = Timeline()
        planned_start = cursor + timedelta(days=rng.randint(-3, 10))
        planned_end = planned_start + timedelta(days=planned_length)
        if planned_on <= today:
            at = moment(rng, planned_on, today)
            timeline.set(at, "planned_start", planned_start, planner)
            timeline.set(at, "planned_end", planned_end, planner)
            timeline.set(at, "owner", person(rng), planner)
        actual_start = cursor + timedelta(days=rng.randint(0, 7) if go_live is None else 0)
        length = max(10, round(planned_length * speed * rng.lognormvariate(0, 0.3)))
        if go_live is not None and plan.position <= 5:
            length = planned_length if plan.position < 5 else (go_live - actual_start).days
        actual_end = None if plan.position == stall_at else actual_start + timedelta(
            days=max(length, 1))
        if actual_start > today:
            break
        active_until = _active_until(rng, actual_start, today, plan.position == stall_at)
        _work_on_step(rng, timeline, plan, actual_start, actual_end, planned_end,
                      active_until, planner, steady=go_live is not None and plan.position == 5)
        _tick_items(rng, history, plan, actual_start, actual_end, active_until, lead)
        if plan.position == stall_at:
            break
        if actual_end is None or actual_end > today:
            cursor = actual_start + timedelta(days=max(length, 1))
            continue
        cursor = actual_end if rng.random() < 0.75 else \
            actual_start + timedelta(days=round(0.6 * length))
    return history


def _active_until(rng: random.Random, actual_start: date, today: date, stalls: bool) -> date:
    """The last day anyone writes about a step: today, but a stalled unit goes quiet a few
    weeks into the step where it stalls."""
    return min(today, actual_start + timedelta(days=rng.randint(10, 45))) if stalls else today


def _work_on_step(rng: random.Random, timeline: Timeline, plan: StepPlan, actual_start: date,
                  actual_end: date | None, planned_end: date, today: date, planner: str,
                  steady: bool = False) -> None:
    """Start (and perhaps finish) a step: status and actual dates, notes, replans, a block,
    a reopening. A `steady` step (a go-live the public record dates) is neither left
    blocked nor reopened."""
    at = moment(rng, actual_start, today)
    timeline.set(at, "status", "in_progress", planner, actual_start)
    timeline.set(at, "actual_start", actual_start, planner)
    last_day = min(actual_end or today, today)
    span = max((last_day - actual_start).days, 1)
    for _ in range(rng.randint(4, 18)):
        day = actual_start + timedelta(days=rng.randint(0, span))
        timeline.set(moment(rng, day, today), "note",
                     f"{rng.choice(NOTES)} ({day:%d.%m.%Y})", planner)
    if (actual_end or today) > planned_end and planned_end <= today:
        slipped = (actual_end or today) + timedelta(days=rng.randint(5, 40))
        timeline.set(moment(rng, planned_end, today), "planned_end", slipped, planner)
    if rng.random() < 0.35:
        timeline.set(moment(rng, actual_start + timedelta(days=span // 2), today), "owner",
                     person(rng), planner)
    if rng.random() < 0.12 and span > 20 and not steady:
        blocked_on = actual_start + timedelta(days=rng.randint(3, span // 2))
        timeline.set(moment(rng, blocked_on, today), "status", "blocked", planner,
                     reason=rng.choice(BLOCKERS))
        resumed_on = blocked_on + timedelta(days=rng.randint(5, span // 2 + 5))
        if actual_end is not None and resumed_on < actual_end:
            timeline.set(moment(rng, resumed_on, today), "status", "in_progress", planner)
        elif actual_end is not None:
            actual_end = None  # never unblocked
    if actual_end is None or actual_end > today:
        return
    _finish(rng, timeline, actual_end, today, planner)
    reopen_on = actual_end + timedelta(days=rng.randint(30, 200))
    if 3 <= plan.position <= 5 and rng.random() < 0.04 and reopen_on < today and not steady:
        timeline.set(moment(rng, reopen_on, today), "status", "in_progress", planner,
                     reason=rng.choice(REOPEN_REASONS))
        timeline.set(moment(rng, reopen_on, today), "actual_end", None, planner)
        done_again = reopen_on + timedelta(days=rng.randint(20, 90))
        if done_again <= today:
            _finish(rng, timeline, done_again, today, planner)


def _finish(rng: random.Random, timeline: Timeline, day: date, today: date,
            planner: str) -> None:
    at = moment(rng, day, today)
    timeline.set(at, "status", "done", planner, day)
    timeline.set(at, "actual_end", day, planner)


def _tick_items(rng: random.Random, history: UnitHistory, plan: StepPlan, actual_start: date,
                actual_end: date | None, today: date, lead: str) -> None:
    """The lead ticks the step's readiness items while the step is worked on."""
    span = max(((actual_end or today) - actual_start).days, 1)
    for item_id in plan.items:
        day = actual_start + timedelta(days=rng.randint(0, span))
        if day > today or (actual_end is None and rng.random() < 0.4):
            continue
        timeline = history.items[(plan.step_id, item_id)] = Timeline()
        at = moment(rng, day, today)
        if rng.random() < 0.08:
            timeline.set(at, "status", "not_applicable", lead)
            timeline.set(at, "reason", rng.choice(NOT_APPLICABLE), lead)
            continue
        timeline.set(at, "status", "done", lead)
        timeline.set(at, "evidence", f"{rng.choice(EVIDENCE)} {day:%d.%m.%Y}", lead)
        revisions = sorted(day + timedelta(days=rng.randint(1, 90))
                           for _ in range(rng.randint(1, 7)))
        for later in (later for later in revisions if later <= today):
            # the evidence is revised as documents move on
            timeline.set(moment(rng, later, today), "evidence",
                         f"{rng.choice(EVIDENCE)} {later:%d.%m.%Y} (päivitetty)", lead)
        reopened = day + timedelta(days=rng.randint(10, 90))
        if rng.random() < 0.05 and reopened + timedelta(days=20) <= today:
            timeline.set(moment(rng, reopened, today), "status", "open", lead)
            timeline.set(moment(rng, reopened + timedelta(days=20), today), "status", "done",
                         lead)
