"""`python -m rollout bench`: how fast the pages are at Pohde's scale and at national scale.

For each scale a fresh database is filled with synthetic data; then, in a process of its own
(so that memory is the app's alone), every page of an admin's menu is opened through
AppTest and rerun warm, beside a one-line page that measures AppTest's own cost; SQL
statements are counted per render; the overview is rendered cold after forgetting every
cached read; and peak memory is read after visiting every page. Medians over repeated runs
after a warm-up. Then the workbook: export and import dry-run beside bare openpyxl on the
same cells (rollout.bench_workbook). Targets, at both scales: every page's warm rerun ≤ 10×
the one-line page's (a ratio, because this machine's absolute times wander) and ≤ 15 SQL
statements a render. Then the browser: the served app in Chromium, every page's in-app
navigation, cold and warm open and the step save beside a one-line reference page
(rollout.bench_browser), and 1, 10 and 20 users at once, also through nginx in front of two
replicas on PostgreSQL (rollout.bench_users). Targets are checked and printed; nothing here
is a test."""
from __future__ import annotations

import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, event, select

from rollout import accounts, bench_workbook, synthetic
from rollout.db import make_engine, make_session_factory, migrate
from rollout.domain import Role
from rollout.models import Programme, RoleAssignment, RolloutUnit, User
from rollout.permissions import COMMAND_LINE

PROGRAMMES = {"pohde": "demo-pohde", "national": "demo-kansallinen"}
USER, PASSWORD = "bench.admin", "benchmark-password-1"
WARM_UP, REPEATS = 2, 7
RATIO_TARGET = 10  # a page's warm rerun against the one-line page's, at both scales
STATEMENT_TARGET = 15
COLD_TARGET_MS = 2000
RSS_TARGET_MB = 400
PARTS = ("pages", "workbook", "browser")


@dataclass(frozen=True)
class BrowserOptions:
    """The browser part's settings: repeats of each timed action, how many browsers each
    many-users case has and how long it lasts, and the PostgreSQL database of the proxy
    case's two replicas (none: the case is skipped)."""
    repeats: int = 5
    users: tuple[int, ...] = (1, 10, 20)
    users_seconds: int = 60
    replica_database_url: str | None = None


def run(scales: list[str], database_url: str | None = None,
        json_file: Path | None = None, parts: tuple[str, ...] = PARTS,
        browser: BrowserOptions = BrowserOptions()) -> int:
    """Measure each scale and print a table and one JSON line per scale."""
    if "browser" in parts:
        from rollout import bench_browser  # as in _measure_in_browsers
        bench_browser.check_chromium()  # before anything is measured
    results = []
    for scale in scales:
        with tempfile.TemporaryDirectory() as folder:
            url = database_url or f"sqlite:///{Path(folder) / f'bench-{scale}.db'}"
            seconds = prepare(url, scale)
            result = (_measure_in_new_process(url, PROGRAMMES[scale]) if "pages" in parts
                      else {})
            if "workbook" in parts:
                result["workbook"] = bench_workbook.measure(url, PROGRAMMES[scale], USER)
            if "browser" in parts:
                result["browser"] = _measure_in_browsers(url, scale, browser)
        result |= {"scale": scale, "database": url.split(":")[0].split("+")[0],
                   "generated_seconds": round(seconds, 1)}
        print(table(result))
        print(json.dumps(result, ensure_ascii=False))
        results.append(result)
    if json_file:
        json_file.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in results)
                             + "\n", encoding="utf-8")
    return 0


def prepare(database_url: str, scale: str) -> float:
    """Migrate, generate the scale's synthetic data and add the benchmark's admin."""
    engine = make_engine(database_url)
    migrate(engine)
    with make_session_factory(engine)() as session:
        report = synthetic.generate(session, scale)
        if session.scalar(select(User).filter_by(username=USER)) is None:
            accounts.add_user(session, COMMAND_LINE, username=USER, role=Role.ADMIN,
                              programme_id=session.scalar(select(Programme.id).filter_by(
                                  slug=PROGRAMMES[scale])), password=PASSWORD)
        user_id = session.scalar(select(User.id).filter_by(username=USER))
        roles = set(session.scalars(select(RoleAssignment.programme_id).filter_by(
            user_id=user_id)))
        session.add_all(RoleAssignment(user_id=user_id, programme_id=programme_id,
                                       role=Role.ADMIN)
                        for programme_id in session.scalars(select(Programme.id))
                        if programme_id not in roles)
        session.commit()
    engine.dispose()
    return report.seconds


