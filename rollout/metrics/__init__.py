"""Figures for pages and charts, in pure pandas over query results, one module per kind."""
from rollout.metrics.adoption import (PACE_WINDOW_DAYS, Adoption, Outlook, adoption, curve,
                                      live_changes, outlook, planned_changes)
from rollout.metrics.coverage import (Coverage, area_progress, coverage, municipality_coverage,
                                      unit_progress, units_per_step)
from rollout.metrics.map_status import categories, month_end, months, municipality_statuses
from rollout.metrics.readiness import harmonisation, readiness, unsettled_items
from rollout.metrics.replay import rows_as_of, status_transitions, statuses_on
from rollout.metrics.schedule import gantt_rows, late_units
from rollout.metrics.scores import (STALLED_FACTOR, STALLED_MIN_DAYS, days_in_steps,
                                    flag_stalled, median_days_by_area, scores)

__all__ = ["Adoption", "Coverage", "Outlook", "PACE_WINDOW_DAYS", "STALLED_FACTOR",
           "STALLED_MIN_DAYS", "adoption", "area_progress", "categories", "coverage", "curve",
           "days_in_steps", "flag_stalled", "gantt_rows", "harmonisation", "late_units",
           "live_changes", "median_days_by_area", "month_end", "months",
           "municipality_coverage", "municipality_statuses", "outlook", "planned_changes",
           "readiness", "rows_as_of", "scores", "status_transitions", "statuses_on",
           "unit_progress", "units_per_step", "unsettled_items"]
