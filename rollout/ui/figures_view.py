"""The service figures screen: one area's month in a form (rollout.ui.record_form, so a
save never overwrites someone else's), the area's months, and the comparisons of areas."""
from __future__ import annotations

from datetime import date
from functools import partial

import pandas as pd
import streamlit as st

from rollout import i18n, services
from rollout.findings import service_figures as findings
from rollout.metrics import service_figures as service_metrics
from rollout.permissions import Actor
from rollout.service_figures import (CHANNEL_FIELDS, CONTACT_FIELDS, COUNT_FIELDS,
                                     DAYS_FIELD, FIGURE_FIELDS, SHARE_FIELD, FigureValues)
from rollout.ui import record_form
from rollout.ui.context import lang, moment, number, session_factory, t
from rollout.ui.downloads import csv_download
from rollout.ui.drawn_once import computed_once, draw_once
from rollout.ui.read_models import Reads
from rollout.ui.record_form import RecordForm, Saved

MONTHS_OFFERED = 36
SECTIONS = (("figures.contacts_heading", CONTACT_FIELDS),
            ("figures.channels_heading", CHANNEL_FIELDS),
            ("figures.meetings_heading", ("network_meetings", DAYS_FIELD, SHARE_FIELD,
                                          "queue_at_month_end")))


def area_choices(actor: Actor, data: Reads) -> tuple[dict[int, str], dict[int, str]]:
    """The programme's areas by name, and those the actor may record figures and
    observations for (a lead's own areas; every area for planners and admins)."""
    named = computed_once(("figures.areas", data), lambda: service_metrics.area_populations(
        data.area_municipalities()).set_index("area_id")["area"].to_dict())
    centres = data.area_centres()
    return named, {area_id: name for area_id, name in named.items()
                   if actor.can_record_area(centres.get(area_id, []))}


def recent_months(today: date, first: date, count: int = MONTHS_OFFERED) -> list[date]:
    """This month and the ones before it back to the programme's `first`, newest first (no
    month in the future)."""
    month = pd.Period(today, "M")
    return [day for day in ((month - back).start_time.date() for back in range(count))
            if day >= first]


def month_label(month: date) -> str:
    return i18n.format_month(month, lang())


def field_label(name: str) -> str:
    text = t(f"field.{name}")
    return text[:1].upper() + text[1:]


def month_form(actor: Actor, data: Reads, area_id: int, area: str, month: date,
               may_record: bool) -> None:
    """The area's figures for the month as stored, in a form a permitted user saves."""
    programme_id = data.programme_id
    stored, version, saved_at, by = computed_once(
        ("figures.month", data, area_id, month), lambda: _stored_month(data, area_id, month))
    form = record_form.open_form(f"figures-{area_id}-{month:%Y-%m}", version, stored,
                                 read_only=not may_record)
    record_form.notice_if_stale(form, version, stored, saved_at)
    st.caption(" ".join([t("figures.new_month")] * (version is None) + [t("figures.empty_help")]))
    with st.form(form.prefix, border=False):
        for heading, names in SECTIONS:
            st.markdown(f"**{t(heading)}**")
            for column, name in zip(st.columns(len(names)), names):
                _number_input(column, form, name, not may_record)
        record_form.submit_button(form, t("figures.save"), _entered,
                                  partial(_save, actor, programme_id, area_id, area, month),
                                  type="primary", disabled=not may_record)
    if saved_at is not None:
        st.caption(t("figures.last_saved", by=by, when=moment(saved_at)))
    record_form.show_conflict(form, {name: field_label(name) for name in FIGURE_FIELDS},
                              _shown_value, lambda theirs: theirs.as_dict())


def _stored_month(data: Reads, area_id: int, month: date
                  ) -> tuple[dict[str, object], int | None, object, str]:
    """The month's figures as stored, their version, when and by whom they were saved (read
    once per data stamp: a save moves it)."""
    with session_factory()() as session:
        row = services.month_row(session, data.programme_id, area_id, month)
        stored = services.figure_values(row).as_dict()
        if row is None:
            return stored, None, None, ""
        return stored, row.version, row.updated_at, services.month_saved_by(session, row)


