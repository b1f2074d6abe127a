"""Command line: `python -m rollout init`, user accounts, and tools for scripted work."""
from __future__ import annotations

import argparse
import getpass
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from rollout import accounts, benchmark, queries, services
from rollout.config import load_settings
from rollout.db import make_engine, make_session_factory, migrate
from rollout.domain import DATE_FIELDS, FIELDS, DomainError, Role, StepStatus
from rollout.history import as_text
from rollout.i18n import error_message
from rollout.models import StepProgress, User
from rollout.permissions import COMMAND_LINE, Actor
from rollout.seed import seed_defaults
from rollout.synthetic import SCALES, generate, holds_real_work



def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m rollout",
        description="Askeleet: track the rollout of lapsiperheiden palveluohjaus.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("init", help="migrate the database and add the default data "
                                     "(safe to run again: never duplicates or resets)")
    users = commands.add_parser("users", help="user accounts").add_subparsers(
        dest="action", required=True)
    add = users.add_parser("add", help="add a user with a role (prints a new password)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=[role.value for role in Role])
    add.add_argument("--centre", nargs="*", default=[], metavar="CODE",
                     help="family centre code(s) a lead answers for")
    add.add_argument("--email", help="e-mail for single sign-on")
    add.add_argument("--display-name", default="")
    users.add_parser("list", help="list users, roles and centres")
    set_password = users.add_parser("set-password",
                                    help="set a new password (asked, or generated with "
                                         "--generate) and unlock the account")
    set_password.add_argument("name")
    set_password.add_argument("--generate", action="store_true")
    users.add_parser("disable", help="disable an account").add_argument("name")
    _add_steps_parser(commands)
    demo = commands.add_parser(
        "demo", help="fill the database with clearly labelled synthetic programmes "
                     "(replacing earlier synthetic ones)")
    demo.add_argument("--scale", choices=SCALES, default="pohde",
                      help="pohde: Pohde's 30 units; national: every county, ~1,500 units, "
                           "~500,000 history events")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--force", action="store_true",
                      help="also when people have recorded work in a real programme (that "
                           "work is kept; synthetic programmes are added beside it)")
    bench = commands.add_parser(
        "bench", help="measure the pages at Pohde's and at national scale (see README)")
    bench.add_argument("--scale", action="append", choices=SCALES,
                       help="pohde or national (default: both)")
    bench.add_argument("--json", type=Path, metavar="FILE", help="also write the results here")
    bench.add_argument("--database-url", help="measure on this (empty) database instead of a "
                                              "temporary SQLite file, e.g. PostgreSQL")
    bench.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    bench.add_argument("--programme", help=argparse.SUPPRESS)
    return parser


def _add_steps_parser(commands) -> None:
    steps = commands.add_parser("steps", help="scripted step updates").add_subparsers(
        dest="action", required=True)
    step_set = steps.add_parser(
        "set", help="change one unit's step, with the same checks and history as the app")
    step_set.add_argument("--unit", required=True, metavar="MUNICIPALITY_CODE")
    step_set.add_argument("--step", required=True, type=int, metavar="N")
    step_set.add_argument("--centre", metavar="CODE",
                          help="family centre, when the municipality has several")
    step_set.add_argument("--status", choices=[status.value for status in StepStatus])
    for field in DATE_FIELDS:
        step_set.add_argument(f"--{field.replace('_', '-')}", type=date.fromisoformat,
                              metavar="YYYY-MM-DD")
    step_set.add_argument("--owner")
    step_set.add_argument("--note")
    step_set.add_argument("--reason", default="", help="why (required to reopen a done step)")
    step_set.add_argument("--user", metavar="NAME",
                          help="act as this user (their role is checked); default: the "
                               "command line, as admin")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = load_settings()
    engine = make_engine(settings.database_url)
    sessions = make_session_factory(engine)
    if args.command == "init":
        return run_init(engine, sessions)
    if args.command == "demo":
        return run_demo(engine, sessions, args)
    if args.command == "bench":
        return run_bench(args)
    with sessions() as session:
        try:
            return run_steps(session, args) if args.command == "steps" else \
                run_users(session, args)
        except DomainError as error:
            print(error_message(error, settings.language), file=sys.stderr)
            return 1


