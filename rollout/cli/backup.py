"""Moving a county's data between servers: `backup FILE.xlsx` and `restore FILE.xlsx --into
URL` (an empty database only; a file whose sheets no longer match their recorded row counts
and checksums is refused)."""
from __future__ import annotations

import argparse
import sys

from rollout.cli.arguments import existing_file, file_to_write
from rollout import backup
from rollout.cli.common import Context
from rollout.db import make_engine
from rollout.i18n import translate


def register(commands) -> None:
    save = commands.add_parser("backup", help="write everything needed to rebuild the "
                                              "database (no passwords or sign-ins)")
    save.add_argument("file", type=file_to_write, metavar="FILE.xlsx")
    save.set_defaults(handler=run_backup)
    load = commands.add_parser("restore", help="rebuild an empty database from a backup")
    load.add_argument("file", type=existing_file, metavar="FILE.xlsx")
    load.add_argument("--into", required=True, metavar="URL",
                      help="SQLAlchemy URL of an empty database")
    load.set_defaults(handler=run_restore)


def run_backup(args: argparse.Namespace, context: Context) -> int:
    args.file.write_bytes(backup.write_backup(context.engine))
    print(f"Wrote {args.file}.")
    return 0


def run_restore(args: argparse.Namespace, context: Context) -> int:
    engine = make_engine(args.into)
    try:
        restored = backup.restore_backup(args.file.read_bytes(), engine)
    finally:
        engine.dispose()
    print(f"Restored {sum(restored.rows.values())} rows into {len(restored.rows)} tables. "
          "Users set a new password (users set-password NAME) or sign in with single sign-on.")
    if not restored.verified:
        print(translate("backup.unverified", context.settings.language,
                        format=backup.UNVERIFIED_FORMAT), file=sys.stderr)
    return 0
