"""WCAG 2.1 AA (required of Finnish public-sector services, Act 306/2019): axe-core finds no
serious or critical violation on any page, in Finnish and in Swedish."""
import pytest
from axe_playwright_python.sync_playwright import Axe

from rollout.ui.navigation import PAGES
from tests.e2e.conftest import sign_in, wait_for_app

SEVERE = ("serious", "critical")


def severe_violations(page) -> list[tuple[str, str, int]]:
    page.wait_for_timeout(1000)  # charts drawn
    found = Axe().run(page).response["violations"]
    return [(violation["id"], violation["impact"], len(violation["nodes"]))
            for violation in found if violation["impact"] in SEVERE]


def test_the_sign_in_page_has_no_severe_violation(page, app_url):
    page.goto(app_url)
    wait_for_app(page)
    assert severe_violations(page) == []


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_every_page_has_no_severe_violation(page, app_url, lang):
    sign_in(page, app_url, "aino.admin")
    found = {}
    for entry in PAGES:
        page.goto(f"{app_url}/{entry.url_path}?lang={lang}")
        wait_for_app(page)
        found[entry.url_path] = severe_violations(page)
    assert found == {entry.url_path: [] for entry in PAGES}
