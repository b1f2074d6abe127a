"""The workbook from the shell: `export FILE.xlsx [--as-of] [--lang]` and `import FILE.xlsx
[--dry-run] [--user NAME]`, with the same preview, checks and history as the Workbook page."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from rollout.cli.arguments import day, existing_file, file_to_write
from rollout import workbook
from rollout.cli.common import (USER_HELP, Context, acting_user, add_programme_argument,
                                programme)
from rollout.domain import DomainError
from rollout.i18n import LANGUAGE_NAMES, Words, error_message


def register(commands) -> None:
    export = commands.add_parser("export", help="write the programme's Excel workbook")
    export.add_argument("file", type=file_to_write, metavar="FILE.xlsx")
    export.add_argument("--as-of", type=day, metavar="YYYY-MM-DD",
                        help="the steps as they stood on this day (for reading; not importable)")
    export.add_argument("--lang", choices=sorted(LANGUAGE_NAMES),
                        help="language of sheets, headers and statuses; default: "
                             "ROLLOUT_LANGUAGE")
    add_programme_argument(export)
    export.set_defaults(handler=run_export)
    load = commands.add_parser("import", help="import an edited workbook: preview, then save "
                                              "every change or none")
    load.add_argument("file", type=existing_file, metavar="FILE.xlsx")
    load.add_argument("--dry-run", action="store_true",
                      help="print the preview and change nothing")
    load.add_argument("--user", metavar="NAME", help=USER_HELP)
    add_programme_argument(load)
    load.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace, context: Context) -> int:
    lang = args.lang or context.settings.language
    with context.sessions() as session:
        chosen = programme(session, args.programme)
        data = workbook.export_workbook(session, chosen.id, lang, args.as_of)
    args.file.write_bytes(data)
    print(f"Wrote {args.file} ({chosen.name}, {(args.as_of or date.today()).isoformat()}).")
    return 0


def run_import(args: argparse.Namespace, context: Context) -> int:
    words = Words(context.settings.language)
    data = _file_bytes(args.file)
    with context.sessions() as session:
        programme_id = programme(session, args.programme).id
        actor = acting_user(session, args.user, programme_id)
        plan = workbook.plan_import(session, actor, programme_id, workbook.read_workbook(data))
        _print_preview(plan, words)
        if plan.problems:
            return 1
        if args.dry_run or not plan.change_count:
            return 0
        count = workbook.apply_import(session, actor, plan)
    print(words.tc("workbook.applied", count))
    return 0


def _file_bytes(path: Path) -> bytes:
    """The file's bytes; one too large is refused before it is read whole."""
    if path.stat().st_size > workbook.MAX_FILE_MB * 1024 * 1024:
        raise DomainError("workbook.too_large", size=round(path.stat().st_size / 2**20, 1),
                          limit=workbook.MAX_FILE_MB)
    return path.read_bytes()


def _print_preview(plan: workbook.ImportPlan, words: Words) -> None:
    if plan.change_count:
        print(workbook.counts_text(plan, words))
    if plan.changes:
        print(workbook.change_table(plan, words).to_string(index=False))
    if plan.item_changes:
        print(workbook.item_change_table(plan, words).to_string(index=False))
    if plan.figure_changes:
        print(workbook.figure_change_table(plan, words).to_string(index=False))
    for note in workbook.skipped_text(plan, words):
        print(note)
    if not plan.change_count and not plan.problems:
        print(words.t("workbook.nothing"))
    if plan.stopped is not None:
        print(error_message(plan.stopped.error, words.lang), file=sys.stderr)
    if plan.problems:
        print(words.tc("workbook.problems_count", plan.problem_count), file=sys.stderr)
        print(workbook.problem_table(plan, words).to_string(index=False), file=sys.stderr)
