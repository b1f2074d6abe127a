"""Read models for pages and charts, as DataFrames; all SQL for reads lives here, one module
per capability."""
from rollout.queries.history import (HistoryFilter, history_page, programme_history,
                                     step_changes_since)
from rollout.queries.organisation import (areas_frame, organisation_centres,
                                          organisation_names, organisation_units,
                                          populations_frame, programme_counties)
from rollout.queries.programme_list import administered_programmes, programmes_frame
from rollout.queries.programmes import (centres_frame, data_stamp, default_programme,
                                        go_live_position, last_change_at, programme_by_slug,
                                        programmes_of_user, steps_frame, units_frame)
from rollout.queries.progress import (programme_frames, status_events, unit_last_changes,
                                      unit_progress_as_of)
from rollout.queries.readiness import (centre_items, centre_steps, confirmations,
                                       item_states, item_values, items_frame, signed_steps)
from rollout.queries.service_figures import (area_centres, area_municipalities,
                                              figures_frame, observations_frame, themes_frame)
from rollout.queries.steps import (baseline_plan, baselines_frame, readiness_frame,
                                   progress_id_for, step_rows, step_unit)
from rollout.queries.templates import (ItemImpact, StepImpact, item_impact,
                                       live_municipalities, step_impact, template_items,
                                       template_steps)
from rollout.queries.users import programme_people, users_frame
from rollout.queries.my_work import work_frames

__all__ = ["programme_people", "signed_steps", "work_frames", "HistoryFilter",
           "administered_programmes", "area_centres",
           "area_municipalities", "figures_frame",
           "observations_frame", "themes_frame", "baseline_plan", "baselines_frame",
           "centre_items", "centre_steps",
           "centres_frame", "confirmations", "item_states", "item_values", "items_frame",
           "readiness_frame",
           "data_stamp", "default_programme", "go_live_position", "history_page",
           "last_change_at", "programme_by_slug", "programme_history", "programmes_frame",
           "programmes_of_user",
           "programme_frames",
           "progress_id_for", "status_events", "step_changes_since", "step_rows", "step_unit",
           "steps_frame", "unit_last_changes", "unit_progress_as_of", "units_frame",
           "users_frame",
           # the step and checklist templates (admins)
           "ItemImpact", "StepImpact", "item_impact", "live_municipalities", "step_impact",
           "template_items", "template_steps",
           # the organisation (admins)
           "areas_frame", "organisation_centres", "organisation_names", "organisation_units",
           "populations_frame", "programme_counties"]
