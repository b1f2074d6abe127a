"""Readiness from the shell: `readiness show` and `readiness set` (`checklist`, the old name
of the group, still works)."""
from __future__ import annotations

import argparse

import pandas as pd

from rollout.cli.arguments import whole
from rollout import i18n, queries, services
from rollout.cli.common import Context, acting_user, add_unit_arguments, programme
from rollout.domain import DomainError, ItemStatus
from rollout.services import ReadinessChange


def register(commands) -> None:
    readiness = commands.add_parser("readiness", aliases=["checklist"],
                                    help="a unit's readiness items").add_subparsers(
        dest="action", required=True)
    show = readiness.add_parser("show", help="a unit's readiness items for a step")
    add_unit_arguments(show)
    show.set_defaults(handler=run_show)
    item_set = readiness.add_parser(
        "set", help="set readiness items of a unit's step (all or nothing, with history)")
    add_unit_arguments(item_set)
    which = item_set.add_mutually_exclusive_group(required=True)
    which.add_argument("--item", type=whole(1, 999), metavar="K",
                       help="the item's position in the step")
    which.add_argument("--all", action="store_true", help="every item of the step")
    item_set.add_argument("--status", required=True, choices=[s.value for s in ItemStatus])
    item_set.add_argument("--reason", default="", help="why it does not apply")
    item_set.add_argument("--evidence", default="", help="a note")
    item_set.add_argument("--link", default="", help="a link to the evidence (https://…)")
    item_set.set_defaults(handler=run_set)


def _unit_items(session, args: argparse.Namespace) -> tuple[int, pd.DataFrame]:
    programme_id = programme(session, args.programme).id
    progress_id = queries.progress_id_for(session, programme_id, args.unit, args.step,
                                          args.centre)
    unit_id = queries.step_unit(session, progress_id)
    items = queries.readiness_frame(session, unit_id)
    return unit_id, items[items["step"] == args.step].reset_index(drop=True)


def run_show(args: argparse.Namespace, context: Context) -> int:
    lang = context.settings.language
    with context.sessions() as session:
        _, items = _unit_items(session, args)
    for item in items.itertuples():
        mark = "*" if item.required else " "
        text = i18n.localized(item._asdict(), "text", lang)
        details = " | ".join(part for part in (item.reason, item.evidence, item.evidence_link)
                             if part)
        print(f"{item.position}{mark} {item.status:<15} {text}" +
              (f"\n     {details}" if details else ""))
    return 0


def run_set(args: argparse.Namespace, context: Context) -> int:
    with context.sessions() as session:
        actor = acting_user(session, args.user, programme(session, args.programme).id)
        unit_id, items = _unit_items(session, args)
        chosen = items if args.all else items[items["position"] == args.item]
        if chosen.empty:
            raise DomainError("checklist.no_such_position", item=args.item, step=args.step)
        changes = [ReadinessChange(int(item.item_id),
                                   None if pd.isna(item.version) else int(item.version),
                                   ItemStatus(args.status), args.reason, args.evidence,
                                   args.link) for item in chosen.itertuples()]
        count = services.save_readiness(session, actor, unit_id, changes)
    print(f"Saved {count} item(s) of step {args.step} of {args.unit}.")
    return 0
