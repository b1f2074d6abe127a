"""The chosen programme holds for the whole visit: people whose only role is in a second
county's programme, and a person with roles in two, click through every page of their menu,
reload, and save something there; someone asking for a programme they have no role in is
sent to one of their own with a sentence saying so."""
import re

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from rollout import accounts, queries
from rollout.db import make_engine, make_session_factory
from rollout.domain import ItemStatus, Role
from rollout.models import (ReadinessItemState, ReadinessItemTemplate, FamilyCentre,
                            StepProgress, StepTemplate)
from rollout.permissions import COMMAND_LINE
from rollout.services import NewProgramme, create_programme
from tests.conftest import PASSWORD
from tests.e2e.conftest import (choose, open_from_menu, prepare_database, served_app, sign_in,
                                wait_for_app)
from tests.e2e.test_forms_browser import save_step, step_form
from tests.e2e.test_readiness_browser import set_step_four_done_for_the_centre

OTHER = "ks-palveluohjaus"
NO_ROLE = "Sinulla ei ole roolia tässä ohjelmassa"


@pytest.fixture(scope="module")
def two_counties(tmp_path_factory):
    """An app whose database holds Pohde's programme and one for Keski-Suomi, with people
    whose only role is in Keski-Suomi's (an admin, a planner, a lead of Jyväskylä's centre)
    and a planner with roles in both."""
    url = f"sqlite:///{tmp_path_factory.mktemp('two_counties') / 'rollout.db'}"
    prepare_database(url)
    engine = make_engine(url)
    sessions = make_session_factory(engine)
    with sessions() as session:
        create_programme(session, COMMAND_LINE, NewProgramme(
            queries.default_programme(session).slug, OTHER, "Keski-Suomen palveluohjaus",
            county="KS"))
        other = queries.programme_by_slug(session, OTHER).id
        home = queries.default_programme(session).id
        jyvaskyla = session.scalar(select(FamilyCentre.code).where(
            FamilyCentre.name.like("Jyväskylä%")))
        for username, role, centres in [("olli.admin", Role.ADMIN, []),
                                        ("oona.planner", Role.PLANNER, []),
                                        ("otto.lead", Role.LEAD, [jyvaskyla]),
                                        ("kaisa.planner", Role.PLANNER, [])]:
            accounts.add_user(session, COMMAND_LINE, username=username, role=role,
                              programme_id=other, centre_codes=centres, password=PASSWORD)
        accounts.set_role(session, COMMAND_LINE, username="kaisa.planner", role=Role.PLANNER,
                          programme_id=home)
    with served_app(url) as app_url:
        yield app_url, sessions
    engine.dispose()


def menu_titles(page) -> list[str]:
    links = page.locator('[data-testid="stSidebarNavLink"]').all_inner_texts()
    return [text.strip().splitlines()[-1] for text in links]  # without the icon's name


def assert_in_the_other_programme(page) -> None:
    expect(page.get_by_text(NO_ROLE)).to_have_count(0)
    expect(page.locator('[data-testid="stSidebarNavLink"]').first).to_be_visible()
    # the address is rewritten as the run ends: wait for it rather than read it at once
    expect(page).to_have_url(re.compile(f"programme={OTHER}"))
    assert len(menu_titles(page)) > 1


def click_through_the_menu_and_reload(page) -> None:
    # the menu is drawn as the first page runs: wait for it before reading its titles
    expect(page.locator('[data-testid="stSidebarNavLink"]').first).to_be_visible()
    titles = menu_titles(page)
    for title in titles:
        open_from_menu(page, title)
        assert_in_the_other_programme(page)
        expect(page.locator('[data-testid="stException"]')).to_have_count(0)
    page.reload()
    wait_for_app(page)
    expect(page.locator('[data-testid="stSidebarNavLink"]')).to_have_count(len(titles))
    assert_in_the_other_programme(page)
    assert menu_titles(page) == titles


def step_of(sessions, code: str, position: int) -> StepProgress:
    with sessions() as session:
        programme_id = queries.programme_by_slug(session, OTHER).id
        return session.get(StepProgress, queries.progress_id_for(session, programme_id, code,
                                                                 position))


