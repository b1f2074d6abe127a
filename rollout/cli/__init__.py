"""Command line: `python -m rollout …`, one module per group of commands, each with the same
services, rules and history as the app. Refusals print one clear line and exit non-zero."""
from __future__ import annotations

import sys

from sqlalchemy.exc import SQLAlchemyError

from rollout.cli import (backup, digest, figures, geo, observations, populations,
                         programmes, readiness, report, setup, steps, users, workbook)
from rollout.cli.arguments import Parser
from rollout.cli.common import Context
from rollout.config import load_settings
from rollout.db import database_error_key
from rollout.domain import DomainError
from rollout.i18n import error_message, translate
from rollout.integrity import DuplicateNames, how_to_resolve

GROUPS = (setup, programmes, users, steps, readiness, figures, observations, report, geo,
          populations, digest, workbook, backup)


def build_parser() -> Parser:
    parser = Parser(
        prog="python -m rollout",
        description="Askeleet: track the rollout of lapsiperheiden palveluohjaus.")
    commands = parser.add_subparsers(dest="command", required=True)
    for group in GROUPS:
        group.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    context = Context(load_settings())
    try:
        return args.handler(args, context)
    except DomainError as error:
        print(error_message(error, context.settings.language), file=sys.stderr)
        return 1
    except DuplicateNames as duplicates:  # met by any command that migrates the database
        print(duplicates, how_to_resolve(duplicates, context.settings.language), sep="\n",
              file=sys.stderr)
        return 1
    except SQLAlchemyError as error:
        print(translate(database_error_key(error), context.settings.language),
              f"({error.__class__.__name__})", file=sys.stderr)
        return 1
    finally:
        context.close()
