"""Programmes from the shell: `programme list` and `programme create --from SLUG --slug SLUG
--name NAME [--county COUNTY_ID]`, with the same rules and history as the Programmes page."""
from __future__ import annotations

import argparse

from rollout import queries, services
from rollout.cli.common import USER_HELP, Context, acting_user
from rollout.counties import counties


def register(commands) -> None:
    group = commands.add_parser("programme", help="programmes: list, create from a template"
                                ).add_subparsers(dest="action", required=True)
    group.add_parser("list", help="every programme: slug, name, counties, units"
                     ).set_defaults(handler=run_list)
    create = group.add_parser(
        "create", help="a new programme from an existing one: its steps and checklist items, "
                       "for the same county (the same units) or another county (one area "
                       "and one family centre per municipality, to be regrouped in the app)")
    create.add_argument("--from", dest="template", required=True, metavar="SLUG",
                        help="the template programme")
    create.add_argument("--slug", required=True, help="lowercase letters, digits, hyphens")
    create.add_argument("--name", required=True)
    create.add_argument("--county", metavar="COUNTY_ID",
                        help="another wellbeing services county, e.g. KS (county ids of "
                             "data/finland_municipalities.csv: " +
                             ", ".join(sorted(counties())) + ")")
    create.add_argument("--user", metavar="NAME", help=USER_HELP)
    create.set_defaults(handler=run_create)


def run_list(args: argparse.Namespace, context: Context) -> int:
    with context.sessions() as session:
        programmes = queries.programmes_frame(session)
    programmes["synthetic"] = programmes["is_synthetic"].map({True: "synthetic", False: ""})
    programmes["template"] = programmes["template"].fillna("")
    print(programmes[["slug", "name", "counties", "units", "template", "synthetic"]]
          .to_string(index=False))
    return 0


def run_create(args: argparse.Namespace, context: Context) -> int:
    request = services.NewProgramme(args.template, args.slug, args.name, args.county)
    with context.sessions() as session:
        template = queries.programme_by_slug(session, args.template.strip())
        actor = acting_user(session, args.user, template.id if template else 0)
        created = services.create_programme(session, actor, request)
    plan = created.plan
    print(f"Created {plan.slug}: {plan.name} (from {plan.template_name}; "
          f"{', '.join(plan.region_names)}); {len(plan.units)} units, {plan.steps} steps, "
          f"{plan.items} checklist items, {len(plan.areas)} new areas, "
          f"{len(plan.centres)} new family centres.")
    for unit in plan.units:
        print(f"  {unit.municipality_code} {unit.municipality:<24} {unit.centre} ({unit.area})")
    return 0

