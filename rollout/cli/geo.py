"""Map boundaries from the shell: `geo fetch` downloads the programme's municipal boundaries
from Statistics Finland's WFS into the cache the Map page reads (data/cache/)."""
from __future__ import annotations

import argparse

from rollout.cli.arguments import decimal
from rollout import geo, queries
from rollout.cli.common import Context, add_programme_argument, programme
from rollout.geo import store


def register(commands) -> None:
    group = commands.add_parser("geo", help="municipal boundaries for the map").add_subparsers(
        dest="action", required=True)
    fetch = group.add_parser(
        "fetch", help="download the programme's municipal boundaries into the map's cache")
    fetch.add_argument("--timeout", type=decimal(0.1, 3600), default=60.0, metavar="SECONDS")
    add_programme_argument(fetch)
    fetch.set_defaults(handler=run_fetch)


def run_fetch(args: argparse.Namespace, context: Context) -> int:
    with context.sessions() as session:
        units = queries.units_frame(session, programme(session, args.programme).id)
    codes, _ = geo.programme_places(units)
    fetched = geo.fetch(list(codes), context.settings, timeout=args.timeout)
    print(f"Cached the boundaries of {len(fetched.codes)} municipalities in {store.CACHE_FILE} "
          f"(from {context.settings.boundaries_url}).")
    return 0
