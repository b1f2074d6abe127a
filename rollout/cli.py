"""Command line: `python -m rollout init`, user accounts, and tools for scripted work."""
from __future__ import annotations

import argparse
import getpass
import sys

from sqlalchemy.orm import Session

from rollout import accounts, queries
from rollout.config import load_settings
from rollout.db import make_engine, make_session_factory, migrate
from rollout.domain import DomainError, Role
from rollout.i18n import translate
from rollout.permissions import COMMAND_LINE
from rollout.seed import seed_defaults


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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = load_settings()
    engine = make_engine(settings.database_url)
    sessions = make_session_factory(engine)
    if args.command == "init":
        return run_init(engine, sessions)
    with sessions() as session:
        try:
            return run_users(session, args)
        except DomainError as error:
            print(translate(error.key, settings.language, **error.params), file=sys.stderr)
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


def run_users(session: Session, args: argparse.Namespace) -> int:
    programme_id = queries.default_programme(session).id
    if args.action == "add":
        password = accounts.add_user(session, COMMAND_LINE, username=args.name,
                                     role=Role(args.role), programme_id=programme_id,
                                     centre_codes=args.centre, email=args.email,
                                     display_name=args.display_name)
        print(f"Added {args.name} ({args.role}); password: {password}")
    elif args.action == "list":
        print(queries.users_frame(session, programme_id).to_string(index=False))
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


def _ask_password() -> str:
    first = getpass.getpass("New password: ")
    if first != getpass.getpass("Again: "):
        raise SystemExit("The passwords differ; nothing changed.")
    return first


if __name__ == "__main__":
    sys.exit(main())
