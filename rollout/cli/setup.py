"""Setting a database up: `init`, synthetic `demo` data, and the `bench`mark."""
from __future__ import annotations

import argparse
import json
import os
import sys

from rollout.cli.arguments import file_to_write, whole
from rollout import accounts, benchmark, queries
from rollout.cli.common import Context
from rollout.db import migrate, setting_up
from rollout.seed import seed_defaults
from rollout.synthetic import SCALES, generate, holds_real_work


def register(commands) -> None:
    commands.add_parser("init", help="migrate the database and add the default data "
                                     "(safe to run again: never duplicates or resets)"
                        ).set_defaults(handler=run_init)
    demo = commands.add_parser(
        "demo", help="fill the database with clearly labelled synthetic programmes "
                     "(replacing earlier synthetic ones)")
    demo.add_argument("--scale", choices=SCALES, default="pohde",
                      help="pohde: Pohde's 30 units; national: every county, ~1,500 units, "
                           "~500,000 history events")
    demo.add_argument("--seed", type=whole(0), default=1)
    demo.add_argument("--force", action="store_true",
                      help="also when people have recorded work in a real programme (that "
                           "work is kept; synthetic programmes are added beside it)")
    demo.set_defaults(handler=run_demo)
    bench = commands.add_parser(
        "bench", help="measure the pages at Pohde's and at national scale (see README)")
    bench.add_argument("--scale", action="append", choices=SCALES,
                       help="pohde or national (default: both)")
    bench.add_argument("--json", type=file_to_write, metavar="FILE",
                       help="also write the results here")
    bench.add_argument("--database-url", help="measure on this (empty) database instead of a "
                                              "temporary SQLite file, e.g. PostgreSQL")
    bench.add_argument("--only", choices=benchmark.PARTS,
                       help="measure only the pages (AppTest), the workbook or the browser "
                            "part (default: all three)")
    bench.add_argument("--browser-repeats", type=whole(1, 100),
                       default=benchmark.BrowserOptions.repeats,
                       help="timed repeats of each browser action (default: %(default)s)")
    bench.add_argument("--users", type=user_counts, default=benchmark.BrowserOptions.users,
                       metavar="N,N,…", help="browsers at once in each many-users case; the "
                                            "largest also goes through nginx (default: "
                                            "1,10,20)")
    bench.add_argument("--users-seconds", type=whole(1, 3600),
                       default=benchmark.BrowserOptions.users_seconds,
                       help="how long each many-users case lasts (default: %(default)s)")
    bench.add_argument("--replica-database-url",
                       default=os.environ.get("ROLLOUT_BENCH_POSTGRES_URL"),
                       help="a PostgreSQL database for the 20 users through nginx in front of "
                            "two replicas (default: ROLLOUT_BENCH_POSTGRES_URL; without one "
                            "that case is skipped)")
    bench.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    bench.add_argument("--programme", help=argparse.SUPPRESS)
    bench.set_defaults(handler=run_bench)


def user_counts(text: str) -> tuple[int, ...]:
    """Counts of browsers written 1,10,20, each from 1 to 50."""
    return tuple(whole(1, 50)(part) for part in text.split(","))


def run_init(args: argparse.Namespace, context: Context) -> int:
    with setting_up(context.engine):
        migrate(context.engine)
        with context.sessions() as session:
            report = seed_defaults(session)
            first_admin = accounts.ensure_first_admin(session,
                                                      queries.default_programme(session).id)
    print(f"Database ready: {context.engine.url.render_as_string(hide_password=True)}")
    if report.programme_created:
        print(f"Seeded the default programme; {report.units_live_from_record} units live "
              "from the public record.")
    if report.items_from_record:
        print(f"Recorded {report.items_from_record} readiness items as done according to the "
              "public record.")
    if first_admin:
        username, password = first_admin
        print("\n" + "=" * 64 + "\nFirst start: an admin account was created. Sign in with\n"
              f"    user name: {username}\n    password:  {password}\n"
              "This password is shown only now. Change it on the Users page or with\n"
              f"    python -m rollout users set-password {username}\n" + "=" * 64 + "\n")
    return 0


def run_demo(args: argparse.Namespace, context: Context) -> int:
    migrate(context.engine)
    with context.sessions() as session:
        if holds_real_work(session) and not args.force:
            print("This database holds work people have recorded; synthetic data is added only "
                  "with --force (nothing real is changed or removed).", file=sys.stderr)
            return 1
        report = generate(session, args.scale, seed=args.seed)
    for slug, name, units in report.programmes:
        print(f"{slug}: {name}, {units} units")
    print(", ".join(f"{count} {table}" for table, count in report.rows.items()) +
          f"; {report.seconds:.1f} s")
    return 0


def run_bench(args: argparse.Namespace, context: Context) -> int:
    if args.measure:  # the benchmark's own measuring process
        print(json.dumps(benchmark.measure(args.programme)))
        return 0
    browser = benchmark.BrowserOptions(args.browser_repeats, args.users, args.users_seconds,
                                       args.replica_database_url)
    return benchmark.run(args.scale or list(SCALES), args.database_url, args.json,
                         (args.only,) if args.only else benchmark.PARTS, browser)
