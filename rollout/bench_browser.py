"""The benchmark's browser part, one user: the app served as `make run` serves it
(rollout.bench_servers), Debian's Chromium driven by Playwright, signed in as the benchmark's
admin through the sign-in form, in the scale's programme.

For every page of the admin's menu:
- in-app navigation: a click on the page's link in the sidebar menu, until the page has
  settled: a script run has finished after the click (Streamlit's own message, see
  WATCH_RUNS) and been drawn, the address is the page's, Streamlit's status widget is gone
  and no stale element is left (what the previous run drew and this one did not);
- its address opened cold: a new browser context holding only the sign-in cookie (a fresh
  tab, a new Streamlit session, an empty browser cache), until settled;
- the same address reloaded warm in that tab.
And the step editor's save: a changed owner, from the click on "Tallenna" until
"Tallennettu:" shows.

Each action is paired with the same action on the reference page (one line through the same
shell: sign-in check, programme, menu; rollout.ui.navigation), run right after it so that
both meet the same moments of a busy machine. A page's in-app navigation starts from the
reference page, and the reference page's from itself (its link runs it again), so that
neither carries the cost of leaving the other; the step save is paired with that
reference navigation. Reported: medians, min–max, and the median of the pairs'
ratios, after one warm-up of each navigation (so "warm" server caches are measured; the
pages part measures the cold overview). Times are taken in the page: from the click (a
capturing listener) or from the start of the navigation (performance.now()) until a check
polled at every animation frame passes, so Playwright's own round trips are not in them.
Target: in-app navigation to any page ≤ 2× the reference page's.

Playwright's async API drives everything: here one action after another, in
rollout.bench_users many contexts at once, with one set of helpers for both (the sync API
cannot drive several contexts at once in one thread)."""
from __future__ import annotations

import asyncio
import os
import statistics
from dataclasses import dataclass
from urllib.parse import urlencode

from playwright.async_api import (Browser, BrowserContext, Page, Playwright, StorageState,
                                  async_playwright)
from playwright.async_api import TimeoutError as PlaywrightTimeoutError

from rollout import bench_servers
from rollout.benchmark import PASSWORD, USER  # the benchmark imports this module lazily
from rollout.i18n import translate
from rollout.ui.navigation import PAGES, REFERENCE_URL_PATH

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update",
                  "--disable-sync"]
LANG = "fi"
TIMEOUT_MS = 60_000
WARM_UP = 1
NAVIGATION_TARGET = 2.0
SAVED = translate("steps.saved", LANG).split("{")[0].strip()  # "Tallennettu:"

# Run in every document a context opens, before the app's own scripts. Counts the script
# runs that finished, from Streamlit's own messages: every ForwardMsg that arrives on the
# websocket is read for its top-level field script_finished (6), a run that ended (not one
# cut short for a rerun, 2, nor a fragment's, 3). The page's own script state is no proof:
# on a busy machine React draws "running" and "not running" in one go, and the attribute
# never changes. A finished run is taken as drawn once the browser has been idle after it
# (requestIdleCallback: no queued messages or renders left). Also keeps the last click's time.
WATCH_RUNS = """
window.__benchFinished = 0;
window.__benchIdle = false;
window.__benchClickAt = 0;
document.addEventListener('click', () => { window.__benchClickAt = performance.now(); }, true);
const runFinished = (bytes) => {
  let at = 0;
  const varint = () => {
    let value = 0, shift = 0, byte;
    do { byte = bytes[at++]; value += (byte & 0x7f) * 2 ** shift; shift += 7; }
    while (byte & 0x80);
    return value;
  };
  while (at < bytes.length) {
    const key = varint(), field = Math.floor(key / 8), wire = key % 8;
    if (wire === 0) {
      const value = varint();
      if (field === 6) return value === 0 || value === 1;
    } else if (wire === 2) {
      const length = varint();  // read before `at` moves on: not `at += varint()`
      at += length;
    }
    else if (wire === 1) at += 8;
    else if (wire === 5) at += 4;
    else return false;
  }
  return false;
};
const PageWebSocket = window.WebSocket;
window.WebSocket = class extends PageWebSocket {
  constructor(...args) {
    super(...args);
    this.addEventListener('message', (event) => {
      if (event.data instanceof ArrayBuffer && runFinished(new Uint8Array(event.data))) {
        window.__benchFinished += 1;
        window.__benchIdle = false;
        requestIdleCallback(() => { window.__benchIdle = true; });
      }
    });
  }
};
"""

