"""Populations refreshed as an admin does it in a browser: the Populations tab names each
figure's source in the reader's language, Statistics Finland's year-end figures (a local
fake of its PxWeb API) are fetched, previewed and only then saved, and the Progress page
reads the public record's dates as what they are. On an app of its own."""
import os

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from rollout.db import make_engine, make_session_factory
from rollout.models import Municipality
from tests.e2e.conftest import open_from_menu, prepare_database, served_app, sign_in, wait_for_app
from tests.fake_pxweb import population, running_pxweb


@pytest.fixture
def own_app(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'populations.db'}"
    prepare_database(url)
    with running_pxweb() as fake:
        monkeypatch.setenv("ROLLOUT_POPULATION_URL", fake.url)
        with served_app(url) as app_url:
            yield app_url, make_session_factory(make_engine(url)), fake


def shot(page, name):
    """A full-page picture to look at, when E2E_SHOTS names a folder."""
    if os.environ.get("E2E_SHOTS"):
        page.screenshot(path=os.path.join(os.environ["E2E_SHOTS"], f"{name}.png"),
                        full_page=True)


def test_an_admin_fetches_statistics_finlands_populations_previews_and_saves(page, own_app):
    app_url, sessions, fake = own_app
    sign_in(page, app_url, "aino.admin")
    open_from_menu(page, "Organisaatio")
    page.get_by_role("tab", name="Asukasluvut").click()
    panel = page.get_by_role("tabpanel").first
    expect(panel.get_by_text("Hae Tilastokeskukselta")).to_be_visible()
    panel.get_by_role("button", name="Hae ja esikatsele").click()
    wait_for_app(page)
    expect(page.get_by_role("button", name="Tallenna 30 asukaslukua")).to_be_visible()
    shot(page, "populations-preview")
    with sessions() as session:
        assert session.get(Municipality, "564").version == 1  # a preview saves nothing
    page.get_by_role("button", name="Tallenna 30 asukaslukua").click()
    wait_for_app(page)
    expect(page.get_by_text("30 asukaslukua tallennettu.")).to_be_visible()
    assert len(fake.posted()) == 1
    with sessions() as session:
        oulu = session.scalar(select(Municipality).filter_by(code="564"))
        assert (oulu.population, oulu.population_source_kind) == (
            population("564", 2024), "statfin_year_end")
    page.goto(f"{app_url}/organisation?lang=sv")
    wait_for_app(page)
    page.get_by_role("tab", name="Invånarantal").click()
    wait_for_app(page)
    shot(page, "populations-saved-sv")
    open_from_menu(page, "Framsteg")
    expect(page.get_by_text("hösten 2023", exact=True)).to_be_visible()
    expect(page.get_by_text("≤ 4.12.2025", exact=True)).to_be_visible()
    expect(page.get_by_text("Invånarantal från år 2024: Statistikcentralen, befolkning "
                            "31.12.2024.")).to_be_visible()
    shot(page, "progress-sv")
