"""The benchmark's largest-file part: an import dry-run of the largest workbook the limits
let through (rollout.workbook: the packed and unpacked size, the rows per sheet), beside the
programme's own export, each in a process of its own so that its peak memory is its own.

The largest file is the export with every sheet an import reads (units and steps,
readiness, figures and their hidden copies) filled with rows up to its row limit and past
it, no sheet stating its size (openpyxl then parses every sheet as it opens the file), and
what is left of the unpacked limit spent on a sheet an import does not read. Its rows repeat
real ones, so the preview finds problems up to its limit too. Targets: its dry-run ≤ 3× the
export's, and at most 1 GB of memory."""
from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

from openpyxl import load_workbook

from rollout.config import LANGUAGES
from rollout.workbook.figures_sheet import FIGURES_META_SHEET
from rollout.workbook.layout import META_SHEET, sheet_title
from rollout.workbook.read import MAX_FILE_MB, MAX_UNPACKED_MB
from rollout.workbook.readiness_sheet import READINESS_META_SHEET
from rollout.workbook.sheets import LIMITS

TIME_TARGET, MEMORY_TARGET_MB = 3.0, 1024
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ROW = re.compile(rb'<row r="(\d+)".*?</row>', re.S)
DIMENSION = re.compile(rb'<dimension ref="[^"]*"/>')
FILLED = {"steps": LIMITS.steps, "readiness": LIMITS.readiness, "figures": LIMITS.figures}


def measure(database_url: str, programme: str, username: str, data: bytes,
            folder: Path) -> dict:
    """The dry-runs of the export `data` and of the largest file, each in a new process,
    their ratio and the largest file's peak memory."""
    export, largest = folder / "export.xlsx", folder / "largest.xlsx"
    export.write_bytes(data)
    largest.write_bytes(largest_file(data))
    mine = dry_run_in_new_process(database_url, programme, username, str(largest))
    theirs = dry_run_in_new_process(database_url, programme, username, str(export))
    return {"largest_mb": round(largest.stat().st_size / 2**20, 1),
            "largest_unpacked_mb": MAX_UNPACKED_MB, "largest_s": mine["seconds"],
            "largest_peak_mb": mine["peak_mb"], "largest_ended": mine["ended"],
            "export_dry_run_s": theirs["seconds"], "export_peak_mb": theirs["peak_mb"],
            "largest_ratio": round(mine["seconds"] / max(theirs["seconds"], 0.01), 2)}


def met(figures: dict) -> bool:
    """Read to its limits (not refused whole), within the time and memory targets."""
    return (figures["largest_ended"].endswith("problems")
            and figures["largest_ratio"] <= TIME_TARGET
            and figures["largest_peak_mb"] <= MEMORY_TARGET_MB)


def lines(figures: dict) -> list[str]:
    verdict = "ok" if met(figures) else "MISSED"
    return [f"{'largest file':<20}{figures['largest_s']:>11.2f} s"
            f"{figures['export_dry_run_s']:>8.2f} s{figures['largest_ratio']:>8}  "
            f"≤ {TIME_TARGET}× the export's dry-run, {figures['largest_peak_mb']} MB "
            f"≤ {MEMORY_TARGET_MB} MB ({figures['largest_mb']} MB packed, "
            f"{figures['largest_unpacked_mb']} MB unpacked; {figures['largest_ended']})  "
            f"{verdict}"]


