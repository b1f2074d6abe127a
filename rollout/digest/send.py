"""The digest run (`python -m rollout digest send`): every person whose digest is due today
gets one mail per programme with their list; each period's digest at most once."""
from __future__ import annotations

import logging
import smtplib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy.orm import Session

from rollout import queries, report
from rollout.config import Settings
from rollout.digest import ledger
from rollout.digest.attachment import steering_group_report
from rollout.digest.compose import Addressee, compose_digest
from rollout.digest.mail import Attachment, Postman, check_mail_settings, message
from rollout.digest.recipients import (ProgrammeRef, Recipient, chosen_programmes, last_visit,
                                       recipients, sent_periods)
from rollout.digest.rhythm import period_due, report_period
from rollout.i18n import Words
from rollout.models import utcnow
from rollout.my_work import MyWork, WorkFrames, my_work
from rollout.queries.my_work import work_frames

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Delivery:
    """One mail: to whom, for which programme and period, what it says in its subject, how
    many things it lists and whether the steering-group report is attached."""
    email: str
    language: str
    programme: str
    period: str
    subject: str
    items: int
    with_report: bool


@dataclass
class DigestReport:
    """What a run did (or, dry, would do)."""
    dry_run: bool
    sent: list[Delivery] = field(default_factory=list)  # dry: the mails that would go
    failed: list[Delivery] = field(default_factory=list)
    already_sent: int = 0
    nothing_to_do: int = 0
    not_due: int = 0


@dataclass
class ProgrammeRun:
    """One programme's digests of a run, with what several people's share read once."""
    programme: ProgrammeRef
    today: date
    settings: Settings
    frames: dict[tuple[str, datetime | None], WorkFrames] = field(default_factory=dict)
    steps: dict[str, dict[int, str]] = field(default_factory=dict)
    reports: dict[str, str] = field(default_factory=dict)

    def work(self, session: Session, person: Recipient) -> MyWork:
        since = last_visit(session, person.user_id, self.programme.id) \
            if person.is_manager else None
        key = (person.language, since)
        if key not in self.frames:
            self.frames[key] = work_frames(session, self.programme.id, person.language,
                                           self.today, since)
        return my_work(person.actor.role, person.user_id, person.actor.centre_ids,
                       self.frames[key], self.today, utcnow())

    def step_names(self, session: Session, lang: str) -> dict[int, str]:
        if lang not in self.steps:
            self.steps[lang] = Words(lang).step_labels(
                queries.steps_frame(session, self.programme.id))
        return self.steps[lang]

    def report_html(self, session: Session, lang: str) -> str:
        if lang not in self.reports:
            self.reports[lang] = steering_group_report(session, self.programme.id,
                                                       self.today, lang, self.settings)
        return self.reports[lang]


def send_digests(session_factory: Callable[[], Session], settings: Settings, today: date,
                 programme_slug: str | None = None, dry_run: bool = False) -> DigestReport:
    """Send today's digests of one programme (or of all): to every active person with an
    e-mail address and a role there whose rhythm is due today, has something on their list
    (or a monthly report due) and has not had this period's digest yet. With `dry_run`,
    only say who would get what: nothing is sent or recorded."""
    if not dry_run:
        check_mail_settings(settings)
    done = DigestReport(dry_run)
    with session_factory() as session:
        programmes = chosen_programmes(session, programme_slug)
    with Postman(settings) as postman:
        for programme in programmes:
            run = ProgrammeRun(programme, today, settings)
            with session_factory() as session:
                people = recipients(session, programme.id)
            for person in people:
                _person(session_factory, run, person, postman, done)
    return done


def _person(sessions: Callable[[], Session], run: ProgrammeRun, person: Recipient,
            postman: Postman, done: DigestReport) -> None:
    period = period_due(person.frequency, person.weekday, run.today)
    if period is None:
        done.not_due += 1
        return
    monthly = report_period(run.today)
    with sessions() as session:
        sent = sent_periods(session, person.user_id, run.programme.id)
        work = run.work(session, person) if period not in sent else None
        steps = run.step_names(session, person.language)
    if work is None:
        done.already_sent += 1
        return
    with_report = person.is_manager and person.wants_report and monthly not in sent
    if not work.items and not with_report:
        done.nothing_to_do += 1
        return
    if done.dry_run:
        done.sent.append(_planned(person, run, period, work, steps, with_report))
        return
    _send(sessions, run, person, postman, done, period, work, steps, with_report)


def _send(sessions: Callable[[], Session], run: ProgrammeRun, person: Recipient,
          postman: Postman, done: DigestReport, period: str, work: MyWork,
          steps: dict[int, str], with_report: bool) -> None:
    """Claim the period (and the month's report), send, and give the claims back if the
    mail did not go."""
    claimed = _claim(sessions, run, person, period, with_report)
    with_report = len(claimed) == 2
    if not claimed or not (work.items or with_report):  # another run got there first
        ledger.release(sessions, person.user_id, run.programme.id, claimed)
        done.already_sent += 1
        return
    delivery = Delivery(person.email, person.language, run.programme.slug, period, "",
                        len(work.items), with_report)
    try:
        digest = compose_digest(work, _addressee(person, run, steps, with_report))
        delivery = replace(delivery, subject=digest.subject)
        postman.send(message(run.settings.smtp_from, person.name, person.email,
                             person.language, digest, _report(sessions, run, person)
                             if with_report else None))
    except (smtplib.SMTPException, OSError) as error:
        log.error("Digest to %s (%s, %s) not sent: %s", person.email, run.programme.slug,
                  period, error)
    except Exception:
        log.exception("Digest to %s (%s, %s) not sent", person.email, run.programme.slug,
                      period)
    else:
        done.sent.append(delivery)
        return
    ledger.release(sessions, person.user_id, run.programme.id, claimed)
    done.failed.append(delivery)


def _claim(sessions: Callable[[], Session], run: ProgrammeRun, person: Recipient,
           period: str, with_report: bool) -> list[str]:
    """The periods this run now holds for the person: none when another run holds the
    digest's; the month's report's as well when it is due and no other run holds it."""
    if not ledger.claim(sessions, person.user_id, run.programme.id, period):
        return []
    monthly = report_period(run.today)
    if with_report and ledger.claim(sessions, person.user_id, run.programme.id, monthly):
        return [period, monthly]
    return [period]


def _addressee(person: Recipient, run: ProgrammeRun, steps: dict[int, str],
               with_report: bool) -> Addressee:
    return Addressee(person.name, person.language, run.programme.name, run.programme.slug,
                     run.settings.app_url, run.today, steps, person.is_manager,
                     run.today if with_report else None)


def _planned(person: Recipient, run: ProgrammeRun, period: str, work: MyWork,
             steps: dict[int, str], with_report: bool) -> Delivery:
    """What a dry run says would go."""
    digest = compose_digest(work, _addressee(person, run, steps, with_report))
    return Delivery(person.email, person.language, run.programme.slug, period,
                    digest.subject, len(work.items), with_report)


def _report(sessions: Callable[[], Session], run: ProgrammeRun,
            person: Recipient) -> Attachment:
    with sessions() as session:
        return Attachment(report.file_name(run.programme.slug, run.today),
                          run.report_html(session, person.language))