def _measure_in_new_process(database_url: str, programme: str) -> dict:
    environment = {**os.environ, "ROLLOUT_DATABASE_URL": database_url}
    finished = subprocess.run(
        [sys.executable, "-m", "rollout", "bench", "--measure", "--programme", programme],
        env=environment, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        raise RuntimeError(f"measuring failed:\n{finished.stderr[-3000:]}")
    return json.loads(finished.stdout.strip().splitlines()[-1])


def _measure_in_browsers(database_url: str, scale: str, options: BrowserOptions) -> dict:
    """One user's page timings, many users, and many users through nginx, the replicas'
    database prepared like the scale's own. Playwright is a test dependency: imported here,
    so that the command line runs without it."""
    from rollout import bench_browser, bench_users
    programme, replica_url = PROGRAMMES[scale], options.replica_database_url
    if replica_url and replica_url != database_url:
        prepare(replica_url, scale)
    one_user = bench_browser.measure(database_url, programme,
                                     first_unit_code(database_url, programme), options.repeats)
    crowds = bench_users.crowds(database_url, programme, options.users_seconds,
                                options.users)
    proxy = bench_users.through_proxy(replica_url, programme, options.users_seconds,
                                      max(options.users), first_p95=crowds[0]["p95_ms"])
    return one_user | {"users": crowds, "proxy": proxy}


class StatementCounter:
    """Counts the SQL statements every engine of this process sends."""

    def __init__(self) -> None:
        self.count = 0
        event.listen(Engine, "before_cursor_execute", self._seen)

    def _seen(self, *_args) -> None:
        self.count += 1


def timed_ms(work: Callable[[], None]) -> float:
    started = time.perf_counter()
    work()
    return (time.perf_counter() - started) * 1000


def median_ms(work: Callable[[], None], bare: Callable[[], None],
              counter: StatementCounter) -> dict:
    """Median wall time of `work` after a warm-up, interleaved with the bare page so that
    both meet the same moments of a busy machine; the median ratio; statements per run."""
    for _ in range(WARM_UP):
        work()
    times, ratios, statements = [], [], []
    for _ in range(REPEATS):
        bare_ms = timed_ms(bare)
        before = counter.count
        times.append(timed_ms(work))
        statements.append(counter.count - before)
        ratios.append(times[-1] / bare_ms)
    return {"median_ms": round(statistics.median(times), 1),
            "ratio": round(statistics.median(ratios), 1),
            "statements": int(statistics.median(statements))}


def measure(programme: str) -> dict:
    """Time every page (warm), the bare page, the cold overview and peak memory; run in a
    process of its own with ROLLOUT_DATABASE_URL set."""
    from rollout.ui import page_driver  # Streamlit is loaded only to measure
    page_driver.route_through_app()
    counter = StatementCounter()
    app = page_driver.signed_in(USER, PASSWORD, programme)
    unit = first_unit_code(os.environ["ROLLOUT_DATABASE_URL"], programme)
    bare = page_driver.rerun(page_driver.bare_page())
    pages = {}
    for name, path in page_driver.menu_pages():
        page_driver.open_page(app, path)
        pages[name] = median_ms(page_driver.rerun(app), bare, counter)
        if name == "steps":
            page_driver.open_page(app, path, unit=unit)
            pages["steps with a unit"] = median_ms(page_driver.rerun(app), bare, counter)
            del app.query_params["unit"]
    for figures in pages.values():
        figures["met"] = page_met(figures)
    bare_ms = statistics.median(timed_ms(bare) for _ in range(REPEATS))
    page_driver.forget_cached_reads()
    overview = dict(page_driver.menu_pages())["overview"]
    started = time.perf_counter()
    page_driver.open_page(app, overview)
    cold_ms = round((time.perf_counter() - started) * 1000, 1)
    return {"pages": pages, "bare_page_ms": round(bare_ms, 1), "cold_overview_ms": cold_ms,
            "peak_rss_mb": peak_memory_mb()}


def peak_memory_mb() -> int:
    """This process's peak resident memory. Linux's VmHWM starts afresh at exec, whereas
    getrusage's maximum carries over from the parent (the data generator)."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def first_unit_code(database_url: str, programme: str) -> str:
    """The municipality code of the programme's first unit (the one the benchmark opens)."""
    engine = make_engine(database_url)
    with make_session_factory(engine)() as session:
        code = session.scalar(select(RolloutUnit.municipality_code).join(Programme).where(
            Programme.slug == programme).order_by(RolloutUnit.id))
    engine.dispose()
    return code


def table(result: dict) -> str:
    """The result as a table, each figure against its target (national scale)."""
    national = result["scale"] == "national"
    lines = [f"\n{result['scale']} ({result['database']}), data generated in "
             f"{result['generated_seconds']} s"]
    if "pages" in result:
        lines += _page_lines(result, national)
    if "workbook" in result:
        lines += bench_workbook.lines(result["workbook"])
    if "browser" in result:
        from rollout import bench_browser, bench_users  # as in _measure_in_browsers
        lines += bench_browser.lines(result["browser"])
        lines += bench_users.lines(result["browser"]["users"], result["browser"]["proxy"])
    return "\n".join(lines)


def page_met(figures: dict) -> bool:
    """Whether a page's warm rerun met its targets: the ratio and the statements."""
    return figures["ratio"] <= RATIO_TARGET and figures["statements"] <= STATEMENT_TARGET


def _page_lines(result: dict, national: bool) -> list[str]:
    lines = [f"{'page':<20}{'warm median':>13}{'× bare':>8}{'SQL':>6}  target"]
    for name, figures in result["pages"].items():
        lines.append(f"{name:<20}{figures['median_ms']:>10.1f} ms{figures['ratio']:>8}"
                     f"{figures['statements']:>6}  ≤ {RATIO_TARGET}×, ≤ {STATEMENT_TARGET} SQL"
                     f"  {'ok' if page_met(figures) else 'MISSED'}")
    lines.append(f"{'bare page':<20}{result['bare_page_ms']:>10.1f} ms")
    cold_ok = result["cold_overview_ms"] <= COLD_TARGET_MS
    rss_ok = result["peak_rss_mb"] <= RSS_TARGET_MB
    lines.append(f"{'cold overview':<20}{result['cold_overview_ms']:>10.1f} ms"
                 f"{'':>14}  ≤ {COLD_TARGET_MS} ms"
                 + (f"  {'ok' if cold_ok else 'MISSED'}" if national else ""))
    lines.append(f"{'peak memory':<20}{result['peak_rss_mb']:>10} MB"
                 f"{'':>14}  ≤ {RSS_TARGET_MB} MB"
                 + (f"  {'ok' if rss_ok else 'MISSED'}" if national else ""))
    return lines
