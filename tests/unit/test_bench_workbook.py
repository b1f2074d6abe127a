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


def test_the_largest_file_is_what_the_limits_let_through_and_its_targets_are_checked(
        monkeypatch):
    """Grown from a small export to small limits (the real ones are the benchmark's): every
    read sheet past its row limit, no stated sizes, the unpacked limit filled, the packed
    one kept."""
    import io
    import zipfile

    from rollout import bench_largest
    monkeypatch.setattr(bench_largest, "MAX_UNPACKED_MB", 2)
    monkeypatch.setattr(bench_largest, "FILLED", {"steps": 300, "readiness": 900,
                                                  "figures": 300})
    values = {"Yksiköt ja askeleet": [("Avain", "Tila"), (1, "Valmis"), (2, "Valmis")],
              "Muutoshistoria": [("Kuka",), ("Pekka",)],
              META_SHEET: [("programme", "demo"), ("progress_id", "version"), (1, 1)]}
    largest = bench_largest.largest_file(bench_workbook.bare_write(values))
    archive = zipfile.ZipFile(io.BytesIO(largest))
    unpacked = sum(entry.file_size for entry in archive.infolist())
    assert 2 * 2**20 - 2**14 < unpacked <= 2 * 2**20
    steps = archive.read("xl/worksheets/sheet1.xml")
    assert b"<dimension" not in steps
    assert steps.count(b"<row ") == 300 + 11
    assert archive.read("xl/worksheets/sheet3.xml").count(b"<row ") == 300 + 11  # hidden
    figures = {"largest_s": 30.0, "export_dry_run_s": 12.0, "largest_ratio": 2.5,
               "largest_peak_mb": 600, "largest_mb": 11.0, "largest_unpacked_mb": 200,
               "largest_ended": "503 problems"}
    assert bench_largest.lines(figures)[0].endswith("ok")
    assert bench_largest.lines(figures | {"largest_ended": "workbook.zip_bomb"})[0].endswith(
        "MISSED")
    assert bench_largest.lines(figures | {"largest_peak_mb": 2000})[0].endswith("MISSED")
