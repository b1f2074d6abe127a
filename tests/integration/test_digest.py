"""The reminder digest through a real SMTP server (aiosmtpd on a local port): who gets a mail,
in which language, with which links; each period's digest once; a refused address logged and
tried again; the weekly day, "never", no address; no mail server; a dry run; never a word of
an observation."""
from __future__ import annotations

import email
import logging
import socket
from datetime import date, datetime, timedelta
from email import policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from sqlalchemy import select, update

from rollout import accounts, queries, services
from rollout.config import load_settings
from rollout.digest import ledger, send, send_digests
from rollout.digest.compose import MAX_ROWS
from rollout.domain import Frequency, ItemStatus, StepStatus, StepValues
from rollout.i18n import DISPLAY_TIMEZONE, format_date
from rollout.models import DigestSent, FamilyCentreArea, StepProgress, User

TODAY = date.today()  # the history's times are the real ones: the manager's news need it
APP_URL = "https://askeleet.example"
SLUG = "lapsiperheiden-palveluohjaus"
SENDER = "Askeleet <askeleet@pohde.example>"
SMTP_USER, SMTP_PASSWORD = "askeleet", "mail secret"
PEKKA, PAAVO = "pekka.planner@pohde.example", "paavo.planner@pohde.example"
MAIJA = "maija.manager@pohde.example"


class Inbox:
    """The test server's handler: keeps what arrives; refuses the addresses in `refused`."""

    def __init__(self) -> None:
        self.arrived: list[tuple[object, bool]] = []  # (envelope, signed in)
        self.refused: set[str] = set()
        self.signing_in: list[object] = []  # the connection of each sign-in attempt

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refused:
            return "550 5.1.1 No such mailbox"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.arrived.append((envelope, bool(session.authenticated)))
        return "250 Message accepted for delivery"

    def authenticate(self, server, session, envelope, mechanism, auth_data):
        self.signing_in.append(session)
        right = (auth_data.login, auth_data.password) == (SMTP_USER.encode(),
                                                          SMTP_PASSWORD.encode())
        return AuthResult(success=right, handled=False)  # not handled: the server says 535

    @property
    def recipients(self) -> list[str]:
        return sorted(address for envelope, _ in self.arrived for address in envelope.rcpt_tos)

    def messages(self) -> dict[str, email.message.EmailMessage]:
        """The mails by recipient (one each)."""
        return {envelope.rcpt_tos[0]: email.message_from_bytes(envelope.content,
                                                               policy=policy.default)
                for envelope, _ in self.arrived}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def inbox(monkeypatch):
    """A real SMTP server on a free local port, the app's mail settings pointing at it."""
    handler = Inbox()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port,
                            authenticator=handler.authenticate, auth_require_tls=False)
    controller.start()
    for name, value in {"ROLLOUT_SMTP_HOST": "127.0.0.1", "ROLLOUT_SMTP_PORT": str(port),
                        "ROLLOUT_SMTP_SECURITY": "none", "ROLLOUT_SMTP_FROM": SENDER,
                        "ROLLOUT_APP_URL": APP_URL + "/"}.items():
        monkeypatch.setenv(name, value)
    yield handler
    controller.stop()


@pytest.fixture
def quiet(sessions, actors):
    """Everyone's digest "never" to begin with; each test chooses the rhythms it is about."""
    for username in actors:
        choose(sessions, actors, username, "never")
    return actors


def choose(sessions, actors, username, frequency, weekday=0, language="fi", report=False):
    """A person's own digest settings, saved as they save them."""
    actor = actors[username]
    with sessions() as session:
        current = services.my_settings(session, actor.user_id)
        services.save_my_settings(session, actor, current.version, services.MySettings(
            None, language, frequency, weekday, report, 0))


