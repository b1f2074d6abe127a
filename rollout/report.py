"""The steering-group report (ohjausryhmäraportti): one dated, self-contained HTML file that
opens anywhere without a network (plotly's script is inline) and prints on A4: headline
figures, the map for the month, the adoption curve, what changed since the last meeting,
late and stalled units, and open readiness items by area; in the reader's language."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from html import escape

import pandas as pd
import plotly.graph_objects as go
from sqlalchemy.orm import Session

from rollout import charts, findings, metrics, queries, tracking
from rollout.geo import Boundaries
from rollout.i18n import Words, format_datetime, with_names
from rollout.logged_values import summary_detail
from rollout.metrics.picture import Picture
from rollout.models import Programme
from rollout.public_record import first_live_label

NUMBER_CELL = '<td class="n">'
FIGURE_WIDTH = 720  # px: fits A4 portrait between 15 mm margins
MEETING_INTERVAL_DAYS = 30  # the report lists changes since about the last meeting
STYLE = """
body { font-family: "Source Sans Pro", Arial, sans-serif; color: #111827; margin: 0 auto;
       max-width: 760px; padding: 24px; line-height: 1.4; }
h1 { font-size: 24px; margin-bottom: 4px; } h2 { font-size: 18px; margin-top: 28px; }
.meta, .note { color: #4b5563; font-size: 13px; }
.warning { border-left: 4px solid #b45309; padding: 4px 10px; background: #fffbeb; }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: 10px; }
.figure-box { border: 1px solid #d1d5db; border-radius: 6px; padding: 8px 10px; }
.figure-box b { display: block; font-size: 20px; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { border-bottom: 1px solid #e5e7eb; padding: 3px 6px; text-align: left; }
td.n, th.n { text-align: right; }
section { break-inside: avoid; }
@page { size: A4; margin: 15mm; }
@media print { body { padding: 0; } .plotly .modebar { display: none !important; } }
"""


@dataclass(frozen=True)
class ReportContent:
    """What the report is about: the programme's picture on the report's day, the changes
    since the last meeting (tracking.changes_since), and the boundaries for its map."""
    programme: str
    synthetic: bool
    picture: Picture
    since: date
    changes: pd.DataFrame
    boundaries: Boundaries


def gather(session: Session, programme: Programme, as_of: date, since: date, lang: str,
           boundaries: Boundaries) -> ReportContent:
    """Read what the report shows, with the steps replayed to `as_of`."""
    frames = queries.programme_frames(session, programme.id, as_of)
    rows = with_names(tracking.with_flags(frames.step_rows, as_of), lang)
    units = with_names(frames.units, lang)
    events = queries.step_changes_since(session, programme.id, since)
    events = events[pd.to_datetime(events["recorded_at"]).dt.date <= as_of].merge(
        units[["unit_id", "municipality", "centre"]], on="unit_id")
    return ReportContent(programme.name, programme.is_synthetic, Picture(frames, as_of), since,
                         tracking.changes_since(events, rows, since, as_of), boundaries)


def file_name(programme_slug: str, as_of: date) -> str:
    return f"ohjausryhmaraportti-{programme_slug}-{as_of.isoformat()}.html"


def render(content: ReportContent, lang: str, generated_at: datetime) -> str:
    """The report as one HTML document."""
    words, picture = Words(lang), content.picture
    adoption = picture.adoption()
    steps = picture.frames.steps
    parts = [_heading(content, words, generated_at),
             _headline(content, adoption, words),
             _figure_section(words.t("report.map"), findings.map_figure(
                 content.boundaries, picture.map_statuses(picture.today),
                 picture.frames.units, steps, words, picture.today), include_script=True,
                 note=_map_note(content.boundaries, words)),
             _figure_section(words.t("progress.curve"), findings.adoption_figure(
                 adoption, "residents", words, picture.today),
                 note=" ".join(filter(None, (findings.adoption_method(adoption, words),
                                             findings.bounds_note(adoption, words))))),
             _changes(content, words), _late(content, words), _stalled(content, words),
             _open_items(content, words)]
    return (f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
            f"<title>{escape(_title(content, words))}</title><style>{STYLE}</style></head>"
            f"<body>{''.join(parts)}</body></html>")


def refusal(reason: str, lang: str) -> str:
    """What the download holds when the session that offered it has ended: the reason."""
    return (f"<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"></head>"
            f"<body><p>{escape(reason)}</p></body></html>")


def _title(content: ReportContent, words: Words) -> str:
    return words.t("report.title", programme=content.programme,
                   day=words.day(content.picture.today))


def _heading(content: ReportContent, words: Words, generated_at: datetime) -> str:
    warning = (f"<p class=\"warning\">{escape(words.t('app.synthetic'))}</p>"
               if content.synthetic else "")
    meta = words.t("report.meta", since=words.day(content.since),
                   generated=format_datetime(generated_at, words.lang))
    return (f"<h1>{escape(_title(content, words))}</h1>"
            f"<p class=\"meta\">{escape(meta)}</p>{warning}")


def _headline(content: ReportContent, adoption: metrics.Adoption, words: Words) -> str:
    today, picture = content.picture.today, content.picture
    covered = findings.value_on(adoption.actual, "residents", today)
    live = findings.value_on(adoption.actual, "municipalities", today)
    boxes = [
        (words.t("progress.covered"), words.percent(covered / adoption.residents
                                                    if adoption.residents else 0.0),
         words.t("progress.covered_detail", live=words.number(live),
                 total=words.number(adoption.municipalities))),
        (words.t("progress.first_live"), first_live_label(words, picture.first_live()), ""),
        (words.t(f"progress.outlook_{adoption.outlook.kind}"),
         findings.adoption_day(adoption, words, adoption.outlook.day),
         findings.plan_comparison(adoption, "municipalities", words, today)),
        (words.t("report.late"), words.number(len(picture.late())), ""),
        (words.t("report.stalled"), words.number(int(picture.scores()["stalled"].sum())),
         words.t("scores.rule", factor=metrics.STALLED_FACTOR, days=metrics.STALLED_MIN_DAYS)),
        (words.t("report.open_items"), words.number(int(picture.open_items()["open"].sum())),
         words.t("report.open_items_note")),
    ]
    cells = "".join(f"<div class=\"figure-box\">{escape(label)}<b>{escape(value)}</b>"
                    f"<span class=\"note\">{escape(detail)}</span></div>"
                    for label, value, detail in boxes)
    return f"<section><h2>{escape(words.t('report.headline'))}</h2>" \
           f"<div class=\"figures\">{cells}</div></section>"


def _figure_section(heading: str, figure: go.Figure, include_script: bool = False,
                    note: str = "") -> str:
    figure.update_layout(width=FIGURE_WIDTH, template="plotly_white")
    body = figure.to_html(full_html=False, include_plotlyjs=include_script,
                          config=charts.MAP_CONFIG | {"displayModeBar": False,
                                                      "responsive": False})
    return (f"<section><h2>{escape(heading)}</h2>{body}"
            f"<p class=\"note\">{escape(note)}</p></section>")


def _map_note(boundaries: Boundaries, words: Words) -> str:
    return words.t("map.tiles_note") if boundaries.source == "tiles" \
        else words.t("map.attribution")


def _changes(content: ReportContent, words: Words) -> str:
    changes = content.changes
    heading = words.t("history.summary", since=words.day(content.since))
    if changes.empty:
        return _section(heading, f"<p>{escape(words.t('history.nothing_changed'))}</p>")
    rows = [(words.t(f"change.{kind}"), municipality, centre, str(int(position)),
             summary_detail(words, kind, detail)) for kind, municipality, centre, position, detail
            in changes[["kind", "municipality", "centre", "position", "detail"]].itertuples(
                index=False)]
    return _section(heading, _table([words.t("column.kind"), words.t("column.municipality"),
                                     words.t("column.centre"), words.t("column.step"),
                                     words.t("column.detail")], rows))


def _late(content: ReportContent, words: Words) -> str:
    picture = content.picture
    return _units_table(
        words.t("report.late"), with_names(picture.late(), words.lang),
        ("position", words.step_labels(picture.frames.steps), words.t("report.late_step")),
        [("late_days", words.t("gantt.late_days")),
         ("overdue_steps", words.t("report.overdue_steps"))], words)


def _stalled(content: ReportContent, words: Words) -> str:
    picture = content.picture
    scores = with_names(picture.scores(), words.lang)
    return _units_table(
        words.t("report.stalled"),
        scores[scores["stalled"]].sort_values("idle_days", ascending=False),
        ("current_step", words.step_labels(picture.frames.steps, with_none=True),
         words.t("scores.furthest")),
        [("idle_days", words.t("scores.idle")), ("peer_median", words.t("report.peer_median"))],
        words)


def _units_table(heading: str, units: pd.DataFrame, step: tuple[str, dict, str],
                 figures: list[tuple[str, str]], words: Words) -> str:
    """A section listing units (named) by area, municipality and centre, a step (column,
    its labels, its header) and two figures (column, header) in number format."""
    step_column, labels, step_header = step
    rows = [(row["area"], row["municipality"], row["centre"], labels[int(row[step_column])],
             *(words.number(float(row[column])) for column, _ in figures))
            for row in units.to_dict("records")]
    return _section(heading, _table(
        [words.t("column.area"), words.t("column.municipality"), words.t("column.centre"),
         step_header, *(header for _, header in figures)], rows, numeric={4, 5},
        empty=words.t("report.none")))


def _open_items(content: ReportContent, words: Words) -> str:
    table = content.picture.open_items()
    labels = words.step_labels(content.picture.frames.steps)
    positions = sorted(labels)
    wide = table.pivot_table(index="area", columns="position", values="open", aggfunc="sum")
    rows = [(area, *(words.number(int(wide.at[area, position]))
                     if position in wide and pd.notna(wide.at[area, position]) else "–"
                     for position in positions)) for area in wide.index]
    return _section(words.t("report.open_by_area"), _table(
        [words.t("column.area"), *(str(position) for position in positions)], rows,
        numeric=set(range(1, len(positions) + 1)), empty=words.t("report.none"))
        + f"<p class=\"note\">{escape(words.t('report.open_items_note'))}</p>")


def _section(heading: str, body: str) -> str:
    return f"<section><h2>{escape(heading)}</h2>{body}</section>"


def _table(headers: list[str], rows: list[tuple], numeric: set[int] = frozenset(),
           empty: str = "") -> str:
    if not rows:
        return f"<p>{escape(empty)}</p>"
    head = "".join(("<th class=\"n\">" if index in numeric else "<th>") + escape(header)
                   + "</th>" for index, header in enumerate(headers))
    body = "".join("<tr>" + "".join(
        (NUMBER_CELL if index in numeric else "<td>") + escape(str(value)) + "</td>"
        for index, value in enumerate(row)) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"