def largest_file(data: bytes) -> bytes:
    """The export grown to the limits."""
    sheets = _read_parts(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    for part, rows in sheets.items():
        parts[part] = _filled(parts[part], rows + 10)
    parts = {name: DIMENSION.sub(b"", xml) if name.startswith("xl/worksheets/") else xml
             for name, xml in parts.items()}
    unread = [name for name in parts if name.startswith("xl/worksheets/")
              and name not in sheets]
    for name in unread:
        parts[name] = _padding(0)
    room = MAX_UNPACKED_MB * 2**20 - sum(len(xml) for xml in parts.values()) - 4096
    if room < 0:
        raise ValueError("the sheets an import reads alone exceed the unpacked limit")
    parts[unread[-1]] = _padding(room)
    packed = _packed(parts)
    if len(packed) > MAX_FILE_MB * 2**20:
        raise ValueError("the largest file would exceed the packed limit")
    return packed


def _read_parts(data: bytes) -> dict[str, int]:
    """The parts of the sheets an import reads, each with its row limit."""
    book = load_workbook(io.BytesIO(data), read_only=True)
    try:
        limits = {**{sheet_title(key, lang): rows for key, rows in FILLED.items()
                     for lang in LANGUAGES},
                  META_SHEET: FILLED["steps"], READINESS_META_SHEET: FILLED["readiness"],
                  FIGURES_META_SHEET: FILLED["figures"]}
        return {sheet._worksheet_path: limits[sheet.title] for sheet in book.worksheets
                if sheet.title in limits}
    finally:
        book.close()


def _filled(xml: bytes, rows: int) -> bytes:
    """The sheet with its last row repeated (renumbered) until it holds `rows` rows."""
    found = list(ROW.finditer(xml))
    if len(found) < 2:
        return xml
    sample, last = found[-1].group(), int(found[-1].group(1))
    template = re.sub(rb'(<c r="[A-Z]+)\d+"', rb'\g<1>%(n)d"', sample.replace(b"%", b"%%"))
    template = re.sub(rb'^<row r="\d+"', b'<row r="%(n)d"', template)
    extra = b"".join(template % {b"n": number} for number in range(last + 1, rows + 2))
    end = found[-1].end()
    return xml[:end] + extra + xml[end:]


def _padding(size: int) -> bytes:
    """A sheet an import does not read, of about `size` bytes (text that packs well, so
    that the file stays within its packed limit)."""
    head = f'<worksheet xmlns="{MAIN}"><sheetData>'.encode()
    rows, number, length = [], 1, len(head) + 30
    while length < size:
        row = b'<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c></row>' % (
            number, number, b"muutoshistoria " * 8)
        rows.append(row)
        length += len(row)
        number += 1
    return head + b"".join(rows) + b"</sheetData></worksheet>"


def _packed(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in parts.items():
            archive.writestr(name, xml)
    return buffer.getvalue()


def dry_run_in_new_process(database_url: str, programme: str, username: str,
                           path: str) -> dict:
    """Seconds and peak memory (MB) of a dry-run of the file at `path`, in a new process,
    and what it ended in (problems, or the refusal's key)."""
    finished = subprocess.run(
        [sys.executable, "-m", "rollout.bench_largest", database_url, programme, username,
         path], capture_output=True, text=True, check=True)
    return json.loads(finished.stdout.strip().splitlines()[-1])


def _dry_run(database_url: str, programme: str, username: str, path: str) -> dict:
    import time
    from datetime import date

    from sqlalchemy import select

    from rollout import accounts, workbook
    from rollout.db import make_engine, make_session_factory
    from rollout.domain import DomainError
    from rollout.models import Programme, User
    data = open(path, "rb").read()
    engine = make_engine(database_url)
    with make_session_factory(engine)() as session:
        programme_id = session.scalars(select(Programme.id).filter_by(slug=programme)).one()
        actor = accounts.actor_for(session, session.scalars(
            select(User).filter_by(username=username)).one(), programme_id)
        started = time.perf_counter()
        try:
            plan = workbook.plan_import(session, actor, programme_id,
                                        workbook.read_workbook(data), date.today())
            ended = f"{len(plan.problems)} problems"
        except DomainError as refused:
            ended = refused.key
        seconds = time.perf_counter() - started
    engine.dispose()
    return {"seconds": round(seconds, 2), "ended": ended, "peak_mb": _peak_mb()}


def _peak_mb() -> int:
    """This process's peak resident memory since it started (VmHWM: unlike ru_maxrss, not
    inherited from the process that started it)."""
    found = re.search(r"VmHWM:\s+(\d+) kB", Path("/proc/self/status").read_text())
    return int(found.group(1)) // 1024 if found else 0


if __name__ == "__main__":
    print(json.dumps(_dry_run(*sys.argv[1:5])))
