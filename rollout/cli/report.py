"""The steering-group report from the shell: `report FILE.html [--as-of] [--since] [--lang]`,
the same file the Progress page offers for download."""
from __future__ import annotations

import argparse
from datetime import date, datetime, timedelta, timezone

from rollout.cli.arguments import day, file_to_write
from rollout import geo, queries, report
from rollout.cli.common import Context, add_programme_argument, programme
from rollout.i18n import LANGUAGE_NAMES


def register(commands) -> None:
    command = commands.add_parser(
        "report", help="write the steering-group report (one printable HTML file)")
    command.add_argument("file", type=file_to_write, metavar="FILE.html")
    command.add_argument("--as-of", type=day, metavar="YYYY-MM-DD",
                         help="the report's day (default today; the steps as they stood)")
    command.add_argument("--since", type=day, metavar="YYYY-MM-DD",
                         help="list changes since this day (default: 30 days earlier)")
    command.add_argument("--lang", choices=sorted(LANGUAGE_NAMES),
                         help="default: ROLLOUT_LANGUAGE")
    add_programme_argument(command)
    command.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace, context: Context) -> int:
    as_of = args.as_of or date.today()
    since = args.since or as_of - timedelta(days=report.MEETING_INTERVAL_DAYS)
    lang = args.lang or context.settings.language
    with context.sessions() as session:
        chosen = programme(session, args.programme)
        codes, weights = geo.programme_places(queries.units_frame(session, chosen.id))
        found = geo.boundaries_for(list(codes), context.settings)
        boundaries = found.boundaries or geo.tiles_for(codes, weights)
        content = report.gather(session, chosen, as_of, since, lang, boundaries)
    args.file.write_text(report.render(content, lang, datetime.now(timezone.utc)),
                         encoding="utf-8")
    print(f"Wrote {args.file} ({chosen.name}, {as_of.isoformat()}; map: {boundaries.source}).")
    return 0