def own_a_step(sessions, actor, municipality="244", position=1, **values):
    """The planner names themself the step's owner, ending in five days."""
    with sessions() as session:
        programme_id = queries.default_programme(session).id
        row = session.get(StepProgress, queries.progress_id_for(
            session, programme_id, municipality, position))
        wanted = StepValues(**{**services.values_of(row).__dict__, "owner": actor.name,
                               "planned_end": TODAY + timedelta(days=5), **values})
        services.update_step(session, actor, row.id, row.version, wanted, today=TODAY)


def run(sessions, today=TODAY, **options):
    return send_digests(sessions, load_settings(), today, **options)


def sent_rows(sessions):
    with sessions() as session:
        return sorted(session.execute(select(User.email, DigestSent.period).join(
            User, User.id == DigestSent.user_id)).all())


def plain(message) -> str:
    """The mail's plain-text alternative, its lines ended as Python's are."""
    return message.get_body(("plain",)).get_content().replace("\r\n", "\n")


def every_text(message) -> str:
    """Every text part of a mail decoded (the alternatives and the attached report)."""
    return "\n".join(part.get_content() for part in message.walk()
                     if part.get_content_maintype() == "text")


@pytest.fixture
def two_planners(sessions, quiet, inbox):
    """Pekka (Finnish) owns Kempele's first step, Paavo (Swedish) Oulu's; both daily."""
    own_a_step(sessions, quiet["pekka.planner"], "244")
    own_a_step(sessions, quiet["paavo.planner"], "564")
    choose(sessions, quiet, "pekka.planner", "daily")
    choose(sessions, quiet, "paavo.planner", "daily", language="sv")
    return quiet


def test_each_person_gets_their_list_in_their_language_with_links_into_the_app(
        sessions, two_planners, inbox):
    done = run(sessions)
    assert inbox.recipients == [PAAVO, PEKKA]
    assert sorted(delivery.email for delivery in done.sent) == [PAAVO, PEKKA]
    mails = inbox.messages()
    finnish, swedish = mails[PEKKA], mails[PAAVO]
    assert finnish["Subject"] == "Askeleet: 1 tehtävä – Lapsiperheiden palveluohjaus"
    assert swedish["Subject"] == "Askeleet: 1 uppgift – Lapsiperheiden palveluohjaus"
    assert finnish["From"] == SENDER and finnish["Content-Language"] == "fi"
    assert finnish.get_content_type() == "multipart/alternative"
    text = plain(finnish)
    html = finnish.get_body(("html",)).get_content()
    link = f"{APP_URL}/steps?unit=244&programme={SLUG}"
    assert link in text and link.replace("&", "&amp;") in html
    assert "Askeleesi, jotka päättyvät 14 päivän sisällä (1)" in text
    assert f"suunniteltu loppu {format_date(TODAY + timedelta(days=5), 'fi')}" in text
    assert f"{APP_URL}/my-work?programme={SLUG}" in text
    with sessions() as session:
        step = queries.steps_frame(session, queries.default_programme(session).id).iloc[0]
    swedish_text = plain(swedish)
    assert "Dina steg som slutar inom 14 dagar (1)" in swedish_text
    assert f"Uleåborg (Uleåborgs familjecenter) · 1. {step.name_sv}" in swedish_text
    assert f"{APP_URL}/steps?unit=564&programme={SLUG}" in swedish_text
    assert "Oulu" not in swedish_text


def test_a_second_run_sends_nothing_new_and_each_mail_is_recorded_once(
        sessions, two_planners, inbox):
    run(sessions)
    again = run(sessions)
    assert (again.sent, again.already_sent) == ([], 2)
    assert len(inbox.arrived) == 2
    assert sent_rows(sessions) == [(PAAVO, TODAY.isoformat()), (PEKKA, TODAY.isoformat())]


def test_a_refused_address_is_logged_and_tried_again_while_the_others_get_theirs(
        sessions, two_planners, inbox, caplog):
    inbox.refused.add(PAAVO)
    with caplog.at_level(logging.ERROR, logger="rollout.digest"):
        done = run(sessions)
    assert inbox.recipients == [PEKKA]
    assert [delivery.email for delivery in done.failed] == [PAAVO]
    assert PAAVO in caplog.text and "550" in caplog.text
    assert sent_rows(sessions) == [(PEKKA, TODAY.isoformat())]  # Paavo's is not recorded
    inbox.refused.clear()
    again = run(sessions)
    assert [delivery.email for delivery in again.sent] == [PAAVO]
    assert inbox.recipients == [PAAVO, PEKKA]


