"""The benchmark's many users: 1, 10 and 20 signed-in browsers at once (`--users`), each
clicking its way round the overview, steps, progress and map in the sidebar menu for a
minute (`--users-seconds`), timing every in-app navigation until the page has settled
(rollout.bench_browser).

One Chromium with a browser context per user (each its own cookies, tab and Streamlit
session), all driven at once by Playwright's async API (asyncio.gather): twenty Chromium
processes would crowd this 2-core machine more than twenty tabs of one. Still, the browsers
draw their pages on the cores the server runs on, so on a small machine much of what more
users cost is the browsers' own work: the server's processor time while the users wander is
reported beside the times, as a share of one core and per navigation, to tell the two apart.

Each case runs on a fresh server, warmed by one visit of the four pages (then closed), so that
its memory growth is its own: the server's resident memory (VmRSS) before the contexts sign
in and after the loop (contexts still open), and growth per session = (after − before) /
contexts. Errors: exceptions the app shows and navigations that did not settle in time.
Targets: p95 with 20 users ≤ 3× one user's p95; memory growth ≤ 15 MB per session.

Then the largest case through a real reverse proxy: Debian's nginx (deploy/nginx.conf:
sticky sessions by a route cookie, websocket upgrade) in front of two app processes on one
PostgreSQL database, as docs/deployment.md recommends; nginx's access log tells how many
sessions each replica served. Without a PostgreSQL database (or without nginx) the case is
reported as skipped, saying why."""
from __future__ import annotations

import asyncio
import statistics
import time
from contextlib import ExitStack

from playwright.async_api import Browser, Page, async_playwright
from playwright.async_api import Error as PlaywrightError

from rollout import bench_servers
from rollout.bench_browser import (NotSettled, Target, exceptions, launched, navigate_ms,
                                   settled_ms, signed_in)

ROUND = ("steps", "progress", "map", "overview")  # signing in lands on the overview
SIGN_INS_AT_ONCE = 5  # sign-in is not what is measured; twenty first loads at once
# on two cores could outlast the wait
P95_TARGET = 3.0
GROWTH_TARGET_MB = 15
LOG_WAIT_SECONDS = 10


def percentile(times: list[float], share: float) -> float:
    """The time below which `share` of the times fall (interpolated between the nearest)."""
    if len(times) < 2:
        return times[0]
    return statistics.quantiles(times, n=100, method="inclusive")[round(share * 100) - 1]


async def wander(page: Page, target: Target, deadline: float) -> dict:
    """One user's round of the menu until the deadline: the navigations' times, exceptions
    shown, and navigations that did not settle (after which the tab opens the page anew)."""
    times, shown, timeouts = [], 0, 0
    step = 0
    while time.monotonic() < deadline:
        path = ROUND[step % len(ROUND)]
        step += 1
        try:
            times.append(await navigate_ms(page, target, path))
            shown += await exceptions(page)
        except (NotSettled, PlaywrightError):
            timeouts += 1
            try:
                await page.goto(target.address(path), wait_until="commit")
                await settled_ms(page)
            except (NotSettled, PlaywrightError):
                break  # this tab is lost; the error is counted
    return {"times": times, "exceptions": shown, "timeouts": timeouts}


async def warm_up(browser: Browser, target: Target) -> None:
    """One visit of the round, so the server's caches hold what the users read."""
    page = await signed_in(browser, target)
    for path in ROUND:
        await navigate_ms(page, target, path)
    await page.context.close()


async def signed_in_together(browser: Browser, target: Target, users: int) -> list[Page]:
    """`users` tabs, each in a context of its own signed in through the form, a few at once."""
    gate = asyncio.Semaphore(SIGN_INS_AT_ONCE)

    async def one() -> Page:
        async with gate:
            return await signed_in(browser, target)
    return list(await asyncio.gather(*(one() for _ in range(users))))


async def crowd(target: Target, users: int, seconds: float, pids: list[int],
                warm_targets: list[Target]) -> dict:
    """`users` contexts signed in, then wandering all at once for `seconds`; the servers'
    (`pids`) memory before they signed in and after the wandering, and the processor time
    they took while the users wandered (100% is one core busy throughout; every navigation
    started has finished when it is read, so per navigation it is whole)."""
    async with async_playwright() as playwright:
        browser = await launched(playwright)
        for warm_target in warm_targets:
            await warm_up(browser, warm_target)
        before = [bench_servers.rss_mb(pid) for pid in pids]
        pages = await signed_in_together(browser, target, users)
        cpu_before, started = sum(map(bench_servers.cpu_seconds, pids)), time.monotonic()
        tallies = await asyncio.gather(*(wander(page, target, started + seconds)
                                         for page in pages))
        cpu = sum(map(bench_servers.cpu_seconds, pids)) - cpu_before
        wandered = time.monotonic() - started
        after = [bench_servers.rss_mb(pid) for pid in pids]
        await browser.close()
    times = [ms for tally in tallies for ms in tally["times"]]
    return {"users": users, "seconds": seconds, "navigations": len(times),
            "server_cpu_percent": round(100 * cpu / wandered),
            "server_cpu_ms_per_navigation": round(1000 * cpu / len(times)) if times else None,
            "p50_ms": round(percentile(times, 0.5)) if times else None,
            "p95_ms": round(percentile(times, 0.95)) if times else None,
            "exceptions": sum(tally["exceptions"] for tally in tallies),
            "timeouts": sum(tally["timeouts"] for tally in tallies),
            "rss_before_mb": round(sum(before), 1), "rss_after_mb": round(sum(after), 1),
            "growth_per_session_mb": round((sum(after) - sum(before)) / users, 1)}


