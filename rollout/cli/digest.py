"""The reminder digest from the shell (cron or a systemd timer, docs/digest.md):
`digest send [--dry-run] [--today YYYY-MM-DD] [--programme SLUG]`."""
from __future__ import annotations

import argparse
from datetime import date

from rollout.cli.arguments import day
from rollout.cli.common import Context
from rollout.digest import Delivery, DigestReport, send_digests


def register(commands) -> None:
    group = commands.add_parser("digest", help="reminder e-mails of each person's work") \
        .add_subparsers(dest="action", required=True)
    send = group.add_parser(
        "send", help="send today's digests to everyone whose rhythm is due (each period once)")
    send.add_argument("--dry-run", action="store_true",
                      help="say who would get what; send and record nothing")
    send.add_argument("--today", type=day, metavar="YYYY-MM-DD",
                      help="the day to send for (default today): its weekday and period")
    send.add_argument("--programme", metavar="SLUG",
                      help="only this programme's digests (default: every programme)")
    send.set_defaults(handler=run_send)


def run_send(args: argparse.Namespace, context: Context) -> int:
    done = send_digests(context.sessions, context.settings, args.today or date.today(),
                        args.programme, dry_run=args.dry_run)
    for delivery in done.sent:
        print(_line("would send" if done.dry_run else "sent", delivery))
    for delivery in done.failed:
        print(_line("NOT sent", delivery))
    print(_summary(done))
    return 1 if done.failed else 0


def _line(what: str, delivery: Delivery) -> str:
    report = ", with the steering-group report" if delivery.with_report else ""
    return (f"{what}: {delivery.email} ({delivery.language}, {delivery.programme}, "
            f"{delivery.period}): {delivery.subject!r}, {delivery.items} items{report}")


def _summary(done: DigestReport) -> str:
    sent = f"{len(done.sent)} {'would be sent' if done.dry_run else 'sent'}"
    failed = f", {len(done.failed)} failed (logged; tried again next run)" \
        if done.failed else ""
    return (f"Digests: {sent}{failed}; {done.already_sent} sent already this period, "
            f"{done.nothing_to_do} with nothing to do, {done.not_due} not due today.")
