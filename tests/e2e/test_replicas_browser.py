"""Two app processes on one PostgreSQL database, as behind a load balancer: a save in one is
seen on the next rerun in the other (docs/deployment.md). Needs ROLLOUT_TEST_DATABASE_URL."""
import pytest
from playwright.sync_api import expect

from tests.conftest import POSTGRES_URL
from tests.e2e.conftest import open_from_menu, open_signed_in, served_app, wait_for_app
from tests.e2e.test_forms_browser import save_step, step_form

pytestmark = pytest.mark.skipif(not POSTGRES_URL, reason="needs ROLLOUT_TEST_DATABASE_URL")


def live_figure(page) -> str:
    return page.locator('[data-testid="stMetricValue"]').first.inner_text()


def test_a_save_in_one_replica_is_seen_on_the_next_rerun_in_the_other(
        shared_database, page, second_page):
    with served_app(shared_database) as first_url, served_app(shared_database) as second_url:
        reader = open_signed_in(second_page, second_url, "maija.manager", "overview")
        assert live_figure(reader) == "30 / 30"  # the second replica has cached its reads
        writer = open_signed_in(page, first_url, "pekka.planner", "steps?unit=009")
        writer.get_by_role("tab", name="5. Viestintä ja käynnistys").click()
        form = step_form(writer)
        form.get_by_label("Tila").click()
        writer.keyboard.type("◐ Käynnissä")
        writer.keyboard.press("Enter")
        form.get_by_label("Syy (pakollinen, kun valmis askel avataan uudelleen)").fill(
            "Palveluohjaaja vaihtui")
        save_step(writer)
        expect(writer.get_by_text("Tallennettu: Alavieska, askel 5.")).to_be_visible()

        open_from_menu(reader, "Muutoshistoria")
        open_from_menu(reader, "Yleiskuva")  # the next rerun on the other replica
        wait_for_app(reader)
        assert live_figure(reader) == "29 / 30"
