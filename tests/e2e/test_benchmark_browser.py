"""The benchmark's browser part end to end, kept short: `python -m rollout bench --only
browser` at Pohde's scale with one repeat and a few seconds of many users; and the nginx
proxy case on PostgreSQL (needs ROLLOUT_TEST_DATABASE_URL). Figures are not judged here
(the benchmark's table does that), only that every one was measured without an error."""
import json
import math
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from rollout import bench_servers, bench_users, benchmark
from rollout.ui.navigation import PAGES
from tests.e2e.conftest import ROOT

USERS_SECONDS = 3
# Each browser gets a random route cookie: all ten on one replica has a chance of 2 in 2**10.
PROXY_USERS = 10


def is_ratio(value) -> bool:
    return isinstance(value, (int, float)) and math.isfinite(value) and value > 0


def test_the_browser_benchmark_times_every_page_and_many_users_without_an_error(tmp_path):
    environment = {key: value for key, value in os.environ.items()
                   if key != "ROLLOUT_BENCH_POSTGRES_URL"}
    result_file = tmp_path / "bench.json"
    finished = subprocess.run(
        [sys.executable, "-m", "rollout", "bench", "--only", "browser", "--scale", "pohde",
         "--browser-repeats", "1", "--users", "2", "--users-seconds", str(USERS_SECONDS),
         "--json", str(result_file)],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=900)
    assert finished.returncode == 0, finished.stderr[-3000:]
    browser = json.loads(result_file.read_text(encoding="utf-8"))["browser"]

    assert list(browser["pages"]) == [entry.url_path for entry in PAGES]
    for actions in browser["pages"].values():
        assert all(is_ratio(actions[kind]["ratio"]) for kind in ("navigate", "cold", "warm"))
    assert is_ratio(browser["step_save"]["ratio"])
    assert browser["errors"] == 0
    assert [case["users"] for case in browser["users"]] == [2]
    for case in browser["users"]:
        assert case["navigations"] > 0
        assert (case["exceptions"], case["timeouts"]) == (0, 0)
    assert "ROLLOUT_BENCH_POSTGRES_URL" in browser["proxy"]["skipped"]


def test_ten_browsers_through_nginx_are_served_by_both_replicas(shared_database):
    if not bench_servers.nginx_available():
        pytest.skip(f"needs nginx at {bench_servers.NGINX}")
    benchmark.prepare(shared_database, "pohde")
    # a thread of its own: Playwright's sync API (the other tests' browser) holds this
    # thread's event loop, and the benchmark drives its browsers with the async API
    with ThreadPoolExecutor(1) as thread:
        proxy = thread.submit(bench_users.through_proxy, shared_database,
                              benchmark.PROGRAMMES["pohde"], USERS_SECONDS, PROXY_USERS,
                              None).result()
    assert proxy["both_replicas_used"], proxy["sessions_per_replica"]
    assert sum(proxy["sessions_per_replica"]) >= PROXY_USERS
    assert proxy["navigations"] > 0
    assert (proxy["exceptions"], proxy["timeouts"]) == (0, 0)