def save_jyvaskyla_step_one(page, sessions, owner: str) -> None:
    page.goto(page.url.split("?")[0].rsplit("/", 1)[0] + f"/steps?unit=179&programme={OTHER}")
    wait_for_app(page)
    expect(page.get_by_role("heading", name=re.compile("^Jyväskylä"))).to_be_visible()
    step_form(page).get_by_label("Vastuuhenkilö").fill(owner)
    save_step(page)
    expect(page.get_by_text("Tallennettu: Jyväskylä, askel 1.")).to_be_visible()
    assert step_of(sessions, "179", 1).owner == owner


def test_a_planner_whose_only_role_is_in_another_county_works_there(page, two_counties):
    app_url, sessions = two_counties
    sign_in(page, app_url, "oona.planner")
    assert_in_the_other_programme(page)  # one programme: it opens in it, not the default
    click_through_the_menu_and_reload(page)
    save_jyvaskyla_step_one(page, sessions, "Oona Suunnittelija")


def test_a_lead_whose_only_role_is_in_another_county_ticks_their_centre(page, two_counties):
    app_url, sessions = two_counties
    sign_in(page, app_url, "otto.lead")
    expect(page.get_by_role("heading", name="Omat tehtävät")).to_be_visible()  # every role's
    click_through_the_menu_and_reload(page)
    open_from_menu(page, "Valmius")
    set_step_four_done_for_the_centre(page)
    assert_in_the_other_programme(page)
    with sessions() as session:
        programme_id = queries.programme_by_slug(session, OTHER).id
        done = session.scalars(select(ReadinessItemState).join(
            ReadinessItemTemplate, ReadinessItemTemplate.id == ReadinessItemState.item_id)
            .join(StepTemplate, StepTemplate.id == ReadinessItemTemplate.step_id).where(
            StepTemplate.programme_id == programme_id, StepTemplate.position == 4,
            ReadinessItemState.status == ItemStatus.DONE)).all()
    assert done


def test_an_admin_whose_only_role_is_in_another_county_renames_an_area(page, two_counties):
    app_url, sessions = two_counties
    sign_in(page, app_url, "olli.admin")
    click_through_the_menu_and_reload(page)
    open_from_menu(page, "Organisaatio")
    areas = page.get_by_role("tabpanel").first
    choose(page, areas, "Alue", "Jyväskylä")
    areas.get_by_label("Alueen nimi").last.fill("Jyväskylän seutu")
    areas.get_by_role("button", name="Tallenna nimi").click()
    wait_for_app(page)
    expect(page.get_by_text("Jyväskylän seutu tallennettu.")).to_be_visible()
    assert_in_the_other_programme(page)


def test_a_planner_with_two_programmes_switches_and_the_choice_holds(page, two_counties):
    app_url, sessions = two_counties
    sign_in(page, app_url, "kaisa.planner")
    expect(page).to_have_url(re.compile("programme=lapsiperheiden-palveluohjaus"))  # default first
    choose(page, page.locator('[data-testid="stSidebar"]'), "Ohjelma",
           "Keski-Suomen palveluohjaus")
    assert_in_the_other_programme(page)
    click_through_the_menu_and_reload(page)
    save_jyvaskyla_step_one(page, sessions, "Kaisa Kahdessa")
    choose(page, page.locator('[data-testid="stSidebar"]'), "Ohjelma",
           "Lapsiperheiden palveluohjaus")
    open_from_menu(page, "Askeleet")
    expect(page).to_have_url(re.compile("programme=lapsiperheiden-palveluohjaus"))
    expect(page.get_by_text("30 / 30 yksikköä")).to_be_visible()


def test_a_programme_without_a_role_in_the_address_opens_one_of_their_own(page, two_counties):
    app_url, _ = two_counties
    sign_in(page, app_url, "oona.planner", path="?programme=lapsiperheiden-palveluohjaus")
    expect(page.get_by_text("Sinulla ei ole roolia ohjelmassa Lapsiperheiden "
                            "palveluohjaus, joten avasimme ohjelman Keski-Suomen "
                            "palveluohjaus")).to_be_visible()
    assert_in_the_other_programme(page)
