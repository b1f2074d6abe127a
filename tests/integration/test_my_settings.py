"""A person's own settings: only they change them, every value is checked, each change is a
history event that reads in words, and a save on an old version is refused as a conflict."""
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from rollout import accounts, queries, services
from rollout.domain import DomainError, PermissionDenied
from rollout.i18n import Words, error_message
from rollout.logged_values import field_label, value_label
from rollout.models import ChangeEvent, User
from rollout.permissions import COMMAND_LINE
from rollout.services import EditConflict, MySettings
from tests.integration.test_concurrency import run_concurrently

SETTINGS_FIELDS = ("language", "digest_frequency", "digest_weekday", "digest_report")


def user_id(session, username):
    return session.scalar(select(User.id).filter_by(username=username))


def settings_events(session, username):
    return session.execute(select(ChangeEvent.field, ChangeEvent.old_value,
                                  ChangeEvent.new_value, ChangeEvent.actor,
                                  ChangeEvent.programme_id)
                           .filter_by(entity="user", entity_id=username)
                           .where(ChangeEvent.field.in_(SETTINGS_FIELDS))
                           .order_by(ChangeEvent.id)).all()


def event_count(session) -> int:
    return session.scalar(select(func.count()).select_from(ChangeEvent))


def test_a_new_account_gets_a_weekly_finnish_digest_on_monday_without_the_report(session,
                                                                               actors):
    settings = services.my_settings(session, actors["pekka.planner"].user_id)
    assert settings == MySettings("pekka.planner@pohde.example", "fi", "weekly", 0, False, 1)


def test_a_person_saves_their_own_settings_and_each_change_is_an_event(session, actors):
    manager = actors["maija.manager"]
    wanted = MySettings(None, "sv", "weekly", 3, True, 1)
    user = services.save_my_settings(session, manager, 1, wanted)
    assert (user.language, user.digest_frequency, user.digest_weekday, user.digest_report,
            user.settings_version) == ("sv", "weekly", 3, True, 2)
    assert services.my_settings(session, manager.user_id) == MySettings(
        "maija.manager@pohde.example", "sv", "weekly", 3, True, 2)
    assert settings_events(session, "maija.manager") == [
        ("language", "fi", "sv", manager.name, None),
        ("digest_weekday", "0", "3", manager.name, None),
        ("digest_report", "False", "True", manager.name, None)]


def test_the_email_and_version_of_the_wanted_values_are_not_saved(session, actors):
    planner = actors["pekka.planner"]
    wanted = MySettings("someone.else@example.org", "fi", "daily", 0, False, 99)
    services.save_my_settings(session, planner, 1, wanted)
    assert services.my_settings(session, planner.user_id) == MySettings(
        "pekka.planner@pohde.example", "fi", "daily", 0, False, 2)


def test_saving_the_stored_values_changes_nothing_not_even_the_version(session, actors):
    lead = actors["liisa.lead"]
    before = event_count(session)
    stored = services.my_settings(session, lead.user_id)
    services.save_my_settings(session, lead, stored.version, stored)
    assert services.my_settings(session, lead.user_id).version == stored.version
    assert event_count(session) == before


@pytest.mark.parametrize("who", ["aino.admin", "pekka.planner", "liisa.lead",
                                 "maija.manager"])
def test_every_role_may_save_its_own_settings(session, actors, who):
    actor = actors[who]
    services.save_my_settings(session, actor, 1, MySettings(None, "en", "never", 6, False, 1))
    assert services.my_settings(session, actor.user_id).frequency == "never"


def test_nobody_saves_someone_else_s_settings_not_even_an_admin(session, actors):
    before = event_count(session)
    with pytest.raises(PermissionDenied):
        services.save_my_settings(session, actors["aino.admin"], 1,
                                  MySettings(None, "sv", "daily", 0, False, 1),
                                  user_id=user_id(session, "pekka.planner"))
    assert services.my_settings(session, user_id(session, "pekka.planner")).language == "fi"
    assert event_count(session) == before


def test_a_tool_without_an_account_and_a_disabled_account_are_refused(session, actors):
    with pytest.raises(PermissionDenied):
        services.save_my_settings(session, COMMAND_LINE, 1,
                                  MySettings(None, "sv", "daily", 0, False, 1))
    accounts.set_active(session, actors["aino.admin"], username="paavo.planner", active=False)
    user = session.scalar(select(User).filter_by(username="paavo.planner"))
    disabled = accounts.actor_for(session, user, queries.default_programme(session).id)
    with pytest.raises(PermissionDenied):
        services.save_my_settings(session, disabled, 1,
                                  MySettings(None, "sv", "daily", 0, False, 1))


