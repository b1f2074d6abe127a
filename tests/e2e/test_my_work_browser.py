"""My work in a real browser, as each role: the first page after signing in, the person's
own list, and its link opening the place where they act. On an app of its own."""
from datetime import date, timedelta

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from rollout import accounts, queries, services
from rollout.db import make_engine, make_session_factory
from rollout.domain import StepStatus, StepValues
from rollout.models import StepProgress, User
from rollout.permissions import COMMAND_LINE
from tests.e2e.conftest import prepare_database, served_app, sign_in, wait_for_app


@pytest.fixture(scope="module")
def own_app(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('my_work') / 'my_work.db'}"
    prepare_database(url)
    with make_session_factory(make_engine(url))() as session:
        programme_id = queries.default_programme(session).id
        planner = accounts.actor_for(session, session.scalar(
            select(User).filter_by(username="pekka.planner")), programme_id)
        row = session.get(StepProgress, queries.progress_id_for(session, programme_id, "244",
                                                                1))
        wanted = StepValues(**{**services.values_of(row).__dict__, "owner": "pekka.planner",
                               "status": StepStatus.IN_PROGRESS,
                               "planned_end": date.today() + timedelta(days=5)})
        services.update_step(session, planner, row.id, row.version, wanted)
        accounts.set_active(session, COMMAND_LINE, username="paavo.planner", active=False)
    with served_app(url) as app_url:
        yield app_url


@pytest.mark.parametrize("user, section, row_text", [
    ("pekka.planner", "Askeleesi", "Päättyy pian"),
    ("aino.admin", "Ylläpito", "Tunnus poistettu käytöstä"),
    ("maija.manager", "Edellisen käyntisi jälkeen", "Edistyi"),
    ("liisa.lead", None, None)])
def test_each_role_starts_on_its_own_work(page, own_app, user, section, row_text):
    sign_in(page, own_app, user)
    expect(page.get_by_role("heading", name="Omat tehtävät")).to_be_visible()
    if section:
        expect(page.get_by_role("heading", name=section)).to_be_visible()
        expect(page.locator('[data-testid="stDataFrame"]').first).to_be_visible()
        assert page.get_by_text("Traceback").count() == 0


def test_a_planners_link_opens_the_step_editor_of_the_unit(page, own_app):
    sign_in(page, own_app, "pekka.planner")
    expect(page.get_by_role("heading", name="Askeleesi")).to_be_visible()
    page.goto(f"{own_app}/steps?unit=244&programme=lapsiperheiden-palveluohjaus")
    wait_for_app(page)
    expect(page.get_by_text("Kempele – Lakeuden perhekeskus")).to_be_visible()
