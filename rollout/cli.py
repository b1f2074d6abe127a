"""Command line: `python -m rollout init`, and tools for scripted work."""
from __future__ import annotations

import argparse
import sys

from rollout.config import load_settings
from rollout.db import make_engine, make_session_factory, migrate
from rollout.seed import seed_defaults


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m rollout",
        description="Askeleet: track the rollout of lapsiperheiden palveluohjaus.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("init", help="migrate the database and add the default data "
                                     "(safe to run again: never duplicates or resets)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    engine = make_engine(load_settings().database_url)
    sessions = make_session_factory(engine)
    if args.command == "init":
        return run_init(engine, sessions)
    return 2


def run_init(engine, sessions) -> int:
    migrate(engine)
    with sessions() as session:
        report = seed_defaults(session)
    print(f"Database ready: {engine.url.render_as_string(hide_password=True)}")
    if report.programme_created:
        print(f"Seeded the default programme; {report.units_live_from_record} units live "
              "from the public record.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
