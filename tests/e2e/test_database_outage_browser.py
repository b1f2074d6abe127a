"""PostgreSQL stopped under a running app and started again: the signed-in user reads a
message in their language (no host, port or traceback), and the same page works again once
the database is back, without restarting the app. Needs ROLLOUT_TEST_DATABASE_URL and the
local cluster's pg_ctlcluster (as .ci/run has)."""
import shutil
import subprocess

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import open_signed_in, served_app, wait_for_app

CLUSTER = ["15", "main"]
pytestmark = pytest.mark.skipif(shutil.which("pg_ctlcluster") is None,
                                reason="needs the local PostgreSQL cluster (pg_ctlcluster)")


def cluster(action: str) -> None:
    subprocess.run(["pg_ctlcluster", *CLUSTER, action], check=True, capture_output=True)
    if action == "start":
        subprocess.run(["pg_isready", "-t", "30"], check=True, capture_output=True)


def test_the_database_going_away_and_back_is_a_message_then_the_page(shared_database, page):
    with served_app(shared_database) as url:
        open_signed_in(page, url, "maija.manager", "overview")
        expect(page.get_by_role("heading", name="Yleiskuva")).to_be_visible()
        try:
            cluster("stop")
            page.reload()
            wait_for_app(page)
            expect(page.get_by_text("Tietokanta ei ole juuri nyt käytettävissä.")).to_be_visible()
            body = page.inner_text("body")
            assert "Traceback" not in body and "5432" not in body and "psycopg" not in body
        finally:
            cluster("start")
        page.reload()
        wait_for_app(page)
        expect(page.get_by_role("heading", name="Yleiskuva")).to_be_visible()
