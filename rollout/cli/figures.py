"""Service figures from the shell: `figures set` (only the given figures change; the same
rules, version check and history as the app) and `figures show`."""
from __future__ import annotations

import argparse
from dataclasses import replace

from sqlalchemy.orm import Session

from rollout.cli.arguments import decimal, whole
from rollout import i18n, queries, services
from rollout.cli.common import (USER_HELP, Context, acting_user, add_programme_argument,
                                programme)
from rollout.domain import DomainError
from rollout.service_figures import FIGURE_FIELDS, LARGEST_COUNT, parse_month

# The options of `figures set`, named as a county's statistics name them, and their fields.
OPTIONS = {"contacts-families": "contacts_from_families",
           "contacts-professionals": "contacts_from_professionals",
           "phone": "contacts_by_phone", "form": "contacts_by_form",
           "other": "contacts_by_other", "network-meetings": "network_meetings",
           "days-to-meeting": "days_to_network_meeting",
           "answered-in-3-days": "share_answered_in_3_days",
           "queue": "queue_at_month_end"}
DECIMAL_FIELDS = ("days_to_network_meeting", "share_answered_in_3_days")
# Only what a column can hold; the services' rules (not negative, a share 0–100) refuse the
# rest in the reader's language, as in the app.
FIGURE_TYPES = {"days_to_network_meeting": decimal(-1e9, 1e9),
                "share_answered_in_3_days": decimal(-1e9, 1e9)}


def register(commands) -> None:
    figures = commands.add_parser("figures", help="monthly service figures per area"
                                  ).add_subparsers(dest="action", required=True)
    figure_set = figures.add_parser(
        "set", help="record an area's figures for a month (a second entry updates it)")
    figure_set.add_argument("--area", required=True, help="the family-centre area's name")
    figure_set.add_argument("--month", required=True, metavar="YYYY-MM")
    for option, field in OPTIONS.items():
        figure_set.add_argument(f"--{option}", dest=field, metavar="X" if field in
                                DECIMAL_FIELDS else "N",
                                type=FIGURE_TYPES.get(field, whole(-LARGEST_COUNT, LARGEST_COUNT)),
                                help="percent, 0–100" if option == "answered-in-3-days"
                                else None)
    figure_set.add_argument("--user", metavar="NAME", help=USER_HELP)
    add_programme_argument(figure_set)
    figure_set.set_defaults(handler=run_set)
    show = figures.add_parser("show", help="the recorded figures, by month and area")
    show.add_argument("--area", help="only this area")
    add_programme_argument(show)
    show.set_defaults(handler=run_show)


def area_id_named(session: Session, programme_id: int, name: str) -> tuple[int, str]:
    """The programme's area of this name (any case), or a refusal naming it."""
    areas = queries.area_municipalities(session, programme_id)
    found = areas[areas["area"].str.casefold() == name.strip().casefold()]
    if found.empty:
        raise DomainError("figures.unknown_area", area=name)
    return int(found["area_id"].iloc[0]), str(found["area"].iloc[0])


def run_set(args: argparse.Namespace, context: Context) -> int:
    month = parse_month(args.month)
    with context.sessions() as session:
        programme_id = programme(session, args.programme).id
        actor = acting_user(session, args.user, programme_id)
        area_id, area = area_id_named(session, programme_id, args.area)
        row = services.month_row(session, programme_id, area_id, month)
        given = {field: getattr(args, field) for field in FIGURE_FIELDS
                 if getattr(args, field) is not None}
        wanted = replace(services.figure_values(row), **given)
        services.save_month_figures(session, actor, programme_id, area_id, month,
                                    row.version if row else None, wanted)
    print(f"Saved {area} {month:%Y-%m}: " +
          ", ".join(f"{field}={value}" for field, value in given.items()))
    return 0


def run_show(args: argparse.Namespace, context: Context) -> int:
    with context.sessions() as session:
        programme_id = programme(session, args.programme).id
        figures = queries.figures_frame(session, programme_id)
        if args.area:
            figures = figures[figures["area_id"] == area_id_named(session, programme_id,
                                                                  args.area)[0]]
    columns = ["area", "month", *FIGURE_FIELDS]
    shown = figures[columns].assign(month=figures["month"].map(lambda m: f"{m:%Y-%m}"))
    print(shown.to_string(index=False, na_rep="–") if len(shown) else
          i18n.translate("figures.none_yet", context.settings.language))
    return 0
