"""Findings: the charts of rollout.charts titled with what they show and labelled in
the reader's language, shared by the app's pages and the steering-group report."""
from rollout.findings.maps import (legend, map_animation, map_data, map_figure, map_table,
                                  map_title)
from rollout.findings.progress import (MEASURES, adoption_day, adoption_figure,
                                      adoption_method, adoption_title, bounds_note,
                                      curve_table, days_figure, gantt_figure, gantt_title,
                                      plan_comparison, unit_labels, units_by_area_figure,
                                      value_on)

__all__ = ["MEASURES", "adoption_day", "adoption_figure", "adoption_method", "adoption_title",
           "bounds_note", "curve_table",
           "days_figure", "gantt_figure", "gantt_title", "legend", "map_animation", "map_data",
           "map_figure", "map_table", "map_title", "plan_comparison", "unit_labels",
           "units_by_area_figure", "value_on"]