@pytest.mark.parametrize("wanted, key, field", [
    (MySettings(None, "de", "weekly", 0, False, 1), "my_settings.bad_language", "language"),
    (MySettings(None, "fi", "monthly", 0, False, 1), "my_settings.bad_frequency",
     "digest_frequency"),
    (MySettings(None, "fi", "weekly", 7, False, 1), "my_settings.bad_weekday",
     "digest_weekday"),
    (MySettings(None, "fi", "weekly", -1, False, 1), "my_settings.bad_weekday",
     "digest_weekday"),
    (MySettings(None, "fi", "weekly", "1", False, 1), "my_settings.bad_weekday",
     "digest_weekday"),
    (MySettings(None, "fi", "weekly", True, False, 1), "my_settings.bad_weekday",
     "digest_weekday"),
    (MySettings(None, "fi", "weekly", 0, "yes", 1), "my_settings.bad_report",
     "digest_report"),
])
def test_a_value_out_of_bounds_is_refused_naming_the_setting(session, actors, wanted, key,
                                                            field):
    manager = actors["maija.manager"]
    before = event_count(session)
    with pytest.raises(DomainError) as refused:
        services.save_my_settings(session, manager, 1, wanted)
    assert (refused.value.key, refused.value.params["field"]) == (key, field)
    assert "{" not in error_message(refused.value, "sv")
    assert services.my_settings(session, manager.user_id).version == 1
    assert event_count(session) == before


def test_only_someone_who_may_attach_the_report_chooses_it(session, actors):
    planner = actors["pekka.planner"]
    with pytest.raises(PermissionDenied) as refused:
        services.save_my_settings(session, planner, 1,
                                  MySettings(None, "fi", "weekly", 0, True, 1))
    assert refused.value.key == "my_settings.report_managers_only"
    assert services.my_settings(session, planner.user_id).report is False


def test_a_report_already_chosen_stays_while_other_settings_change_and_may_be_dropped(
        session, actors):
    """A manager here may be a planner in another programme: saving there keeps the report
    (the page sends the stored choice) and may turn it off, never on."""
    manager = actors["maija.manager"]
    services.save_my_settings(session, manager, 1, MySettings(None, "fi", "weekly", 0, True, 1))
    services.save_my_settings(session, manager, 2, MySettings(None, "sv", "weekly", 0, True, 2))
    assert services.my_settings(session, manager.user_id).report is True
    services.save_my_settings(session, manager, 3, MySettings(None, "sv", "weekly", 0, False, 3))
    assert services.my_settings(session, manager.user_id).report is False


def test_a_save_on_an_old_version_is_a_conflict_naming_who_saved_and_what_is_stored(
        sessions, actors):
    lead = actors["liisa.lead"]
    with sessions() as first, sessions() as second:
        seen = services.my_settings(first, lead.user_id)
        services.save_my_settings(second, lead, seen.version,
                                  replace(seen, frequency="daily"))
        with pytest.raises(EditConflict) as refused:
            services.save_my_settings(first, lead, seen.version,
                                      replace(seen, language="sv"))
    conflict = refused.value
    assert conflict.key == "my_settings.conflict"
    assert conflict.params["by"] == lead.name and conflict.at is not None
    assert conflict.version == seen.version + 1
    assert conflict.theirs == replace(seen, frequency="daily", version=seen.version + 1)
    with sessions() as session:
        assert services.my_settings(session, lead.user_id).language == "fi"
        assert [field for field, *_ in settings_events(session, "liisa.lead")] == \
            ["digest_frequency"]


def test_an_admin_s_change_of_the_account_does_not_move_the_settings_version(session, actors):
    """The user editor and the person's own settings guard different things."""
    manager = actors["maija.manager"]
    accounts.set_password(session, actors["aino.admin"], username="maija.manager")
    services.save_my_settings(session, manager, 1, MySettings(None, "sv", "weekly", 0, False, 1))
    assert services.my_settings(session, manager.user_id).language == "sv"


def test_concurrent_saves_of_one_person_s_settings_apply_or_conflict(sessions, actors):
    lead = actors["liisa.lead"]

    def attempt(session, thread, number):
        seen = services.my_settings(session, lead.user_id)
        services.save_my_settings(session, lead, seen.version,
                                  replace(seen, weekday=(seen.weekday + 1) % 7))
        return "applied"

    outcomes = run_concurrently(sessions, attempt)
    with sessions() as session:
        assert services.my_settings(session, lead.user_id).version == 1 + outcomes["applied"]
        assert len(settings_events(session, "liisa.lead")) == outcomes["applied"]


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_logged_settings_read_in_words_in_the_history(session, actors, lang):
    manager = actors["maija.manager"]
    services.save_my_settings(session, manager, 1, MySettings(None, "sv", "daily", 4, True, 1))
    services.save_my_settings(session, manager, 2, MySettings(None, "en", "never", 4, True, 2))
    words = Words(lang)
    events = settings_events(session, "maija.manager")
    assert {field for field, *_ in events} == set(SETTINGS_FIELDS)
    for field, old, new, *_ in events:
        assert field_label(words, field) != field
        for value in (old, new):
            shown = value_label(words, "user", field, value)
            assert shown != value and value not in shown.split(), (field, value, shown)
    assert value_label(words, "user", "digest_weekday", "4") == \
        {"fi": "perjantai", "sv": "fredag", "en": "Friday"}[lang]