# Settled: a run has finished since `finishedBefore` and been drawn, the app is not running,
# nothing is stale (what the previous run drew and this one did not), the menu is drawn
# (unless `menu` is false: the sign-in page has none), at `path` (when given), showing
# `text` (when given). Then: the milliseconds since the last click, or (none in this
# document) since its navigation started.
SETTLED = """([finishedBefore, path, text, menu]) => {
  const app = document.querySelector('[data-testid="stApp"]');
  if (app === null || window.__benchFinished <= finishedBefore || !window.__benchIdle) {
    return false;
  }
  if (app.getAttribute('data-test-script-state') === 'running') return false;
  if (document.querySelector('[data-testid="stStatusWidget"], [data-stale="true"]')) return false;
  if (menu && !document.querySelector('[data-testid="stSidebarNavLink"]')) return false;
  if (path !== null && location.pathname !== path) return false;
  if (text !== null && !document.body.textContent.includes(text)) return false;
  return Math.max(performance.now() - window.__benchClickAt, 0.1);
}"""

# What the page looked like when it did not settle.
STATE = """() => ({address: location.pathname + location.search,
  finished: window.__benchFinished, idle: window.__benchIdle,
  script: document.querySelector('[data-testid="stApp"]')?.getAttribute('data-test-script-state'),
  status_widget: !!document.querySelector('[data-testid="stStatusWidget"]'),
  stale: document.querySelectorAll('[data-stale="true"]').length,
  menu: !!document.querySelector('[data-testid="stSidebarNavLink"]')})"""


@dataclass(frozen=True)
class Target:
    """Where the browsers go: the served app's address and the programme."""
    url: str
    programme: str

    def address(self, path: str, **query: str) -> str:
        return f"{self.url}/{path}?" + urlencode(
            {"programme": self.programme, "lang": LANG, **query})

    def menu_link(self, path: str) -> str:
        """The selector of the menu's link to `path`; the menu's first page (the overview
        for an admin) is the app's root."""
        menu_path = "" if path == PAGES[0].url_path else path
        return f'[data-testid="stSidebarNavLink"][href="{self.url}/{menu_path}"]'

    def pathname(self, path: str) -> str:
        """The address's path once the menu has opened `path`."""
        return "/" if path == PAGES[0].url_path else f"/{path}"


def check_chromium() -> None:
    if not os.path.exists(CHROMIUM):
        raise RuntimeError(f"the browser part needs Chromium at {CHROMIUM}: apt-get install -y "
                           "chromium, or name another in the environment variable CHROMIUM")


async def launched(playwright: Playwright) -> Browser:
    return await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)


async def new_context(browser: Browser,
                      storage_state: StorageState | None = None) -> BrowserContext:
    """A browser context (another person's browser) that watches script runs."""
    context = await browser.new_context(
        viewport={"width": 1400, "height": 1000}, locale="fi-FI",
        timezone_id="Europe/Helsinki", storage_state=storage_state)
    context.set_default_timeout(TIMEOUT_MS)
    await context.add_init_script(WATCH_RUNS)
    return context


class NotSettled(Exception):
    """A page that did not settle in time, with what it showed."""


async def settled_ms(page: Page, finished_before: int = 0, path: str | None = None,
                     text: str | None = None, menu: bool = True) -> float:
    try:
        handle = await page.wait_for_function(SETTLED, arg=[finished_before, path, text, menu],
                                              polling="raf", timeout=TIMEOUT_MS)
    except PlaywrightTimeoutError:
        raise NotSettled(f"not settled in {TIMEOUT_MS / 1000:g} s (expected runs finished > "
                         f"{finished_before}, path {path}, text {text}): "
                         f"{await page.evaluate(STATE)}") from None
    return round(await handle.json_value(), 1)