def test_a_weekly_digest_goes_on_the_person_s_weekday_once_a_week(sessions, two_planners,
                                                                  inbox):
    choose(sessions, two_planners, "pekka.planner", "weekly", weekday=TODAY.weekday())
    choose(sessions, two_planners, "paavo.planner", "weekly", weekday=(TODAY.weekday() + 1) % 7,
           language="sv")
    done = run(sessions)
    assert inbox.recipients == [PEKKA]
    year, week, _ = TODAY.isocalendar()
    assert [delivery.period for delivery in done.sent] == [f"{year}-W{week:02d}"]
    run(sessions, today=TODAY + timedelta(days=1))
    assert inbox.recipients == [PAAVO, PEKKA]  # Paavo's day; Pekka's is not again
    assert run(sessions, today=TODAY + timedelta(days=7)).sent[0].email == PEKKA


def test_never_no_address_or_nothing_to_do_means_no_mail(sessions, quiet, inbox):
    own_a_step(sessions, quiet["pekka.planner"], "244")  # Pekka has work but chose never
    own_a_step(sessions, quiet["paavo.planner"], "564")
    choose(sessions, quiet, "paavo.planner", "daily")
    choose(sessions, quiet, "liisa.lead", "daily")  # nothing on Liisa's list
    with sessions() as session:
        session.execute(update(User).filter_by(username="paavo.planner").values(email=None))
        session.commit()
    done = run(sessions)
    assert inbox.arrived == [] and done.sent == [] and sent_rows(sessions) == []
    assert (done.not_due, done.nothing_to_do) == (3, 1)  # Paavo, with no address, not counted


def test_without_a_mail_server_nothing_is_sent_and_the_command_says_why(
        sessions, two_planners, inbox, cli, monkeypatch):
    monkeypatch.delenv("ROLLOUT_SMTP_HOST")
    code, output = cli("digest", "send")
    assert code == 1 and "ROLLOUT_SMTP_HOST" in output.err
    assert inbox.arrived == [] and sent_rows(sessions) == []


def test_a_dry_run_says_who_would_get_what_and_sends_and_records_nothing(
        sessions, two_planners, inbox, cli, monkeypatch):
    monkeypatch.delenv("ROLLOUT_SMTP_HOST")  # not needed to say who would get what
    code, output = cli("digest", "send", "--dry-run", "--today", TODAY.isoformat())
    assert code == 0
    assert f"would send: {PEKKA} (fi, {SLUG}, {TODAY.isoformat()}): 'Askeleet: 1 tehtävä" \
        in output.out
    assert f"would send: {PAAVO} (sv" in output.out and "2 would be sent" in output.out
    assert inbox.arrived == [] and sent_rows(sessions) == []


def test_the_command_sends_one_programme_s_digests_and_refuses_an_unknown_one(
        sessions, two_planners, inbox, cli):
    code, output = cli("digest", "send", "--programme", SLUG)
    assert code == 0 and f"sent: {PEKKA}" in output.out and "2 sent" in output.out
    assert inbox.recipients == [PAAVO, PEKKA]
    code, output = cli("digest", "send", "--programme", "no-such-programme")
    assert code == 1 and "no-such-programme" in output.err


