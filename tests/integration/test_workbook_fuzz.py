"""Workbook import against damaged, hostile and re-sorted files: 500 copies of an export
mutated from fixed seeds (tests/workbook_mutations.py), each read and previewed as the
Workbook page does. None may end in a traceback; each refusal and each problem is named in
words (a catalog message in Finnish and Swedish, with its sheet and row); an import with
problems is refused whole and the database stays exactly as it was."""
from __future__ import annotations

import io
import re
import traceback
from collections import Counter
from datetime import date

import openpyxl
import pytest
from sqlalchemy import func, select

from rollout import queries, services, workbook
from rollout.catalog import CATALOG
from rollout.domain import DomainError
from rollout.i18n import error_message
from rollout.models import ChangeEvent, MonthlyFigure, ReadinessItemState, StepProgress
from rollout.service_figures import FigureValues
from rollout.workbook.sheets import STOPS
from tests.workbook_editing import repacked
from tests.workbook_mutations import mutations

pytestmark = pytest.mark.db

TODAY = date(2026, 11, 23)
SEEDS = range(10)
FILES_PER_SEED = 50  # 500 files in all
KEPT_ROWS = 31  # of each sheet: five units' steps, one unit's readiness items
_EXPORTS: dict[str, bytes] = {}  # made once: every test's database is seeded alike


def small_exports(sessions, actors) -> dict[str, bytes]:
    """The default programme's export with September's figures for two areas, cut to its
    first rows so that 500 copies read in seconds: as the app writes it
    (inline text, Finnish letters) and as a spreadsheet program saves it again (shared
    strings)."""
    with sessions() as session:
        programme_id = queries.default_programme(session).id
        areas = queries.area_municipalities(session, programme_id)
        for area_id in list(dict.fromkeys(areas["area_id"]))[:2]:
            services.save_month_figures(session, actors["aino.admin"], programme_id,
                                        int(area_id), date(2025, 9, 1), None, FigureValues(
                                            contacts_from_families=40, network_meetings=9,
                                            days_to_network_meeting=6.5), TODAY)
        if not _EXPORTS:
            data = workbook.export_workbook(session, programme_id, "fi")
            _EXPORTS["written"] = _cut_rows(data)
            _EXPORTS["saved again"] = _saved_again(_EXPORTS["written"])
    return _EXPORTS


def _cut_rows(data: bytes) -> bytes:
    """Every sheet cut to its first rows in its own XML, as the app wrote it (the size it
    states left as it was: an import never trusts it, and openpyxl, which does, then need
    not parse every sheet as it opens the file)."""
    def cut(name: str, xml: bytes) -> bytes:
        if not name.startswith("xl/worksheets/"):
            return xml
        return re.sub(rb'<row r="(\d+)".*?</row>', lambda row: row.group()
                      if int(row.group(1)) <= KEPT_ROWS else b"", xml, flags=re.S)
    return repacked(data, cut)


def _saved_again(data: bytes) -> bytes:
    buffer = io.BytesIO()
    openpyxl.load_workbook(io.BytesIO(data)).save(buffer)
    return buffer.getvalue()


def fingerprint(session) -> tuple:
    return (session.scalar(select(func.count()).select_from(ChangeEvent)),
            session.scalar(select(func.sum(StepProgress.version))),
            session.scalar(select(func.count()).select_from(ReadinessItemState)),
            session.scalar(select(func.sum(ReadinessItemState.version))),
            session.scalar(select(func.count()).select_from(MonthlyFigure)),
            session.scalar(select(func.sum(MonthlyFigure.version))))


def named(error: DomainError) -> bool:
    """A refusal a person can read: a catalog message, filled in, in Finnish and Swedish."""
    return error.key in CATALOG and all(
        (text := error_message(error, lang)) and "{" not in text and error.key not in text
        for lang in ("fi", "sv"))


def outcome(session, actor, data: bytes) -> str:
    """What the Workbook page would show for the file: refused, problems, changes or none;
    raises AssertionError when it is not named, or the database changed."""
    programme_id = queries.default_programme(session).id
    before = fingerprint(session)
    try:
        plan = workbook.plan_import(session, actor, programme_id,
                                    workbook.read_workbook(data), today=TODAY)
    except DomainError as refused:
        assert named(refused), refused.key
        result = "refused"
    else:
        for problem in plan.problems:
            assert problem.sheet and named(problem.error), problem
            assert problem.row or problem.error.key in STOPS, problem
        if plan.problems:
            with pytest.raises(DomainError) as refused:
                workbook.apply_import(session, actor, plan, today=TODAY)
            assert refused.value.key == "workbook.has_problems"
            result = "problems"
        else:
            result = "changes" if plan.change_count else "nothing"
    session.rollback()
    assert fingerprint(session) == before
    return result


@pytest.mark.parametrize("seed", SEEDS)
def test_mutated_workbooks_are_refused_or_previewed_in_words_and_write_nothing(
        sessions, actors, seed):
    exports = small_exports(sessions, actors)
    data = exports["written" if seed % 2 else "saved again"]
    failures, outcomes = [], Counter()
    with sessions() as session:
        for case in mutations(data, seed, FILES_PER_SEED):
            try:
                outcomes[outcome(session, actors["aino.admin"], case.data)] += 1
            except Exception:  # noqa: BLE001 - every failing file is reported, not the first
                session.rollback()
                failures.append(f"{case.what}\n{traceback.format_exc(limit=-4)}")
    assert not failures, "\n\n".join(failures)
    # the mutations reach what an import reads: many files are refused or have problems
    assert outcomes["refused"] + outcomes["problems"] >= FILES_PER_SEED // 3, outcomes