async def runs_finished(page: Page) -> int:
    return await page.evaluate("window.__benchFinished")


async def signed_in(browser: Browser, target: Target) -> Page:
    """A new context's tab, signed in as the benchmark's admin through the sign-in form, on
    the first page."""
    page = await (await new_context(browser)).new_page()
    await page.goto(target.address(""), wait_until="commit")
    await settled_ms(page, menu=False)  # a form filled before the run ends is drawn anew
    await page.get_by_label(translate("signin.username", LANG)).fill(USER)
    await page.get_by_label(translate("signin.password", LANG)).fill(PASSWORD)
    await page.get_by_role("button", name=translate("signin.submit", LANG), exact=True).click()
    await settled_ms(page)
    await page.wait_for_function("document.cookie.includes('askeleet_session=')")
    return page


async def navigate_ms(page: Page, target: Target, path: str) -> float:
    """A click on the menu's link to `path`, until that page has settled."""
    before = await runs_finished(page)
    await page.click(target.menu_link(path))
    return await settled_ms(page, before, target.pathname(path))


async def exceptions(page: Page) -> int:
    """Exceptions the app shows (Streamlit's error boxes with a traceback)."""
    return await page.locator('[data-testid="stException"]').count()


def spread(times: list[float]) -> dict:
    return {"median_ms": round(statistics.median(times)), "min_ms": round(min(times)),
            "max_ms": round(max(times))}


def paired(samples: list[tuple[float, float]]) -> dict:
    """Median and range of an action's times and of the reference's beside them, and the
    median of the pairs' ratios."""
    reference = spread([theirs for _, theirs in samples])
    return spread([mine for mine, _ in samples]) | {
        f"reference_{name}": value for name, value in reference.items()} | {
        "ratio": round(statistics.median(mine / theirs for mine, theirs in samples), 2)}


def references(pages: dict) -> dict:
    """The reference page's times beside every page's, per action: each page's pairs hold
    the reference's median and range, so these are the medians' median and the range."""
    return {kind: {"median_ms": round(statistics.median(
                       actions[kind]["reference_median_ms"] for actions in pages.values())),
                   "min_ms": min(actions[kind]["reference_min_ms"] for actions in pages.values()),
                   "max_ms": max(actions[kind]["reference_max_ms"] for actions in pages.values())}
            for kind in ("navigate", "cold", "warm")}


async def reference_ms(page: Page, target: Target) -> float:
    """An in-app navigation from the reference page to itself (its menu link runs it again):
    what the shell, the round trip and Streamlit's page switch cost with nothing to draw or
    take down. Getting to the reference page first is not timed: a page's own navigation
    also starts there, so that neither carries the cost of leaving the other."""
    if not page.url.split("?")[0].endswith(f"/{REFERENCE_URL_PATH}"):
        await navigate_ms(page, target, REFERENCE_URL_PATH)
    return await navigate_ms(page, target, REFERENCE_URL_PATH)


async def navigations(page: Page, target: Target, path: str, repeats: int) -> tuple[dict, int]:
    """In-app navigation from the reference page to `path`, and the reference page's own."""
    samples, errors = [], 0
    for repeat in range(WARM_UP + repeats):
        own = await navigate_ms(page, target, path)
        errors += await exceptions(page)
        reference = await reference_ms(page, target)
        if repeat >= WARM_UP:
            samples.append((own, reference))
    return paired(samples), errors


async def cold_and_warm(browser: Browser, state: StorageState, target: Target,
                        path: str) -> tuple[float, float, int]:
    """`path`'s address opened in a fresh tab of a new context with the sign-in cookie, then
    reloaded; and the exceptions shown."""
    context = await new_context(browser, state)
    try:
        page = await context.new_page()
        await page.goto(target.address(path), wait_until="commit")
        cold = await settled_ms(page)
        await page.reload(wait_until="commit")
        warm = await settled_ms(page)
        return cold, warm, await exceptions(page)
    finally:
        await context.close()


