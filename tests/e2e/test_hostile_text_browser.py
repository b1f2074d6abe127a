"""What someone typed is shown as typed in a real browser: a display name written as
markdown (an image from a tracker, bold) appears as its characters and loads nothing."""
from playwright.sync_api import expect

from rollout import accounts, queries
from rollout.db import make_engine, make_session_factory
from rollout.domain import Role
from rollout.permissions import COMMAND_LINE
from tests.conftest import PASSWORD
from tests.e2e.conftest import sign_in

NAME = "![seuranta](http://127.0.0.1:9/pixel.png) **Merkintä**"


def test_a_markdown_display_name_shows_as_text_and_loads_nothing(page, app_url,
                                                                  app_database_url):
    engine = make_engine(app_database_url)
    with make_session_factory(engine)() as session:
        accounts.add_user(session, COMMAND_LINE, username="merkinta.kayttaja",
                          role=Role.MANAGER, display_name=NAME, password=PASSWORD,
                          programme_id=queries.default_programme(session).id)
    engine.dispose()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    sign_in(page, app_url, "merkinta.kayttaja")
    sidebar = page.locator('[data-testid="stSidebar"]')
    expect(sidebar.get_by_text(f"Kirjautuneena: {NAME} (johto)")).to_be_visible()
    assert sidebar.locator("img[src*='pixel']").count() == 0
    assert [url for url in requested if "pixel" in url] == []