def test_the_mail_server_is_signed_in_to_when_a_user_is_set(sessions, two_planners, inbox,
                                                           monkeypatch, caplog):
    monkeypatch.setenv("ROLLOUT_SMTP_USER", SMTP_USER)
    monkeypatch.setenv("ROLLOUT_SMTP_PASSWORD", "wrong")
    with caplog.at_level(logging.ERROR, logger="rollout.digest"):
        assert len(run(sessions).failed) == 2
    assert inbox.arrived == [] and sent_rows(sessions) == [] and "535" in caplog.text
    assert len({id(session) for session in inbox.signing_in}) == 1  # not again for Paavo
    monkeypatch.setenv("ROLLOUT_SMTP_PASSWORD", SMTP_PASSWORD)
    assert len(run(sessions).sent) == 2
    assert [signed_in for _, signed_in in inbox.arrived] == [True, True]


def test_a_manager_gets_the_news_since_their_last_visit_and_the_report_once_a_month(
        sessions, quiet, inbox):
    manager = quiet["maija.manager"]
    with sessions() as session:
        services.record_work_visit(session, manager, queries.default_programme(session).id)
    visited = datetime.now(DISPLAY_TIMEZONE).date()  # the day of the visit in Finland
    own_a_step(sessions, quiet["pekka.planner"], "244", status=StepStatus.IN_PROGRESS,
               actual_start=TODAY)
    choose(sessions, quiet, "maija.manager", "daily", report=True)
    run(sessions)
    mail = inbox.messages()[MAIJA]
    text = plain(mail)
    assert f"Muutokset edellisen käyntisi jälkeen ({format_date(visited, 'fi')} alkaen):" in text
    assert "Yksiköt, jotka edistyivät (1)" in text and "nyt: Käynnissä" in text
    assert "Liitteenä on ohjausryhmän raportti" in text
    [report] = list(mail.iter_attachments())
    assert report.get_filename() == f"ohjausryhmaraportti-{SLUG}-{TODAY.isoformat()}.html"
    assert "Lapsiperheiden palveluohjaus" in report.get_content()
    later = TODAY + timedelta(days=1)
    later = later if later.month == TODAY.month else TODAY - timedelta(days=1)
    again = run(sessions, today=later)  # the news were mailed: not again, nor the report
    assert again.sent == [] and len(inbox.arrived) == 1
    assert (MAIJA, f"{TODAY:%Y-%m}-report") in sent_rows(sessions)
    own_a_step(sessions, quiet["pekka.planner"], "564", status=StepStatus.IN_PROGRESS,
               actual_start=TODAY)
    third = later + timedelta(days=1) if later > TODAY else later - timedelta(days=1)
    news = run(sessions, today=third)
    assert [(delivery.email, delivery.with_report) for delivery in news.sent] == [
        (MAIJA, False)]
    text = plain(inbox.messages()[MAIJA])
    assert "Oulu" in text and "Kempele" not in text  # only what is new since the last mail
    assert list(inbox.messages()[MAIJA].iter_attachments()) == []


def test_no_observation_text_is_in_any_mail(sessions, quiet, inbox):
    observed = "Sinappikeittoilmiö leviää perheissä"
    with sessions() as session:
        area = session.scalar(select(FamilyCentreArea.id).filter_by(name="Lakeus"))
        services.add_observation(session, quiet["pekka.planner"],
                                 queries.default_programme(session).id, area,
                                 TODAY - timedelta(days=1), "housing", observed,
                                 Frequency.SEVERAL, TODAY)
    own_a_step(sessions, quiet["pekka.planner"], "244", status=StepStatus.IN_PROGRESS,
               actual_start=TODAY)
    for username in quiet:
        choose(sessions, quiet, username, "daily", report=username == "maija.manager")
    run(sessions)
    assert {PEKKA, MAIJA, "aino.admin@pohde.example"} <= set(inbox.recipients)
    for message in inbox.messages().values():
        assert "Sinappikeitto" not in every_text(message)