async def opens(browser: Browser, state: StorageState, target: Target, path: str,
                repeats: int) -> tuple[dict, dict, int]:
    """Cold and warm opens of `path`, each repeat paired with the reference page's."""
    colds, warms, errors = [], [], 0
    for _ in range(repeats):
        cold, warm, shown = await cold_and_warm(browser, state, target, path)
        reference_cold, reference_warm, _ = await cold_and_warm(browser, state, target,
                                                                REFERENCE_URL_PATH)
        colds.append((cold, reference_cold))
        warms.append((warm, reference_warm))
        errors += shown
    return paired(colds), paired(warms), errors


async def step_saves(page: Page, target: Target, unit: str, repeats: int) -> tuple[dict, int]:
    """The step editor's save of a changed owner, until its confirmation shows; paired with
    the reference page's in-app navigation right after."""
    samples, errors = [], 0
    for repeat in range(WARM_UP + repeats):
        await page.goto(target.address("steps", unit=unit), wait_until="commit")
        await settled_ms(page)
        form = page.get_by_role("tabpanel").locator('[data-testid="stForm"]').first
        await form.get_by_label(translate("steps.owner", LANG)).fill(f"Benchmark {repeat}")
        before = await runs_finished(page)
        await form.get_by_role("button", name=translate("steps.save", LANG), exact=True).click()
        own = await settled_ms(page, before, text=SAVED)
        errors += await exceptions(page)
        reference = await reference_ms(page, target)
        if repeat >= WARM_UP:
            samples.append((own, reference))
    return paired(samples), errors


async def one_user(target: Target, unit: str, repeats: int) -> dict:
    """Every page's in-app navigation, cold and warm open, then the step save."""
    async with async_playwright() as playwright:
        browser = await launched(playwright)
        page = await signed_in(browser, target)
        state = await page.context.storage_state()
        await navigate_ms(page, target, REFERENCE_URL_PATH)
        pages, errors = {}, 0
        for entry in PAGES:
            navigation, shown = await navigations(page, target, entry.url_path, repeats)
            cold, warm, shown_on_open = await opens(browser, state, target, entry.url_path,
                                                    repeats)
            navigation["met"] = navigation["ratio"] <= NAVIGATION_TARGET
            pages[entry.url_path] = {"navigate": navigation, "cold": cold, "warm": warm}
            errors += shown + shown_on_open
        save, shown = await step_saves(page, target, unit, repeats)
        await browser.close()
    return {"pages": pages, "reference": references(pages), "step_save": save,
            "errors": errors + shown}


def measure(database_url: str, programme: str, unit: str, repeats: int) -> dict:
    """The one-user figures on a server of their own (the app as `make run` starts it)."""
    with bench_servers.app_server(database_url) as server:
        return asyncio.run(one_user(Target(server.url, programme), unit, repeats))


def lines(figures: dict) -> list[str]:
    """The one-user part of the table: each page's in-app navigation, cold and warm open
    (median, min–max, × the reference page), the in-app target checked (a ratio measured in
    the same run, so at both scales)."""
    def cell(action: dict) -> str:
        ratio = f" {action['ratio']:>4}×" if "ratio" in action else ""
        return f"{action['median_ms']:>6} ms ({action['min_ms']}–{action['max_ms']}){ratio}"
    kinds = ("navigate", "cold", "warm")
    result = [f"{'browser, one user':<18}{'in-app':>26}{'cold open':>26}{'warm reload':>26}"
              f"  target (in-app)"]
    for name, actions in figures["pages"].items():
        result.append(f"{name:<18}" + "".join(f"{cell(actions[kind]):>26}" for kind in kinds)
                      + f"  ≤ {NAVIGATION_TARGET:g}×  "
                      + ("ok" if actions["navigate"]["met"] else "MISSED"))
    result.append(f"{'reference page':<18}" + "".join(
        f"{cell(figures['reference'][kind]):>26}" for kind in kinds))
    result.append(f"{'step save':<18}{cell(figures['step_save']):>26}"
                  "  (× the reference page's in-app navigation)")
    result.append(f"{'errors shown':<18}{figures['errors']:>26}")
    return result
