"""What an attacker or a careless user tries: texts the database would refuse, parallel
password guessing, sessions that should end, the last admin, a disabled account's actor,
two set-ups at once. A clear refusal every time, nothing stored, never a traceback."""
import subprocess
import sys
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rollout import accounts, queries, services, sign_in
from rollout.config import Settings
from rollout.domain import DomainError, PermissionDenied, Role, StepStatus, StepValues
from rollout.i18n import error_message
from rollout.models import ChangeEvent, RoleAssignment, RolloutUnit, StepProgress, User, utcnow
from rollout.permissions import COMMAND_LINE
from tests.conftest import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
SETTINGS = Settings(lockout_attempts=5, lockout_minutes=15, idle_timeout_minutes=30)


def first_step(session) -> StepProgress:
    return session.scalars(select(StepProgress).order_by(StepProgress.id)).first()


def refusal(call) -> DomainError:
    with pytest.raises(DomainError) as refused:
        call()
    return refused.value


@pytest.mark.parametrize("owner, note, key", [
    ("x" * 121, "", "error.too_long"),
    ("Liisa\x00", "", "error.bad_character"),
    ("Liisa\nLakeus", "", "error.bad_character"),
    ("", "Muistio\x00", "error.bad_character"),
])
def test_a_step_text_the_database_would_refuse_is_refused_naming_the_field(
        session, actors, owner, note, key):
    progress = first_step(session)
    events = select(func.count()).select_from(ChangeEvent)
    before = session.scalar(events)
    wanted = StepValues(status=StepStatus(progress.status), owner=owner, note=note)
    error = refusal(lambda: services.update_step(session, actors["pekka.planner"], progress.id,
                                                 progress.version, wanted))
    assert error.key == key
    field = "vastuuhenkilö" if owner else "muistiinpano"
    assert field in error_message(error, "fi")
    session.rollback()
    assert session.scalar(events) == before


def test_a_note_keeps_its_line_breaks(session, actors):
    progress = first_step(session)
    wanted = StepValues(status=StepStatus(progress.status), note="Rivi 1\nRivi 2\tsisennys")
    services.update_step(session, actors["pekka.planner"], progress.id, progress.version, wanted)
    assert session.get(StepProgress, progress.id).note == "Rivi 1\nRivi 2\tsisennys"


@pytest.mark.parametrize("field, value, label", [
    ("display_name", "N" * 161, "näyttönimi"),
    ("email", "a" * 250 + "@x.fi", "sähköposti"),
    ("display_name", "Nimi\x00", "näyttönimi"),
])
def test_account_texts_are_checked_before_the_database(session, actors, field, value, label):
    programme_id = queries.default_programme(session).id
    error = refusal(lambda: accounts.add_user(
        session, actors["aino.admin"], username="uusi.ihminen", role=Role.PLANNER,
        programme_id=programme_id, **{field: value}))
    assert label in error_message(error, "fi")
    assert session.scalar(select(User).filter_by(username="uusi.ihminen")) is None


def test_a_duplicate_e_mail_in_another_case_is_refused_with_a_message(session, actors):
    programme_id = queries.default_programme(session).id
    add = lambda name, email: accounts.add_user(  # noqa: E731
        session, COMMAND_LINE, username=name, role=Role.PLANNER, programme_id=programme_id,
        email=email)
    add("a1", "s@x.fi")
    assert refusal(lambda: add("a2", "S@X.fi")).key == "users.email_exists"
    assert refusal(lambda: add("a3", "not-an-address")).key == "users.bad_email"


def test_a_display_name_longer_than_the_logs_column_still_saves_a_step(session, actors):
    programme_id = queries.default_programme(session).id
    accounts.add_user(session, COMMAND_LINE, username="pitka.nimi", role=Role.PLANNER,
                      programme_id=programme_id, display_name="P" * 160, password=PASSWORD)
    user = session.scalar(select(User).filter_by(username="pitka.nimi"))
    actor = accounts.actor_for(session, user, programme_id)
    progress = first_step(session)
    services.update_step(session, actor, progress.id, progress.version,
                       StepValues(status=StepStatus.IN_PROGRESS))
    event = session.scalar(select(ChangeEvent).where(ChangeEvent.user_id == user.id))
    assert event.actor == "P" * 120 and event.user_id == user.id


