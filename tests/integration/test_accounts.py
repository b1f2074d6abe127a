"""Accounts: hashed passwords, lockout, roles and centres, and who may administer them."""
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from rollout import accounts, queries, sign_in
from rollout.config import Settings
from rollout.domain import DomainError, PermissionDenied, Role
from rollout.models import ChangeEvent, User, utcnow
from rollout.services import EditConflict
from tests.conftest import PASSWORD

SETTINGS = Settings(lockout_attempts=5, lockout_minutes=15)


def programme_id(session):
    return queries.default_programme(session).id


def test_passwords_are_stored_hashed_never_in_clear(session, people):
    stored = session.scalar(select(User.password_hash).filter_by(username="pekka.planner"))
    assert PASSWORD not in stored and stored.startswith("$argon2")


def test_right_password_signs_in_and_names_are_case_insensitive(session, people):
    assert sign_in.authenticate(session, " Pekka.Planner ", PASSWORD, SETTINGS).username == \
        "pekka.planner"


@pytest.mark.parametrize("username, password", [
    ("pekka.planner", "wrong password"),
    ("nobody", PASSWORD),
])
def test_failed_sign_in_does_not_reveal_whether_the_user_exists(session, people, username,
                                                                password):
    with pytest.raises(DomainError) as failure:
        sign_in.authenticate(session, username, password, SETTINGS)
    assert failure.value.key == "signin.failed"


def test_five_failures_lock_the_account_even_for_the_right_password(session, people):
    now = utcnow()
    for _ in range(5):
        with pytest.raises(sign_in.SignInFailed):
            sign_in.authenticate(session, "pekka.planner", "wrong", SETTINGS, now=now)
    with pytest.raises(sign_in.SignInFailed):
        sign_in.authenticate(session, "pekka.planner", PASSWORD, SETTINGS, now=now)
    later = now + timedelta(minutes=16)
    assert sign_in.authenticate(session, "pekka.planner", PASSWORD, SETTINGS, now=later)


def test_disabled_account_cannot_sign_in(session, actors):
    accounts.set_active(session, actors["aino.admin"], username="pekka.planner", active=False)
    with pytest.raises(sign_in.SignInFailed):
        sign_in.authenticate(session, "pekka.planner", PASSWORD, SETTINGS)


def test_single_sign_on_email_maps_to_the_active_user_whatever_the_case(session, people):
    assert accounts.user_for_email(session, "Liisa.Lead@Pohde.Example").username == "liisa.lead"
    assert accounts.user_for_email(session, "stranger@pohde.example") is None
    assert accounts.user_for_email(session, None) is None


def test_lead_actor_carries_their_centres_and_role(actors, session):
    lead = actors["liisa.lead"]
    lakeus = queries.centres_frame(session).set_index("code").loc["lakeus", "centre_id"]
    assert lead.role == Role.LEAD and lead.centre_ids == {lakeus}
    assert lead.can_review_centre(lakeus) and not lead.can_edit_steps()


@pytest.mark.parametrize("who", ["maija.manager", "pekka.planner", "liisa.lead"])
def test_only_admins_add_users_and_a_refusal_writes_nothing(session, actors, who):
    users_before = session.scalar(select(func.count()).select_from(User))
    events_before = session.scalar(select(func.count()).select_from(ChangeEvent))
    with pytest.raises(PermissionDenied):
        accounts.add_user(session, actors[who], username="intruder", role=Role.ADMIN,
                          programme_id=programme_id(session))
    session.rollback()
    assert session.scalar(select(func.count()).select_from(User)) == users_before
    assert session.scalar(select(func.count()).select_from(ChangeEvent)) == events_before


@pytest.mark.parametrize("who, action", [
    ("maija.manager", lambda s, a: accounts.set_password(s, a, username="aino.admin")),
    ("liisa.lead", lambda s, a: accounts.set_active(s, a, username="aino.admin", active=False)),
    ("pekka.planner", lambda s, a: accounts.set_role(s, a, username="pekka.planner",
                                                    programme_id=1, role=Role.ADMIN)),
])
def test_non_admins_cannot_change_accounts(session, actors, who, action):
    with pytest.raises(PermissionDenied):
        action(session, actors[who])


def test_a_lead_needs_a_centre_and_unknown_centres_are_named(session, actors):
    admin = actors["aino.admin"]
    with pytest.raises(DomainError, match="users.lead_needs_centre"):
        accounts.add_user(session, admin, username="uusi", role=Role.LEAD,
                          programme_id=programme_id(session))
    session.rollback()
    with pytest.raises(DomainError) as failure:
        accounts.set_role(session, admin, username="maija.manager", role=Role.LEAD,
                          programme_id=programme_id(session), centre_codes=["atlantis"])
    assert failure.value.params == {"code": "atlantis"}


def test_account_changes_are_in_the_history_with_the_acting_admin(session, actors):
    admin = actors["aino.admin"]
    accounts.set_role(session, admin, username="maija.manager", role=Role.LEAD,
                      programme_id=programme_id(session), centre_codes=["oulu"])
    events = session.scalars(select(ChangeEvent).filter_by(entity="user",
                                                           entity_id="maija.manager")
                             .where(ChangeEvent.user_id == admin.user_id)).all()
    assert {(e.field, e.old_value, e.new_value) for e in events} == {
        ("role", "manager", "lead"), ("centres", None, "oulu")}


