"""The benchmark's page targets: a ratio to the one-line page and a statement count."""
from rollout.benchmark import RATIO_TARGET, STATEMENT_TARGET, page_met, table


def figures(ratio: float, statements: int) -> dict:
    return {"median_ms": 12.0, "ratio": ratio, "statements": statements}


def test_a_page_meets_its_target_only_within_both_the_ratio_and_the_statements():
    assert page_met(figures(RATIO_TARGET, STATEMENT_TARGET))
    assert not page_met(figures(RATIO_TARGET + 0.1, 3))
    assert not page_met(figures(2.0, STATEMENT_TARGET + 1))


def test_the_table_says_missed_at_either_scale():
    result = {"scale": "pohde", "database": "sqlite", "generated_seconds": 1.0,
              "pages": {"overview": figures(4.0, 7), "steps": figures(14.0, 9)},
              "bare_page_ms": 2.0, "cold_overview_ms": 300.0, "peak_rss_mb": 200}
    lines = table(result).splitlines()
    assert next(line for line in lines if line.startswith("overview")).endswith("ok")
    assert next(line for line in lines if line.startswith("steps")).endswith("MISSED")
