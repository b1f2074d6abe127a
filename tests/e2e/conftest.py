"""Browser tests: the real app served by `streamlit run`, driven in headless Chromium.

Opt-in (`pytest -m e2e`, or `make e2e`): needs Playwright and Debian's /usr/bin/chromium."""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import PASSWORD, PEOPLE

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def add_people(database_url: str) -> None:
    from rollout import accounts, queries
    from rollout.db import make_engine, make_session_factory
    from rollout.domain import Role
    from rollout.permissions import COMMAND_LINE
    with make_session_factory(make_engine(database_url))() as session:
        programme_id = queries.default_programme(session).id
        for username, (role, centres) in PEOPLE.items():
            accounts.add_user(session, COMMAND_LINE, username=username, role=Role(role),
                              programme_id=programme_id, centre_codes=centres,
                              password=PASSWORD)


@pytest.fixture(scope="session")
def app_database_url(tmp_path_factory):
    """The database the served app uses: seeded, with one user per role."""
    return f"sqlite:///{tmp_path_factory.mktemp('e2e') / 'rollout.db'}"


@pytest.fixture(scope="session")
def app_sessions(app_database_url, app_url):
    """Sessions on the served app's database, to check what a browser action stored."""
    from rollout.db import make_engine, make_session_factory
    engine = make_engine(app_database_url)
    yield make_session_factory(engine)
    engine.dispose()


def prepare_database(database_url: str) -> None:
    """Migrate and seed as `python -m rollout init` does, and add one user per role."""
    environment = {**os.environ, "ROLLOUT_DATABASE_URL": database_url}
    subprocess.run([sys.executable, "-m", "rollout", "init"], env=environment, check=True,
                   cwd=ROOT, capture_output=True)
    add_people(database_url)


@contextmanager
def served_app(database_url: str, boundaries: Path | None = None):
    """`streamlit run app.py` on a free port of this machine; yields its base URL. The map
    reads `boundaries` (a GeoJSON file) or, without one, draws tiles: it never downloads."""
    environment = {**os.environ, "ROLLOUT_DATABASE_URL": database_url,
                   "ROLLOUT_IDLE_TIMEOUT_MINUTES": "30",
                   "ROLLOUT_BOUNDARIES_URL": "http://127.0.0.1:9/wfs",
                   "ROLLOUT_BOUNDARIES": str(boundaries or "")}
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.address", "127.0.0.1", "--server.port", str(port),
         "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/_stcore/health", timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError("the app did not start") from None
            time.sleep(0.3)
    try:
        yield url
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture(scope="session")
def boundaries_file(tmp_path_factory) -> Path:
    """Stand-in boundaries of Pohde's 30 municipalities: a square around each centre."""
    from tests.fake_wfs import wfs_answer
    codes = pd.read_csv(ROOT / "data" / "municipalities.csv", dtype={"code": str})["code"]
    path = tmp_path_factory.mktemp("geo") / "pohde.geojson"
    path.write_text(json.dumps(wfs_answer(list(codes))), encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def app_url(app_database_url, boundaries_file):
    """Base URL of the app on a fresh seeded database with one user per role."""
    prepare_database(app_database_url)
    with served_app(app_database_url, boundaries_file) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def new_page(browser):
    """A page in a browser context of its own: another person at another computer."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="fi-FI",
                                  timezone_id="Europe/Helsinki")
    page = context.new_page()
    page.set_default_timeout(20_000)
    return page


@pytest.fixture
def page(browser):
    page = new_page(browser)
    yield page
    page.context.close()


@pytest.fixture
def second_page(browser):
    """A second user's browser, beside `page`."""
    page = new_page(browser)
    yield page
    page.context.close()


def wait_for_app(page) -> None:
    """Wait until Streamlit has finished running the script and has taken away what the
    previous run drew and this one did not (stale elements linger a moment after a run)."""
    page.wait_for_selector('[data-testid="stApp"]')
    page.wait_for_function(
        """() => !document.querySelector('[data-testid="stStatusWidget"]')
                 && ['notRunning', null].includes(document.querySelector(
                        '[data-testid="stApp"]').getAttribute('data-test-script-state'))
                 && !document.querySelector('[data-stale="true"]')""")
    page.wait_for_timeout(300)


def sign_in(page, app_url: str, username: str, password: str = PASSWORD, path: str = ""):
    page.goto(f"{app_url}/{path}")
    wait_for_app(page)
    page.get_by_label("Käyttäjätunnus").fill(username)
    page.get_by_label("Salasana").fill(password)
    page.get_by_role("button", name="Kirjaudu", exact=True).click()
    wait_for_app(page)
    return page


def open_from_menu(page, title):
    page.locator('[data-testid="stSidebarNavLink"]', has_text=title).click()
    wait_for_app(page)


def choose(page, container, label, option):
    """Pick `option` in the select box labelled `label` inside `container`."""
    box = container.locator('[data-testid="stSelectbox"]').filter(has_text=label).first
    box.get_by_role("combobox").click()
    page.keyboard.type(option)
    page.keyboard.press("Enter")
    wait_for_app(page)


def open_signed_in(page, app_url: str, username: str, path: str):
    """Sign in, then open `path` by its address as a bookmark would."""
    sign_in(page, app_url, username)
    page.wait_for_function("document.cookie.includes('askeleet_session=')")
    page.goto(f"{app_url}/{path}")
    wait_for_app(page)
    return page


@pytest.fixture
def shared_database():
    """A fresh, prepared database on the PostgreSQL server of ROLLOUT_TEST_DATABASE_URL."""
    import uuid

    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from tests.conftest import POSTGRES_URL, drop_database
    if not POSTGRES_URL:
        pytest.skip("needs ROLLOUT_TEST_DATABASE_URL")
    name = f"e2e_{uuid.uuid4().hex[:10]}"
    # pre-ping: a test may restart the server, ending the pool's connections
    server = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    with server.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    prepare_database(url)
    yield url
    drop_database(server, name)
    server.dispose()
