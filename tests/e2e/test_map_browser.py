"""A manager in a real browser: the map draws one shape per municipality, a click on one lists
its steps; the steering-group report opens offline with its map drawn."""
import subprocess
import sys

from playwright.sync_api import expect

from tests.e2e.conftest import ROOT, open_from_menu, sign_in, wait_for_app

SHAPES = ".js-plotly-plot .choroplethlocation"


def test_the_map_draws_every_municipality_and_a_click_opens_its_steps(page, app_url):
    sign_in(page, app_url, "maija.manager")
    expect(page.get_by_role("heading", name="Omat tehtävät")).to_be_visible()
    open_from_menu(page, "Kartta")
    page.wait_for_function(f"document.querySelectorAll('{SHAPES}').length >= 30")
    assert page.locator(SHAPES).count() == 30
    expect(page.get_by_text("Palvelu käynnissä 30/30 kunnassa")).to_be_visible()
    shape = page.locator(SHAPES).nth(0)
    box = shape.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    wait_for_app(page)
    expect(page.get_by_role("link", name="Avaa askeleet muokattaviksi")).to_be_visible()
    chosen = page.locator('[data-testid="stSelectbox"]').filter(has_text="Kunta")
    assert "Valitse" not in chosen.inner_text()


def test_the_report_opens_offline_with_its_map_drawn(page, app_url, app_database_url,
                                                    boundaries_file, tmp_path):
    report = tmp_path / "raportti.html"
    environment = {"ROLLOUT_DATABASE_URL": app_database_url,
                   "ROLLOUT_BOUNDARIES": str(boundaries_file), "PATH": ""}
    subprocess.run([sys.executable, "-m", "rollout", "report", str(report), "--as-of",
                    "2025-01-01"], cwd=ROOT, env=environment, check=True, capture_output=True)
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(report.as_uri())
    page.wait_for_function(f"document.querySelectorAll('{SHAPES}').length >= 30")
    assert page.locator(SHAPES).count() == 30
    expect(page.get_by_text("Palvelu käynnissä 17/30 kunnassa 1.1.2025")).to_be_visible()
    assert [url for url in requests if not url.startswith("file:")] == []
