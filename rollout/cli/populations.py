"""Populations from the shell: `populations fetch [--year YYYY]` brings Statistics Finland's
year-end populations of the programme's municipalities (rollout.statfin), shows every change
old → new, and saves them only when confirmed (`--yes`, or "y" at the prompt), each change a
history event, as the Organisation page's Populations tab does."""
from __future__ import annotations

import argparse
import sys

from rollout import services, statfin
from rollout.cli.arguments import whole
from rollout.cli.common import Context, add_programme_argument, programme
from rollout.i18n import Words
from rollout.permissions import COMMAND_LINE


def register(commands) -> None:
    group = commands.add_parser(
        "populations", help="municipalities' populations").add_subparsers(
        dest="action", required=True)
    fetch = group.add_parser(
        "fetch", help="fetch year-end populations from Statistics Finland, preview, then save")
    fetch.add_argument("--year", type=whole(1990, 2100), metavar="YYYY",
                       help="the year-end to fetch (default: the latest Statistics Finland has)")
    fetch.add_argument("--yes", action="store_true", help="save without asking")
    fetch.add_argument("--dry-run", action="store_true", help="show the changes, save nothing")
    add_programme_argument(fetch)
    fetch.set_defaults(handler=run_fetch)


def run_fetch(args: argparse.Namespace, context: Context) -> int:
    words = Words(context.settings.language)
    with context.sessions() as session:
        chosen = programme(session, args.programme)
        codes = services.programme_municipality_codes(session, chosen.id)
    figures = statfin.fetch_year_end_populations(codes, args.year,
                                                 base_url=context.settings.population_url)
    with context.sessions() as session:
        plan = services.plan_fetched_populations(session, COMMAND_LINE, chosen.id,
                                                 figures.populations, figures.year)
    for change in plan.changes:
        print(f"{change.code} {change.name_fi}: {change.old.population} ({change.old.year})"
              f" → {change.new.population} ({change.new.year}), {change.new.label(words)}")
    print(f"{len(plan.changes)} to change, {plan.unchanged} unchanged "
          f"(Statistics Finland, table {figures.table}, {figures.reference_day.isoformat()}; "
          "CC BY 4.0).")
    if not plan.changes or args.dry_run or not _confirmed(args):
        print("Nothing saved.")
        return 0
    with context.sessions() as session:
        count = services.apply_population_import(session, COMMAND_LINE, chosen.id,
                                                 plan.changes)
    print(f"Saved the populations of {count} municipalities.")
    return 0


def _confirmed(args: argparse.Namespace) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        print("Not confirmed: pass --yes to save.")
        return False
    return input("Save these changes? [y/N] ").strip().lower() in ("y", "yes", "k", "kyllä")