def test_an_admin_s_long_list_is_cut_short_and_accounts_are_counted_not_named(
        sessions, quiet, inbox):
    with sessions() as session:
        accounts.set_active(session, quiet["aino.admin"], username="liisa.lead", active=False)
        units = len(queries.units_frame(session, queries.default_programme(session).id))
    choose(sessions, quiet, "aino.admin", "daily")
    run(sessions)
    text = plain(inbox.messages()["aino.admin@pohde.example"])
    assert f"Yksiköt, joiden seuraavalla askeleella ei ole vastuuhenkilöä ({units})" in text
    assert text.count("/steps?unit=") == MAX_ROWS
    assert f"… ja {units - MAX_ROWS} muuta Omat tehtävät -sivulla" in text
    assert "Käytöstä poistetut tunnukset (1)\n- 1 tunnus\n" \
        f"  {APP_URL}/users?programme={SLUG}" in text
    assert "liisa" not in every_text(inbox.messages()["aino.admin@pohde.example"])


def test_a_period_another_run_has_claimed_is_not_sent_twice(sessions, two_planners, inbox,
                                                           monkeypatch):
    """Two runs at once: both read that nothing was sent; the unique key lets one send."""
    with sessions() as session:
        programme_id = queries.default_programme(session).id
    assert ledger.claim(sessions, two_planners["paavo.planner"].user_id, programme_id,
                        TODAY.isoformat())  # the other run, just now
    monkeypatch.setattr(send, "sent_periods", lambda *_: set())  # read before its claim
    done = run(sessions)
    assert inbox.recipients == [PEKKA] and done.already_sent == 1


@pytest.mark.parametrize("report", [False, True])
def test_a_reopening_s_reason_stays_out_of_the_mail(sessions, quiet, inbox, report):
    reason = "Kuntayhtymän sopimus purkautui yllättäen"
    with sessions() as session:
        unit = session.get(StepProgress, queries.progress_id_for(
            session, queries.default_programme(session).id, "244", 1)).unit_id
        items = queries.readiness_frame(session, unit)
        services.save_readiness(session, quiet["liisa.lead"], unit, [
            services.ReadinessChange(int(item.item_id), None, ItemStatus.DONE)
            for item in items[items["step"] == 1].itertuples()])
    own_a_step(sessions, quiet["pekka.planner"], "244", status=StepStatus.DONE,
               actual_start=TODAY, actual_end=TODAY)
    with sessions() as session:
        row = session.get(StepProgress, queries.progress_id_for(
            session, queries.default_programme(session).id, "244", 1))
        services.update_step(session, quiet["pekka.planner"], row.id, row.version, StepValues(
            **{**services.values_of(row).__dict__, "status": StepStatus.IN_PROGRESS,
               "actual_end": None}), reason, today=TODAY)
    choose(sessions, quiet, "maija.manager", "daily", report=report)
    run(sessions)
    mail = inbox.messages()[MAIJA]
    assert "Uudelleen avatut askeleet (1)\n- Kempele (Lakeuden perhekeskus) · 1. " in plain(mail)
    assert "sopimus" not in every_text(mail)  # the attached report too, when chosen
    assert (len(list(mail.iter_attachments())) == 1) == report


def test_mail_settings_are_checked_and_the_password_never_shows():
    settings = load_settings({"ROLLOUT_SMTP_HOST": "smtp.pohde.example",
                              "ROLLOUT_SMTP_SECURITY": "tls",
                              "ROLLOUT_SMTP_PASSWORD": SMTP_PASSWORD})
    assert settings.smtp_port_or_default == 465 and SMTP_PASSWORD not in repr(settings)
    with pytest.raises(ValueError, match="ROLLOUT_SMTP_SECURITY"):
        load_settings({"ROLLOUT_SMTP_SECURITY": "ssl"})


def test_a_weekly_digest_missed_on_its_day_is_made_up_later_that_week_not_before():
    from rollout.digest.rhythm import period_due
    monday, wednesday = date(2026, 12, 7), date(2026, 12, 9)
    assert period_due("weekly", 2, monday) is None  # before the chosen Wednesday
    assert period_due("weekly", 2, wednesday) == "2026-W50"
    assert period_due("weekly", 0, wednesday) == "2026-W50"  # Monday's, made up
    assert period_due("weekly", 0, date(2026, 12, 14)) == "2026-W51"