def test_reset_password_unlocks_and_never_logs_the_password(session, actors):
    new_password = accounts.set_password(session, actors["aino.admin"], username="liisa.lead")
    assert len(new_password) >= accounts.MINIMUM_PASSWORD_LENGTH
    logged = session.scalars(select(ChangeEvent.new_value).filter_by(field="password")).all()
    assert logged == [None]
    assert sign_in.authenticate(session, "liisa.lead", new_password, SETTINGS)


def test_admin_cannot_disable_themselves(session, actors):
    with pytest.raises(DomainError, match="cannot_disable_self"):
        accounts.set_active(session, actors["aino.admin"], username="aino.admin", active=False)


def test_first_admin_is_created_once_with_a_random_password(session):
    created = accounts.ensure_first_admin(session, programme_id(session))
    assert created is not None and created[0] == "admin" and len(created[1]) >= 10
    assert accounts.ensure_first_admin(session, programme_id(session)) is None
    assert sign_in.authenticate(session, "admin", created[1], SETTINGS)


def test_a_sign_in_session_resumes_until_idle_too_long(session, people):
    user = sign_in.authenticate(session, "pekka.planner", PASSWORD, SETTINGS)
    token = sign_in.start_session(session, user)
    settings = Settings(idle_timeout_minutes=30)
    now = utcnow()
    assert sign_in.resume_session(session, token, settings, now=now + timedelta(minutes=29))
    assert sign_in.resume_session(session, token, settings, now=now + timedelta(minutes=58))
    assert sign_in.resume_session(session, token, settings,
                                   now=now + timedelta(minutes=89)) is None
    assert sign_in.resume_session(session, token, settings, now=now + timedelta(minutes=90)) \
        is None  # an ended session stays ended


def test_signing_out_ends_the_session_and_unknown_tokens_open_nothing(session, people):
    user = sign_in.authenticate(session, "pekka.planner", PASSWORD, SETTINGS)
    token = sign_in.start_session(session, user)
    sign_in.end_session(session, token)
    assert sign_in.resume_session(session, token, SETTINGS) is None
    assert sign_in.resume_session(session, "made-up", SETTINGS) is None
    assert sign_in.resume_session(session, None, SETTINGS) is None


def test_disabling_a_user_ends_their_open_sessions(session, actors):
    user = sign_in.authenticate(session, "pekka.planner", PASSWORD, SETTINGS)
    token = sign_in.start_session(session, user)
    accounts.set_active(session, actors["aino.admin"], username="pekka.planner", active=False)
    assert sign_in.resume_session(session, token, SETTINGS) is None


def test_only_the_token_hash_is_stored(session, people):
    from rollout.models import SignInSession
    user = sign_in.authenticate(session, "pekka.planner", PASSWORD, SETTINGS)
    token = sign_in.start_session(session, user)
    assert session.scalar(select(SignInSession.token_hash)) != token


def test_saving_the_role_an_account_already_has_changes_nothing(session, actors):
    programme = programme_id(session)
    version, _ = accounts.user_values(session, "maija.manager", programme)
    assert accounts.set_role(session, actors["aino.admin"], username="maija.manager",
                             programme_id=programme, role=Role.MANAGER,
                             expected_version=version) == version
    assert accounts.user_values(session, "maija.manager", programme)[0] == version


def test_a_role_change_on_an_older_version_is_refused_naming_who_changed_it(session, actors):
    programme = programme_id(session)
    version, _ = accounts.user_values(session, "maija.manager", programme)
    accounts.set_role(session, actors["aino.admin"], username="maija.manager",
                      programme_id=programme, role=Role.PLANNER, expected_version=version)
    with pytest.raises(EditConflict) as conflict:
        accounts.set_role(session, actors["aino.admin"], username="maija.manager",
                          programme_id=programme, role=Role.ADMIN, expected_version=version)
    assert conflict.value.theirs.role == Role.PLANNER
    session.rollback()
    assert accounts.user_values(session, "maija.manager", programme)[1].role == Role.PLANNER


def test_a_role_can_be_taken_away_and_the_history_says_so(session, actors):
    programme = programme_id(session)
    accounts.set_role(session, actors["aino.admin"], username="maija.manager",
                      programme_id=programme, role=None)
    assert accounts.user_values(session, "maija.manager", programme)[1].role is None
    last = session.scalars(select(ChangeEvent).filter_by(entity_id="maija.manager",
                                                         field="role")
                           .order_by(ChangeEvent.id.desc())).first()
    assert (last.old_value, last.new_value) == ("manager", None)


def test_a_centre_named_twice_counts_once(session, actors):
    programme = programme_id(session)
    accounts.set_role(session, actors["aino.admin"], username="maija.manager",
                      programme_id=programme, role=Role.LEAD,
                      centre_codes=["lakeus", "lakeus"])
    assert accounts.user_values(session, "maija.manager", programme)[1].centre_codes == (
        "lakeus",)


def test_an_e_mail_is_one_person_s_whatever_its_case(session, actors):
    with pytest.raises(DomainError) as refusal:
        accounts.add_user(session, actors["aino.admin"], username="toinen",
                          role=Role.PLANNER, programme_id=programme_id(session),
                          email="PEKKA.PLANNER@pohde.example")
    assert refusal.value.key == "users.email_exists"