def _number_input(column, form: RecordForm, name: str, disabled: bool) -> None:
    whole = name in COUNT_FIELDS
    column.number_input(field_label(name), value=form.values[name], step=1 if whole else 0.5,
                        format=None if whole else "%.1f", disabled=disabled,
                        key=form.key(name), placeholder="–")


def _entered(form: RecordForm) -> dict[str, object]:
    return {name: form.widget_value(name) for name in FIGURE_FIELDS}


def _save(actor: Actor, programme_id: int, area_id: int, area: str, month: date,
          form: RecordForm, entered: dict[str, object]) -> Saved:
    with session_factory()() as session:
        row = services.save_month_figures(session, actor, programme_id, area_id, month,
                                          form.version, FigureValues(**entered))
        values, version = services.figure_values(row).as_dict(), row.version
    if version == form.version:
        return Saved(version, values, t("figures.no_changes"))
    return Saved(version, values, t("figures.saved", area=area, month=month_label(month)))


def _shown_value(name: str, value: object) -> str:
    if value is None:
        return "–"
    return number(value, 0 if name in COUNT_FIELDS else 1)


def area_months(data: Reads, per_residents: pd.DataFrame, area_id: int) -> None:
    """The area's recorded months, newest first, as a table (drawn once per data stamp)."""
    draw_once(("figures.area_months", data, area_id),
              lambda: _area_months(per_residents, area_id))


def _area_months(per_residents: pd.DataFrame, area_id: int) -> None:
    words = i18n.Words(lang())
    table = findings.figures_table(per_residents[per_residents["area_id"] == area_id], words)
    if table.empty:
        return
    st.dataframe(_readable_months(table, words), hide_index=True, width="stretch")


def per_residents_of(data: Reads) -> pd.DataFrame:
    """The areas' monthly figures with each also per 1,000 residents."""
    return computed_once(("figures.per_residents", data), lambda: service_metrics.per_residents(
        data.figures(), service_metrics.area_populations(data.area_municipalities())))


def measure_choice() -> str:
    """Which figure the comparisons show."""
    words = i18n.Words(lang())
    return st.selectbox(t("figures.measure"), findings.MEASURES,
                        format_func=lambda name: findings.measure_label(name, words),
                        key="figures.measure")


def comparisons(data: Reads, per_residents: pd.DataFrame, measure: str) -> None:
    """Areas compared fairly per 1,000 residents, trends per area, each area before and after
    its go-live, the region's total, and every figure as a download."""
    words = i18n.Words(lang())
    draw_once(("figures.comparisons", data, measure),
              lambda: _charts(data, per_residents, measure, words))
    with st.expander(t("figures.table"), icon=":material/table:"):
        draw_once(("figures.table", data), lambda: st.dataframe(
            _readable_months(findings.figures_table(per_residents, words), words),
            hide_index=True, width="stretch"))
        csv_download(partial(findings.figures_table, per_residents, words),
                     "palvelun-seuranta.csv", "figures.all")


def _charts(data: Reads, per_residents: pd.DataFrame, measure: str, words: i18n.Words) -> None:
    around = service_metrics.around_go_live(data.figures(), data.area_go_live())
    total = service_metrics.region_total(per_residents)
    fair = findings.fair_figure(per_residents, words)
    if fair is not None:
        st.plotly_chart(fair, width="stretch", key="figures.fair")
        st.caption(t("figures.population_note", years=findings.population_years(per_residents)))
    st.plotly_chart(findings.trend_figure(per_residents, measure, words), width="stretch",
                    key="figures.trend")
    before_after = findings.go_live_figure(around, words)
    if before_after is None:
        st.caption(t("figures.no_go_live_data"))
    else:
        st.plotly_chart(before_after, width="stretch", key="figures.go_live")
        st.caption(t("figures.go_live_note"))
    st.plotly_chart(findings.region_figure(total, measure, words), width="stretch",
                    key="figures.region")
    st.caption(t("figures.region_note"))


def _readable_months(table: pd.DataFrame, words: i18n.Words) -> pd.DataFrame:
    month = words.t("figures.month")
    return table.assign(**{month: [i18n.format_month(value, words.lang)
                                   for value in table[month]]})
