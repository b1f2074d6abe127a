"""The benchmark's workbook part: exporting a programme's workbook and an import dry-run
(read and preview, nothing written) beside bare openpyxl writing and reading the same cells.

The bare write puts the exported file's values, sheet by sheet, into a write-only openpyxl
workbook with no styles, widths, validation or formatting; the bare read opens the exported
file read-only and reads every value of the sheets an import reads. Medians over a few runs,
each workbook run interleaved with its bare run so that both meet the same moments of a busy
machine; the ratio is the median of the runs' ratios. Targets: export ≤ 2.5×, dry-run ≤ 3×
the bare library, and a file an import accepts (under its size limit). Then the largest
file the import's limits let through (rollout.bench_largest)."""
from __future__ import annotations

import io
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from openpyxl import Workbook, load_workbook
from sqlalchemy import select

from rollout import accounts, bench_largest, workbook
from rollout.db import make_engine, make_session_factory
from rollout.models import Programme, User
from rollout.workbook.figures_sheet import FIGURES_META_SHEET
from rollout.workbook.layout import META_SHEET, sheet_title
from rollout.workbook.readiness_sheet import READINESS_META_SHEET

REPEATS = 3
EXPORT_TARGET, DRY_RUN_TARGET = 2.5, 3.0
LANG = "fi"
REFUSED = {"seconds": None, "bare_seconds": None, "ratio": None}  # too large to import


def measure(database_url: str, programme: str, username: str) -> dict:
    """Export and dry-run timings, the bare library's, their ratios and the file's size."""
    engine = make_engine(database_url)
    try:
        with make_session_factory(engine)() as session:
            programme_id = session.scalar(select(Programme.id).filter_by(slug=programme))
            user = session.scalar(select(User).filter_by(username=username))
            actor = accounts.actor_for(session, user, programme_id)
            data = workbook.export_workbook(session, programme_id, LANG)  # also a warm-up
            values = sheet_values(data)
            export = paired(lambda: workbook.export_workbook(session, programme_id, LANG),
                            lambda: bare_write(values))
            dry_run = (paired(lambda: dry_run_plan(session, actor, programme_id, data),
                              lambda: bare_read(data))
                       if len(data) <= workbook.MAX_FILE_MB * 2**20 else REFUSED)
    finally:
        engine.dispose()
    with tempfile.TemporaryDirectory() as folder:
        largest = bench_largest.measure(database_url, programme, username, data, Path(folder))
    return {"export_s": export["seconds"], "bare_write_s": export["bare_seconds"],
            "export_ratio": export["ratio"], "dry_run_s": dry_run["seconds"],
            "bare_read_s": dry_run["bare_seconds"], "dry_run_ratio": dry_run["ratio"],
            "size_mb": round(len(data) / 2**20, 1), "limit_mb": workbook.MAX_FILE_MB,
            "rows": sum(len(rows) for rows in values.values()), **largest}


def dry_run_plan(session, actor, programme_id: int, data: bytes) -> workbook.ImportPlan:
    """What `python -m rollout import FILE --dry-run` does before it prints."""
    plan = workbook.plan_import(session, actor, programme_id, workbook.read_workbook(data),
                                date.today())
    session.rollback()  # nothing was written; forget what the preview loaded
    return plan


def sheet_values(data: bytes) -> dict[str, list[tuple]]:
    """Every sheet's rows of values, as openpyxl reads them back."""
    book = load_workbook(io.BytesIO(data), read_only=True)
    try:
        return {name: list(book[name].iter_rows(values_only=True)) for name in book.sheetnames}
    finally:
        book.close()


def bare_write(values: dict[str, list[tuple]]) -> bytes:
    """The same cells through a write-only openpyxl workbook, nothing else."""
    book = Workbook(write_only=True)
    for name, rows in values.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def imported_sheets(names: list[str]) -> list[str]:
    """The sheets an import reads: units and steps, readiness, figures and the hidden ones."""
    titles = {sheet_title(key, LANG) for key in ("steps", "readiness", "figures")}
    hidden = {META_SHEET, READINESS_META_SHEET, FIGURES_META_SHEET}
    return [name for name in names if name in titles | hidden]


def bare_read(data: bytes) -> int:
    """Every value of the sheets an import reads, through read-only openpyxl."""
    book = load_workbook(io.BytesIO(data), read_only=True)
    try:
        return sum(1 for name in imported_sheets(book.sheetnames)
                   for row in book[name].iter_rows(values_only=True) for _ in row)
    finally:
        book.close()


def paired(work: Callable[[], object], bare: Callable[[], object]) -> dict:
    """Median seconds of `work` and of `bare`, run in turn, and the median ratio."""
    seconds, bare_seconds = [], []
    for _ in range(REPEATS):
        bare_seconds.append(timed(bare))
        seconds.append(timed(work))
    return {"seconds": round(statistics.median(seconds), 2),
            "bare_seconds": round(statistics.median(bare_seconds), 2),
            "ratio": round(statistics.median(
                mine / theirs for mine, theirs in zip(seconds, bare_seconds)), 2)}


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def lines(figures: dict) -> list[str]:
    """The workbook part of the benchmark's table, each target checked."""
    def verdict(ok: bool) -> str:
        return "ok" if ok else "MISSED"
    size_ok = figures["size_mb"] < figures["limit_mb"]
    if figures["dry_run_ratio"] is None:
        figures = figures | {"dry_run_s": float("nan"), "bare_read_s": float("nan"),
                             "dry_run_ratio": "refused"}
    return [
        f"{'workbook':<20}{'median':>13}{'bare':>10}{'× bare':>8}  target",
        f"{'export':<20}{figures['export_s']:>11.2f} s{figures['bare_write_s']:>8.2f} s"
        f"{figures['export_ratio']:>8}  ≤ {EXPORT_TARGET}×  "
        f"{verdict(figures['export_ratio'] <= EXPORT_TARGET)}",
        f"{'import dry-run':<20}{figures['dry_run_s']:>11.2f} s{figures['bare_read_s']:>8.2f} s"
        f"{figures['dry_run_ratio']:>8}  ≤ {DRY_RUN_TARGET}×  "
        f"{verdict(size_ok and figures['dry_run_ratio'] <= DRY_RUN_TARGET)}",
        f"{'file size':<20}{figures['size_mb']:>10.1f} MB{'':>18}  < {figures['limit_mb']} MB "
        f"(import limit)  {verdict(size_ok)}",
        *(bench_largest.lines(figures) if "largest_s" in figures else [])]