def run_init(engine, sessions) -> int:
    migrate(engine)
    with sessions() as session:
        report = seed_defaults(session)
        first_admin = accounts.ensure_first_admin(session,
                                                  queries.default_programme(session).id)
    print(f"Database ready: {engine.url.render_as_string(hide_password=True)}")
    if report.programme_created:
        print(f"Seeded the default programme; {report.units_live_from_record} units live "
              "from the public record.")
    if first_admin:
        username, password = first_admin
        print("\n" + "=" * 64 + "\nFirst start: an admin account was created. Sign in with\n"
              f"    user name: {username}\n    password:  {password}\n"
              "This password is shown only now. Change it on the Admin page or with\n"
              f"    python -m rollout users set-password {username}\n" + "=" * 64 + "\n")
    return 0


def run_demo(engine, sessions, args: argparse.Namespace) -> int:
    migrate(engine)
    with sessions() as session:
        if holds_real_work(session) and not args.force:
            print("This database holds work people have recorded; synthetic data is added only "
                  "with --force (nothing real is changed or removed).", file=sys.stderr)
            return 1
        report = generate(session, args.scale, seed=args.seed)
    for slug, name, units in report.programmes:
        print(f"{slug}: {name}, {units} units")
    print(", ".join(f"{count} {table}" for table, count in report.rows.items()) +
          f"; {report.seconds:.1f} s")
    return 0


def run_bench(args: argparse.Namespace) -> int:
    if args.measure:  # the benchmark's own measuring process
        print(json.dumps(benchmark.measure(args.programme)))
        return 0
    return benchmark.run(args.scale or list(SCALES), args.database_url, args.json)


def run_users(session: Session, args: argparse.Namespace) -> int:
    programme_id = queries.default_programme(session).id
    if args.action == "add":
        password = accounts.add_user(session, COMMAND_LINE, username=args.name,
                                     role=Role(args.role), programme_id=programme_id,
                                     centre_codes=args.centre, email=args.email,
                                     display_name=args.display_name)
        print(f"Added {args.name} ({args.role}); password: {password}")
    elif args.action == "list":
        users = queries.users_frame(session, programme_id)
        users["centres"] = users["centres"].map(", ".join)
        print(users.to_string(index=False))
    elif args.action == "set-password":
        password = None if args.generate else _ask_password()
        password = accounts.set_password(session, COMMAND_LINE, username=args.name,
                                         password=password)
        print(f"New password for {args.name}: {password}" if args.generate
              else f"Password changed for {args.name}.")
    elif args.action == "disable":
        accounts.set_active(session, COMMAND_LINE, username=args.name, active=False)
        print(f"Disabled {args.name}.")
    return 0


def run_steps(session: Session, args: argparse.Namespace) -> int:
    programme_id = queries.default_programme(session).id
    actor = _acting_user(session, args.user, programme_id)
    progress_id = queries.progress_id_for(session, programme_id, args.unit, args.step,
                                          args.centre)
    progress = session.get(StepProgress, progress_id)
    given = {field: getattr(args, field) for field in FIELDS if getattr(args, field) is not None}
    if "status" in given:
        given["status"] = StepStatus(given["status"])
    wanted = replace(services.values_of(progress), **given)
    services.update_step(session, actor, progress_id, progress.version, wanted, args.reason)
    print(f"Saved step {args.step} of {args.unit}: " +
          ", ".join(f"{field}={as_text(value)}" for field, value in given.items()))
    return 0


def _acting_user(session: Session, username: str | None, programme_id: int) -> Actor:
    if username is None:
        return COMMAND_LINE
    user = session.scalar(select(User).filter_by(username=username.strip().lower(),
                                                 is_active=True))
    if user is None:
        raise DomainError("users.unknown", username=username)
    return accounts.actor_for(session, user, programme_id)


def _ask_password() -> str:
    first = getpass.getpass("New password: ")
    if first != getpass.getpass("Again: "):
        raise SystemExit("The passwords differ; nothing changed.")
    return first


if __name__ == "__main__":
    sys.exit(main())