def crowds(database_url: str, programme: str, seconds: float,
           counts: tuple[int, ...]) -> list[dict]:
    """A case for each count of users (1, 10 and 20 by default), each on a fresh server;
    each judged against the first (smallest) case's p95."""
    results = []
    for users in sorted(counts):
        with bench_servers.app_server(database_url) as server:
            target = Target(server.url, programme)
            results.append(asyncio.run(crowd(target, users, seconds, [server.pid], [target])))
    for case in results:
        judge(case, results[0]["p95_ms"])
    return results


def judge(case: dict, first_p95: float | None) -> None:
    """Adds the case's p95 over the first case's (one user's), and whether it met its
    targets: no errors, memory growth per session, and that ratio."""
    case["p95_ratio"] = (round(case["p95_ms"] / first_p95, 1)
                         if case["p95_ms"] and first_p95 else None)
    case["met"] = (case["exceptions"] + case["timeouts"] == 0
                   and case["growth_per_session_mb"] <= GROWTH_TARGET_MB
                   and (case["p95_ratio"] or float("inf")) <= P95_TARGET)


def through_proxy(database_url: str | None, programme: str, seconds: float, users: int,
                  first_p95: float | None) -> dict:
    """`users` (the largest case's) through nginx in front of two replicas on the PostgreSQL
    database `database_url` (prepared for the benchmark), judged against one user's p95 on
    one server and on using both replicas; or why the case was skipped."""
    if not database_url or not database_url.startswith("postgresql"):
        # SQLite is one file of one machine: the replicas of a deployment share a server
        return {"skipped": "no PostgreSQL database given (--replica-database-url or "
                           "ROLLOUT_BENCH_POSTGRES_URL)"}
    if not bench_servers.nginx_available():
        return {"skipped": f"nginx not found at {bench_servers.NGINX}"}
    with ExitStack() as servers:
        replicas = [servers.enter_context(bench_servers.app_server(database_url))
                    for _ in range(2)]
        ports = [replica.port for replica in replicas]
        proxy = servers.enter_context(bench_servers.nginx_proxy(ports))
        result = asyncio.run(crowd(
            Target(proxy.url, programme), users, seconds, [replica.pid for replica in replicas],
            [Target(replica.url, programme) for replica in replicas]))
        sessions = _sessions_logged(proxy, ports, users)
    judge(result, first_p95)
    both_used = all(count > 0 for count in sessions)
    return result | {"replicas": len(replicas), "sessions_per_replica": sessions,
                     "both_replicas_used": both_used, "met": result["met"] and both_used}


def _sessions_logged(proxy: bench_servers.Proxy, ports: list[int], users: int) -> list[int]:
    """Sessions per replica once nginx has logged the closed websockets of all `users`."""
    deadline = time.monotonic() + LOG_WAIT_SECONDS
    while True:
        sessions = bench_servers.websockets_per_replica(proxy.access_log, ports)
        if sum(sessions) >= users or time.monotonic() > deadline:
            return sessions
        time.sleep(0.2)


def lines(crowd_results: list[dict], proxy: dict) -> list[str]:
    """The many-users part of the table, each case's targets checked."""
    result = [f"{'browsers at once':<20}{'navigations':>12}{'p50':>9}{'p95':>9}{'× one':>7}"
              f"{'errors':>8}{'server CPU, a click':>21}{'memory before → after':>24}"
              f"{'per session':>13}  target"]
    result += [_case_line(str(case["users"]), case) for case in crowd_results]
    if "skipped" in proxy:
        result.append(f"{'through nginx':<20}  skipped: {proxy['skipped']}")
    else:
        result.append(_case_line(f"{proxy['users']} through nginx", proxy))
        result.append(f"{'':<20}sessions per replica: "
                      + " + ".join(str(count) for count in proxy["sessions_per_replica"])
                      + ("" if proxy["both_replicas_used"] else "  (one replica unused)"))
    return result


def _case_line(name: str, case: dict) -> str:
    def ms(value: float | None) -> str:
        return f"{value:>6} ms" if value is not None else f"{'–':>9}"
    ratio = f"{case['p95_ratio']:>6}×" if case["p95_ratio"] is not None else f"{'–':>7}"
    target = f"≤ {GROWTH_TARGET_MB} MB, p95 ≤ {P95_TARGET:g}×"
    return (f"{name:<20}{case['navigations']:>12}{ms(case['p50_ms'])}{ms(case['p95_ms'])}"
            f"{ratio}{case['exceptions'] + case['timeouts']:>8}"
            f"{case['server_cpu_percent']:>10}%, {ms(case['server_cpu_ms_per_navigation'])}"
            f"{case['rss_before_mb']:>12.0f} → {case['rss_after_mb']:.0f} MB"
            f"{case['growth_per_session_mb']:>10.1f} MB  {target}  "
            + ("ok" if case["met"] else "MISSED"))