def test_parallel_guesses_all_count_and_at_most_the_allowance_is_checked(
        sessions, people, monkeypatch):
    """20 wrong passwords at once: only 5 are checked against the real hash, the account is
    locked, and even the right password then fails."""
    real_checks = []
    matches = sign_in._password_matches

    def counting(password_hash, password):
        if password_hash != sign_in._decoy_hash():
            real_checks.append(password)
        return matches(password_hash, password)
    monkeypatch.setattr(sign_in, "_password_matches", counting)
    start = threading.Barrier(20)

    def guess(number):
        with sessions() as session:
            start.wait()
            with pytest.raises(sign_in.SignInFailed):
                sign_in.authenticate(session, "pekka.planner", f"guess {number}", SETTINGS)
    threads = [threading.Thread(target=guess, args=(n,)) for n in range(20)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(real_checks) <= SETTINGS.lockout_attempts
    with sessions() as session:
        user = session.scalar(select(User).filter_by(username="pekka.planner"))
        assert user.locked_until is not None and user.locked_until > utcnow()
        with pytest.raises(sign_in.SignInFailed):
            sign_in.authenticate(session, "pekka.planner", PASSWORD, SETTINGS)


@pytest.mark.parametrize("case", ["unknown", "wrong", "disabled", "locked"])
def test_every_failed_sign_in_costs_one_password_check(session, actors, monkeypatch, case):
    checks = []
    matches = sign_in._password_matches
    monkeypatch.setattr(sign_in, "_password_matches",
                        lambda hashed, password: checks.append(1) or matches(hashed, password))
    user = session.scalar(select(User).filter_by(username="pekka.planner"))
    if case == "disabled":
        user.is_active = False
    if case == "locked":
        user.locked_until = utcnow() + timedelta(minutes=5)
    session.commit()
    name = "nobody" if case == "unknown" else "pekka.planner"
    password = "wrong password" if case == "wrong" else PASSWORD
    with pytest.raises(sign_in.SignInFailed):
        sign_in.authenticate(session, name, password, SETTINGS)
    assert len(checks) == 1


@pytest.mark.parametrize("action", ["reset", "remove_role"])
def test_a_password_reset_or_a_removed_role_ends_open_sessions(session, actors, action):
    user = session.scalar(select(User).filter_by(username="pekka.planner"))
    token = sign_in.start_session(session, user)
    if action == "reset":
        accounts.set_password(session, actors["aino.admin"], username="pekka.planner")
    else:
        accounts.set_role(session, actors["aino.admin"], username="pekka.planner",
                          programme_id=queries.default_programme(session).id, role=None)
    assert sign_in.resume_session(session, token, SETTINGS) is None


def test_the_idle_timeout_counts_from_the_last_request_exactly(session, people):
    user = session.scalar(select(User).filter_by(username="pekka.planner"))
    token = sign_in.start_session(session, user)
    started = utcnow()
    assert sign_in.resume_session(session, token, SETTINGS, started + timedelta(seconds=50))
    last = started + timedelta(seconds=50) + timedelta(minutes=29, seconds=59)
    assert sign_in.resume_session(session, token, SETTINGS, last)  # 29:59 after the last
    assert sign_in.resume_session(session, token, SETTINGS,
                                  last + timedelta(minutes=30, seconds=1)) is None


def test_the_last_active_admin_can_be_neither_disabled_nor_demoted(session, actors):
    programme_id = queries.default_programme(session).id
    refused = refusal(lambda: accounts.set_active(session, COMMAND_LINE, username="aino.admin",
                                                  active=False))
    assert refused.key == "users.last_admin"
    refused = refusal(lambda: accounts.set_role(session, COMMAND_LINE, username="aino.admin",
                                                programme_id=programme_id, role=Role.PLANNER))
    assert refused.key == "users.last_admin"
    accounts.set_role(session, COMMAND_LINE, username="pekka.planner",
                      programme_id=programme_id, role=Role.ADMIN)
    accounts.set_active(session, COMMAND_LINE, username="aino.admin", active=False)
    assert not session.scalar(select(User).filter_by(username="aino.admin")).is_active


def test_a_disabled_account_acts_with_no_role_so_services_refuse_it(session, actors):
    accounts.set_active(session, COMMAND_LINE, username="pekka.planner", active=False)
    user = session.scalar(select(User).filter_by(username="pekka.planner"))
    actor = accounts.actor_for(session, user, queries.default_programme(session).id)
    progress = first_step(session)
    with pytest.raises(PermissionDenied):
        services.update_step(session, actor, progress.id, progress.version,
                           StepValues(status=StepStatus.IN_PROGRESS))


def test_the_cli_enables_again_and_names_a_disabled_account(database_url, monkeypatch,
                                                            capsys):
    from rollout.cli import main
    monkeypatch.setenv("ROLLOUT_DATABASE_URL", database_url)
    main(["init"])
    main(["users", "add", "pekka", "--role", "planner"])
    main(["users", "disable", "pekka"])
    capsys.readouterr()
    code = main(["steps", "set", "--unit", "244", "--step", "1", "--status", "in_progress",
                 "--user", "pekka"])
    assert code == 1
    assert capsys.readouterr().err.strip() == "Käyttäjätunnus pekka on poistettu käytöstä."
    assert main(["users", "enable", "pekka"]) == 0
    assert main(["steps", "set", "--unit", "244", "--step", "1", "--status", "in_progress",
                 "--user", "pekka"]) == 0


def test_an_unreachable_database_is_one_line_from_the_cli(monkeypatch, capsys):
    from rollout.cli import main
    monkeypatch.setenv("ROLLOUT_DATABASE_URL", "postgresql+psycopg://u:p@127.0.0.1:9/none")
    assert main(["users", "list"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("Tietokanta ei ole juuri nyt käytettävissä.")
    assert "Traceback" not in error and "127.0.0.1" not in error


def test_three_inits_at_once_end_consistent_without_a_traceback(tmp_path):
    database = tmp_path / "rollout.db"
    environment = {"ROLLOUT_DATABASE_URL": f"sqlite:///{database}", "PATH": ""}
    runs = [subprocess.Popen([sys.executable, "-m", "rollout", "init"], cwd=ROOT,
                             env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(3)]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0, 0, 0], outputs
    assert not any("Traceback" in err for _, err in outputs)
    assert sum("password:" in out for out, _ in outputs) == 1  # one first admin
    from rollout.db import make_engine, make_session_factory
    engine = make_engine(f"sqlite:///{database}")
    with make_session_factory(engine)() as session:
        assert session.scalar(select(func.count()).select_from(RolloutUnit)) == 30
        assert session.scalar(select(func.count()).select_from(User)) == 1
    engine.dispose()


def test_a_sign_off_comment_is_checked_too(session, actors):
    with pytest.raises(DomainError) as refused:
        services.sign_off(session, actors["liisa.lead"], [], date.today(),
                          comment="x\x00")
    assert refused.value.key == "error.bad_character"


def test_two_admins_demoting_each_other_at_once_leave_one_admin(sessions, actors):
    with sessions() as session:
        programme_id = queries.default_programme(session).id
        accounts.set_role(session, COMMAND_LINE, username="pekka.planner",
                          programme_id=programme_id, role=Role.ADMIN)
    start, outcomes = threading.Barrier(2), []

    def demote(admin, other):
        with sessions() as session:
            user = session.scalar(select(User).filter_by(username=admin))
            actor = accounts.actor_for(session, user, programme_id)
            session.rollback()
            start.wait()
            try:
                accounts.set_role(session, actor, username=other, programme_id=programme_id,
                                  role=Role.PLANNER)
                outcomes.append("demoted")
            except DomainError as error:
                outcomes.append(error.key)
    threads = [threading.Thread(target=demote, args=pair) for pair in
               (("aino.admin", "pekka.planner"), ("pekka.planner", "aino.admin"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with sessions() as session:
        admins = session.scalar(select(func.count()).select_from(RoleAssignment).where(
            RoleAssignment.programme_id == programme_id, RoleAssignment.role == Role.ADMIN))
    assert admins == 1 and sorted(outcomes)[0] == "demoted"
