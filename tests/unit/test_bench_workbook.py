"""The benchmark's workbook part compares like with like and says plainly when a target is
missed (its timings are printed, never asserted)."""
from datetime import datetime

from rollout import bench_workbook
from rollout.workbook.layout import META_SHEET

FIGURES = {"export_s": 2.0, "bare_write_s": 1.0, "export_ratio": 2.0, "dry_run_s": 4.0,
           "bare_read_s": 1.0, "dry_run_ratio": 4.0, "size_mb": 12.9, "limit_mb": 20,
           "rows": 10}


def test_the_bare_write_holds_the_same_cells_and_the_bare_read_reads_the_imported_sheets():
    values = {"Yksiköt ja askeleet": [("Tila", "Alku"), ("Valmis", datetime(2025, 3, 31))],
              "Muutoshistoria": [("Kuka",), ("Pekka",), ("Liisa",)],
              META_SHEET: [("programme", "demo")]}
    data = bench_workbook.bare_write(values)
    assert bench_workbook.sheet_values(data) == values
    assert bench_workbook.bare_read(data) == 4 + 2  # not the history's cells


def test_each_target_is_checked_and_a_miss_is_named():
    lines = bench_workbook.lines(FIGURES)
    assert lines[1].startswith("export") and lines[1].endswith("ok")
    assert lines[2].startswith("import dry-run") and lines[2].endswith("MISSED")
    assert lines[3].endswith("ok")
    too_large = bench_workbook.lines(FIGURES | {"size_mb": 27.0, "dry_run_ratio": None})
    assert "refused" in too_large[2] and too_large[2].endswith("MISSED")
    assert too_large[3].endswith("MISSED")
