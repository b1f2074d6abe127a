"""User accounts: `users add|list|set-password|disable|enable`."""
from __future__ import annotations

import argparse
import getpass

from rollout import accounts, queries
from rollout.cli.common import Context, add_programme_argument, programme
from rollout.domain import Role
from rollout.permissions import COMMAND_LINE


def register(commands) -> None:
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
    users.add_parser("disable", help="disable an account (its sessions end)").add_argument(
        "name")
    users.add_parser("enable", help="enable a disabled account again").add_argument("name")
    for parser in users.choices.values():
        add_programme_argument(parser)
        parser.set_defaults(handler=run)


def run(args: argparse.Namespace, context: Context) -> int:
    with context.sessions() as session:
        programme_id = programme(session, args.programme).id
        if args.action == "add":
            password = accounts.add_user(session, COMMAND_LINE, username=args.name,
                                         role=Role(args.role), programme_id=programme_id,
                                         centre_codes=args.centre, email=args.email,
                                         display_name=args.display_name)
            print(f"Added {args.name} ({args.role}); password: {password}")
        elif args.action == "list":
            users = queries.users_frame(session, programme_id).drop(columns="version")
            users["centres"] = users["centres"].map(", ".join)
            print(users.to_string(index=False))
        elif args.action == "set-password":
            password = None if args.generate else _ask_password()
            password = accounts.set_password(session, COMMAND_LINE, username=args.name,
                                             password=password)
            print(f"New password for {args.name}: {password}" if args.generate
                  else f"Password changed for {args.name}.")
        elif args.action in ("disable", "enable"):
            accounts.set_active(session, COMMAND_LINE, username=args.name,
                                active=args.action == "enable")
            print(f"{args.action.capitalize()}d {args.name}.")
    return 0


def _ask_password() -> str:
    first = getpass.getpass("New password: ")
    if first != getpass.getpass("Again: "):
        raise SystemExit("The passwords differ; nothing changed.")
    return first
