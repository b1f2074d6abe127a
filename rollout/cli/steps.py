"""Scripted step updates: `steps set` (an admin may `--override` open readiness items) and
`steps sign-off`."""
from __future__ import annotations

import argparse
from dataclasses import replace
from datetime import date

from rollout.cli.arguments import day
from rollout import queries, services
from rollout.cli.common import Context, acting_user, add_unit_arguments, programme
from rollout.domain import DATE_FIELDS, FIELDS, StepStatus
from rollout.history import as_text
from rollout.models import StepProgress
from rollout.services import SignOffRequest


def register(commands) -> None:
    steps = commands.add_parser("steps", help="scripted step updates").add_subparsers(
        dest="action", required=True)
    step_set = steps.add_parser(
        "set", help="change one unit's step, with the same checks and history as the app")
    add_unit_arguments(step_set)
    step_set.add_argument("--status", choices=[status.value for status in StepStatus])
    for field in DATE_FIELDS:
        step_set.add_argument(f"--{field.replace('_', '-')}", type=day,
                              metavar="YYYY-MM-DD")
    step_set.add_argument("--owner")
    step_set.add_argument("--note")
    step_set.add_argument("--reason", default="", help="why (required to reopen a done step)")
    step_set.add_argument("--override", default="", metavar="REASON",
                          help="admins only: mark done although required readiness items "
                               "are open, with this written reason")
    step_set.set_defaults(handler=run_set)
    sign = steps.add_parser("sign-off", help="sign a step off for a unit whose required "
                                             "readiness items are done or not applicable")
    add_unit_arguments(sign)
    sign.add_argument("--date", type=day, metavar="YYYY-MM-DD",
                      help="the sign-off date (default today; never in the future)")
    sign.add_argument("--comment", default="")
    sign.set_defaults(handler=run_sign_off)


def _step(session, args: argparse.Namespace):
    programme_id = programme(session, args.programme).id
    actor = acting_user(session, args.user, programme_id)
    progress_id = queries.progress_id_for(session, programme_id, args.unit, args.step,
                                          args.centre)
    return actor, session.get(StepProgress, progress_id)


def run_set(args: argparse.Namespace, context: Context) -> int:
    with context.sessions() as session:
        actor, progress = _step(session, args)
        given = {field: getattr(args, field) for field in FIELDS
                 if getattr(args, field) is not None}
        if "status" in given:
            given["status"] = StepStatus(given["status"])
        wanted = replace(services.values_of(progress), **given)
        services.update_step(session, actor, progress.id, progress.version, wanted,
                             args.reason, override=args.override)
    print(f"Saved step {args.step} of {args.unit}: " +
          ", ".join(f"{field}={as_text(value)}" for field, value in given.items()))
    return 0


def run_sign_off(args: argparse.Namespace, context: Context) -> int:
    signed_on = args.date or date.today()
    with context.sessions() as session:
        actor, progress = _step(session, args)
        services.sign_off(session, actor, [SignOffRequest(progress.id, progress.version)],
                          signed_on, args.comment)
    print(f"Signed off step {args.step} of {args.unit} on {signed_on.isoformat()}.")
    return 0
