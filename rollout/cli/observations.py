"""Observations from the shell: `observations add` (refused, nothing stored, when the text
holds personal data) and `observations list`."""
from __future__ import annotations

import argparse
from datetime import date

from sqlalchemy.orm import Session

from rollout.cli.arguments import day
from rollout import i18n, queries, services
from rollout.cli.common import (USER_HELP, Context, acting_user, add_programme_argument,
                                programme)
from rollout.cli.figures import area_id_named
from rollout.domain import DomainError, Frequency


def register(commands) -> None:
    observations = commands.add_parser(
        "observations", help="observations of families' everyday life").add_subparsers(
        dest="action", required=True)
    add = observations.add_parser("add", help="log an observation (no personal data)")
    add.add_argument("--area", required=True, help="the family-centre area's name")
    add.add_argument("--theme", required=True, help="the theme's code or name")
    add.add_argument("--text", required=True, help="a short description of the phenomenon")
    add.add_argument("--date", type=day, metavar="YYYY-MM-DD",
                     help="the day observed (default today)")
    add.add_argument("--frequency", choices=[f.value for f in Frequency],
                     default=Frequency.SINGLE.value, help="how often it was seen")
    add.add_argument("--user", metavar="NAME", help=USER_HELP)
    add_programme_argument(add)
    add.set_defaults(handler=run_add)
    listing = observations.add_parser("list", help="the observation log, newest first")
    add_programme_argument(listing)
    listing.set_defaults(handler=run_list)


def theme_code(session: Session, wanted: str) -> str:
    """The code of the theme in use named `wanted` (its code, or its name in any language)."""
    themes = queries.themes_frame(session)
    themes = themes[themes["is_active"]]
    for row in themes.itertuples():
        if wanted.strip().casefold() in {row.code, row.name_fi.casefold(),
                                          row.name_sv.casefold(), row.name_en.casefold()}:
            return row.code
    raise DomainError("observations.unknown_theme", theme=wanted)


def run_add(args: argparse.Namespace, context: Context) -> int:
    with context.sessions() as session:
        programme_id = programme(session, args.programme).id
        actor = acting_user(session, args.user, programme_id)
        area_id, area = area_id_named(session, programme_id, args.area)
        stored = services.add_observation(session, actor, programme_id, area_id,
                                          args.date or date.today(),
                                          theme_code(session, args.theme), args.text,
                                          Frequency(args.frequency))
        print(f"Saved observation {stored.id} ({stored.theme}, {area}, "
              f"{stored.observed_on.isoformat()}).")
    return 0


def run_list(args: argparse.Namespace, context: Context) -> int:
    with context.sessions() as session:
        observations = queries.observations_frame(session, programme(session, args.programme).id)
    columns = ["observed_on", "area", "theme", "frequency", "text"]
    print(observations[columns].to_string(index=False) if len(observations) else
          i18n.translate("observations.none_yet", context.settings.language))
    return 0
